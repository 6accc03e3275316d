# One INTERFACE target carries the flags every target of the project is built with,
# so a new library or test cannot forget them.
add_library(ha_strict INTERFACE)
target_compile_options(ha_strict INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
    -Wold-style-cast -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
target_compile_definitions(ha_strict INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_STRICT_ITERATORS
    QT_USE_QSTRINGBUILDER)
if(HA_SANITIZE)
    target_compile_options(ha_strict INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(ha_strict INTERFACE -fsanitize=address,undefined)
endif()

# Every project target: strict flags plus the source-root include path.
function(ha_target_defaults target)
    target_link_libraries(${target} PRIVATE ha_strict)
endfunction()
