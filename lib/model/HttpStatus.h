//===- HttpStatus.h - HTTP reason phrases ---------------------------------===//
#pragma once

#include <string>

namespace apigw {

/// "OK", "Created", "No Content"...: the default description of a response.
/// Unknown codes get their class ("Success", "Client error", ...).
std::string reasonPhrase(int Status);

} // namespace apigw
