// The router clang-apigw generated, linked as <target>_router.
#include <apigw/router.hpp>

#include "subject.hpp"

std::string bench::answer(std::string_view event) { return apigw::handle(event); }
