//===- Merge.cpp - One program from many translation units ----------------===//
//
// Map-reduce in the style of clang-doc: every unit yields its own ApiModel and
// this file reduces them. Two passes per kind of declaration:
//   1. collapse: sightings of the *same* declaration (a header included by
//      many units) become one: the one that saw the most of its
//      redeclarations; the others must agree with it on what they saw;
//   2. clashes: *different* declarations that claim one name (a route, an
//      operationId, an authorizer id...) are an error at the later one.
// Everything is sorted before it is compared, so neither the result nor the
// diagnostics depend on the order of the units.
//
//===----------------------------------------------------------------------===//
#include "model/Merge.h"

#include "keys/AnnotationText.h"
#include "model/Disagreement.h"
#include "model/Fingerprint.h"
#include "model/RepresentationJson.h"
#include "model/HttpMethods.h"

#include <llvm/ADT/StringRef.h>

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <tuple>

namespace apigw {

namespace {

constexpr std::string_view PreviousHere = "previous definition is here";

Diagnostic error(Location Loc, std::string Message) {
  Diagnostic D;
  D.Loc = std::move(Loc);
  D.Message = std::move(Message);
  return D;
}

Diagnostic errorWithPrevious(Location Loc, std::string Message,
                             const Location &Previous) {
  Diagnostic D = error(std::move(Loc), std::move(Message));
  D.Notes.emplace_back(Previous, std::string(PreviousHere));
  return D;
}

std::string routeName(const Operation &Op) {
  return upperMethod(Op.Method) + " " + Op.Path;
}

/// Part of an identity key: only equality matters, so any unambiguous
/// spelling will do.
std::string locationKey(const Location &Loc) {
  return Loc.File + '\0' + std::to_string(Loc.Line) + '\0' +
         std::to_string(Loc.Column);
}

/// A declaration as one unit saw it.
template <typename T> struct Seen {
  std::string Unit;
  T Item;
};

/// One sighting's first disagreement with the sighting that saw the most. A
/// sighting that saw fewer redeclarations (the header but not the .cpp file)
/// only has to agree on the keys of those it saw.
template <typename T>
std::optional<Disagreement> disagreement(const T &Whole, const T &Other) {
  if (auto Keys = keyDisagreement(Whole.From, Other.From))
    return Keys;
  if (seesLess(Other.From, Whole.From))
    return std::nullopt;
  return fieldDisagreement(Whole, Other, Other.Loc);
}

Diagnostic differentDefinitions(std::string What, const Location &Loc,
                                const Location &Kept,
                                const Disagreement &Difference,
                                const std::string &KeptUnit,
                                const std::string &Unit) {
  std::string Message =
      What + " has different definitions in different translation units";
  Diagnostic D = Loc == Kept ? error(Loc, std::move(Message))
                             : errorWithPrevious(Loc, std::move(Message), Kept);
  D.Notes.emplace_back(Difference.Loc,
                       Difference.What + " is " + Difference.First +
                           " in unit " + KeptUnit + " and " +
                           Difference.Second + " in unit " + Unit);
  return D;
}

/// Pass 1. `Identity` says which items are sightings of one declaration;
/// `Describe` names it in the message when two sightings disagree.
template <typename T>
std::vector<T> collapseSightings(std::vector<Seen<T>> Items,
                                 std::function<std::string(const T &)> Identity,
                                 std::function<std::string(const T &)> Describe,
                                 Diagnostics &Diags) {
  struct Sighting {
    std::string Key;
    std::string Print;
    std::string Unit;
    T Item;
  };
  std::vector<Sighting> All;
  for (Seen<T> &S : Items) {
    std::string Key = Identity(S.Item);
    std::string Print = fingerprint(S.Item);
    All.push_back(
        {std::move(Key), std::move(Print), std::move(S.Unit), std::move(S.Item)});
  }
  // Per declaration, the sighting that saw the most redeclarations first;
  // ties go by place, content, then unit, so no unit order can change the
  // choice.
  std::sort(All.begin(), All.end(), [](const Sighting &A, const Sighting &B) {
    if (A.Key != B.Key)
      return A.Key < B.Key;
    const size_t ASaw = A.Item.From.Declarations.size();
    const size_t BSaw = B.Item.From.Declarations.size();
    if (ASaw != BSaw)
      return ASaw > BSaw;
    return std::tie(A.Item.Loc, A.Print, A.Unit) <
           std::tie(B.Item.Loc, B.Print, B.Unit);
  });

  std::vector<T> Kept;
  for (auto First = All.begin(); First != All.end();) {
    auto End = std::find_if(First, All.end(), [&](const Sighting &S) {
      return S.Key != First->Key;
    });
    std::set<std::string> Checked = {First->Print};
    for (auto Other = First + 1; Other != End; ++Other) {
      if (!Checked.insert(Other->Print).second)
        continue;
      if (auto Difference = disagreement(First->Item, Other->Item))
        Diags.push_back(differentDefinitions(
            Describe(First->Item), Other->Item.Loc, First->Item.Loc,
            *Difference, First->Unit, Other->Unit));
    }
    Kept.push_back(std::move(First->Item));
    First = End;
  }
  return Kept;
}

/// Pass 2. `Items` must already be in source order; of several items with
/// one `Name`, the first stays and each later one is reported and dropped.
template <typename T>
void dropClashes(std::vector<T> &Items,
                 std::function<std::string(const T &)> Name,
                 std::function<std::string(const T &)> Message,
                 Diagnostics &Diags) {
  std::map<std::string, Location> FirstByName;
  std::vector<T> Kept;
  for (T &Item : Items) {
    auto [It, Inserted] = FirstByName.emplace(Name(Item), Item.Loc);
    if (Inserted)
      Kept.push_back(std::move(Item));
    else
      Diags.push_back(errorWithPrevious(Item.Loc, Message(Item), It->second));
  }
  Items = std::move(Kept);
}

std::vector<Operation> mergeOperations(std::vector<Seen<Operation>> Sightings,
                                       Diagnostics &Diags) {
  // One handler may carry several route keys: its identity is the location
  // plus the route, not the location alone.
  std::vector<Operation> Ops = collapseSightings<Operation>(
      std::move(Sightings),
      [](const Operation &Op) {
        return locationKey(Op.Loc) + '\0' + routeName(Op);
      },
      [](const Operation &Op) { return "route '" + routeName(Op) + "'"; },
      Diags);

  using Key = std::tuple<const Location &, const std::string &, unsigned>;
  std::sort(Ops.begin(), Ops.end(), [](const Operation &A, const Operation &B) {
    return Key(A.Loc, A.Path, methodRank(A.Method)) <
           Key(B.Loc, B.Path, methodRank(B.Method));
  });
  dropClashes<Operation>(
      Ops, routeName,
      [](const Operation &Op) {
        return "duplicate route '" + routeName(Op) + "'";
      },
      Diags);
  dropClashes<Operation>(
      Ops, [](const Operation &Op) { return Op.OperationId; },
      [](const Operation &Op) {
        return "duplicate operationId '" + Op.OperationId + "'";
      },
      Diags);

  // The canonical order: by path, then get, put, post... within a path.
  using Canonical =
      std::tuple<const std::string &, unsigned, const std::string &>;
  std::sort(Ops.begin(), Ops.end(), [](const Operation &A, const Operation &B) {
    return Canonical(A.Path, methodRank(A.Method), A.Method) <
           Canonical(B.Path, methodRank(B.Method), B.Method);
  });
  return Ops;
}

std::vector<Model> mergeModels(std::vector<Seen<Model>> Models,
                               Diagnostics &Diags) {
  // Identity is the id alone: the same struct reached through two spellings
  // of a header's path is one model as long as it says the same. The result
  // comes out sorted by id.
  return collapseSightings<Model>(
      std::move(Models), [](const Model &M) { return M.Id; },
      [](const Model &M) { return "model '" + M.Id + "'"; }, Diags);
}

std::vector<Authorizer> mergeAuthorizers(std::vector<Seen<Authorizer>> Sightings,
                                         Diagnostics &Diags) {
  std::vector<Authorizer> Auths = collapseSightings<Authorizer>(
      std::move(Sightings),
      [](const Authorizer &A) { return locationKey(A.Loc) + '\0' + A.Id; },
      [](const Authorizer &A) { return "authorizer '" + A.Id + "'"; }, Diags);

  std::sort(Auths.begin(), Auths.end(),
            [](const Authorizer &A, const Authorizer &B) {
              return std::tie(A.Loc, A.Id) < std::tie(B.Loc, B.Id);
            });
  dropClashes<Authorizer>(
      Auths, [](const Authorizer &A) { return A.Id; },
      [](const Authorizer &A) { return "duplicate authorizer '" + A.Id + "'"; },
      Diags);
  dropClashes<Authorizer>(
      Auths, [](const Authorizer &A) { return A.Name; },
      [](const Authorizer &A) {
        return "duplicate authorizer_name '" + A.Name + "' (authorizer '" +
               A.Id + "')";
      },
      Diags);

  std::sort(
      Auths.begin(), Auths.end(),
      [](const Authorizer &A, const Authorizer &B) { return A.Id < B.Id; });
  return Auths;
}

std::vector<ApiSettings> mergeApis(std::vector<Seen<ApiSettings>> Sightings,
                                   Diagnostics &Diags) {
  std::vector<ApiSettings> Apis = collapseSightings<ApiSettings>(
      std::move(Sightings), [](const ApiSettings &A) { return locationKey(A.Loc); },
      [](const ApiSettings &) { return std::string("the 'api' declaration"); },
      Diags);
  // collapseSightings sorted them by location already.
  dropClashes<ApiSettings>(
      Apis, [](const ApiSettings &) { return std::string(); },
      [](const ApiSettings &) {
        return std::string("more than one 'api' declaration in the program");
      },
      Diags);
  return Apis;
}

/// What `security=` can name, for the note after an unknown name.
std::string knownAuthorizersNote(const std::set<std::string> &Known) {
  if (Known.empty())
    return "the program declares no authorizer; declare one on a variable with "
           "'authorizer=<kind>'";
  std::string List;
  for (const std::string &Id : Known)
    List += (List.empty() ? "'" : ", '") + Id + "'";
  return "the program's authorizers are " + List;
}

void checkSecurity(
    const std::optional<std::vector<SecurityRequirement>> &Security,
    const std::set<std::string> &Known, Diagnostics &Diags) {
  if (!Security)
    return;
  for (const SecurityRequirement &Req : *Security) {
    if (Known.count(Req.Authorizer))
      continue;
    std::string Message =
        "unknown authorizer '" + Req.Authorizer + "' in security=";
    if (auto Hint = closestName(Req.Authorizer, {Known.begin(), Known.end()}))
      Message += "; did you mean '" + *Hint + "'?";
    Diags.push_back(error(Req.Loc, std::move(Message)));
    Diags.back().Notes.emplace_back(Location(), knownAuthorizersNote(Known));
  }
}

template <typename T> void append(std::vector<T> &To, std::vector<T> &From) {
  To.insert(To.end(), std::make_move_iterator(From.begin()),
            std::make_move_iterator(From.end()));
}

template <typename T>
void addSightings(std::vector<Seen<T>> &To, std::vector<T> &Items,
                  const std::string &Unit) {
  for (T &Item : Items)
    To.push_back({Unit, std::move(Item)});
}

} // namespace

ApiModel mergeUnits(std::vector<UnitModel> Units, Diagnostics &Diags) {
  std::vector<Seen<Operation>> Operations;
  std::vector<Seen<Authorizer>> Authorizers;
  std::vector<Seen<Model>> Models;
  std::vector<Seen<ApiSettings>> Apis;
  for (UnitModel &Unit : Units) {
    addSightings(Operations, Unit.Api.Operations, Unit.Source);
    addSightings(Authorizers, Unit.Api.Authorizers, Unit.Source);
    addSightings(Models, Unit.Api.Models, Unit.Source);
    addSightings(Apis, Unit.Api.Apis, Unit.Source);
  }

  // Every authorizer id any unit declares counts as known, even one dropped
  // below for a clashing scheme name: that clash gets its own error.
  std::set<std::string> Known;
  for (const Seen<Authorizer> &A : Authorizers)
    Known.insert(A.Item.Id);

  Diagnostics Found;
  ApiModel Merged;
  Merged.Operations = mergeOperations(std::move(Operations), Found);
  Merged.Models = mergeModels(std::move(Models), Found);
  Merged.Authorizers = mergeAuthorizers(std::move(Authorizers), Found);
  Merged.Apis = mergeApis(std::move(Apis), Found);

  for (const Operation &Op : Merged.Operations)
    checkSecurity(Op.Security, Known, Found);
  for (const ApiSettings &Api : Merged.Apis)
    checkSecurity(Api.Security, Known, Found);

  // Like a compiler, report in source order.
  std::stable_sort(
      Found.begin(), Found.end(),
      [](const Diagnostic &A, const Diagnostic &B) { return A.Loc < B.Loc; });
  append(Diags, Found);
  return Merged;
}

} // namespace apigw
