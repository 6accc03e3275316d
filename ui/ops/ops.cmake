target_sources(haconsole_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/operationdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/operationdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/opsactions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/opsactions.h
)
