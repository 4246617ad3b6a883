#!/usr/bin/env bash
# The runtime figures of issue 13 (docs/performance.md, "Runtime (issue 13)"),
# measured in one run: builds bench/runtime (Release, -O2) in a scratch
# directory, runs its Google Benchmark programs, times the compile of the
# 2,000-route router, and prints the ratios with pass/fail against the targets.
#
# usage: bench/runtime.sh
# env:   APIGW (the tool, default build/bin/clang-apigw), WORK (scratch directory,
#        default /tmp/apigw-runtime-bench), JOBS (build jobs, default 2),
#        ROUNDS (runs of each benchmark program, default 5; the median is used),
#        MIN_TIME (seconds each benchmark runs per round, default 0.5)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
tool=${APIGW:-$repo/build/bin/clang-apigw}
[[ -x $tool ]] || { echo "bench/runtime.sh: no clang-apigw at $tool (build it, or set APIGW)" >&2; exit 1; }
tool=$(realpath "$tool")
work=${WORK:-/tmp/apigw-runtime-bench}
jobs=${JOBS:-2}
rounds=${ROUNDS:-5}
min_time=${MIN_TIME:-0.5}

# Google Benchmark: Debian's libbenchmark-dev, installed when missing.
if [[ $(dpkg-query -W -f='${Status}' libbenchmark-dev 2>/dev/null || true) != "install ok installed" ]]; then
  sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  "${sudo[@]}" apt-get update
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y libbenchmark-dev
fi

build=$work/build
mkdir -p "$work"
rm -f "$work"/dispatch_*.json "$work"/dispatch_*.txt
# The baseline: the example before its generated router (commit ef9062f^), from git
# history; a shallow clone lacks it (git fetch --unshallow).
baseline=$work/baseline
if [[ ! -f $baseline/examples/petstore/src/main.cpp ]]; then
  mkdir -p "$baseline"
  git -C "$repo" archive ef9062f^ examples/petstore/include examples/petstore/src | tar -x -C "$baseline"
fi
cmake -S "$repo/bench/runtime" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DAPIGW_EXECUTABLE="$tool" -DAPIGW_BASELINE_DIR="$baseline/examples/petstore" > "$work/configure.log"
cmake --build "$build" -j"$jobs" > "$work/build.log"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
verdict() { awk -v r="$1" -v max="$2" 'BEGIN { print (r <= max) ? "pass" : "FAIL" }'; }
micros() { awk -v ns="$1" 'BEGIN { printf "%.2f µs", ns / 1000 }'; }

# The programs run in turns, ROUNDS times, so that a change in the machine's
# load (shared, on the VM of docs/performance.md) falls on all of them alike;
# each figure is the median of its rounds, in CPU time.
programs=(dispatch_petstore_generated dispatch_petstore_handwritten dispatch_service_10 dispatch_service_2000)
for round in $(seq 1 "$rounds"); do
  for program in "${programs[@]}"; do
    "$build/$program" --benchmark_min_time="$min_time" --benchmark_out="$work/$program.$round.json" \
      --benchmark_out_format=json > "$work/$program.$round.txt" 2>&1
  done
done
declare -A median event_bytes
for program in "${programs[@]}"; do
  for name in dispatch floor_parse_dump floor_with_body; do
    median[$program/$name]=$(jq -s --arg n "$name" '[.[].benchmarks[] | select(.name == $n)
      | if .time_unit == "ns" then .cpu_time else error("unit " + .time_unit) end] | sort
      | if length % 2 == 1 then .[length / 2 | floor] else (.[length / 2 - 1] + .[length / 2]) / 2 end' \
      "$work/$program".*.json)
  done
  event_bytes[$program]=$(jq -r '.benchmarks[0].event_bytes' "$work/$program.1.json")
done

# CPU seconds and object size of one unit, compiled with its command in the
# Release build's compile_commands.json.
compile() { # <file suffix>: prints "<cpu seconds> <object bytes>"
  local entry dir command object times
  entry=$(jq -c --arg f "$1" '[.[] | select(.file | endswith($f))][0]' "$build/compile_commands.json")
  dir=$(jq -r .directory <<<"$entry")
  command=$(jq -r .command <<<"$entry")
  object=$(sed -E 's/.* -o ([^ ]+) .*/\1/' <<<"$command")
  times=$(mktemp)
  (cd "$dir" && eval "/usr/bin/time -f '%U %S' -o '$times' $command")
  echo "$(awk '{ printf "%.2f", $1 + $2 }' "$times") $(stat -c %s "$dir/$object")"
  rm -f "$times"
}
read -r router_cpu router_bytes < <(compile /service-2000/router.cpp)
read -r calls_cpu calls_bytes < <(compile /service-2000/call_every_handler.cpp)

