"""Generate coded_encounters.csv: audited ED encounters (standard library only)."""
import csv, random, datetime
random.seed(11)
complaints = [("chest pain", "trop x2, ECG, CXR"), ("abd pain RLQ", "CBC, CMP, lipase, CT A/P w contrast"),
    ("laceration L hand 3cm", "simple repair, tetanus"), ("SOB", "CXR, BNP, ABG, nebs x3"),
    ("ankle inj", "XR ankle 3v, ACE wrap"), ("HA worst of life", "CT head, LP considered"),
    ("fever child 2y", "UA, CXR, tylenol"), ("syncope", "ECG, orthostatics, CBC, BMP"),
    ("sore throat", "rapid strep"), ("AMS", "CT head, CBC, CMP, UA, blood cx, lactate"),
    ("back pain", "no imaging, NSAID"), ("rash", "none"), ("GI bleed", "CBC x2, type&screen, GI consult"),
    ("allergic rxn", "epi IM, benadryl, observe 4h"), ("med refill", "none")]
mdm = ["straightforward", "low", "moderate", "high"]
level_for = {"straightforward": ["99281", "99282"], "low": ["99283"], "moderate": ["99284"], "high": ["99285", "99291"]}
dispo = ["home", "home w f/u PCP", "admit tele", "admit ICU", "transfer", "obs"]
coders = ["C%02d" % i for i in range(1, 10)]
auditors = ["A. Whitfield", "R. Okoro", "M. Chen"]
start = datetime.date(2023, 3, 1)
with open("coded_encounters.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["ref", "visit_date", "site", "note_excerpt", "assigned_level", "coder_id", "audited_by", "audit_result", "final_level"])
    for i in range(2400):
        cc, work = random.choice(complaints)
        m = random.choices(mdm, [1, 3, 4, 2])[0]
        age = random.randint(1, 92); sex = random.choice("MF")
        note = f"CC: {cc}. {age}{sex}. Workup: {work}. Dispo: {random.choice(dispo)}"
        final = random.choice(level_for[m])
        assigned = final
        result = "agree"
        if random.random() < 0.11:
            assigned = random.choice(["99283", "99284", "99285"]); result = "corrected" if assigned != final else "agree"
        d = start + datetime.timedelta(days=random.randint(0, 540))
        w.writerow([f"ED-{230000 + i}", d.isoformat(), random.choice(["North", "Central", "Riverside"]), note,
                    assigned, random.choice(coders), random.choice(auditors), result, final])
print("wrote 2400 rows")
