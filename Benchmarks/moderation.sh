#!/usr/bin/env bash
# Bytes and milliseconds per keystroke of the release client's Moderation pane: the demo network
# with forty flagged posts, triaged by a moderator. See Benchmarks/README.md.
set -euo pipefail
cols="${COLS:-80}" rows="${ROWS:-24}"
source "$(dirname "$0")/common.sh"

"$bin/staffroomd" seed-demo --db "$work/server.sqlite" >&2
start_server

# Five members flag posts 1 to 40 (a member's own posts are refused, which is fine here).
python3 - "$url" <<'PY'
import json, sys, urllib.request
url = sys.argv[1]
def call(path, body, token=None):
    request = urllib.request.Request(url + path, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json", **({"Authorization": "Bearer " + token} if token else {})})
    return json.load(urllib.request.urlopen(request))
reasons = ["spam", "off_topic", "offensive", "other"]
for n, name in enumerate(["anna.smirnova", "sergey.orlov", "elena.sokolova", "pavel.novikov", "natalia.morozova"]):
    token = call("/v1/login", {"username": name, "password": "demo"})["token"]
    mutations = [{"sequence": i + 1, "clientID": f"{name}-{i}",
                  "action": {"flagPost": {"postID": post, "reason": reasons[(post + n) % 4], "note": ""}}}
                 for i, post in enumerate(range(1 + n % 2, 41, 1 + n % 2))]
    call("/v1/sync", {"device": name, "mutations": mutations, "limit": 1}, token)
PY

export LANG=ru_RU.UTF-8 TZ=Europe/Moscow
login_member marina.volkova demo
"$bin/staffroom" sync >&2

# Open the pane, 8 rows down and 4 up, the reason filter on and round again (5 presses), open the
# selected item, scroll it 3 lines, back to the queue (its claim let go), mark 3 items with Space.
python3 "$ptybench" --cols "$cols" --rows "$rows" --ready "Форумы" --json \
  --keys 'V,j*8,k*4,1*5,<enter>,j*3,<esc>,<space>*3' -- "$bin/staffroom" > "$work/run.json"

python3 - "$work/run.json" <<'PY'
import json, sys
from steps import group
run = json.load(open(sys.argv[1]))
steps = run["steps"]
summary = {"first_paint_bytes": run["first_paint_bytes"], "first_paint_ms": run["first_paint_ms"],
           "open_moderation_pane": steps[0]}
summary.update(group("row_down", steps[1:9]))
summary.update(group("row_up", steps[9:13]))
summary.update(group("reason_filter", steps[13:18]))
summary["open_item"] = steps[18]
summary.update(group("scroll_item", steps[19:22]))
summary["back_to_queue"] = steps[22]
summary.update(group("mark_with_space", steps[23:26]))
print(json.dumps(summary, indent=1))
PY
