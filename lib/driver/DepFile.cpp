//===- DepFile.cpp --------------------------------------------------------===//
#include "driver/DepFile.h"

namespace apigw {
namespace {

std::string escape(const std::string &Path) {
  std::string Out;
  for (char C : Path) {
    if (C == ' ' || C == '#')
      Out += '\\';
    else if (C == '$')
      Out += '$';
    Out += C;
  }
  return Out;
}

} // namespace

std::string makeDepFile(const std::string &Target, const std::string &Source,
                        const std::vector<std::string> &Dependencies) {
  std::string Out = escape(Target) + ":";
  Out += " \\\n  " + escape(Source);
  for (const std::string &Dependency : Dependencies)
    if (Dependency != Source)
      Out += " \\\n  " + escape(Dependency);
  return Out + "\n";
}

} // namespace apigw
