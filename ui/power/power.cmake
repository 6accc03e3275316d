# ui/power: per-node power actions (and later the IPMI panel and the fencing check dialog).
target_sources(haconsole_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/poweractionswidget.h ${CMAKE_CURRENT_LIST_DIR}/poweractionswidget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ipmipanel.h ${CMAKE_CURRENT_LIST_DIR}/ipmipanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fencingtestdialog.h ${CMAKE_CURRENT_LIST_DIR}/fencingtestdialog.cpp)
