import json, os, re, collections
OUT="/work/blind/w17"
FIELDS={"task_kind","monthly_volume","labelled_examples","corpus_size","knowledge_change_days","needs_citations",
"needs_external_knowledge","stakes","stage","latency_ms","budget","strict_format","consistent_style","prompting_falls_short",
"prompt_tokens","accuracy_target","task_changes_often","domain_jargon","human_review","cost_per_call_usd","monthly_bill_usd","constraints"}
ok=True; cnt=collections.Counter(); seen=set()
for i,line in enumerate(open(f"{OUT}/labels.jsonl",encoding="utf-8"),1):
    r=json.loads(line); s=r["case"]; seen.add(s); cnt[r["label"]]+=1
    assert r["label"] in ("prompt","rag","fine_tune")
    cands=[f"{OUT}/cases/{s}/case.md"]+[f"{OUT}/cases/{s}.{e}" for e in ("md","txt","yaml")]
    path=[c for c in cands if os.path.exists(c)]
    if len(path)!=1: print("FILE?",s,path); ok=False; continue
    text=open(path[0],encoding="utf-8").read()
    wc=len(text.split())
    if not 30<=wc<=400: print("LEN",s,wc)
    for k,v in r["facts"].items():
        if k not in FIELDS: print("FIELD?",s,k); ok=False
        sp=v["span"]
        if sp.startswith("data:"):
            d=os.path.join(OUT,"cases",s,sp[5:])
            if not os.path.exists(d): print("DATA?",s,sp); ok=False
        elif sp not in text: print("SPAN?",s,k,sp); ok=False
    for w in re.findall(r"(?i)fine[- ]?tun\w*|\bRAG\b|prompt engineering",text):
        print("  word:",s,w)
files=set()
for n in os.listdir(f"{OUT}/cases"):
    files.add(n.rsplit(".",1)[0] if not os.path.isdir(f"{OUT}/cases/{n}") else n)
print("unlabelled:",files-seen,"missing:",seen-files)
print(cnt, "OK" if ok else "PROBLEMS")
