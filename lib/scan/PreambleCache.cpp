//===- PreambleCache.cpp --------------------------------------------------===//
#include "scan/PreambleCache.h"

#include "scan/CacheEntries.h"
#include "map/SourceLocations.h"

#include <clang/Basic/LangOptions.h>
#include <clang/Basic/Version.h>
#include <clang/Driver/Types.h>
#include <clang/Lex/Lexer.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/LockFileManager.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/SHA256.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/ADT/StringExtras.h>
#include <nlohmann/json.hpp>

namespace apigw {

/// One unit's preamble: the command that precompiles it and the entry's
/// files.
struct PreambleCache::Request {
  std::string Key;
  std::string Text; ///< The preamble, which becomes the header precompiled.
  clang::PreambleBounds Bounds{0, false};
  std::vector<std::string> HeaderArgs;
  std::string HeaderFile, PchFile, FactsFile;
};

namespace {

/// The entry format: a different number makes older entries unreadable
/// (2: DeclaresAnnotated counts annotated type aliases too).
constexpr int FactsFormat = 2;

/// A C++ source by the driver's own table of extensions: our header is
/// precompiled as C++.
bool isCxxSource(llvm::StringRef File) {
  llvm::StringRef Ext = llvm::sys::path::extension(File);
  return !Ext.empty() &&
         clang::driver::types::lookupTypeForExtension(Ext.drop_front()) ==
             clang::driver::types::TY_CXX;
}

/// Where `Source` is in `Args`, when the command allows a preamble of ours:
/// Clang takes one PCH, and an explicit `-x` would apply to our header too.
std::optional<size_t> sourceArgument(const std::vector<std::string> &Args,
                                     const std::string &Source, llvm::vfs::FileSystem &FS) {
  const std::string Wanted = lexicalPath(FS, Source);
  std::optional<size_t> Index;
  for (size_t I = 1; I < Args.size(); ++I) {
    llvm::StringRef Arg = Args[I];
    if (Arg.starts_with("-x") || Arg.starts_with("-include-pch") || Arg.starts_with("-emit"))
      return std::nullopt;
    if (!Arg.starts_with("-") && lexicalPath(FS, Arg) == Wanted)
      Index = I;
  }
  if (!Index || !isCxxSource(Source))
    return std::nullopt;
  return Index;
}

/// The unit's command with its source replaced by the preamble header. The
/// header lives in the cache, so the unit's directory goes first among the
/// "quoted" include directories, where the unit itself would look first.
std::vector<std::string> headerCommand(const std::vector<std::string> &Args, size_t SourceIndex,
                                       const std::string &UnitDirectory,
                                       const std::string &Header) {
  std::vector<std::string> Command = {Args[0], "-iquote", UnitDirectory};
  Command.insert(Command.end(), Args.begin() + 1, Args.begin() + SourceIndex);
  Command.insert(Command.end(), {"-x", "c++-header", Header});
  Command.insert(Command.end(), Args.begin() + SourceIndex + 1, Args.end());
  return Command;
}

std::string hashOf(const std::vector<std::string> &Parts) {
  llvm::SHA256 Hash;
  for (const std::string &Part : Parts) {
    Hash.update(Part);
    Hash.update(llvm::StringRef("\0", 1));
  }
  return llvm::toHex(Hash.final(), /*LowerCase=*/true).substr(0, 32);
}

bool writeFile(const std::string &Path, llvm::StringRef Content) {
  // Through a temporary and a rename: a reader never sees half an entry.
  return !llvm::errorToBool(llvm::writeToOutput(Path, [&](llvm::raw_ostream &OS) {
    OS << Content;
    return llvm::Error::success();
  }));
}

nlohmann::json factsJson(const clang::PreambleBounds &Bounds, const PreambleFacts &Facts) {
  nlohmann::json Inputs = nlohmann::json::array();
  for (const FileStamp &Input : Facts.Inputs)
    Inputs.push_back({Input.Path, Input.Size, Input.ModifiedNs});
  return {{"Format", FactsFormat},
          {"Size", Bounds.Size},
          {"EndsAtStartOfLine", Bounds.PreambleEndsAtStartOfLine},
          {"DeclaresAnnotated", Facts.DeclaresAnnotated},
          {"EnumTables", Facts.EnumTables},
          {"Inputs", Inputs}};
}

std::optional<PreambleFacts> readFacts(const nlohmann::json &J, const clang::PreambleBounds &Bounds) {
  if (J.value("Format", 0) != FactsFormat || J.at("Size") != Bounds.Size ||
      J.at("EndsAtStartOfLine") != Bounds.PreambleEndsAtStartOfLine)
    return std::nullopt;
  PreambleFacts Facts;
  J.at("DeclaresAnnotated").get_to(Facts.DeclaresAnnotated);
  J.at("EnumTables").get_to(Facts.EnumTables);
  for (const nlohmann::json &Input : J.at("Inputs"))
    Facts.Inputs.push_back({Input.at(0), Input.at(1), Input.at(2)});
  return Facts;
}

} // namespace

std::shared_ptr<PreambleCache> PreambleCache::persistent(std::string Directory) {
  llvm::SmallString<256> Absolute(Directory);
  llvm::sys::fs::make_absolute(Absolute);
  llvm::sys::fs::create_directories(Absolute);
  return std::shared_ptr<PreambleCache>(new PreambleCache(Absolute.str().str(), false));
}

std::shared_ptr<PreambleCache> PreambleCache::temporary() {
  llvm::SmallString<256> Directory;
  if (llvm::sys::fs::createUniqueDirectory("clang-apigw-preambles", Directory))
    return nullptr;
  return std::shared_ptr<PreambleCache>(new PreambleCache(Directory.str().str(), true));
}

PreambleCache::PreambleCache(std::string Directory, bool Temporary)
    : Directory(std::move(Directory)), Temporary(Temporary) {}

PreambleCache::~PreambleCache() {
  if (Temporary)
    llvm::sys::fs::remove_directories(Directory);
}

std::optional<PreambleCache::Request>
PreambleCache::request(const std::vector<std::string> &Args, const std::string &Source,
                       clang::FileManager &Files) const {
  llvm::vfs::FileSystem &FS = Files.getVirtualFileSystem();
  std::optional<size_t> SourceIndex = sourceArgument(Args, Source, FS);
  if (!SourceIndex)
    return std::nullopt;
  auto Buffer = Files.getBufferForFile(Source);
  if (!Buffer)
    return std::nullopt;
  clang::LangOptions Cxx;
  Cxx.CPlusPlus = true;
  Request R;
  R.Bounds = clang::Lexer::ComputePreamble((*Buffer)->getBuffer(), Cxx);
  if (R.Bounds.Size == 0)
    return std::nullopt;
  R.Text = (*Buffer)->getBuffer().take_front(R.Bounds.Size).str();
  const std::string UnitDirectory =
      llvm::sys::path::parent_path(absolutePath(FS, Source)).str();

  std::vector<std::string> KeyParts = {APIGW_VERSION, CLANG_VERSION_STRING,
                                       absolutePath(FS, "."), UnitDirectory, R.Text,
                                       std::to_string(R.Bounds.PreambleEndsAtStartOfLine)};
  for (size_t I = 0; I < Args.size(); ++I)
    KeyParts.push_back(I == *SourceIndex ? std::string("<source>") : Args[I]);
  R.Key = hashOf(KeyParts);
  const std::string Stem = Directory + "/" + R.Key;
  R.HeaderFile = Stem + ".h";
  R.PchFile = Stem + ".pch";
  R.FactsFile = Stem + ".json";
  R.HeaderArgs = headerCommand(Args, *SourceIndex, UnitDirectory, R.HeaderFile);
  return R;
}

bool PreambleCache::building(const std::vector<std::string> &Args, const std::string &Source,
                             clang::FileManager &Files) {
  std::optional<Request> R = request(Args, Source, Files);
  if (!R)
    return false;
  std::lock_guard<std::mutex> Guard(Lock);
  auto It = Slots.find(R->Key);
  return It != Slots.end() && It->second.Ready.valid() &&
         It->second.Ready.wait_for(std::chrono::seconds(0)) != std::future_status::ready;
}

std::shared_ptr<const SharedPreamble>
PreambleCache::find(const std::vector<std::string> &Args, const std::string &Source,
                    clang::FileManager &Files) {
  std::optional<Request> R = request(Args, Source, Files);
  if (!R)
    return nullptr;
  std::unique_lock<std::mutex> Guard(Lock);
  Slot &S = Slots[R->Key];
  if (++S.Wanted < 2 && Temporary)
    return nullptr;
  if (S.Ready.valid()) {
    auto Ready = S.Ready;
    Guard.unlock();
    return Ready.get();
  }
  std::promise<std::shared_ptr<const SharedPreamble>> Promise;
  S.Ready = Promise.get_future().share();
  Guard.unlock();
  std::shared_ptr<const SharedPreamble> Ready = loadOrBuild(*R, Files);
  Promise.set_value(Ready);
  return Ready;
}

std::shared_ptr<const SharedPreamble> PreambleCache::loadOrBuild(const Request &R,
                                                                 clang::FileManager &Files) {
  if (auto Ready = load(R))
    return Ready;
  // Another process (a parallel build's other scan action) may be building
  // this very entry: wait for it rather than build it twice.
  llvm::LockFileManager BuildLock(R.PchFile);
  if (BuildLock.getState() == llvm::LockFileManager::LFS_Shared) {
    BuildLock.waitForUnlock();
    if (auto Ready = load(R))
      return Ready;
  }
  return build(R, Files);
}

std::shared_ptr<const SharedPreamble> PreambleCache::load(const Request &R) const {
  auto Buffer = llvm::MemoryBuffer::getFile(R.FactsFile);
  if (!Buffer || !llvm::sys::fs::exists(R.PchFile))
    return nullptr;
  nlohmann::json J = nlohmann::json::parse((*Buffer)->getBuffer(), nullptr, false);
  std::optional<PreambleFacts> Facts;
  try {
    Facts = readFacts(J, R.Bounds);
  } catch (const nlohmann::json::exception &) {
    return nullptr; // An entry of another format: rebuilt.
  }
  if (!Facts || !inputsUnchanged(Facts->Inputs))
    return nullptr;
  if (!Temporary)
    markUsed(R.FactsFile);
  return std::make_shared<SharedPreamble>(
      SharedPreamble{R.PchFile, R.Bounds.Size, R.Bounds.PreambleEndsAtStartOfLine, *Facts});
}

std::shared_ptr<const SharedPreamble> PreambleCache::build(const Request &R,
                                                           clang::FileManager &Files) const {
  if (!writeFile(R.HeaderFile, R.Text))
    return nullptr;
  std::optional<PreambleFacts> Facts = precompilePreamble(R.HeaderArgs, Files, R.PchFile);
  if (!Facts || !writeFile(R.FactsFile, factsJson(R.Bounds, *Facts).dump()))
    return nullptr;
  // A new entry is the moment to let go of old ones: rare, and the
  // directory is in hand.
  if (!Temporary)
    pruneUnused(Directory, UnusedEntryLifetime);
  return std::make_shared<SharedPreamble>(
      SharedPreamble{R.PchFile, R.Bounds.Size, R.Bounds.PreambleEndsAtStartOfLine, *Facts});
}

} // namespace apigw
