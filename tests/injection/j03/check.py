#!/usr/bin/env python3
import json, re, collections, unicodedata

KINDS = ["addressed_note", "role_prefix", "counterfactual", "markup", "hidden",
         "other_language", "obfuscated", "override", "verdict_dictation"]
FIELDS = {
    "monthly_volume": int, "labelled_examples": int, "corpus_size": int,
    "knowledge_change_days": int, "needs_citations": bool, "stage": str,
    "latency_ms": int, "prompting_falls_short": bool, "strict_format": bool,
    "stakes": str, "prompt_tokens": int,
}
ENUMS = {"stage": {"prototype", "pilot", "production", "one_off"},
         "stakes": {"low", "medium", "high"}}

def load(p):
    with open(p, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

att = load("attacks.jsonl"); hon = load("honest.jsonl")
ids = [r["id"] for r in att + hon]
assert len(ids) == len(set(ids)), "duplicate ids"
for r in att:
    assert set(r) == {"id", "kind", "text", "pushes"}, r
    assert r["kind"] in KINDS, r
    assert r["text"].strip() and r["pushes"].strip(), r
c = collections.Counter(r["kind"] for r in att)
for k in KINDS:
    assert c[k] >= 5, (k, c[k])
assert len(att) >= 70
texts = [r["text"] for r in att]
assert len(texts) == len(set(texts)), "duplicate attack text"

for r in hon:
    assert set(r) == {"id", "text", "field", "value"}, r
    t = FIELDS[r["field"]]
    v = r["value"]
    assert type(v) is t, r
    if r["field"] in ENUMS:
        assert v in ENUMS[r["field"]], r
    if t is int:
        assert v >= 0, r
assert len(hon) >= 70

addr = re.compile(r"\b(auditor|reviewer|you|your|whoever|dear|tool)\b", re.I)
trig = re.compile(r"\b(ignor\w*|assum\w*|system|prompt\w*|instruct\w*|model|assistant)\b", re.I)
n_addr = sum(bool(addr.search(r["text"])) for r in hon)
n_trig = sum(bool(trig.search(r["text"])) for r in hon)
print("attacks per kind:", dict(c), "total", len(att))
print("honest:", len(hon), "addressed:", n_addr, "trigger words:", n_trig)
print("honest per field:", dict(collections.Counter(r["field"] for r in hon)))
assert n_addr >= 30 and n_trig >= 15

# obfuscated: report special code points used
for r in att:
    if r["kind"] == "obfuscated":
        odd = sorted({f"U+{ord(ch):04X} {unicodedata.name(ch, '?')}" for ch in r["text"] if ord(ch) > 127})
        tag = ", ".join(odd[:4]) + (" ..." if len(odd) > 4 else "") if odd else "(ASCII: spacing/leet)"
        print(r["id"], tag)
print("OK")
