//===- AnnotationTextTest.cpp - `key=value` strings and the vocabulary ----===//
#include "keys/AnnotationText.h"

#include <gtest/gtest.h>

#include <sstream>

using namespace apigw;

namespace {

/// Space-separated words, so long key lists read as one paragraph.
std::vector<std::string> words(std::string_view Text) {
  std::vector<std::string> Out;
  std::istringstream In{std::string(Text)};
  for (std::string Word; In >> Word;)
    Out.push_back(Word);
  return Out;
}

constexpr DeclKind AllKinds[] = {DeclKind::Handler,      DeclKind::Parameter,
                                 DeclKind::Record,       DeclKind::Field,
                                 DeclKind::EnumConstant, DeclKind::Authorizer,
                                 DeclKind::Api};
} // namespace

TEST(AnnotationTextTest, SplitKeyValue) {
  KeyValue KV = splitKeyValue("get=/pets/{id}");
  EXPECT_EQ(KV.Key, "get");
  EXPECT_EQ(KV.Value, std::optional<std::string>("/pets/{id}"));

  KV = splitKeyValue("  summary  = List pets ");
  EXPECT_EQ(KV.Key, "summary");
  EXPECT_EQ(KV.Value, std::optional<std::string>(" List pets "));

  KV = splitKeyValue("deprecated");
  EXPECT_EQ(KV.Key, "deprecated");
  EXPECT_FALSE(KV.Value.has_value());

  KV = splitKeyValue(" \tdeprecated \n");
  EXPECT_EQ(KV.Key, "deprecated");
  EXPECT_FALSE(KV.Value.has_value());

  KV = splitKeyValue("description=");
  EXPECT_EQ(KV.Key, "description");
  EXPECT_EQ(KV.Value, std::optional<std::string>(""));
}

TEST(AnnotationTextTest, ValueKeepsEqualsAndPlaceholders) {
  KeyValue KV = splitKeyValue("aws_lambda_uri=${user_function_invoke_arn}");
  EXPECT_EQ(KV.Key, "aws_lambda_uri");
  EXPECT_EQ(KV.Value,
            std::optional<std::string>("${user_function_invoke_arn}"));

  KV = splitKeyValue("aws_dynamodb_query_expr=pk = :pk AND sk >= :sk");
  EXPECT_EQ(KV.Key, "aws_dynamodb_query_expr");
  EXPECT_EQ(KV.Value, std::optional<std::string>("pk = :pk AND sk >= :sk"));

  KV = splitKeyValue("=x");
  EXPECT_EQ(KV.Key, "");
  EXPECT_EQ(KV.Value, std::optional<std::string>("x"));
}

TEST(AnnotationTextTest, SplitList) {
  using V = std::vector<std::string>;
  EXPECT_EQ(splitList("a, b,,c"), (V{"a", "b", "c"}));
  EXPECT_EQ(splitList("store,orders"), (V{"store", "orders"}));
  EXPECT_EQ(splitList(" single "), (V{"single"}));
  EXPECT_EQ(splitList(""), V{});
  EXPECT_EQ(splitList(" , ,"), V{});
  EXPECT_EQ(splitList("a b, c\t"), (V{"a b", "c"}));
}

TEST(AnnotationTextTest, RouteAndIntegrationKeysBelongToHandlers) {
  for (const std::string &Key : words(
           "get put post delete patch head options any aws_lambda_uri "
           "aws_lambda_arn aws_lambda_direct_uri aws_sfn_sync_arn aws_sfn_arn "
           "aws_s3_bucket aws_s3_object_key aws_dynamodb_table_name "
           "aws_dynamodb_pk_pattern aws_dynamodb_sk_pattern "
           "aws_dynamodb_fields "
           "aws_dynamodb_query_expr aws_sns_topic_arn aws_sqs_queue "
           "http_proxy_uri http_uri mock_response aws_iam_arn "
           "aws_vtl_request_template aws_vtl_response_template "
           "aws_request_parameters timeout_ms passthrough_behavior "
           "content_handling vpc_link_id summary description tags operation_id "
           "deprecated status_code response security api_key_required "
           "validate")) {
    SCOPED_TRACE(Key);
    EXPECT_TRUE(isKnownKey(Key));
    EXPECT_TRUE(keyBelongsTo(Key, DeclKind::Handler));
  }
  EXPECT_FALSE(keyBelongsTo("get", DeclKind::Record));
  EXPECT_FALSE(keyBelongsTo("aws_sfn_arn", DeclKind::Authorizer));
  EXPECT_FALSE(keyBelongsTo("json_name", DeclKind::Handler));
  EXPECT_FALSE(keyBelongsTo("api", DeclKind::Handler));
}

