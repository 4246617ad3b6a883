//===- Diagnostic.cpp - Problems found in the user's annotations ----------===//
//
// Printed the way Clang prints its own diagnostics, so that IDEs and CI log
// parsers that understand `file:line:col: error:` pick ours up as well.
//
//===----------------------------------------------------------------------===//
#include "model/Diagnostic.h"

#include <llvm/ADT/SmallString.h>
#include <llvm/ADT/StringExtras.h>
#include <llvm/ADT/StringRef.h>
#include <llvm/Support/ConvertUTF.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/Unicode.h>

#include <algorithm>
#include <optional>

namespace apigw {

bool hasErrors(const Diagnostics &Diags) {
  return std::any_of(Diags.begin(), Diags.end(), [](const Diagnostic &D) {
    return D.Level == Severity::Error;
  });
}

std::string printableText(std::string_view Text) {
  std::string Out;
  for (char C : Text) {
    unsigned char Byte = static_cast<unsigned char>(C);
    if (Byte >= 0x20 && Byte != 0x7F) {
      Out += C;
      continue;
    }
    switch (C) {
    case '\0':
      Out += "\\0";
      break;
    case '\t':
      Out += "\\t";
      break;
    case '\n':
      Out += "\\n";
      break;
    case '\r':
      Out += "\\r";
      break;
    default:
      Out += "\\x" + llvm::utohexstr(Byte, /*LowerCase=*/false, /*Width=*/2);
    }
  }
  return Out;
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

/// The blanks that put a caret after `Prefix`: a tab where it has one, so
/// that the caret lines up whatever the terminal's tab width, and as many
/// spaces as each other character takes on a terminal (two for a wide
/// character, one for each byte that is not UTF-8).
static std::string caretIndent(llvm::StringRef Prefix) {
  std::string Out;
  while (!Prefix.empty()) {
    size_t Length = std::min<size_t>(
        llvm::getNumBytesForUTF8(static_cast<llvm::UTF8>(Prefix.front())), Prefix.size());
    int Width = llvm::sys::unicode::columnWidthUTF8(Prefix.take_front(Length));
    if (Prefix.front() == '\t') {
      Out += '\t';
    } else if (Width < 0) {
      Length = 1;
      Out += ' ';
    } else {
      Out.append(static_cast<size_t>(Width), ' ');
    }
    Prefix = Prefix.drop_front(Length);
  }
  return Out;
}

/// The source line and, under column `Column` (1-based bytes, as Clang
/// counts, a first line's byte order mark included), a caret.
static std::string sourceSnippet(const Location &Loc) {
  std::optional<std::string> Text = readSourceLine(Loc.File, Loc.Line);
  if (!Text)
    return "";
  size_t CaretAt = Loc.Column == 0 ? 0 : Loc.Column - 1;
  // The byte order mark is invisible: printing it would shift the caret.
  constexpr llvm::StringLiteral ByteOrderMark = "\xEF\xBB\xBF";
  if (Loc.Line == 1 && llvm::StringRef(*Text).starts_with(ByteOrderMark)) {
    Text->erase(0, ByteOrderMark.size());
    CaretAt -= std::min(CaretAt, ByteOrderMark.size());
  }
  std::string Out = *Text + '\n';
  if (Loc.Column == 0)
    return Out;
  CaretAt = std::min(CaretAt, Text->size());
  return Out + caretIndent(llvm::StringRef(*Text).take_front(CaretAt)) + "^\n";
}

static std::string formatOne(const Location &Loc, Severity Level,
                             const std::string &Message, bool ShowSourceLine) {
  std::string Out = locationPrefix(Loc);
  Out += severityName(Level);
  Out += ": ";
  Out += printableText(Message);
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
