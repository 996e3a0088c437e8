#!/usr/bin/env python3
"""Writes council_pages/*.md (service pages from the council website) and contact_centre_questions.jsonl."""
import json, os, random, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(1515)

PAGES = [
 ("bin-collections", "Bin collections", "2024-04-02", [
   "General waste (grey bin) is collected every two weeks. Recycling (blue bin) is collected every two weeks on the alternate week.",
   "Put your bin out by 6:30am on collection day, with the lid closed. Side waste is not collected.",
   "If your bin was missed, report it within 2 working days of the collection day; we will return within 3 working days."]),
 ("garden-waste", "Garden waste subscription", "2024-01-08", [
   "Garden waste (green bin) collections cost GBP 52 per bin per year, from 1 April to 31 March. Residents receiving Council Tax Reduction pay GBP 26.",
   "Collections are fortnightly, with a break over Christmas and New Year. Subscribe online; your bin sticker arrives within 10 working days."]),
 ("bulky-waste", "Bulky waste collection", "2024-02-19", [
   "We collect up to 5 bulky items for GBP 38. Each extra item costs GBP 8, up to 10 items in total.",
   "We do not collect fridges and freezers under this service; fridge collections are GBP 25 each. Collections are on Tuesdays and Thursdays."]),
 ("new-bins", "Replacement and new bins", "2024-03-11", [
   "A replacement grey or blue bin costs GBP 30 including delivery. New-build properties get their first set of bins free if requested within 3 months of moving in.",
   "Bins are delivered within 15 working days."]),
 ("recycling-centres", "Household recycling centres", "2024-05-06", [
   "Halloway Road HWRC is open 8am to 6pm from April to September and 8am to 4pm from October to March. Closed on 25 and 26 December and 1 January.",
   "Vans and trailers need a free permit, booked online, maximum 12 visits a year. DIY waste: up to 2 bags of rubble per visit are free."]),
 ("parking-permits", "Resident parking permits", "2024-04-01", [
   "A first resident permit costs GBP 60 a year; a second permit at the same address costs GBP 110. Electric vehicles pay GBP 30 for a first permit.",
   "Visitor permits come in books of 20 half-day scratch cards for GBP 15, up to 10 books per household per year."]),
 ("parking-fines", "Penalty charge notices", "2024-04-01", [
   "A penalty charge notice (PCN) is GBP 70 for higher-level contraventions and GBP 50 for lower-level. It is reduced by 50% if paid within 14 days.",
   "You can challenge a PCN online within 28 days. Quote the 10-character PCN number starting CB."]),
 ("council-tax-discounts", "Council Tax discounts", "2024-03-01", [
   "If you live alone you can get a 25% single person discount. Full-time students are exempt.",
   "Homes empty and unfurnished for more than 1 year pay a 100% premium (double the normal bill).",
   "Council Tax is paid in 10 monthly instalments by default; you can ask to pay in 12."]),
 ("council-tax-reduction", "Council Tax Reduction", "2024-03-01", [
   "Working-age residents on a low income can get up to 80% off their bill through Council Tax Reduction. Pensioners can get up to 100%.",
   "Apply online with proof of income; we aim to decide within 21 days."]),
 ("pest-control", "Pest control", "2023-09-14", [
   "Rat treatments inside the home are free for all residents. Wasp nest treatment costs GBP 62; bed bug treatment costs GBP 120 for up to 3 rooms.",
   "We do not treat bees. Appointments are Monday to Friday, 8am to 4pm."]),
 ("potholes", "Report a pothole", "2024-01-22", [
   "We repair potholes deeper than 40mm on roads and 20mm on pavements. Dangerous defects are made safe within 24 hours; others within 28 days.",
   "To claim for vehicle damage caused by a pothole, use the highways claim form within 6 months of the incident."]),
 ("street-lights", "Street lighting faults", "2023-11-30", [
   "Report a broken street light with the 6-digit column number printed on the post. Single lights out are fixed within 7 working days; whole streets within 24 hours."]),
 ("libraries", "Libraries", "2024-02-05", [
   "Library membership is free. You can borrow up to 15 items for 3 weeks and renew twice online. There are no fines for late returns of children's books.",
   "Central Library is open 9am to 7pm Monday to Friday and 9am to 4pm on Saturday."]),
 ("registrar", "Births, deaths and marriages", "2024-05-13", [
   "Births must be registered within 42 days, and deaths within 5 days. Appointments are at the Register Office, 14 Mercer Street.",
   "A standard certificate costs GBP 12.50 at the time of registration."]),
 ("noise", "Noise complaints", "2024-02-26", [
   "Report noise online and keep a noise diary for 14 days. Our out-of-hours noise service runs Friday and Saturday 9pm to 3am on 01632 960 414."]),
]

