# Documentation examples (docs/examples.md): one CTest per page, docs/<page>, which runs every
# example of README.md or docs/<page>.md with test/docs/check_docs.js and compares what the
# page shows with what the tool writes; docs-selftest proves the checker can fail.
# Target: regenerate-docs (rewrites the output blocks that disagree; review `git diff`).
# Included from test/CMakeLists.txt after FixtureTests.cmake (which finds node).

set(APIGW_CHECK_DOCS "${CMAKE_CURRENT_LIST_DIR}/check_docs.js")

file(GLOB apigw_doc_pages CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/docs/*.md")
list(SORT apigw_doc_pages)
list(PREPEND apigw_doc_pages "${PROJECT_SOURCE_DIR}/README.md")
foreach(page IN LISTS apigw_doc_pages)
  file(RELATIVE_PATH name "${PROJECT_SOURCE_DIR}" "${page}")
  add_test(NAME "docs/${name}"
    COMMAND "${APIGW_NODE_EXECUTABLE}" "${APIGW_CHECK_DOCS}"
      --tool "$<TARGET_FILE:clang-apigw>" --repo "${PROJECT_SOURCE_DIR}" "${page}")
  set_tests_properties("docs/${name}" PROPERTIES LABELS docs TIMEOUT 1800)
endforeach()

add_test(NAME docs-selftest
  COMMAND "${APIGW_NODE_EXECUTABLE}" "${CMAKE_CURRENT_LIST_DIR}/selftest.js"
    --tool "$<TARGET_FILE:clang-apigw>" --repo "${PROJECT_SOURCE_DIR}")
set_tests_properties(docs-selftest PROPERTIES LABELS docs TIMEOUT 600)

add_custom_target(regenerate-docs
  COMMAND "${PROJECT_SOURCE_DIR}/scripts/regenerate-docs.sh" --tool "$<TARGET_FILE:clang-apigw>"
  DEPENDS clang-apigw
  WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
  COMMENT "Rewriting the output blocks of README.md and docs/*.md; review `git diff`"
  USES_TERMINAL VERBATIM)
