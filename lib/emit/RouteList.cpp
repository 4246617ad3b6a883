//===- RouteList.cpp ------------------------------------------------------===//
#include "emit/RouteList.h"

#include "model/HttpMethods.h"
#include "emit/IntegrationEmitter.h"

#include <algorithm>

namespace apigw {

std::string listRoutes(const ApiModel &Api) {
  // In source order, as an editor lists a file's problems.
  std::vector<const Operation *> Operations;
  for (const Operation &Op : Api.Operations)
    Operations.push_back(&Op);
  std::stable_sort(Operations.begin(), Operations.end(),
                   [](const Operation *A, const Operation *B) { return A->Loc < B->Loc; });
  std::string Lines;
  for (const Operation *Route : Operations) {
    const Operation &Op = *Route;
    const nlohmann::ordered_json Integration = emitIntegration(Op);
    Lines += displayFile(Op.Loc.File) + ":" + std::to_string(Op.Loc.Line) + ":" +
             std::to_string(Op.Loc.Column) + ": note: " + upperMethod(Op.Method) + " " + Op.Path +
             " -> " + Integration.value("type", "");
    if (Integration.contains("uri"))
      Lines += " " + Integration["uri"].get<std::string>();
    Lines += " (" + Op.OperationId + ")\n";
  }
  return Lines;
}

} // namespace apigw
