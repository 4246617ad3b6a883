//===- path_fuzzer.cpp - Route paths (`get=/pets/{pet_id}`)
//----------------===//
//
// parsePath on arbitrary text: a path it accepts must be one API Gateway
// accepts, and its parameters must be exactly the `{segments}` of the text.
//
//===----------------------------------------------------------------------===//
#include "FuzzCheck.h"
#include "model/PathTemplate.h"

#include <cstddef>
#include <cstdint>
#include <set>
#include <string_view>

using namespace apigw;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *Data,
                                      std::size_t Size) {
  std::string_view Text(reinterpret_cast<const char *>(Data), Size);
  llvm::Expected<PathTemplate> Path = parsePath(Text);
  if (!Path) {
    fuzz::errorText(Path.takeError());
    return 0;
  }
  FUZZ_CHECK(Path->Text == Text, "the path is not kept as written");
  FUZZ_CHECK(Text.starts_with('/'), "accepted a path without a leading '/'");
  FUZZ_CHECK(Text.find_first_of("?#") == std::string_view::npos,
             "accepted a query or fragment");
  FUZZ_CHECK(Text == "/" || !Text.ends_with('/'), "accepted a trailing '/'");
  FUZZ_CHECK(Text.find("//") == std::string_view::npos,
             "accepted an empty segment");

  size_t Braces = 0;
  for (char C : Text)
    Braces += C == '{';
  FUZZ_CHECK(Braces == Path->Params.size(),
             "parameters do not match the '{' in the path");

  std::set<std::string> Names;
  for (size_t I = 0; I < Path->Params.size(); ++I) {
    const PathParam &P = Path->Params[I];
    FUZZ_CHECK(!P.Name.empty(), "an empty parameter name");
    FUZZ_CHECK(Names.insert(P.Name).second, "parameter '" + P.Name + "' twice");
    std::string Segment = "/{" + P.Name + (P.Greedy ? "+}" : "}");
    size_t At = Text.find(Segment);
    FUZZ_CHECK(At != std::string_view::npos,
               "parameter '" + P.Name + "' is not a segment of the path");
    size_t End = At + Segment.size();
    FUZZ_CHECK(End == Text.size() || Text[End] == '/',
               "parameter '" + P.Name + "' is not a whole segment");
    if (P.Greedy)
      FUZZ_CHECK(I + 1 == Path->Params.size() && End == Text.size(),
                 "a greedy parameter that is not the last segment");
  }
  return 0;
}
