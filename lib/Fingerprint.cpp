//===- Fingerprint.cpp - Canonical text of a declaration ------------------===//
#include "Fingerprint.h"

#include <type_traits>

namespace apigw {

namespace {

using nlohmann::json;

// Each struct becomes a JSON array of its fields in declaration order; the
// overloads below only have to say how one field type is written.
json field(const std::string &S) { return S; }
json field(const json &J) { return J; }
json field(bool B) { return B; }
json field(int I) { return I; }
json field(const Location &L) {
  return json::array({L.File, L.Line, L.Column});
}
template <typename Enum, std::enable_if_t<std::is_enum_v<Enum>, int> = 0>
json field(Enum E) {
  return static_cast<int>(E);
}
json field(const Parameter &P);
json field(const RequestBody &B);
json field(const Response &R);
json field(const SecurityRequirement &S);
json field(const RequestParameterMapping &M);
json field(const Integration &I);
template <typename T> json field(const std::optional<T> &O);
template <typename T> json field(const std::vector<T> &V);

template <typename T> json field(const std::optional<T> &O) {
  return O ? json::array({field(*O)}) : json::array();
}
template <typename T> json field(const std::vector<T> &V) {
  json A = json::array();
  for (const T &Item : V)
    A.push_back(field(Item));
  return A;
}
json field(const std::map<std::string, std::string> &M) { return json(M); }

template <typename... Ts> json fields(const Ts &...Values) {
  return json::array({field(Values)...});
}

/// The canonical text. Annotation values and doc comments may hold bytes that
/// are not UTF-8 (a Latin-1 source file); they become U+FFFD, as in the
/// written document, instead of an exception that would end the process.
std::string text(const json &Fields) {
  return Fields.dump(-1, ' ', /*ensure_ascii=*/false,
                     json::error_handler_t::replace);
}

json field(const Parameter &P) {
  return fields(P.Name, P.In, P.Required, P.Description, P.Type, P.Loc);
}
json field(const RequestBody &B) {
  return fields(B.Type, B.Required, B.Description);
}
json field(const Response &R) {
  return fields(R.Status, R.Description, R.Body);
}
json field(const SecurityRequirement &S) {
  return fields(S.Authorizer, S.Scopes, S.Loc);
}
json field(const RequestParameterMapping &M) {
  return fields(M.Target, M.Source);
}
json field(const Integration &I) {
  return fields(I.Kind, I.Target, I.Credentials, I.RequestTemplate,
                I.ResponseTemplate, I.RequestParameters, I.TimeoutMs,
                I.PassthroughBehavior, I.ContentHandling, I.VpcLinkId,
                I.ServiceOptions);
}

} // namespace

std::string fingerprint(const Operation &Op) {
  return text(fields(Op.Method, Op.Path, Op.OperationId, Op.Summary,
                     Op.Description, Op.Tags, Op.Deprecated, Op.ApiKeyRequired,
                     Op.Parameters, Op.Body, Op.Responses, Op.Security,
                     Op.Validator, Op.Target, Op.Loc));
}

std::string fingerprint(const Authorizer &A) {
  return text(fields(A.Id, A.Name, A.Kind, A.ProviderArns, A.FunctionUri,
                     A.RoleArn, A.HeaderNames, A.QueryNames,
                     A.ValidationExpression, A.TtlSeconds, A.Loc));
}

std::string fingerprint(const ApiSettings &A) {
  return text(fields(A.Title, A.Version, A.Description, A.Servers, A.Security,
                     A.Validator, A.CorsOrigin, A.CorsHeaders, A.CorsMethods,
                     A.BinaryMediaTypes, A.ApiKeySource, A.EndpointType,
                     A.MinimumCompressionSize, A.GatewayResponses, A.Loc));
}

std::string fingerprint(const Model &M) {
  return text(fields(M.Id, M.UnqualifiedName, M.ExplicitName, M.Body));
}

} // namespace apigw
