//===- Generator.h - One kind of file a run writes ------------------------===//
//
// Every output of a run (the REST API document, the public spec, the
// Terraform variables, the route list...) is a Generator over the merged
// representation, registered in Generators.def; the driver plans, checks and
// writes the requested ones together, all or none. docs/design.md says how
// to add one.
//
//===----------------------------------------------------------------------===//
#pragma once

#include "emit/OpenApiEmitter.h"
#include "model/Representation.h"
#include "outputs/DocumentFormat.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace apigw {

/// What the outputs of one run are made from; the documents several outputs
/// read are emitted once.
class GenerationContext {
public:
  GenerationContext(const ApiModel &Api, const EmitOptions &Options,
                    std::vector<std::string_view> Requested)
      : Api(Api), Options(Options), Requested(std::move(Requested)) {}

  const ApiModel &api() const { return Api; }
  /// Whether the run writes the output of the generator with `Option`.
  bool requested(std::string_view Option) const;
  /// `--cors[=<origin>]` as the command line gave it.
  const std::optional<std::string> &corsOrigin() const { return Options.CorsOrigin; }
  /// The API Gateway document (every x-amazon-apigateway-* extension).
  const nlohmann::ordered_json &restDocument();
  /// The document for the API's clients (PublicSpec.h).
  const nlohmann::ordered_json &publicDocument();

private:
  const ApiModel &Api;
  const EmitOptions &Options;
  std::vector<std::string_view> Requested;
  std::optional<nlohmann::ordered_json> Rest, Public;
};

class Generator {
public:
  virtual ~Generator() = default;
  /// The command-line option that asks for the output and names its file.
  virtual std::string_view option() const = 0;
  /// Whether the output is an OpenAPI document, written as JSON or YAML
  /// (`--format`, else the file's extension) and compared as data by `--check`.
  virtual bool isDocument() const { return false; }
  /// Reports what the merged API lacks for this output, before anything is written.
  virtual void check(const ApiModel &, Diagnostics &) const {}
  /// The output's bytes; `Format` is the document's (ignored otherwise).
  virtual std::string generate(GenerationContext &Context, OutputFormat Format) const = 0;
};

/// Every generator, the API Gateway document (`-o`) first.
const std::vector<const Generator *> &generators();

/// The generator asked for by `Option`, or null.
const Generator *findGenerator(std::string_view Option);

} // namespace apigw
