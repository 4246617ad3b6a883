//===- TypeMapper.cpp -----------------------------------------------------===//
#include "map/TypeMapper.h"

#include "keys/Constraints.h"
#include "map/CppNames.h"
#include "map/DeclAnnotations.h"
#include "map/DocComment.h"
#include "map/ModelNames.h"
#include "map/SourceLocations.h"
#include "keys/Values.h"

#include <clang/AST/DeclCXX.h>
#include <clang/AST/DeclTemplate.h>

#include <limits>

namespace apigw {
namespace {

clang::QualType templateArg(const clang::ClassTemplateSpecializationDecl &Spec, unsigned I) {
  const clang::TemplateArgumentList &Args = Spec.getTemplateArgs();
  if (I >= Args.size() || Args[I].getKind() != clang::TemplateArgument::Type)
    return {};
  return Args[I].getAsType();
}

Schema integer(const char *Format) { return {{"type", "integer"}, {"format", Format}}; }

Schema boundedInteger(const char *Format, std::int64_t Min, std::int64_t Max) {
  Schema S = integer(Format);
  S["minimum"] = Min;
  S["maximum"] = Max;
  return S;
}

/// Integers by width and signedness: formats are int32/int64, and
/// a type narrower than its format says its own range.
Schema integerSchema(unsigned Bits, bool Signed) {
  if (Bits < 32) {
    const std::int64_t Max = Signed ? (std::int64_t{1} << (Bits - 1)) - 1 : (std::int64_t{1} << Bits) - 1;
    return boundedInteger("int32", Signed ? -Max - 1 : 0, Max);
  }
  if (Bits == 32)
    return Signed ? integer("int32") : boundedInteger("int64", 0, 4294967295);
  Schema S = integer("int64");
  if (!Signed)
    S["minimum"] = 0;
  return S;
}

bool isStringType(clang::QualType T) {
  T = T.getCanonicalType().getUnqualifiedType();
  const auto *RD = T->getAsCXXRecordDecl();
  if (!RD || !RD->isInStdNamespace())
    return false;
  return RD->getName() == "basic_string" || RD->getName() == "basic_string_view";
}

/// `std::vector<std::byte>` and `std::vector<std::uint8_t>` travel as
/// base64 strings.
bool isByteType(clang::QualType T) {
  T = T.getCanonicalType();
  if (const auto *ET = T->getAs<clang::EnumType>())
    return ET->getDecl()->isInStdNamespace() && ET->getDecl()->getName() == "byte";
  return T->isSpecificBuiltinType(clang::BuiltinType::UChar);
}

} // namespace

std::optional<MappedType> TypeMapper::map(clang::QualType T, clang::SourceLocation Where,
                                          const std::string &What) {
  return mapCanonical(T.getNonReferenceType().getCanonicalType().getUnqualifiedType(),
                      Use{Where, toLocation(Context.getSourceManager(), Where), What});
}

std::nullopt_t TypeMapper::unsupported(clang::QualType T, const Use &At, const std::string &Why) {
  std::string Message = "type '" + T.getAsString(Context.getPrintingPolicy()) + "' of " +
                        At.What + " has no JSON schema";
  if (!Why.empty())
    Message += " (" + Why + ")";
  Message += "; mark it 'ignore' if it is not part of the API";
  Diags.push_back({At.Loc, Severity::Error, std::move(Message), {}});
  return std::nullopt;
}

std::optional<MappedType> TypeMapper::mapCanonical(clang::QualType T, const Use &At) {
  T = T.getNonReferenceType().getCanonicalType().getUnqualifiedType();
  if (const auto *BT = T->getAs<clang::BuiltinType>())
    return mapBuiltin(*BT, At);
  if (T->isFunctionPointerType() || T->isMemberPointerType())
    return unsupported(T, At, "a function or member pointer");
  if (T->isPointerType()) {
    auto Pointee = mapCanonical(T->getPointeeType(), At);
    if (Pointee)
      Pointee->Optional = true;
    return Pointee;
  }
  if (const auto *ET = T->getAs<clang::EnumType>()) {
    if (isByteType(T))
      return MappedType{boundedInteger("int32", 0, 255)};
    return MappedType{mapEnum(T, *ET->getDecl())};
  }
  if (const auto *CAT = Context.getAsConstantArrayType(T))
    return mapConstantArray(*CAT, At);
  if (const auto *RD = T->getAsCXXRecordDecl())
    return mapRecordType(T, *RD, At);
  return unsupported(T, At);
}

std::optional<MappedType> TypeMapper::mapBuiltin(const clang::BuiltinType &T, const Use &At) {
  if (T.isBooleanType())
    return MappedType{{{"type", "boolean"}}};
  if (T.getKind() == clang::BuiltinType::Float)
    return MappedType{{{"type", "number"}, {"format", "float"}}};
  if (T.isFloatingPoint() && T.getKind() != clang::BuiltinType::Float128)
    return MappedType{{{"type", "number"}, {"format", "double"}}};
  clang::QualType QT(&T, 0);
  if (T.isInteger() && Context.getTypeSize(QT) <= 64)
    return MappedType{integerSchema(Context.getTypeSize(QT), T.isSignedInteger())};
  return unsupported(QT, At);
}

std::optional<MappedType> TypeMapper::mapConstantArray(const clang::ConstantArrayType &T,
                                                       const Use &At) {
  const std::uint64_t Size = T.getSize().getZExtValue();
  if (T.getElementType()->isCharType())
    // A C string buffer: up to Size - 1 characters before the terminator.
    return MappedType{{{"type", "string"}, {"maxLength", Size ? Size - 1 : 0}}};
  Schema Array = {{"type", "array"}, {"minItems", Size}, {"maxItems", Size}};
  return mapElements(T.getElementType(), std::move(Array), At);
}

std::optional<MappedType> TypeMapper::mapElements(clang::QualType Element, Schema Array,
                                                  const Use &At) {
  auto Items = mapCanonical(Element, At);
  if (!Items)
    return std::nullopt;
  Array["items"] = std::move(Items->Type);
  return MappedType{std::move(Array)};
}

std::optional<MappedType> TypeMapper::mapRecordType(clang::QualType T,
                                                    const clang::CXXRecordDecl &RD,
                                                    const Use &At) {
  const std::string Name = qualifiedName(RD);
  if (Name == "nlohmann::basic_json")
    return MappedType{Schema::object()}; // Any JSON value.
  if (const auto *Spec = llvm::dyn_cast<clang::ClassTemplateSpecializationDecl>(&RD))
    if (RD.isInStdNamespace() || llvm::StringRef(Name).starts_with("std::"))
      return mapStdTemplate(*Spec, Name, At);
  if (RD.isInStdNamespace())
    return unsupported(T, At);
  if (RD.isUnion())
    return unsupported(T, At, "a union");
  if (!complete(RD, At))
    return std::nullopt;
  if (!RD.hasDefinition())
    return unsupported(T, At, "an incomplete type");
  return MappedType{mapRecord(T, *RD.getDefinition())};
}

/// Function bodies are skipped, so a handler's `Page<Pet>` that only a
/// declaration names is a specialisation nobody has instantiated: Sema does
/// it here, as a use in the code would have. False when that fails: Clang
/// has reported why (a `static_assert` in the template), and the unit fails
/// with its errors.
bool TypeMapper::complete(const clang::CXXRecordDecl &RD, const Use &At) {
  const auto *Spec = llvm::dyn_cast<clang::ClassTemplateSpecializationDecl>(&RD);
  if (!Spec || RD.hasDefinition())
    return !RD.isInvalidDecl();
  clang::DiagnosticsEngine &Engine = Context.getDiagnostics();
  const unsigned ErrorsBefore = Engine.getNumErrors();
  (void)S.isCompleteType(At.Where, Context.getRecordType(&RD));
  return Engine.getNumErrors() == ErrorsBefore && !RD.isInvalidDecl();
}

std::optional<MappedType>
TypeMapper::mapStdTemplate(const clang::ClassTemplateSpecializationDecl &Spec,
                           const std::string &Name, const Use &At) {
  clang::QualType T(Spec.getTypeForDecl(), 0);
  clang::QualType First = templateArg(Spec, 0);
  if (Name == "std::basic_string" || Name == "std::basic_string_view")
    return MappedType{{{"type", "string"}}};
  if (Name == "std::optional" || Name == "std::unique_ptr" || Name == "std::shared_ptr") {
    auto Inner = mapCanonical(First, At);
    if (Inner)
      Inner->Optional = true;
    return Inner;
  }
  if (Name == "std::vector" && isByteType(First))
    return MappedType{{{"type", "string"}, {"format", "byte"}}};
  if (Name == "std::vector" || Name == "std::list" || Name == "std::deque" ||
      Name == "std::forward_list" || Name == "std::multiset" ||
      Name == "std::unordered_multiset")
    return mapElements(First, {{"type", "array"}}, At);
  if (Name == "std::set" || Name == "std::unordered_set")
    return mapElements(First, {{"type", "array"}, {"uniqueItems", true}}, At);
  if (Name == "std::array") {
    const std::uint64_t Size = Spec.getTemplateArgs()[1].getAsIntegral().getZExtValue();
    return mapElements(First, {{"type", "array"}, {"minItems", Size}, {"maxItems", Size}}, At);
  }
  if (Name == "std::map" || Name == "std::unordered_map")
    return mapStringMap(Spec, At);
  if (Name == "std::variant")
    return mapVariant(Spec, At);
  if (Name == "std::chrono::time_point") {
    const auto *Clock = First->getAsCXXRecordDecl();
    if (Clock && qualifiedName(*Clock) == "std::chrono::system_clock")
      return MappedType{{{"type", "string"}, {"format", "date-time"}}};
    return unsupported(T, At, "only std::chrono::system_clock time points are dates");
  }
  return unsupported(T, At);
}

std::optional<MappedType>
TypeMapper::mapStringMap(const clang::ClassTemplateSpecializationDecl &Spec, const Use &At) {
  if (!isStringType(templateArg(Spec, 0)))
    return unsupported(clang::QualType(Spec.getTypeForDecl(), 0), At,
                       "JSON object keys are strings; use a std::string key");
  auto Values = mapCanonical(templateArg(Spec, 1), At);
  if (!Values)
    return std::nullopt;
  return MappedType{{{"type", "object"}, {"additionalProperties", std::move(Values->Type)}}};
}

std::optional<MappedType>
TypeMapper::mapVariant(const clang::ClassTemplateSpecializationDecl &Spec, const Use &At) {
  Schema Alternatives = Schema::array();
  bool Nullable = false;
  for (const clang::TemplateArgument &Arg : Spec.getTemplateArgs()[0].pack_elements()) {
    const auto *RD = Arg.getAsType()->getAsCXXRecordDecl();
    if (RD && qualifiedName(*RD) == "std::monostate") {
      Nullable = true; // The empty alternative: the value may be null.
      continue;
    }
    auto Alternative = mapCanonical(Arg.getAsType(), At);
    if (!Alternative)
      return std::nullopt;
    Alternatives.push_back(std::move(Alternative->Type));
  }
  // `std::variant<std::monostate, T>` is an optional T that may be null.
  Schema S = Alternatives.size() == 1 ? std::move(Alternatives[0])
                                      : Schema{{"oneOf", std::move(Alternatives)}};
  if (Nullable)
    S["nullable"] = true;
  return MappedType{std::move(S)};
}

Schema TypeMapper::mapEnum(clang::QualType T, const clang::EnumDecl &ED) {
  const std::string Id = modelId(Context, T);
  EnumIds.insert(Id);
  if (!Started.insert(Id).second)
    return {{"$ref", Id}};
  Model M = namedModel(Context, T, ED);
  M.Body = enumValues(ED);
  M.Enumerators = enumerators(ED);
  M.Header = includableFile(ED.getDefinition() ? *ED.getDefinition() : ED);
  if (std::string Doc = docComment(ED); !Doc.empty())
    M.Body["description"] = Doc;
  M.Loc = toLocation(Context.getSourceManager(), ED.getLocation());
  M.From = provenanceOf(ED);
  // A unit that sees the mapping sees more of the enum than one that does not.
  if (auto Mapping = Serializations.macroUse(ED))
    addDeclaration(M.From, toLocation(Context.getSourceManager(), *Mapping));
  Models.push_back(std::move(M));
  return {{"$ref", Id}};
}

/// The enumerators' names (or `json_name=`), unless the code maps them with
/// NLOHMANN_JSON_SERIALIZE_ENUM: then the mapped values, since that is what
/// goes on the wire (a null value makes the schema nullable).
Schema TypeMapper::enumValues(const clang::EnumDecl &ED) {
  Schema Values = Schema::array();
  bool Nullable = false;
  if (const auto *Table = Serializations.find(ED)) {
    for (const EnumSerializations::Entry &E : *Table) {
      if (E.Value.is_null())
        Nullable = true;
      else if (std::find(Values.begin(), Values.end(), E.Value) == Values.end())
        Values.push_back(E.Value);
    }
  } else {
    for (const clang::EnumConstantDecl *C : ED.enumerators()) {
      if (hasKnownKey(readAnnotations(*C)))
        checkKeys(readAnnotations(*C), DeclKind::EnumConstant, Diags);
      Values.push_back(wireValue(*C));
    }
  }
  Schema Body = {{"enum", Values}};
  const bool Strings = std::all_of(Values.begin(), Values.end(),
                                   [](const Schema &V) { return V.is_string(); });
  const bool Integers = std::all_of(Values.begin(), Values.end(),
                                    [](const Schema &V) { return V.is_number_integer(); });
  if (Strings || Integers)
    Body["type"] = Strings ? "string" : "integer";
  if (Nullable)
    Body["nullable"] = true;
  return Body;
}

/// What generated (de)serializers must do: a table's pairs as the macro
/// lists them (nlohmann reads and writes the first pair that matches, and
/// the first pair for a value that none does), else each enumerator with its
/// wire name.
std::vector<ModelEnumerator> TypeMapper::enumerators(const clang::EnumDecl &ED) const {
  std::vector<ModelEnumerator> Pairs;
  if (const auto *Table = Serializations.find(ED)) {
    for (const EnumSerializations::Entry &E : *Table)
      Pairs.push_back({E.Enumerator, E.Value});
    return Pairs;
  }
  for (const clang::EnumConstantDecl *C : ED.enumerators())
    Pairs.push_back({C->getNameAsString(), wireValue(*C)});
  return Pairs;
}

nlohmann::json TypeMapper::wireValue(const clang::EnumConstantDecl &C) const {
  const auto *ED = llvm::cast<clang::EnumDecl>(C.getDeclContext());
  if (const auto *Table = Serializations.find(*ED))
    for (const EnumSerializations::Entry &E : *Table)
      if (E.Enumerator == C.getName())
        return E.Value;
  Annotations Keys = readAnnotations(C);
  const Annotation *JsonName = findKey(Keys, "json_name");
  return JsonName && JsonName->Value ? *JsonName->Value : C.getNameAsString();
}

Schema TypeMapper::mapRecord(clang::QualType T, const clang::CXXRecordDecl &RD) {
  const std::string Id = modelId(Context, T);
  if (!Started.insert(Id).second)
    return {{"$ref", Id}}; // Known, or recursion: a reference ends it.
  Annotations Keys = readAnnotations(RD);
  if (hasKnownKey(Keys))
    Keys = checkKeys(Keys, DeclKind::Record, Diags);
  Schema Body = {{"type", "object"}, {"properties", Schema::object()}};
  if (std::string Doc = docComment(RD); !Doc.empty())
    Body["description"] = Doc;
  for (const char *Key : {"title", "description"})
    if (const Annotation *A = findKey(Keys, Key))
      Body[Key] = *A->Value;
  if (const Annotation *A = findKey(Keys, "example")) {
    if (auto Example = parseJsonValue(*A->Value))
      Body["example"] = std::move(*Example);
    else
      Diags.push_back({A->Loc, Severity::Error,
                       "invalid value for 'example': " + llvm::toString(Example.takeError()), {}});
  }
  Model M = namedModel(Context, T, RD);
  M.Body = std::move(Body);
  addFields(RD, M);
  if (M.Body.contains("required"))
    std::sort(M.Body["required"].begin(), M.Body["required"].end());
  M.ExplicitName = valueOf(Keys, "name");
  M.Header = includableFile(RD);
  M.Loc = toLocation(Context.getSourceManager(), RD.getLocation());
  M.From = provenanceOf(RD);
  Models.push_back(std::move(M));
  return {{"$ref", Id}};
}

void TypeMapper::addFields(const clang::CXXRecordDecl &RD, Model &M) {
  // Base classes' members first, flattened: JSON has no inheritance, and
  // API Gateway's models do not support allOf composition well.
  for (const clang::CXXBaseSpecifier &Base : RD.bases())
    if (Base.getAccessSpecifier() == clang::AS_public)
      if (const auto *BaseRD = Base.getType()->getAsCXXRecordDecl())
        if (BaseRD->hasDefinition())
          addFields(*BaseRD->getDefinition(), M);
  for (const clang::FieldDecl *F : RD.fields())
    if (F->getAccess() == clang::AS_public && !F->isUnnamedBitField() && F->getIdentifier())
      addField(*F, M);
}

void TypeMapper::addField(const clang::FieldDecl &F, Model &M) {
  Annotations Keys = readAnnotations(F);
  if (hasKnownKey(Keys))
    Keys = checkKeys(Keys, DeclKind::Field, Diags);
  if (findKey(Keys, "ignore"))
    return;
  const std::string Owner = F.getParent()->getNameAsString();
  auto Mapped =
      map(F.getType(), F.getLocation(), "field '" + Owner + "::" + F.getNameAsString() + "'");
  if (!Mapped)
    return;
  if (std::string Doc = docComment(F); !Doc.empty())
    Mapped->Type["description"] = Doc;
  applyConstraints(Mapped->Type, Keys, Diags);
  const Annotation *JsonName = findKey(Keys, "json_name");
  const std::string Name = JsonName ? *JsonName->Value : F.getNameAsString();
  const bool Required =
      findKey(Keys, "required") || (!Mapped->Optional && !findKey(Keys, "optional"));
  if (Required)
    M.Body["required"].push_back(Name);
  M.Body["properties"][Name] = std::move(Mapped->Type);
  M.Fields.push_back({F.getNameAsString(), Name, cppTypeName(Context, F.getType()), !Required});
}

bool TypeMapper::isObjectLike(const Schema &S) const {
  if (S.contains("$ref"))
    return !EnumIds.count(S["$ref"].get<std::string>());
  const std::string Type = S.value("type", "");
  if (Type == "object")
    return true;
  return Type == "array" && S.contains("items") && isObjectLike(S["items"]);
}

} // namespace apigw
