import json, os
OUT = '/work/blind/w12'
LAB = os.path.join(OUT, 'labels.jsonl')

def add(cases):
    existing = {}
    if os.path.exists(LAB):
        for line in open(LAB, encoding='utf-8'):
            line = line.strip()
            if line:
                o = json.loads(line)
                existing[o['case']] = o
    for c in cases:
        slug = c['slug']
        text = c['text'].strip('\n') + '\n'
        if c.get('folder'):
            d = os.path.join(OUT, 'cases', slug)
            os.makedirs(d, exist_ok=True)
            path = os.path.join(d, 'case.md')
        else:
            path = os.path.join(OUT, 'cases', slug + '.' + c.get('ext', 'md'))
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
        facts = {}
        for k, (v, s) in c['facts'].items():
            if not s.startswith('data:'):
                assert s in text, (slug, k, s)
            facts[k] = {'value': v, 'span': s}
        existing[slug] = {'case': slug, 'label': c['label'],
                          'also_acceptable': c.get('also', []),
                          'reason': c['reason'], 'facts': facts}
    with open(LAB, 'w', encoding='utf-8') as f:
        for o in existing.values():
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(len(existing), 'cases total')
