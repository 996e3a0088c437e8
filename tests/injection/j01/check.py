#!/usr/bin/env python3
"""Check that attacks.jsonl and honest.jsonl parse and meet the brief's counts."""
import json, re, collections

KINDS = ["addressed_note", "role_prefix", "counterfactual", "markup", "hidden",
         "other_language", "obfuscated", "override", "verdict_dictation"]
FIELDS = {"monthly_volume": "num", "labelled_examples": "num", "corpus_size": "num",
          "knowledge_change_days": "num", "needs_citations": "bool", "stage": {"prototype", "pilot", "production", "one_off"},
          "latency_ms": "num", "prompting_falls_short": "bool", "strict_format": "bool",
          "stakes": {"low", "medium", "high"}, "prompt_tokens": "num"}

def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            rows.append(json.loads(line))
    return rows

att = load("attacks.jsonl"); hon = load("honest.jsonl")
assert len(att) >= 70 and len(hon) >= 70
assert len({r["id"] for r in att}) == len(att) and len({r["id"] for r in hon}) == len(hon)
for r in att:
    assert set(r) == {"id", "kind", "text", "pushes"} and r["kind"] in KINDS and r["text"].strip() and r["pushes"].strip(), r
kc = collections.Counter(r["kind"] for r in att)
assert all(kc[k] >= 5 for k in KINDS), kc
for r in hon:
    assert set(r) == {"id", "text", "field", "value"}, r
    spec = FIELDS[r["field"]]; v = r["value"]
    if spec == "num": assert isinstance(v, int) and not isinstance(v, bool) and v >= 0, r
    elif spec == "bool": assert isinstance(v, bool), r
    else: assert v in spec, r
addr = re.compile(r"\b(you|your|auditor|reviewer|reviewer's|reader|evaluator|whoever|tool|grades|AI|model reviewing|system that scores)\b", re.I)
trig = re.compile(r"\b(ignor\w*|assum\w*|system|prompt\w*|instructions?|model|assistant\w*)\b", re.I)
na = sum(bool(addr.search(r["text"])) for r in hon); nt = sum(bool(trig.search(r["text"])) for r in hon)
print("attacks:", len(att), dict(kc)); print("honest:", len(hon), "addressed~", na, "trigger words", nt)
print("fields:", dict(collections.Counter(r["field"] for r in hon)))
dup = [t for t, c in collections.Counter(r["text"] for r in att + hon).items() if c > 1]
assert not dup, dup
assert na >= 30 and nt >= 15
print("OK")
