"""Generate guidelines/*.txt (underwriting guideline documents) and broker_questions.csv
(broker emails with the reply a senior underwriter sent). Standard library only; seeded."""
import csv
import datetime
import os
import random

rng = random.Random(9031)
HERE = os.path.dirname(os.path.abspath(__file__))
GDIR = os.path.join(HERE, "guidelines")
os.makedirs(GDIR, exist_ok=True)

DOCS = {
"01_appetite_statement.txt": ("Property Appetite Statement", "2024-01-01", """
1. TARGET BUSINESS
Mid-market UK commercial property: light manufacturing, warehousing and distribution, offices, retail parades, property owners with commercial tenants.

2. LIMITED APPETITE (REFER)
Food manufacturing with frying or drying processes; recycling and waste; woodworking; cold stores with insulated panels; hotels above 50 bedrooms.

3. NO APPETITE (DECLINE)
Fireworks, nightclubs, tyre storage above 500 tyres, unoccupied buildings above 90 days, thatched roofs, any risk with an unremediated fire loss in the last 3 years.

4. GEOGRAPHY
England, Wales, Scotland. Northern Ireland by referral. No Channel Islands or Isle of Man.
"""),
"02_authority_limits.txt": ("Underwriting Authority Limits", "2024-01-01", """
1. Underwriter: TIV up to GBP 15m per location and GBP 40m per policy.
2. Senior Underwriter: TIV up to GBP 50m per location and GBP 100m per policy.
3. Head of Property: above Senior limits, up to treaty maximums.
4. Any line above 50% of a placement requires Senior Underwriter sign-off regardless of TIV.
5. Business interruption indemnity periods above 24 months require referral.
"""),
"03_construction.txt": ("Construction Classes", "2024-01-01", """
Class 1: Brick, stone or concrete walls, non-combustible roof. Standard terms.
Class 2: Steel frame with non-combustible cladding. Standard terms.
Class 3: Insulated panels with LPCB LPS 1181 certification. Acceptable up to 50% of building area.
Class 4: Non-certified insulated panels or EPS. Refer; maximum 25% of building area; sprinklers normally required.
Class 5: Timber frame, thatch or other combustible structure. Decline except residential portfolios.
"""),
"04_occupancy_hazards.txt": ("Occupancy Hazard Grades", "2024-01-01", """
Grade A (low): offices, retail (non-food), storage of non-combustibles.
Grade B (medium): general warehousing, light engineering, printing.
Grade C (high): plastics, foam, woodworking, food production with heat processes.
Grade D (very high): recycling, spray painting, lithium battery storage above 1 tonne.
Grade C and D risks require a survey before binding.
"""),
"05_protections.txt": ("Fire and Security Protections", "2024-01-01", """
1. Sprinklers are required for Grade C and D occupancies in buildings above 5,000 sq m.
2. Sprinkler systems must be maintained to BS EN 12845 with annual inspection certificates.
3. Intruder alarms must be NSI Gold or SSAIB graded with police response for stock above GBP 250k.
4. Fire alarms should be remotely monitored for sites more than 10 km from the nearest fire station.
5. Hot work permits are mandatory for all contractors.
"""),
"06_flood_and_cat.txt": ("Flood and Catastrophe Guidelines", "2024-01-01", """
1. Flood score is taken from the flood model at postcode level (scores 1 to 10).
2. Scores 1 to 6: standard terms. Scores 7 and 8: refer, minimum flood excess GBP 25,000. Scores 9 and 10: flood excluded.
3. Storm excess for sites within 500 m of the coast: minimum GBP 5,000.
4. Subsidence cover for sites in known clay shrink-swell areas requires a structural survey.
"""),
"07_loss_history.txt": ("Loss History Requirements", "2024-01-01", """
1. Five years' claims experience is required, signed by the insured or the previous insurer.
2. Any single loss above GBP 100k requires a description of cause and remediation.
3. Three or more escape of water losses in five years: refer, minimum escape of water excess GBP 10,000.
4. Fire losses in the last three years must be fully remediated and evidenced before quoting.
"""),
"08_surveys_and_subjectivities.txt": ("Surveys and Subjectivities", "2024-01-01", """
1. Risk surveys are required for TIV above GBP 20m or any Grade C or D occupancy.
2. Surveys are carried out by the panel surveyor within 60 days of inception.
3. Risk improvements rated 'essential' must be completed within 90 days or cover may be restricted.
4. Standard subjectivities: signed statement of fact, claims experience, sprinkler certificate where applicable.
"""),
"09_vacancy.txt": ("Unoccupied Buildings", "2024-01-01", """
1. Buildings unoccupied for more than 30 days: cover restricted to FLEA (fire, lightning, explosion, aircraft) unless agreed.
2. Weekly inspections must be logged; utilities isolated except those needed for fire protection.
3. Buildings unoccupied for more than 90 days: decline at renewal.
"""),
}
for fn, (title, eff, body) in DOCS.items():
    with open(os.path.join(GDIR, fn), "w", encoding="utf-8") as f:
        f.write("%s\nNorthmoor Specialty MGA | Property Underwriting Guidelines | Effective %s (2024 renewal season)\n%s" % (
            title.upper(), eff, body))

