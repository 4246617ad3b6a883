//===- RouterOutput.cpp - `--router-output`: the generated router ---------===//
//
// The C++ source that serves the document's Lambda-proxy routes
// (router/RouterSource.h, docs/runtime.md).
//
//===----------------------------------------------------------------------===//
#include "model/Registered.h"
#include "outputs/Generator.h"

#include "emit/CorsEmitter.h"
#include "router/RouterSource.h"

namespace apigw {
namespace {

class RouterFile final : public Generator {
  std::string_view option() const override { return "--router-output"; }
  void check(const ApiModel &Api, Diagnostics &Diags) const override { checkRouterInputs(Api, Diags); }
  std::string generate(GenerationContext &Context, OutputFormat) const override {
    const ApiModel &Api = Context.api();
    const ApiSettings *Settings = Api.Apis.empty() ? nullptr : &Api.Apis.front();
    return routerSource(Api, corsPolicy(Api, Settings, Context.corsOrigin()));
  }
};

} // namespace

const Generator &routerGenerator() { return registeredInstance<RouterFile>(); }

} // namespace apigw
