# GUI tests of the dashboard widgets and dialogs (included by tests/gui/CMakeLists.txt).
ha_add_test(NAME tst_dashboard_widgets GUI
    SOURCES tst_dashboard_widgets.cpp guitestutil.h guitestutil.cpp)
