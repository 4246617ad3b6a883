//===- Database.cpp -------------------------------------------------------===//
#include "driver/Database.h"

#include <clang/Tooling/JSONCompilationDatabase.h>
#include <llvm/ADT/SmallString.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/VirtualFileSystem.h>

#include <algorithm>
#include <map>

namespace apigw {
namespace {

using clang::tooling::CompilationDatabase;
using clang::tooling::CompileCommand;

/// `Path` against `Base` when relative (against the current directory when
/// `Base` is empty), `.` and `..` removed.
std::string absoluteAgainst(llvm::StringRef Base, llvm::StringRef Path) {
  llvm::SmallString<256> Result(Path);
  if (Base.empty())
    llvm::sys::fs::make_absolute(Result);
  else
    llvm::sys::fs::make_absolute(Base, Result);
  llvm::sys::path::remove_dots(Result, /*remove_dot_dot=*/true);
  return Result.str().str();
}

std::string absolute(llvm::StringRef Path) { return absoluteAgainst("", Path); }

void resolve(CompileCommand &Command, llvm::StringRef Base) {
  Command.Directory = absoluteAgainst(Base, Command.Directory);
  Command.Filename = absoluteAgainst(Command.Directory, Command.Filename);
}

bool runsFirst(const CompileCommand &A, const CompileCommand &B) {
  return std::tie(A.Directory, A.CommandLine, A.Output) <
         std::tie(B.Directory, B.CommandLine, B.Output);
}

/// A JSON database with every command's `directory` made absolute against
/// the database's own directory (where a relative one is meant to start) and
/// its file against that directory, `..` removed. A file compiled several
/// ways has its commands in one fixed order (directory, then arguments),
/// whatever their order in the file. Files it does not list are asked of the
/// inner database, which borrows a neighbour's command (LLVM's
/// interpolation, as clangd does).
class ResolvedDatabase : public CompilationDatabase {
public:
  ResolvedDatabase(std::unique_ptr<CompilationDatabase> Inner, std::string Base)
      : Inner(std::move(Inner)), Base(absolute(Base)) {
    for (CompileCommand &Command : this->Inner->getAllCompileCommands()) {
      resolve(Command, this->Base);
      ByFile[Command.Filename].push_back(std::move(Command));
    }
    for (auto &[File, Commands] : ByFile)
      std::stable_sort(Commands.begin(), Commands.end(), runsFirst);
  }

  std::vector<CompileCommand> getCompileCommands(llvm::StringRef File) const override {
    auto Known = ByFile.find(absolute(File));
    if (Known != ByFile.end())
      return Known->second;
    std::vector<CompileCommand> Borrowed = Inner->getCompileCommands(File);
    for (CompileCommand &Command : Borrowed)
      resolve(Command, Base);
    std::stable_sort(Borrowed.begin(), Borrowed.end(), runsFirst);
    return Borrowed;
  }

  std::vector<std::string> getAllFiles() const override {
    std::vector<std::string> Files;
    for (const auto &[File, Commands] : ByFile)
      Files.push_back(File);
    return Files;
  }

  std::vector<CompileCommand> getAllCompileCommands() const override {
    std::vector<CompileCommand> All;
    for (const auto &[File, Commands] : ByFile)
      All.insert(All.end(), Commands.begin(), Commands.end());
    return All;
  }

private:
  std::unique_ptr<CompilationDatabase> Inner;
  std::string Base;
  std::map<std::string, std::vector<CompileCommand>> ByFile;
};

/// What LLVM's JSON plugin adds to the file it reads: response files
/// expanded, commands borrowed for unlisted files, the target and driver
/// mode taken from the compiler's name (`aarch64-linux-gnu-g++`).
std::unique_ptr<CompilationDatabase> readJson(const std::string &Path, std::string &Error) {
  using namespace clang::tooling;
  if (llvm::sys::fs::is_directory(Path)) {
    Error = "'" + Path + "' is a directory, not a compilation database";
    return nullptr;
  }
  std::string Reason;
  std::unique_ptr<CompilationDatabase> Database =
      JSONCompilationDatabase::loadFromFile(Path, Reason, JSONCommandLineSyntax::AutoDetect);
  if (!Database) {
    Error = "cannot read compilation database '" + Path +
            "': " + llvm::StringRef(Reason).split('\n').first.trim().str();
    return nullptr;
  }
  Database = expandResponseFiles(std::move(Database), llvm::vfs::getRealFileSystem());
  return inferTargetAndDriverMode(inferMissingCompileCommands(std::move(Database)));
}

std::unique_ptr<CompilationDatabase> readFlags(const std::string &Path, std::string &Error) {
  std::string Reason;
  auto Database = clang::tooling::FixedCompilationDatabase::loadFromFile(Path, Reason);
  if (!Database)
    Error = "cannot read '" + Path + "': " + Reason;
  return Database;
}

std::string join(llvm::StringRef Directory, llvm::StringRef Name) {
  llvm::SmallString<256> Path(Directory);
  llvm::sys::path::append(Path, Name);
  return Path.str().str();
}

/// The database `Directory` holds, if any; `Found` says whether there was a
/// file to read (which may have failed: `Error`), `File` which one.
std::unique_ptr<CompilationDatabase> databaseIn(const std::string &Directory, bool &Found,
                                                std::string &File, std::string &Error) {
  Found = true;
  for (const char *Json : {"compile_commands.json", "build/compile_commands.json"}) {
    const std::string Path = join(Directory, Json);
    if (!llvm::sys::fs::exists(Path))
      continue;
    File = absolute(Path);
    auto Database = readJson(Path, Error);
    if (!Database)
      return nullptr;
    return std::make_unique<ResolvedDatabase>(std::move(Database),
                                              llvm::sys::path::parent_path(Path).str());
  }
  const std::string Flags = join(Directory, "compile_flags.txt");
  if (llvm::sys::fs::exists(Flags)) {
    File = absolute(Flags);
    return readFlags(Flags, Error);
  }
  Found = false;
  return nullptr;
}

} // namespace

std::unique_ptr<CompilationDatabase>
findDatabase(const std::string &BuildPath, const std::string &StartDirectory, std::string &File,
             std::string &Error) {
  bool Found = false;
  if (!BuildPath.empty()) {
    auto Database = databaseIn(BuildPath, Found, File, Error);
    if (!Found)
      Error = "no compilation database in '" + BuildPath +
              "' (compile_commands.json, build/compile_commands.json or compile_flags.txt); "
              "point -p at the build directory";
    return Database;
  }
  const std::string Start = absolute(StartDirectory);
  for (llvm::StringRef D = Start; !D.empty(); D = llvm::sys::path::parent_path(D))
    if (auto Database = databaseIn(D.str(), Found, File, Error); Found)
      return Database;
  Error = "no compilation database (compile_commands.json) in '" + Start +
          "' or its parents; name its directory with -p, or give sources and flags after '--'";
  return nullptr;
}

} // namespace apigw
