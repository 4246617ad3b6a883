// The order handlers, annotated at their definitions (declared plainly in
// handlers/orders.hpp).
//
// Placing and refunding an order are Step Functions workflows that API
// Gateway starts synchronously; the functions below are the same logic run
// in-process, as the local dispatcher and the tests use it.
#include <petstore/handlers/orders.hpp>
#include <petstore/store.hpp>

#include <apigw/annotations.hpp>

#include <algorithm>
#include <chrono>
#include <iomanip>
#include <sstream>

namespace petstore {

namespace {

constexpr double unit_price = 150.0;

/// The date `n` days from now, `YYYY-MM-DD`.
std::string date_in(int n) {
  using namespace std::chrono;
  const year_month_day date{floor<days>(system_clock::now()) + days{n}};
  std::ostringstream text;
  text << std::setfill('0') << std::setw(4) << static_cast<int>(date.year()) << '-'
       << std::setw(2) << static_cast<unsigned>(date.month()) << '-' << std::setw(2)
       << static_cast<unsigned>(date.day());
  return text.str();
}

} // namespace

/// Places an order for a pet.
///
/// Runs the order workflow (stock check, payment, shipping) and answers with
/// the order once the workflow has finished. Retrying with the same
/// `Idempotency-Key` returns the first order instead of placing another.
APIGW_POST("/store/orders")
APIGW_SFN_SYNC("${order_workflow_arn}")
APIGW_IAM_ROLE("${apigw_sfn_role_arn}")
// Step Functions gets only what the template puts into the execution's input.
APIGW_REQUEST_TEMPLATE("{\"input\": \"{\\\"order\\\": $util.escapeJavaScript($input.json('$')).replaceAll(\"\\\\'\",\"'\"), \\\"idempotency_key\\\": \\\"$util.escapeJavaScript($input.params('Idempotency-Key'))\\\"}\", \"stateMachineArn\": \"${order_workflow_arn}\"}")
APIGW_TAGS("store")
APIGW_SECURITY("cognito_auth", "orders/write")
APIGW_RESPONSE(409, "The pet is not available")
Order place_order(const OrderRequest &order,
                  APIGW_HEADER("Idempotency-Key") const std::string &idempotency_key,
                  APIGW_IGNORE const RequestContext &ctx) {
  Store &store = Store::instance();
  if (auto seen = store.idempotency_keys.find(idempotency_key);
      seen != store.idempotency_keys.end())
    return store.order(seen->second);

  Pet &pet = store.pet(order.pet_id);
  if (pet.status != PetStatus::available)
    throw HttpError(409, "pet " + std::to_string(pet.id) + " is not available");
  pet.status = PetStatus::pending;

  Order placed;
  placed.id = "ord-" + std::to_string(store.next_order_number++);
  placed.pet_id = order.pet_id;
  placed.quantity = order.quantity;
  placed.ship_date = date_in(3);
  placed.status = OrderStatus::Approved;
  placed.shipping_address = order.shipping_address;
  placed.coupon_code = order.coupon_code;
  placed.total = unit_price * order.quantity * (order.coupon_code ? 0.9 : 1.0);
  placed.placed_by = ctx.principal_id;
  store.orders[placed.id] = placed;
  store.idempotency_keys[idempotency_key] = placed.id;
  return placed;
}

/// Returns an order.
APIGW_GET("/store/orders/{order_id}")
APIGW_LAMBDA_ARN("${orders_function_arn}")
APIGW_TAGS("store")
APIGW_SECURITY("cognito_auth", "orders/read")
APIGW_RESPONSE(404, "No order has this id")
Order get_order(APIGW_PATTERN("^ord-[0-9]+$") const std::string &order_id) {
  return Store::instance().order(order_id);
}

/// Cancels an order that has not been delivered.
APIGW_DELETE("/store/orders/{order_id}")
APIGW_LAMBDA_ARN("${orders_function_arn}")
APIGW_TAGS("store")
APIGW_SECURITY("cognito_auth", "orders/write")
APIGW_RESPONSE(404, "No order has this id")
APIGW_RESPONSE(409, "The order was delivered")
void cancel_order(const std::string &order_id, APIGW_IGNORE const RequestContext &ctx) {
  Store &store = Store::instance();
  Order &order = store.order(order_id);
  if (order.placed_by != ctx.principal_id &&
      std::find(ctx.scopes.begin(), ctx.scopes.end(), "orders/admin") == ctx.scopes.end())
    throw HttpError(403, "only the customer who placed an order can cancel it");
  if (order.status == OrderStatus::Delivered)
    throw HttpError(409, "order " + order_id + " was delivered");
  order.status = OrderStatus::Cancelled;
  if (auto pet = store.pets.find(order.pet_id); pet != store.pets.end())
    pet->second.status = PetStatus::available;
}

/// Refunds a delivered order.
///
/// Runs the refund workflow, which asks the payment provider and answers
/// with the refund it recorded.
APIGW_POST("/store/orders/{order_id}/refund")
APIGW_SFN_SYNC("${refund_workflow_arn}")
APIGW_IAM_ROLE("${apigw_sfn_role_arn}")
// Step Functions gets only what the template puts into the execution's input.
APIGW_REQUEST_TEMPLATE("{\"input\": \"{\\\"order_id\\\": \\\"$util.escapeJavaScript($input.params('order_id'))\\\", \\\"request\\\": $util.escapeJavaScript($input.json('$')).replaceAll(\"\\\\'\",\"'\")}\", \"stateMachineArn\": \"${refund_workflow_arn}\"}")
APIGW_TAGS("store")
APIGW_SECURITY("cognito_auth", "orders/write")
Refund refund_order(const std::string &order_id, const RefundRequest &request) {
  Store &store = Store::instance();
  Order &order = store.order(order_id);
  if (order.status != OrderStatus::Delivered)
    throw HttpError(409, "only delivered orders are refunded");
  Refund refund;
  refund.refund_id = "ref-" + std::to_string(store.next_refund_number++);
  refund.order_id = order_id;
  refund.amount = std::min(request.amount.value_or(order.total), order.total);
  refund.approved = !request.reason.empty();
  return refund;
}

/// Counts the pets of the store by status.
///
/// Served by the inventory function of the warehouse team's stack, named
/// here by its plain Lambda ARN (clang-apigw turns it into the invocation
/// URI of its region).
APIGW_GET("/store/inventory")
APIGW_LAMBDA("arn:aws:lambda:eu-west-1:123456789012:function:warehouse-inventory")
APIGW_TAGS("store", "partners")
APIGW_SECURITY("partner_auth")
std::map<std::string, std::int32_t> get_inventory() {
  std::map<std::string, std::int32_t> counts{{"available", 0}, {"pending", 0}, {"sold", 0}};
  for (const auto &[id, pet] : Store::instance().pets)
    ++counts[nlohmann::json(pet.status).get<std::string>()];
  return counts;
}

} // namespace petstore
