// The local server: cpp-httplib in, apigw::dispatch out.
#include "apigw/local_server.hpp"

#include <httplib.h>

#include <fstream>
#include <iostream>
#include <mutex>
#include <stdexcept>
#include <string_view>

#include "apigw/codec.hpp"
#include "apigw/local_event.hpp"
#include "apigw/resource_matcher.hpp"
#include "apigw/responses.hpp"
#include "apigw/validation.hpp"

namespace apigw {
namespace {

bool is_claims_header(std::string_view name) {
  CaseInsensitiveLess less;
  return !less(name, local_claims_header) && !less(local_claims_header, name);
}

// cpp-httplib files the peer's address among the headers; it is not one.
bool is_httplib_pseudo_header(std::string_view name) {
  return name == "REMOTE_ADDR" || name == "REMOTE_PORT" || name == "LOCAL_ADDR" || name == "LOCAL_PORT";
}

LocalHttpRequest to_local_request(const httplib::Request& http) {
  LocalHttpRequest request{http.method, http.path, {}, {}, http.body, http.remote_addr};
  for (const auto& [name, value] : http.headers) {
    if (!is_claims_header(name) && !is_httplib_pseudo_header(name)) request.headers.emplace_back(name, value);
  }
  // Not http.params: cpp-httplib drops a repeated name=value pair, API Gateway keeps it.
  if (std::size_t mark = http.target.find('?'); mark != std::string::npos) {
    request.query = parse_query_string(std::string_view(http.target).substr(mark + 1));
  }
  return request;
}

void write_response(const ProxyResponse& response, httplib::Response& http) {
  http.status = response.status_code;
  for (const auto& [name, value] : response.headers) http.set_header(name, value);
  for (const auto& [name, values] : response.multi_value_headers) {
    if (response.headers.count(name) != 0) continue;  // the single value wins, as in the event
    for (const std::string& value : values) http.set_header(name, value);
  }
  std::optional<std::string> bytes =
      response.is_base64_encoded ? base64_decode(response.body) : std::optional<std::string>(response.body);
  if (!bytes) {
    // API Gateway answers 502 to a proxy response it cannot decode.
    write_response(message_response(502, "Internal server error"), http);
    return;
  }
  http.body = std::move(*bytes);
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::invalid_argument("cannot read " + path);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string describe(const Route& route) {
  if (std::holds_alternative<RouteHandler>(route.target)) return "function";
  if (std::holds_alternative<MockResponse>(route.target)) return "mock";
  return std::get<OtherIntegration>(route.target).name + " integration (answers 501 locally)";
}

}  // namespace

struct LocalServer::Impl {
  Impl(const RouteTable& table, LocalServerOptions options)
      : table(table), options(std::move(options)), matcher(table.resources()) {}

  void answer(const httplib::Request& http, httplib::Response& response) const;

  const RouteTable& table;
  LocalServerOptions options;
  ResourceMatcher matcher;
  httplib::Server server;
  mutable std::mutex dispatch_mutex;
};

void LocalServer::Impl::answer(const httplib::Request& http, httplib::Response& response) const {
  nlohmann::json authorizer = options.authorizer;
  if (auto claims = http.get_header_value(std::string(local_claims_header)); !claims.empty()) {
    std::optional<nlohmann::json> parsed = parse_local_claims(claims);
    if (!parsed) {
      write_response(message_response(400, std::string(local_claims_header) + " must be a JSON object"), response);
      return;
    }
    authorizer = std::move(*parsed);
  }
  LocalHttpRequest request = to_local_request(http);
  ProxyRequest event = make_proxy_request(request, matcher.match(request.path), table, {options.stage},
                                          authorizer, make_request_id());
  nlohmann::json event_json(event);  // through JSON, as a Lambda would see it
  nlohmann::json result;
  {
    // Lambda hands a process one event at a time, and handlers may rely on it
    // (the example's in-memory store does): so do cpp-httplib's worker threads.
    std::lock_guard lock(dispatch_mutex);
    result = dispatch(table, event_json);
  }
  write_response(result.get<ProxyResponse>(), response);
}

LocalServer::LocalServer(const RouteTable& table, LocalServerOptions options)
    : impl_(std::make_unique<Impl>(table, std::move(options))) {
  auto answer = [this](const httplib::Request& request, httplib::Response& response) {
    impl_->answer(request, response);
  };
  const std::string any_path = ".*";
  impl_->server.Get(any_path, answer)
      .Post(any_path, answer)
      .Put(any_path, answer)
      .Patch(any_path, answer)
      .Delete(any_path, answer)
      .Options(any_path, answer);
}

LocalServer::~LocalServer() = default;

int LocalServer::bind() {
  const LocalServerOptions& options = impl_->options;
  if (options.port == 0) return impl_->server.bind_to_any_port(options.host);
  return impl_->server.bind_to_port(options.host, options.port) ? options.port : -1;
}

void LocalServer::serve() { impl_->server.listen_after_bind(); }

void LocalServer::stop() { impl_->server.stop(); }

LocalServerOptions parse_local_server_options(int argc, const char* const* argv) {
  LocalServerOptions options;
  for (int i = 1; i < argc; ++i) {
    std::string_view option = argv[i];
    if (i + 1 >= argc) throw std::invalid_argument(std::string(option) + " needs a value");
    std::string value = argv[++i];
    if (option == "--host") {
      options.host = value;
    } else if (option == "--port") {
      std::optional<int> port = parse_text<int>(value);
      if (!port || *port < 0 || *port > 65535) throw std::invalid_argument("--port must be a number from 0 to 65535");
      options.port = *port;
    } else if (option == "--stage") {
      options.stage = value;
    } else if (option == "--authorizer-file") {
      std::optional<nlohmann::json> authorizer = parse_local_claims(read_file(value));
      if (!authorizer) throw std::invalid_argument(value + " must hold a JSON object");
      options.authorizer = std::move(*authorizer);
    } else {
      throw std::invalid_argument("unknown option " + std::string(option) +
                                  " (expected --host, --port, --stage, --authorizer-file)");
    }
  }
  return options;
}

void print_local_server_banner(std::ostream& out, const RouteTable& table, const LocalServerOptions& options,
                               int port) {
  out << "apigw local server on http://" << options.host << ":" << port << " (stage \"" << options.stage << "\")\n";
  for (const Route* route : table.all_routes()) {
    out << "  " << route->method << " " << route->resource << " -> " << describe(*route) << "\n";
  }
  out << "Authorizers are not enforced locally. Pass a request's requestContext.authorizer as a JSON object in the "
      << local_claims_header << " header, or for every request with --authorizer-file <file.json>.\n"
      << std::flush;
}

int run_local_server(const RouteTable& table, int argc, const char* const* argv) {
  LocalServerOptions options;
  try {
    options = parse_local_server_options(argc, argv);
  } catch (const std::invalid_argument& error) {
    std::cerr << "apigw local server: error: " << error.what() << "\n";
    return 2;
  }
  LocalServer server(table, options);
  int port = server.bind();
  if (port < 0) {
    std::cerr << "apigw local server: error: cannot listen on " << options.host << ":" << options.port << "\n";
    return 2;
  }
  print_local_server_banner(std::cout, table, options, port);
  server.serve();
  return 0;
}

}  // namespace apigw
