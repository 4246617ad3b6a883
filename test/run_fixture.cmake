# Runs clang-apigw on one golden fixture and compares, or regenerates, its expectations.
#
#   cmake -DTOOL=<clang-apigw> -DREPO=<repo root> -DFIXTURE_DIR=<fixture dir>
#         -DKIND=success|error [-DOUT_DIR=<dir>] [-DREGENERATE=ON] -P run_fixture.cmake
#
# Fixture format (agreed with the team; FixtureTests.cmake registers the tests):
#   success  fixtures/<name>/input.cpp (+ headers), expected.json, optional expected.stderr,
#            optional args (extra tool options, one per line, placed before `--`).
#            Exit 0; stdout == expected.json byte for byte; stderr == expected.stderr if present.
#   error    fixtures/errors/<name>/input.cpp, expected.stderr (optional args as above).
#            Exit 1; stdout empty; stderr == expected.stderr byte for byte.
# The command, run in the fixture directory, is
#   <tool> [args...] input.cpp -- -std=c++20 -I<repo>/annotations -I.
# With -DPREAMBLE_CACHE=<dir> it runs twice with --preamble-cache=<dir> (building the
# precompiled preamble, then reusing it) and compares both runs.
# scripts/regenerate-goldens.sh runs this same script with REGENERATE=ON, so the test and
# the regeneration can never disagree on the command.
cmake_minimum_required(VERSION 3.25)

foreach(var TOOL REPO FIXTURE_DIR KIND)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "run_fixture.cmake: -D${var}=... is required")
  endif()
endforeach()
if(NOT KIND MATCHES "^(success|error)$")
  message(FATAL_ERROR "run_fixture.cmake: KIND must be success or error, not '${KIND}'")
endif()
if(NOT EXISTS "${TOOL}")
  message(FATAL_ERROR "clang-apigw not found at ${TOOL}; build it first (scripts/build.sh)")
endif()
if(NOT EXISTS "${FIXTURE_DIR}/input.cpp")
  message(FATAL_ERROR "${FIXTURE_DIR}/input.cpp does not exist (re-run cmake if the fixture was removed)")
endif()

set(expected_json "${FIXTURE_DIR}/expected.json")
set(expected_stderr "${FIXTURE_DIR}/expected.stderr")

if(NOT REGENERATE)
  if(KIND STREQUAL "success" AND NOT EXISTS "${expected_json}")
    if(EXISTS "${expected_stderr}")
      message(FATAL_ERROR "${FIXTURE_DIR}: expected.stderr but no expected.json; a fixture that "
        "must fail belongs under fixtures/errors/. Otherwise: no expectation; "
        "run scripts/regenerate-goldens.sh")
    endif()
    message(FATAL_ERROR "${FIXTURE_DIR}: no expectation; run scripts/regenerate-goldens.sh")
  endif()
  if(KIND STREQUAL "error" AND NOT EXISTS "${expected_stderr}")
    message(FATAL_ERROR "${FIXTURE_DIR}: no expectation; run scripts/regenerate-goldens.sh")
  endif()
endif()

# The command is built as CMake code with every argument bracket-quoted ([=[...]=]) and run
# through cmake_language(EVAL): CMake lists would split an option containing `;` or `[`.
function(bracket_quote out value)
  set(eq "=")
  while("${value}]" MATCHES "]${eq}]")
    string(APPEND eq "=")
  endwhile()
  set(${out} "[${eq}[${value}]${eq}]" PARENT_SCOPE)
endfunction()

set(command_code "")
set(command_text "")
function(add_argument value)
  bracket_quote(quoted "${value}")
  string(APPEND command_code " ${quoted}")
  if(command_text STREQUAL "")
    set(command_text "${value}")
  elseif(value MATCHES "[] \t;'\"$\\[]")
    string(APPEND command_text " '${value}'")
  else()
    string(APPEND command_text " ${value}")
  endif()
  set(command_code "${command_code}" PARENT_SCOPE)
  set(command_text "${command_text}" PARENT_SCOPE)
endfunction()

add_argument("${TOOL}")
# Extra options from `args`: one per line, surrounding blanks trimmed, blank lines ignored.
if(EXISTS "${FIXTURE_DIR}/args")
  file(READ "${FIXTURE_DIR}/args" args_text)
  while(NOT args_text STREQUAL "")
    string(FIND "${args_text}" "\n" newline)
    if(newline EQUAL -1)
      set(line "${args_text}")
      set(args_text "")
    else()
      string(SUBSTRING "${args_text}" 0 ${newline} line)
      math(EXPR newline "${newline} + 1")
      string(SUBSTRING "${args_text}" ${newline} -1 args_text)
    endif()
    string(STRIP "${line}" line)
    if(NOT line STREQUAL "")
      add_argument("${line}")
    endif()
  endwhile()
