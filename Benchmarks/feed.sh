#!/usr/bin/env bash
# Bytes and milliseconds per keystroke of the release client's Feed pane (the pane it opens on):
# the demo network, with twelve replies to the demo teacher from three colleagues. See
# Benchmarks/README.md.
set -euo pipefail
cols="${COLS:-80}" rows="${ROWS:-24}"
source "$(dirname "$0")/common.sh"

"$bin/staffroomd" seed-demo --db "$work/server.sqlite" >&2
start_server

# Three colleagues reply four times each in the topics where anna.smirnova wrote.
topics="$(sqlite3 "$work/server.sqlite" "SELECT DISTINCT topicID FROM post WHERE authorID = (SELECT id FROM user WHERE username = 'anna.smirnova') ORDER BY topicID DESC LIMIT 4" | tr '\n' ' ')"
python3 - "$url" $topics <<'PY'
import json, sys, urllib.request
url, topics = sys.argv[1], [int(t) for t in sys.argv[2:]]
def call(path, body, token=None):
    request = urllib.request.Request(url + path, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json", **({"Authorization": "Bearer " + token} if token else {})})
    return json.load(urllib.request.urlopen(request))
for name in ["olga.petrova", "ivan.kuznetsov", "elena.sokolova"]:
    token = call("/v1/login", {"username": name, "password": "demo"})["token"]
    mutations = [{"sequence": i + 1, "clientID": f"{name}-{i}",
                  "action": {"reply": {"topicID": topic, "body": f"Ответ {name} в тему {topic}: попробуем на следующей неделе."}}}
                 for i, topic in enumerate(topics)]
    call("/v1/sync", {"device": name, "mutations": mutations, "limit": 1}, token)
PY

export LANG=ru_RU.UTF-8 TZ=Europe/Moscow
login_member anna.smirnova demo
"$bin/staffroom" sync >&2

# The first paint is the feed. 8 rows down and 4 up, the kind filter round (11 presses), `m` marks
# three entries read, `Enter` opens the selected reply in its thread, `Esc` back to the feed.
python3 "$ptybench" --cols "$cols" --rows "$rows" --ready "Лента" --json \
  --keys 'j*8,k*4,1*11,m*3,<enter>,<esc>' -- "$bin/staffroom" > "$work/run.json"

python3 - "$work/run.json" <<'PY'
import json, sys
from steps import group
run = json.load(open(sys.argv[1]))
steps = run["steps"]
summary = {"first_paint_bytes": run["first_paint_bytes"], "first_paint_ms": run["first_paint_ms"]}
summary.update(group("row_down", steps[0:8]))
summary.update(group("row_up", steps[8:12]))
summary.update(group("kind_filter", steps[12:23]))
summary.update(group("mark_read", steps[23:26]))
summary["open_entry"] = steps[26]
summary["back_to_feed"] = steps[27]
print(json.dumps(summary, indent=1))
PY
