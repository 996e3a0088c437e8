import json, os, re
OUT = "/work/blind/w18"
LABELS = os.path.join(OUT, "labels.jsonl")

def _load():
    rows = []
    if os.path.exists(LABELS):
        with open(LABELS) as f:
            rows = [json.loads(l) for l in f if l.strip()]
    return rows

def add(slug, text, label, also, reason, facts, folder=False):
    text = text.strip() + "\n"
    if folder:
        d = os.path.join(OUT, "cases", slug)
        os.makedirs(d, exist_ok=True)
        path = os.path.join(d, "case.md")
    else:
        path = os.path.join(OUT, "cases", slug + ".md")
    for k, (v, span) in facts.items():
        if not span.startswith("data:") and span not in text:
            raise SystemExit(f"{slug}: span for {k} not found: {span!r}")
    body = text.split("\n", 2)[-1]
    words = len(re.findall(r"\S+", body))
    if not (40 <= words <= 140):
        print(f"WARN {slug}: {words} words")
    with open(path, "w") as f:
        f.write(text)
    rec = {"case": slug, "label": label, "also_acceptable": also, "reason": reason,
           "facts": {k: {"value": v, "span": s} for k, (v, s) in facts.items()}}
    rows = [r for r in _load() if r["case"] != slug]
    rows.append(rec)
    with open(LABELS, "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"ok {slug} ({words} words, {label})")
