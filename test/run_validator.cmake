# Runs test/validator/validate.js (CTests openapi-validator and validator-selftest).
#
#   cmake -DNODE=<node> -DVALIDATOR_DIR=<test/validator> -DFILE_LIST=<file, one path a line>
#         -P run_validator.cmake
#   cmake -DNODE=<node> -DVALIDATOR_DIR=<test/validator> -DSELFTEST=ON -P run_validator.cmake
#
# The node modules are checked here, when the test runs, because scripts/test.sh installs
# them after configuring: a missing install is a clear failure, not a skipped test.
cmake_minimum_required(VERSION 3.25)

if(NOT NODE OR NOT EXISTS "${NODE}")
  message(FATAL_ERROR "Node.js was not found when configuring. Install it "
    "(scripts/install-deps.sh, or apt-get install nodejs npm) and re-run cmake.")
endif()
if(NOT EXISTS "${VALIDATOR_DIR}/node_modules/@apidevtools/swagger-parser/package.json")
  message(FATAL_ERROR "The validator's node modules are missing: run\n"
    "  npm ci --prefix ${VALIDATOR_DIR}\n(scripts/test.sh does this before ctest).")
endif()
set(validate "${VALIDATOR_DIR}/validate.js")

if(SELFTEST)
  file(GLOB valid "${VALIDATOR_DIR}/selftest/valid*.json")
  file(GLOB invalid "${VALIDATOR_DIR}/selftest/invalid*.json")
  if(NOT valid OR NOT invalid)
    message(FATAL_ERROR "${VALIDATOR_DIR}/selftest needs valid*.json and invalid*.json files")
  endif()
  set(failures 0)
  execute_process(COMMAND "${NODE}" "${validate}" ${valid} RESULT_VARIABLE status
    OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT status STREQUAL "0")
    message("FAIL: the validator rejected a valid document (status ${status}):\n${out}")
    math(EXPR failures "${failures} + 1")
  endif()
  foreach(file IN LISTS invalid)
    execute_process(COMMAND "${NODE}" "${validate}" "${file}" RESULT_VARIABLE status
      OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT status STREQUAL "1")
      message("FAIL: the validator did not reject ${file} with status 1 (status ${status}):\n${out}")
      math(EXPR failures "${failures} + 1")
    endif()
  endforeach()
  if(failures GREATER 0)
    message(FATAL_ERROR "validator self-test failed")
  endif()
  message("ok: the validator accepts the valid documents and rejects every invalid one")
  return()
endif()

file(STRINGS "${FILE_LIST}" files)
if(NOT files)
  message("SKIPPED: no fixtures/**/expected.json to validate yet")
  return()
endif()
set(missing)
foreach(file IN LISTS files)
  if(NOT EXISTS "${file}")
    list(APPEND missing "${file}")
  endif()
endforeach()
if(missing)
  list(JOIN missing "\n  " missing)
  message(FATAL_ERROR "gone since cmake ran (re-run the build to re-glob):\n  ${missing}")
endif()
execute_process(COMMAND "${NODE}" "${validate}" ${files} RESULT_VARIABLE status)
if(NOT status STREQUAL "0")
  message(FATAL_ERROR "fixtures/**/expected.json: not valid OpenAPI 3.0.1 (validate.js status ${status})")
endif()
