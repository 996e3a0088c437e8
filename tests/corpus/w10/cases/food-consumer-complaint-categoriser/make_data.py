# Generates complaints_export.csv: the CRM export the QA team attached.
import csv, random
random.seed(410)
cats = {
 "foreign_body": ["found a piece of {x} in my {p}", "there was a {x} baked into the {p}", "bit into something hard, looks like {x}"],
 "allergen_reaction": ["my son reacted after eating the {p}, he has a nut allergy", "came out in hives after the {p}, label says no sesame", "anaphylaxis scare after {p}, we had to use the epipen"],
 "illness": ["whole family sick the night after eating {p}", "stomach cramps and vomiting after the {p}", "I think the {p} gave me food poisoning"],
 "quality": ["the {p} was dry and tasteless", "{p} was mouldy two days before the date", "filling in the {p} was barely there"],
 "packaging": ["tray was cracked and the {p} had leaked", "film wouldn't peel off the {p}", "the {p} box was crushed on arrival"],
 "labelling": ["the {p} label says vegetarian but lists gelatine", "best before date missing on the {p}", "price sticker on the {p} covers the allergen box"],
 "not_a_complaint": ["where can I buy the {p} near Leeds?", "love the {p}, please bring back the large size", "do you do gluten free {p}?"],
}
weights = [14, 6, 8, 34, 16, 9, 13]
prods = ["chicken pie", "lasagne", "cottage pie", "veg curry", "sausage roll", "quiche", "fish pie", "mac and cheese"]
xs = ["plastic", "metal wire", "hair", "bone", "glass", "blue plastic", "stone", "string"]
channels = ["email", "web_form", "phone", "retailer_referral", "social"]
checkers = ["A.Khan", "R.Doyle", "M.Szabo", "J.Pritchard", ""]
rows = []
for i in range(2412):
    c = random.choices(list(cats), weights)[0]
    msg = random.choice(cats[c]).format(p=random.choice(prods), x=random.choice(xs))
    d = f"2023-{random.randint(1,12):02d}-{random.randint(1,28):02d}"
    ck = random.choice(checkers)
    rows.append({"ref": f"CC-{100000+i}", "received": d, "product_sku": f"RM{random.randint(1000,1999)}",
                 "channel": random.choice(channels), "message": msg,
                 "category": c if ck else "", "checked_by": ck})
with open("complaints_export.csv", "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0]))
    w.writeheader(); w.writerows(rows)
print(len(rows), "rows;", sum(1 for r in rows if r["checked_by"]), "with a checked category")
