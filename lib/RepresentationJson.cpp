//===- RepresentationJson.cpp - The plain model as JSON, both ways --------===//
//
// Every non-optional field is always written, even at its default, so that a
// reader can demand every key and a truncated or hand-edited file is caught.
//
//===----------------------------------------------------------------------===//
#include "RepresentationJson.h"
#include "JsonRead.h"
#include "Registry.h"

namespace apigw {

using nlohmann::json;

JsonReadError::JsonReadError(std::string Why)
    : Reason(std::move(Why)), Message(Reason) {}

JsonReadError JsonReadError::expected(std::string_view What, const json &Found) {
  return JsonReadError("expected " + std::string(What) + ", found " +
                       Found.type_name());
}

void JsonReadError::within(std::string_view Segment) {
  // "[0]" attaches to its array's key without a dot: Operations[0].Method.
  if (!Path.empty() && Path.front() != '[')
    Path.insert(0, ".");
  Path.insert(0, Segment);
  Message = Path + ": " + Reason;
}

//===- Enums --------------------------------------------------------------===//
//
// One switch per enum is the only list of names: -Wswitch flags a new
// enumerator here, and reading finds names by walking the enumerators from 0
// until enumName() returns null, so it cannot fall out of step.

static const char *enumName(Severity V) {
  switch (V) {
  case Severity::Note: return "Note";
  case Severity::Warning: return "Warning";
  case Severity::Error: return "Error";
  }
  return nullptr;
}

static const char *enumName(ParamIn V) {
  switch (V) {
  case ParamIn::Path: return "Path";
  case ParamIn::Query: return "Query";
  case ParamIn::Header: return "Header";
  }
  return nullptr;
}

static const char *enumName(ParamSource V) {
  switch (V) {
  case ParamSource::Path: return "Path";
  case ParamSource::Query: return "Query";
  case ParamSource::Header: return "Header";
  case ParamSource::Body: return "Body";
  case ParamSource::Context: return "Context";
  case ParamSource::Ignored: return "Ignored";
  }
  return nullptr;
}

static const char *enumName(AuthorizerKind V) {
  switch (V) {
  case AuthorizerKind::Cognito: return "Cognito";
  case AuthorizerKind::LambdaToken: return "LambdaToken";
  case AuthorizerKind::LambdaRequest: return "LambdaRequest";
  case AuthorizerKind::Iam: return "Iam";
  case AuthorizerKind::ApiKey: return "ApiKey";
  }
  return nullptr;
}

template <typename E> static void enumToJson(json &J, E V) {
  // A value outside the enum (a bad cast somewhere) is kept as a number,
  // which the reader then rejects, rather than aborting the writer.
  if (const char *Name = enumName(V))
    J = Name;
  else
    J = static_cast<int>(V);
}

template <typename E>
static void enumFromJson(const json &J, E &V, std::string_view EnumName) {
  if (!J.is_string())
    throw JsonReadError::expected("a string", J);
  const auto &Text = J.get_ref<const std::string &>();
  // Scoped enums have a fixed underlying type (int), so any int converts.
  for (int I = 0; const char *Name = enumName(static_cast<E>(I)); ++I) {
    if (Text == Name) {
      V = static_cast<E>(I);
      return;
    }
  }
  throw JsonReadError("unknown " + std::string(EnumName) + " \"" + Text + "\"");
}

void to_json(json &J, Severity V) { enumToJson(J, V); }
void from_json(const json &J, Severity &V) { enumFromJson(J, V, "Severity"); }
void to_json(json &J, ParamIn V) { enumToJson(J, V); }
void from_json(const json &J, ParamIn &V) { enumFromJson(J, V, "ParamIn"); }
void to_json(json &J, ParamSource V) { enumToJson(J, V); }
void from_json(const json &J, ParamSource &V) { enumFromJson(J, V, "ParamSource"); }
void to_json(json &J, AuthorizerKind V) { enumToJson(J, V); }
void from_json(const json &J, AuthorizerKind &V) {
  enumFromJson(J, V, "AuthorizerKind");
}

//===- Diagnostic.h -------------------------------------------------------===//

void to_json(json &J, const Location &V) {
  J = {{"File", V.File}, {"Line", V.Line}, {"Column", V.Column}};
}

void from_json(const json &J, Location &V) {
  expectJsonObject(J);
  readJsonField(J, "File", V.File);
  readJsonField(J, "Line", V.Line);
  readJsonField(J, "Column", V.Column);
}

// A note is a pair in C++ but an object on disk, so it can grow a field.
static void readJson(const json &J, std::pair<Location, std::string> &Note) {
  expectJsonObject(J);
  readJsonField(J, "Loc", Note.first);
  readJsonField(J, "Message", Note.second);
}

void to_json(json &J, const Diagnostic &V) {
  json Notes = json::array();
  for (const auto &[Loc, Message] : V.Notes)
    Notes.push_back({{"Loc", Loc}, {"Message", Message}});
  J = {{"Loc", V.Loc},
       {"Level", V.Level},
       {"Message", V.Message},
       {"Notes", std::move(Notes)}};
}

void from_json(const json &J, Diagnostic &V) {
  expectJsonObject(J);
  readJsonField(J, "Loc", V.Loc);
  readJsonField(J, "Level", V.Level);
  readJsonField(J, "Message", V.Message);
  readJsonField(J, "Notes", V.Notes);
}

//===- Representation.h ---------------------------------------------------===//

void to_json(json &J, const NameWord &V) {
  J = {{"Text", V.Text}, {"ModelId", V.ModelId}};
}

void from_json(const json &J, NameWord &V) {
  expectJsonObject(J);
  readJsonField(J, "Text", V.Text);
  readJsonField(J, "ModelId", V.ModelId);
}

void to_json(json &J, const Annotation &V) {
  J = {{"Key", V.Key}, {"Loc", V.Loc}};
  writeJsonField(J, "Value", V.Value);
}

void from_json(const json &J, Annotation &V) {
  expectJsonObject(J);
  readJsonField(J, "Key", V.Key);
  readJsonField(J, "Value", V.Value);
  readJsonField(J, "Loc", V.Loc);
}

void to_json(json &J, const Provenance::Key &V) {
  J = V.Written;
  J["Declaration"] = V.Declaration;
}

void from_json(const json &J, Provenance::Key &V) {
  expectJsonObject(J);
  readJsonField(J, "Declaration", V.Declaration);
  from_json(J, V.Written);
}

void to_json(json &J, const Provenance &V) {
  J = {{"Declarations", V.Declarations}, {"Keys", V.Keys}};
}

void from_json(const json &J, Provenance &V) {
  expectJsonObject(J);
  readJsonField(J, "Declarations", V.Declarations);
  readJsonField(J, "Keys", V.Keys);
}

void to_json(json &J, const ModelField &V) {
  J = {{"Member", V.Member},
       {"WireName", V.WireName},
       {"Type", V.Type},
       {"Optional", V.Optional}};
}

void from_json(const json &J, ModelField &V) {
  expectJsonObject(J);
  readJsonField(J, "Member", V.Member);
  readJsonField(J, "WireName", V.WireName);
  readJsonField(J, "Type", V.Type);
  readJsonField(J, "Optional", V.Optional);
}

void to_json(json &J, const ModelEnumerator &V) {
  J = {{"Name", V.Name}, {"Value", V.Value}};
}

void from_json(const json &J, ModelEnumerator &V) {
  expectJsonObject(J);
  readJsonField(J, "Name", V.Name);
  readJsonField(J, "Value", V.Value);
}

void to_json(json &J, const Model &V) {
  J = {{"Id", V.Id},
       {"UnqualifiedName", V.UnqualifiedName},
       {"ExplicitName", V.ExplicitName},
       {"TemplateId", V.TemplateId},
       {"Arguments", V.Arguments},
       {"Body", V.Body},
       {"CppName", V.CppName},
       {"Header", V.Header},
       {"Fields", V.Fields},
       {"Enumerators", V.Enumerators},
       {"Loc", V.Loc},
       {"From", V.From}};
}

void from_json(const json &J, Model &V) {
  expectJsonObject(J);
  readJsonField(J, "Id", V.Id);
  readJsonField(J, "UnqualifiedName", V.UnqualifiedName);
  readJsonField(J, "ExplicitName", V.ExplicitName);
  readJsonField(J, "TemplateId", V.TemplateId);
  readJsonField(J, "Arguments", V.Arguments);
  readJsonField(J, "Body", V.Body);
  readJsonField(J, "CppName", V.CppName);
  readJsonField(J, "Header", V.Header);
  readJsonField(J, "Fields", V.Fields);
  readJsonField(J, "Enumerators", V.Enumerators);
  readJsonField(J, "Loc", V.Loc);
  readJsonField(J, "From", V.From);
}

void to_json(json &J, const Parameter &V) {
  J = {{"Name", V.Name},
       {"In", V.In},
       {"Required", V.Required},
       {"Description", V.Description},
       {"Type", V.Type},
       {"Loc", V.Loc}};
}

void from_json(const json &J, Parameter &V) {
  expectJsonObject(J);
  readJsonField(J, "Name", V.Name);
  readJsonField(J, "In", V.In);
  readJsonField(J, "Required", V.Required);
  readJsonField(J, "Description", V.Description);
  readJsonField(J, "Type", V.Type);
  readJsonField(J, "Loc", V.Loc);
}

void to_json(json &J, const RequestBody &V) {
  J = {{"Type", V.Type},
       {"Required", V.Required},
       {"Description", V.Description},
       {"MediaType", V.MediaType}};
}

void from_json(const json &J, RequestBody &V) {
  expectJsonObject(J);
  readJsonField(J, "Type", V.Type);
  readJsonField(J, "Required", V.Required);
  readJsonField(J, "Description", V.Description);
  readJsonField(J, "MediaType", V.MediaType);
}

void to_json(json &J, const Response &V) {
  J = {{"Status", V.Status}, {"Description", V.Description}, {"MediaType", V.MediaType}};
  writeJsonField(J, "Body", V.Body);
}

void from_json(const json &J, Response &V) {
  expectJsonObject(J);
  readJsonField(J, "Status", V.Status);
  readJsonField(J, "Description", V.Description);
  readJsonField(J, "Body", V.Body);
  readJsonField(J, "MediaType", V.MediaType);
}

void to_json(json &J, const SecurityRequirement &V) {
  J = {{"Authorizer", V.Authorizer}, {"Scopes", V.Scopes}, {"Loc", V.Loc}};
}

void from_json(const json &J, SecurityRequirement &V) {
  expectJsonObject(J);
  readJsonField(J, "Authorizer", V.Authorizer);
  readJsonField(J, "Scopes", V.Scopes);
  readJsonField(J, "Loc", V.Loc);
}

void to_json(json &J, const RequestParameterMapping &V) {
  J = {{"Target", V.Target}, {"Source", V.Source}};
}

void from_json(const json &J, RequestParameterMapping &V) {
  expectJsonObject(J);
  readJsonField(J, "Target", V.Target);
  readJsonField(J, "Source", V.Source);
}

void to_json(json &J, const S3Object &V) { J = {{"Key", V.Key}}; }

void from_json(const json &J, S3Object &V) {
  expectJsonObject(J);
  readJsonField(J, "Key", V.Key);
}

void to_json(json &J, const DynamoDbItem &V) {
  J = {{"PartitionKey", V.PartitionKey},
       {"SortKey", V.SortKey},
       {"Fields", V.Fields},
       {"QueryExpression", V.QueryExpression}};
}

void from_json(const json &J, DynamoDbItem &V) {
  expectJsonObject(J);
  readJsonField(J, "PartitionKey", V.PartitionKey);
  readJsonField(J, "SortKey", V.SortKey);
  readJsonField(J, "Fields", V.Fields);
  readJsonField(J, "QueryExpression", V.QueryExpression);
}

void to_json(json &J, const MockResponse &V) {
  J = {{"Status", V.Status}, {"Body", V.Body}};
}

void from_json(const json &J, MockResponse &V) {
  expectJsonObject(J);
  readJsonField(J, "Status", V.Status);
  readJsonField(J, "Body", V.Body);
}

/// The alternative's name, and its fields under it; {} when there is none.
static const char *optionsName(const KindOptions &V) {
  static constexpr const char *Names[] = {"", "S3Object", "DynamoDbItem", "MockResponse"};
  static_assert(std::size(Names) == std::variant_size_v<KindOptions>);
  return Names[V.index()];
}

void to_json(json &J, const KindOptions &V) {
  J = json::object();
  std::visit(
      [&](const auto &Options) {
        if constexpr (!std::is_same_v<std::decay_t<decltype(Options)>, std::monostate>)
          J[optionsName(V)] = Options;
      },
      V);
}

/// Sets `V` to the alternative at `Index` and reads it from `J`.
template <size_t Index = 1> static void readOptions(const json &J, KindOptions &V) {
  if constexpr (Index < std::variant_size_v<KindOptions>) {
    KindOptions Candidate(std::in_place_index<Index>);
    if (J.contains(optionsName(Candidate))) {
      readJsonField(J, optionsName(Candidate), std::get<Index>(Candidate));
      V = std::move(Candidate);
      return;
    }
    readOptions<Index + 1>(J, V);
  } else {
    throw JsonReadError("unknown integration options " + J.dump());
  }
}

void from_json(const json &J, KindOptions &V) {
  expectJsonObject(J);
  if (J.empty())
    V = std::monostate{};
  else if (J.size() == 1)
    readOptions(J, V);
  else
    throw JsonReadError("integration options name more than one kind");
}

void to_json(json &J, const Integration &V) {
  J = {{"Kind", V.Kind},
       {"Target", V.Target},
       {"Credentials", V.Credentials},
       {"RequestTemplate", V.RequestTemplate},
       {"ResponseTemplate", V.ResponseTemplate},
       {"RequestParameters", V.RequestParameters},
       {"PassthroughBehavior", V.PassthroughBehavior},
       {"ContentHandling", V.ContentHandling},
       {"VpcLinkId", V.VpcLinkId},
       {"Options", V.Options}};
  writeJsonField(J, "TimeoutMs", V.TimeoutMs);
}

void from_json(const json &J, Integration &V) {
  expectJsonObject(J);
  readJsonField(J, "Kind", V.Kind);
  if (!findIntegrationKind(V.Kind)) {
    JsonReadError Error("unknown integration kind \"" + V.Kind + "\"");
    Error.within("Kind");
    throw Error;
  }
  readJsonField(J, "Target", V.Target);
  readJsonField(J, "Credentials", V.Credentials);
  readJsonField(J, "RequestTemplate", V.RequestTemplate);
  readJsonField(J, "ResponseTemplate", V.ResponseTemplate);
  readJsonField(J, "RequestParameters", V.RequestParameters);
  readJsonField(J, "TimeoutMs", V.TimeoutMs);
  readJsonField(J, "PassthroughBehavior", V.PassthroughBehavior);
  readJsonField(J, "ContentHandling", V.ContentHandling);
  readJsonField(J, "VpcLinkId", V.VpcLinkId);
  readJsonField(J, "Options", V.Options);
}

void to_json(json &J, const CppParameter &V) {
  J = {{"Name", V.Name},
       {"Type", V.Type},
       {"Source", V.Source},
       {"WireName", V.WireName}};
}

void from_json(const json &J, CppParameter &V) {
  expectJsonObject(J);
  readJsonField(J, "Name", V.Name);
  readJsonField(J, "Type", V.Type);
  readJsonField(J, "Source", V.Source);
  readJsonField(J, "WireName", V.WireName);
}

void to_json(json &J, const HandlerSignature &V) {
  J = {{"Name", V.Name},
       {"Header", V.Header},
       {"ReturnType", V.ReturnType},
       {"Parameters", V.Parameters}};
}

void from_json(const json &J, HandlerSignature &V) {
  expectJsonObject(J);
  readJsonField(J, "Name", V.Name);
  readJsonField(J, "Header", V.Header);
  readJsonField(J, "ReturnType", V.ReturnType);
  readJsonField(J, "Parameters", V.Parameters);
}

void to_json(json &J, const Operation &V) {
  J = {{"Method", V.Method},
       {"Path", V.Path},
       {"OperationId", V.OperationId},
       {"Summary", V.Summary},
       {"Description", V.Description},
       {"Tags", V.Tags},
       {"Deprecated", V.Deprecated},
       {"ApiKeyRequired", V.ApiKeyRequired},
       {"Parameters", V.Parameters},
       {"Responses", V.Responses},
       {"Validator", V.Validator},
       {"Target", V.Target},
       {"Handler", V.Handler},
       {"Loc", V.Loc},
       {"From", V.From}};
  writeJsonField(J, "Body", V.Body);
  writeJsonField(J, "Security", V.Security);
}

void from_json(const json &J, Operation &V) {
  expectJsonObject(J);
  readJsonField(J, "Method", V.Method);
  readJsonField(J, "Path", V.Path);
  readJsonField(J, "OperationId", V.OperationId);
  readJsonField(J, "Summary", V.Summary);
  readJsonField(J, "Description", V.Description);
  readJsonField(J, "Tags", V.Tags);
  readJsonField(J, "Deprecated", V.Deprecated);
  readJsonField(J, "ApiKeyRequired", V.ApiKeyRequired);
  readJsonField(J, "Parameters", V.Parameters);
  readJsonField(J, "Body", V.Body);
  readJsonField(J, "Responses", V.Responses);
  readJsonField(J, "Security", V.Security);
  readJsonField(J, "Validator", V.Validator);
  readJsonField(J, "Target", V.Target);
  readJsonField(J, "Handler", V.Handler);
  readJsonField(J, "Loc", V.Loc);
  readJsonField(J, "From", V.From);
}

void to_json(json &J, const Authorizer &V) {
  J = {{"Id", V.Id},
       {"Name", V.Name},
       {"Kind", V.Kind},
       {"ProviderArns", V.ProviderArns},
       {"FunctionUri", V.FunctionUri},
       {"RoleArn", V.RoleArn},
       {"HeaderNames", V.HeaderNames},
       {"QueryNames", V.QueryNames},
       {"ValidationExpression", V.ValidationExpression},
       {"TtlSeconds", V.TtlSeconds},
       {"Loc", V.Loc},
       {"From", V.From}};
}

void from_json(const json &J, Authorizer &V) {
  expectJsonObject(J);
  readJsonField(J, "Id", V.Id);
  readJsonField(J, "Name", V.Name);
  readJsonField(J, "Kind", V.Kind);
  readJsonField(J, "ProviderArns", V.ProviderArns);
  readJsonField(J, "FunctionUri", V.FunctionUri);
  readJsonField(J, "RoleArn", V.RoleArn);
  readJsonField(J, "HeaderNames", V.HeaderNames);
  readJsonField(J, "QueryNames", V.QueryNames);
  readJsonField(J, "ValidationExpression", V.ValidationExpression);
  readJsonField(J, "TtlSeconds", V.TtlSeconds);
  readJsonField(J, "Loc", V.Loc);
  readJsonField(J, "From", V.From);
}

void to_json(json &J, const ApiSettings &V) {
  J = {{"Title", V.Title},
       {"Version", V.Version},
       {"Description", V.Description},
       {"Servers", V.Servers},
       {"Validator", V.Validator},
       {"CorsOrigin", V.CorsOrigin},
       {"CorsHeaders", V.CorsHeaders},
       {"CorsMethods", V.CorsMethods},
       {"BinaryMediaTypes", V.BinaryMediaTypes},
       {"ApiKeySource", V.ApiKeySource},
       {"EndpointType", V.EndpointType},
       {"GatewayResponses", V.GatewayResponses},
       {"Loc", V.Loc},
       {"From", V.From}};
  writeJsonField(J, "Security", V.Security);
  writeJsonField(J, "MinimumCompressionSize", V.MinimumCompressionSize);
}

void from_json(const json &J, ApiSettings &V) {
  expectJsonObject(J);
  readJsonField(J, "Title", V.Title);
  readJsonField(J, "Version", V.Version);
  readJsonField(J, "Description", V.Description);
  readJsonField(J, "Servers", V.Servers);
  readJsonField(J, "Security", V.Security);
  readJsonField(J, "Validator", V.Validator);
  readJsonField(J, "CorsOrigin", V.CorsOrigin);
  readJsonField(J, "CorsHeaders", V.CorsHeaders);
  readJsonField(J, "CorsMethods", V.CorsMethods);
  readJsonField(J, "BinaryMediaTypes", V.BinaryMediaTypes);
  readJsonField(J, "ApiKeySource", V.ApiKeySource);
  readJsonField(J, "EndpointType", V.EndpointType);
  readJsonField(J, "MinimumCompressionSize", V.MinimumCompressionSize);
  readJsonField(J, "GatewayResponses", V.GatewayResponses);
  readJsonField(J, "Loc", V.Loc);
  readJsonField(J, "From", V.From);
}

void to_json(json &J, const ApiModel &V) {
  J = {{"Operations", V.Operations},
       {"Authorizers", V.Authorizers},
       {"Models", V.Models},
       {"Apis", V.Apis}};
}

void from_json(const json &J, ApiModel &V) {
  expectJsonObject(J);
  readJsonField(J, "Operations", V.Operations);
  readJsonField(J, "Authorizers", V.Authorizers);
  readJsonField(J, "Models", V.Models);
  readJsonField(J, "Apis", V.Apis);
}

} // namespace apigw