TEST(AnnotationTextTest, ParameterKeys) {
  for (const std::string &Key :
       words("path query header body name description ignore minimum maximum "
             "exclusive_minimum exclusive_maximum multiple_of min_length "
             "max_length pattern format min_items max_items unique_items enum "
             "default example deprecated required optional")) {
    SCOPED_TRACE(Key);
    EXPECT_TRUE(keyBelongsTo(Key, DeclKind::Parameter));
  }
  EXPECT_FALSE(keyBelongsTo("json_name", DeclKind::Parameter));
  EXPECT_FALSE(keyBelongsTo("get", DeclKind::Parameter));
  EXPECT_FALSE(keyBelongsTo("summary", DeclKind::Parameter));
}

TEST(AnnotationTextTest, ModelKeys) {
  for (const std::string &Key : words("name title description example")) {
    SCOPED_TRACE(Key);
    EXPECT_TRUE(keyBelongsTo(Key, DeclKind::Record));
  }
  EXPECT_FALSE(keyBelongsTo("minimum", DeclKind::Record));
  EXPECT_FALSE(keyBelongsTo("json_name", DeclKind::Record));

  for (const std::string &Key : words(
           "json_name description minimum maximum exclusive_minimum "
           "exclusive_maximum multiple_of min_length max_length pattern format "
           "min_items max_items unique_items enum default example deprecated "
           "read_only write_only nullable required optional ignore")) {
    SCOPED_TRACE(Key);
    EXPECT_TRUE(keyBelongsTo(Key, DeclKind::Field));
  }
  EXPECT_FALSE(keyBelongsTo("name", DeclKind::Field));
  EXPECT_FALSE(keyBelongsTo("path", DeclKind::Field));

  EXPECT_TRUE(keyBelongsTo("json_name", DeclKind::EnumConstant));
  EXPECT_FALSE(keyBelongsTo("description", DeclKind::EnumConstant));
}

TEST(AnnotationTextTest, AuthorizerAndApiKeys) {
  for (const std::string &Key :
       words("authorizer authorizer_name user_pool_arn aws_lambda_uri "
             "aws_iam_role_arn header_names query_names "
             "identity_validation_expression ttl")) {
    SCOPED_TRACE(Key);
    EXPECT_TRUE(keyBelongsTo(Key, DeclKind::Authorizer));
  }
  EXPECT_FALSE(keyBelongsTo("aws_lambda_arn", DeclKind::Authorizer));
  EXPECT_FALSE(keyBelongsTo("title", DeclKind::Authorizer));

  for (const std::string &Key : words(
           "api title version description server security validate cors_origin "
           "cors_headers cors_methods binary_media_types api_key_source "
           "endpoint_type minimum_compression_size gateway_responses")) {
    SCOPED_TRACE(Key);
    EXPECT_TRUE(keyBelongsTo(Key, DeclKind::Api));
  }
  EXPECT_FALSE(keyBelongsTo("get", DeclKind::Api));
  EXPECT_FALSE(keyBelongsTo("authorizer", DeclKind::Api));
}

TEST(AnnotationTextTest, UnknownKeysBelongNowhere) {
  for (std::string_view Key : {"sumary", "", "GET", "clang-tidy", "x-amazon"}) {
    SCOPED_TRACE(Key);
    EXPECT_FALSE(isKnownKey(Key));
    EXPECT_FALSE(isFlagKey(Key));
    for (DeclKind Kind : AllKinds)
      EXPECT_FALSE(keyBelongsTo(Key, Kind));
  }
}

TEST(AnnotationTextTest, Flags) {
  for (const std::string &Key :
       words("deprecated api_key_required path query body ignore unique_items "
             "read_only write_only nullable required optional api "
             "gateway_responses")) {
    SCOPED_TRACE(Key);
    EXPECT_TRUE(isFlagKey(Key));
  }
  for (const std::string &Key : words(
           "header get summary json_name ttl authorizer title enum default")) {
    SCOPED_TRACE(Key);
    EXPECT_TRUE(isKnownKey(Key));
    EXPECT_FALSE(isFlagKey(Key));
  }
}

