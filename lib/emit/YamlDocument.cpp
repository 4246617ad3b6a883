//===- YamlDocument.cpp - The document as YAML (--format yaml) ------------===//
//
// yaml-cpp writes the text; two decisions are left to us. First, which
// strings a plain scalar would misrepresent: yaml-cpp quotes what YAML's
// syntax needs (`*`, `: `, a leading `{`...) but not what a parser's type
// resolution would turn into a number, a boolean or a date; those are
// double-quoted here. Second, characters yaml-cpp 0.7 writes raw although a
// YAML reader rejects them (DEL, U+FFFE) or reads them as line breaks (CR,
// NEL, U+2028, U+2029): a string holding one is written by doubleQuoted(),
// every such character escaped.
//
//===----------------------------------------------------------------------===//
#include "emit/YamlDocument.h"

#include <yaml-cpp/anchor.h>
#include <yaml-cpp/emitterstyle.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>
#include <yaml-cpp/yaml.h>

#include <array>
#include <cctype>
#include <optional>
#include <cstdio>
#include <ostream>
#include <regex>
#include <sstream>

namespace apigw {

namespace {

using nlohmann::ordered_json;

bool isDigit(char C) { return C >= '0' && C <= '9'; }

/// nlohmann's shortest round-trip text, with a `.` before any exponent:
/// YAML 1.1 reads `1e+100` as a string, `1.0e+100` as a float.
std::string floatText(const ordered_json &Number) {
  std::string Text = Number.dump();
  size_t Exponent = Text.find_first_of("eE");
  if (Exponent != std::string::npos && Text.find('.') == std::string::npos)
    Text.insert(Exponent, ".0");
  return Text;
}

/// The code point that starts at `Text[I]`, advancing `I` past it; U+FFFD
/// for a byte that does not start a well-formed UTF-8 sequence (overlong
/// forms and surrogates included), as nlohmann::json's replace handler does.
char32_t nextCodePoint(std::string_view Text, size_t &I) {
  auto Byte = [&](size_t At) { return static_cast<unsigned char>(Text[At]); };
  unsigned char Lead = Byte(I);
  if (Lead < 0x80) {
    ++I;
    return Lead;
  }
  size_t Length = Lead >= 0xF0 ? 4 : Lead >= 0xE0 ? 3 : Lead >= 0xC0 ? 2 : 0;
  char32_t Code = Lead & (0x3F >> (Length == 0 ? 0 : Length - 1));
  bool WellFormed = Length > 0 && Lead <= 0xF4 && I + Length <= Text.size();
  for (size_t K = 1; WellFormed && K < Length; ++K) {
    WellFormed = (Byte(I + K) & 0xC0) == 0x80;
    Code = Code << 6 | (Byte(I + K) & 0x3F);
  }
  static constexpr char32_t Smallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (!WellFormed || Code < Smallest[Length] || Code > 0x10FFFF ||
      (Code >= 0xD800 && Code <= 0xDFFF)) {
    ++I;
    return 0xFFFD;
  }
  I += Length;
  return Code;
}

/// Whether yaml-cpp writes `C` so that every reader gets it back: YAML's
/// printable characters (tab and newline, which it escapes, included) but
/// NEL, U+2028 and U+2029, which readers take for line breaks, and the byte
/// order mark.
bool printableInQuotes(char32_t C) {
  if (C == '\t' || C == '\n')
    return true;
  if (C < 0x20 || (C >= 0x7F && C <= 0x9F))
    return false;
  return C != 0x2028 && C != 0x2029 && C != 0xFEFF && C != 0xFFFE &&
         C != 0xFFFF;
}

bool needsEscapes(std::string_view Text) {
  for (size_t I = 0; I < Text.size();) {
    size_t Start = I;
    char32_t C = nextCodePoint(Text, I);
    // A byte that is not UTF-8 decodes to U+FFFD and must be replaced too.
    bool Replaced = C == 0xFFFD && I - Start != 3;
    if (Replaced || !printableInQuotes(C))
      return true;
  }
  return false;
}

std::string escape(char32_t C) {
  switch (C) {
  case '\t':
    return "\\t";
  case '\n':
    return "\\n";
  case '\r':
    return "\\r";
  case '"':
    return "\\\"";
  case '\\':
    return "\\\\";
  }
  char Buffer[12];
  std::snprintf(Buffer, sizeof Buffer, C <= 0xFF ? "\\x%02x" : "\\u%04x",
                static_cast<unsigned>(C));
  return Buffer;
}

/// A scalar already written as YAML text, passed through yaml-cpp untouched.
struct RawScalar {
  std::string Text;
  friend std::ostream &operator<<(std::ostream &Out, const RawScalar &S) {
    return Out << S.Text;
  }
};

void emitString(YAML::Emitter &Out, const std::string &Text) {
  if (needsEscapes(Text)) {
    // yaml-cpp has no call for a pre-written scalar; WriteIntegralType is
    // the one that places a streamable value as it is (yet as a node, so
    // indentation and keys stay yaml-cpp's).
    Out.WriteIntegralType(RawScalar{doubleQuoted(Text)});
    return;
  }
  if (plainScalarChangesType(Text))
    Out << YAML::DoubleQuoted;
  Out << Text;
}

void emitValue(YAML::Emitter &Out, const ordered_json &Value) {
  switch (Value.type()) {
  case ordered_json::value_t::object:
    if (Value.empty()) {
      Out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
      return;
    }
    Out << YAML::BeginMap;
    for (auto It = Value.begin(); It != Value.end(); ++It) {
      Out << YAML::Key;
      emitString(Out, It.key());
      Out << YAML::Value;
      emitValue(Out, It.value());
    }
    Out << YAML::EndMap;
    return;
  case ordered_json::value_t::array:
    if (Value.empty()) {
      Out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
      return;
    }
    Out << YAML::BeginSeq;
    for (const ordered_json &Item : Value)
      emitValue(Out, Item);
    Out << YAML::EndSeq;
    return;
  case ordered_json::value_t::string:
    emitString(Out, Value.get_ref<const std::string &>());
    return;
  case ordered_json::value_t::boolean:
    Out << Value.get<bool>();
    return;
  case ordered_json::value_t::number_integer:
    Out << Value.get<std::int64_t>();
    return;
  case ordered_json::value_t::number_unsigned:
    Out << Value.get<std::uint64_t>();
    return;
  case ordered_json::value_t::number_float:
    Out << floatText(Value);
    return;
  default:
    Out << YAML::Null;
    return;
  }
}

// YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1032-tag-resolution).
const std::regex &coreInt() {
  static const std::regex R("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+");
  return R;
}
const std::regex &coreFloat() {
  static const std::regex R(
      R"([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?)");
  return R;
}

bool isOneOf(std::string_view Text,
             std::initializer_list<std::string_view> Words) {
  for (std::string_view Word : Words)
    if (Text == Word)
      return true;
  return false;
}

bool isCoreNull(std::string_view Text) {
  return isOneOf(Text, {"", "~", "null", "Null", "NULL"});
}

/// A plain scalar as YAML 1.2's core schema reads it.
ordered_json resolvePlain(const std::string &Text) {
  if (isCoreNull(Text))
    return nullptr;
  if (isOneOf(Text, {"true", "True", "TRUE"}))
    return true;
  if (isOneOf(Text, {"false", "False", "FALSE"}))
    return false;
  if (std::regex_match(Text, coreInt())) {
    try {
      if (Text.rfind("0x", 0) == 0)
        return std::stoull(Text.substr(2), nullptr, 16);
      if (Text.rfind("0o", 0) == 0)
        return std::stoull(Text.substr(2), nullptr, 8);
      if (Text[0] == '-')
        return std::stoll(Text);
      return std::stoull(Text[0] == '+' ? Text.substr(1) : Text);
    } catch (const std::exception &) {
      // Out of range: as a float, as JSON parsers do.
    }
  }
  if (std::regex_match(Text, coreFloat())) {
    try {
      return std::stod(Text);
    } catch (const std::exception &) {
      // Beyond a double's range: kept as the text.
    }
  }
  return Text;
}

/// Where the reading stopped and why, for --check's one line.
struct Refused {
  YAML::Mark Where;
  std::string Why;
};

/// The document's data, built from yaml-cpp's parse events rather than from
/// a YAML::Node: a node graph shares aliased nodes, so walking it expands a
/// few hundred bytes of nested aliases into billions of values, and `&a [*a]`
/// never ends. clang-apigw never writes anchors or aliases, so a document
/// that has one is refused. (yaml-cpp's parser refuses nesting deeper than
/// a few hundred levels itself, as "bad file".)
class JsonBuilder : public YAML::EventHandler {
public:
  ordered_json takeResult() { return std::move(Result); }

