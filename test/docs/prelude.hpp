// Force-included into every C++ example of the documentation (test/docs/run.js): the
// #include lines a page leaves out, so that an example can show only what it is about.
#pragma once
#include <apigw/annotations.hpp>

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>
