# Sourced by scripts that start a local server program with --port 0 (not a test itself).
# local_server_port <stdout file> <stderr file> <pid>: prints the port from the
# server's start-up line, waiting at most 10 seconds; fails (calls `fail`) if the
# server exits first or prints no such line.
local_server_port() {
  local out=$1 err=$2 pid=$3 port=
  for _ in $(seq 1 100); do
    port=$(sed -n 's|^apigw local server on http://127.0.0.1:\([0-9]*\) .*|\1|p' "$out")
    [[ -n $port ]] && break
    kill -0 "$pid" 2>/dev/null || fail "the server exited: $(cat "$err")"
    sleep 0.1
  done
  [[ -n $port ]] || fail "no start-up line: $(cat "$out")"
  echo "$port"
}
