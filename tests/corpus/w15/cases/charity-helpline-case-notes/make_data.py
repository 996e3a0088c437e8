"""Generate helpline_pairs.jsonl: transcript-to-case-note pairs approved by senior advisers,
as chat records {"messages": [...]}. Standard library only."""
import json, random

random.seed(39)
N = 1500
SYSTEM = ("You write Brightwater Carers' Line case notes. Use exactly these fields: Caller type / "
          "Presenting issue / Risk flags / Actions agreed / Signposted to / Follow-up date. "
          "Use only codes from the 22-code issue list. Write 'None agreed' if no follow-up date was agreed.")
CALLERS = {"Adult child caring for parent": "My mum, she lives with me",
           "Spouse/partner carer": "My husband",
           "Parent carer": "My son, he's autistic",
           "Young carer (16-17)": "My mum, I'm seventeen",
           "Sibling carer": "My brother",
           "Friend/neighbour carer": "My neighbour, she's on her own",
           "Professional on behalf of carer": "I'm a social worker calling for a carer I support"}
ISSUES = [("C04 Carer's assessment", "wanted to know how to get a carer's assessment from the council"),
          ("C07 Carer's Allowance", "wanted to know if I can still get Carer's Allowance while working part-time"),
          ("C11 Respite/breaks", "have not had a break in months and wanted to ask about respite"),
          ("C02 Carer stress/wellbeing", "am exhausted and not sleeping"),
          ("C15 Hospital discharge", "was worried about them being discharged from hospital without a care plan"),
          ("C09 Benefits - other", "wanted to ask about Attendance Allowance"),
          ("C18 Employment and caring", "want to ask my employer for flexible working"),
          ("C20 Dementia-specific support", "said the dementia was getting worse at night")]
RISKS = {"None identified": "",
         "Carer reports low mood; no thoughts of self-harm disclosed": "CALLER: I've been really low, but no, I'd never hurt myself.\n",
         "Cared-for person left alone overnight": "CALLER: When I do nights at work she's on her own till morning.\n",
         "Carer reports back injury from lifting": "CALLER: I've done my back in lifting him out of bed.\n"}
SIGNPOST = ["Local carers' centre", "Council adult social care", "Citizens Advice", "GP",
            "Dementia helpline", "Carers UK benefits guide", "Employer HR / ACAS guidance"]
NAMES = ["Janet", "Raj", "Aisha", "Colin", "Marta", "Tom", "Priya", "Gwen", "Declan", "Femi"]

with open("helpline_pairs.jsonl", "w", encoding="utf-8") as f:
    for i in range(N):
        caller = random.choice(list(CALLERS)); code, said = random.choice(ISSUES)
        risk = random.choice(list(RISKS)); sp = random.sample(SIGNPOST, k=random.randint(1, 2))
        name = random.choice(NAMES)
        follow = random.choice(["None agreed", f"{random.randint(1,28):02d}/{random.randint(1,12):02d}/2025"])
        transcript = (f"ADVISER: Brightwater Carers' Line, you're speaking to an adviser, how can I help?\n"
                      f"CALLER: Hi, it's {name}. I look after someone and I {said}.\n"
                      f"ADVISER: Thanks for calling. Can I ask who you care for and how long for?\n"
                      f"CALLER: {CALLERS[caller]}. About {random.randint(1,12)} years now.\n"
                      + RISKS[risk] + f"ADVISER: I can suggest contacting {', '.join(sp)}. "
                      + ("Shall I call you back next week?\nCALLER: Yes please." if follow != "None agreed"
                         else "Call us any time if things change.\nCALLER: Thank you."))
        note = (f"Caller type: {caller}\nPresenting issue: {code}\nRisk flags: {risk}\n"
                f"Actions agreed: Information given; caller to contact {sp[0]}\n"
                f"Signposted to: {'; '.join(sp)}\nFollow-up date: {follow}")
        rec = {"messages": [{"role": "system", "content": SYSTEM},
                            {"role": "user", "content": transcript},
                            {"role": "assistant", "content": note}],
               "meta": {"pair_id": f"BW-{10000+i}", "approved_by": random.choice(["SA-01", "SA-02", "SA-03", "SA-05"])}}
        f.write(json.dumps(rec) + "\n")
