// Customers.
#pragma once

#include <apigw/annotations.hpp>
#include <petstore/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace petstore {

/// Contact and notification preferences.
struct Preferences {
  bool newsletter = false;
  /// BCP 47 language tag such as `en` or `pt-BR`.
  std::string language APIGW_PATTERN("^[a-z]{2}(-[A-Z]{2})?$") = "en";
  /// Per-channel switches: `email`, `sms`, `push`.
  std::map<std::string, bool> notifications;
};

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Preferences, newsletter, language, notifications)

/// A customer of the store.
struct User {
  std::string username APIGW_PATTERN("^[a-z0-9_]{3,32}$");
  std::string email APIGW_MAX_LENGTH(254) APIGW_PATTERN(R"(^[^@\s]+@[^@\s]+$)");
  std::optional<std::string> phone APIGW_PATTERN(R"(^\+[0-9]{6,15}$)");
  /// `customer`, `staff` or `partner`.
  std::vector<std::string> roles;
  Preferences preferences;
  /// Sign-up time, in Unix seconds.
  std::int64_t created_at = 0;
  std::int32_t order_count APIGW_MIN(0) = 0;
};

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(User, username, email, phone, roles, preferences,
                                                created_at, order_count)

/// What a new customer sends to sign up.
struct NewUser {
  std::string username APIGW_PATTERN("^[a-z0-9_]{3,32}$");
  std::string email APIGW_MAX_LENGTH(254) APIGW_PATTERN(R"(^[^@\s]+@[^@\s]+$)");
  std::optional<std::string> phone APIGW_PATTERN(R"(^\+[0-9]{6,15}$)");
  std::optional<Preferences> preferences;
};

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(NewUser, username, email, phone, preferences)

/// The profile fields to change; absent fields stay as they are.
struct UserPatch {
  std::optional<std::string> email APIGW_MAX_LENGTH(254);
  std::optional<std::string> phone APIGW_PATTERN(R"(^\+[0-9]{6,15}$)");
  std::optional<Preferences> preferences;
};

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(UserPatch, email, phone, preferences)

} // namespace petstore
