// Orders and refunds.
#pragma once

#include <apigw/annotations.hpp>
#include <petstore/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace petstore {

/// Lifecycle of an order.
enum class OrderStatus {
  Placed APIGW_JSON_NAME("placed"),
  Approved APIGW_JSON_NAME("approved"),
  Delivered APIGW_JSON_NAME("delivered"),
  Cancelled APIGW_JSON_NAME("cancelled"),
};

// The same strings as the json_name annotations above: what goes on the wire.
NLOHMANN_JSON_SERIALIZE_ENUM(OrderStatus, {
                                              {OrderStatus::Placed, "placed"},
                                              {OrderStatus::Approved, "approved"},
                                              {OrderStatus::Delivered, "delivered"},
                                              {OrderStatus::Cancelled, "cancelled"},
                                          })

/// A postal address.
struct Address {
  std::string street APIGW_MIN_LENGTH(1) APIGW_MAX_LENGTH(200);
  std::string city APIGW_MIN_LENGTH(1) APIGW_MAX_LENGTH(100);
  std::string postal_code APIGW_PATTERN("^[0-9A-Z -]{3,10}$");
  /// ISO 3166-1 alpha-2 country code.
  std::string country APIGW_PATTERN("^[A-Z]{2}$");
};

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Address, street, city, postal_code, country)

/// What a customer sends to order a pet.
struct OrderRequest {
  std::int64_t pet_id APIGW_MIN(1) = 1;
  std::int32_t quantity APIGW_MIN(1) APIGW_MAX(10) = 1;
  Address shipping_address;
  /// A promotion code, if the customer has one.
  std::optional<std::string> coupon_code APIGW_MAX_LENGTH(20);
};

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(OrderRequest, pet_id, quantity,
                                                shipping_address, coupon_code)

/// An order of the store.
struct Order {
  /// `ord-` followed by digits.
  std::string id APIGW_PATTERN("^ord-[0-9]+$");
  std::int64_t pet_id = 0;
  std::int32_t quantity APIGW_MIN(1) APIGW_MAX(10) = 1;
  /// Expected shipping date, `YYYY-MM-DD`.
  std::string ship_date APIGW_PATTERN(R"(^\d{4}-\d{2}-\d{2}$)");
  OrderStatus status = OrderStatus::Placed;
  bool complete = false;
  Address shipping_address;
  std::optional<std::string> coupon_code;
  /// Total price in euros.
  double total APIGW_MIN(0) = 0;
  /// The customer who placed it.
  std::string placed_by;
};

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Order, id, pet_id, quantity, ship_date, status,
                                                complete, shipping_address, coupon_code, total,
                                                placed_by)

/// Why a customer wants their money back.
struct RefundRequest {
  std::string reason APIGW_MIN_LENGTH(1) APIGW_MAX_LENGTH(500);
  /// Partial refund in euros; the whole order when absent.
  std::optional<double> amount APIGW_MIN(0);
};

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(RefundRequest, reason, amount)

/// A refund, as the refund workflow recorded it.
struct Refund {
  std::string refund_id;
  std::string order_id;
  double amount = 0;
  bool approved = false;
};

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(Refund, refund_id, order_id, amount, approved)

} // namespace petstore
