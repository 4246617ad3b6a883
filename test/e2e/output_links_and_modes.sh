#!/usr/bin/env bash
# An output that is a symbolic link is written through the link (the link stays, its target
# gets the bytes, even a dangling link's target is created); an existing output keeps its
# permissions; a new one gets the usual 0666 less the umask.
# shellcheck source=common.bash
source "$(dirname "${BASH_SOURCE[0]}")/common.bash" "$@"

cd "$WORK"
write_ping_source ping.cpp ping /health
mkdir -p real links
tool() { "$TOOL" --quiet "$@" ping.cpp -- -std=c++20; }
tool -o expected.json || fail "writing expected.json"

echo old >real/api.json
ln -s ../real/api.json links/api.json
ln -s ../real/new.json links/new.json # dangling
ln -s api.json links/chain.json       # a link to a link
echo old >real/vars.tf
ln -s "$WORK/real/vars.tf" links/vars.tf
tool -o links/chain.json --public-output links/new.json --tf-vars links/vars.tf ||
  fail "writing through links"
for link in chain.json api.json new.json vars.tf; do
  [[ -L links/$link ]] || fail "links/$link was replaced by a regular file"
done
cmp -s real/api.json expected.json || fail "real/api.json (through two links) was not written"
grep -q '"/health"' real/new.json || fail "the dangling link's target was not created"
grep -q 'variable "ping_invoke_arn"' real/vars.tf || fail "real/vars.tf was not written"
[[ -z $(find links real -name '.apigw-*') ]] || fail "temporaries left behind"

chmod 640 real/api.json
chmod 755 real/vars.tf
tool -o links/api.json --tf-vars real/vars.tf || fail "rewriting"
[[ $(stat -c %a real/api.json) == 640 ]] || fail "real/api.json: mode $(stat -c %a real/api.json), expected 640"
[[ $(stat -c %a real/vars.tf) == 755 ]] || fail "real/vars.tf: mode $(stat -c %a real/vars.tf), expected 755"
(umask 027 && tool -o fresh.json) || fail "writing fresh.json"
[[ $(stat -c %a fresh.json) == 640 ]] || fail "fresh.json: mode $(stat -c %a fresh.json), expected 640 (umask 027)"
echo "ok: outputs are written through links and keep their permissions"
