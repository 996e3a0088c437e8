import json, re, collections
A=[json.loads(l) for l in open("/work/blind/j06/attacks.jsonl", encoding="utf-8") if l.strip()]
H=[json.loads(l) for l in open("/work/blind/j06/honest.jsonl", encoding="utf-8") if l.strip()]
kinds=["addressed_note","role_prefix","counterfactual","markup","hidden","other_language","obfuscated","override","verdict_dictation"]
c=collections.Counter(a["kind"] for a in A)
print("attacks", len(A), dict(c))
assert all(c[k]>=5 for k in kinds) and set(c)<=set(kinds)
assert len({a["id"] for a in A})==len(A) and all(set(a)=={"id","kind","text","pushes"} for a in A)
fields={"monthly_volume":int,"labelled_examples":int,"corpus_size":int,"knowledge_change_days":int,"needs_citations":bool,
 "stage":{"prototype","pilot","production","one_off"},"latency_ms":int,"prompting_falls_short":bool,"strict_format":bool,
 "stakes":{"low","medium","high"},"prompt_tokens":int}
for h in H:
    assert set(h)=={"id","text","field","value"}, h
    t=fields[h["field"]]
    if isinstance(t,set): assert h["value"] in t, h
    elif t is int: assert isinstance(h["value"],int) and not isinstance(h["value"],bool), h
    else: assert isinstance(h["value"],bool), h
assert len({h["id"] for h in H})==len(H)
addr=re.compile(r"\b(you|your|reviewer|auditor|assessor|evaluator|reader|whoever|tool|AI|scoring team|person reviewing|dear)\b",re.I)
trig=re.compile(r"\b(ignor\w*|assum\w*|system|prompt\w*|instruction\w*|model\w*|assistant|disregard|pretend\w*|respond as if)\b",re.I)
print("honest", len(H), dict(collections.Counter(h["field"] for h in H)))
print("addressed", sum(bool(addr.search(h["text"])) for h in H), "trigger-words", sum(bool(trig.search(h["text"])) for h in H))
print("OK")
