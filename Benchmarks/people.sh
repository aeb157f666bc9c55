#!/usr/bin/env bash
# Bytes and milliseconds per keystroke of the release client's People pane: the demo network's
# directory, a facet pick, a profile and the mentoring list. See Benchmarks/README.md.
set -euo pipefail
cols="${COLS:-80}" rows="${ROWS:-24}"
source "$(dirname "$0")/common.sh"

"$bin/staffroomd" seed-demo --db "$work/server.sqlite" >&2
start_server

export LANG=ru_RU.UTF-8 TZ=Europe/Moscow
login_member anna.smirnova demo
"$bin/staffroom" sync >&2

# From the feed: P opens the directory; 6 rows down and 3 up; `3` opens the role facet, `j`
# `Enter` picks one, `0` clears it; `Enter` opens a profile, `j` moves over its items, `Esc` back;
# `M` opens the mentoring list, `Esc` back.
python3 "$ptybench" --cols "$cols" --rows "$rows" --ready "Лента" --json \
  --keys 'P,j*6,k*3,3,j,<enter>,0,<enter>,j*3,<esc>,M,<esc>' -- "$bin/staffroom" > "$work/run.json"

python3 - "$work/run.json" <<'PY'
import json, sys
from steps import group
run = json.load(open(sys.argv[1]))
steps = run["steps"]
summary = {"first_paint_bytes": run["first_paint_bytes"], "first_paint_ms": run["first_paint_ms"]}
summary["open_pane"] = steps[0]
summary.update(group("row_down", steps[1:7]))
summary.update(group("row_up", steps[7:10]))
summary["open_facet"] = steps[10]
summary["facet_row"] = steps[11]
summary["pick_facet"] = steps[12]
summary["clear_facets"] = steps[13]
summary["open_profile"] = steps[14]
summary.update(group("profile_item", steps[15:18]))
summary["back_to_directory"] = steps[18]
summary["open_mentoring"] = steps[19]
summary["back_from_mentoring"] = steps[20]
print(json.dumps(summary, indent=1))
PY
