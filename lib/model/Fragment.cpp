//===- Fragment.cpp - One translation unit's scan, cached on disk ---------===//
#include "model/Fragment.h"
#include "model/JsonDepth.h"
#include "model/JsonRead.h"

namespace apigw {

using nlohmann::json;

// Bump FragmentVersion whenever the meaning or shape of any written field
// changes: old fragments are then refused (and rescanned), never misread.
static constexpr const char *FragmentFormat = "clang-apigw-fragment";
static constexpr int FragmentVersion = 4;

std::string writeFragment(const Fragment &F) {
  json J = {{"format", FragmentFormat},
            {"version", FragmentVersion},
            {"Source", F.Source},
            {"Directory", F.Directory},
            {"Api", F.Api},
            {"Diags", F.Diags},
            {"Dependencies", F.Dependencies}};
  return J.dump(1, ' ', /*ensure_ascii=*/false, json::error_handler_t::replace) +
         "\n";
}

/// nlohmann's messages start with "[json.exception.parse_error.101] "; the
/// id means nothing to a user.
static std::string withoutExceptionId(const char *What) {
  std::string_view Text(What);
  if (Text.starts_with("[json.exception."))
    if (auto End = Text.find("] "); End != std::string_view::npos)
      Text.remove_prefix(End + 2);
  return std::string(Text);
}

/// Checks the tag before any field, so a file from another tool or a newer
/// clang-apigw says so instead of complaining about some field.
static void checkHeader(const json &J) {
  if (!J.is_object())
    throw JsonReadError("not a clang-apigw fragment (expected a JSON object)");
  auto Format = J.find("format");
  if (Format == J.end() || *Format != FragmentFormat)
    throw JsonReadError(std::string("not a clang-apigw fragment (\"format\" is "
                                    "not \"") +
                        FragmentFormat + "\")");
  auto Version = J.find("version");
  if (Version == J.end() || !Version->is_number_integer())
    throw JsonReadError("fragment has no integer \"version\"");
  if (*Version != FragmentVersion)
    throw JsonReadError("fragment version " + Version->dump() +
                        " is not supported (expected " +
                        std::to_string(FragmentVersion) + "); rescan the unit");
}

llvm::Expected<Fragment> readFragment(std::string_view Text,
                                      std::string_view Name) {
  auto Fail = [&](const std::string &Why) {
    return llvm::createStringError(std::string(Name) + ": " + Why);
  };
  if (llvm::Error TooDeep = checkJsonDepth(Text, MaxJsonFileDepth))
    return Fail(llvm::toString(std::move(TooDeep)));
  try {
    json J = json::parse(Text);
    checkHeader(J);
    Fragment F;
    readJsonField(J, "Source", F.Source);
    readJsonField(J, "Directory", F.Directory);
    readJsonField(J, "Api", F.Api);
    readJsonField(J, "Diags", F.Diags);
    readJsonField(J, "Dependencies", F.Dependencies);
    return F;
  } catch (const json::parse_error &E) {
    return Fail("not valid JSON: " + withoutExceptionId(E.what()));
  } catch (const JsonReadError &E) {
    return Fail(E.what());
  } catch (const std::exception &E) {
    // Nothing else is expected to throw; still, a bad cache file must come
    // back as an error, never end the process.
    return Fail(withoutExceptionId(E.what()));
  }
}

} // namespace apigw
