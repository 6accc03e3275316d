# bench_logs: load + parse + merge, filter and memory figures for 1,000,000 log lines, with grep
# over the same files for comparison. Included from bench/CMakeLists.txt.
ha_add_bench(NAME bench_logs SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_logs.cpp)
