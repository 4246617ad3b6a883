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
include("${CMAKE_CURRENT_LIST_DIR}/ClangApigw.cmake")
