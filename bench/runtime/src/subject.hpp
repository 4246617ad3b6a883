// The dispatcher a benchmark program measures: each program links one
// definition (generated_subject.cpp or handwritten_subject.cpp).
#pragma once

#include <string>
#include <string_view>

namespace bench {

// Answers an API Gateway REST proxy event (JSON text) with the proxy response
// (JSON text), as a Lambda function does.
std::string answer(std::string_view event);

}  // namespace bench
