#!/usr/bin/env python3
"""Writes help_centre/*.md (public returns help articles) and chat_samples.jsonl (customer chat questions with the agent reply)."""
import json, os, random, shutil, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(6060)

ARTICLES = {
 "returns-policy.md": ("Our returns policy", "2024-02-01", [
   "You can return most items within 28 days of delivery for a full refund, as long as they are unworn with tags attached.",
   "Returns are free in the UK using a Royal Mail or InPost label from your account.",
   "Once your return reaches our warehouse we process it within 5 working days. Your bank may take a further 3 to 5 working days."]),
 "non-returnable.md": ("Items we can't accept back", "2023-08-15", [
   "For hygiene reasons we can't accept pierced earrings, swimwear with the hygiene liner removed, or underwear unless faulty.",
   "Personalised items can only be returned if faulty."]),
 "exchanges.md": ("Exchanges", "2024-02-01", [
   "We don't offer direct exchanges. Return the item for a refund and place a new order for the size or colour you want."]),
 "international-returns.md": ("Returning from outside the UK", "2023-11-20", [
   "Customers in the EU can return with a prepaid DHL label for GBP 4.95, deducted from the refund. Other countries must arrange their own tracked postage."]),
 "faulty-items.md": ("Faulty or damaged items", "2024-01-10", [
   "If an item is faulty, return it with a note and we will refund the item and your original delivery charge. Faulty items can be returned up to 6 months after delivery."]),
 "gift-returns.md": ("Returning a gift", "2023-08-15", [
   "Gift recipients can return with the gift receipt code and will receive an e-gift card for the item value."]),
 "klarna-returns.md": ("Returns on Klarna orders", "2024-03-04", [
   "If you paid with Klarna, report your return in the Klarna app to pause payments. Refunds are sent to Klarna, who update your payment plan."]),
 "tone-of-voice.md": ("Customer service tone of voice (internal)", "2024-04-18", [
   "Be warm, brief and human. Use the customer's first name. No exclamation marks in apologies.",
   "Always say what happens next and when. Sign off with your first name."]),
}

FIRST = ["Aoife", "Ben", "Chloe", "Dev", "Ella", "Femi", "Grace", "Harry", "Isla", "Jamal", "Kate", "Liam", "Maya", "Noah", "Olivia", "Priya"]
AGENTS = ["Sam", "Jo", "Rhys", "Ana", "Tom"]
CARRIERS = ["Royal Mail", "InPost", "Evri", "DPD"]
CARDS = ["Visa", "Mastercard", "Amex", "PayPal", "Klarna"]

def d(base, off):
    return (base + datetime.timedelta(days=off)).strftime("%d %B").lstrip("0")

def order_case():
    """Questions whose answers need the customer's order / return record."""
    n = f"{rng.randint(4400000, 4499999)}"
    name = rng.choice(FIRST)
    amt = f"GBP {rng.randint(12, 160)}.{rng.choice(['00', '50', '99', '95'])}"
    base = datetime.date(2024, 6, 1) + datetime.timedelta(days=rng.randint(0, 60))
    card = rng.choice(CARDS)
    last4 = rng.randint(1000, 9999)
    trk = f"{rng.choice(['RM', 'IP', 'H0'])}{rng.randint(10**9, 10**10 - 1)}GB"
    kind = rng.randrange(8)
    if kind == 0:
        q = rng.choice([f"where is my refund for order {n}?", f"still no refund for {n}, sent it back ages ago", f"refund for order #{n} please"])
        a = f"Hi {name}, your refund of {amt} for order {n} was issued on {d(base, 0)} to your {card} ending {last4}. It can take a few days to show."
    elif kind == 1:
        q = rng.choice([f"has my return arrived? order {n}", f"did you get my parcel back, order {n}"])
        a = f"Hi {name}, yes, your return for order {n} was scanned in at our Wakefield warehouse on {d(base, 0)}. The refund of {amt} is due by {d(base, 5)}."
    elif kind == 2:
        q = rng.choice([f"I was only refunded part of order {n}", f"why was my refund less than I paid? {n}"])
        a = f"Hi {name}, we received 2 of the 3 items on order {n}. The {rng.choice(['linen shirt', 'denim jacket', 'pair of trainers', 'midi dress'])} isn't back with us yet; tracking {trk} shows it still with {rng.choice(CARRIERS)}."
    elif kind == 3:
        q = rng.choice([f"my returns label for {n} isn't working", f"can't print a label for order {n}"])
        a = f"Hi {name}, I've generated a new {rng.choice(['Royal Mail', 'InPost'])} label for order {n}, reference {trk}. It's in your inbox now and valid until {d(base, 14)}."
    elif kind == 4:
        q = rng.choice([f"you charged me twice for {n}", f"double payment on order {n}"])
        a = f"Hi {name}, I can see one payment of {amt} captured and a pending authorisation on your {card} ending {last4}. The pending one drops off by {d(base, 7)}."
    elif kind == 5:
        q = rng.choice([f"return for {n} was rejected??", f"why did you send my return back? order {n}"])
        a = f"Hi {name}, the warehouse noted the {rng.choice(['swimsuit liner was removed', 'item was worn and the tags were missing', 'item arrived after day 41'])} on order {n}, so it was returned to you on {d(base, 0)} with tracking {trk}."
    elif kind == 6:
        q = rng.choice([f"can I still return order {n}?", f"is it too late to send back {n}"])
        a = f"Hi {name}, order {n} was delivered on {d(base, 0)}, so you have until {d(base, 28)} to return it."
    else:
        q = rng.choice([f"I sent back the wrong item with order {n}", f"put the wrong thing in the bag for {n}"])
        a = f"Hi {name}, I've flagged return {n}-R{rng.randint(1, 3)} to the Wakefield team; they'll post the item back to you by {d(base, 4)} at no cost."
    return q, a

POLICY_QA = [
 ("how long do I have to return something?", "You have 28 days from delivery, unworn with tags attached."),
 ("are returns free?", "Yes, returns are free in the UK with a Royal Mail or InPost label from your account."),
 ("can I exchange for a different size?", "We don't do direct exchanges; return it for a refund and reorder the size you need."),
 ("I'm in Ireland, how do I return?", "You can use a prepaid DHL label for GBP 4.95, deducted from your refund."),
 ("can I return earrings?", "Pierced earrings can't be returned for hygiene reasons unless faulty."),
 ("I paid with klarna, what happens?", "Report the return in the Klarna app to pause payments; the refund goes to Klarna."),
]

def main():
    out = os.path.join(HERE, "help_centre")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    for fn, (title, rev, paras) in ARTICLES.items():
        with open(os.path.join(out, fn), "w", encoding="utf-8") as f:
            f.write(f"# {title}\n\nUpdated: {rev}\n\n" + "\n\n".join(paras) + "\n")
    items = [order_case() for _ in range(56)] + POLICY_QA
    rng.shuffle(items)
    with open(os.path.join(HERE, "chat_samples.jsonl"), "w", encoding="utf-8") as f:
        for i, (q, a) in enumerate(items):
            agent = rng.choice(AGENTS)
            f.write(json.dumps({"chat_id": f"CH-{880000 + i * 17}", "customer_message": q,
                                "agent_reply": a + f" {agent}", "agent": agent, "csat": rng.choice([5, 5, 4, 4, 3, None])}) + "\n")

if __name__ == "__main__":
    main()
