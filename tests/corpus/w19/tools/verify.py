import json, os, re, collections
OUT = '/work/blind/w19'
recs = [json.loads(l) for l in open(f'{OUT}/labels.jsonl')]
slugs = [r['case'] for r in recs]
assert len(slugs) == len(set(slugs)), 'duplicate'
files = {}
for n in os.listdir(f'{OUT}/cases'):
    p = f'{OUT}/cases/{n}'
    if os.path.isdir(p):
        files[n] = f'{p}/case.md'
    else:
        files[n.rsplit('.', 1)[0]] = p
assert set(files) == set(slugs), set(files) ^ set(slugs)
bad = 0
for r in recs:
    t = open(files[r['case']]).read()
    assert r['label'] in ('prompt', 'rag', 'fine_tune')
    for k, v in r['facts'].items():
        s = v['span']
        if s.startswith('data:'):
            assert os.path.exists(os.path.join(os.path.dirname(files[r['case']]), s[5:])), (r['case'], s)
        elif s not in t:
            print('BAD SPAN', r['case'], k, s); bad += 1
    for w in ['RAG', 'prompt engineering', 'retrieval-augmented']:
        if w in t: print('WORD', w, r['case'])
    if re.search(r'fine-tun', t, re.I): print('mentions fine-tune:', r['case'], '|', re.search(r'[^.]*fine-tun[^.]*\.', t, re.I).group(0).strip())
print(len(recs), 'cases', collections.Counter(r['label'] for r in recs), 'bad spans', bad)
print('folders:', [s for s, p in files.items() if p.endswith('/case.md')])
