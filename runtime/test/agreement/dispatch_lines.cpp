// Reads one API Gateway proxy event per line from stdin and writes what the
// generated router answers, one JSON response per line: the agreement test's
// way to drive apigw::handle() without a server.
#include <apigw/router.hpp>

#include <iostream>
#include <string>

int main() {
  std::string event;
  while (std::getline(std::cin, event)) std::cout << apigw::handle(event) << '\n';
  return std::cout.good() ? 0 : 1;
}
