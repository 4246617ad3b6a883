//===- Representation.h - The API as plain data ---------------------------===//
//
// What the AST mapper produces and the emitters consume. Nothing here knows
// about Clang: one ApiModel is built per translation unit, the models of all
// units are merged (Merge.h), and the merged one is written (OpenApiEmitter.h).
//
//===----------------------------------------------------------------------===//
#pragma once

#include "model/Annotation.h"
#include "model/Diagnostic.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace apigw {

/// A JSON Schema (OpenAPI 3.0 flavour) with the full, public detail.
/// A reference to a model is written {"$ref": "<Model::Id>"}; the emitter turns
/// model ids into `#/components/schemas/<name>` once every model is known,
/// because a schema's name depends on the whole program (name clashes).
using Schema = nlohmann::json;

/// One word of a template specialisation's schema name, from one of its
/// template arguments: another model's schema name, settled with the whole
/// program's names (so qualified only when that model's name clashes), or a
/// word of its own (`Int`, `Vector`).
struct NameWord {
  std::string Text;    ///< The word; for a model, used when it is not in the document.
  std::string ModelId; ///< The model whose schema name this word is; empty for a word.

  friend bool operator==(const NameWord &, const NameWord &) = default;
};

/// What a route, model, authorizer or `api` variable was built from. A unit
/// sees only the declarations its #includes bring in: one that includes a
/// handler's header but not the .cpp file that defines it sees less of the
/// handler. The merge keeps the sighting that saw the most and checks that
/// the others agree with it on what they saw (Merge.h).
struct Provenance {
  /// Sorted: the redeclarations that carry annotations or define the entity,
  /// and the NLOHMANN_JSON_SERIALIZE_ENUM that gives an enum its values.
  std::vector<Location> Declarations;
  /// An annotation as one of `Declarations` (or a parameter of it) carries it.
  struct Key {
    Location Declaration;
    Annotation Written;
  };
  /// Sorted by declaration, then by place.
  std::vector<Key> Keys;
};

/// A JSON property of a class model, as C++ code reads and writes it.
struct ModelField {
  std::string Member;   ///< The C++ data member (a public base's, flattened).
  std::string WireName; ///< `json_name=`, else the member's name.
  std::string Type;     ///< The member's C++ type, fully qualified.
  bool Optional = false; ///< Not in the schema's `required`.

  friend bool operator==(const ModelField &, const ModelField &) = default;
};

/// One pair of an enum model's C++ and wire values.
struct ModelEnumerator {
  std::string Name;     ///< The enumerator, unqualified.
  nlohmann::json Value; ///< What it is on the wire: a string, or a table's value.

  friend bool operator==(const ModelEnumerator &, const ModelEnumerator &) = default;
};

/// A C++ class or enum that became a `components.schemas` entry.
struct Model {
  std::string Id;              ///< Stable key: the qualified name, `v2::Pet`, `Page<Pet>`.
  std::string UnqualifiedName; ///< `Pet`, `Page`; the schema name unless it clashes.
  std::string ExplicitName;    ///< From `name=` (or a named alias); wins when set.
  Schema Body;
  Location Loc;
  /// A class template specialisation's template, qualified (`shop::Page`);
  /// empty for other models. Its name is the template's, then `Arguments`.
  std::string TemplateId;
  std::vector<NameWord> Arguments;
  /// What generated code needs (docs/runtime.md, "What the scan records for
  /// code generation"): the type's spelling, valid in any namespace
  /// (`shop::Page<shop::Pet>`), the header that defines it (empty when that
  /// is the unit's main file), and its members or enumerators.
  std::string CppName;
  std::string Header;
  std::vector<ModelField> Fields;           ///< A class's JSON properties, in order.
  std::vector<ModelEnumerator> Enumerators; ///< An enum's; a table's pairs in its order.
  Provenance From;
};

enum class ParamIn { Path, Query, Header };

struct Parameter {
  std::string Name; ///< The wire name (`proxy` for a greedy `{proxy+}`).
  ParamIn In = ParamIn::Query;
  bool Required = false;
  std::string Description;
  Schema Type;
  Location Loc;
};

struct RequestBody {
  Schema Type;
  bool Required = true;
  std::string Description;
  std::string MediaType; ///< `request_content_type=`; "": application/json.
};

struct Response {
  std::string Status; ///< "200", "404", "default".
  std::string Description;
  std::optional<Schema> Body; ///< The content's schema, if any.
  std::string MediaType;      ///< `response_content_type=`; "": application/json.
};

/// One entry of an operation's `security` list (the entries are OR-ed).
struct SecurityRequirement {
  std::string Authorizer; ///< The authorizer variable's name.
  std::vector<std::string> Scopes;
  Location Loc;
};

struct RequestParameterMapping {
  std::string Target; ///< integration.request.header.X
  std::string Source; ///< method.request.path.id
};

/// `aws_s3_object_key=`: the object's key; empty: the route's path parameters.
struct S3Object {
  std::string Key;

  friend bool operator==(const S3Object &, const S3Object &) = default;
};

/// The `aws_dynamodb_*=` keys: the item's key patterns and request members.
struct DynamoDbItem {
  std::string PartitionKey;    ///< Empty: the first path parameter.
  std::string SortKey;         ///< Empty: none.
  std::string Fields;          ///< PutItem's further Item members; empty: the body.
  std::string QueryExpression; ///< Set: GET queries instead of getting one item.

