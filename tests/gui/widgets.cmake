# GUI tests of the dashboard widgets and dialogs (included by tests/gui/CMakeLists.txt).
ha_add_test(NAME tst_dashboard_widgets GUI
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_dashboard_widgets.cpp
            ${CMAKE_CURRENT_LIST_DIR}/guitestutil.h ${CMAKE_CURRENT_LIST_DIR}/guitestutil.cpp)
ha_add_test(NAME tst_ui_dialogs GUI
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_ui_dialogs.cpp
            ${CMAKE_CURRENT_LIST_DIR}/guitestutil.h ${CMAKE_CURRENT_LIST_DIR}/guitestutil.cpp)
ha_add_test(NAME tst_auditlog_view GUI
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_auditlog_view.cpp
            ${CMAKE_CURRENT_LIST_DIR}/guitestutil.h ${CMAKE_CURRENT_LIST_DIR}/guitestutil.cpp)