# A ratio is the median over rounds of a / b measured in the same round: the
# programs of a round run one after the other, so a change in the machine's
# load from one round to the next cancels out, which a ratio of medians does not.
cpu_time() { # <program> <round> <benchmark>
  jq --arg n "$3" '.benchmarks[] | select(.name == $n) | .cpu_time' "$work/$1.$2.json"
}
paired_ratio() { # <program a> <benchmark a> <program b> <benchmark b>
  for round in $(seq 1 "$rounds"); do
    ratio "$(cpu_time "$1" "$round" "$2")" "$(cpu_time "$3" "$round" "$4")"
    echo
  done | sort -g | awk '{ v[NR] = $1 } END { printf "%.3f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

row() { printf '| %s | %s | %s | %s | %s |\n' "$@"; }
cpu_model=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
echo "machine: $(nproc) cores ($cpu_model), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "compiler: $(c++ --version | head -1); Release flags -O2 -DNDEBUG; $rounds rounds of ${min_time} s;" \
  "times: median CPU time; ratios: median of the rounds' own ratios"
echo "events: petstore PUT /pets/{pet_id} ${event_bytes[dispatch_petstore_generated]} bytes; service POST /u1/r1/batches/{batch_id}/items ${event_bytes[dispatch_service_10]} bytes"
echo
row "figure" "measured" "against" "ratio (target)" "result"
row "---" "---" "---" "---" "---"

handle=${median[dispatch_service_10/dispatch]} floor=${median[dispatch_service_10/floor_parse_dump]}
r=$(paired_ratio dispatch_service_10 dispatch dispatch_service_10 floor_parse_dump)
row "handle(), 10-route service, trivial handler, vs parse + dump of the event" \
    "$(micros "$handle")" "$(micros "$floor")" "$r (≤ 1.3)" "$(verdict "$r" 1.3)"

generated=${median[dispatch_petstore_generated/dispatch]} handwritten=${median[dispatch_petstore_handwritten/dispatch]}
r=$(paired_ratio dispatch_petstore_generated dispatch dispatch_petstore_handwritten dispatch)
row "example PUT /pets/{pet_id}: generated router vs hand-written dispatcher" \
    "$(micros "$generated")" "$(micros "$handwritten")" "$r (≤ 0.8)" "$(verdict "$r" 0.8)"

with_body=${median[dispatch_service_10/floor_with_body]}
row "handle(), 10-route service, vs the floor + parsing the body + writing it back" \
    "$(micros "$handle")" "$(micros "$with_body")" \
    "$(paired_ratio dispatch_service_10 dispatch dispatch_service_10 floor_with_body) (none)" "-"

floor=${median[dispatch_petstore_generated/floor_parse_dump]}
row "example PUT /pets/{pet_id}: generated router vs parse + dump of the event" \
    "$(micros "$generated")" "$(micros "$floor")" \
    "$(paired_ratio dispatch_petstore_generated dispatch dispatch_petstore_generated floor_parse_dump) (none)" "-"

many=${median[dispatch_service_2000/dispatch]} few=${median[dispatch_service_10/dispatch]}
r=$(paired_ratio dispatch_service_2000 dispatch dispatch_service_10 dispatch)
row "handle(), 2,000 routes vs 10 routes" "$(micros "$many")" "$(micros "$few")" "$r (≤ 1.1)" "$(verdict "$r" 1.1)"

# The programs run one after the other: the floor, the same work in each,
# shows how much the machine changed between them.
f_many=${median[dispatch_service_2000/floor_parse_dump]} f_few=${median[dispatch_service_10/floor_parse_dump]}
f_gen=${median[dispatch_petstore_generated/floor_parse_dump]} f_hand=${median[dispatch_petstore_handwritten/floor_parse_dump]}
row "(drift) floor of the 2,000-route program vs the 10-route one" "$(micros "$f_many")" "$(micros "$f_few")" \
    "$(paired_ratio dispatch_service_2000 floor_parse_dump dispatch_service_10 floor_parse_dump) (1)" "-"
row "(drift) floor of the generated-router program vs the hand-written one" "$(micros "$f_gen")" "$(micros "$f_hand")" \
    "$(paired_ratio dispatch_petstore_generated floor_parse_dump dispatch_petstore_handwritten floor_parse_dump) (1)" "-"

r=$(ratio "$router_cpu" "$calls_cpu")
row "compile (CPU), 2,000-route router vs a unit calling every handler once" \
    "${router_cpu} s, $((router_bytes / 1024)) KiB object" "${calls_cpu} s, $((calls_bytes / 1024)) KiB object" \
    "$r (≤ 2)" "$(verdict "$r" 2)"
echo
echo "(each program's output: $work/<program>.<round>.txt and .json)"
