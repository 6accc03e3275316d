# bench_ipmi: power-status round trip in-process vs ipmitool, against an ipmi_sim on loopback.
# Included from bench/CMakeLists.txt (include(ipmi.cmake)).
ha_add_bench(NAME bench_ipmi SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/bench_ipmi.cpp
    ${PROJECT_SOURCE_DIR}/tests/ipmi/simbmc.h ${PROJECT_SOURCE_DIR}/tests/ipmi/simbmc.cpp)
target_include_directories(bench_ipmi PRIVATE ${PROJECT_SOURCE_DIR}/tests/ipmi)
