//===- DiagnosticTest.cpp - Clang-style diagnostic output -----------------===//
#include "model/Diagnostic.h"

#include <gtest/gtest.h>
#include <llvm/ADT/SmallString.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/raw_ostream.h>

using namespace apigw;

namespace {

/// A source file on disk for the caret output, removed when the test ends.
class TempSource {
public:
  explicit TempSource(llvm::StringRef Contents) {
    int FD = -1;
    EXPECT_FALSE(
        llvm::sys::fs::createTemporaryFile("apigw-diag", "cpp", FD, Path));
    llvm::raw_fd_ostream Out(FD, /*shouldClose=*/true);
    Out << Contents;
  }
  ~TempSource() { llvm::sys::fs::remove(Path); }
  std::string path() const { return std::string(Path.str()); }

private:
  llvm::SmallString<128> Path;
};

Diagnostic makeDiag(std::string File, unsigned Line, unsigned Column,
                    Severity Level, std::string Message) {
  Diagnostic D;
  D.Loc = {std::move(File), Line, Column};
  D.Level = Level;
  D.Message = std::move(Message);
  return D;
}

} // namespace

TEST(DiagnosticTest, HasErrorsOnlyCountsErrors) {
  Diagnostics Diags;
  EXPECT_FALSE(hasErrors(Diags));
  Diags.push_back(makeDiag("a.cpp", 1, 1, Severity::Warning, "w"));
  Diags.push_back(makeDiag("a.cpp", 1, 1, Severity::Note, "n"));
  EXPECT_FALSE(hasErrors(Diags));
  Diags.push_back(makeDiag("a.cpp", 2, 1, Severity::Error, "e"));
  EXPECT_TRUE(hasErrors(Diags));
}

TEST(DiagnosticTest, HeaderLineForEachSeverity) {
  EXPECT_EQ(formatDiagnostic(makeDiag("src/a.cpp", 12, 5, Severity::Error,
                                      "unknown key 'sumary'"),
                             false),
            "src/a.cpp:12:5: error: unknown key 'sumary'\n");
  EXPECT_EQ(formatDiagnostic(
                makeDiag("a.cpp", 3, 7, Severity::Warning, "careful"), false),
            "a.cpp:3:7: warning: careful\n");
  EXPECT_EQ(
      formatDiagnostic(makeDiag("a.cpp", 3, 7, Severity::Note, "here"), false),
      "a.cpp:3:7: note: here\n");
}

TEST(DiagnosticTest, UnknownPartsOfTheLocationAreLeftOut) {
  EXPECT_EQ(formatDiagnostic(makeDiag("a.cpp", 4, 0, Severity::Error, "m")),
            "a.cpp:4: error: m\n");
  EXPECT_EQ(formatDiagnostic(makeDiag("a.cpp", 0, 0, Severity::Error, "m")),
            "a.cpp: error: m\n");
  EXPECT_EQ(formatDiagnostic(makeDiag("", 0, 0, Severity::Error, "m")),
            "error: m\n");
}

TEST(DiagnosticTest, SourceLineAndCaret) {
  TempSource Src("int a;\n"
                 "[[clang::annotate(\"sumary=x\")]] void f();\n"
                 "int b;\n");
  Diagnostic D = makeDiag(Src.path(), 2, 19, Severity::Error, "bad key");
  EXPECT_EQ(formatDiagnostic(D),
            Src.path() + ":2:19: error: bad key\n"
                         "[[clang::annotate(\"sumary=x\")]] void f();\n"
                         "                  ^\n");
  EXPECT_EQ(formatDiagnostic(D, /*ShowSourceLine=*/false),
            Src.path() + ":2:19: error: bad key\n");
}

TEST(DiagnosticTest, CaretAtFirstColumnAndOnLastLineWithoutNewline) {
  TempSource Src("first\nlast");
  EXPECT_EQ(formatDiagnostic(makeDiag(Src.path(), 1, 1, Severity::Error, "m")),
            Src.path() + ":1:1: error: m\nfirst\n^\n");
  EXPECT_EQ(formatDiagnostic(makeDiag(Src.path(), 2, 3, Severity::Error, "m")),
            Src.path() + ":2:3: error: m\nlast\n  ^\n");
}

TEST(DiagnosticTest, TabsArePreservedBeforeTheCaret) {
  TempSource Src("\tint\tx;\n");
  EXPECT_EQ(
      formatDiagnostic(makeDiag(Src.path(), 1, 6, Severity::Warning, "m")),
      Src.path() + ":1:6: warning: m\n\tint\tx;\n\t   \t^\n");
}

