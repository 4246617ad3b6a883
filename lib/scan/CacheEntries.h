//===- CacheEntries.h - Keeping a cache directory small -------------------===//
#pragma once

#include <chrono>
#include <string>

namespace apigw {

/// Unused entries of a persistent preamble cache are removed, as Clang
/// prunes its module cache: an entry is its files `<key>.*`, and its
/// `<key>.json` is touched each time it is used.
constexpr std::chrono::hours UnusedEntryLifetime{24 * 7};

/// Records that the entry whose facts file is `FactsFile` was used now.
void markUsed(const std::string &FactsFile);

/// Removes the entries of `Directory` not used for `Lifetime`: the files of
/// each key whose files are all older (a young `.json` is a recent use; a
/// young `.pch` or `.h`, an entry being built).
void pruneUnused(const std::string &Directory, std::chrono::hours Lifetime);

} // namespace apigw
