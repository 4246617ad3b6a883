//===- OperationSecurity.h - An operation's `security` list ---------------===//
#pragma once

#include "emit/EmitContext.h"

#include <nlohmann/json.hpp>

#include <optional>

namespace apigw {

/// The operation's `security` array: its own requirements, else
/// the API default, written on the operation because API Gateway ignores a
/// root-level `security`. Each requirement is one entry (entries are OR-ed);
/// `api_key_required` adds the API key scheme to every entry (AND). Nothing
/// when no requirement applies (`security=none` without an API key).
std::optional<nlohmann::ordered_json>
emitOperationSecurity(const Operation &Op, const EmitContext &Ctx);

} // namespace apigw
