# Dashboard widgets and dialogs (included by ui/CMakeLists.txt).
target_sources(haconsole_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/agetext.h ${CMAKE_CURRENT_LIST_DIR}/agetext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/statebadge.h ${CMAKE_CURRENT_LIST_DIR}/statebadge.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nodecardstate.h ${CMAKE_CURRENT_LIST_DIR}/nodecardstate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nodecard.h ${CMAKE_CURRENT_LIST_DIR}/nodecard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/splitbrainbanner.h ${CMAKE_CURRENT_LIST_DIR}/splitbrainbanner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/resourcestatedelegate.h ${CMAKE_CURRENT_LIST_DIR}/resourcestatedelegate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/resourcetreeview.h ${CMAKE_CURRENT_LIST_DIR}/resourcetreeview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/recordtable.h ${CMAKE_CURRENT_LIST_DIR}/recordtable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/failuresview.h ${CMAKE_CURRENT_LIST_DIR}/failuresview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fencinghistoryview.h ${CMAKE_CURRENT_LIST_DIR}/fencinghistoryview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/constraintsview.h ${CMAKE_CURRENT_LIST_DIR}/constraintsview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/statusagelabel.h ${CMAKE_CURRENT_LIST_DIR}/statusagelabel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fielderror.h ${CMAKE_CURRENT_LIST_DIR}/fielderror.cpp
    ${CMAKE_CURRENT_LIST_DIR}/confirmbynamedialog.h ${CMAKE_CURRENT_LIST_DIR}/confirmbynamedialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hostkeydialog.h ${CMAKE_CURRENT_LIST_DIR}/hostkeydialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/auditlogview.h ${CMAKE_CURRENT_LIST_DIR}/auditlogview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nodeprofileeditor.h ${CMAKE_CURRENT_LIST_DIR}/nodeprofileeditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/profileeditor.h ${CMAKE_CURRENT_LIST_DIR}/profileeditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/firstrundialog.h ${CMAKE_CURRENT_LIST_DIR}/firstrundialog.cpp
)
