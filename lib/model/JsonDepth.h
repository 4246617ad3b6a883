//===- JsonDepth.h - How deep JSON text nests, checked before parsing -----===//
//
// nlohmann::json parses any depth, but copies, compares, writes and destroys
// values recursively: 100,000 nested `[` overflow the stack. So every JSON
// text the tool reads (annotation values, fragments, --check's documents) is
// measured first, and refused when it nests deeper than its reader allows.
//
//===----------------------------------------------------------------------===//
#pragma once

#include <llvm/Support/Error.h>

#include <string_view>

namespace apigw {

/// Files the tool reads back (fragments, documents for --check): far deeper
/// than anything it writes (annotation values stop at 100 levels, and the
/// document's own structure adds a few), far shallower than a stack limit.
constexpr unsigned MaxJsonFileDepth = 1000;

/// The deepest nesting of arrays and objects in `Text` (brackets inside
/// strings do not count; the text need not be valid JSON).
unsigned jsonNestingDepth(std::string_view Text);

/// `JSON nested more than <MaxDepth> levels deep` when `Text` does.
llvm::Error checkJsonDepth(std::string_view Text, unsigned MaxDepth);

} // namespace apigw
