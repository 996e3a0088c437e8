import yaml, glob, collections
F={'task_kind','monthly_volume','labelled_examples','corpus_size','knowledge_change_days','needs_citations','needs_external_knowledge','stakes','stage','latency_ms','budget','strict_format','consistent_style','prompting_falls_short','prompt_tokens','accuracy_target','task_changes_often','domain_jargon','human_review','cost_per_call_usd','monthly_bill_usd','constraints'}
BOOL={'needs_citations','needs_external_knowledge','strict_format','consistent_style','prompting_falls_short','task_changes_often','domain_jargon','human_review'}
ENUM={'task_kind':{'classification','extraction','generation','question_answering','summarisation','translation','transformation','code','tool_use','research'},'stakes':{'low','medium','high'},'stage':{'prototype','pilot','production','one_off'},'budget':{'none','limited','available'}}
per=collections.Counter(); lab=collections.Counter(); pl=collections.Counter()
for f in sorted(glob.glob('profiles/*.yaml')):
    d=yaml.safe_load(open(f)); t=d['truth']; a=d.get('answers') or {}; u=d.get('unsure') or []; na=d.get('not_applicable') or []
    p=d['persona']; per[p]+=1; lab[d['label']]+=1; pl[(p,d['label'])]+=1
    err=[]
    assert d['label'] in ('prompt','rag','fine_tune')
    for k in list(t)+list(a)+u+na:
        if k not in F: err.append('bad field '+k)
    for k,v in t.items():
        if k in BOOL and not isinstance(v,bool): err.append('bool '+k)
        if k in ENUM and v not in ENUM[k]: err.append('enum '+k)
        if k=='constraints' and not isinstance(v,list): err.append('constraints')
        if k not in BOOL|set(ENUM)|{'constraints'} and not isinstance(v,(int,float)): err.append('num '+k)
        if p=='yes_no' and k in BOOL and k in a: err.append('yesno bool answer '+k)
        if not (p=='yes_no' and k in BOOL) and k not in a: err.append('no answer '+k)
        if k in na: err.append('truth in na '+k)
    for k in u:
        if k in t: err.append('unsure in truth '+k)
        if k not in a: err.append('unsure no answer '+k)
    for k in a:
        if k not in t and k not in u: err.append('answer w/o truth '+k)
    for k in na:
        if k in a: err.append('na answered '+k)
    if p=='vague' and len(u)<2: err.append('vague unsure<2')
    if p=='self_correcting':
        cs=d.get('corrections') or []
        if not cs: err.append('no corrections')
        for c in cs:
            if t.get(c['field'])!=c['right']: err.append('corr right '+c['field'])
            if c['wrong']==c['right']: err.append('corr same')
    elif d.get('corrections'): err.append('corrections non-sc')
    print(f, d['label'], 'OK' if not err else err)
print(per); print(lab); print(sorted(pl.items()))
