//===- RepresentationJson.cpp - The plain model as JSON, both ways --------===//
//
// Every non-optional field is always written, even at its default, so that a
// reader can demand every key and a truncated or hand-edited file is caught.
//
//===----------------------------------------------------------------------===//
#include "model/RepresentationJson.h"
#include "model/JsonRead.h"
#include "integrations/Registry.h"

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

//===- One field list per struct ------------------------------------------===//
//
// Fields<T>::map names each field of T once, with its key, for both
// directions (as clang-doc's YAML MappingTraits do): JsonWriter writes what it
// is shown, JsonReader reads it, every key required but for std::optional
// fields, which are written only when set (JsonRead.h).

template <typename T> struct Fields;

namespace {

struct JsonWriter {
  json &Out;
  template <typename T> void field(const char *Key, const T &Value) { Out[Key] = Value; }
  template <typename T> void field(const char *Key, const std::optional<T> &Value) {
    writeJsonField(Out, Key, Value);
  }
};

struct JsonReader {
  const json &In;
  template <typename T> void field(const char *Key, T &Value) { readJsonField(In, Key, Value); }
};

template <typename T> void writeFields(json &J, const T &V) {
  J = json::object();
  JsonWriter Writer{J};
  Fields<T>::map(Writer, V);
}

template <typename T> void readFields(const json &J, T &V) {
  expectJsonObject(J);
  JsonReader Reader{J};
  Fields<T>::map(Reader, V);
}

} // namespace

#define APIGW_JSON_FIELDS(Type)                                                                    \
  void to_json(json &J, const Type &V) { writeFields(J, V); }                                      \
  void from_json(const json &J, Type &V) { readFields(J, V); }

//===- Diagnostic.h -------------------------------------------------------===//

template <> struct Fields<Location> {
  static void map(auto &Io, auto &V) {
    Io.field("File", V.File);
    Io.field("Line", V.Line);
    Io.field("Column", V.Column);
  }
};
APIGW_JSON_FIELDS(Location)

// A note is a pair in C++ but an object on disk, so it can grow a field.
static void to_json(json &J, const std::pair<Location, std::string> &Note) {
  J = {{"Loc", Note.first}, {"Message", Note.second}};
}

static void readJson(const json &J, std::pair<Location, std::string> &Note) {
  expectJsonObject(J);
  readJsonField(J, "Loc", Note.first);
  readJsonField(J, "Message", Note.second);
}

template <> struct Fields<Diagnostic> {
  static void map(auto &Io, auto &V) {
    Io.field("Loc", V.Loc);
    Io.field("Level", V.Level);
    Io.field("Message", V.Message);
    Io.field("Notes", V.Notes);
  }
};
APIGW_JSON_FIELDS(Diagnostic)

//===- Representation.h ---------------------------------------------------===//

template <> struct Fields<NameWord> {
  static void map(auto &Io, auto &V) {
    Io.field("Text", V.Text);
    Io.field("ModelId", V.ModelId);
  }
};
APIGW_JSON_FIELDS(NameWord)

template <> struct Fields<Annotation> {
  static void map(auto &Io, auto &V) {
    Io.field("Key", V.Key);
    Io.field("Value", V.Value);
    Io.field("Loc", V.Loc);
  }
};
APIGW_JSON_FIELDS(Annotation)

void to_json(json &J, const Provenance::Key &V) {
  J = V.Written;
  J["Declaration"] = V.Declaration;
}

void from_json(const json &J, Provenance::Key &V) {
  expectJsonObject(J);
  readJsonField(J, "Declaration", V.Declaration);
  from_json(J, V.Written);
}

template <> struct Fields<Provenance> {
  static void map(auto &Io, auto &V) {
    Io.field("Declarations", V.Declarations);
    Io.field("Keys", V.Keys);
  }
};
APIGW_JSON_FIELDS(Provenance)

template <> struct Fields<ModelField> {
  static void map(auto &Io, auto &V) {
    Io.field("Member", V.Member);
    Io.field("WireName", V.WireName);
    Io.field("Type", V.Type);
    Io.field("Optional", V.Optional);
  }
};
APIGW_JSON_FIELDS(ModelField)

