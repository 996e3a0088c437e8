#!/usr/bin/env python3
"""Writes sops/*.md (drug safety SOPs) and reviewer_queries.jsonl (case-assessment questions with the senior physician's answer)."""
import json, os, random, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(1111)

SOPS = [
 ("SOP-PV-001", "Receipt and intake of adverse event information", "2024-02-12", "v6",
  ["All safety information received by any employee must be forwarded to the Drug Safety mailbox within 1 business day of receipt.",
   "Day 0 is the date any employee or partner first receives the four minimum criteria: identifiable patient, identifiable reporter, suspect product and adverse event.",
   "Intake staff create the case in the safety database within 2 calendar days of Day 0."]),
 ("SOP-PV-002", "Duplicate detection", "2023-09-01", "v3",
  ["Before booking a case, intake staff run the duplicate search on reporter, patient initials, date of birth and product.",
   "Potential duplicates are linked and referred to the case processing lead; they are never deleted."]),
 ("SOP-PV-003", "Case processing workflow", "2024-05-20", "v8",
  ["Workflow steps: intake, data entry, coding, medical review, quality check, submission.",
   "Medical review is performed by a physician or pharmacist listed in the PV training matrix."]),
 ("SOP-PV-004", "Regulatory reporting timelines", "2024-05-20", "v9",
  ["Serious unexpected cases are submitted to authorities as expedited reports within 15 calendar days of Day 0.",
   "Fatal or life-threatening unexpected cases from clinical trials are submitted within 7 calendar days.",
   "Non-serious cases from the EEA are submitted to EudraVigilance within 90 calendar days."]),
 ("SOP-PV-005", "Follow-up of cases", "2023-11-15", "v4",
  ["Follow-up for missing information is requested for all serious cases. A maximum of two follow-up attempts are made, the second no earlier than 14 days after the first."]),
 ("SOP-PV-006", "Coding conventions", "2024-01-08", "v5",
  ["Events are coded with the current MedDRA version, which is upgraded in May and November.",
   "Coding queries are raised to the coding lead through the case comments field, never by email."]),
 ("SOP-PV-007", "Quality control of processed cases", "2023-10-02", "v4",
  ["10% of non-serious cases and 100% of serious cases undergo QC before submission. QC findings are recorded in the QC log."]),
 ("SOP-PV-008", "Literature screening", "2024-03-11", "v3",
  ["Global literature is screened weekly in Embase. Local journals are screened by affiliates monthly."]),
 ("SOP-PV-009", "Archiving of safety records", "2023-06-30", "v2",
  ["Safety records are retained for the life of the product plus 10 years after marketing authorisation withdrawal."]),
 ("SOP-PV-010", "Training and roles", "2024-04-04", "v5",
  ["All PV staff complete SOP read-and-understand training within 30 days of a new version. Training records are held in the LMS."]),
]

DRUGS = [("Hepavir", "antiviral"), ("Zelvora", "SSRI"), ("Cardexin", "beta blocker"), ("Tralimab", "IL-17 antibody"),
         ("Ostelin", "bisphosphonate"), ("Nuvaprem", "GLP-1 agonist")]
