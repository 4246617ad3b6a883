//===- EnumSerializations.cpp ---------------------------------------------===//
#include "map/EnumSerializations.h"

#include "map/SourceLocations.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/DeclTemplate.h>
#include <clang/Lex/LiteralSupport.h>
#include <clang/Lex/MacroArgs.h>
#include <clang/Lex/PPCallbacks.h>

namespace apigw {
namespace {

std::string tableKey(const clang::SourceManager &SM, clang::SourceLocation Loc) {
  auto [File, Offset] = SM.getDecomposedLoc(SM.getExpansionLoc(Loc));
  auto Entry = SM.getFileEntryRefForID(File);
  if (!Entry)
    return {};
  return lexicalPath(SM.getFileManager().getVirtualFileSystem(), Entry->getName()) + ':' +
         std::to_string(Offset);
}

} // namespace

/// Reads the pairs `{E::a, "A"}` out of the macro's variadic argument.
class EnumSerializationRecorder : public clang::PPCallbacks {
public:
  EnumSerializationRecorder(clang::Preprocessor &PP, EnumSerializations &Into)
      : PP(PP), Into(Into) {}

  void MacroExpands(const clang::Token &Name, const clang::MacroDefinition &,
                    clang::SourceRange Range, const clang::MacroArgs *Args) override {
    const clang::IdentifierInfo *Id = Name.getIdentifierInfo();
    if (!Id || Id->getName() != "NLOHMANN_JSON_SERIALIZE_ENUM" || !Args ||
        Args->getNumMacroArguments() < 2)
      return;
    std::vector<EnumSerializations::Entry> Table = readPairs(Args->getUnexpArgument(1));
    std::string Key = tableKey(PP.getSourceManager(), Range.getBegin());
    if (!Table.empty() && !Key.empty())
      Into.Tables[Key] = std::move(Table);
  }

private:
  /// Tokens `{ {E::a, "A"}, {E::b, nullptr} }`: for each inner brace pair, the
  /// last identifier before the comma and the literal after it.
  std::vector<EnumSerializations::Entry> readPairs(const clang::Token *Tok) {
    std::vector<EnumSerializations::Entry> Table;
    int Depth = 0;
    std::string Enumerator;
    std::vector<clang::Token> Value;
    bool InValue = false;
    for (; Tok->isNot(clang::tok::eof); ++Tok) {
      if (Tok->is(clang::tok::l_brace)) {
        ++Depth;
        Enumerator.clear();
        Value.clear();
        InValue = false;
      } else if (Tok->is(clang::tok::r_brace)) {
        if (Depth-- == 2 && !Enumerator.empty())
          if (auto Json = literal(Value))
            Table.push_back({Enumerator, std::move(*Json)});
      } else if (Depth == 2 && Tok->is(clang::tok::comma)) {
        InValue = true;
      } else if (Depth == 2 && InValue) {
        Value.push_back(*Tok);
      } else if (Depth == 2 && Tok->is(clang::tok::identifier)) {
        Enumerator = Tok->getIdentifierInfo()->getName().str();
      }
    }
    return Table;
  }

  /// A string literal (adjacent ones concatenated), number, boolean or
  /// nullptr, as nlohmann::json would store it.
  std::optional<nlohmann::json> literal(const std::vector<clang::Token> &Tokens) {
    if (Tokens.empty())
      return std::nullopt;
    const clang::Token &First = Tokens.front();
    if (First.is(clang::tok::kw_nullptr))
      return nlohmann::json(nullptr);
    if (First.is(clang::tok::kw_true) || First.is(clang::tok::kw_false))
      return nlohmann::json(First.is(clang::tok::kw_true));
    if (clang::tok::isStringLiteral(First.getKind())) {
      clang::StringLiteralParser Parser(Tokens, PP);
      if (Parser.hadError)
        return std::nullopt;
      return nlohmann::json(Parser.GetString().str());
    }
    if (First.is(clang::tok::numeric_constant) || First.is(clang::tok::minus)) {
      std::string Text;
      for (const clang::Token &T : Tokens)
        Text += PP.getSpelling(T);
      return nlohmann::json::parse(Text, nullptr, /*allow_exceptions=*/false);
    }
    return std::nullopt;
  }

  clang::Preprocessor &PP;
  EnumSerializations &Into;
};

void EnumSerializations::attach(clang::Preprocessor &PP) {
  PP.addPPCallbacks(std::make_unique<EnumSerializationRecorder>(PP, *this));
}

namespace {

/// The `to_json` template the macro defined for `ED`: in the enum's
/// namespace, its second parameter `const E &`.
const clang::FunctionTemplateDecl *serializer(const clang::EnumDecl &ED) {
  clang::ASTContext &Context = ED.getASTContext();
  const clang::DeclContext *Namespace = ED.getDeclContext()->getEnclosingNamespaceContext();
  const clang::QualType Enum = Context.getCanonicalType(Context.getEnumType(&ED));
  for (const clang::NamedDecl *D : Namespace->lookup(&Context.Idents.get("to_json"))) {
    const auto *Template = llvm::dyn_cast<clang::FunctionTemplateDecl>(D);
    if (!Template || Template->getTemplatedDecl()->getNumParams() != 2)
      continue;
    clang::QualType Param = Template->getTemplatedDecl()->getParamDecl(1)->getType();
    if (Context.getCanonicalType(Param.getNonReferenceType().getUnqualifiedType()) == Enum)
      return Template;
  }
  return nullptr;
}

} // namespace

const std::vector<EnumSerializations::Entry> *
EnumSerializations::find(const clang::EnumDecl &ED) const {
  const clang::FunctionTemplateDecl *Template = serializer(ED);
  if (!Template || !Template->getLocation().isMacroID())
    return nullptr;
  auto It = Tables.find(tableKey(ED.getASTContext().getSourceManager(), Template->getLocation()));
  return It == Tables.end() ? nullptr : &It->second;
}

std::optional<clang::SourceLocation>
EnumSerializations::macroUse(const clang::EnumDecl &ED) const {
  if (!find(ED))
    return std::nullopt;
  return serializer(ED)->getLocation();
}

void to_json(nlohmann::json &J, const EnumSerializations::Entry &E) {
  J = {{"Enumerator", E.Enumerator}, {"Value", E.Value}};
}

void from_json(const nlohmann::json &J, EnumSerializations::Entry &E) {
  J.at("Enumerator").get_to(E.Enumerator);
  E.Value = J.at("Value");
}

} // namespace apigw
