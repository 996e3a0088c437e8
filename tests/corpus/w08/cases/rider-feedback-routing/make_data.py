"""Generate feedback_export.csv: CRM export of rider feedback with routing decisions."""
import csv, random, datetime
random.seed(808)
lines = ["14", "27", "31", "X5", "N8", "101", "Tram 2", "Tram 4", "Red Line", "Blue Line"]
stops = ["Central Station", "Market Sq", "Hillview Rd", "Airport T2", "Riverside", "Old Town", "Parkway P+R", "University"]
Q = {
 "Fares & Ticketing": [
  "Was charged twice on my contactless card for one journey on the {l} on {d}.",
  "Ticket machine at {s} swallowed my card and didn't issue a day pass.",
  "Why is the student monthly more expensive than last term? Nobody explained.",
  "The app charged me a full fare even though I tapped out at {s}.",
  "Refund for my annual pass still not processed after 6 weeks."],
 "Accessibility": [
  "Ramp on the {l} wasn't deployed at {s}, driver said it was broken.",
  "Lift at {s} out of order again, I use a wheelchair and had to go two stops on.",
  "No audio announcements on the {l} this morning, I'm visually impaired.",
  "The priority seating was full of luggage and nobody helped."],
 "Driver Conduct": [
  "Driver on the {l} at about {h} was on his phone while driving.",
  "Driver refused to let my son on with a valid ticket at {s}.",
  "Very rude driver on the {l}, shouted at an elderly passenger.",
  "Driver didn't stop at {s} although I clearly signalled."],
 "Timetable & Reliability": [
  "The {l} was 25 minutes late again, third time this week.",
  "Real-time display at {s} shows buses that never arrive.",
  "Last {l} departed 4 minutes early, I was left stranded.",
  "Why was the {l} cancelled without any notice this morning?"],
 "Vehicle Cleanliness": [
  "Seats on the {l} were filthy, someone had spilled a drink days ago.",
  "Strong smell of smoke on the top deck of the {l}.",
  "Bins on the tram haven't been emptied, litter everywhere."],
 "Lost Property": [
  "Left a black rucksack on the {l} around {h}, has anyone handed it in?",
  "Lost my glasses on the {l} near {s}.",
  "I think I dropped my keys at {s} platform 2."],
 "Safety & Security": [
  "Group of teenagers harassing passengers on the {l} near {s} around {h}.",
  "Emergency door alarm on the {l} kept sounding and nobody checked.",
  "Broken glass in the shelter at {s}, dangerous for kids."],
 "Stops & Stations": [
  "Shelter at {s} has no roof panel since the storm.",
  "Timetable at {s} stop is out of date.",
  "Street light near {s} stop is out, feels unsafe at night."],
 "Compliments": [
  "Huge thanks to the driver on the {l} at {h} who waited for my mum.",
  "Lovely helpful staff at {s} today.",
  "The new {l} timetable is much better, well done."],
}
weights = {"Fares & Ticketing": 22, "Accessibility": 8, "Driver Conduct": 14, "Timetable & Reliability": 24,
           "Vehicle Cleanliness": 6, "Lost Property": 9, "Safety & Security": 6, "Stops & Stations": 6, "Compliments": 5}
checkers = ["a.okafor", "m.lindqvist", "j.patel", "s.moreau", "t.nguyen"]
cats = list(weights); w = [weights[c] for c in cats]
start = datetime.datetime(2024, 1, 3, 6, 0)
rows = []
for i in range(2400):
    c = random.choices(cats, w)[0]
    t = random.choice(Q[c])
    ts = start + datetime.timedelta(minutes=random.randint(0, 60 * 24 * 330))
    msg = t.format(l=random.choice(lines), s=random.choice(stops), d=ts.strftime("%d %b"),
                   h=f"{random.randint(6,23)}:{random.choice(['05','15','30','45','50'])}")
    if random.random() < 0.25:
        msg += random.choice([" Please respond.", " This is not acceptable.", " Ref my earlier email.", " Thanks.", ""])
    title = msg.split(",")[0].split(".")[0][:60]
    rows.append({"ref": f"FB-24-{100000+i}", "received_at": ts.isoformat(timespec="minutes"),
                 "channel": random.choice(["web_form", "app", "email", "social", "phone_note"]),
                 "title": title, "message": msg, "routed_to": c, "checked_by": random.choice(checkers)})
rows.sort(key=lambda r: r["received_at"])
with open("feedback_export.csv", "w", newline="") as f:
    wr = csv.DictWriter(f, fieldnames=list(rows[0])); wr.writeheader(); wr.writerows(rows)
print(len(rows))
