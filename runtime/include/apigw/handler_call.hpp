// How a generated route function calls its handler: it names where each
// argument comes from and how the result is answered, and call_handler does
// the rest (docs/runtime.md, "The generated code"). The work is a template
// over the handler's signature, not over the route, so that two thousand routes
// of a few signatures compile a few instantiations, not two thousand copies.
#pragma once

#include <concepts>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

#include "apigw/arguments.hpp"
#include "apigw/context.hpp"
#include "apigw/proxy_event.hpp"
#include "apigw/responses.hpp"
#include "apigw/validation.hpp"

namespace apigw {

// ---------------------------------------------------------------- where an argument comes from

// A path, query or header parameter.
struct FromParameter {
  ParameterRules rules;
  template <class Declared>
  auto read(const ProxyRequest& request, Failures& failures, Response&) const {
    return parameter_argument<Declared>(request, rules, failures);
  }
};

// A JSON body, its constraints checked first.
struct FromJsonBody {
  Presence presence = Presence::optional;
  const Constraints* constraints = nullptr;
  template <class Declared>
  auto read(const ProxyRequest& request, Failures& failures, Response&) const {
    return body_argument<Declared>(request, presence, constraints, failures);
  }
};

// A text or binary body's bytes.
struct FromBytesBody {
  Presence presence = Presence::optional;
  template <class Declared>
  auto read(const ProxyRequest& request, Failures& failures, Response&) const {
    return bytes_argument<Declared>(request, presence, failures);
  }
};

// `const apigw::RequestContext&`.
struct FromContext {
  template <class Declared>
  std::optional<RequestContext> read(const ProxyRequest& request, Failures&, Response&) const {
    return RequestContext(request);
  }
};

// `apigw::Response&`: the status and headers the handler chooses.
struct FromResponse {
  template <class Declared>
  std::optional<std::reference_wrapper<Response>> read(const ProxyRequest&, Failures&, Response& choices) const {
    return std::ref(choices);
  }
};

// ---------------------------------------------------------------- how the result is answered

struct EmptyAnswer {  // a handler returning void
  int status = 204;
};
struct JsonAnswer {
  int status = 200;
};
struct TextAnswer {
  int status = 200;
  std::string_view media_type;
};
struct BinaryAnswer {  // a binary media type: base64, isBase64Encoded
  int status = 200;
  std::string_view media_type;
};

namespace detail {

template <class Answer, class Result>
ProxyResponse answer_with(const Answer& answer, Result&& result) {
  if constexpr (std::same_as<Answer, JsonAnswer>) {
    return json_response(answer.status, write_json(result));
  } else if constexpr (std::same_as<Answer, TextAnswer>) {
    return text_response(answer.status, std::string(result.begin(), result.end()), std::string(answer.media_type));
  } else {
    static_assert(std::same_as<Answer, BinaryAnswer>, "a handler returning void is answered with EmptyAnswer");
    return binary_response(answer.status, std::string(result.begin(), result.end()), std::string(answer.media_type));
  }
}

template <class Answer, class Result, class... Declared, class... Arguments>
ProxyResponse call_and_answer(const Answer& answer, Result (*handler)(Declared...), Arguments&... arguments) {
  if constexpr (std::same_as<Answer, EmptyAnswer>) {
    handler(std::forward<Declared>(*arguments)...);
    return empty_response(answer.status);
  } else {
    return answer_with(answer, handler(std::forward<Declared>(*arguments)...));
  }
}

}  // namespace detail

// Reads every argument from its source, in order, recording each failure;
// answers 400 with all of them, or calls the handler and answers with its
// result (and the choices it made through `apigw::Response&`).
template <class Answer, class Result, class... Declared, class... Sources>
ProxyResponse call_handler(const ProxyRequest& request, Result (*handler)(Declared...), const Answer& answer,
                           const Sources&... sources) {
  static_assert(sizeof...(Declared) == sizeof...(Sources), "one source per handler parameter");
  Failures failures;
  Response choices;
  // A braced list is evaluated left to right: failures come in parameter order.
  std::tuple<decltype(sources.template read<Declared>(request, failures, choices))...> arguments{
      sources.template read<Declared>(request, failures, choices)...};
  if (!failures.empty()) return validation_error_response(failures);
  ProxyResponse response = std::apply(
      [&](auto&... argument) { return detail::call_and_answer(answer, handler, argument...); }, arguments);
  if constexpr ((std::same_as<Sources, FromResponse> || ...)) return with_handler_choices(std::move(response), choices);
  return response;
}

}  // namespace apigw
