// Text forms of the values JSON has no type for: bytes (`format: byte`, base64)
// and instants (`format: date-time`, RFC 3339).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace apigw {

// Standard alphabet (RFC 4648 §4) with '=' padding.
std::string base64_encode(std::string_view bytes);
std::string base64_encode(std::span<const std::uint8_t> bytes);
// Strict: the length is a multiple of 4, padding only at the end, no
// whitespace, no URL-safe characters, unused bits zero. std::nullopt otherwise.
std::optional<std::string> base64_decode(std::string_view text);
std::optional<std::vector<std::uint8_t>> base64_decode_bytes(std::string_view text);

// RFC 3339 in UTC: "2024-05-01T12:30:05Z", with as many fraction digits as the
// instant needs ("...05.25Z") and none when it falls on a whole second.
std::string format_date_time(std::chrono::system_clock::time_point instant);
// RFC 3339 date-time: "T" (or "t"), seconds required, an optional fraction
// (digits past the clock's precision are truncated), "Z"/"z" or ±hh:mm. Leap
// seconds (":60") are rejected: system_clock does not count them.
std::optional<std::chrono::system_clock::time_point> parse_date_time(std::string_view text);

}  // namespace apigw