  friend bool operator==(const DynamoDbItem &, const DynamoDbItem &) = default;
};

/// `mock_response=<status>[:<json body>]`.
struct MockResponse {
  int Status = 200;
  std::string Body; ///< As written after the ':'; empty: none.

  friend bool operator==(const MockResponse &, const MockResponse &) = default;
};

/// What only one kind of integration reads, already parsed.
using KindOptions = std::variant<std::monostate, S3Object, DynamoDbItem, MockResponse>;

/// The values of an operation's integration keys, already checked.
struct Integration {
  /// The name of a registered integration kind (integrations/Registry.h).
  std::string Kind = "LambdaProxy";
  /// The choosing key's value: an invocation URI (already wrapped when a
  /// bare Lambda ARN was given), a state machine ARN, a bucket, a table...
  std::string Target;
  std::string Credentials; ///< aws_iam_arn
  std::string RequestTemplate;
  std::string ResponseTemplate;
  std::vector<RequestParameterMapping> RequestParameters;
  std::optional<int> TimeoutMs;
  std::string PassthroughBehavior;
  std::string ContentHandling;
  std::string VpcLinkId;
  KindOptions Options;
};

/// Where a handler's C++ parameter gets its value: from the request
/// (path, query, header, body), from the runtime (`apigw::RequestContext`),
/// or from nowhere (`ignore`: its default argument).
enum class ParamSource { Path, Query, Header, Body, Context, Ignored };

/// One C++ parameter of a handler, as a generated call passes it.
struct CppParameter {
  std::string Name; ///< The C++ name; may be empty for Context and Ignored.
  std::string Type; ///< The C++ type as declared, fully qualified.
  ParamSource Source = ParamSource::Ignored;
  std::string WireName; ///< The path, query or header name; empty otherwise.
  bool HasDefault = false; ///< A declaration gives it a default argument.

  friend bool operator==(const CppParameter &, const CppParameter &) = default;
};

/// What generated code needs to call a handler (docs/runtime.md, "What the
/// scan records for code generation").
struct HandlerSignature {
  std::string Name;       ///< Fully qualified: `shop::pets::get_pet`.
  std::string Header;     ///< A declaring file other than the unit's main file; may be empty.
  std::string ReturnType; ///< Fully qualified: `std::vector<shop::Pet>`, `void`.
  std::vector<CppParameter> Parameters; ///< Every parameter, in order.

  friend bool operator==(const HandlerSignature &, const HandlerSignature &) = default;
};

struct Operation {
  std::string Method; ///< Lower case: get put post delete patch head options any.
  std::string Path;   ///< As written: `/files/{key+}`.
  std::string OperationId;
  std::string Summary;
  std::string Description;
  std::vector<std::string> Tags;
  bool Deprecated = false;
  bool ApiKeyRequired = false;
  std::vector<Parameter> Parameters;
  std::optional<RequestBody> Body;
  /// The success response first, then the extra documented ones.
  std::vector<Response> Responses;
  /// Unset: the API's default. Set and empty: `security=none`.
  std::optional<std::vector<SecurityRequirement>> Security;
  std::string Validator; ///< all | body | params | none | "" (API default).
  Integration Target;
  HandlerSignature Handler;
  Location Loc; ///< The handler's declaration: identity across units.
  Provenance From;
};

/// The success response's status: responses list it first.
inline std::string successStatus(const Operation &Op) {
  return Op.Responses.empty() ? "200" : Op.Responses.front().Status;
}

enum class AuthorizerKind { Cognito, LambdaToken, LambdaRequest, Iam, ApiKey };

struct Authorizer {
  std::string Id;   ///< The variable's name: what `security=` names.
  std::string Name; ///< Security scheme name (authorizer_name=, default Id).
  AuthorizerKind Kind = AuthorizerKind::Cognito;
  std::vector<std::string> ProviderArns; ///< Cognito user pools.
  std::string FunctionUri;               ///< Lambda authorizers, wrapped.
  std::string RoleArn;
  std::vector<std::string> HeaderNames;
  std::vector<std::string> QueryNames;
  std::string ValidationExpression;
  int TtlSeconds = 0;
  Location Loc;
  Provenance From;
};

/// The `api` variable's settings.
struct ApiSettings {
  std::string Title;
  std::string Version;
  std::string Description;
  std::vector<std::string> Servers;
  std::optional<std::vector<SecurityRequirement>> Security;
  std::string Validator;
  std::string CorsOrigin;
  std::vector<std::string> CorsHeaders;
  std::vector<std::string> CorsMethods;
  std::vector<std::string> BinaryMediaTypes;
  std::string ApiKeySource;
  std::string EndpointType;
  std::optional<int> MinimumCompressionSize;
  bool GatewayResponses = false;
  Location Loc;
  Provenance From;
};

/// Everything one translation unit (or, merged, the whole program) declares.
struct ApiModel {
  std::vector<Operation> Operations;
  std::vector<Authorizer> Authorizers;
  std::vector<Model> Models;
  std::vector<ApiSettings> Apis; ///< At most one after a clean merge.
};

} // namespace apigw
