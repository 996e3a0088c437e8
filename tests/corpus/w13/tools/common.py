import json, os
OUT = "/work/blind/w13"
def emit(cases):
    with open(os.path.join(OUT, "labels.jsonl"), "a") as lf:
        for c in cases:
            slug, ext, text = c["slug"], c["ext"], c["text"].lstrip("\n")
            if c.get("folder"):
                d = os.path.join(OUT, "cases", slug); os.makedirs(d, exist_ok=True)
                path = os.path.join(d, "case.md")
            else:
                path = os.path.join(OUT, "cases", slug + "." + ext)
            with open(path, "w") as f: f.write(text)
            facts = {}
            for k, (v, s) in c["facts"].items():
                if not s.startswith("data:") and s not in text:
                    raise SystemExit(f"span not found in {slug}: {k}: {s!r}")
                facts[k] = {"value": v, "span": s}
            rec = {"case": slug, "label": c["label"], "also_acceptable": c.get("also", []),
                   "reason": c["reason"], "facts": facts}
            lf.write(json.dumps(rec, ensure_ascii=False) + "\n")
            print("ok", slug)
