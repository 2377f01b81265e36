# Build options shared by every target: one warnings target, sanitizer switches.
option(GRAFT_WERROR "Treat compiler warnings as errors" OFF)
option(GRAFT_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

add_library(graft_warnings INTERFACE)
add_library(graft::warnings ALIAS graft_warnings)
target_compile_options(graft_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion)
if(GRAFT_WERROR)
    target_compile_options(graft_warnings INTERFACE -Werror)
endif()

if(GRAFT_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

# Qt settings the house style requires of every target.
add_compile_definitions(QT_NO_CAST_FROM_ASCII QT_USE_QSTRINGBUILDER QT_NO_KEYWORDS)