QA = [
 (["How often are bins collected?", "when do grey bins get emptied"], "Grey bin general waste every two weeks, with the blue recycling bin on the alternate week."),
 (["What time do I need to put my bin out?"], "By 6:30am on collection day, with the lid closed."),
 (["My bin was missed, when will you come back?", "how long do I have to report a missed bin?"], "Report it within 2 working days of your collection day and we'll return within 3 working days."),
 (["How much is the garden waste bin?", "cost of green bin subscription"], "GBP 52 per bin per year (1 April to 31 March), or GBP 26 if you receive Council Tax Reduction."),
 (["I've paid for garden waste, when does the sticker come?"], "Your bin sticker arrives within 10 working days."),
 (["How much to collect an old sofa and wardrobe?", "bulky waste price?"], "GBP 38 for up to 5 bulky items; extra items are GBP 8 each, up to 10 items."),
 (["Can you take away my old fridge?"], "Not as part of bulky waste; fridge collections are GBP 25 each."),
 (["Which days are bulky collections?"], "Tuesdays and Thursdays."),
 (["How much is a new bin?", "my blue bin got stolen, how much to replace?"], "A replacement grey or blue bin is GBP 30 including delivery, delivered within 15 working days."),
 (["We've moved into a new build, do we pay for bins?"], "No, the first set is free if you request it within 3 months of moving in."),
 (["What time does the tip close in winter?", "Halloway Road opening hours?"], "8am to 4pm from October to March (8am to 6pm April to September). Closed 25 and 26 December and 1 January."),
 (["Can I take my van to the tip?"], "Yes, with a free van permit booked online, up to 12 visits a year."),
 (["Can I get rid of rubble at the tip?"], "Up to 2 bags of rubble per visit are free."),
 (["How much is a residents parking permit?", "cost of a second parking permit"], "GBP 60 a year for a first permit, GBP 110 for a second at the same address; electric vehicles GBP 30 for a first permit."),
 (["How do visitor permits work?"], "Books of 20 half-day scratch cards for GBP 15, up to 10 books per household per year."),
 (["How much is a parking ticket?", "I got a PCN, is there a discount?"], "GBP 70 (higher level) or GBP 50 (lower level), reduced by 50% if paid within 14 days."),
 (["How long do I have to appeal a parking fine?"], "Challenge it online within 28 days, quoting the 10-character PCN number starting CB."),
 (["I live on my own, can I get money off council tax?"], "Yes, a 25% single person discount."),
 (["Empty house council tax?"], "Homes empty and unfurnished for more than 1 year pay a 100% premium, double the normal bill."),
 (["Can I pay council tax over 12 months?"], "Yes, the default is 10 monthly instalments but you can ask to pay in 12."),
 (["How much council tax reduction can I get?"], "Up to 80% for working-age residents on a low income, and up to 100% for pensioners."),
 (["How long does a council tax reduction claim take?"], "We aim to decide within 21 days."),
 (["Do you charge for rats?", "rats in the kitchen, is it free?"], "Rat treatments inside the home are free for all residents."),
 (["How much for a wasp nest?"], "GBP 62 for wasp nest treatment."),
 (["bed bugs treatment cost?"], "GBP 120 for up to 3 rooms."),
 (["Will you remove a bees nest?"], "No, we don't treat bees."),
 (["How deep does a pothole need to be for you to fix it?"], "Deeper than 40mm on roads or 20mm on pavements; dangerous defects made safe within 24 hours, others within 28 days."),
 (["A pothole damaged my car, can I claim?"], "Yes, use the highways claim form within 6 months of the incident."),
 (["How long to fix a street light?"], "Single lights within 7 working days, whole streets within 24 hours. Quote the 6-digit column number on the post."),
 (["How many library books can I take out?"], "Up to 15 items for 3 weeks, renewable twice online."),
 (["Central library opening times?"], "9am to 7pm Monday to Friday and 9am to 4pm on Saturday."),
 (["How long do I have to register a birth?"], "Within 42 days, at the Register Office, 14 Mercer Street."),
 (["How soon must a death be registered?"], "Within 5 days."),
 (["How much is a birth certificate?"], "GBP 12.50 for a standard certificate at the time of registration."),
 (["Neighbour's music at 1am on Saturday, who do I call?", "out of hours noise number?"], "The out-of-hours noise service on 01632 960 414, Friday and Saturday 9pm to 3am. Also keep a noise diary for 14 days."),
]
STAFF = ["cc.aisha", "cc.ben", "cc.carys", "cc.dom", "cc.ellie"]

def main():
    out = os.path.join(HERE, "council_pages")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    for slug, title, updated, paras in PAGES:
        with open(os.path.join(out, slug + ".md"), "w", encoding="utf-8") as f:
            f.write(f"# {title}\n\n_Calderbrook Borough Council · Page last updated {updated}_\n\n" + "\n\n".join(paras) + "\n")
    pairs = [(v, a) for vs, a in QA for v in vs]
    rng.shuffle(pairs)
    with open(os.path.join(HERE, "contact_centre_questions.jsonl"), "w", encoding="utf-8") as f:
        for i, (q, a) in enumerate(pairs):
            f.write(json.dumps({"call_ref": f"CCQ-{4100 + i}", "channel": rng.choice(["phone", "webchat", "email"]),
                                "resident_question": q, "advisor_answer": a, "advisor": rng.choice(STAFF)}) + "\n")

if __name__ == "__main__":
    main()
