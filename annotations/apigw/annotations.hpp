//===- apigw/annotations.hpp - Readable clang-apigw annotations -----------===//
//
// clang-apigw reads `[[clang::annotate("key=value")]]` attributes.
// These macros spell the same attributes readably. Under Clang every macro
// expands to exactly the raw attribute(s), e.g.
//
//   APIGW_GET("/pets/{id}")     ->  [[clang::annotate("get=/pets/{id}")]]
//   APIGW_STATUS(201)           ->  [[clang::annotate("status_code=201")]]
//   APIGW("tags=pets", "deprecated")
//     -> [[clang::annotate("tags=pets"), clang::annotate("deprecated")]]
//
// and under every other compiler to nothing, so GCC and MSVC builds stay
// free of "unknown attribute" warnings. Define APIGW_ANNOTATIONS_ENABLED to
// 0 or 1 before the first include to force either behaviour.
//
// Each macro yields a complete `[[...]]`, so several can be stacked wherever
// C++ accepts attributes:
//
//   APIGW_GET("/pets/{pet_id}") APIGW_LAMBDA("${pets_function_invoke_arn}")
//   Pet get_pet(std::int64_t pet_id);
//
//   struct Pet { std::string name APIGW_MIN_LENGTH(1) APIGW_MAX_LENGTH(64); };
//   inline constexpr int cognito_auth APIGW_COGNITO_AUTHORIZER("${pool_arn}") = 0;
//
// Argument conventions:
//   * text values are string literals, pasted after the key by the compiler's
//     string-literal concatenation: APIGW_TAGS("pets"), APIGW_PATTERN(R"(^\d+$)");
//   * numeric values are plain tokens, stringified after macro expansion:
//     APIGW_MIN(1), APIGW_MAX(100), APIGW_TTL(300), APIGW_STATUS(201);
//   * JSON values (default, example, mock bodies) are written as C++ tokens
//     and stringified verbatim: APIGW_DEFAULT(20), APIGW_DEFAULT("dog"),
//     APIGW_EXAMPLE({"id": 1, "name": "Rex"});
//   * list values take one string literal per item and join them with the
//     separator the key expects: APIGW_TAGS("store", "orders") -> "tags=store,orders".
//
// At most 16 strings per APIGW(...) and 16 items per list.
//
// This header includes nothing and may be included anywhere.
//
//===----------------------------------------------------------------------===//
#ifndef APIGW_ANNOTATIONS_HPP
#define APIGW_ANNOTATIONS_HPP

#ifndef APIGW_ANNOTATIONS_ENABLED
#if defined(__clang__)
#define APIGW_ANNOTATIONS_ENABLED 1
#else
#define APIGW_ANNOTATIONS_ENABLED 0
#endif
#endif

//===----------------------------------------------------------------------===//
// Preprocessor helpers (not part of the interface)
//===----------------------------------------------------------------------===//

#define APIGW_PP_CAT_(a, b) a##b
#define APIGW_PP_CAT(a, b) APIGW_PP_CAT_(a, b)
#define APIGW_PP_JCAT_(a, b) a##b
#define APIGW_PP_JCAT(a, b) APIGW_PP_JCAT_(a, b)
#define APIGW_PP_STR_(...) #__VA_ARGS__
#define APIGW_PP_STR(x) APIGW_PP_STR_(x)

// The number of arguments, 1 to 16.
#define APIGW_PP_NARGS_(_1, _2, _3, _4, _5, _6, _7, _8, _9, _10, _11, _12, _13, _14, _15, _16, N, ...) N
#define APIGW_PP_NARGS(...) \
  APIGW_PP_NARGS_(__VA_ARGS__, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, )
// `1` for one argument, `N` for more.
#define APIGW_PP_ARITY(...) \
  APIGW_PP_NARGS_(__VA_ARGS__, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, 1, )

