# clang-apigw's CMake module: writes a target's OpenAPI document at build time.
#
#   apigw_add_openapi(<target> OUTPUT <file> [OPTIONS <clang-apigw option>...])
#
#   <target>  the target whose C++ sources (.cpp .cc .cxx .c++ .C; generator
#             expressions skipped) are scanned for annotations.
#   OUTPUT    the private spec (what API Gateway imports); relative paths are
#             taken from the current binary directory. Required.
#   OPTIONS   further options of `clang-apigw merge`, as on its command line:
#             --public-output, --tf-vars, --format, --title, --api-version,
#             --description, --cors[=<origin>]. The files that --public-output
#             and --tf-vars name (relative ones from the current binary
#             directory) are outputs of the build like OUTPUT: deleting one
#             rebuilds it. `-o`/`--output` belongs in OUTPUT, not here.
#
# Each C++ source of <target> is scanned on its own into a fragment
# (apigw/<target>/<source path>.frag in the current binary directory; a source
# outside the source tree goes under apigw/<target>/outside/<absolute path>)
# (`clang-apigw scan`, with a depfile listing the headers it read), and the
# fragments are merged into OUTPUT (`clang-apigw merge`). An edit re-scans only
# the units it touches; the merge is cheap. Each unit's preamble (the #include
# lines it opens with) is precompiled once into ${CMAKE_BINARY_DIR}/apigw/preambles
# and shared by every unit with the same preamble and flags, and by every later
# re-scan: re-scanning an edited handler unit costs the part below its includes.
# The outputs are the same, byte for byte, as those of one run over the
# target's sources, `clang-apigw -p ${CMAKE_BINARY_DIR} <OPTIONS> <sources>`;
# they equal a whole-database run's only when the target's sources are every
# unit of compile_commands.json (units of other targets are not scanned).
# The target <target>_openapi builds them (ALL).
#
#   apigw_add_router(<target> [OUTPUT <file.cpp>] [OPTIONS <clang-apigw option>...])
#
# Generates the C++ router that serves <target>'s Lambda-proxy routes
# (`clang-apigw merge --router-output`, docs/runtime.md) from the same cached
# fragments as apigw_add_openapi, and builds it into the static library
# <target>_router, which links <target> and the runtime (clang-apigw::runtime).
# A program links <target>_router and calls apigw::routes(), apigw::handle()
# or apigw::run_lambda(). OUTPUT defaults to <target>_router.cpp in the current
# binary directory. The router is a library of its own so that it stays out of
# compile_commands.json: a scan of the whole database never reads a file that
# the build has not generated yet.
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

# Copies the merge OPTIONS to <options_out> with the files that --public-output
# and --tf-vars name made absolute, and lists those files in <files_out>
# (`-`, stdout, is no file).
function(_apigw_option_outputs target options options_out files_out)
  set(result "")
  set(files "")
  set(takes_file "")
  foreach(option IN LISTS options)
    if(takes_file AND NOT option STREQUAL "-")
      cmake_path(ABSOLUTE_PATH option BASE_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}")
      list(APPEND files "${option}")
      set(takes_file "")
    elseif(takes_file)
      set(takes_file "")
    elseif(option MATCHES "^(--public-output|--tf-vars)$")
      set(takes_file ON)
    elseif(option MATCHES "^(--public-output|--tf-vars)=(.+)$" AND NOT CMAKE_MATCH_2 STREQUAL "-")
      set(file "${CMAKE_MATCH_2}")
      cmake_path(ABSOLUTE_PATH file BASE_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}")
      list(APPEND files "${file}")
      set(option "${CMAKE_MATCH_1}=${file}")
    elseif(option MATCHES "^(-o|--output)(=|$)")
      message(FATAL_ERROR "apigw_add_openapi(${target}): the document goes in OUTPUT <file>, "
        "not in OPTIONS (${option})")
    endif()
    list(APPEND result "${option}")
  endforeach()
  if(takes_file)
    message(FATAL_ERROR "apigw_add_openapi(${target}): OPTIONS ends with an option "
      "that needs a file name")
  endif()
  set(${options_out} "${result}" PARENT_SCOPE)
  set(${files_out} "${files}" PARENT_SCOPE)
endfunction()

