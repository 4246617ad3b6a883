// A local dispatcher: routes "METHOD /path" requests to the handlers the way
// API Gateway does once the generated OpenAPI document is imported.
//
//   petstore                                  runs a short demo session
//   petstore GET '/pets?limit=2'              one request
//   petstore POST /pets '{"name": "Rex"}'     one request with a JSON body
//   petstore -H 'X-Partner-Key: pk_live_7c1f9a' GET /store/inventory

#include <petstore/handlers/orders.hpp>
#include <petstore/handlers/pets.hpp>
#include <petstore/handlers/users.hpp>
#include <petstore/http.hpp>

#include <nlohmann/json.hpp>

#include <functional>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace petstore;
using nlohmann::json;

namespace {

struct Request {
  std::string method;
  std::string path;
  std::map<std::string, std::string> query;
  std::map<std::string, std::string> headers;
  json body;
  std::map<std::string, std::string> params; ///< From the path template.
  RequestContext ctx;

  std::optional<std::string> query_param(const std::string &name) const {
    auto it = query.find(name);
    return it == query.end() ? std::nullopt : std::optional(it->second);
  }
  std::optional<std::string> header(const std::string &name) const {
    auto it = headers.find(name);
    return it == headers.end() ? std::nullopt : std::optional(it->second);
  }
  std::int64_t int_param(const std::string &name) const {
    try {
      return std::stoll(params.at(name));
    } catch (const std::exception &) {
      throw HttpError(400, name + " must be an integer");
    }
  }
};

struct Response {
  int status = 200;
  json body; ///< null: no content.
};

struct Route {
  std::string method; ///< ANY matches every method.
  std::string path;
  std::function<Response(const Request &)> handler;
};

std::vector<std::string> split(std::string_view text, char sep) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in{std::string(text)};
  while (std::getline(in, part, sep))
    if (!part.empty())
      parts.push_back(part);
  return parts;
}

/// Matches `path` against a template such as `/pets/{pet_id}` or
/// `/legacy/users/{proxy+}`, filling `params`.
bool match(const std::string &pattern, const std::string &path,
           std::map<std::string, std::string> &params) {
  std::vector<std::string> want = split(pattern, '/'), got = split(path, '/');
  params.clear();
  for (std::size_t i = 0; i < want.size(); ++i) {
    const std::string &segment = want[i];
    bool is_param = segment.front() == '{' && segment.back() == '}';
    if (is_param && segment[segment.size() - 2] == '+') { // greedy, last
      if (i >= got.size())
        return false;
      std::string rest = got[i];
      for (std::size_t j = i + 1; j < got.size(); ++j)
        rest += "/" + got[j];
      params[segment.substr(1, segment.size() - 3)] = rest;
      return true;
    }
    if (i >= got.size())
      return false;
    if (is_param)
      params[segment.substr(1, segment.size() - 2)] = got[i];
    else if (segment != got[i])
      return false;
  }
  return want.size() == got.size();
}

template <typename T> Response ok(const T &value, int status = 200) {
  return {status, compact(json(value))};
}

std::vector<Route> routes() {
  return {
      {"GET", "/pets",
       [](const Request &r) {
         std::optional<PetStatus> status;
         if (auto s = r.query_param("status"))
           status = json(*s).get<PetStatus>();
         std::int32_t limit = 20;
         if (auto l = r.query_param("limit"))
           limit = std::stoi(*l);
         return ok(list_pets(status, limit, r.query_param("next_token")));
       }},
      {"GET", "/pets/findByTags",
       [](const Request &r) {
         return ok(find_pets_by_tags(split(r.query_param("tags").value_or(""), ',')));
       }},
      {"GET", "/pets/{pet_id}",
       [](const Request &r) { return ok(get_pet(r.int_param("pet_id"), r.header("X-Request-Id"))); }},
      {"HEAD", "/pets/{pet_id}",
       [](const Request &r) {
         pet_exists(r.int_param("pet_id"));
         return Response{200, nullptr};
       }},
      {"POST", "/pets", [](const Request &r) { return ok(create_pet(r.body.get<NewPet>()), 201); }},
      {"POST", "/pets/batch",
       [](const Request &r) { return ok(import_pets(r.body.get<std::vector<NewPet>>())); }},
      {"PUT", "/pets/{pet_id}",
       [](const Request &r) { return ok(update_pet(r.int_param("pet_id"), r.body.get<NewPet>())); }},
      {"DELETE", "/pets/{pet_id}",
       [](const Request &r) {
         delete_pet(r.int_param("pet_id"));
         return Response{204, nullptr};
       }},
      {"POST", "/store/orders",
       [](const Request &r) {
         auto key = r.header("Idempotency-Key");
         if (!key)
           throw HttpError(400, "the Idempotency-Key header is required");
         return ok(place_order(r.body.get<OrderRequest>(), *key, r.ctx));
       }},
      {"GET", "/store/orders/{order_id}",
       [](const Request &r) { return ok(get_order(r.params.at("order_id"))); }},
      {"DELETE", "/store/orders/{order_id}",
       [](const Request &r) {
         cancel_order(r.params.at("order_id"), r.ctx);
         return Response{204, nullptr};
       }},
      {"POST", "/store/orders/{order_id}/refund",
       [](const Request &r) {
         return ok(refund_order(r.params.at("order_id"), r.body.get<RefundRequest>()));
       }},
      {"GET", "/store/inventory", [](const Request &) { return ok(get_inventory()); }},
      {"POST", "/users", [](const Request &r) { return ok(create_user(r.body.get<NewUser>()), 201); }},
      {"GET", "/users/{username}", [](const Request &r) { return ok(get_user(r.params.at("username"))); }},
      {"PATCH", "/users/{username}",
       [](const Request &r) {
         return ok(update_user(r.params.at("username"), r.body.get<UserPatch>()));
       }},
      {"ANY", "/legacy/users/{proxy+}",
       [](const Request &r) { return ok(legacy_users(r.params.at("proxy"))); }},
  };
}