// "a", "b" -> clang::annotate("a"), clang::annotate("b")
#define APIGW_PP_LIST_1(a) clang::annotate(a)
#define APIGW_PP_LIST_2(a, ...) clang::annotate(a), APIGW_PP_LIST_1(__VA_ARGS__)
#define APIGW_PP_LIST_3(a, ...) clang::annotate(a), APIGW_PP_LIST_2(__VA_ARGS__)
#define APIGW_PP_LIST_4(a, ...) clang::annotate(a), APIGW_PP_LIST_3(__VA_ARGS__)
#define APIGW_PP_LIST_5(a, ...) clang::annotate(a), APIGW_PP_LIST_4(__VA_ARGS__)
#define APIGW_PP_LIST_6(a, ...) clang::annotate(a), APIGW_PP_LIST_5(__VA_ARGS__)
#define APIGW_PP_LIST_7(a, ...) clang::annotate(a), APIGW_PP_LIST_6(__VA_ARGS__)
#define APIGW_PP_LIST_8(a, ...) clang::annotate(a), APIGW_PP_LIST_7(__VA_ARGS__)
#define APIGW_PP_LIST_9(a, ...) clang::annotate(a), APIGW_PP_LIST_8(__VA_ARGS__)
#define APIGW_PP_LIST_10(a, ...) clang::annotate(a), APIGW_PP_LIST_9(__VA_ARGS__)
#define APIGW_PP_LIST_11(a, ...) clang::annotate(a), APIGW_PP_LIST_10(__VA_ARGS__)
#define APIGW_PP_LIST_12(a, ...) clang::annotate(a), APIGW_PP_LIST_11(__VA_ARGS__)
#define APIGW_PP_LIST_13(a, ...) clang::annotate(a), APIGW_PP_LIST_12(__VA_ARGS__)
#define APIGW_PP_LIST_14(a, ...) clang::annotate(a), APIGW_PP_LIST_13(__VA_ARGS__)
#define APIGW_PP_LIST_15(a, ...) clang::annotate(a), APIGW_PP_LIST_14(__VA_ARGS__)
#define APIGW_PP_LIST_16(a, ...) clang::annotate(a), APIGW_PP_LIST_15(__VA_ARGS__)

// sep, "a", "b" -> "a" sep "b" (adjacent literals: one string)
#define APIGW_PP_JOIN_1(sep, a) a
#define APIGW_PP_JOIN_2(sep, a, ...) a sep APIGW_PP_JOIN_1(sep, __VA_ARGS__)
#define APIGW_PP_JOIN_3(sep, a, ...) a sep APIGW_PP_JOIN_2(sep, __VA_ARGS__)
#define APIGW_PP_JOIN_4(sep, a, ...) a sep APIGW_PP_JOIN_3(sep, __VA_ARGS__)
#define APIGW_PP_JOIN_5(sep, a, ...) a sep APIGW_PP_JOIN_4(sep, __VA_ARGS__)
#define APIGW_PP_JOIN_6(sep, a, ...) a sep APIGW_PP_JOIN_5(sep, __VA_ARGS__)
#define APIGW_PP_JOIN_7(sep, a, ...) a sep APIGW_PP_JOIN_6(sep, __VA_ARGS__)
#define APIGW_PP_JOIN_8(sep, a, ...) a sep APIGW_PP_JOIN_7(sep, __VA_ARGS__)
#define APIGW_PP_JOIN_9(sep, a, ...) a sep APIGW_PP_JOIN_8(sep, __VA_ARGS__)
#define APIGW_PP_JOIN_10(sep, a, ...) a sep APIGW_PP_JOIN_9(sep, __VA_ARGS__)
#define APIGW_PP_JOIN_11(sep, a, ...) a sep APIGW_PP_JOIN_10(sep, __VA_ARGS__)
#define APIGW_PP_JOIN_12(sep, a, ...) a sep APIGW_PP_JOIN_11(sep, __VA_ARGS__)
#define APIGW_PP_JOIN_13(sep, a, ...) a sep APIGW_PP_JOIN_12(sep, __VA_ARGS__)
#define APIGW_PP_JOIN_14(sep, a, ...) a sep APIGW_PP_JOIN_13(sep, __VA_ARGS__)
#define APIGW_PP_JOIN_15(sep, a, ...) a sep APIGW_PP_JOIN_14(sep, __VA_ARGS__)
#define APIGW_PP_JOIN_16(sep, a, ...) a sep APIGW_PP_JOIN_15(sep, __VA_ARGS__)
#define APIGW_PP_JOIN(sep, ...) \
  APIGW_PP_JCAT(APIGW_PP_JOIN_, APIGW_PP_NARGS(__VA_ARGS__))(sep, __VA_ARGS__)

// security=<authorizer>[:<scope> <scope>...]
#define APIGW_PP_SECURITY_1(authorizer) "security=" authorizer
#define APIGW_PP_SECURITY_N(authorizer, ...) \
  "security=" authorizer ":" APIGW_PP_JOIN(" ", __VA_ARGS__)

