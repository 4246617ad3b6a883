# clang-apigw's CMake module: writes a target's OpenAPI document at build time.
#
#   apigw_add_openapi(<target> OUTPUT <file> [OPTIONS <clang-apigw options>...])
#
# Each C++ source of <target> is scanned on its own into a fragment
# (`clang-apigw scan`, with a depfile listing the headers it read), and the
# fragments are merged into OUTPUT (`clang-apigw merge`). An edit re-scans only
# the units it touches; the merge is cheap. Each unit's preamble (the #include
# lines it opens with) is precompiled once into ${CMAKE_BINARY_DIR}/apigw/preambles
# and shared by every unit with the same preamble and flags, and by every later
# re-scan: re-scanning an edited handler unit costs the part below its includes.
# The document is the same, byte for byte, as a whole-database run. The target
# <target>_openapi builds it (ALL).
#
# Needs CMAKE_EXPORT_COMPILE_COMMANDS (the scan reads compile_commands.json)
# and the tool: APIGW_EXECUTABLE, else clang-apigw on PATH.

if(NOT APIGW_EXECUTABLE)
  find_program(APIGW_EXECUTABLE clang-apigw REQUIRED)
endif()

function(_apigw_cxx_sources target out)
  get_target_property(sources ${target} SOURCES)
  get_target_property(source_dir ${target} SOURCE_DIR)
  set(result "")
  foreach(source IN LISTS sources)
    if(source MATCHES "\\$<" OR NOT source MATCHES "\\.(cpp|cc|cxx|c\\+\\+|C)$")
      continue()
    endif()
    cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY "${source_dir}" NORMALIZE)
    list(APPEND result "${source}")
  endforeach()
  set(${out} "${result}" PARENT_SCOPE)
endfunction()

function(apigw_add_openapi target)
  cmake_parse_arguments(PARSE_ARGV 1 APIGW "" "OUTPUT" "OPTIONS")
  if(NOT APIGW_OUTPUT)
    message(FATAL_ERROR "apigw_add_openapi(${target}): OUTPUT <file> is required")
  endif()
  if(NOT CMAKE_EXPORT_COMPILE_COMMANDS)
    message(FATAL_ERROR "apigw_add_openapi(${target}) needs CMAKE_EXPORT_COMPILE_COMMANDS ON")
  endif()
  cmake_path(ABSOLUTE_PATH APIGW_OUTPUT BASE_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}")
  _apigw_cxx_sources(${target} sources)
  set(fragment_dir "${CMAKE_CURRENT_BINARY_DIR}/apigw/${target}")
  set(fragments "")
  foreach(source IN LISTS sources)
    cmake_path(RELATIVE_PATH source BASE_DIRECTORY "${CMAKE_SOURCE_DIR}" OUTPUT_VARIABLE relative)
    set(fragment "${fragment_dir}/${relative}.frag")
    add_custom_command(
      OUTPUT "${fragment}"
      COMMAND "${APIGW_EXECUTABLE}" scan --quiet -p "${CMAKE_BINARY_DIR}" "${source}"
              -o "${fragment}" --depfile "${fragment}.d"
              --preamble-cache "${CMAKE_BINARY_DIR}/apigw/preambles"
      DEPENDS "${source}" "${APIGW_EXECUTABLE}"
      DEPFILE "${fragment}.d"
      COMMENT "Scanning ${relative} for API annotations"
      VERBATIM)
    list(APPEND fragments "${fragment}")
  endforeach()
  add_custom_command(
    OUTPUT "${APIGW_OUTPUT}"
    COMMAND "${APIGW_EXECUTABLE}" merge --quiet ${APIGW_OPTIONS} ${fragments} -o "${APIGW_OUTPUT}"
    DEPENDS ${fragments} "${APIGW_EXECUTABLE}"
    COMMENT "Writing ${APIGW_OUTPUT}"
    VERBATIM)
  add_custom_target(${target}_openapi ALL DEPENDS "${APIGW_OUTPUT}")
endfunction()
