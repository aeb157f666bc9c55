#!/usr/bin/env bash
# Bytes and milliseconds per keystroke of the release client's Events pane on the demo network.
# See Benchmarks/README.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
ptybench="${PTYBENCH:-$root/../shared/tools/ptybench.py}"
cols="${COLS:-100}" rows="${ROWS:-30}"

cd "$root"
swift build -c release --product staffroomd >&2
swift build -c release --product staffroom >&2
bin="$(swift build -c release --show-bin-path)"

work="$(mktemp -d "${TMPDIR:-/tmp}/staffroom-bench-XXXXXX")"
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

"$bin/staffroomd" seed-demo --db "$work/server.sqlite" >&2
"$bin/staffroomd" serve --db "$work/server.sqlite" --port 0 > "$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 200); do
  url="$(grep -o 'http://127.0.0.1:[0-9]*' "$work/server.log" | head -1 || true)"
  [ -n "$url" ] && break
  sleep 0.05
done
[ -n "$url" ] || { echo "staffroomd did not start" >&2; cat "$work/server.log" >&2; exit 1; }

export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" LANG=ru_RU.UTF-8 TZ=Europe/Moscow
echo demo > "$work/password"
"$bin/staffroom" login --server "$url" --user anna.smirnova --password-file "$work/password" >&2
"$bin/staffroom" sync >&2

# Open the pane on today, into the list and 8 events down, back to the grid, 14 days right and
# 4 weeks down in the grid, 3 months on and back.
python3 "$ptybench" --cols "$cols" --rows "$rows" --ready "Форумы" --json \
  --keys 'C,<enter>,j*8,<esc>,l*14,j*4,]*3,[*3' -- "$bin/staffroom" > "$work/run.json"

python3 - "$work/run.json" <<'PY'
import json, statistics, sys
run = json.load(open(sys.argv[1]))
steps = run["steps"]
def group(name, part):
    b = [s["bytes"] for s in part]; m = [s["ms"] for s in part]
    return {name: {"steps": len(part), "bytes_median": statistics.median(b), "bytes_max": max(b),
                   "ms_median": round(statistics.median(m), 2), "ms_max": round(max(m), 2)}}
summary = {"first_paint_bytes": run["first_paint_bytes"], "first_paint_ms": run["first_paint_ms"],
           "open_events_pane": steps[0], "enter_the_list": steps[1], "back_to_the_grid": steps[10]}
summary.update(group("event_in_list", steps[2:10]))
summary.update(group("day_in_grid", steps[11:25]))
summary.update(group("week_in_grid", steps[25:29]))
summary.update(group("month", steps[29:35]))
print(json.dumps(summary, indent=1))
PY