template <> struct Fields<ModelEnumerator> {
  static void map(auto &Io, auto &V) {
    Io.field("Name", V.Name);
    Io.field("Value", V.Value);
  }
};
APIGW_JSON_FIELDS(ModelEnumerator)

template <> struct Fields<Model> {
  static void map(auto &Io, auto &V) {
    Io.field("Id", V.Id);
    Io.field("UnqualifiedName", V.UnqualifiedName);
    Io.field("ExplicitName", V.ExplicitName);
    Io.field("TemplateId", V.TemplateId);
    Io.field("Arguments", V.Arguments);
    Io.field("Body", V.Body);
    Io.field("CppName", V.CppName);
    Io.field("Header", V.Header);
    Io.field("Fields", V.Fields);
    Io.field("Enumerators", V.Enumerators);
    Io.field("Loc", V.Loc);
    Io.field("From", V.From);
  }
};
APIGW_JSON_FIELDS(Model)

template <> struct Fields<Parameter> {
  static void map(auto &Io, auto &V) {
    Io.field("Name", V.Name);
    Io.field("In", V.In);
    Io.field("Required", V.Required);
    Io.field("Description", V.Description);
    Io.field("Type", V.Type);
    Io.field("Loc", V.Loc);
  }
};
APIGW_JSON_FIELDS(Parameter)

template <> struct Fields<RequestBody> {
  static void map(auto &Io, auto &V) {
    Io.field("Type", V.Type);
    Io.field("Required", V.Required);
    Io.field("Description", V.Description);
    Io.field("MediaType", V.MediaType);
  }
};
APIGW_JSON_FIELDS(RequestBody)

template <> struct Fields<Response> {
  static void map(auto &Io, auto &V) {
    Io.field("Status", V.Status);
    Io.field("Description", V.Description);
    Io.field("Body", V.Body);
    Io.field("MediaType", V.MediaType);
  }
};
APIGW_JSON_FIELDS(Response)

template <> struct Fields<SecurityRequirement> {
  static void map(auto &Io, auto &V) {
    Io.field("Authorizer", V.Authorizer);
    Io.field("Scopes", V.Scopes);
    Io.field("Loc", V.Loc);
  }
};
APIGW_JSON_FIELDS(SecurityRequirement)

template <> struct Fields<RequestParameterMapping> {
  static void map(auto &Io, auto &V) {
    Io.field("Target", V.Target);
    Io.field("Source", V.Source);
  }
};
APIGW_JSON_FIELDS(RequestParameterMapping)

template <> struct Fields<S3Object> {
  static void map(auto &Io, auto &V) { Io.field("Key", V.Key); }
};
APIGW_JSON_FIELDS(S3Object)

template <> struct Fields<DynamoDbItem> {
  static void map(auto &Io, auto &V) {
    Io.field("PartitionKey", V.PartitionKey);
    Io.field("SortKey", V.SortKey);
    Io.field("Fields", V.Fields);
    Io.field("QueryExpression", V.QueryExpression);
  }
};
APIGW_JSON_FIELDS(DynamoDbItem)

template <> struct Fields<MockResponse> {
  static void map(auto &Io, auto &V) {
    Io.field("Status", V.Status);
    Io.field("Body", V.Body);
  }
};
APIGW_JSON_FIELDS(MockResponse)

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

template <> struct Fields<Integration> {
  static void map(auto &Io, auto &V) {
    Io.field("Kind", V.Kind);
    Io.field("Target", V.Target);
    Io.field("Credentials", V.Credentials);
    Io.field("RequestTemplate", V.RequestTemplate);
    Io.field("ResponseTemplate", V.ResponseTemplate);
    Io.field("RequestParameters", V.RequestParameters);
    Io.field("TimeoutMs", V.TimeoutMs);
    Io.field("PassthroughBehavior", V.PassthroughBehavior);
    Io.field("ContentHandling", V.ContentHandling);
    Io.field("VpcLinkId", V.VpcLinkId);
    Io.field("Options", V.Options);
  }
};

