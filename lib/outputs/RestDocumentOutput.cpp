//===- RestDocumentOutput.cpp - `-o`: the API Gateway REST API document ---===//
#include "Generator.h"

namespace apigw {
namespace {

class RestDocument final : public Generator {
  std::string_view option() const override { return "-o"; }
  bool isDocument() const override { return true; }
  std::string generate(GenerationContext &Context, OutputFormat Format) const override {
    return documentText(Context.restDocument(), Format);
  }
};

} // namespace

const Generator &restDocumentGenerator() {
  static const RestDocument G;
  return G;
}

} // namespace apigw
