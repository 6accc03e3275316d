# bench_monitor: live-status figures against the real lab (change-to-screen latency, idle CPU per
# node, cold start in-process and via haconsole-cli, idle RSS of the GUI). Included from
# bench/CMakeLists.txt. The cold/rss sections run the built programs; build haconsole and
# haconsole-cli too (they are not dependencies, so the bench builds without the widget library).
ha_add_bench(NAME bench_monitor SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_monitor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/benchutil.cpp)
target_compile_definitions(bench_monitor PRIVATE
    HA_CLI_PATH="$<TARGET_FILE:haconsole-cli>" HA_GUI_PATH="$<TARGET_FILE:haconsole>")
