# graft_add_test(<unit> SOURCES ... [LIBS ...] [DATABASE] [LABELS ...])
# One Qt Test executable per unit: tst_<unit>. DATABASE tests need the throwaway PostgreSQL with
# the demo database (the ctest fixtures `postgres` and `demo_db`); they fail, never skip, without it.
function(graft_add_test unit)
    cmake_parse_arguments(ARG "DATABASE" "" "SOURCES;LIBS;LABELS" ${ARGN})
    set(target tst_${unit})
    add_executable(${target} ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE Qt6::Test graft::warnings graft::test_support ${ARG_LIBS})
    add_test(NAME ${target} COMMAND ${target})
    set(env "QT_QPA_PLATFORM=offscreen" "GRAFT_SOURCE_DIR=${CMAKE_SOURCE_DIR}")
    set(labels unit ${ARG_LABELS})
    if(ARG_DATABASE)
        list(APPEND env "GRAFT_TEST_DSN_FILE=${GRAFT_TEST_DSN_FILE}")
        set_tests_properties(${target} PROPERTIES FIXTURES_REQUIRED "postgres;demo_db")
        set(labels database ${ARG_LABELS})
    endif()
    set_tests_properties(${target} PROPERTIES ENVIRONMENT "${env}" LABELS "${labels}" TIMEOUT 600)
endfunction()

# Where the `postgres` fixture writes the DSN of the throwaway server it starts for the tests.
set(GRAFT_TEST_PG_DIR ${CMAKE_BINARY_DIR}/pgtest)
set(GRAFT_TEST_DSN_FILE ${GRAFT_TEST_PG_DIR}/dsn)
