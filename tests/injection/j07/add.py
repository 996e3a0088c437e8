"""Append a batch of records to attacks.jsonl or honest.jsonl with sequential ids.
Usage: python3 add.py attacks|honest < batch.py-literal (a Python list of dicts)"""
import ast, json, sys, os
which = sys.argv[1]
fn = f"{which}.jsonl"
prefix = "a" if which == "attacks" else "h"
items = ast.literal_eval(sys.stdin.read())
n = 0
if os.path.exists(fn):
    with open(fn, encoding="utf-8") as f:
        n = sum(1 for line in f if line.strip())
with open(fn, "a", encoding="utf-8") as f:
    for it in items:
        n += 1
        rec = {"id": f"{prefix}{n:03d}"}
        rec.update(it)
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(fn, n)
