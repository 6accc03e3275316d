# The log viewer (issue 6).
target_sources(haconsole_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/logviewerwidget.h ${CMAKE_CURRENT_LIST_DIR}/logviewerwidget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/logrowdelegate.h ${CMAKE_CURRENT_LIST_DIR}/logrowdelegate.cpp)
