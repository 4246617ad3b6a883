//===- Outputs.cpp - The files one run writes, all or none ----------------===//
#include "Outputs.h"

#include "YamlDocument.h"

#include <llvm/ADT/StringRef.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/raw_ostream.h>

namespace apigw {

namespace {

llvm::Error cannotWrite(const std::string &Path, const llvm::Twine &Why) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "cannot write '" + Path + "': " + Why);
}

llvm::Error writeTo(const std::string &Path, llvm::StringRef Contents,
                    llvm::sys::fs::OpenFlags Flags) {
  std::error_code EC;
  llvm::raw_fd_ostream Out(Path, EC, Flags);
  if (EC)
    return cannotWrite(Path, EC.message());
  Out << Contents;
  Out.close();
  if (Out.has_error()) {
    std::string Why = Out.error().message();
    Out.clear_error();
    return cannotWrite(Path, Why);
  }
  return llvm::Error::success();
}

/// A temporary beside `Path` holding `Contents`.
llvm::Expected<std::string> writeTemporary(const std::string &Path,
                                           llvm::StringRef Contents) {
  llvm::SmallString<256> Model(Path);
  Model += ".tmp-%%%%%%";
  int FD = -1;
  llvm::SmallString<256> TempPath;
  if (std::error_code EC = llvm::sys::fs::createUniqueFile(Model, FD, TempPath))
    return cannotWrite(Path, EC.message());
  llvm::raw_fd_ostream Out(FD, /*shouldClose=*/true);
  Out << Contents;
  Out.close();
  if (Out.has_error()) {
    std::string Why = Out.error().message();
    Out.clear_error();
    llvm::sys::fs::remove(TempPath);
    return cannotWrite(Path, Why);
  }
  return TempPath.str().str();
}

std::string directoryOf(const std::string &Path) {
  llvm::StringRef Dir = llvm::sys::path::parent_path(Path);
  return Dir.empty() ? "." : Dir.str();
}

} // namespace

bool isStdout(const std::string &Path) { return Path.empty() || Path == "-"; }

bool isSpecialFile(const std::string &Path) {
  llvm::sys::fs::file_status Status;
  if (llvm::sys::fs::status(Path, Status))
    return false;
  return llvm::sys::fs::exists(Status) &&
         !llvm::sys::fs::is_regular_file(Status) &&
         !llvm::sys::fs::is_directory(Status);
}

llvm::Expected<OutputFormat> outputFormat(const std::string &Path,
                                          const std::string &FormatOption) {
  if (FormatOption == "json")
    return OutputFormat::Json;
  if (FormatOption == "yaml")
    return OutputFormat::Yaml;
  if (!FormatOption.empty())
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "--format must be 'json' or 'yaml', not '" +
                                       FormatOption + "'");
  llvm::StringRef Extension = llvm::sys::path::extension(Path);
  return Extension.equals_insensitive(".yaml") ||
                 Extension.equals_insensitive(".yml")
             ? OutputFormat::Yaml
             : OutputFormat::Json;
}

std::string documentText(const nlohmann::ordered_json &Doc,
                         OutputFormat Format) {
  // Bytes that are not UTF-8 (a Latin-1 comment or annotation) become U+FFFD,
  // as writeFragment does, so a whole run and scan + merge agree and neither
  // throws.
  std::string Json = Doc.dump(Format == OutputFormat::Json ? 2 : -1, ' ',
                              /*ensure_ascii=*/false,
                              nlohmann::ordered_json::error_handler_t::replace);
  if (Format == OutputFormat::Json)
    return Json + "\n";
  return toYaml(nlohmann::ordered_json::parse(Json));
}

llvm::Error checkWritable(const std::string &Path) {
  if (isStdout(Path))
    return llvm::Error::success();
  if (llvm::sys::fs::is_directory(Path))
    return cannotWrite(Path, "it is a directory");
  const std::string Dir = directoryOf(Path);
  if (!llvm::sys::fs::is_directory(Dir))
    return cannotWrite(Path, "no directory '" + Dir + "'");
  if (llvm::sys::fs::access(Dir, llvm::sys::fs::AccessMode::Write))
    return cannotWrite(Path, "directory '" + Dir + "' is not writable");
  return llvm::Error::success();
}

llvm::Error writeOutputs(const std::vector<PlannedOutput> &Outputs) {
  struct Staged {
    const PlannedOutput *Output;
    std::string Temporary; ///< Empty: written directly (special file).
  };
  std::vector<Staged> Files;
  auto RemoveTemporaries = [&] {
    for (const Staged &S : Files)
      if (!S.Temporary.empty())
        llvm::sys::fs::remove(S.Temporary);
  };
  for (const PlannedOutput &Out : Outputs) {
    if (isStdout(Out.Path))
      continue;
    if (llvm::sys::fs::is_directory(Out.Path)) {
      RemoveTemporaries();
      return cannotWrite(Out.Path, "it is a directory");
    }
    if (isSpecialFile(Out.Path)) {
      Files.push_back({&Out, ""});
      continue;
    }
    auto Temporary = writeTemporary(Out.Path, Out.Contents);
    if (!Temporary) {
      RemoveTemporaries();
      return Temporary.takeError();
    }
    Files.push_back({&Out, std::move(*Temporary)});
  }
  auto Commit = [](const Staged &S) -> llvm::Error {
    if (S.Temporary.empty())
      return writeTo(S.Output->Path, S.Output->Contents,
                     llvm::sys::fs::OF_None);
    if (std::error_code EC = llvm::sys::fs::rename(S.Temporary, S.Output->Path))
      return cannotWrite(S.Output->Path, EC.message());
    return llvm::Error::success();
  };
  for (size_t I = 0; I < Files.size(); ++I) {
    if (llvm::Error E = Commit(Files[I])) {
      for (size_t J = I; J < Files.size(); ++J)
        if (!Files[J].Temporary.empty())
          llvm::sys::fs::remove(Files[J].Temporary);
      return E;
    }
  }
  for (const PlannedOutput &Out : Outputs)
    if (isStdout(Out.Path)) {
      llvm::outs() << Out.Contents;
      llvm::outs().flush();
    }
  return llvm::Error::success();
}

} // namespace apigw
