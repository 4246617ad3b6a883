//===- PublicSpecOutput.cpp - `--public-output`: the spec for clients -----===//
#include "Generator.h"

namespace apigw {
namespace {

class PublicSpec final : public Generator {
  std::string_view option() const override { return "--public-output"; }
  bool isDocument() const override { return true; }
  std::string generate(GenerationContext &Context, OutputFormat Format) const override {
    return documentText(Context.publicDocument(), Format);
  }
};

} // namespace

const Generator &publicSpecGenerator() {
  static const PublicSpec G;
  return G;
}

} // namespace apigw
