"""Generate tickets.csv: export of the cooperative's helpdesk (standard library only)."""
import csv, random, datetime
random.seed(404)
ROUTES = {
 "vet": ["ng'ombe yangu ina homa tangu jana, haikuli", "cow not eating since morning and milk dropped", "ndama ana kuhara sana, nifanye aje", "mastitis again on the heifer, the teat is hard", "ng'ombe amevimba tumbo baada ya kula nyasi mbichi", "my cow is limping after the rains", "ticks mob sana kwa ngombe, dawa gani", "cow aborted at 6 months pls send daktari"],
 "ai_service": ["ng'ombe yuko on heat leo asubuhi, tuma AI", "need AI technician, cow on heat since 5am", "repeat heat mara tatu, semen ya friesian ilifail", "can I get sexed semen ayrshire and cost", "AI guy hakukuja jana ngombe bado iko heat", "cow served 21 days ago showing heat again"],
 "milk_payment": ["malipo ya maziwa ya mwezi uliopita bado haijaingia", "my milk payment is less than the litres i delivered", "statement ya kilo zangu za maziwa tafadhali", "why deduction 1,200 on my payslip this month", "mpesa ya maziwa imechelewa wiki mbili", "the collection centre recorded 8 litres instead of 12"],
 "feed_store": ["dairy meal bei gani sasa hivi", "do you have mineral lick in stock at Kiganjo store", "nataka kukopa feeds nilipe na maziwa", "hay bales available? need 20", "napier splits mnauza?", "credit limit ya feeds imefika wapi"],
 "other": ["meeting ya AGM ni lini", "how do i become a member of the society", "namba ya chairman tafadhali", "asanteni kwa huduma nzuri", "who do i talk to about the cooler at collection point"],
}
WEIGHTS = {"vet": 30, "ai_service": 22, "milk_payment": 25, "feed_store": 15, "other": 8}
SUFFIX = ["", " tafadhali", " pls", " asap", " - from Othaya", " (member no. {m})", " urgent", " asante"]
CHECKERS = ["j.wanjiru", "p.kamau", "s.otieno"]
start = datetime.datetime(2022, 3, 1, 6, 0)
rows = []
for i in range(2400):
    route = random.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
    msg = random.choice(ROUTES[route]) + random.choice(SUFFIX).format(m=random.randint(1000, 9999))
    ts = start + datetime.timedelta(minutes=random.randint(0, 60 * 24 * 730))
    lang = "sw" if any(w in msg for w in ["ng'ombe", "ya", "nifanye", "tuma", "bei", "nataka", "asante", "ni lini", "mnauza", "imefika"]) else "en"
    rows.append([f"HD-{22000 + i}", ts.strftime("%Y-%m-%d %H:%M"), random.choice(["sms", "whatsapp", "whatsapp", "call_note"]), lang, msg, route, random.choice(CHECKERS)])
rows.sort(key=lambda r: r[1])
with open("tickets.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["ref", "created", "channel", "lang", "message", "routed_to", "checked_by"])
    w.writerows(rows)
print(len(rows), "rows")
