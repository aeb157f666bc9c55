#!/usr/bin/env bash
# Bytes and milliseconds per keystroke of the release client's Events pane on the demo network.
# See Benchmarks/README.md.
set -euo pipefail
cols="${COLS:-100}" rows="${ROWS:-30}"
source "$(dirname "$0")/common.sh"

"$bin/staffroomd" seed-demo --db "$work/server.sqlite" >&2
start_server

export LANG=ru_RU.UTF-8 TZ=Europe/Moscow
login_member anna.smirnova demo
"$bin/staffroom" sync >&2

# Open the pane on today, into the list and 8 events down, back to the grid, 14 days right and
# 4 weeks down in the grid, 3 months on and back; then the form of a new event: open it, type a
# seven-letter title, four fields on, and leave it (kept as a draft).
python3 "$ptybench" --cols "$cols" --rows "$rows" --ready "Форумы" --json \
  --keys 'C,<enter>,j*8,<esc>,l*14,j*4,]*3,[*3,a,С,е,м,и,н,а,р,<tab>*4,<esc>' -- "$bin/staffroom" > "$work/run.json"

python3 - "$work/run.json" <<'PY'
import json, sys
from steps import group
run = json.load(open(sys.argv[1]))
steps = run["steps"]
summary = {"first_paint_bytes": run["first_paint_bytes"], "first_paint_ms": run["first_paint_ms"],
           "open_events_pane": steps[0], "enter_the_list": steps[1], "back_to_the_grid": steps[10]}
summary.update(group("event_in_list", steps[2:10]))
summary.update(group("day_in_grid", steps[11:25]))
summary.update(group("week_in_grid", steps[25:29]))
summary.update(group("month", steps[29:35]))
summary["open_form"] = steps[35]
summary.update(group("letter_in_form", steps[36:43]))
summary.update(group("next_field", steps[43:47]))
summary["leave_form"] = steps[47]
print(json.dumps(summary, indent=1))
PY