TEST(DiagnosticTest, CrlfLineEndingsAreNotPrinted) {
  TempSource Src("ab\r\ncd\r\n");
  EXPECT_EQ(formatDiagnostic(makeDiag(Src.path(), 2, 2, Severity::Error, "m")),
            Src.path() + ":2:2: error: m\ncd\n ^\n");
}

TEST(DiagnosticTest, ColumnPastTheEndPutsTheCaretAfterTheLine) {
  TempSource Src("abc\n");
  EXPECT_EQ(formatDiagnostic(makeDiag(Src.path(), 1, 40, Severity::Error, "m")),
            Src.path() + ":1:40: error: m\nabc\n   ^\n");
}

TEST(DiagnosticTest, NoSnippetWhenTheLineOrFileIsMissing) {
  TempSource Src("only\n");
  EXPECT_EQ(formatDiagnostic(makeDiag(Src.path(), 2, 1, Severity::Error, "m")),
            Src.path() + ":2:1: error: m\n");
  EXPECT_EQ(formatDiagnostic(makeDiag("/nonexistent/apigw/x.cpp", 1, 1,
                                      Severity::Error, "m")),
            "/nonexistent/apigw/x.cpp:1:1: error: m\n");
}

TEST(DiagnosticTest, ZeroColumnShowsTheLineWithoutCaret) {
  TempSource Src("only\n");
  EXPECT_EQ(formatDiagnostic(makeDiag(Src.path(), 1, 0, Severity::Error, "m")),
            Src.path() + ":1: error: m\nonly\n");
}

TEST(DiagnosticTest, NotesFollowWithTheirOwnSnippets) {
  TempSource Src("void f();\nvoid g();\n");
  Diagnostic D = makeDiag(Src.path(), 2, 6, Severity::Error,
                          "operation_id 'f' is used twice");
  D.Notes.push_back({{Src.path(), 1, 6}, "previous definition is here"});
  D.Notes.push_back({{"gone.cpp", 9, 9}, "also here"});
  EXPECT_EQ(formatDiagnostic(D),
            Src.path() + ":2:6: error: operation_id 'f' is used twice\n" +
                "void g();\n"
                "     ^\n" +
                Src.path() + ":1:6: note: previous definition is here\n" +
                "void f();\n"
                "     ^\n"
                "gone.cpp:9:9: note: also here\n");
  EXPECT_EQ(formatDiagnostic(D, false),
            Src.path() + ":2:6: error: operation_id 'f' is used twice\n" +
                Src.path() + ":1:6: note: previous definition is here\n" +
                "gone.cpp:9:9: note: also here\n");
}

TEST(DiagnosticTest, ByteOrderMarkIsNeitherPrintedNorCountedForTheCaret) {
  TempSource Source("\xEF\xBB\xBFint x;\nint y;\n");
  // Clang's column counts the mark's three bytes: `x` is column 8.
  EXPECT_EQ(formatDiagnostic(makeDiag(Source.path(), 1, 8, Severity::Error, "m")),
            Source.path() + ":1:8: error: m\nint x;\n    ^\n");
}

TEST(DiagnosticTest, CaretMovesByWhatATerminalShows) {
  // é is two bytes wide in UTF-8 and one column on screen, 漢 three and two;
  // a byte that is not UTF-8 is one column.
  TempSource Source("/*\xC3\xA9\xE6\xBC\xA2\xFF*/ x;\n");
  EXPECT_EQ(formatDiagnostic(makeDiag(Source.path(), 1, 12, Severity::Error, "m")),
            Source.path() + ":1:12: error: m\n/*\xC3\xA9\xE6\xBC\xA2\xFF*/ x;\n         ^\n");
}

TEST(DiagnosticTest, ControlBytesInTheMessageAreEscaped) {
  EXPECT_EQ(printableText(std::string("a\0b", 3) + "\tc\nd\re\x1b\x7f\xC3\xA9"),
            "a\\0b\\tc\\nd\\re\\x1B\\x7F\xC3\xA9");
  EXPECT_EQ(formatDiagnostic(makeDiag("", 0, 0, Severity::Error,
                                      std::string("path '/a\0", 9) + "b'"),
                            false),
            "error: path '/a\\0b'\n");
}

TEST(DiagnosticTest, FilesBelowTheWorkingDirectoryPrintRelative) {
  EXPECT_EQ(displayFile("/work/build/include/models.hpp", "/work/build"), "include/models.hpp");
  EXPECT_EQ(displayFile("/work/build/include/models.hpp", "/work/build/"), "include/models.hpp");
  EXPECT_EQ(displayFile("/work/include/x.hpp", "/work/build"), "/work/include/x.hpp");
  // A whole directory prefix only.
  EXPECT_EQ(displayFile("/work/build2/a.hpp", "/work/build"), "/work/build2/a.hpp");
  EXPECT_EQ(displayFile("input.cpp", "/work/build"), "input.cpp");
}