//===----------------------------------------------------------------------===//
// Generic form
//===----------------------------------------------------------------------===//

#if APIGW_ANNOTATIONS_ENABLED
/// One or more annotation strings: APIGW("get=/pets", "tags=pets").
#define APIGW(...) \
  [[APIGW_PP_CAT(APIGW_PP_LIST_, APIGW_PP_NARGS(__VA_ARGS__))(__VA_ARGS__)]]
#else
/// One or more annotation strings (nothing: this compiler is not Clang).
#define APIGW(...)
#endif

//===----------------------------------------------------------------------===//
// Routes (handler functions)
//===----------------------------------------------------------------------===//

/// GET route: APIGW_GET("/pets/{pet_id}") -> "get=/pets/{pet_id}".
#define APIGW_GET(path) APIGW("get=" path)
/// PUT route.
#define APIGW_PUT(path) APIGW("put=" path)
/// POST route.
#define APIGW_POST(path) APIGW("post=" path)
/// DELETE route.
#define APIGW_DELETE(path) APIGW("delete=" path)
/// PATCH route.
#define APIGW_PATCH(path) APIGW("patch=" path)
/// HEAD route.
#define APIGW_HEAD(path) APIGW("head=" path)
/// OPTIONS route.
#define APIGW_OPTIONS(path) APIGW("options=" path)
/// Any method (x-amazon-apigateway-any-method).
#define APIGW_ANY(path) APIGW("any=" path)

//===----------------------------------------------------------------------===//
// Integrations (handler functions)
//===----------------------------------------------------------------------===//

/// Lambda proxy by invoke URI (or bare function ARN): aws_lambda_uri=.
#define APIGW_LAMBDA(uri) APIGW("aws_lambda_uri=" uri)
/// Lambda proxy by function ARN, always wrapped into an invoke URI: aws_lambda_arn=.
#define APIGW_LAMBDA_ARN(arn) APIGW("aws_lambda_arn=" arn)
/// Lambda non-proxy (type aws) by invoke URI: aws_lambda_direct_uri=.
#define APIGW_LAMBDA_DIRECT(uri) APIGW("aws_lambda_direct_uri=" uri)
/// Step Functions StartSyncExecution: aws_sfn_sync_arn=.
#define APIGW_SFN_SYNC(arn) APIGW("aws_sfn_sync_arn=" arn)
/// Step Functions StartExecution: aws_sfn_arn=.
#define APIGW_SFN(arn) APIGW("aws_sfn_arn=" arn)
/// S3 object integration on a bucket: aws_s3_bucket=.
#define APIGW_S3(bucket) APIGW("aws_s3_bucket=" bucket)
/// S3 object key, may use {path params}: aws_s3_object_key=.
#define APIGW_S3_OBJECT_KEY(key) APIGW("aws_s3_object_key=" key)
/// DynamoDB integration on a table: aws_dynamodb_table_name=.
#define APIGW_DYNAMODB(table) APIGW("aws_dynamodb_table_name=" table)
/// DynamoDB partition key pattern: aws_dynamodb_pk_pattern=.
#define APIGW_DYNAMODB_PK(pattern) APIGW("aws_dynamodb_pk_pattern=" pattern)
/// DynamoDB sort key pattern: aws_dynamodb_sk_pattern=.
#define APIGW_DYNAMODB_SK(pattern) APIGW("aws_dynamodb_sk_pattern=" pattern)
/// DynamoDB attributes to write, one literal each: aws_dynamodb_fields=a,b.
#define APIGW_DYNAMODB_FIELDS(...) APIGW("aws_dynamodb_fields=" APIGW_PP_JOIN(",", __VA_ARGS__))
/// DynamoDB Query key condition expression: aws_dynamodb_query_expr=.
#define APIGW_DYNAMODB_QUERY(expr) APIGW("aws_dynamodb_query_expr=" expr)
/// SNS Publish to a topic: aws_sns_topic_arn=.
#define APIGW_SNS(arn) APIGW("aws_sns_topic_arn=" arn)
/// SQS SendMessage, "<account id>/<queue name>": aws_sqs_queue=.
#define APIGW_SQS(queue) APIGW("aws_sqs_queue=" queue)
/// HTTP proxy integration: http_proxy_uri=.
#define APIGW_HTTP_PROXY(url) APIGW("http_proxy_uri=" url)
/// HTTP non-proxy integration: http_uri=.
#define APIGW_HTTP(url) APIGW("http_uri=" url)
/// Mock integration with a status: APIGW_MOCK(200) -> "mock_response=200".
#define APIGW_MOCK(status) APIGW("mock_response=" APIGW_PP_STR(status))
/// Mock integration with a JSON body: APIGW_MOCK_JSON(200, {"ok": true}).
#define APIGW_MOCK_JSON(status, ...) \
  APIGW("mock_response=" APIGW_PP_STR(status) ":" APIGW_PP_STR_(__VA_ARGS__))

