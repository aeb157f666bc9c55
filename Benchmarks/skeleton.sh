#!/usr/bin/env bash
# First paint and bytes per keystroke of the release client against a synthetic 100,000-post
# network. See Benchmarks/README.md.
set -euo pipefail
posts="${POSTS:-100000}" cols="${COLS:-100}" rows="${ROWS:-30}"
source "$(dirname "$0")/common.sh"

seed_start=$(date +%s%N)
"$bin/staffroomd" seed-synthetic --db "$work/server.sqlite" --posts "$posts" >&2
seed_ms=$(( ($(date +%s%N) - seed_start) / 1000000 ))

start_server

export LANG=C.UTF-8
login_member member1 synthetic
sync_start=$(date +%s%N)
"$bin/staffroom" sync >&2
sync_ms=$(( ($(date +%s%N) - sync_start) / 1000000 ))
store_bytes=$(stat -c %s "$XDG_DATA_HOME/staffroom/staffroom.sqlite")

# The client opens on the feed; `F` goes to the forum list.
python3 "$ptybench" --cols "$cols" --rows "$rows" --ready "Feed" --json \
  --keys 'F,<enter>,j*30,G,<enter>,j*30,<pgdn>*20' -- "$bin/staffroom" > "$work/run.json"

python3 - "$work/run.json" "$posts" "$seed_ms" "$sync_ms" "$store_bytes" <<'PY'
import json, sys
from steps import group
run = json.load(open(sys.argv[1]))
steps = run["steps"]
summary = {"posts": int(sys.argv[2]), "seed_seconds": round(int(sys.argv[3]) / 1000, 1),
           "sync_seconds": round(int(sys.argv[4]) / 1000, 1), "store_megabytes": round(int(sys.argv[5]) / 1e6, 1),
           "first_paint_bytes": run["first_paint_bytes"], "first_paint_ms": run["first_paint_ms"],
           "forum_list": steps[0], "open_forum": steps[1], "open_long_thread": steps[33]}
summary.update(group("j_in_topic_list", steps[2:32]))
summary.update(group("j_in_long_thread", steps[34:64]))
summary.update(group("pgdn_in_long_thread", steps[64:84]))
print(json.dumps(summary, indent=1))
PY
