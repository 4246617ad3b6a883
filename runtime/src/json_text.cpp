// JSON text written directly, byte for byte what nlohmann's compact dump with
// invalid UTF-8 replaced writes: every response's body and the response itself
// are written once per event, and nlohmann escapes a string byte by byte
// through a UTF-8 decoder where ASCII needs only its runs copied. The tests
// compare the bytes with nlohmann's (JsonTextTest, ProxyEventTest).
#include "apigw/json_text.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <string_view>
#include <utility>
#include <vector>

#include "apigw/proxy_event.hpp"

namespace apigw {
namespace {

std::string nlohmann_text(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The bytes a JSON string cannot hold as they are (quote, backslash, control
// characters), and those beyond ASCII, which nlohmann checks as UTF-8.
constexpr std::array<bool, 256> special_bytes = [] {
  std::array<bool, 256> special{};
  for (int c = 0; c < 256; ++c) special[c] = c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
  return special;
}();

// nlohmann's escape of an ASCII byte special_bytes lists.
void append_escape(std::string& out, unsigned char c) {
  switch (c) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    default: break;
  }
  std::array<char, 7> escape{};
  std::snprintf(escape.data(), escape.size(), "\\u%04x", static_cast<unsigned>(c));
  out.append(escape.data(), 6);
}

// A JSON string as nlohmann writes it: ASCII here, copying the runs that need
// no escape; text with any other byte through nlohmann, which checks its UTF-8
// and replaces what is invalid.
void append_string(std::string& out, std::string_view text) {
  const std::size_t start = out.size();
  out += '"';
  std::size_t run = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (!special_bytes[c]) continue;
    if (c >= 0x80) {
      out.resize(start);
      out += nlohmann_text(nlohmann::json(text));
      return;
    }
    out.append(text.substr(run, i - run));
    append_escape(out, c);
    run = i + 1;
  }
  out.append(text.substr(run)).push_back('"');
}

// A map's entries in byte order of their names, as a nlohmann object holds them
// (header maps are ordered without regard to case).
template <class Map>
std::vector<const typename Map::value_type*> in_byte_order(const Map& map) {
  std::vector<const typename Map::value_type*> entries;
  entries.reserve(map.size());
  for (const auto& entry : map) entries.push_back(&entry);
  std::sort(entries.begin(), entries.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
  return entries;
}

template <class Integer>
void append_integer(std::string& out, Integer number) {
  std::array<char, 24> digits{};
  auto end = std::to_chars(digits.data(), digits.data() + digits.size(), number).ptr;
  out.append(digits.data(), end);
}

void append_json(std::string& out, const nlohmann::json& value) {
  using Type = nlohmann::json::value_t;
  switch (value.type()) {
    case Type::object: {
      out += '{';
      bool first = true;
      for (const auto& [name, member] : value.get_ref<const nlohmann::json::object_t&>()) {
        if (!std::exchange(first, false)) out += ',';
        append_string(out, name);
        out += ':';
        append_json(out, member);
      }
      out += '}';
      return;
    }
    case Type::array: {
      out += '[';
      bool first = true;
      for (const nlohmann::json& item : value.get_ref<const nlohmann::json::array_t&>()) {
        if (!std::exchange(first, false)) out += ',';
        append_json(out, item);
      }
      out += ']';
      return;
    }
    case Type::string: append_string(out, value.get_ref<const std::string&>()); return;
    case Type::boolean: out += value.get<bool>() ? "true" : "false"; return;
    case Type::null: out += "null"; return;
    case Type::number_integer: append_integer(out, value.get<std::int64_t>()); return;
    case Type::number_unsigned: append_integer(out, value.get<std::uint64_t>()); return;
    default: out += nlohmann_text(value); return;  // floating point (its shortest form), binary
  }
}

void append_value(std::string& out, const std::string& text) { append_string(out, text); }

void append_value(std::string& out, const std::vector<std::string>& texts) {
  out += '[';
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (i != 0) out += ',';
    append_string(out, texts[i]);
  }
  out += ']';
}

template <class Map>
void append_object(std::string& out, const Map& map) {
  out += '{';
  bool first = true;
  for (const auto* entry : in_byte_order(map)) {
    if (!std::exchange(first, false)) out += ',';
    append_string(out, entry->first);
    out += ':';
    append_value(out, entry->second);
  }
  out += '}';
}

}  // namespace

std::string json_text(const nlohmann::json& value) {
  std::string out;
  append_json(out, value);
  return out;
}

std::string response_text(const ProxyResponse& response) {
  std::string out;
  out.reserve(response.body.size() + response.body.size() / 8 + 128);
  out += "{\"body\":";
  append_string(out, response.body);
  out += ",\"headers\":";
  append_object(out, response.headers);
  out += ",\"isBase64Encoded\":";
  out += response.is_base64_encoded ? "true" : "false";
  if (!response.multi_value_headers.empty()) {
    out += ",\"multiValueHeaders\":";
    append_object(out, response.multi_value_headers);
  }
  out += ",\"statusCode\":";
  out += std::to_string(response.status_code);
  out += '}';
  return out;
}

}  // namespace apigw
