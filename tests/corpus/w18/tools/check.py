import json, os, re, collections
OUT="/work/blind/w18"
rows=[json.loads(l) for l in open(f"{OUT}/labels.jsonl")]
cnt=collections.Counter(r["label"] for r in rows); print(cnt, len(rows))
slugs=set()
for r in rows:
    s=r["case"]; slugs.add(s)
    p=f"{OUT}/cases/{s}.md"
    if not os.path.exists(p): p=f"{OUT}/cases/{s}/case.md"
    t=open(p).read()
    for k,f in r["facts"].items():
        sp=f["span"]
        if sp.startswith("data:"):
            fn=sp[5:]; found=any(fn in files for _,_,files in os.walk(os.path.dirname(p)))
            assert found, (s,k,sp)
        else:
            assert sp in t, (s,k,sp)
    body=t.split("\n",2)[2]
    w=len(body.split()); sents=len(re.findall(r"[.!?](\s|$)", body))
    if not(40<=w<=140 and 3<=sents<=7): print("shape", s, w, sents)
    for bad in ["RAG","prompt engineering","retrieval"]:
        if bad.lower() in t.lower(): print("word", s, bad)
    if re.search(r"fine.tun", t, re.I): print("mentions fine-tune:", s)
files=set(f[:-3] for f in os.listdir(f"{OUT}/cases") if f.endswith(".md"))|set(d for d in os.listdir(f"{OUT}/cases") if os.path.isdir(f"{OUT}/cases/{d}"))
print("unlabelled", files-slugs, "missing", slugs-files)
