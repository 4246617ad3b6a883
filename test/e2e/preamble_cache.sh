#!/usr/bin/env bash
# Units parsed over a precompiled preamble give the bytes of a whole parse:
# shared between units (temporary cache of a whole scan, --preamble-cache),
# reused by a later run, rebuilt when a header changes, and carrying what the
# PCH cannot (enum tables of NLOHMANN_JSON_SERIALIZE_ENUM in a header, a
# handler declared in a header and annotated in the unit, doc comments of
# models in the preamble's headers and right below the #includes, "quoted"
# includes found beside the unit, an unguarded header). Depfiles do not name
# the cache's files.
source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"

cd "$WORK"
mkdir -p include src
cat > include/models.hpp <<'CPP'
#pragma once
#include <string>
#include <nlohmann/json.hpp>
enum class Color { Red, Green };
NLOHMANN_JSON_SERIALIZE_ENUM(Color, {{Color::Red, "red"}, {Color::Green, "green"}})
/// A pet of the shop.
struct Pet {
  /// What it answers to.
  std::string name;
  Color color;
};
CPP
cat > include/unguarded.hpp <<'CPP'
struct Unguarded { int n; };
CPP
cat > src/handlers.hpp <<'CPP'
#pragma once
Pet get_pet(std::string id);
CPP
unit() { # <name> <route>
  cat <<CPP
#include <string>
#include "models.hpp"
#include "unguarded.hpp"
#include "handlers.hpp"
/// Gets what $1 serves.
[[clang::annotate("get=$2"), clang::annotate("aws_lambda_uri=\${$1_fn}")]]
Pet $1(std::string id);
CPP
}
unit get_pet /pets/{id} >> src/pets.cpp
printf '\nPet get_pet(std::string id) { return Pet{id, Color::Red}; }\n' >> src/pets.cpp
unit get_order /orders/{id} > src/orders.cpp

entries=""
for f in src/pets.cpp src/orders.cpp; do
  entries+="${entries:+,}{\"directory\": \"$WORK\", \"file\": \"$WORK/$f\", \"command\": \"c++ -std=c++20 -Iinclude -I$REPO/annotations -c $f\"}"
done
echo "[$entries]" > compile_commands.json

same() { cmp "$1" "$2" || fail "$3: $(diff "$1" "$2" | head -20)"; }

"$TOOL" -p . --quiet --no-shared-preambles -o plain.json || fail "plain scan failed"
grep -q '"green"' plain.json || fail "the enum table is missing from the plain scan"
for text in 'Gets what get_pet serves' 'A pet of the shop' 'What it answers to'; do
  grep -q "$text" plain.json || fail "the doc comment '$text' is missing"
done

"$TOOL" -p . --quiet -o shared.json || fail "scan sharing a temporary preamble failed"
same plain.json shared.json "a preamble shared within one run changed the output"

"$TOOL" -p . --quiet --preamble-cache cache -o cold.json || fail "scan building the cache failed"
same plain.json cold.json "a preamble built into the cache changed the output"
pchs=(cache/*.pch)
((${#pchs[@]} == 1)) || fail "two units with one preamble should share one PCH: ${pchs[*]}"
built=$(stat -c %Y.%y "${pchs[0]}")

"$TOOL" -p . --quiet --preamble-cache cache -o warm.json || fail "scan reusing the cache failed"
same plain.json warm.json "a preamble reused from the cache changed the output"
[[ $(stat -c %Y.%y "${pchs[0]}") == "$built" ]] || fail "an up-to-date preamble was rebuilt"

# Fragments and depfiles of the per-unit action are the same with the cache;
# the depfile names the preamble's headers and not the cache's files.
"$TOOL" scan --quiet -p . src/pets.cpp -o plain.frag --depfile plain.d --no-shared-preambles ||
  fail "scan of one unit failed"
"$TOOL" scan --quiet -p . src/pets.cpp -o cached.frag --depfile cached.d --preamble-cache cache ||
  fail "scan of one unit over the cache failed"
same plain.frag cached.frag "the fragment changed over the cache"
sed 's/^cached.frag:/plain.frag:/' cached.d > cached-renamed.d
same plain.d cached-renamed.d "the depfile changed over the cache"
grep -q "include/models.hpp" cached.d || fail "the depfile lacks the preamble's header"
grep -q "cache/" cached.d && fail "the depfile names the cache's files"

# The PCH is really used, and the unit's own copy of its preamble skipped:
# with unguarded.hpp turned into garbage of the same size and time, only a
# parse over the PCH can succeed (Clang, like make, goes by size and time).
cp -p include/unguarded.hpp saved.hpp
head -c "$(stat -c %s saved.hpp)" /dev/zero | tr '\0' '@' > include/unguarded.hpp
touch -r saved.hpp include/unguarded.hpp
"$TOOL" -p . --quiet --preamble-cache cache -o used.json || fail "the cached preamble was not used"
same plain.json used.json "output over the cached preamble"
if "$TOOL" -p . --quiet --no-shared-preambles -o /dev/null 2>/dev/null; then
  fail "the garbage header parses: the check above proves nothing"
fi
cp -p saved.hpp include/unguarded.hpp

# A header edit makes the entry stale: rebuilt, and the edit is seen.
sleep 1
sed -i 's/  Color color;/  Color color;\n  int age;/' include/models.hpp
"$TOOL" -p . --quiet --no-shared-preambles -o edited-plain.json || fail "plain scan after the edit failed"
grep -q '"age"' edited-plain.json || fail "the edit is not in the plain scan"
"$TOOL" -p . --quiet --preamble-cache cache -o edited.json || fail "scan after the edit failed"
same edited-plain.json edited.json "a stale preamble was used"
[[ $(stat -c %Y.%y "${pchs[0]}") != "$built" ]] || fail "the stale preamble was not rebuilt"
echo "ok"
