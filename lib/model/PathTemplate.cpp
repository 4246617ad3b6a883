//===- PathTemplate.cpp - API Gateway resource paths ----------------------===//
//
// Checked here, at the annotation, rather than discovered by `terraform
// apply` when API Gateway's import rejects the document.
//
//===----------------------------------------------------------------------===//
#include "model/PathTemplate.h"

#include "model/Diagnostic.h"

#include <llvm/ADT/STLExtras.h>
#include <llvm/ADT/StringExtras.h>
#include <llvm/ADT/StringRef.h>

#include <string>

namespace apigw {

static llvm::Error pathError(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
}

/// An ASCII character in quotes, a control one as its C escape (`'\0'`,
/// `'\t'`); a byte of a UTF-8 sequence by its value.
static std::string quoteChar(char C) {
  if (llvm::isASCII(C))
    return "'" + printableText(std::string_view(&C, 1)) + "'";
  return "byte 0x" + llvm::utohexstr(static_cast<unsigned char>(C), false, 2);
}

/// API Gateway's resource path parts allow `a-zA-Z0-9._-` (its own error
/// message says so); everything else, percent-encoding included, is rejected
/// by the import.
static bool isLiteralChar(char C) {
  return llvm::isAlnum(C) || C == '-' || C == '.' || C == '_';
}

static bool isParamName(llvm::StringRef Name) {
  if (Name.empty() || !(llvm::isAlpha(Name.front()) || Name.front() == '_'))
    return false;
  return llvm::all_of(Name.drop_front(),
                      [](char C) { return llvm::isAlnum(C) || C == '_'; });
}

/// The parts of a path that HTTP puts after it, which API Gateway's `paths`
/// keys cannot hold.
static llvm::Error checkNoQueryOrFragment(llvm::StringRef Text) {
  if (Text.contains('?'))
    return pathError("'?' starts a query string, which is not part of a path");
  if (Text.contains('#'))
    return pathError("'#' starts a fragment, which is not part of a path");
  return llvm::Error::success();
}

static llvm::Error checkLiteral(llvm::StringRef Segment, unsigned Index) {
  // `{pet_id}x`: the parameter opens the segment; what is wrong is the text
  // after its '}'.
  if (Segment.starts_with("{") && Segment.contains('}'))
    return pathError("'}' must close a whole segment; '" +
                     Segment.substr(Segment.find('}') + 1) + "' follows it in '" +
                     Segment + "'");
  if (Segment.contains('{'))
    return pathError("'{' must open a whole segment");
  if (Segment.contains('}'))
    return pathError("'}' must close a whole segment");
  for (char C : Segment)
    if (!isLiteralChar(C))
      return pathError("segment " + llvm::Twine(Index) + " '" + Segment +
                       "' contains " + quoteChar(C) +
                       "; API Gateway allows only letters, digits, '-', '.' "
                       "and '_' outside '{parameters}'");
  return llvm::Error::success();
}

/// `{name}` or `{name+}`; the caller has seen the braces at both ends.
static llvm::Expected<PathParam> parseParam(llvm::StringRef Segment,
                                            unsigned Index) {
  llvm::StringRef Inner = Segment.drop_front().drop_back();
  PathParam Param;
  if (Inner.contains('{') || Inner.contains('}'))
    return pathError("a segment holds at most one '{parameter}'");
  Param.Greedy = Inner.consume_back("+");
  if (Inner.empty())
    return pathError("segment " + llvm::Twine(Index) +
                     " has an empty parameter name");
  if (!isParamName(Inner))
    return pathError("'" + Inner +
                     "' is not a valid parameter name (letters, digits and "
                     "'_', not starting with a digit)");
  Param.Name = Inner.str();
  return Param;
}

/// One segment, added to `Result` when it is a parameter. `IsLast` because
/// only the last segment may be greedy.
static llvm::Error parseSegment(llvm::StringRef Segment, unsigned Index,
                                bool IsLast, PathTemplate &Result) {
  if (Segment.empty())
    return pathError("segment " + llvm::Twine(Index) + " is empty");
  bool IsParam =
      Segment.size() >= 2 && Segment.starts_with("{") && Segment.ends_with("}");
  if (!IsParam)
    return checkLiteral(Segment, Index);
  llvm::Expected<PathParam> Param = parseParam(Segment, Index);
  if (!Param)
    return Param.takeError();
  if (Param->Greedy && !IsLast)
    return pathError("'" + Segment + "' must be the last segment");
  bool Seen = llvm::any_of(Result.Params, [&](const PathParam &Other) {
    return Other.Name == Param->Name;
  });
  if (Seen)
    return pathError("parameter '" + Param->Name + "' appears twice");
  Result.Params.push_back(std::move(*Param));
  return llvm::Error::success();
}

llvm::Expected<PathTemplate> parsePath(std::string_view TextView) {
  llvm::StringRef Text(TextView.data(), TextView.size());
  if (Text.empty())
    return pathError("it is empty");
  if (!Text.starts_with("/"))
    return pathError("it must start with '/'");
  if (llvm::Error Err = checkNoQueryOrFragment(Text))
    return Err;

  PathTemplate Result;
  Result.Text = Text.str();
  if (Text == "/")
    return Result;
  if (Text.ends_with("/"))
    return pathError("it must not end with '/'");

  llvm::SmallVector<llvm::StringRef, 8> Segments;
  Text.drop_front().split(Segments, '/');
  for (auto [I, Segment] : llvm::enumerate(Segments)) {
    bool IsLast = I + 1 == Segments.size();
    if (llvm::Error Err = parseSegment(Segment, I + 1, IsLast, Result))
      return Err;
  }
  return Result;
}

std::vector<std::string> templateNames(std::string_view Text) {
  std::vector<std::string> Names;
  for (size_t Open = Text.find('{'); Open != std::string_view::npos;
       Open = Text.find('{', Open + 1)) {
    const size_t Close = Text.find('}', Open);
    if (Close == std::string_view::npos)
      break;
    if (Open == 0 || Text[Open - 1] != '$') {
      std::string_view Name = Text.substr(Open + 1, Close - Open - 1);
      if (!Name.empty() && Name.back() == '+')
        Name.remove_suffix(1);
      Names.emplace_back(Name);
    }
  }
  return Names;
}

} // namespace apigw
