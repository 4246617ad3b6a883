// `sam local start-api` for this API: the generated router behind a local
// HTTP server on 127.0.0.1:3000 (docs/runtime.md, "The local server").
#include <apigw/local_server.hpp>

int main(int argc, char **argv) { return apigw::run_local_server(apigw::routes(), argc, argv); }
