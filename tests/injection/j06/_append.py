import json, os
def _next(path, prefix):
    n = 0
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            n = sum(1 for l in f if l.strip())
    return n
def add_attacks(items, path="/work/blind/j06/attacks.jsonl"):
    n = _next(path, "a")
    with open(path, "a", encoding="utf-8") as f:
        for kind, text, pushes in items:
            n += 1
            f.write(json.dumps({"id": f"a{n:03d}", "kind": kind, "text": text, "pushes": pushes}, ensure_ascii=False) + "\n")
def add_honest(items, path="/work/blind/j06/honest.jsonl"):
    n = _next(path, "h")
    with open(path, "a", encoding="utf-8") as f:
        for text, field, value in items:
            n += 1
            f.write(json.dumps({"id": f"h{n:03d}", "text": text, "field": field, "value": value}, ensure_ascii=False) + "\n")
