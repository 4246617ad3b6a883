//===- DynamoDB.cpp - aws_dynamodb_table_name= and its item keys ----------===//
//
// PutItem for POST/PUT, GetItem (or Query with a query expression) for GET,
// DeleteItem for DELETE, over the table's `PK` (and `SK`) attributes.
//
//===----------------------------------------------------------------------===//
#include "integrations/IntegrationKind.h"
#include "model/Registered.h"

#include "integrations/ServiceParts.h"
#include "integrations/VtlTemplates.h"
#include "model/HttpMethods.h"

namespace apigw {
namespace {

/// The item's partition key when the user gives no pattern: the first path
/// parameter (`/items/{id}`), else the request id (a POST creating an item).
std::string defaultPartitionKey(const Operation &Op) {
  auto Path = parametersIn(Op, ParamIn::Path);
  if (Path.empty())
    return "$context.requestId";
  return escapedForJsonString("$input.params('" + Path.front()->Name + "')");
}

class DynamoDB final : public IntegrationKind {
public:
  DynamoDB()
      : IntegrationKind({.Name = "DynamoDB",
                         .ChoosingKeys = {{"aws_dynamodb_table_name", verbatim}},
                         .OptionKeys = {"aws_dynamodb_pk_pattern", "aws_dynamodb_sk_pattern",
                                        "aws_dynamodb_fields", "aws_dynamodb_query_expr"},
                         .NeedsRole = true,
                         .Methods = {{"get", "post", "put", "delete"},
                                     "a DynamoDB integration maps GET to GetItem (or Query), "
                                     "POST and PUT to PutItem, DELETE to DeleteItem"},
                         .WhatReaches = "the DynamoDB request does not use it "
                                        "('aws_dynamodb_pk_pattern=', 'aws_dynamodb_sk_pattern=', "
                                        "'aws_dynamodb_fields=' or 'aws_dynamodb_query_expr=' may, "
                                        "as $input.params('name'))"}) {}

private:
  void read(const Annotation &, const Annotations &Keys, Integration &I,
            Diagnostics &) const override {
    DynamoDbItem Item{
        valueOf(Keys, "aws_dynamodb_pk_pattern"), valueOf(Keys, "aws_dynamodb_sk_pattern"),
        valueOf(Keys, "aws_dynamodb_fields"), valueOf(Keys, "aws_dynamodb_query_expr")};
    if (Item != DynamoDbItem{})
      I.Options = std::move(Item);
  }
  void checkRoute(const RouteCheck &Check) const override {
    // GetItem and DeleteItem need the item's key: the pattern, else the
    // first path parameter; a GET may Query instead.
    const Operation &Op = Check.Op;
    const DynamoDbItem &Item = optionsOf<DynamoDbItem>(Op.Target);
    if (((Op.Method == "get" && Item.QueryExpression.empty()) || Op.Method == "delete") &&
        Check.Path.Params.empty() && Item.PartitionKey.empty())
      Check.fail("'aws_dynamodb_table_name' on " + routeName(Op.Method, Op.Path) +
                 " does not say which item: add a path parameter (e.g. '" +
                 withSegment(Op.Path, "{id}") + "') or 'aws_dynamodb_pk_pattern=<key>'" +
                 (Op.Method == "get" ? ", or 'aws_dynamodb_query_expr=<Query members>'" : ""));
  }
  /// The default partition key is the first path parameter.
  bool passesParameter(const Parameter &P, const Operation &Op) const override {
    auto Path = parametersIn(Op, ParamIn::Path);
    return optionsOf<DynamoDbItem>(Op.Target).PartitionKey.empty() && !Path.empty() &&
           Path.front() == &P;
  }
  std::vector<std::string> requestTexts(const Integration &I) const override {
    const DynamoDbItem &Item = optionsOf<DynamoDbItem>(I);
    return {Item.PartitionKey, Item.SortKey, Item.Fields, Item.QueryExpression};
  }
  IntegrationParts parts(const Operation &Op) const override;
};

IntegrationParts DynamoDB::parts(const Operation &Op) const {
  const DynamoDbItem &Item = optionsOf<DynamoDbItem>(Op.Target);
  const std::string &Table = Op.Target.Target;
  std::string Pk = Item.PartitionKey.empty() ? defaultPartitionKey(Op) : Item.PartitionKey;
  std::string Action, Template;
  if (Op.Method == "get" || Op.Method == "head") {
    const std::string &Query = Item.QueryExpression;
    Action = Query.empty() ? "GetItem" : "Query";
    Template = Query.empty() ? dynamoDbKeyTemplate(Table, Pk, Item.SortKey)
                             : dynamoDbQueryTemplate(Table, Query);
  } else if (Op.Method == "delete") {
    Action = "DeleteItem";
    Template = dynamoDbKeyTemplate(Table, Pk, Item.SortKey);
  } else {
    // Without `aws_dynamodb_fields` the request body is kept whole, as a
    // string attribute, rather than dropped.
    std::string Fields = Item.Fields;
    if (Fields.empty())
      Fields = "\"body\": {\"S\": \"" + escapedForJsonString("$input.json('$')") + "\"}";
    Action = "PutItem";
    Template = dynamoDbPutItemTemplate(Table, Pk, Item.SortKey, Fields);
  }
  return awsService(Op, awsServiceUri("dynamodb", "action/" + Action), std::move(Template));
}

} // namespace

const IntegrationKind &dynamoDbKind() { return registeredInstance<DynamoDB>(); }

} // namespace apigw
