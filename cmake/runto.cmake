# Runs EXE with ARGS ('|'-separated) at build time and writes its stdout to OUT; with GZIP set, OUT
# is then compressed the Debian way (gzip -9n: no name, no time stamp) into OUT.gz.
string(REPLACE "|" ";" args "${ARGS}")
get_filename_component(dir "${OUT}" DIRECTORY)
file(MAKE_DIRECTORY "${dir}")
execute_process(COMMAND "${EXE}" ${args}
                OUTPUT_FILE "${OUT}"
                RESULT_VARIABLE result
                TIMEOUT 60)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${EXE} ${args} failed: ${result}")
endif()
if(GZIP)
    execute_process(COMMAND "${GZIP}" -9nf "${OUT}" RESULT_VARIABLE result TIMEOUT 60)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "gzip ${OUT} failed: ${result}")
    endif()
endif()
