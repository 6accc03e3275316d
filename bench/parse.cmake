# bench_parse: crm_mon XML parse throughput (corpus vs xmllint) and synthetic model updates.
ha_add_bench(NAME bench_parse SOURCES bench_parse.cpp)
