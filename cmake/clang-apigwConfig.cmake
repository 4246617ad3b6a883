# find_package(clang-apigw) for an installed clang-apigw: the tool, the
# annotations header (target clang-apigw::annotations) and apigw_add_openapi().
get_filename_component(_apigw_prefix "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
if(NOT APIGW_EXECUTABLE)
  set(APIGW_EXECUTABLE "${_apigw_prefix}/bin/clang-apigw")
endif()
if(NOT TARGET clang-apigw::annotations)
  add_library(clang-apigw::annotations INTERFACE IMPORTED)
  set_target_properties(clang-apigw::annotations PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${_apigw_prefix}/include")
endif()
# The runtime libraries (docs/runtime.md): clang-apigw::runtime, and where they
# were built clang-apigw::local_server (cpp-httplib) and clang-apigw::lambda
# (aws-lambda-cpp). Their dependencies are looked for quietly: a project that
# only writes documents needs none of them.
find_package(nlohmann_json 3.10 QUIET)
if(nlohmann_json_FOUND AND NOT TARGET clang-apigw::runtime)
  find_package(PkgConfig QUIET)
  if(PkgConfig_FOUND)
    pkg_check_modules(APIGW_HTTPLIB QUIET IMPORTED_TARGET cpp-httplib)
  endif()
  find_package(aws-lambda-runtime CONFIG QUIET)
  include("${CMAKE_CURRENT_LIST_DIR}/clang-apigw-runtime.cmake")
endif()
include("${CMAKE_CURRENT_LIST_DIR}/ClangApigw.cmake")
