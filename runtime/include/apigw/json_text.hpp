// JSON text as the router writes it: what nlohmann's
// dump(-1, ' ', false, error_handler_t::replace) writes, byte for byte
// (compact, UTF-8 as it is, invalid UTF-8 replaced by U+FFFD), with ASCII text
// copied in runs rather than decoded byte by byte.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace apigw {

std::string json_text(const nlohmann::json& value);

}  // namespace apigw
