//===- DocumentOutputs.cpp - `-o` and `--public-output` -------------------===//
//
// The two OpenAPI documents: the one API Gateway imports, and the public spec
// for documentation portals and client generators (emit/PublicSpec.h).
//
//===----------------------------------------------------------------------===//
#include "model/Registered.h"
#include "outputs/Generator.h"

namespace apigw {
namespace {

class OpenApiDocument final : public Generator {
public:
  explicit OpenApiDocument(bool Public) : Public(Public) {}

private:
  std::string_view option() const override { return Public ? "--public-output" : "-o"; }
  bool isDocument() const override { return true; }
  std::string generate(GenerationContext &Context, OutputFormat Format) const override {
    return documentText(Public ? Context.publicDocument() : Context.restDocument(), Format);
  }

  bool Public;
};

} // namespace

const Generator &restDocumentGenerator() { return registeredInstance<OpenApiDocument, false>(); }

const Generator &publicSpecGenerator() { return registeredInstance<OpenApiDocument, true>(); }

} // namespace apigw
