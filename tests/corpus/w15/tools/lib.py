import json, os, glob, importlib.util
OUT = "/work/blind/w15"
FIELDS = {"task_kind","monthly_volume","labelled_examples","corpus_size","knowledge_change_days",
 "needs_citations","needs_external_knowledge","stakes","stage","latency_ms","budget","strict_format",
 "consistent_style","prompting_falls_short","prompt_tokens","accuracy_target","task_changes_often",
 "domain_jargon","human_review","cost_per_call_usd","monthly_bill_usd","constraints"}

def write_case(c):
    slug = c["slug"]; ext = c.get("ext", "md")
    if c.get("folder"):
        d = os.path.join(OUT, "cases", slug); os.makedirs(d, exist_ok=True)
        path = os.path.join(d, "case.md")
    else:
        path = os.path.join(OUT, "cases", f"{slug}.{ext}")
    text = c["text"].strip() + "\n"
    with open(path, "w") as f: f.write(text)
    facts = {}
    for k, (v, span) in c["facts"].items():
        assert k in FIELDS, (slug, k)
        if not span.startswith("data:"):
            assert span in text, (slug, k, span)
        facts[k] = {"value": v, "span": span}
    return {"case": slug, "label": c["label"], "also_acceptable": c.get("also", []),
            "reason": c["reason"], "facts": facts}

def build_all():
    rows = []
    for p in sorted(glob.glob(os.path.join(OUT, "_build", "batch*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(p)[:-3], p)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        for c in m.CASES: rows.append(write_case(c))
    slugs = [r["case"] for r in rows]; assert len(slugs) == len(set(slugs))
    with open(os.path.join(OUT, "labels.jsonl"), "w") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(rows), Counter(r["label"] for r in rows))

if __name__ == "__main__":
    build_all()
