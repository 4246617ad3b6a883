//===- PreambleCache.h - Precompiled preambles shared between units -------===//
#pragma once

#include "scan/PreambleBuilder.h"

#include <clang/Basic/FileManager.h>

#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace apigw {

/// A unit's preamble (the #include and #define lines it opens with),
/// precompiled with function bodies skipped. Parsing a unit over it costs
/// what the rest of the unit costs: most of a handler unit's parse is
/// nlohmann/json.hpp and the standard headers.
struct SharedPreamble {
  std::string PchFile;
  unsigned Size = 0; ///< Bytes of the unit the PCH stands for.
  bool EndsAtStartOfLine = false;
  PreambleFacts Facts;
};

/// Precompiled preambles by everything that decides their content: the
/// preamble's text, the unit's flags, its directory (for "quoted" includes)
/// and working directory, and the tool's version. Units with equal keys
/// share one; an entry whose headers changed is rebuilt. Thread-safe, and
/// safe across processes (a lock file makes one process build an entry
/// while the others wait for it).
class PreambleCache {
public:
  /// Entries kept in `Directory` across runs, built the first time a unit
  /// needs them: the cache of the per-unit `scan` actions of a build.
  static std::shared_ptr<PreambleCache> persistent(std::string Directory);
  /// Entries in a temporary directory removed with the cache, built only
  /// once a second unit needs them: a whole-database scan sees each unit
  /// once, and precompiling for one unit costs more than parsing it.
  static std::shared_ptr<PreambleCache> temporary();
  ~PreambleCache();

  /// The preamble to parse `Source` over with `Args` (its adjusted
  /// command). None when the unit has no preamble, its command does not
  /// allow one (an explicit language, a PCH of its own), or the preamble
  /// does not compile on its own.
  std::shared_ptr<const SharedPreamble> find(const std::vector<std::string> &Args,
                                             const std::string &Source, clang::FileManager &Files);

  /// Whether another thread is building the preamble `find` would give:
  /// the scan runs other units meanwhile rather than wait.
  bool building(const std::vector<std::string> &Args, const std::string &Source,
                clang::FileManager &Files);

  /// Where entries live: files under it are not the unit's dependencies.
  const std::string &directory() const { return Directory; }

private:
  struct Request;
  struct Slot {
    unsigned Wanted = 0;
    std::shared_future<std::shared_ptr<const SharedPreamble>> Ready;
  };

  PreambleCache(std::string Directory, bool Temporary);
  std::optional<Request> request(const std::vector<std::string> &Args, const std::string &Source,
                                 clang::FileManager &Files) const;
  std::shared_ptr<const SharedPreamble> loadOrBuild(const Request &R, clang::FileManager &Files);
  std::shared_ptr<const SharedPreamble> load(const Request &R) const;
  std::shared_ptr<const SharedPreamble> build(const Request &R, clang::FileManager &Files) const;

  std::string Directory;
  bool Temporary;
  std::mutex Lock;
  std::map<std::string, Slot> Slots;
};

} // namespace apigw