TEST(AnnotationTextTest, ClosestKeySuggestsNearMisses) {
  EXPECT_EQ(closestKey("aws_lamda_uri", DeclKind::Handler),
            std::optional<std::string>("aws_lambda_uri"));
  EXPECT_EQ(closestKey("aws_lamda_uri", DeclKind::Authorizer),
            std::optional<std::string>("aws_lambda_uri"));
  EXPECT_EQ(closestKey("sumary", DeclKind::Handler),
            std::optional<std::string>("summary"));
  EXPECT_EQ(closestKey("Summary", DeclKind::Handler),
            std::optional<std::string>("summary"));
  EXPECT_EQ(closestKey("jsonname", DeclKind::Field),
            std::optional<std::string>("json_name"));
  EXPECT_EQ(closestKey("min_lenght", DeclKind::Field),
            std::optional<std::string>("min_length"));
  EXPECT_EQ(closestKey("gett", DeclKind::Handler),
            std::optional<std::string>("get"));
}

TEST(AnnotationTextTest, ClosestKeyStaysQuietWhenNothingIsClose) {
  EXPECT_EQ(closestKey("zzz", DeclKind::Handler), std::nullopt);
  EXPECT_EQ(closestKey("completely_unrelated", DeclKind::Handler),
            std::nullopt);
  EXPECT_EQ(closestKey("", DeclKind::Handler), std::nullopt);
  // Only keys of the declaration's kind are candidates.
  EXPECT_EQ(closestKey("sumary", DeclKind::Field), std::nullopt);
  EXPECT_EQ(closestKey("aws_lamda_uri", DeclKind::Record), std::nullopt);
}

TEST(AnnotationTextTest, ClosestKeyCountsASwapAsOneSlip) {
  EXPECT_EQ(closestKey("titel", DeclKind::Api), std::optional<std::string>("title"));
  EXPECT_EQ(closestKey("tgas", DeclKind::Handler), std::optional<std::string>("tags"));
}

TEST(AnnotationTextTest, SuggestKeyRepairsTheSeparator) {
  auto Colon = suggestKey({"get:/orders", std::nullopt}, DeclKind::Handler);
  ASSERT_TRUE(Colon);
  EXPECT_TRUE(Colon->SeparatorFixed);
  EXPECT_EQ(Colon->Meant.Key, "get");
  EXPECT_EQ(Colon->Meant.Value, std::optional<std::string>("/orders"));
  auto Blank = suggestKey({"tags pets", std::nullopt}, DeclKind::Handler);
  ASSERT_TRUE(Blank);
  EXPECT_EQ(Blank->Meant.Key, "tags");
  EXPECT_EQ(Blank->Meant.Value, std::optional<std::string>("pets"));
  // A flag takes no value, so `deprecated:yes` is no misplaced '='.
  auto Flag = suggestKey({"deprecated:yes", std::nullopt}, DeclKind::Handler);
  EXPECT_TRUE(!Flag || !Flag->SeparatorFixed);
}

TEST(AnnotationTextTest, SuggestKeyKeepsTheValueOfAMisspeltKey) {
  auto Typo = suggestKey({"aws_lamda_uri", std::string("${fn}")}, DeclKind::Handler);
  ASSERT_TRUE(Typo);
  EXPECT_FALSE(Typo->SeparatorFixed);
  EXPECT_EQ(Typo->Meant.Key, "aws_lambda_uri");
  EXPECT_EQ(Typo->Meant.Value, std::optional<std::string>("${fn}"));
  EXPECT_FALSE(suggestKey({"zzz", std::nullopt}, DeclKind::Handler));
}

TEST(AnnotationTextTest, ClosestNameIgnoresCaseAndUnderscores) {
  const std::vector<std::string> Params = {"customer_id", "limit"};
  EXPECT_EQ(closestName("customerId", Params), std::optional<std::string>("customer_id"));
  EXPECT_EQ(closestName("CUSTOMER-ID", Params), std::optional<std::string>("customer_id"));
  EXPECT_EQ(closestName("limti", Params), std::optional<std::string>("limit"));
  EXPECT_EQ(closestName("order", Params), std::nullopt);
  EXPECT_EQ(closestName("limit", Params), std::nullopt); // Itself is no suggestion.
}

TEST(AnnotationTextTest, Describe) {
  EXPECT_EQ(describe(DeclKind::Handler), "handler");
  EXPECT_EQ(describe(DeclKind::Parameter), "handler parameter");
  EXPECT_EQ(describe(DeclKind::Record), "model");
  EXPECT_EQ(describe(DeclKind::Field), "model field");
  EXPECT_EQ(describe(DeclKind::EnumConstant), "enumerator");
  EXPECT_EQ(describe(DeclKind::Authorizer), "authorizer");
  EXPECT_EQ(describe(DeclKind::Api), "api variable");
}
