"""Generates tickets_export.csv: complaints-team routing export (standard library only)."""
import csv, random, datetime

random.seed(7)
QUEUES = {
    "billing_disputes": ["charged twice for {m}", "bill is {n} pounds higher than last month", "still being billed after cancelling", "roaming charges I didn't expect in {c}"],
    "network_quality": ["no signal at home in {p}", "calls keep dropping on the {r}", "4G really slow in the evenings", "5G icon shows but speed is awful"],
    "broadband_faults": ["router lights flashing red since {d}", "internet drops every night around 9", "engineer never turned up on {d}", "speed is a third of what I pay for"],
    "contract_and_cancellation": ["want to leave but you quoted an early exit fee of {n}", "was told my contract ended in {m}", "mid-contract price rise not explained", "PAC code request ignored"],
    "device_and_repairs": ["phone sent for repair {n} days ago", "replacement handset has the same fault", "screen cracked on delivery", "trade-in value was cut after I posted it"],
    "porting_and_numbers": ["my number hasn't moved over after {n} days", "lost my number during the switch", "porting keeps failing", "got someone else's texts after porting"],
    "customer_service_conduct": ["agent hung up on me", "promised a call back on {d} that never came", "chat agent was rude", "been passed between departments {n} times"],
    "vulnerability_and_accessibility": ["I am partially sighted and can't read the bills", "need bills sent to my carer", "bereavement, need to close my late husband's account", "need a payment plan after losing my job"],
    "data_protection": ["someone else's details on my account", "you sent my bill to an old address", "want a copy of all data you hold on me", "account changed without my permission"],
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
PLACES = ["Leeds LS6", "Bristol BS3", "Cardiff CF24", "Norwich NR2", "Hull HU5", "Derby DE22"]
ROUTES = ["M62", "A1", "train to Glasgow", "M4 near Swindon"]
COUNTRIES = ["Turkey", "Switzerland", "Norway", "Morocco"]
CHECKERS = ["a.okafor", "j.brennan", "s.malik", "r.hughes", "t.nowak", "l.fraser"]
CHANNELS = ["email", "webform", "chat", "letter", "social"]

def fill(t):
    return t.format(m=random.choice(MONTHS), n=random.randint(2, 90), c=random.choice(COUNTRIES),
                    p=random.choice(PLACES), r=random.choice(ROUTES),
                    d=f"{random.randint(1,28)} {random.choice(MONTHS)}")

start = datetime.date(2023, 11, 1)
with open("tickets_export.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["ref", "opened_at", "channel", "title", "message", "routed_to", "checked_by", "qa_status"])
    for i in range(2400):
        q = random.choice(list(QUEUES))
        body = fill(random.choice(QUEUES[q]))
        extra = random.choice(["", " This is the third time I've complained.", " Please sort it today.",
                               " I will go to the ombudsman if not resolved.", " Account ending " + str(random.randint(1000, 9999)) + "."])
        title = body.split(",")[0][:60].capitalize()
        d = start + datetime.timedelta(days=random.randint(0, 330))
        w.writerow([f"CMP-{240000 + i}", d.isoformat(), random.choice(CHANNELS), title,
                    "Hi, " + body + "." + extra, q, random.choice(CHECKERS), "confirmed"])
