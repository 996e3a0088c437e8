import json, os
OUT = "/work/blind/w17"
LABELS = os.path.join(OUT, "labels.jsonl")

def _load():
    rows = []
    if os.path.exists(LABELS):
        for line in open(LABELS, encoding="utf-8"):
            if line.strip():
                rows.append(json.loads(line))
    return rows

def add(slug, text, label, reason, facts, also=None, ext="md", folder=False, casefile=None):
    if folder:
        d = os.path.join(OUT, "cases", slug)
        os.makedirs(d, exist_ok=True)
        path = os.path.join(d, casefile or "case.md")
    else:
        path = os.path.join(OUT, "cases", f"{slug}.{ext}")
    text = text.strip("\n") + "\n"
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    fx = {}
    for k, (v, span) in facts.items():
        if not span.startswith("data:"):
            assert span in text, f"{slug}: span for {k} not found: {span!r}"
        fx[k] = {"value": v, "span": span}
    row = {"case": slug, "label": label, "also_acceptable": also or [], "reason": reason, "facts": fx}
    rows = [r for r in _load() if r["case"] != slug]
    rows.append(row)
    with open(LABELS, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