  void OnDocumentStart(const YAML::Mark &) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark &Mark, YAML::anchor_t Anchor) override {
    refuseAnchor(Mark, Anchor);
    add(nullptr, "");
  }
  void OnAlias(const YAML::Mark &Mark, YAML::anchor_t) override { refuseAlias(Mark); }
  void OnScalar(const YAML::Mark &Mark, const std::string &Tag, YAML::anchor_t Anchor,
                const std::string &Value) override {
    refuseAnchor(Mark, Anchor);
    // "!" is the tag of a quoted scalar, "?" of a plain one.
    bool Quoted = Tag == "!" || Tag == "tag:yaml.org,2002:str";
    add(Quoted ? ordered_json(Value) : resolvePlain(Value), Value);
  }
  void OnSequenceStart(const YAML::Mark &Mark, const std::string &, YAML::anchor_t Anchor,
                       YAML::EmitterStyle::value) override {
    open(Mark, Anchor, ordered_json::array());
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark &Mark, const std::string &, YAML::anchor_t Anchor,
                  YAML::EmitterStyle::value) override {
    open(Mark, Anchor, ordered_json::object());
  }
  void OnMapEnd() override { close(); }

private:
  struct Collection {
    ordered_json Value;
    std::optional<std::string> Key; ///< A mapping's key waiting for its value.
  };