/// The identity an authorizer would have put in the request context.
RequestContext identify(const Request &r) {
  if (auto key = r.header("X-Partner-Key"))
    if (AuthDecision d = authorize_partner(r.headers, r.query); d.allow)
      return d.context;
  if (auto bearer = r.header("Authorization"))
    if (AuthDecision d = authorize_legacy_token(*bearer); d.allow)
      return d.context;
  RequestContext customer; // As if Cognito had signed "alice" in.
  customer.principal_id = "alice";
  customer.scopes = {"pets/read", "pets/write", "orders/read", "orders/write"};
  return customer;
}

Response dispatch(Request request) {
  if (auto q = request.path.find('?'); q != std::string::npos) {
    for (const std::string &pair : split(request.path.substr(q + 1), '&')) {
      auto eq = pair.find('=');
      request.query[pair.substr(0, eq)] = eq == std::string::npos ? "" : pair.substr(eq + 1);
    }
    request.path.erase(q);
  }
  request.ctx = identify(request);
  if (auto id = request.header("X-Request-Id"))
    request.ctx.request_id = *id;

  bool path_known = false;
  for (const Route &route : routes()) {
    if (!match(route.path, request.path, request.params))
      continue;
    path_known = true;
    if (route.method != "ANY" && route.method != request.method)
      continue;
    try {
      return route.handler(request);
    } catch (const HttpError &e) {
      return {e.status(), {{"message", e.what()}}};
    } catch (const json::exception &e) {
      return {400, {{"message", std::string("invalid request: ") + e.what()}}};
    } catch (const std::exception &e) {
      return {400, {{"message", e.what()}}};
    }
  }
  return path_known ? Response{405, {{"message", "method not allowed"}}}
                    : Response{404, {{"message", "no such resource"}}};
}

Response run(const std::string &method, const std::string &path, const std::string &body = "",
             std::map<std::string, std::string> headers = {}) {
  Request request;
  request.method = method;
  request.path = path;
  request.headers = std::move(headers);
  if (!body.empty())
    request.body = json::parse(body);
  std::cout << "> " << method << ' ' << path << '\n';
  Response response = dispatch(std::move(request));
  std::cout << "< " << response.status << '\n';
  if (!response.body.is_null())
    std::cout << response.body.dump(2) << '\n';
  return response;
}

int demo() {
  std::cout << "# a short session with the pet store API\n";
  run("POST", "/pets",
      R"({"name": "Rex", "category_id": 2, "photoUrls": ["https://example.com/rex.jpg"],
          "tags": [{"id": 1, "name": "good-boy"}], "weight_kg": 8.5, "vaccinated": true})");
  run("POST", "/pets", R"({"name": "Tom", "category_id": 3, "attributes": {"colour": "grey"}})");
  run("GET", "/pets?limit=1");
  run("GET", "/pets/findByTags?tags=good-boy");
  run("POST", "/users", R"({"username": "alice", "email": "alice@example.com"})");
  run("POST", "/store/orders",
      R"({"pet_id": 1, "quantity": 1, "coupon_code": "WELCOME",
          "shipping_address": {"street": "1 Main St", "city": "Lisbon",
                               "postal_code": "1000-001", "country": "PT"}})",
      {{"Idempotency-Key", "demo-1"}});
  run("GET", "/store/inventory", "", {{"X-Partner-Key", "pk_live_7c1f9a"}});
  run("GET", "/legacy/users/profile/alice", "", {{"Authorization", "Bearer legacy-token-1"}});
  run("DELETE", "/store/orders/ord-1");
  run("GET", "/pets/99");
  return 0;
}

} // namespace

int main(int argc, char **argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  std::map<std::string, std::string> headers;
  while (args.size() >= 2 && args[0] == "-H") {
    auto colon = args[1].find(':');
    if (colon == std::string::npos) {
      std::cerr << "petstore: -H takes 'Name: value'\n";
      return 2;
    }
    std::string value = args[1].substr(colon + 1);
    value.erase(0, value.find_first_not_of(' '));
    headers[args[1].substr(0, colon)] = value;
    args.erase(args.begin(), args.begin() + 2);
  }
  if (args.empty())
    return demo();
  if (args.size() > 3) {
    std::cerr << "usage: petstore [-H 'Name: value']... [METHOD PATH [JSON BODY]]\n";
    return 2;
  }
  try {
    Response response = run(args[0], args.size() > 1 ? args[1] : "/",
                            args.size() > 2 ? args[2] : "", headers);
    return response.status < 400 ? 0 : 1;
  } catch (const json::exception &e) {
    std::cerr << "petstore: bad JSON body: " << e.what() << '\n';
    return 2;
  }
}
