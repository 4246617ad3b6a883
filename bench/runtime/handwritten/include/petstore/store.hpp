// The in-memory store behind the handlers. In production the Lambda
// functions keep the same data in DynamoDB.
#pragma once

#include <petstore/models/order.hpp>
#include <petstore/models/pet.hpp>
#include <petstore/models/user.hpp>

#include <cstdint>
#include <map>
#include <string>

namespace petstore {

struct Store {
  std::map<std::int64_t, Category> categories;
  std::map<std::int64_t, Pet> pets;
  std::int64_t next_pet_id = 1;
  std::map<std::string, Order> orders;
  std::int64_t next_order_number = 1;
  std::map<std::string, std::string> idempotency_keys; ///< key -> order id
  std::int64_t next_refund_number = 1;
  std::map<std::string, User> users;

  /// The process's store, seeded with a few categories.
  static Store &instance();

  /// The pet with this id, or HttpError 404.
  Pet &pet(std::int64_t id);
  /// The order with this id, or HttpError 404.
  Order &order(const std::string &id);
  /// The user with this name, or HttpError 404.
  User &user(const std::string &username);
};

/// Seconds since the epoch.
std::int64_t unix_now();

} // namespace petstore
