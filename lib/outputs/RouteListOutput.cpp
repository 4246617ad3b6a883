//===- RouteListOutput.cpp - `--list-routes`: one line per route ----------===//
#include "model/Registered.h"
#include "outputs/Generator.h"

#include "emit/RouteList.h"

namespace apigw {
namespace {

class RouteListing final : public Generator {
  std::string_view option() const override { return "--list-routes"; }
  std::string generate(GenerationContext &Context, OutputFormat) const override {
    return listRoutes(Context.api());
  }
};

} // namespace

const Generator &routeListGenerator() { return registeredInstance<RouteListing>(); }

} // namespace apigw
