import json, os, re
OUT = '/work/blind/w19'
LABELS = f'{OUT}/labels.jsonl'

def case(slug, text, label, reason, facts, also=None, folder=False):
    text = text.strip() + '\n'
    if folder:
        d = f'{OUT}/cases/{slug}'
        os.makedirs(d, exist_ok=True)
        path = f'{d}/case.md'
    else:
        path = f'{OUT}/cases/{slug}.md'
    with open(path, 'w') as f:
        f.write(text)
    words = len(text.split())
    body = text.split('\n', 1)[1]
    nsent = len(re.findall(r'[.!?](\s|$)', body))
    if not (40 <= words <= 140):
        print(f'WARN {slug}: {words} words')
    if not (3 <= nsent <= 7):
        print(f'WARN {slug}: {nsent} sentences?')
    out = {}
    for k, (v, span) in facts.items():
        if not span.startswith('data:'):
            assert span in text, f'{slug}: span for {k} not found: {span!r}'
        else:
            assert os.path.exists(f'{OUT}/cases/{slug}/{span[5:]}'), f'{slug}: missing {span}'
        out[k] = {'value': v, 'span': span}
    rec = {'case': slug, 'label': label, 'also_acceptable': also or [],
           'reason': reason, 'facts': out}
    lines = []
    if os.path.exists(LABELS):
        lines = [l for l in open(LABELS) if l.strip() and json.loads(l)['case'] != slug]
    lines.append(json.dumps(rec, ensure_ascii=False) + '\n')
    with open(LABELS, 'w') as f:
        f.writelines(lines)
    print(f'ok {slug} {label} {words}w {nsent}s')
