#!/usr/bin/env bash
# Bytes on the wire and round trips of sync over a slow link (64 kbit/s, 600 ms round trip):
# an empty poll, an idle hour, one new post, and the first sync of a 10,000-post network.
# See Benchmarks/README.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
swift build -c release --product sync-benchmark >&2
"$(swift build -c release --show-bin-path)/sync-benchmark"
