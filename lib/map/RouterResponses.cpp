//===- RouterResponses.cpp - What a Lambda-proxy route answers besides success
#include "map/RouterResponses.h"

#include "model/RuntimeSchemas.h"

#include <algorithm>

namespace apigw {
namespace {

bool readsRequest(const Operation &Op) {
  return !Op.Parameters.empty() || Op.Body.has_value();
}

bool isError(const std::string &Status) { return Status.starts_with("4") || Status.starts_with("5"); }

Response *findResponse(Operation &Op, const std::string &Status) {
  auto It = std::find_if(Op.Responses.begin(), Op.Responses.end(),
                         [&](const Response &R) { return R.Status == Status; });
  return It == Op.Responses.end() ? nullptr : &*It;
}

/// Adds `R` before the first extra response with a higher status, so that
/// the added ones read in order among those the handler documents.
void insertInOrder(Operation &Op, Response R) {
  auto Extras = Op.Responses.empty() ? Op.Responses.end() : Op.Responses.begin() + 1;
  auto It = std::find_if(Extras, Op.Responses.end(),
                         [&](const Response &Other) { return Other.Status > R.Status; });
  Op.Responses.insert(It, std::move(R));
}

} // namespace

void addRouterResponses(Operation &Op) {
  if (Op.Target.Kind != "LambdaProxy")
    return;
  const bool Validates = readsRequest(Op);
  for (Response &R : Op.Responses)
    if (isError(R.Status) && !R.Body)
      R.Body = Validates && R.Status == "400" ? validationErrorBodyRef() : errorBodyRef();
  if (Validates && !findResponse(Op, "400"))
    insertInOrder(Op, {"400", "The request does not match the API: one entry of fieldList per failure",
                       validationErrorBodyRef(), ""});
  if (!findResponse(Op, "500"))
    insertInOrder(Op, {"500", "Internal server error", errorBodyRef(), ""});
}

} // namespace apigw