# The fragments of <target>'s sources in <out>: one `clang-apigw scan` each,
# defined once per target whichever function asks first.
function(_apigw_fragments target out)
  get_property(fragments GLOBAL PROPERTY _APIGW_FRAGMENTS_${target} SET)
  if(fragments)
    get_property(fragments GLOBAL PROPERTY _APIGW_FRAGMENTS_${target})
    set(${out} "${fragments}" PARENT_SCOPE)
    return()
  endif()
  if(NOT CMAKE_EXPORT_COMPILE_COMMANDS)
    message(FATAL_ERROR "clang-apigw: scanning ${target} needs CMAKE_EXPORT_COMPILE_COMMANDS ON")
  endif()
  _apigw_cxx_sources(${target} sources)
  set(fragment_dir "${CMAKE_CURRENT_BINARY_DIR}/apigw/${target}")
  set(fragments "")
  foreach(source IN LISTS sources)
    # A source outside the source tree (another tree's add_subdirectory) is named
    # by its absolute path under outside/: a fragment path must not climb out of
    # fragment_dir through "..", which the tool would open as written.
    cmake_path(IS_PREFIX CMAKE_SOURCE_DIR "${source}" NORMALIZE inside)
    if(inside)
      cmake_path(RELATIVE_PATH source BASE_DIRECTORY "${CMAKE_SOURCE_DIR}" OUTPUT_VARIABLE relative)
    else()
      cmake_path(GET source RELATIVE_PART relative)
      set(relative "outside/${relative}")
    endif()
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
  set_property(GLOBAL PROPERTY _APIGW_FRAGMENTS_${target} "${fragments}")
  set(${out} "${fragments}" PARENT_SCOPE)
endfunction()

# `clang-apigw merge` of <target>'s fragments into the document <document>
# and <outputs> (the files its <options> name), run by the build.
function(_apigw_merge target document outputs options comment)
  _apigw_fragments(${target} fragments)
  add_custom_command(
    OUTPUT "${document}" ${outputs}
    COMMAND "${APIGW_EXECUTABLE}" merge --quiet ${options} ${fragments} -o "${document}"
    DEPENDS ${fragments} "${APIGW_EXECUTABLE}"
    COMMENT "${comment}"
    VERBATIM)
endfunction()

function(apigw_add_openapi target)
  cmake_parse_arguments(PARSE_ARGV 1 APIGW "" "OUTPUT" "OPTIONS")
  if(NOT APIGW_OUTPUT)
    message(FATAL_ERROR "apigw_add_openapi(${target}): OUTPUT <file> is required")
  endif()
  cmake_path(ABSOLUTE_PATH APIGW_OUTPUT BASE_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}")
  _apigw_option_outputs(${target} "${APIGW_OPTIONS}" options option_outputs)
  _apigw_merge(${target} "${APIGW_OUTPUT}" "${option_outputs}" "${options}" "Writing ${APIGW_OUTPUT}")
  add_custom_target(${target}_openapi ALL DEPENDS "${APIGW_OUTPUT}" ${option_outputs})
endfunction()

function(apigw_add_router target)
  cmake_parse_arguments(PARSE_ARGV 1 APIGW "" "OUTPUT" "OPTIONS")
  if(NOT APIGW_OUTPUT)
    set(APIGW_OUTPUT "${target}_router.cpp")
  endif()
  cmake_path(ABSOLUTE_PATH APIGW_OUTPUT BASE_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}")
  # merge always writes a document; this one only serves the router's run.
  set(document "${CMAKE_CURRENT_BINARY_DIR}/apigw/${target}/router-openapi.json")
  _apigw_merge(${target} "${document}" "${APIGW_OUTPUT}"
    "${APIGW_OPTIONS};--router-output;${APIGW_OUTPUT}" "Generating the router ${APIGW_OUTPUT}")
  add_library(${target}_router STATIC "${APIGW_OUTPUT}")
  set_target_properties(${target}_router PROPERTIES EXPORT_COMPILE_COMMANDS OFF)
  # clang-apigw::runtime: the installed package's, or runtime/CMakeLists.txt's alias.
  target_link_libraries(${target}_router PUBLIC ${target} clang-apigw::runtime)
endfunction()
