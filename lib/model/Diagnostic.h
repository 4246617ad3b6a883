//===- Diagnostic.h - Problems found in the user's annotations ------------===//
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace apigw {

/// A place in the user's sources, as Clang would print it.
struct Location {
  /// Absolute, one spelling per file (the scan's canonical path); relative
  /// only in hand-built diagnostics. Printed by `displayFile`.
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;

  friend bool operator==(const Location &, const Location &) = default;
  friend auto operator<=>(const Location &, const Location &) = default;
};

enum class Severity { Note, Warning, Error };

struct Diagnostic {
  Location Loc;
  Severity Level = Severity::Error;
  std::string Message;
  /// Follow-up notes (e.g. "previous definition is here").
  std::vector<std::pair<Location, std::string>> Notes;
};

using Diagnostics = std::vector<Diagnostic>;

/// Adds an error without notes at `Loc`.
inline void addError(Diagnostics &Diags, const Location &Loc, std::string Message) {
  Diags.push_back({Loc, Severity::Error, std::move(Message), {}});
}

bool hasErrors(const Diagnostics &Diags);

/// `Text` with its ASCII control bytes written as C escapes (`\0`, `\t`,
/// `\n`, `\r`, `\x1B`...), so that user text in a message stays one
/// readable line; everything else, UTF-8 included, is kept.
std::string printableText(std::string_view Text);

/// `File` as messages print it: relative to `WorkingDirectory` when it lies
/// below it, so that a project's files read short, else unchanged (docs/ide.md,
/// "File names").
std::string displayFile(const std::string &File, std::string_view WorkingDirectory);

/// `displayFile` against the current directory, symbolic links resolved as
/// they are in the files' names.
std::string displayFile(const std::string &File);

/// Clang's format: `file:line:col: error: message` (the message made
/// printableText), then, when the file can be read, the source line and a
/// caret under the column. Notes follow the same way with `note:`.
std::string formatDiagnostic(const Diagnostic &Diag, bool ShowSourceLine = true);

} // namespace apigw
