"""Generate calls.csv: helpline call notes tagged with a primary need (standard library only)."""
import csv, random, datetime

random.seed(20)
NEEDS = {
    "Rough sleeping tonight": [
        "caller sleeping in {place} since {when}, no safe place tonight",
        "says they will be on the street tonight, slept in {place} last night",
        "bedded down near {place}, asking for emergency shelter tonight",
    ],
    "Eviction or notice to quit": [
        "landlord served section 21 notice, must leave by {date}",
        "got notice to quit from landlord {when}, nowhere lined up",
        "bailiffs booked for {date}, caller and {kids} kids at address",
    ],
    "Domestic abuse": [
        "fleeing partner, left home {when}, scared to return",
        "partner threatening caller, wants refuge space, {kids} children",
        "ex keeps turning up at the flat, caller feels unsafe staying",
    ],
    "Benefits problem": [
        "housing element stopped {when}, rent now unpaid",
        "universal credit sanction, cannot cover rent this month",
        "waiting on PIP decision, housing benefit suspended {when}",
    ],
    "Rent arrears": [
        "owes {amount} in rent arrears, landlord chasing",
        "behind on rent by {amount} after losing hours at work",
        "arrears of {amount}, asking about a payment plan",
    ],
    "Leaving prison or hospital": [
        "released from prison {when}, no address given on licence",
        "being discharged from hospital {date}, cannot go back to old flat",
        "leaving psychiatric ward soon, no housing arranged",
    ],
    "Sofa surfing": [
        "staying on friend's sofa for {when}, has to leave soon",
        "moving between relatives, no fixed address for {when}",
        "sofa surfing with {kids} kids, friend wants them out",
    ],
    "Poor housing conditions": [
        "damp and mould in bedroom, child has asthma, landlord ignoring",
        "no heating since {when}, landlord won't repair boiler",
        "ceiling leaking, electrics unsafe, council not responding",
    ],
    "Other": [
        "asking for food bank vouchers, housing ok for now",
        "wants info on volunteering with us",
        "calling on behalf of neighbour, no details given",
    ],
}
WEIGHTS = [14, 16, 10, 12, 11, 6, 13, 10, 8]
PLACES = ["the bus station", "a car", "the park", "a stairwell", "a tent by the canal", "a doorway on the high street"]
WHENS = ["last week", "three days", "yesterday", "two weeks", "a month", "Monday"]
ADVISERS = ["adv_jkaur", "adv_tmensah", "adv_lpowell", "adv_rnowak", "adv_sali", "adv_bgreene", "adv_cwhite"]
CHECKERS = ["sup_hmorris", "sup_dokafor", "sup_eparry"]

start = datetime.date(2021, 1, 4)
rows = []
for i in range(2400):
    need = random.choices(list(NEEDS), weights=WEIGHTS)[0]
    d = start + datetime.timedelta(days=random.randint(0, 1400))
    note = random.choice(NEEDS[need]).format(
        place=random.choice(PLACES), when=random.choice(WHENS),
        date=(d + datetime.timedelta(days=random.randint(3, 40))).strftime("%d %b"),
        kids=random.randint(1, 4), amount="£%d" % random.randrange(300, 4800, 50))
    if random.random() < 0.3:
        note += random.choice(["; referred to council housing options", "; given shelter line number",
                               "; callback booked", "; caller tearful", "; interpreter used (Polish)"])
    adviser = random.choice(ADVISERS)
    checker = random.choice(CHECKERS)
    rows.append([f"HL-{d.year}-{i + 10001}", d.isoformat(), note, need, adviser, checker])
rows.sort(key=lambda r: r[1])
with open("calls.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["ref", "call_date", "note", "primary_need", "tagged_by", "checked_by"])
    w.writerows(rows)
print(len(rows), "rows")
