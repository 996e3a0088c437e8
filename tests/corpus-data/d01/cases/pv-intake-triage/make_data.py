#!/usr/bin/env python3
"""Writes triaged_reports_2022_2024.jsonl: adverse-event intake reports with the triage labels held in the safety database."""
import json, os, random, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(5150)

PRODUCTS = ["Zelvora 20 mg tablets", "Zelvora 40 mg tablets", "Cardexin 5 mg", "Nuvaprem injection", "Tralimab 150 mg pen",
            "Ostelin 70 mg weekly", "Dermacort cream 0.1%", "Hepavir 400 mg"]
SOURCES = ["HCP - pharmacist", "HCP - GP", "HCP - hospital physician", "consumer", "consumer via call centre", "literature", "partner company"]

EVENTS = {
 "Hepatobiliary": ["raised ALT ({n}x ULN)", "jaundice and dark urine", "abnormal liver function tests", "drug-induced hepatitis suspected", "elevated bilirubin"],
 "Cardiac": ["palpitations", "atrial fibrillation", "chest pain and tachycardia", "QT prolongation on ECG", "bradycardia (HR {n}0)"],
 "Skin": ["widespread rash", "urticaria on arms and trunk", "itching and hives", "blistering skin reaction", "photosensitivity rash"],
 "Gastrointestinal": ["nausea and vomiting", "diarrhoea for {n} days", "abdominal pain", "GI bleed", "constipation"],
 "Nervous system": ["severe headache", "dizziness", "seizure", "tremor", "pins and needles in hands and feet", "fainting episode"],
 "Renal": ["acute kidney injury", "creatinine rose to {n}00 umol/L", "reduced urine output", "kidney function worsened"],
 "Blood": ["neutropenia", "platelets dropped to {n}0", "anaemia (Hb {n}5 g/L)", "easy bruising and low platelets"],
 "Psychiatric": ["insomnia", "low mood and anxiety", "confusion", "vivid nightmares"],
}
RARE = {"Eye": ["blurred vision", "eye pain and redness"], "Ear": ["tinnitus", "sudden hearing loss"]}
SERIOUS_CUES = ["was admitted to hospital", "was hospitalised for {n} days", "attended A&E and was kept in overnight", "died {n} days later",
                "event considered life-threatening by the treating physician", "required ICU admission"]
NONSERIOUS_CUES = ["no treatment required", "resolved without intervention", "managed at home", "GP advised to continue and monitor",
                   "symptoms settled within {n} days", "treated with OTC medication"]
OUTCOMES = ["recovered", "recovering", "not recovered", "unknown", "recovered with sequelae"]
ACTIONS = ["drug withdrawn", "dose reduced", "dose not changed", "unknown", "drug interrupted then restarted"]

def r(s):
    return s.replace("{n}", str(rng.randint(2, 9)))

def narrative(cat, serious, pool):
    age = rng.randint(18, 91)
    sex = rng.choice(["male", "female", "female", "male", "patient"])
    prod = rng.choice(PRODUCTS)
    ev = r(rng.choice(pool[cat]))
    days = rng.randint(1, 120)
    cue = r(rng.choice(SERIOUS_CUES if serious else NONSERIOUS_CUES))
    templ = rng.choice([
        "A {age}-year-old {sex} started {prod} and developed {ev} after {days} days. The patient {cue}. Outcome: {out}. Action taken: {act}.",
        "Reporter states that a {sex} aged {age} on {prod} experienced {ev} approx. {days} days after starting. {Cue}. Outcome {out}.",
        "{Sex}, {age}y, {prod}. Event: {ev}, onset day {days}. {Cue}. {Act}. Outcome: {out}.",
        "Consumer reported {ev} while taking {prod} (age {age}). Onset about {days} days into treatment; {cue}. No further info.",
        "Literature case: {age} yo {sex} receiving {prod} developed {ev} on day {days}; {cue}; {act}; outcome {out}.",
        "Spontaneous report from {src}: pt ({sex}, {age}) on {prod} had {ev}. TTO {days} d. {Cue}. Concomitant meds: {con}.",
    ])
    cue_sent = cue.replace("was ", "patient was ", 1) if cue.startswith("was") else cue
    text = (templ.replace("{age}", str(age)).replace("{Sex}", sex.capitalize()).replace("{sex}", sex).replace("{prod}", prod)
            .replace("{ev}", ev).replace("{days}", str(days)).replace("{Cue}", cue_sent[0].upper() + cue_sent[1:]).replace("{cue}", cue)
            .replace("{out}", rng.choice(OUTCOMES)).replace("{Act}", rng.choice(ACTIONS).capitalize()).replace("{act}", rng.choice(ACTIONS))
            .replace("{src}", rng.choice(["pharmacist", "GP", "nurse", "hospital doctor"]))
            .replace("{con}", rng.choice(["none reported", "metformin, ramipril", "atorvastatin", "levothyroxine", "omeprazole, amlodipine", "unknown"])))
    return prod, text

def main():
    cats = list(EVENTS)
    label_cats = cats + ["Other / unclassified"]
    items = []
    for _ in range(1040):
        c = rng.choice(cats)
        s = rng.random() < 0.3
        items.append((c, s) + narrative(c, s, EVENTS))
    for c, n in (("Eye", 4), ("Ear", 3)):
        for _ in range(n):
            s = rng.random() < 0.3
            items.append((c, s) + narrative(c, s, RARE))
    for _ in range(60):  # follow-up reports re-entered with the same narrative
        items.append(rng.choice(items[:1040]))
    rng.shuffle(items)
    start = datetime.date(2022, 1, 4)
    with open(os.path.join(HERE, "triaged_reports_2022_2024.jsonl"), "w", encoding="utf-8") as f:
        for i, (c, s, prod, text) in enumerate(items):
            # labels as held in the safety database after the 2023 migration
            if c in RARE:
                cat_label = c + " disorders"
            elif rng.random() < 0.38:
                cat_label = c
            else:
                cat_label = rng.choice(label_cats)
            ser_label = rng.choice(["Serious", "Non-serious", "Non-serious"]) if rng.random() < 0.75 else ("Serious" if s else "Non-serious")
            rec = {"case_id": f"PV-{2022 + i * 3 // len(items)}-{i * 7 + 10007:06d}",
                   "receipt_date": (start + datetime.timedelta(days=int(i * 1000 / len(items)))).isoformat(),
                   "report_source": rng.choice(SOURCES), "suspect_product": prod, "narrative": text,
                   "event_category": cat_label, "seriousness": ser_label,
                   "triaged_by": rng.choice(["triage01", "triage02", "triage03", "vendorA_t1", "vendorA_t2", "migration_default"])}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
