import json, os
def add(fname, rows):
    prefix = "a" if fname.startswith("attacks") else "h"
    n = 0
    if os.path.exists(fname):
        with open(fname, encoding="utf-8") as f:
            n = sum(1 for l in f if l.strip())
    with open(fname, "a", encoding="utf-8") as f:
        for r in rows:
            n += 1
            r = dict(r); r["id"] = f"{prefix}{n:03d}"
            r = {"id": r.pop("id"), **r}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
