//===- TerraformVariablesOutput.cpp - `--tf-vars`: the placeholders --------===//
//
// Every `${placeholder}` of the documents the run writes, as Terraform
// variable declarations: the public spec's too when it is written.
//
//===----------------------------------------------------------------------===//
#include "model/Registered.h"
#include "outputs/Generator.h"

#include "emit/TerraformVariables.h"

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
  return registeredInstance<TerraformVariablesFile>();
}

} // namespace apigw
