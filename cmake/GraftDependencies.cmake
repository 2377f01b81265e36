# Third-party dependencies, each wrapped as a target. Debian's Python is forced for embedding
# (the machine's pyenv Python has no psycopg and a different libpython).
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Sql Test Widgets Charts)
# libpq (libpq-dev): the executor's hot path runs on the PGconn that QPSQL opens.
find_package(PostgreSQL REQUIRED)

set(Python3_EXECUTABLE /usr/bin/python3 CACHE FILEPATH "Python used by the legacy path and for embedding")
find_package(Python3 3.11 REQUIRED COMPONENTS Interpreter Development.Embed Development.Module)
find_package(pybind11 2.10 CONFIG REQUIRED)

find_path(RAPIDJSON_INCLUDE_DIR rapidjson/document.h REQUIRED)
add_library(graft_rapidjson INTERFACE)
add_library(graft::rapidjson ALIAS graft_rapidjson)
target_include_directories(graft_rapidjson SYSTEM INTERFACE ${RAPIDJSON_INCLUDE_DIR})
target_compile_definitions(graft_rapidjson INTERFACE RAPIDJSON_HAS_STDSTRING=1)

# graphql-core 3.2.6 (the contract's oracle) comes from Debian 13's package, unpacked into the
# build tree; GRAFT_PYTHONPATH is what every Python consumer puts first on sys.path.
set(GRAFT_PYDEPS_DIR ${CMAKE_BINARY_DIR}/pydeps)
set(GRAFT_PYDEPS_SITE ${GRAFT_PYDEPS_DIR}/usr/lib/python3/dist-packages)
execute_process(
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/cmake/fetch-graphql-core.sh ${GRAFT_PYDEPS_DIR}
    RESULT_VARIABLE _graft_fetch_rc)
if(NOT _graft_fetch_rc EQUAL 0)
    message(FATAL_ERROR "Could not fetch graphql-core 3.2.6 into ${GRAFT_PYDEPS_DIR} (see the message above).")
endif()
set(GRAFT_PYTHONPATH "${GRAFT_PYDEPS_SITE}:${CMAKE_SOURCE_DIR}/harness/legacy:${CMAKE_SOURCE_DIR}/corpus/tools:${CMAKE_SOURCE_DIR}/corpus/demo")
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env "PYTHONPATH=${GRAFT_PYTHONPATH}" ${Python3_EXECUTABLE} -c
        "import sys, graphql, psycopg; assert graphql.__version__ == '3.2.6', graphql.__version__; print(graphql.__version__, psycopg.__version__)"
    RESULT_VARIABLE _graft_py_rc
    OUTPUT_VARIABLE _graft_py_versions
    ERROR_VARIABLE _graft_py_error
    OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT _graft_py_rc EQUAL 0)
    message(FATAL_ERROR "${Python3_EXECUTABLE} cannot import psycopg and graphql-core 3.2.6:\n${_graft_py_error}\n"
                        "Install python3-psycopg (apt) and re-run the configure step.")
endif()
message(STATUS "Python ${Python3_VERSION}: graphql-core/psycopg ${_graft_py_versions}")
