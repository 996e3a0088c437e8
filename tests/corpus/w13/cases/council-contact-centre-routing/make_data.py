"""Generate tickets_export.csv: 2,000 routed and QA-checked contact-centre tickets."""
import csv, random, datetime
random.seed(13)
services = {
 "Waste & Recycling": ["My bin wasn't collected on {d}", "Need a new {c} bin, old one is cracked", "Bulky item collection for a sofa", "Garden waste subscription renewal"],
 "Council Tax": ["Single person discount – my partner moved out", "I think I've been charged twice in {m}", "Moving house on {d}, how do I close my account", "Reminder letter but I pay by direct debit"],
 "Housing Repairs": ["Damp and mould in the back bedroom", "Boiler not working since {d}", "Front door lock broken, flat {n}", "Leak coming through the kitchen ceiling"],
 "Highways": ["Pothole on {s} near the school", "Street light out outside number {n}", "Blocked drain flooding {s}", "Overgrown hedge blocking the pavement on {s}"],
 "Parking": ["Got a PCN but the sign was covered", "Resident permit renewal for zone {z}", "Car parked across my dropped kerb", "Blue badge holder fined at {s}"],
 "Adult Social Care": ["My mum needs help at home after hospital", "Care assessment for my father", "Query about my care charges invoice", "Carer's assessment request"],
 "Benefits & Support": ["Housing benefit change of circumstances", "Applying for the household support fund", "Council tax reduction – lost my job", "Free school meals application"],
 "Environmental Health": ["Noise from the flat upstairs every night", "Rats in the alley behind {s}", "Fly-tipping on {s}", "Food hygiene complaint about a takeaway"],
}
streets = ["Mill Lane","Church Road","Victoria Street","Albert Avenue","Station Road","Park Crescent"]
agents = ["jbarker","spatel","mokafor","lchen","rhughes","tnowak","aevans"]
qa = ["qa_kmorris","qa_dsingh","qa_hward"]
start = datetime.date(2024, 1, 2)
with open("tickets_export.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["ref","created","channel","title","message","routed_to","routed_by","checked_by","qa_outcome"])
    for i in range(2000):
        svc = random.choice(list(services))
        t = random.choice(services[svc])
        d = start + datetime.timedelta(days=random.randint(0, 330))
        msg = t.format(d=d.strftime("%d %B"), c=random.choice(["blue","green","black"]), m=d.strftime("%B"),
                       n=random.randint(1,120), s=random.choice(streets), z=random.choice("ABCDEFG"))
        body = msg + ". " + random.choice(["Please can someone call me back.", "This is the second time I've reported it.", "Thanks.", "Can you let me know what happens next?", ""])
        w.writerow([f"CC-{240000+i}", d.isoformat(), random.choice(["web form","email","phone note"]),
                    msg[:60], body.strip(), svc, random.choice(agents), random.choice(qa),
                    random.choice(["confirmed"]*19 + ["re-routed"])])
