if(TARGET_LIBS MATCHES "Widgets|Charts|Gui")
    message(FATAL_ERROR "haconsole_core links a GUI library: ${TARGET_LIBS}")
endif()
message(STATUS "haconsole_core links: ${TARGET_LIBS}")