/// Role API Gateway assumes for the integration: aws_iam_arn=.
#define APIGW_IAM_ROLE(arn) APIGW("aws_iam_arn=" arn)
/// VTL request template: aws_vtl_request_template=.
#define APIGW_REQUEST_TEMPLATE(vtl) APIGW("aws_vtl_request_template=" vtl)
/// VTL response template: aws_vtl_response_template=.
#define APIGW_RESPONSE_TEMPLATE(vtl) APIGW("aws_vtl_response_template=" vtl)
/// Integration parameter mappings, one "<integration.request.x.y>:<method.request.x.y>" each.
#define APIGW_REQUEST_PARAMETERS(...) \
  APIGW("aws_request_parameters=" APIGW_PP_JOIN(",", __VA_ARGS__))
/// Integration timeout in milliseconds: timeout_ms=.
#define APIGW_TIMEOUT_MS(ms) APIGW("timeout_ms=" APIGW_PP_STR(ms))
/// passthrough_behavior= ("when_no_match", "when_no_templates", "never").
#define APIGW_PASSTHROUGH(behavior) APIGW("passthrough_behavior=" behavior)
/// content_handling= ("CONVERT_TO_BINARY", "CONVERT_TO_TEXT").
#define APIGW_CONTENT_HANDLING(mode) APIGW("content_handling=" mode)
/// VPC link for a private HTTP integration: vpc_link_id=.
#define APIGW_VPC_LINK(id) APIGW("vpc_link_id=" id)

//===----------------------------------------------------------------------===//
// Operations (handler functions)
//===----------------------------------------------------------------------===//

/// Operation summary (default: the doc comment's first paragraph).
#define APIGW_SUMMARY(text) APIGW("summary=" text)
/// Description of an operation, parameter, model, field or the API.
#define APIGW_DESCRIPTION(text) APIGW("description=" text)
/// Operation tags, one literal each: APIGW_TAGS("store", "orders").
#define APIGW_TAGS(...) APIGW("tags=" APIGW_PP_JOIN(",", __VA_ARGS__))
/// operationId (default: the function's name).
#define APIGW_OPERATION_ID(id) APIGW("operation_id=" id)
/// Marks an operation, field or enum value deprecated.
#define APIGW_DEPRECATED APIGW("deprecated")
/// Success status: APIGW_STATUS(201) -> "status_code=201".
#define APIGW_STATUS(code) APIGW("status_code=" APIGW_PP_STR(code))
/// Extra documented response: APIGW_RESPONSE(404, "No such pet").
#define APIGW_RESPONSE(status, description) \
  APIGW("response=" APIGW_PP_STR(status) ":" description)
/// Security requirement: authorizer variable, then scopes: APIGW_SECURITY("cognito_auth", "pets/read").
#define APIGW_SECURITY(...) \
  APIGW(APIGW_PP_CAT(APIGW_PP_SECURITY_, APIGW_PP_ARITY(__VA_ARGS__))(__VA_ARGS__))
/// Opts an operation out of the API's default security: security=none.
#define APIGW_SECURITY_NONE APIGW("security=none")
/// Requires an API key (usage plans): api_key_required.
#define APIGW_API_KEY_REQUIRED APIGW("api_key_required")
/// Request validator: APIGW_VALIDATE("all" | "body" | "params" | "none").
#define APIGW_VALIDATE(what) APIGW("validate=" what)
/// Success response's media type: APIGW_RESPONSE_CONTENT_TYPE("application/pdf").
#define APIGW_RESPONSE_CONTENT_TYPE(type) APIGW("response_content_type=" type)
/// Request body's media type: APIGW_REQUEST_CONTENT_TYPE("image/png").
#define APIGW_REQUEST_CONTENT_TYPE(type) APIGW("request_content_type=" type)