TRADES = ["cold store", "plastics moulder", "distribution warehouse", "printing works", "food factory",
          "multi-let industrial estate", "retail parade", "joinery", "multi-let office block", "light engineering works"]
TOWNS = ["Doncaster", "Telford", "Motherwell", "Newport", "Corby", "Stoke", "Warrington", "Swindon", "Tamworth", "Widnes"]
SENIORS = ["Hamid Qureshi", "Dana Whitfield", "Rob Ellison", "Sinead Carr"]
BROKERS = ["Marsh", "Howden", "Gallagher", "Lockton", "Jensten", "Ethos Broking", "Clear Group", "PIB"]


def sl():
    return {
        "trade": rng.choice(TRADES), "town": rng.choice(TOWNS),
        "tiv": rng.choice([8, 12, 18, 24, 32, 45, 60]),
        "rate": "%.3f%%" % (rng.randint(18, 65) / 1000 * 10 / 10),
        "rate2": "%.2f%%" % (rng.randint(20, 70) / 100),
        "ded": rng.choice(["£2,500", "£5,000", "£10,000", "£25,000"]),
        "line": rng.choice(["25%", "30%", "40%", "50%"]),
        "senior": rng.choice(SENIORS),
        "year": rng.choice(["2019", "2020", "2021", "2022"]),
        "loss": rng.choice(["£86k", "£140k", "£186k", "£310k", "£42k"]),
        "addprem": "£{:,}".format(rng.randrange(1500, 16000, 50)),
        "prem": "£{:,}".format(rng.randrange(18000, 240000, 500)),
        "insurer": rng.choice(["Aviva", "AXA", "Allianz", "RSA", "QBE", "Zurich"]),
        "pct": rng.choice(["60%", "70%", "85%", "90%"]),
        "month": rng.choice(["March", "April", "May", "June"]),
        "acct": rng.choice(["Harlow Foods", "Penmore Logistics", "Castlegate Properties", "Brightwell Plastics",
                            "Danbury Print", "Elm Row Estates", "Fenwick Joinery", "Granton Cold Stores"]),
    }


