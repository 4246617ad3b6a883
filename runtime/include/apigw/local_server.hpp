// A local HTTP server over a route table: `sam local start-api` for C++. Each
// request becomes the REST proxy event API Gateway would send and is answered
// by apigw::dispatch. Authorizers are not enforced; claims come from the
// X-Apigw-Local-Claims header or --authorizer-file (docs/runtime.md).
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include "apigw/router.hpp"

namespace apigw {

struct LocalServerOptions {
  std::string host = "127.0.0.1";
  int port = 3000;  // 0: any free port
  std::string stage = "local";
  // requestContext.authorizer of requests without an X-Apigw-Local-Claims header.
  nlohmann::json authorizer;
};

class LocalServer {
 public:
  LocalServer(const RouteTable& table, LocalServerOptions options);
  ~LocalServer();
  LocalServer(const LocalServer&) = delete;
  LocalServer& operator=(const LocalServer&) = delete;

  // Binds the socket; returns the port (the chosen one for port 0), or -1.
  int bind();
  // Serves until stop(); call after bind().
  void serve();
  // Thread-safe; serve() returns soon after. cpp-httplib ignores a stop that
  // comes before serve() has started listening: stop a server once it answers.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Reads --host, --port, --stage and --authorizer-file <json file>; throws
// std::invalid_argument with a one-line message for anything else.
LocalServerOptions parse_local_server_options(int argc, const char* const* argv);

// What the local server says at start-up: where it listens, each route, and
// that authorizers are not enforced locally.
void print_local_server_banner(std::ostream& out, const RouteTable& table, const LocalServerOptions& options,
                               int port);

// A whole local server program: options, banner, serve. Returns the exit
// status (2 for a usage error). A generated router's local main calls
// `return apigw::run_local_server(apigw::routes(), argc, argv);`.
int run_local_server(const RouteTable& table, int argc, const char* const* argv);

}  // namespace apigw
