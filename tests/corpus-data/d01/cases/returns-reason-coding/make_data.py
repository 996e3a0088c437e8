#!/usr/bin/env python3
"""Writes returns_coded_sample.csv: customer return comments with the reason code the returns team assigned."""
import csv, os, random, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(777)

ITEMS = {"footwear": ["trainers", "boots", "sandals", "shoes", "heels", "sliders"],
         "womenswear": ["dress", "jeans", "blouse", "skirt", "coat", "jumpsuit"],
         "menswear": ["shirt", "chinos", "hoodie", "jacket", "suit trousers", "polo"],
         "home": ["duvet cover", "cushion", "lamp", "rug", "mug set", "towel bale"],
         "accessories": ["bag", "belt", "scarf", "sunglasses", "watch", "wallet"]}
SIZED = {"footwear", "womenswear", "menswear"}
COLOURS = ["navy", "black", "sage", "cream", "burgundy", "grey", "khaki", "pink", "mustard"]

CODES = {
 "SIZE_TOO_SMALL": (0.20, True, [
   "too small", "came up really small", "C:{it} is tight across the {part}", "size runs small, need a size up",
   "F:couldn't get my foot in", "way too tight", "smaller than my usual {sz}", "F:narrow fit, pinches", "C:too short in the leg/arm",
   "had to size up, this one doesnt fit"]),
 "SIZE_TOO_LARGE": (0.17, True, [
   "too big", "came up massive", "C:{it} is baggy and swamps me", "size runs large, need a size down", "F:heel slips out, too loose",
   "much bigger than my usual {sz}", "C:too long, dragging on the floor", "way too roomy", "C:fits like a tent", "need one size smaller"]),
 "DAMAGED_IN_TRANSIT": (0.10, False, [
   "arrived damaged", "box was crushed and the {it} is broken", "parcel was soaking wet", "came smashed", "packaging ripped and {it} scuffed",
   "arrived with a dent", "courier must have dropped it, its cracked", "parcel torn open when delivered"]),
 "FAULTY": (0.12, False, [
   "CA:zip broke after one wear", "CFA:stitching coming undone", "C:seam split first time i wore it", "H:lamp doesnt switch on",
   "F:sole came away from the shoe", "C:button fell off straight away", "CH:hole in the fabric", "CH:colour ran in the wash at 30",
   "FA:strap snapped", "A:the watch stopped after two days"]),
 "NOT_AS_DESCRIBED": (0.13, False, [
   "colour is nothing like the photo", "material feels cheap, not what the website said", "looks different to the picture",
   "CH:described as 100% cotton but label says polyester", "much thinner than it looked online", "not {col} as shown, more like a dull brown",
   "the photo was misleading", "FA:not leather like it said", "pattern is different to the listing"]),
 "WRONG_ITEM_SENT": (0.08, False, [
   "received the wrong item", "ordered {col} got {col2}", "sent me a completely different product", "wrong size sent, ordered {sz} got {sz2}",
   "this isnt what i ordered", "parcel had someone elses order in it", "got a {it2} instead of a {it}"]),
 "CHANGED_MIND": (0.14, False, [
   "changed my mind", "no longer needed", "don't like it on", "bought two sizes, returning the one that didnt work",
   "found it cheaper elsewhere", "it was a gift and they didnt want it", "not for me", "ordered a few to try, keeping the other one",
   "doesn't go with the outfit i bought it for", "just dont love it"]),
 "ARRIVED_LATE": (0.06, False, [
   "arrived too late for the event", "needed it for the weekend and it came a week late", "delivery took 12 days",
   "missed the wedding, parcel turned up after", "next day delivery took 5 days so no longer need it", "came after we'd gone on holiday"]),
}
PARTS = ["chest", "hips", "shoulders", "waist", "toes", "calves"]
SIZES = ["8", "10", "12", "14", "16", "S", "M", "L", "XL", "UK 5", "UK 7", "UK 9", "32R", "34R"]
PRE = ["", "", "", "Sorry but ", "Unfortunately ", "Hi, ", "Returning because ", "Reason: ", "Hello - "]
POST = ["", "", "", " Refund please.", " Can I get an exchange?", " Please refund to my card.", " Very disappointed.",
        " Would like a replacement.", " Love the brand though.", " Thanks", " :("]
CODERS = ["returns_team_A", "returns_team_B", "wh_leeds_1", "wh_leeds_2"]

def typo(s, p=0.05):
    out = []
    for w in s.split(" "):
        if len(w) > 3 and w.isalpha() and rng.random() < p:
            i = rng.randrange(1, len(w) - 1)
            k = rng.random()
            w = w[:i] + w[i+1:] if k < 0.4 else (w[:i] + w[i+1] + w[i] + w[i+2:] if k < 0.7 else w[:i] + w[i] + w[i:])
        out.append(w)
    return " ".join(out)

def main():
    names = list(CODES)
    rows = []
    start = datetime.date(2024, 3, 1)
    for i in range(3000):
        code = rng.choices(names, [CODES[c][0] for c in names])[0]
        sized = CODES[code][1]
        phrase = rng.choice(CODES[code][2])
        tag, _, body = phrase.partition(":") if ":" in phrase[:4] else ("", "", phrase)
        fams = sorted(SIZED) if sized else sorted(ITEMS)
        allowed = {"F": "footwear", "C": "womenswear menswear", "H": "home", "A": "accessories"}
        if tag:
            ok = " ".join(allowed[t] for t in tag).split()
            fams = [x for x in fams if x in ok]
        phrase = body
        fam = rng.choice(fams)
        it = rng.choice(ITEMS[fam])
        c1, c2 = rng.sample(COLOURS, 2)
        s1, s2 = rng.sample(SIZES, 2)
        phrase = (phrase.replace("{it2}", rng.choice([x for x in ITEMS[fam] if x != it])).replace("{it}", it)
                  .replace("{part}", rng.choice(PARTS)).replace("{sz2}", s2).replace("{sz}", s1)
                  .replace("{col2}", c2).replace("{col}", c1))
        if rng.random() < 0.3:
            phrase = f"the {c1} {it}" + rng.choice([" - ", ": ", ", ", " "]) + phrase if not phrase.startswith("the") else phrase
        pre = rng.choice(PRE)
        text = pre + (phrase if not pre or pre.endswith(" ") else phrase)
        post = rng.choice(POST)
        text = text + ("." if post and rng.random() < 0.7 else "") + post
        if rng.random() < 0.1 and code not in ("CHANGED_MIND",):
            text += " " + rng.choice(["Otherwise nice.", "Second time this has happened.", "Please send a label.", "Order was a present."])
        text = typo(text)
        if rng.random() < 0.2:
            text = text.lower()
        elif rng.random() < 0.3:
            text = text[0].upper() + text[1:]
        label = code if rng.random() > 0.03 else rng.choice(names)
        order_date = start + datetime.timedelta(days=rng.randint(0, 150))
        rows.append({"rma_no": f"RMA-{5500000 + i * 11 + rng.randint(0, 10)}", "order_date": order_date.isoformat(),
                     "return_received": (order_date + datetime.timedelta(days=rng.randint(4, 30))).isoformat(),
                     "sku_family": fam, "item_value_gbp": f"{rng.randint(8, 180)}.{rng.choice(['00','99','50','95'])}",
                     "customer_comment": text, "reason_code": label, "coded_by": rng.choice(CODERS)})
    with open(os.path.join(HERE, "returns_coded_sample.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)

if __name__ == "__main__":
    main()