endif()
# With PREAMBLE_CACHE, the fixture runs twice over a fresh preamble cache: once
# building the precompiled preamble, once reading it; both must give the goldens.
set(passes "")
if(DEFINED PREAMBLE_CACHE AND NOT PREAMBLE_CACHE STREQUAL "")
  file(REMOVE_RECURSE "${PREAMBLE_CACHE}")
  add_argument("--preamble-cache=${PREAMBLE_CACHE}")
  set(passes "preamble built" "preamble reused")
endif()
foreach(arg input.cpp -- -std=c++20 "-I${REPO}/annotations" -I.)
  add_argument("${arg}")
endforeach()

macro(run_tool)
  cmake_language(EVAL CODE "
  execute_process(
    COMMAND ${command_code}
    WORKING_DIRECTORY [==[${FIXTURE_DIR}]==]
    RESULT_VARIABLE status
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err)")
endmacro()
run_tool()

# ---------------------------------------------------------------- regeneration
if(REGENERATE)
  file(RELATIVE_PATH name "${REPO}/fixtures" "${FIXTURE_DIR}")
  if(KIND STREQUAL "success")
    if(NOT status STREQUAL "0")
      message(FATAL_ERROR "fixtures/${name}: exit status ${status} (expected 0); "
        "expected.json not written.\n  ${command_text}\n--- stderr ---\n${err}")
    endif()
    file(WRITE "${expected_json}" "${out}")
    if(EXISTS "${expected_stderr}")
      file(WRITE "${expected_stderr}" "${err}")
    endif()
  else()
    if(NOT status STREQUAL "1")
      message(FATAL_ERROR "fixtures/${name}: exit status ${status} (expected 1); "
        "expected.stderr not written.\n  ${command_text}\n--- stderr ---\n${err}")
    endif()
    if(NOT out STREQUAL "")
      message(WARNING "fixtures/${name}: the tool wrote to stdout on failure; the test will fail")
    endif()
    file(WRITE "${expected_stderr}" "${err}")
  endif()
  return()
endif()

# ---------------------------------------------------------------- comparison
if(NOT DEFINED OUT_DIR OR OUT_DIR STREQUAL "")
  set(OUT_DIR "${CMAKE_CURRENT_BINARY_DIR}")
endif()
file(MAKE_DIRECTORY "${OUT_DIR}")
find_program(DIFF_EXECUTABLE diff)

set(failures 0)

# Prints a unified diff between an expected file and actual text (kept in OUT_DIR).
function(report_mismatch what expected_file actual_text actual_file)
  file(WRITE "${actual_file}" "${actual_text}")
  if(DIFF_EXECUTABLE)
    execute_process(
      COMMAND "${DIFF_EXECUTABLE}" -u --label "expected ${what}" --label "actual ${what}"
              "${expected_file}" "${actual_file}"
      OUTPUT_VARIABLE diff_text ERROR_VARIABLE diff_text)
    message("MISMATCH ${what} (${expected_file} vs ${actual_file}):\n${diff_text}")
  else()
    file(READ "${expected_file}" expected_text)
    message("MISMATCH ${what}\n--- expected (${expected_file}) ---\n${expected_text}"
      "\n--- actual (${actual_file}) ---\n${actual_text}")
  endif()
endfunction()

if(KIND STREQUAL "success")
  set(want_status 0)
else()
  set(want_status 1)
endif()

function(compare_outputs)
  if(NOT status STREQUAL "${want_status}")
    message("FAIL: exit status ${status}, expected ${want_status}\n--- stderr ---\n${err}")
    math(EXPR failures "${failures} + 1")
  endif()

  if(KIND STREQUAL "success")
    file(READ "${expected_json}" want_out)
    if(NOT out STREQUAL want_out)
      report_mismatch("stdout" "${expected_json}" "${out}" "${OUT_DIR}/actual.json")
      math(EXPR failures "${failures} + 1")
    endif()
  else()
    if(NOT out STREQUAL "")
      message("FAIL: stdout must be empty when the input has errors; it was:\n${out}")
      math(EXPR failures "${failures} + 1")
    endif()
  endif()

  if(EXISTS "${expected_stderr}")
    file(READ "${expected_stderr}" want_err)
    if(NOT err STREQUAL want_err)
      report_mismatch("stderr" "${expected_stderr}" "${err}" "${OUT_DIR}/actual.stderr")
      math(EXPR failures "${failures} + 1")
    endif()
  endif()
  set(failures ${failures} PARENT_SCOPE)
endfunction()

if(passes STREQUAL "")
  compare_outputs()
endif()
foreach(pass IN LISTS passes)
  if(NOT pass STREQUAL "preamble built")
    run_tool()
  endif()
  message("${pass}:")
  compare_outputs()
endforeach()
if(NOT passes STREQUAL "")
  file(REMOVE_RECURSE "${PREAMBLE_CACHE}")
endif()

if(failures GREATER 0)
  message(FATAL_ERROR "fixture ${FIXTURE_DIR} failed.\n  command (in ${FIXTURE_DIR}): ${command_text}\n"
    "  If the new output is right: scripts/regenerate-goldens.sh, then review `git diff fixtures/`.")
endif()
message("ok: ${FIXTURE_DIR}")
