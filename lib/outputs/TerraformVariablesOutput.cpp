//===- TerraformVariablesOutput.cpp - `--tf-vars`: the placeholders --------===//
//
// Every `${placeholder}` of the documents the run writes, as Terraform
// variable declarations: the public spec's too when it is written.
//
//===----------------------------------------------------------------------===//
#include "Generator.h"

#include "TerraformVariables.h"

namespace apigw {
namespace {

class TerraformVariablesFile final : public Generator {
  std::string_view option() const override { return "--tf-vars"; }
  std::string generate(GenerationContext &Context, OutputFormat) const override {
    PlaceholderUses Uses = collectPlaceholders(Context.restDocument());
    if (Context.requested("--public-output"))
      mergePlaceholders(Uses, collectPlaceholders(Context.publicDocument()));
    return renderTerraformVariables(Uses);
  }
};

} // namespace

const Generator &terraformVariablesGenerator() {
  static const TerraformVariablesFile G;
  return G;
}

} // namespace apigw
