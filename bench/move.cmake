# bench_move: move round trip on the real lab (issue 4): the core MoveOperation against the same
# move done by hand over ssh (crmsh or crm_resource), service back on the VIP and the cluster's
# own time from pacemaker.log. Changes the lab: run it under the lab lock. Included from
# bench/CMakeLists.txt.
ha_add_bench(NAME bench_move SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_move.cpp
    ${CMAKE_CURRENT_LIST_DIR}/benchutil.cpp)
