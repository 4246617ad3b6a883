// Force-included into every C++ example of the documentation (test/docs/run.js): the
// #include lines a page leaves out, so that an example can show only what it is about.
// Only the common ones: every header here is parsed again for each of the examples.
#pragma once
#include <apigw/annotations.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>
