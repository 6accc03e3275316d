# Qt Charts widgets over the core service-health model (core/probe).
target_sources(haconsole_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/chartlabels.h ${CMAKE_CURRENT_LIST_DIR}/chartlabels.cpp
    ${CMAKE_CURRENT_LIST_DIR}/durationtext.h ${CMAKE_CURRENT_LIST_DIR}/durationtext.cpp
    ${CMAKE_CURRENT_LIST_DIR}/availabilitychart.h ${CMAKE_CURRENT_LIST_DIR}/availabilitychart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/grouptimelinechart.h ${CMAKE_CURRENT_LIST_DIR}/grouptimelinechart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/servicehealthpanel.h ${CMAKE_CURRENT_LIST_DIR}/servicehealthpanel.cpp)
