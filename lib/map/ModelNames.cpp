//===- ModelNames.cpp -----------------------------------------------------===//
#include "map/ModelNames.h"

#include "map/CppNames.h"
#include "model/SchemaNames.h"

#include <clang/AST/DeclTemplate.h>
#include <clang/AST/PrettyPrinter.h>
#include <llvm/ADT/StringExtras.h>

namespace apigw {
namespace {

/// The words that `T`, a template argument, adds to a specialisation's name.
class ArgumentWords {
public:
  explicit ArgumentWords(clang::ASTContext &Context) : Context(Context) {}

  /// Each argument of `Spec` but those left to their defaults (a vector's
  /// allocator, a map's comparison): `Page<std::vector<Pet>>` is `Page`,
  /// `Vector`, `Pet`.
  void addArguments(const clang::ClassTemplateSpecializationDecl &Spec) {
    const clang::TemplateParameterList *Params =
        Spec.getSpecializedTemplate()->getTemplateParameters();
    llvm::ArrayRef<clang::TemplateArgument> Args = Spec.getTemplateArgs().asArray();
    for (unsigned I = 0; I < Args.size(); ++I)
      if (I >= Params->size() ||
          !clang::isSubstitutedDefaultArgument(Context, Args[I], Params->getParam(I), Args,
                                               Params->getDepth()))
        add(Args[I]);
  }

  std::vector<NameWord> Words;

private:
  void add(const clang::TemplateArgument &Arg) {
    switch (Arg.getKind()) {
    case clang::TemplateArgument::Type:
      return add(Arg.getAsType());
    case clang::TemplateArgument::Pack:
      for (const clang::TemplateArgument &Element : Arg.pack_elements())
        add(Element);
      return;
    case clang::TemplateArgument::Integral:
      return word(llvm::toString(Arg.getAsIntegral(), 10));
    default: {
      std::string Text;
      llvm::raw_string_ostream OS(Text);
      Arg.print(Context.getPrintingPolicy(), OS, /*IncludeType=*/false);
      return word(Text);
    }
    }
  }

  void add(clang::QualType T) {
    T = T.getCanonicalType().getUnqualifiedType();
    const clang::TagDecl *Tag = T->getAsTagDecl();
    if (!Tag)
      return word(T.getAsString(Context.getPrintingPolicy()));
    if (Tag->isInStdNamespace() &&
        (Tag->getName() == "basic_string" || Tag->getName() == "basic_string_view"))
      return word("string");
    ArgumentWords Own(Context);
    Own.word(Tag->getName());
    if (const auto *Spec = llvm::dyn_cast<clang::ClassTemplateSpecializationDecl>(Tag))
      Own.addArguments(*Spec);
    if (!isModel(*Tag)) {
      Words.insert(Words.end(), Own.Words.begin(), Own.Words.end());
      return;
    }
    // A model is one word: its schema name, or, when it is not in the
    // document after all, its words here.
    std::string Text;
    for (const NameWord &W : Own.Words)
      Text += W.Text;
    Words.push_back({Text, modelId(Context, T)});
  }

  void word(llvm::StringRef Text) { Words.push_back({alphanumericName(Text), ""}); }

  /// What the type mapper makes a model of: user classes and enums.
  static bool isModel(const clang::TagDecl &Tag) {
    return !Tag.isInStdNamespace() && !Tag.isUnion() &&
           qualifiedName(Tag) != "nlohmann::basic_json";
  }

  clang::ASTContext &Context;
};

} // namespace

std::string qualifiedName(const clang::NamedDecl &D) {
  clang::PrintingPolicy Policy(D.getASTContext().getLangOpts());
  Policy.SuppressInlineNamespace = true;
  std::string Name;
  llvm::raw_string_ostream OS(Name);
  D.printQualifiedName(OS, Policy);
  return Name;
}

std::string modelId(const clang::ASTContext &Context, clang::QualType T) {
  clang::PrintingPolicy Policy(Context.getLangOpts());
  Policy.SuppressTagKeyword = true;
  Policy.FullyQualifiedName = true;
  Policy.SuppressInlineNamespace = true;
  Policy.SuppressUnwrittenScope = true;
  Policy.PrintCanonicalTypes = true;
  return T.getCanonicalType().getUnqualifiedType().getAsString(Policy);
}

Model namedModel(clang::ASTContext &Context, clang::QualType T, const clang::NamedDecl &D) {
  Model M;
  M.Id = modelId(Context, T);
  // From the canonical type: the sugar a unit reached it through (an alias)
  // differs between units, the model does not.
  M.CppName = cppTypeName(Context, T.getCanonicalType().getUnqualifiedType());
  M.UnqualifiedName = D.getNameAsString();
  if (const auto *Spec = llvm::dyn_cast<clang::ClassTemplateSpecializationDecl>(&D)) {
    M.TemplateId = qualifiedName(*Spec->getSpecializedTemplate());
    ArgumentWords Arguments(Context);
    Arguments.addArguments(*Spec);
    M.Arguments = std::move(Arguments.Words);
  }
  return M;
}

} // namespace apigw
