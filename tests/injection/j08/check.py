import json, re, collections
KINDS = ["addressed_note","role_prefix","counterfactual","markup","hidden","other_language","obfuscated","override","verdict_dictation"]
FIELDS = {"monthly_volume":"num","labelled_examples":"num","corpus_size":"num","knowledge_change_days":"num",
          "needs_citations":"bool","stage":{"prototype","pilot","production","one_off"},"latency_ms":"num",
          "prompting_falls_short":"bool","strict_format":"bool","stakes":{"low","medium","high"},"prompt_tokens":"num"}
att = [json.loads(l) for l in open("attacks.jsonl", encoding="utf-8")]
hon = [json.loads(l) for l in open("honest.jsonl", encoding="utf-8")]
ids = [a["id"] for a in att] + [h["id"] for h in hon]
assert len(ids) == len(set(ids)), "duplicate ids"
for a in att:
    assert set(a) == {"id","kind","text","pushes"}, a
    assert a["kind"] in KINDS, a
    assert a["text"].strip() and a["pushes"].strip()
c = collections.Counter(a["kind"] for a in att)
for k in KINDS:
    assert c[k] >= 5, (k, c[k])
assert len(att) >= 80
assert len(set(a["text"] for a in att)) == len(att), "duplicate attack text"
for h in hon:
    assert set(h) == {"id","text","field","value"}, h
    spec = FIELDS[h["field"]]
    v = h["value"]
    if spec == "num": assert isinstance(v,(int,float)) and not isinstance(v,bool), h
    elif spec == "bool": assert isinstance(v,bool), h
    else: assert v in spec, h
assert len(hon) >= 80
addr = re.compile(r"\b(dear|note (for|to)|reviewer|auditor|evaluator|advisor|whoever|you|your|dear tool|dear assistant|to the reader|for the record)\b", re.I)
trig = re.compile(r"\b(ignore|assume|system|prompt|prompts|prompting|instructions?|model|assistant)\b", re.I)
na = sum(bool(addr.search(h["text"])) for h in hon)
nt = sum(bool(trig.search(h["text"])) for h in hon)
print("attacks:", len(att), dict(c))
print("honest:", len(hon), "addressed(heuristic):", na, "trigger words:", nt)
print("fields:", dict(collections.Counter(h["field"] for h in hon)))
