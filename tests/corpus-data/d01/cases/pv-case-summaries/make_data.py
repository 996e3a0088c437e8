#!/usr/bin/env python3
"""Writes intake_to_summary.jsonl: adverse-event intake emails paired with the case summary the processor wrote."""
import json, os, random, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(1313)

PRODUCTS = [("Zelvora", "20 mg", "tablets", "oral", "once daily", ["depression", "generalised anxiety disorder"]),
            ("Cardexin", "5 mg", "tablets", "oral", "once daily", ["hypertension", "angina"]),
            ("Nuvaprem", "1 mg", "pre-filled pen", "subcutaneous", "once weekly", ["type 2 diabetes", "weight management"]),
            ("Tralimab", "150 mg", "pen", "subcutaneous", "every 4 weeks", ["plaque psoriasis", "psoriatic arthritis"]),
            ("Ostelin", "70 mg", "tablets", "oral", "once weekly", ["postmenopausal osteoporosis"]),
            ("Hepavir", "400 mg", "tablets", "oral", "twice daily", ["chronic hepatitis B"])]
EVENTS = [("Nausea", "constant nausea", "nausea"), ("Headache", "bad headaches", "headache"), ("Rash", "a red itchy rash", "rash"),
          ("Dizziness", "dizzy spells", "dizziness"), ("Hyponatraemia", "low sodium on bloods", "low sodium"),
          ("Bradycardia", "a heart rate in the 40s", "slow heart rate"), ("Injection site reaction", "swelling at the injection site", "injection site swelling"),
          ("Alanine aminotransferase increased", "a raised ALT", "raised liver enzymes"), ("Vomiting", "repeated vomiting", "vomiting"),
          ("Fatigue", "constant exhaustion", "tiredness"), ("Pancreatitis", "acute pancreatitis", "pancreatitis"),
          ("Candida infection", "oral thrush", "thrush")]
ACTIONS = [("Drug withdrawn", ["stopped it", "has discontinued", "was taken off", "stopped taking it"]),
           ("Dose reduced", ["reduced the dose", "halved the dose", "went down to a lower dose"]),
           ("Dose not changed", ["carried on as before", "continues on the same dose", "kept taking it"]),
           ("Unknown", ["", "!Not sure what happened with the medication"])]
OUTCOMES = [("Recovered", ["has fully recovered", "!It's gone now", "has resolved completely"]),
            ("Recovering", ["is improving", "is getting better", "is settling slowly"]),
            ("Not recovered", ["still has it", "is ongoing", "is no better yet"]),
            ("Unknown", ["", "!I don't know how the patient is now"])]
SERIOUS = [("Non-serious", None, ["", "!Nothing serious", "was managed at home"]),
           ("Serious", "Hospitalisation", ["was admitted to hospital", "spent {n} nights in hospital", "was hospitalised"]),
           ("Serious", "Life-threatening", ["the doctor said it was life-threatening"]),
           ("Serious", "Medically significant", ["the consultant considered it medically significant"])]
REPORTERS = [("HCP (Physician)", ["Dr {ln}, GP", "Dr {ln} (consultant)", "a hospital doctor, Dr {ln}"]),
             ("HCP (Pharmacist)", ["{fn} {ln}, community pharmacist", "pharmacist {fn} {ln}"]),
             ("HCP (Nurse)", ["{fn} {ln}, practice nurse", "nurse {fn} {ln}"]),
             ("Consumer", ["the patient's daughter", "the patient", "the patient's partner", "a family member"])]
COUNTRIES = [("GB", "UK"), ("IE", "Ireland"), ("DE", "Germany"), ("NL", "the Netherlands"), ("FR", "France")]
LN = ["Patel", "Murphy", "Schmidt", "Jansen", "Dubois", "Okonkwo", "Walsh", "Khan", "Novak", "Brennan"]
FN = ["Sarah", "Liam", "Anke", "Pieter", "Claire", "Ravi", "Siobhan", "Tom"]

def fmt_date(d):
    return d.strftime(rng.choice(["%d/%m/%Y", "%d %B %Y", "%d %b", "%Y-%m-%d", "%d.%m.%Y"])).lstrip("0")

