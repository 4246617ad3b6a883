#!/usr/bin/env bash
# docs/diagnostics.md is the catalogue of every diagnostic: each error case
# fixtures/errors/<name>/ must be named there as `fixtures/errors/<name>`, and every case the
# page names must exist, so the page and the fixtures cannot drift apart.
source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"

doc=$REPO/docs/diagnostics.md
[[ -f $doc ]] || fail "docs/diagnostics.md does not exist"

# Names the page mentions. A name ends at the first character that cannot be part of one, so
# `fixtures/errors/duplicate-route` is not counted as a mention of
# `fixtures/errors/duplicate-route-across-units` or the other way round.
grep -oE 'fixtures/errors/[A-Za-z0-9_-]+' "$doc" | sed 's|^fixtures/errors/||' | LC_ALL=C sort -u \
  >"$WORK/mentioned"

# Cases on disk: directories with an input.cpp (as test/FixtureTests.cmake registers them).
: >"$WORK/cases"
for input in "$REPO"/fixtures/errors/*/input.cpp; do
  [[ -f $input ]] || continue
  basename "$(dirname "$input")" >>"$WORK/cases"
done
LC_ALL=C sort -u -o "$WORK/cases" "$WORK/cases"
[[ -s $WORK/cases ]] || fail "no fixtures/errors/<name>/input.cpp under $REPO"

missing=$(LC_ALL=C comm -23 "$WORK/cases" "$WORK/mentioned")
stale=$(LC_ALL=C comm -13 "$WORK/cases" "$WORK/mentioned")
if [[ -n $missing ]]; then
  echo "docs/diagnostics.md does not name these error fixtures (add each diagnostic with" \
    "its example and fix, naming \`fixtures/errors/<name>\`):" >&2
  sed 's|^|  fixtures/errors/|' <<<"$missing" >&2
fi
if [[ -n $stale ]]; then
  echo "docs/diagnostics.md names error fixtures that do not exist:" >&2
  sed 's|^|  fixtures/errors/|' <<<"$stale" >&2
fi
[[ -z $missing && -z $stale ]] || fail "docs/diagnostics.md and fixtures/errors/ disagree"
echo "ok: $(wc -l <"$WORK/cases") error fixtures, all in docs/diagnostics.md"
