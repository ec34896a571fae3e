# Runs at build time (a custom target in models/about): writes OUT with the `git describe` of the
# source checkout, or an empty string outside a git checkout. configure_file() leaves the file
# untouched when the text is the same, so only a new commit recompiles the one file.
find_package(Git QUIET)
set(ZENML_GIT_DESCRIBE "")
if(GIT_FOUND AND EXISTS "${SOURCE_DIR}/.git")
    execute_process(COMMAND "${GIT_EXECUTABLE}" describe --tags --always --dirty
                    WORKING_DIRECTORY "${SOURCE_DIR}"
                    OUTPUT_VARIABLE ZENML_GIT_DESCRIBE
                    OUTPUT_STRIP_TRAILING_WHITESPACE
                    ERROR_QUIET
                    RESULT_VARIABLE result
                    TIMEOUT 20)
    if(NOT result EQUAL 0)
        set(ZENML_GIT_DESCRIBE "")
    endif()
endif()
configure_file("${IN}" "${OUT}" @ONLY)
