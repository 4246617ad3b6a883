# End-to-end scripts: every test/e2e/*.sh becomes the CTest e2e/<name>, run as
#   bash <script> <path to clang-apigw> <repo root>
# Each script works in its own `mktemp -d` directory and removes it.
find_program(APIGW_BASH_EXECUTABLE bash REQUIRED)

file(GLOB apigw_e2e_scripts CONFIGURE_DEPENDS "${CMAKE_CURRENT_LIST_DIR}/e2e/*.sh")
list(SORT apigw_e2e_scripts)
foreach(script IN LISTS apigw_e2e_scripts)
  get_filename_component(name "${script}" NAME_WE)
  add_test(NAME "e2e/${name}"
    COMMAND "${APIGW_BASH_EXECUTABLE}" "${script}" "$<TARGET_FILE:clang-apigw>" "${PROJECT_SOURCE_DIR}")
  set_tests_properties("e2e/${name}" PROPERTIES LABELS e2e TIMEOUT 300)
endforeach()
# Runs the tool twice per golden fixture (JSON and YAML).
if(TEST "e2e/yaml_fixtures")
  set_tests_properties("e2e/yaml_fixtures" PROPERTIES TIMEOUT 900)
endif()
# Generates and compiles (twice: GCC and Clang) the router of every fixture with Lambda routes.
if(TEST "e2e/router_fixtures")
  set_tests_properties("e2e/router_fixtures" PROPERTIES TIMEOUT 900)
endif()
# Runs the tool once per golden fixture, then three linters over all the documents.
if(TEST "e2e/public_spec_lint")
  set_tests_properties("e2e/public_spec_lint" PROPERTIES TIMEOUT 900)
endif()

# The annotation macros must leave GCC builds warning-free: a colleague's script,
# run as `bash test/gcc_macros_check.sh <repo root>` from the repo root.
# The glob (of one literal name) makes the build reconfigure when the script appears.
file(GLOB apigw_gcc_macros_check CONFIGURE_DEPENDS "${CMAKE_CURRENT_LIST_DIR}/gcc_macros_check.sh")
if(apigw_gcc_macros_check)
  add_test(NAME gcc-macros
    COMMAND "${APIGW_BASH_EXECUTABLE}" "${apigw_gcc_macros_check}" "${PROJECT_SOURCE_DIR}"
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}")
  set_tests_properties(gcc-macros PROPERTIES LABELS gcc TIMEOUT 300)
endif()