UNGROUNDED = [
    ("Would you look at a {trade} in {town}, TIV £{tiv}m? Currently with {insurer}, renewing in {month}.",
     "Yes, happy to look. We wrote something very similar for {acct} last year. Indicatively I'd be around {rate2} on buildings and stock with a {ded} deductible, subject to seeing the survey. Send it to {senior}."),
    ("Can you give me an indication on {acct}? Expiring premium {prem}.",
     "On last year's loss ratio I can't get near {prem}; best I can do is about 15% up with a {ded} deductible. The {year} escape of water ({loss}) is still weighing on it."),
    ("Why did you decline {acct}? Client is unhappy.",
     "It was the management, not the construction. We met the MD at the survey and the housekeeping was poor, and our treaty reinsurer has asked us to reduce {trade} exposure this year."),
    ("Could you take a {line} line on a £{tiv}m {trade} schedule led by {insurer}?",
     "We can do {line} at the lead's terms, but our aggregate in that postcode is already at {pct} of what we want, so it's a one-off. {senior} will confirm once capacity is checked."),
    ("Client wants to add a new site in {town} mid-term, what will it cost?",
     "Pro rata on the existing rate of {rate2}, so roughly {addprem} for the rest of the year. No survey needed as it's below our threshold for this account."),
    ("Any chance of a better rate on {acct} if they put in sprinklers?",
     "Probably 10 to 15% off the fire rate once the system is commissioned and certified; {senior} did the same for a {trade} in {town} last year. We'd want the design drawings first."),
    ("Is {senior} the right person for a {trade} in {town}?",
     "Yes, {senior} leads our {trade} book and knows the {insurer} account well; copy me in and we'll turn it round within 48 hours."),
    ("What commission can you offer on {acct}?",
     "We can do 17.5% on this one, as the account has been with us since {year}. Standard for new business is 15%."),
    ("Can you hold the {year} terms on {acct} for another year?",
     "Not quite. Our reinsurance costs went up on 1 January so the best I can do is flat rate with a {ded} deductible instead of the expiring one."),
    ("Will you follow {insurer} on {acct}? They're leading at {rate2}.",
     "We'd follow at {rate2} for a {line} share, but only if {insurer} keep the {ded} deductible; our view of the {year} loss is more cautious than theirs."),
    ("How quickly can you turn around a quote on a £{tiv}m {trade}?",
     "{senior} has a busy week with renewals; realistically Thursday, or Tuesday if you can send the schedule in Excel and the survey report today."),
    ("Client wants to know if the premium will go up next year on {acct}.",
     "Expect 5 to 7% on rate plus indexation; the {year} claim drops out of the five-year window next year which will help."),
]
GROUNDED = [
    ("What's the most TIV a single underwriter can write per location without referral?",
     "Up to £15m per location and £40m per policy; anything above goes to a Senior Underwriter."),
    ("Do you need a survey for a £24m warehouse?",
     "Yes, surveys are required for TIV above £20m, done by our panel surveyor within 60 days of inception."),
    ("Can you cover a building that's been empty for 4 months?",
     "No, buildings unoccupied for more than 90 days are a decline."),
    ("Will you write non-certified panels?",
     "Refer only: maximum 25% of building area and sprinklers are normally required."),
    ("What flood excess would apply on a flood score 7 site?",
     "Scores 7 and 8 are referred, with a minimum flood excess of £25,000."),
    ("Do you write anything in the Channel Islands?",
     "No, we write England, Wales and Scotland; Northern Ireland by referral, no Channel Islands or Isle of Man."),
    ("What alarm standard do you need for £400k of stock?",
     "NSI Gold or SSAIB graded with police response, for stock above £250k."),
    ("Client has had 3 escape of water claims, can you still quote?",
     "Yes, but it's a referral with a minimum escape of water excess of £10,000."),
]
OPEN = ["Hi, ", "Morning, ", "", "Hi team, ", "Quick one: "]
rows = []
for i in range(60):
    s = sl()
    if rng.random() < 0.82:
        q, a = rng.choice(UNGROUNDED)
        q, a = q.format(**s), a.format(**s)
    else:
        q, a = rng.choice(GROUNDED)
    d = datetime.date(2024, 9, 2) + datetime.timedelta(days=i * 45 // 60)
    o = rng.choice(OPEN)
    rows.append(["BRK-%05d" % (7100 + i * 5 + rng.randint(0, 4)), d.isoformat(), rng.choice(BROKERS),
                 o + (q[0].lower() + q[1:] if o and q.split()[0] not in ("I",) else q),
                 a, rng.choice(SENIORS)])
with open(os.path.join(HERE, "broker_questions.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["email_id", "received", "broker_firm", "broker_question", "senior_reply", "replied_by"])
    w.writerows(rows)
print("wrote", len(DOCS), "guidelines and", len(rows), "questions")
