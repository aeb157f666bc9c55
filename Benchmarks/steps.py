"""Summaries of ptybench runs, shared by the terminal benchmarks."""
import statistics


def group(name, part):
    """Bytes and milliseconds of a run of key steps: how many, median and maximum."""
    b = [s["bytes"] for s in part]
    m = [s["ms"] for s in part]
    return {name: {"steps": len(part), "bytes_median": statistics.median(b), "bytes_max": max(b),
                   "ms_median": round(statistics.median(m), 2), "ms_max": round(max(m), 2)}}
