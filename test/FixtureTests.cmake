# Golden fixtures, the OpenAPI validator and the end-to-end scripts.
# Included from test/CMakeLists.txt.
#
#   fixture/<name>          fixtures/<name>/input.cpp        -> expected.json (+ expected.stderr)
#   fixture/errors/<name>   fixtures/errors/<name>/input.cpp -> expected.stderr, exit 1
#   fixture-preamble/...    each of the above again, parsed over a precompiled preamble
#   openapi-validator       node validator/validate.js over every fixtures/**/expected.json
#   validator-selftest      the validator accepts a valid document and rejects invalid ones
#   e2e/<script>            test/e2e/*.sh (EndToEnd.cmake)
#   gcc-macros              test/gcc_macros_check.sh, when it exists
# Targets: regenerate-goldens (rewrites the expectations; review `git diff fixtures/`),
#          check-goldens (builds the tool and runs the fixture tests).

set(APIGW_FIXTURES_DIR "${PROJECT_SOURCE_DIR}/fixtures")
set(APIGW_RUN_FIXTURE "${CMAKE_CURRENT_LIST_DIR}/run_fixture.cmake")
set(APIGW_TOOL "$<TARGET_FILE:clang-apigw>")

# One test per fixture directory. The glob only decides which directories are fixtures and
# whether they are error cases; which expectation files exist is decided when the test runs,
# so adding expected.json to an existing fixture needs no reconfigure.
file(GLOB apigw_fixture_inputs CONFIGURE_DEPENDS
  "${APIGW_FIXTURES_DIR}/*/input.cpp"
  "${APIGW_FIXTURES_DIR}/errors/*/input.cpp")
list(SORT apigw_fixture_inputs)
foreach(input IN LISTS apigw_fixture_inputs)
  get_filename_component(dir "${input}" DIRECTORY)
  file(RELATIVE_PATH name "${APIGW_FIXTURES_DIR}" "${dir}")
  if(name STREQUAL "errors")
    continue() # fixtures/errors/input.cpp is not a fixture
  endif()
  if(name MATCHES "^errors/")
    set(kind error)
  else()
    set(kind success)
  endif()
  add_test(NAME "fixture/${name}"
    COMMAND "${CMAKE_COMMAND}"
      "-DTOOL=${APIGW_TOOL}"
      "-DREPO=${PROJECT_SOURCE_DIR}"
      "-DFIXTURE_DIR=${dir}"
      "-DKIND=${kind}"
      "-DOUT_DIR=${CMAKE_CURRENT_BINARY_DIR}/fixtures/${name}"
      -P "${APIGW_RUN_FIXTURE}")
  set_tests_properties("fixture/${name}" PROPERTIES LABELS fixture TIMEOUT 120)
  # The same goldens when the unit is parsed over its precompiled preamble.
  add_test(NAME "fixture-preamble/${name}"
    COMMAND "${CMAKE_COMMAND}"
      "-DTOOL=${APIGW_TOOL}"
      "-DREPO=${PROJECT_SOURCE_DIR}"
      "-DFIXTURE_DIR=${dir}"
      "-DKIND=${kind}"
      "-DOUT_DIR=${CMAKE_CURRENT_BINARY_DIR}/fixtures-preamble/${name}"
      "-DPREAMBLE_CACHE=${CMAKE_CURRENT_BINARY_DIR}/fixtures-preamble/${name}/preambles"
      -P "${APIGW_RUN_FIXTURE}")
  set_tests_properties("fixture-preamble/${name}" PROPERTIES LABELS fixture TIMEOUT 120)
endforeach()

# ------------------------------------------------------------------ OpenAPI validator
set(APIGW_VALIDATOR_DIR "${CMAKE_CURRENT_LIST_DIR}/validator")
# Without node the tests are still registered and fail saying so (run_validator.cmake).
find_program(APIGW_NODE_EXECUTABLE node DOC "Node.js, for test/validator/validate.js")

file(GLOB_RECURSE apigw_expected_json CONFIGURE_DEPENDS "${APIGW_FIXTURES_DIR}/expected.json")
list(SORT apigw_expected_json)
set(APIGW_VALIDATOR_LIST "${CMAKE_CURRENT_BINARY_DIR}/openapi-validator-files.txt")
list(JOIN apigw_expected_json "\n" apigw_expected_lines)
file(CONFIGURE OUTPUT "${APIGW_VALIDATOR_LIST}" CONTENT "${apigw_expected_lines}\n" @ONLY)

set(apigw_run_validator "${CMAKE_CURRENT_LIST_DIR}/run_validator.cmake")
add_test(NAME openapi-validator
  COMMAND "${CMAKE_COMMAND}"
    "-DNODE=${APIGW_NODE_EXECUTABLE}"
    "-DVALIDATOR_DIR=${APIGW_VALIDATOR_DIR}"
    "-DFILE_LIST=${APIGW_VALIDATOR_LIST}"
    -P "${apigw_run_validator}")
set_tests_properties(openapi-validator PROPERTIES
  LABELS validator TIMEOUT 300
  SKIP_REGULAR_EXPRESSION "SKIPPED: no fixtures/\\*\\*/expected.json")

# Proves the validator can fail: selftest/valid*.json must pass, selftest/invalid*.json must
# each be rejected.
add_test(NAME validator-selftest
  COMMAND "${CMAKE_COMMAND}"
    "-DNODE=${APIGW_NODE_EXECUTABLE}"
    "-DVALIDATOR_DIR=${APIGW_VALIDATOR_DIR}"
    -DSELFTEST=ON
    -P "${apigw_run_validator}")
set_tests_properties(validator-selftest PROPERTIES LABELS validator TIMEOUT 120)

# ------------------------------------------------------------------ goldens targets
add_custom_target(regenerate-goldens
  COMMAND "${PROJECT_SOURCE_DIR}/scripts/regenerate-goldens.sh" --tool "${APIGW_TOOL}"
  DEPENDS clang-apigw
  WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
  COMMENT "Regenerating fixtures/**/expected.{json,stderr}; review `git diff fixtures/`"
  USES_TERMINAL VERBATIM)

add_custom_target(check-goldens
  COMMAND "${CMAKE_CTEST_COMMAND}" --test-dir "${PROJECT_BINARY_DIR}" -L fixture
          --output-on-failure
  DEPENDS clang-apigw
  USES_TERMINAL VERBATIM)

include(${CMAKE_CURRENT_LIST_DIR}/EndToEnd.cmake)
