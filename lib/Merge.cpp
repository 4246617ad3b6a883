//===- Merge.cpp - One program from many translation units ----------------===//
//
// Map-reduce in the style of clang-doc: every unit yields its own ApiModel and
// this file reduces them. Two passes per kind of declaration:
//   1. collapse: sightings of the *same* declaration (a header included by
//      many units) become one; sightings that disagree are an error;
//   2. clashes: *different* declarations that claim one name (a route, an
//      operationId, an authorizer id...) are an error at the later one.
// Everything is sorted before it is compared, so neither the result nor the
// diagnostics depend on the order of the units.
//
//===----------------------------------------------------------------------===//
#include "Merge.h"

#include "AnnotationText.h"
#include "Fingerprint.h"
#include "HttpMethods.h"

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

/// Pass 1. `Identity` says which items are sightings of one declaration;
/// `Describe` names it in the message when two sightings disagree.
template <typename T>
std::vector<T> collapseSightings(std::vector<T> Items,
                                 std::function<std::string(const T &)> Identity,
                                 std::function<std::string(const T &)> Describe,
                                 Diagnostics &Diags) {
  struct Sighting {
    std::string Key;
    std::string Print;
    T Item;
  };
  std::vector<Sighting> All;
  for (T &Item : Items) {
    std::string Key = Identity(Item);
    std::string Print = fingerprint(Item);
    All.push_back({std::move(Key), std::move(Print), std::move(Item)});
  }
  std::sort(All.begin(), All.end(), [](const Sighting &A, const Sighting &B) {
    return std::tie(A.Key, A.Item.Loc, A.Print) <
           std::tie(B.Key, B.Item.Loc, B.Print);
  });

  std::vector<T> Kept;
  for (auto First = All.begin(); First != All.end();) {
    auto End = std::find_if(First, All.end(), [&](const Sighting &S) {
      return S.Key != First->Key;
    });
    std::set<std::string> Reported = {First->Print};
    for (auto Other = First + 1; Other != End; ++Other) {
      if (!Reported.insert(Other->Print).second)
        continue;
      std::string Message =
          Describe(First->Item) +
          " has different definitions in different translation units";
      Diags.push_back(Other->Item.Loc == First->Item.Loc
                          ? error(Other->Item.Loc, std::move(Message))
                          : errorWithPrevious(Other->Item.Loc,
                                              std::move(Message),
                                              First->Item.Loc));
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

std::vector<Operation> mergeOperations(std::vector<Operation> Ops,
                                       Diagnostics &Diags) {
  // One handler may carry several route keys: its identity is the location
  // plus the route, not the location alone.
  Ops = collapseSightings<Operation>(
      std::move(Ops),
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

std::vector<Model> mergeModels(std::vector<Model> Models, Diagnostics &Diags) {
  // Identity is the id alone: the same struct reached through two spellings
  // of a header's path is one model as long as it says the same. The result
  // comes out sorted by id.
  return collapseSightings<Model>(
      std::move(Models), [](const Model &M) { return M.Id; },
      [](const Model &M) { return "model '" + M.Id + "'"; }, Diags);
}

std::vector<Authorizer> mergeAuthorizers(std::vector<Authorizer> Auths,
                                         Diagnostics &Diags) {
  Auths = collapseSightings<Authorizer>(
      std::move(Auths),
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

std::vector<ApiSettings> mergeApis(std::vector<ApiSettings> Apis,
                                   Diagnostics &Diags) {
  Apis = collapseSightings<ApiSettings>(
      std::move(Apis), [](const ApiSettings &A) { return locationKey(A.Loc); },
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

} // namespace

ApiModel mergeUnits(std::vector<ApiModel> Units, Diagnostics &Diags) {
  ApiModel All;
  for (ApiModel &Unit : Units) {
    append(All.Operations, Unit.Operations);
    append(All.Authorizers, Unit.Authorizers);
    append(All.Models, Unit.Models);
    append(All.Apis, Unit.Apis);
  }

  // Every authorizer id any unit declares counts as known, even one dropped
  // below for a clashing scheme name: that clash gets its own error.
  std::set<std::string> Known;
  for (const Authorizer &A : All.Authorizers)
    Known.insert(A.Id);

  Diagnostics Found;
  ApiModel Merged;
  Merged.Operations = mergeOperations(std::move(All.Operations), Found);
  Merged.Models = mergeModels(std::move(All.Models), Found);
  Merged.Authorizers = mergeAuthorizers(std::move(All.Authorizers), Found);
  Merged.Apis = mergeApis(std::move(All.Apis), Found);

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
