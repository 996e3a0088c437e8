"""Usage log export from the listing-writer pilot (synthetic). Standard library only."""
import csv, random, datetime
random.seed(3)
ORGS = ["Eastside Food Hub", "River Clean-Up Crew", "Hope Street Shelter", "Library Literacy Club", "Paws Rescue", "Green Allotments", "Senior Friends Calls", "Youth Football League"]
ROLES = ["Saturday sorter", "Event steward", "Reading buddy", "Dog walker", "Phone befriender", "Kit manager", "Garden helper", "Van driver"]
start = datetime.datetime(2024, 9, 2, 9, 0)
rows = []
for i in range(118):
    t = start + datetime.timedelta(minutes=random.randint(0, 29*24*60))
    rating = random.choices(["good", "minor_edit", "rewrote"], [0.71, 0.24, 0.05])[0]
    rows.append([f"L-{2400+i}", t.strftime("%Y-%m-%d %H:%M"), random.choice(ORGS), random.choice(ROLES),
                 random.randint(180, 420), rating, random.choice(["coord_amy", "coord_raj", "coord_bea"])])
rows.sort(key=lambda r: r[1])
with open("listing_writer_pilot_log_sept.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["request_id", "created_at", "partner_org", "role_title", "output_words", "coordinator_rating", "coordinator"])
    w.writerows(rows)
