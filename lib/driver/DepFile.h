//===- DepFile.h - Make-style dependency files ----------------------------===//
#pragma once

#include <string>
#include <vector>

namespace apigw {

/// `<Target>: <Source> <deps...>` in the syntax Ninja and Make read, with
/// spaces, `#` and `$` escaped, so a fragment is rebuilt when any header the
/// unit read changes.
std::string makeDepFile(const std::string &Target, const std::string &Source,
                        const std::vector<std::string> &Dependencies);

} // namespace apigw
