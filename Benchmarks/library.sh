#!/usr/bin/env bash
# Bytes and milliseconds per keystroke of the release client's Library pane on the demo network,
# and the bytes of a download at the link's pace. See Benchmarks/README.md.
set -euo pipefail
cols="${COLS:-80}" rows="${ROWS:-24}"
source "$(dirname "$0")/common.sh"

"$bin/staffroomd" seed-demo --db "$work/server.sqlite" >&2
start_server

export LANG=ru_RU.UTF-8 TZ=Europe/Moscow
export XDG_DOWNLOAD_DIR="$work/downloads"
login_member anna.smirnova demo
"$bin/staffroom" sync >&2

# Open the pane, 4 rows down and back up, the grade facet (open, 4 rows down, pick), the search
# (open, type four letters, end it), clear, open the resource under the cursor, download it (its
# file is small), back to the list.
python3 "$ptybench" --cols "$cols" --rows "$rows" --ready "Форумы" --json \
  --keys 'L,j*4,k*4,3,j*4,<enter>,/,з,а,д,а,<enter>,0,<enter>,d,<esc>' -- "$bin/staffroom" > "$work/run.json"

python3 - "$work/run.json" <<'PY'
import json, sys
from steps import group
run = json.load(open(sys.argv[1]))
steps = run["steps"]
summary = {"first_paint_bytes": run["first_paint_bytes"], "first_paint_ms": run["first_paint_ms"],
           "open_library_pane": steps[0]}
summary.update(group("row_down", steps[1:5]))
summary.update(group("row_up", steps[5:9]))
summary["open_grade_facet"] = steps[9]
summary.update(group("row_in_facet", steps[10:14]))
summary["pick_grade"] = steps[14]
summary["open_search"] = steps[15]
summary.update(group("letter_in_search", steps[16:20]))
summary["end_search"] = steps[20]
summary["clear_filters"] = steps[21]
summary["open_resource"] = steps[22]
summary["download"] = steps[23]
summary["back_to_list"] = steps[24]
print(json.dumps(summary, indent=1))
PY
