#include "apigw/codec.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

namespace apigw {
namespace {

constexpr std::string_view alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// The 6-bit value of a base64 character, or -1.
int sextet(char c) {
  std::size_t position = alphabet.find(c);
  return position == std::string_view::npos ? -1 : static_cast<int>(position);
}

template <class Bytes>
std::string encode(const Bytes& bytes) {
  std::string text;
  text.reserve((bytes.size() + 2) / 3 * 4);
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    std::size_t count = std::min<std::size_t>(3, bytes.size() - i);
    std::uint32_t group = 0;
    for (std::size_t k = 0; k < 3; ++k) {
      group = (group << 8) | (k < count ? static_cast<std::uint8_t>(bytes[i + k]) : 0u);
    }
    for (std::size_t k = 0; k < 4; ++k) {
      text += k <= count ? alphabet[(group >> (18 - 6 * k)) & 0x3F] : '=';
    }
  }
  return text;
}

// Decodes one 4-character group into `out`; false when it is not valid
// (`last` says whether padding may appear).
bool decode_group(std::string_view group, bool last, std::string& out) {
  std::size_t padding = group[3] == '=' ? (group[2] == '=' ? 2 : 1) : 0;
  if (padding > 0 && !last) return false;
  std::uint32_t bits = 0;
  for (std::size_t k = 0; k < 4; ++k) {
    int value = k < 4 - padding ? sextet(group[k]) : 0;
    if (value < 0) return false;
    bits = (bits << 6) | static_cast<std::uint32_t>(value);
  }
  // The bits under the padding must be zero, or two texts would decode alike.
  if ((padding == 1 && (bits & 0xFF) != 0) || (padding == 2 && (bits & 0xFFFF) != 0)) return false;
  for (std::size_t k = 0; k < 3 - padding; ++k) out += static_cast<char>((bits >> (16 - 8 * k)) & 0xFF);
  return true;
}

using Clock = std::chrono::system_clock;

// Reads an RFC 3339 text from left to right; each step says whether it matched.
class Reader {
 public:
  explicit Reader(std::string_view text) : text_(text) {}

  bool at_end() const { return pos_ == text_.size(); }
  bool peek(char c) const { return pos_ < text_.size() && text_[pos_] == c; }

  // One of the characters of `one_of`.
  bool literal(std::string_view one_of) {
    if (pos_ >= text_.size() || one_of.find(text_[pos_]) == std::string_view::npos) return false;
    ++pos_;
    return true;
  }

  // Exactly `width` digits whose value lies in [min, max].
  bool number(std::size_t width, int min, int max, int& value) {
    if (pos_ + width > text_.size()) return false;
    value = 0;
    for (std::size_t i = 0; i < width; ++i) {
      char c = text_[pos_ + i];
      if (c < '0' || c > '9') return false;
      value = value * 10 + (c - '0');
    }
    pos_ += width;
    return value >= min && value <= max;
  }

  // ".digits" in the clock's ticks; digits past its precision are dropped.
  bool fraction(Clock::duration& value) {
    if (!literal(".")) return false;
    std::size_t start = pos_;
    Clock::rep ticks = 0;
    Clock::rep scale = Clock::duration::period::den;
    for (; pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9'; ++pos_) {
      if (scale >= 10) {
        scale /= 10;
        ticks += (text_[pos_] - '0') * scale;
      }
    }
    value = Clock::duration(ticks);
    return pos_ > start;
  }

  // "Z" or ±hh:mm, as minutes east of UTC.
  bool offset(int& minutes_east) {
    if (literal("Zz")) {
      minutes_east = 0;
      return true;
    }
    int sign = peek('-') ? -1 : 1;
    int hours = 0;
    int minutes = 0;
    if (!(literal("+-") && number(2, 0, 23, hours) && literal(":") && number(2, 0, 59, minutes))) return false;
    minutes_east = sign * (hours * 60 + minutes);
    return true;
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

}  // namespace

std::string base64_encode(std::string_view bytes) { return encode(bytes); }
std::string base64_encode(std::span<const std::uint8_t> bytes) { return encode(bytes); }

std::optional<std::string> base64_decode(std::string_view text) {
  if (text.size() % 4 != 0) return std::nullopt;
  std::string out;
  out.reserve(text.size() / 4 * 3);
  for (std::size_t i = 0; i < text.size(); i += 4) {
    if (!decode_group(text.substr(i, 4), i + 4 == text.size(), out)) return std::nullopt;
  }
  return out;
}

std::optional<std::vector<std::uint8_t>> base64_decode_bytes(std::string_view text) {
  std::optional<std::string> bytes = base64_decode(text);
  if (!bytes) return std::nullopt;
  return std::vector<std::uint8_t>(bytes->begin(), bytes->end());
}

std::string format_date_time(Clock::time_point instant) {
  using namespace std::chrono;
  sys_days day = floor<days>(instant);
  year_month_day date(day);
  hh_mm_ss<Clock::duration> time(instant - day);
  std::array<char, 64> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%04d-%02u-%02uT%02d:%02d:%02lld", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                static_cast<long long>(time.seconds().count()));
  std::string text = buffer.data();
  if (auto ticks = time.subseconds().count(); ticks != 0) {
    std::string digits = std::to_string(ticks);
    std::string padded = std::string(std::to_string(Clock::duration::period::den).size() - 1 - digits.size(), '0') + digits;
    padded.erase(padded.find_last_not_of('0') + 1);
    text += "." + padded;
  }
  return text + "Z";
}

std::optional<Clock::time_point> parse_date_time(std::string_view text) {
  using namespace std::chrono;
  Reader in(text);
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  if (!(in.number(4, 0, 9999, y) && in.literal("-") && in.number(2, 1, 12, mo) && in.literal("-") &&
        in.number(2, 1, 31, d) && in.literal("Tt") && in.number(2, 0, 23, h) && in.literal(":") &&
        in.number(2, 0, 59, mi) && in.literal(":") && in.number(2, 0, 59, s))) {
    return std::nullopt;
  }
  year_month_day date{year(y), month(static_cast<unsigned>(mo)), day(static_cast<unsigned>(d))};
  Clock::duration sub{};
  int offset = 0;
  if (!date.ok() || (in.peek('.') && !in.fraction(sub)) || !in.offset(offset) || !in.at_end()) return std::nullopt;
  return sys_days(date) + hours(h) + minutes(mi) + seconds(s) + sub - minutes(offset);
}

}  // namespace apigw
