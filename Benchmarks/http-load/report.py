"""Turns profile.lua's JSON lines (on stdin) into a Markdown table, busiest endpoint first."""
import json
import sys

rows = [json.loads(line) for line in sys.stdin if line.startswith('{"endpoint"')]
rows.sort(key=lambda row: (row["endpoint"] == "all", -row["requests"]))
print("| endpoint | requests | requests/s | p50 ms | p95 ms | p99 ms |")
print("|---|---:|---:|---:|---:|---:|")
for row in rows:
    name = "**all**" if row["endpoint"] == "all" else "`" + row["endpoint"] + "`"
    print(f"| {name} | {row['requests']:,} | {row['perSecond']:,.0f} | {row['p50']:.1f} | {row['p95']:.1f} | {row['p99']:.1f} |")
