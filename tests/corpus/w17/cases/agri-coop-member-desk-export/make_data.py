"""Generate member_desk_export.csv: routed member-desk messages (standard library only)."""
import csv, random, datetime

random.seed(1742)
QUEUES = {
    "GRAIN_INTAKE": [
        "Load {n} rejected at silo {s}, moisture {m}% - was told 15.5 is the cutoff?",
        "Ticket {n} shows {m}% moisture and dockage {d}%, please recheck sample",
        "Test weight on my barley came back {tw} kg/hl, that's below spec? load {n}",
        "Can I deliver wheat to silo {s} on Saturday, intake slot full",
        "Falling number on lot {n} was {fn}, is it feed grade now",
    ],
    "PAYMENTS": [
        "Advance payment for {crop} pool not received yet, member {mem}",
        "Why was {amt} deducted on the last settlement statement",
        "Final pool payment {crop} {yr} - when is it due",
        "Bank details changed, please update for next settlement",
        "Statement {n} shows drying charge twice",
    ],
    "INPUTS_ORDERS": [
        "Need {q} t of CAN 27 delivered before {day}",
        "Prepay order for {q} bags of {seed} seed, confirm price",
        "Glyphosate order {n} short by {q} drums",
        "Can I swap my urea order to ammonium sulphate",
        "Where is my seed order {n}, drilling starts {day}",
    ],
    "AGRONOMY": [
        "Yellow rust showing in {crop} field {f}, what T1 timing",
        "Blackgrass patches in field {f}, options pre-em?",
        "Soil test for field {f} says pH {ph}, how much lime",
        "Aphids in {crop}, threshold reached?",
        "N rate for second wheat after OSR on heavy clay",
    ],
    "MEMBERSHIP": [
        "Transfer of membership to my son, what forms",
        "Update hectare declaration to {ha} ha for {yr}",
        "New member application for {name} farm",
        "Change of address for member {mem}",
        "How many shares do I need for {ha} ha",
    ],
    "TRANSPORT": [
        "Haulier didn't turn up for collection at {farm}, {q} t waiting",
        "Book collection of {q} t {crop} from on-farm store",
        "Trailer weighbridge ticket missing for load {n}",
        "Can the lorry take the back lane, bridge limit {q} t",
    ],
    "CERTIFICATION": [
        "Red Tractor audit date for {farm}",
        "Need copy of assurance certificate for {buyer}",
        "Spray records template for the audit",
        "Organic conversion status for field {f}",
    ],
    "MACHINERY_RING": [
        "Is the co-op drill free week {wk}",
        "Combine hire for {ha} ha {crop}, dates?",
        "Sprayer booked {day} broke down, refund?",
        "Add me to the rota for the {mach}",
    ],
    "OTHER": [
        "Who do I talk to about the AGM",
        "Thanks for sorting last week",
        "Website login not working",
        "Question about the newsletter article",
    ],
}
WEIGHTS = {"GRAIN_INTAKE": 24, "PAYMENTS": 18, "INPUTS_ORDERS": 17, "AGRONOMY": 12,
           "MEMBERSHIP": 8, "TRANSPORT": 9, "CERTIFICATION": 5, "MACHINERY_RING": 4, "OTHER": 3}
STAFF = ["hbrook", "kpatel", "mjones", "swright", "tnowak", "agarcia"]
CROPS = ["wheat", "barley", "OSR", "beans", "oats"]
DAYS = ["Monday", "Tuesday", "Friday", "the 14th", "next week", "end of month"]


def fill(t):
    return t.format(
        n=random.randint(10000, 99999), s=random.randint(1, 6), m=round(random.uniform(14.0, 19.5), 1),
        d=round(random.uniform(0.5, 4.0), 1), tw=random.randint(58, 76), fn=random.randint(120, 320),
        crop=random.choice(CROPS), mem=f"M{random.randint(1000, 4999)}", amt=f"£{random.randint(40, 2400)}",
        yr=random.choice([2023, 2024]), q=random.randint(2, 40), day=random.choice(DAYS),
        seed=random.choice(["Skyfall", "KWS Zyatt", "Laureate", "Campus"]), f=random.randint(1, 40),
        ph=round(random.uniform(5.4, 7.6), 1), ha=random.randint(40, 900),
        name=random.choice(["Hollins", "Pryce", "Abbott", "Marsh"]),
        farm=random.choice(["Low Farm", "Top Barn", "Ashby Grange", "Mill House"]),
        buyer=random.choice(["the maltster", "Frontier", "the mill"]), wk=random.randint(30, 44),
        mach=random.choice(["baler", "power harrow", "drill"]))


def main():
    start = datetime.datetime(2022, 9, 1, 7, 0)
    qs = list(WEIGHTS); ws = [WEIGHTS[q] for q in qs]
    rows = []
    for i in range(2412):
        q = random.choices(qs, ws)[0]
        ts = start + datetime.timedelta(minutes=random.randint(0, 60 * 24 * 540))
        msg = fill(random.choice(QUEUES[q]))
        subj = msg.split(",")[0]
        if len(subj) > 48:
            subj = subj[:48].rsplit(" ", 1)[0]
        rows.append([f"MD-{100000 + i}", ts.strftime("%Y-%m-%d %H:%M"), f"M{random.randint(1000, 4999)}",
                     random.choice(["email", "sms", "phone-note", "portal"]), subj, msg, q,
                     random.choice(STAFF)])
    rows.sort(key=lambda r: r[1])
    with open("member_desk_export.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["ref", "received_at", "member_no", "channel", "subject", "message", "queue_assigned", "handled_by"])
        w.writerows(rows)


if __name__ == "__main__":
    main()
