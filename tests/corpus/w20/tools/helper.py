import json, os, glob
OUT = "/work/blind/w20"
FIELDS = {"task_kind","monthly_volume","labelled_examples","corpus_size","knowledge_change_days",
 "needs_citations","needs_external_knowledge","stakes","stage","latency_ms","budget","strict_format",
 "consistent_style","prompting_falls_short","prompt_tokens","accuracy_target","task_changes_often",
 "domain_jargon","human_review","cost_per_call_usd","monthly_bill_usd","constraints"}

class Batch:
    def __init__(self, name):
        self.name = name; self.rows = []
    def add(self, slug, title, body, label, also, reason, facts, folder=False):
        body = " ".join(body.split())
        text = f"# {title}\n\n{body}\n"
        if folder:
            d = os.path.join(OUT, "cases", slug); os.makedirs(d, exist_ok=True)
            path = os.path.join(d, "case.md")
        else:
            path = os.path.join(OUT, "cases", slug + ".md")
        with open(path, "w") as f: f.write(text)
        wc = len(body.split())
        if not (40 <= wc <= 120): print("WORDCOUNT", slug, wc)
        fx = {}
        for k, (v, span) in facts.items():
            assert k in FIELDS, (slug, k)
            if not span.startswith("data:"):
                assert span in text, (slug, k, span)
            fx[k] = {"value": v, "span": span}
        assert label in ("prompt", "rag", "fine_tune")
        self.rows.append({"case": slug, "label": label, "also_acceptable": also, "reason": reason, "facts": fx})
    def save(self):
        with open(os.path.join(OUT, "_build", f"labels_{self.name}.jsonl"), "w") as f:
            for r in self.rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
        rows = []
        for p in sorted(glob.glob(os.path.join(OUT, "_build", "labels_*.jsonl"))):
            rows += [l for l in open(p) if l.strip()]
        with open(os.path.join(OUT, "labels.jsonl"), "w") as f: f.writelines(rows)
        print(self.name, len(self.rows), "total", len(rows))