SCEN = [
 ("Hepavir", "ALT {k}x ULN at week {w}, bilirubin normal, also on paracetamol {p}g/day",
  ["I'd assess as possible rather than probable. Timing fits a drug-induced liver injury but paracetamol at that dose is a real alternative, and with normal bilirubin this doesn't meet Hy's law.",
   "Possible. Latency is plausible for DILI; ask for the paracetamol dosing history and a repeat LFT after dechallenge before upgrading. Not a Hy's law case as bilirubin is normal."]),
 ("Hepavir", "ALT {k}x ULN with bilirubin 3x ULN, no alternative cause found, week {w}",
  ["Treat as a potential Hy's law case: hepatocellular injury plus jaundice with no other explanation. I'd call causality probable and flag it to the safety physician today.",
   "Probable. This pattern (ALT over 3x plus bilirubin over 2x ULN, no obstruction, no viral cause) is the one we worry about most. Escalate for signal review."]),
 ("Nuvaprem", "new-onset atrial fibrillation at day {d}, patient is {age} with hypertension",
  ["Unlikely to possible. AF at that age with hypertension has a high background rate; without a rechallenge or a clear temporal cluster I wouldn't attribute it to the drug.",
   "I'd go with possible but note the strong confounding by age and hypertension. Worth checking whether the label already mentions arrhythmia."]),
 ("Zelvora", "serotonin syndrome symptoms after adding tramadol at day {d}",
  ["Probable, and I'd code it as an interaction. SSRI plus tramadol is a well-known serotonergic combination; the timing after adding tramadol is convincing.",
   "This is a classic interaction. Causality probable for the combination; make sure both products are entered as suspect."]),
 ("Ostelin", "osteonecrosis of the jaw after a dental extraction, {y} years on treatment",
  ["Probable. ONJ after extraction in a patient on long-term bisphosphonate is a recognised risk, and a duration of several years makes it more likely, not less.",
   "I'd assess as probable. Known class effect; ask for dental history and whether a drug holiday was considered."]),
 ("Nuvaprem", "pancreatitis at month {m}, patient has gallstones on ultrasound",
  ["Possible. GLP-1 agonists are associated with pancreatitis but gallstones are the commonest cause and also more frequent with rapid weight loss on these drugs. I wouldn't go higher without more information.",
   "Difficult one. Gallstones give a strong alternative explanation, though the drug can contribute to gallstone formation. Possible."]),
 ("Cardexin", "bradycardia HR {hr} after dose increase, resolved on dose reduction",
  ["Probable: expected pharmacology for a beta blocker, clear dose-response and positive dechallenge. It is listed, so it's expected.",
   "Certain is too strong without rechallenge, but this is as close as it gets: dose-related, resolved on reduction. Probable."]),
 ("Tralimab", "candida infection at week {w}, patient also on inhaled steroids",
  ["Probable. IL-17 blockade increases mucocutaneous candida risk and that's a known effect; inhaled steroids contribute but don't explain oesophageal involvement on their own.",
   "I'd say probable; it's a mechanism-based risk for this class. Note the inhaled steroid as a co-factor."]),
 ("Zelvora", "hyponatraemia Na {na} in a patient aged {age} at week {w}",
  ["Probable. SSRI-associated SIADH is common in older patients in the first weeks; ask whether a diuretic was co-prescribed.",
   "Possible to probable depending on concomitant diuretics. Age and timing fit the known SSRI hyponatraemia picture."]),
 (None, "patient reports hair thinning at month {m}, no labs",
  ["Unassessable on what we have. Hair loss is common and has many causes; request thyroid function and iron studies before assessing.",
   "I'd leave it as unassessable for now. Very non-specific event with no supporting information."]),
]
SOP_QA = [
 ("Fatal unexpected case from the trial, what's our deadline?", "7 calendar days from Day 0 for fatal or life-threatening unexpected trial cases (SOP-PV-004)."),
 ("How many follow-up attempts do we make on a serious case?", "Two at most, the second no earlier than 14 days after the first (SOP-PV-005)."),
 ("Do all serious cases go through QC?", "Yes, 100% of serious cases, and 10% of non-serious (SOP-PV-007)."),
 ("When does the clock start if a rep heard about it at a conference?", "Day 0 is when any employee first has the four minimum criteria, so the day the rep heard it (SOP-PV-001)."),
 ("Serious unexpected spontaneous case deadline?", "15 calendar days from Day 0 (SOP-PV-004)."),
]
REVIEWERS = ["dr.hallam", "dr.osei", "dr.lindqvist"]
ASKERS = ["cp.maria", "cp.jonas", "cp.aiyana", "cp.theo", "cp.wen"]

def main():
    out = os.path.join(HERE, "sops")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    for sid, title, eff, ver, paras in SOPS:
        with open(os.path.join(out, f"{sid}.md"), "w", encoding="utf-8") as f:
            f.write(f"# {sid} {title}\n\nVersion {ver} · Effective {eff} · Owner: Drug Safety Operations\n\n## Procedure\n\n"
                    + "\n\n".join(f"{i + 1}. {p}" for i, p in enumerate(paras)) + "\n")
    items = []
    for _ in range(45):
        drug, scen, answers = rng.choice(SCEN)
        drug = drug or rng.choice(DRUGS)[0]
        scen = (scen.replace("{k}", str(rng.randint(4, 12))).replace("{w}", str(rng.randint(2, 14))).replace("{p}", rng.choice(["3", "4"]))
                .replace("{d}", str(rng.randint(3, 60))).replace("{age}", str(rng.randint(68, 86))).replace("{y}", str(rng.randint(3, 9)))
                .replace("{m}", str(rng.randint(2, 11))).replace("{hr}", str(rng.randint(38, 48))).replace("{na}", str(rng.randint(118, 128))))
        q = rng.choice([f"{drug} case: {scen}. How would you assess causality?", f"Need a steer on a {drug} case - {scen}. Related?",
                        f"{scen} on {drug}. What causality would you give?", f"Quick check: {drug}, {scen}. Am I right to call it related?"])
        items.append((q, rng.choice(answers)))
    items += SOP_QA
    rng.shuffle(items)
    with open(os.path.join(HERE, "reviewer_queries.jsonl"), "w", encoding="utf-8") as f:
        for i, (q, a) in enumerate(items):
            f.write(json.dumps({"query_id": f"MRQ-{i + 1:03d}", "raised_by": rng.choice(ASKERS), "question": q,
                                "answer": a, "answered_by": rng.choice(REVIEWERS)}) + "\n")

if __name__ == "__main__":
    main()