//===----------------------------------------------------------------------===//
// Parameters (handler parameters)
//===----------------------------------------------------------------------===//

/// Forces a path parameter.
#define APIGW_PATH APIGW("path")
/// Forces a query parameter.
#define APIGW_QUERY APIGW("query")
/// Header parameter: APIGW_HEADER("X-Request-Id").
#define APIGW_HEADER(name) APIGW("header=" name)
/// Forces the JSON request body.
#define APIGW_BODY APIGW("body")
/// Wire name of a parameter, or schema name of a model: name=.
#define APIGW_NAME(wire) APIGW("name=" wire)
/// Leaves a parameter (runtime context), field or enum value out of the API.
#define APIGW_IGNORE APIGW("ignore")

//===----------------------------------------------------------------------===//
// Models: records, fields, enum values
//===----------------------------------------------------------------------===//

/// Title of a model, or of the API: title=.
#define APIGW_TITLE(text) APIGW("title=" text)
/// Example value as JSON tokens: APIGW_EXAMPLE({"id": 1, "name": "Rex"}).
#define APIGW_EXAMPLE(...) APIGW("example=" APIGW_PP_STR_(__VA_ARGS__))
/// Property name on the wire of a field, or string of an enum value: json_name=.
#define APIGW_JSON_NAME(name) APIGW("json_name=" name)
/// Inclusive lower bound: APIGW_MIN(1) -> "minimum=1".
#define APIGW_MIN(value) APIGW("minimum=" APIGW_PP_STR(value))
/// Inclusive upper bound: APIGW_MAX(100) -> "maximum=100".
#define APIGW_MAX(value) APIGW("maximum=" APIGW_PP_STR(value))
/// Exclusive lower bound: exclusive_minimum=.
#define APIGW_EXCLUSIVE_MIN(value) APIGW("exclusive_minimum=" APIGW_PP_STR(value))
/// Exclusive upper bound: exclusive_maximum=.
#define APIGW_EXCLUSIVE_MAX(value) APIGW("exclusive_maximum=" APIGW_PP_STR(value))
/// multiple_of=.
#define APIGW_MULTIPLE_OF(value) APIGW("multiple_of=" APIGW_PP_STR(value))
/// Minimum string length: min_length=.
#define APIGW_MIN_LENGTH(n) APIGW("min_length=" APIGW_PP_STR(n))
/// Maximum string length: max_length=.
#define APIGW_MAX_LENGTH(n) APIGW("max_length=" APIGW_PP_STR(n))
/// Regular expression a string matches: APIGW_PATTERN(R"(^[A-Z]{2}$)").
#define APIGW_PATTERN(regex) APIGW("pattern=" regex)
/// String format: APIGW_FORMAT("email").
#define APIGW_FORMAT(format) APIGW("format=" format)
/// Minimum array length: min_items=.
#define APIGW_MIN_ITEMS(n) APIGW("min_items=" APIGW_PP_STR(n))
/// Maximum array length: max_items=.
#define APIGW_MAX_ITEMS(n) APIGW("max_items=" APIGW_PP_STR(n))
/// Array items are unique: unique_items.
#define APIGW_UNIQUE_ITEMS APIGW("unique_items")
/// Allowed string values, one literal each: APIGW_ENUM("asc", "desc").
#define APIGW_ENUM(...) APIGW("enum=" APIGW_PP_JOIN(",", __VA_ARGS__))
/// Default as JSON tokens: APIGW_DEFAULT(20), APIGW_DEFAULT("dog").
#define APIGW_DEFAULT(...) APIGW("default=" APIGW_PP_STR_(__VA_ARGS__))
/// read_only.
#define APIGW_READ_ONLY APIGW("read_only")
/// write_only.
#define APIGW_WRITE_ONLY APIGW("write_only")
/// nullable (public spec only).
#define APIGW_NULLABLE APIGW("nullable")
/// Forces a field into `required`.
#define APIGW_REQUIRED APIGW("required")
/// Keeps a field out of `required`.
#define APIGW_OPTIONAL APIGW("optional")

//===----------------------------------------------------------------------===//
// Authorizers (variables)
//===----------------------------------------------------------------------===//