  static void refuseAlias(const YAML::Mark &Mark) {
    throw Refused{Mark, "YAML aliases are not read (clang-apigw never writes them)"};
  }
  static void refuseAnchor(const YAML::Mark &Mark, YAML::anchor_t Anchor) {
    if (Anchor != YAML::NullAnchor)
      throw Refused{Mark, "YAML anchors are not read (clang-apigw never writes them)"};
  }

  void open(const YAML::Mark &Mark, YAML::anchor_t Anchor, ordered_json Empty) {
    refuseAnchor(Mark, Anchor);
    if (!Open.empty() && Open.back().Value.is_object() && !Open.back().Key)
      throw Refused{Mark, "a mapping key that is not a scalar"};
    Open.push_back({std::move(Empty), std::nullopt});
  }

  void close() {
    ordered_json Done = std::move(Open.back().Value);
    Open.pop_back();
    add(std::move(Done), "");
  }

  /// A value, or a mapping's key (its text, whatever type it would resolve to).
  void add(ordered_json Value, const std::string &Text) {
    if (Open.empty()) {
      Result = std::move(Value);
      return;
    }
    Collection &Into = Open.back();
    if (Into.Value.is_array()) {
      Into.Value.push_back(std::move(Value));
    } else if (!Into.Key) {
      Into.Key = Text;
    } else {
      Into.Value[*Into.Key] = std::move(Value);
      Into.Key.reset();
    }
  }

  std::vector<Collection> Open;
  ordered_json Result;
};

} // namespace

std::string doubleQuoted(std::string_view Text) {
  std::string Out = "\"";
  for (size_t I = 0; I < Text.size();) {
    size_t Start = I;
    char32_t C = nextCodePoint(Text, I);
    // A raw newline inside quotes would be folded into a space.
    if (C == '"' || C == '\\' || C < 0x20 || !printableInQuotes(C))
      Out += escape(C);
    else if (C == 0xFFFD)
      Out += "\xEF\xBF\xBD"; // also where the bytes were not UTF-8
    else
      Out += Text.substr(Start, I - Start);
  }
  return Out + "\"";
}

bool plainScalarChangesType(std::string_view Text) {
  if (isCoreNull(Text))
    return true;
  // Booleans of YAML 1.1 (which many parsers still speak) and 1.2, its
  // merge key and value indicator, infinities and NaN.
  if (isOneOf(Text, {"y",     "Y",     "yes",   "Yes",   "YES",   "n",
                     "N",     "no",    "No",    "NO",    "true",  "True",
                     "TRUE",  "false", "False", "FALSE", "on",    "On",
                     "ON",    "off",   "Off",   "OFF",   "<<",    "=",
                     ".inf",  ".Inf",  ".INF",  "+.inf", "+.Inf", "+.INF",
                     "-.inf", "-.Inf", "-.INF", ".nan",  ".NaN",  ".NAN"}))
    return true;
  // Numbers in any base, dates, times and sexagesimals all start with a
  // digit, or with a sign or a point before one: quoting all of those is
  // simpler than telling them apart, and costs nothing.
  size_t First = Text[0] == '+' || Text[0] == '-' ? 1 : 0;
  if (First < Text.size() && Text[First] == '.')
    ++First;
  return First < Text.size() && isDigit(Text[First]);
}

std::string toYaml(const ordered_json &Doc) {
  YAML::Emitter Out;
  Out.SetIndent(2);
  emitValue(Out, Doc);
  return std::string(Out.c_str()) + "\n";
}

llvm::Expected<ordered_json> parseYaml(std::string_view Text) {
  std::istringstream In{std::string(Text)};
  JsonBuilder Builder;
  try {
    YAML::Parser(In).HandleNextDocument(Builder);
  } catch (const YAML::Exception &E) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "not valid YAML: " + std::string(E.what()));
  } catch (const Refused &R) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "line " + std::to_string(R.Where.line + 1) + ", column " +
                                       std::to_string(R.Where.column + 1) + ": " + R.Why);
  }
  return Builder.takeResult();
}

} // namespace apigw