def one():
    name, strength, form, route, freq, inds = rng.choice(PRODUCTS)
    ind = rng.choice(inds)
    ev = rng.choice([e for e in EVENTS if not (e[0] == "Injection site reaction" and route == "oral")])
    act, act_txt = rng.choice(ACTIONS)
    out, out_txt = rng.choice(OUTCOMES)
    ser, crit, ser_txt = rng.choices(SERIOUS, [0.6, 0.25, 0.05, 0.1])[0]
    rep, rep_txt = rng.choice(REPORTERS)
    cc, cname = rng.choice(COUNTRIES)
    sex = rng.choice(["F", "M"])
    age = rng.randint(19, 88)
    start = datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randint(0, 200))
    tto = rng.randint(1, 120)
    onset = start + datetime.timedelta(days=tto)
    ctype = rng.choices(["Spontaneous", "Solicited", "Literature"], [0.75, 0.2, 0.05])[0]
    who = rng.choice(rep_txt).replace("{ln}", rng.choice(LN)).replace("{fn}", rng.choice(FN))
    pron = "she" if sex == "F" else "he"
    pt = rng.choice([f"a {age}-year-old {'woman' if sex == 'F' else 'man'}", f"a {'female' if sex == 'F' else 'male'} patient aged {age}",
                     f"{'Mrs' if sex == 'F' else 'Mr'} X ({age})", f"{age}-year-old {'female' if sex == 'F' else 'male'}"])
    bits = [
        f"I'm reporting a side effect in {pt} taking {name} {strength} {freq} for {ind}.",
        f"Started {name} on {fmt_date(start)}" + (f" and {pron} developed {ev[1]} around {fmt_date(onset)}." if rng.random() < 0.7 else f"; about {tto} days later {pron} had {ev[2]}."),
    ]
    def sent(t):
        return t[1:] + "." if t.startswith("!") else (t[0].upper() + t[1:] + "." if t.startswith("the") else f"{pron.capitalize()} {t}.")
    at = rng.choice(act_txt)
    if at:
        bits.append(sent(at))
    st = rng.choice(ser_txt).replace("{n}", str(rng.randint(1, 6)))
    if st:
        bits.append(sent(st))
    ot = rng.choice(out_txt)
    if ot:
        bits.append(sent(ot))
    rng.shuffle(bits[1:]) if rng.random() < 0.3 else None
    opener = rng.choice(["Hello,", "Dear Drug Safety,", "Hi,", "To whom it may concern,", "", "Good afternoon,"])
    where = rng.choice([f"This is from {cname}.", f"Patient is in {cname}.", f"({cname})", ""])
    src = {"Solicited": "Reported through the patient support programme.", "Literature": "Case described in a journal article we screened.", "Spontaneous": ""}[ctype]
    sign = f"Reported by {who}." if rng.random() < 0.8 else f"Regards, {who}"
    email = " ".join(x for x in [opener, src] + bits + [where, sign] if x)
    if cc != "GB" and not where:
        email += f" Country: {cname}."
    ser_line = "Non-serious" if ser == "Non-serious" else f"Serious ({crit})"
    narrative = (f"A {age}-year-old {'female' if sex == 'F' else 'male'} patient received {name} {strength} for {ind} and experienced "
                 f"{ev[0].lower()} {tto} days after starting treatment; action taken: {act.lower()}; outcome: {out.lower()}.")
    summary = "\n".join([
        "CASE SUMMARY",
        f"Case type: {ctype}",
        f"Reporter: {rep}",
        f"Country: {cc}",
        f"Patient: {sex}, {age} y",
        f"Suspect product: {name} {strength} {form}, {route}, {freq}",
        f"Indication: {ind[0].upper() + ind[1:]}",
        f"Event (MedDRA PT): {ev[0]}",
        f"Onset: {onset.isoformat()} (TTO {tto} d)",
        f"Action taken: {act}",
        f"Outcome: {out}",
        f"Seriousness: {ser_line}",
        f"Narrative: {narrative}",
    ])
    return email, summary

def main():
    sys_msg = "You are a case processor in Drug Safety. Write the case summary for the intake email."
    with open(os.path.join(HERE, "intake_to_summary.jsonl"), "w", encoding="utf-8") as f:
        for _ in range(600):
            email, summary = one()
            f.write(json.dumps({"messages": [{"role": "system", "content": sys_msg}, {"role": "user", "content": email},
                                             {"role": "assistant", "content": summary}]}, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
