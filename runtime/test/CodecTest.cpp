#include <apigw/codec.hpp>
#include <gtest/gtest.h>

namespace {

using namespace std::chrono;

TEST(Base64, Rfc4648TestVectors) {
  const std::pair<const char*, const char*> vectors[] = {
      {"", ""}, {"f", "Zg=="}, {"fo", "Zm8="}, {"foo", "Zm9v"}, {"foob", "Zm9vYg=="}, {"fooba", "Zm9vYmE="},
      {"foobar", "Zm9vYmFy"}};
  for (const auto& [bytes, text] : vectors) {
    EXPECT_EQ(apigw::base64_encode(std::string_view(bytes)), text);
    EXPECT_EQ(apigw::base64_decode(text), bytes);
  }
}

TEST(Base64, RoundTripsEveryByte) {
  std::string all;
  for (int i = 0; i < 256; ++i) all += static_cast<char>(i);
  for (std::size_t length = 0; length <= all.size(); length += 37) {
    std::string bytes = all.substr(0, length);
    EXPECT_EQ(apigw::base64_decode(apigw::base64_encode(bytes)), bytes) << length;
  }
  std::vector<std::uint8_t> vector = {0, 0xFB, 0xFF};
  EXPECT_EQ(apigw::base64_encode(std::span<const std::uint8_t>(vector)), "APv/");
  EXPECT_EQ(apigw::base64_decode_bytes("APv/"), vector);
}

TEST(Base64, DecodingIsStrict) {
  for (const char* text : {"Zg", "Zg=", "Zm9v\n", "Zm 9v", "Zm9v-_==", "Zg==Zg==", "=Zg=", "Zh==", "Zm9=", "Z===",
                           "Zm9vY===", "Zm9*"}) {
    EXPECT_EQ(apigw::base64_decode(text), std::nullopt) << text;
  }
  EXPECT_EQ(apigw::base64_decode_bytes("@@@@"), std::nullopt);
}

system_clock::time_point at(int y, unsigned mo, unsigned d, int h, int mi, int s) {
  return sys_days(year(y) / month(mo) / day(d)) + hours(h) + minutes(mi) + seconds(s);
}

TEST(DateTime, WritesUtcWithTheFractionItNeeds) {
  EXPECT_EQ(apigw::format_date_time(at(2024, 5, 1, 12, 30, 5)), "2024-05-01T12:30:05Z");
  EXPECT_EQ(apigw::format_date_time(at(2024, 5, 1, 12, 30, 5) + milliseconds(250)), "2024-05-01T12:30:05.25Z");
  EXPECT_EQ(apigw::format_date_time(at(1970, 1, 1, 0, 0, 0) + microseconds(1)), "1970-01-01T00:00:00.000001Z");
  EXPECT_EQ(apigw::format_date_time(at(1969, 12, 31, 23, 59, 59)), "1969-12-31T23:59:59Z");
  EXPECT_EQ(apigw::format_date_time(system_clock::time_point{}), "1970-01-01T00:00:00Z");
}

TEST(DateTime, ReadsOffsetsAndFractions) {
  EXPECT_EQ(apigw::parse_date_time("2024-05-01T12:30:05Z"), at(2024, 5, 1, 12, 30, 5));
  EXPECT_EQ(apigw::parse_date_time("2024-05-01t12:30:05z"), at(2024, 5, 1, 12, 30, 5));
  EXPECT_EQ(apigw::parse_date_time("2024-05-01T14:30:05+02:00"), at(2024, 5, 1, 12, 30, 5));
  EXPECT_EQ(apigw::parse_date_time("2024-05-01T00:00:00-05:30"), at(2024, 5, 1, 5, 30, 0));
  EXPECT_EQ(apigw::parse_date_time("2024-05-01T12:30:05.5Z"), at(2024, 5, 1, 12, 30, 5) + milliseconds(500));
  // Past the clock's nanoseconds, digits are dropped (truncation, not rounding).
  EXPECT_EQ(apigw::parse_date_time("2024-05-01T12:30:05.1234567899Z"), at(2024, 5, 1, 12, 30, 5) + nanoseconds(123456789));
  EXPECT_EQ(apigw::parse_date_time("2024-02-29T00:00:00Z"), at(2024, 2, 29, 0, 0, 0));
}

TEST(DateTime, RoundTrips) {
  for (auto instant : {at(2024, 5, 1, 12, 30, 5) + nanoseconds(1), at(1999, 12, 31, 23, 59, 59) + milliseconds(999),
                       at(2038, 1, 19, 3, 14, 8)}) {
    EXPECT_EQ(apigw::parse_date_time(apigw::format_date_time(instant)), instant);
  }
}

TEST(DateTime, RejectsWhatRfc3339DoesNot) {
  for (const char* text :
       {"", "2024-05-01", "2024-05-01T12:30Z", "2024-05-01T12:30:05", "2024-05-01 12:30:05Z", "2024-5-01T12:30:05Z",
        "2024-13-01T00:00:00Z", "2023-02-29T00:00:00Z", "2024-04-31T00:00:00Z", "2024-05-01T24:00:00Z",
        "2024-05-01T12:60:00Z", "2024-05-01T23:59:60Z", "2024-05-01T12:30:05.Z", "2024-05-01T12:30:05+0200",
        "2024-05-01T12:30:05+24:00", "2024-05-01T12:30:05ZZ", "2024-05-01T12:30:05 Z", "+2024-05-01T12:30:05Z"}) {
    EXPECT_EQ(apigw::parse_date_time(text), std::nullopt) << text;
  }
}

}  // namespace
