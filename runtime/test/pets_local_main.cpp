// The pet API's local server: what a generated router's local program is.
#include <apigw/local_server.hpp>

int main(int argc, char** argv) { return apigw::run_local_server(apigw::routes(), argc, argv); }
