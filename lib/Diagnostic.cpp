//===- Diagnostic.cpp - Problems found in the user's annotations ----------===//
//
// Printed the way Clang prints its own diagnostics, so that IDEs and CI log
// parsers that understand `file:line:col: error:` pick ours up as well.
//
//===----------------------------------------------------------------------===//
#include "Diagnostic.h"

#include <llvm/ADT/StringRef.h>
#include <llvm/ADT/SmallString.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>

#include <algorithm>
#include <optional>

namespace apigw {

bool hasErrors(const Diagnostics &Diags) {
  return std::any_of(Diags.begin(), Diags.end(), [](const Diagnostic &D) {
    return D.Level == Severity::Error;
  });
}

std::string displayFile(const std::string &File, std::string_view WorkingDirectory) {
  llvm::StringRef Directory = llvm::StringRef(WorkingDirectory).rtrim('/');
  llvm::StringRef Rest = File;
  // A whole-component prefix only: /src/app is not under /src/a.
  if (!Directory.empty() && Rest.consume_front(Directory) && Rest.consume_front("/") &&
      !Rest.empty())
    return Rest.str();
  return File;
}

std::string displayFile(const std::string &File) {
  llvm::SmallString<256> WorkingDirectory;
  if (llvm::sys::fs::real_path(".", WorkingDirectory))
    return File;
  return displayFile(File, WorkingDirectory.str());
}

static std::string_view severityName(Severity Level) {
  switch (Level) {
  case Severity::Note:
    return "note";
  case Severity::Warning:
    return "warning";
  case Severity::Error:
    return "error";
  }
  return "error";
}

/// `file:line:col: `, leaving out what is unknown (a zero line or column),
/// as Clang does for locations without a column.
static std::string locationPrefix(const Location &Loc) {
  if (Loc.File.empty())
    return "";
  std::string Out = displayFile(Loc.File);
  if (Loc.Line != 0) {
    Out += ':' + std::to_string(Loc.Line);
    if (Loc.Column != 0)
      Out += ':' + std::to_string(Loc.Column);
  }
  return Out + ": ";
}

/// The text of line `Line` (1-based) of `File`, without its line break, or
/// nothing when the file cannot be read or is shorter.
static std::optional<std::string> readSourceLine(const std::string &File,
                                                 unsigned Line) {
  if (File.empty() || Line == 0)
    return std::nullopt;
  auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/true);
  if (!Buffer)
    return std::nullopt;
  llvm::StringRef Rest = (*Buffer)->getBuffer();
  for (unsigned Current = 1; Current < Line; ++Current) {
    size_t Break = Rest.find('\n');
    if (Break == llvm::StringRef::npos)
      return std::nullopt;
    Rest = Rest.drop_front(Break + 1);
  }
  // A final line break ends the last line; it does not start another.
  if (Rest.empty())
    return std::nullopt;
  llvm::StringRef Text = Rest.take_until([](char C) { return C == '\n'; });
  return Text.rtrim('\r').str();
}

/// The source line and, under column `Column` (1-based bytes, as Clang
/// counts), a caret. Tabs before the column are copied into the caret line
/// so the caret lines up whatever the terminal's tab width.
static std::string sourceSnippet(const Location &Loc) {
  std::optional<std::string> Text = readSourceLine(Loc.File, Loc.Line);
  if (!Text)
    return "";
  std::string Out = *Text + '\n';
  if (Loc.Column == 0)
    return Out;
  size_t CaretAt = std::min<size_t>(Loc.Column - 1, Text->size());
  for (size_t I = 0; I < CaretAt; ++I)
    Out += (*Text)[I] == '\t' ? '\t' : ' ';
  return Out + "^\n";
}

static std::string formatOne(const Location &Loc, Severity Level,
                             const std::string &Message, bool ShowSourceLine) {
  std::string Out = locationPrefix(Loc);
  Out += severityName(Level);
  Out += ": ";
  Out += Message;
  Out += '\n';
  if (ShowSourceLine)
    Out += sourceSnippet(Loc);
  return Out;
}

std::string formatDiagnostic(const Diagnostic &Diag, bool ShowSourceLine) {
  std::string Out =
      formatOne(Diag.Loc, Diag.Level, Diag.Message, ShowSourceLine);
  for (const auto &[Loc, Message] : Diag.Notes)
    Out += formatOne(Loc, Severity::Note, Message, ShowSourceLine);
  return Out;
}

} // namespace apigw