void to_json(json &J, const Integration &V) { writeFields(J, V); }

void from_json(const json &J, Integration &V) {
  readFields(J, V);
  if (!findIntegrationKind(V.Kind)) {
    JsonReadError Error("unknown integration kind \"" + V.Kind + "\"");
    Error.within("Kind");
    throw Error;
  }
}

template <> struct Fields<CppParameter> {
  static void map(auto &Io, auto &V) {
    Io.field("Name", V.Name);
    Io.field("Type", V.Type);
    Io.field("Source", V.Source);
    Io.field("WireName", V.WireName);
    Io.field("HasDefault", V.HasDefault);
  }
};
APIGW_JSON_FIELDS(CppParameter)

template <> struct Fields<HandlerSignature> {
  static void map(auto &Io, auto &V) {
    Io.field("Name", V.Name);
    Io.field("Header", V.Header);
    Io.field("ReturnType", V.ReturnType);
    Io.field("Parameters", V.Parameters);
  }
};
APIGW_JSON_FIELDS(HandlerSignature)

template <> struct Fields<Operation> {
  static void map(auto &Io, auto &V) {
    Io.field("Method", V.Method);
    Io.field("Path", V.Path);
    Io.field("OperationId", V.OperationId);
    Io.field("Summary", V.Summary);
    Io.field("Description", V.Description);
    Io.field("Tags", V.Tags);
    Io.field("Deprecated", V.Deprecated);
    Io.field("ApiKeyRequired", V.ApiKeyRequired);
    Io.field("Parameters", V.Parameters);
    Io.field("Body", V.Body);
    Io.field("Responses", V.Responses);
    Io.field("Security", V.Security);
    Io.field("Validator", V.Validator);
    Io.field("Target", V.Target);
    Io.field("Handler", V.Handler);
    Io.field("Loc", V.Loc);
    Io.field("From", V.From);
  }
};
APIGW_JSON_FIELDS(Operation)

template <> struct Fields<Authorizer> {
  static void map(auto &Io, auto &V) {
    Io.field("Id", V.Id);
    Io.field("Name", V.Name);
    Io.field("Kind", V.Kind);
    Io.field("ProviderArns", V.ProviderArns);
    Io.field("FunctionUri", V.FunctionUri);
    Io.field("RoleArn", V.RoleArn);
    Io.field("HeaderNames", V.HeaderNames);
    Io.field("QueryNames", V.QueryNames);
    Io.field("ValidationExpression", V.ValidationExpression);
    Io.field("TtlSeconds", V.TtlSeconds);
    Io.field("Loc", V.Loc);
    Io.field("From", V.From);
  }
};
APIGW_JSON_FIELDS(Authorizer)

template <> struct Fields<ApiSettings> {
  static void map(auto &Io, auto &V) {
    Io.field("Title", V.Title);
    Io.field("Version", V.Version);
    Io.field("Description", V.Description);
    Io.field("Servers", V.Servers);
    Io.field("Security", V.Security);
    Io.field("Validator", V.Validator);
    Io.field("CorsOrigin", V.CorsOrigin);
    Io.field("CorsHeaders", V.CorsHeaders);
    Io.field("CorsMethods", V.CorsMethods);
    Io.field("BinaryMediaTypes", V.BinaryMediaTypes);
    Io.field("ApiKeySource", V.ApiKeySource);
    Io.field("EndpointType", V.EndpointType);
    Io.field("MinimumCompressionSize", V.MinimumCompressionSize);
    Io.field("GatewayResponses", V.GatewayResponses);
    Io.field("Loc", V.Loc);
    Io.field("From", V.From);
  }
};
APIGW_JSON_FIELDS(ApiSettings)

template <> struct Fields<ApiModel> {
  static void map(auto &Io, auto &V) {
    Io.field("Operations", V.Operations);
    Io.field("Authorizers", V.Authorizers);
    Io.field("Models", V.Models);
    Io.field("Apis", V.Apis);
  }
};
APIGW_JSON_FIELDS(ApiModel)

} // namespace apigw