/// Authorizer of a kind: APIGW_AUTHORIZER("cognito" | "lambda_request" | "lambda_token" | "iam" | "api_key").
#define APIGW_AUTHORIZER(kind) APIGW("authorizer=" kind)
/// Cognito user pool authorizer; one literal per pool ARN.
#define APIGW_COGNITO_AUTHORIZER(...) \
  APIGW("authorizer=cognito", "user_pool_arn=" APIGW_PP_JOIN(",", __VA_ARGS__))
/// Lambda TOKEN authorizer with the function's invoke URI.
#define APIGW_LAMBDA_TOKEN_AUTHORIZER(uri) \
  APIGW("authorizer=lambda_token", "aws_lambda_uri=" uri)
/// Lambda REQUEST authorizer with the function's invoke URI.
#define APIGW_LAMBDA_REQUEST_AUTHORIZER(uri) \
  APIGW("authorizer=lambda_request", "aws_lambda_uri=" uri)
/// IAM (SigV4) authorizer.
#define APIGW_IAM_AUTHORIZER APIGW("authorizer=iam")
/// API key "authorizer" (x-api-key header).
#define APIGW_API_KEY_AUTHORIZER APIGW("authorizer=api_key")
/// Authorizer and security scheme name (default: the variable's name).
#define APIGW_AUTHORIZER_NAME(name) APIGW("authorizer_name=" name)
/// Cognito user pool ARNs, one literal each: user_pool_arn=.
#define APIGW_USER_POOL_ARN(...) APIGW("user_pool_arn=" APIGW_PP_JOIN(",", __VA_ARGS__))
/// Role API Gateway uses to invoke a Lambda authorizer: aws_iam_role_arn=.
#define APIGW_AUTHORIZER_ROLE(arn) APIGW("aws_iam_role_arn=" arn)
/// Identity source headers, one literal each: header_names=.
#define APIGW_HEADER_NAMES(...) APIGW("header_names=" APIGW_PP_JOIN(",", __VA_ARGS__))
/// Identity source query parameters, one literal each: query_names=.
#define APIGW_QUERY_NAMES(...) APIGW("query_names=" APIGW_PP_JOIN(",", __VA_ARGS__))
/// Token authorizers: regex the token must match: identity_validation_expression=.
#define APIGW_IDENTITY_VALIDATION(regex) APIGW("identity_validation_expression=" regex)
/// Authorizer result cache in seconds: APIGW_TTL(300) -> "ttl=300".
#define APIGW_TTL(seconds) APIGW("ttl=" APIGW_PP_STR(seconds))

//===----------------------------------------------------------------------===//
// The API (one variable)
//===----------------------------------------------------------------------===//

/// Marks the variable that carries the API-wide settings: api.
#define APIGW_API APIGW("api")
/// info.version: version=.
#define APIGW_VERSION(version) APIGW("version=" version)
/// A server URL: server=.
#define APIGW_SERVER(url) APIGW("server=" url)
/// CORS allowed origin: cors_origin=.
#define APIGW_CORS_ORIGIN(origin) APIGW("cors_origin=" origin)
/// CORS allowed headers, one literal each: cors_headers=.
#define APIGW_CORS_HEADERS(...) APIGW("cors_headers=" APIGW_PP_JOIN(",", __VA_ARGS__))
/// CORS allowed methods, one literal each: cors_methods=.
#define APIGW_CORS_METHODS(...) APIGW("cors_methods=" APIGW_PP_JOIN(",", __VA_ARGS__))
/// Binary media types, one literal each: binary_media_types=.
#define APIGW_BINARY_MEDIA_TYPES(...) \
  APIGW("binary_media_types=" APIGW_PP_JOIN(",", __VA_ARGS__))
/// api_key_source= ("HEADER" | "AUTHORIZER").
#define APIGW_API_KEY_SOURCE(source) APIGW("api_key_source=" source)
/// endpoint_type= ("REGIONAL" | "EDGE" | "PRIVATE").
#define APIGW_ENDPOINT_TYPE(type) APIGW("endpoint_type=" type)
/// Minimum response size to compress, in bytes: minimum_compression_size=.
#define APIGW_MINIMUM_COMPRESSION_SIZE(bytes) \
  APIGW("minimum_compression_size=" APIGW_PP_STR(bytes))
/// JSON error bodies for API Gateway's own 4XX/5XX: gateway_responses.
#define APIGW_GATEWAY_RESPONSES APIGW("gateway_responses")

#endif // APIGW_ANNOTATIONS_HPP
