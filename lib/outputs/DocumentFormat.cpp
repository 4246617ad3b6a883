//===- DocumentFormat.cpp -------------------------------------------------===//
#include "outputs/DocumentFormat.h"

#include "emit/YamlDocument.h"

#include <llvm/ADT/StringRef.h>
#include <llvm/Support/Path.h>

namespace apigw {

llvm::Expected<OutputFormat> outputFormat(const std::string &Path,
                                          const std::string &FormatOption) {
  if (FormatOption == "json")
    return OutputFormat::Json;
  if (FormatOption == "yaml")
    return OutputFormat::Yaml;
  if (!FormatOption.empty())
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "--format must be 'json' or 'yaml', not '" + FormatOption + "'");
  llvm::StringRef Extension = llvm::sys::path::extension(Path);
  return Extension.equals_insensitive(".yaml") || Extension.equals_insensitive(".yml")
             ? OutputFormat::Yaml
             : OutputFormat::Json;
}

std::string documentText(const nlohmann::ordered_json &Doc, OutputFormat Format) {
  // Bytes that are not UTF-8 (a Latin-1 comment or annotation) become U+FFFD,
  // as writeFragment does, so a whole run and scan + merge agree and neither
  // throws.
  std::string Json =
      Doc.dump(Format == OutputFormat::Json ? 2 : -1, ' ',
               /*ensure_ascii=*/false, nlohmann::ordered_json::error_handler_t::replace);
  if (Format == OutputFormat::Json)
    return Json + "\n";
  return toYaml(nlohmann::ordered_json::parse(Json));
}

} // namespace apigw
