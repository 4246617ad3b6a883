// The order handlers. Their annotations sit on the definitions in
// src/orders.cpp: clang-apigw reads a handler's annotations wherever they
// are, declaration or definition.
#pragma once

#include <petstore/auth.hpp>
#include <petstore/http.hpp>
#include <petstore/models/order.hpp>

#include <cstdint>
#include <map>
#include <string>

namespace petstore {

Order place_order(const OrderRequest &order, const std::string &idempotency_key,
                  const RequestContext &ctx);
Order get_order(const std::string &order_id);
void cancel_order(const std::string &order_id, const RequestContext &ctx);
Refund refund_order(const std::string &order_id, const RefundRequest &request);
std::map<std::string, std::int32_t> get_inventory();

} // namespace petstore
