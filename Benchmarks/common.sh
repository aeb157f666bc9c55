# Shared by the terminal benchmarks: release binaries, a scratch folder removed on exit, and a
# staffroomd serving a database on a free loopback port. Source it after `set -euo pipefail`.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ptybench="${PTYBENCH:-$root/../shared/tools/ptybench.py}"
# Lets the scripts' Python summaries import Benchmarks/steps.py.
export PYTHONPATH="$root/Benchmarks${PYTHONPATH:+:$PYTHONPATH}"

cd "$root"
swift build -c release --product staffroomd >&2
swift build -c release --product staffroom >&2
bin="$(swift build -c release --show-bin-path)"

work="$(mktemp -d "${TMPDIR:-/tmp}/staffroom-bench-XXXXXX")"
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# Serves $work/server.sqlite and sets `url` once the server says where it listens.
start_server() {
  "$bin/staffroomd" serve --db "$work/server.sqlite" --port 0 > "$work/server.log" 2>&1 &
  server_pid=$!
  url=""
  for _ in $(seq 1 200); do
    url="$(grep -o 'http://127.0.0.1:[0-9]*' "$work/server.log" | head -1 || true)"
    [ -n "$url" ] && break
    sleep 0.05
  done
  [ -n "$url" ] || { echo "staffroomd did not start" >&2; cat "$work/server.log" >&2; exit 1; }
}

# Logs member $1 (password $2) in to the server with a client whose home, store and config live in
# $work; the caller sets the language and zone.
login_member() {
  export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
  echo "$2" > "$work/password"
  "$bin/staffroom" login --server "$url" --user "$1" --password-file "$work/password" >&2
}
