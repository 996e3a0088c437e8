"""Generate complaints_export.csv: coded complaint history (standard library only)."""
import csv, random, datetime

random.seed(18)
N = 6214
CATS = {
    "Charges and fees": ["Charged {fee} fee on my {prod} without warning", "Unarranged overdraft fee of £{amt} seems wrong", "Why was I charged £{amt} for a {prod} payment"],
    "Terms and conditions": ["Interest rate on {prod} changed and nobody told me", "New terms on my {prod} are unfair"],
    "Delays and timescales": ["Transfer of £{amt} took {d} days to arrive", "Still waiting {d} days for {prod} to be set up"],
    "Advice and sales": ["Was sold a {prod} I did not need", "Adviser did not explain {prod} early repayment charge"],
    "Arrears and collections": ["Collections calls {d} times a week about my {prod}", "Payment plan on {prod} ignored"],
    "Fraud and scams": ["Lost £{amt} to a scam and bank refused refund", "Card used fraudulently, {prod} not blocked"],
    "Customer service": ["Rude staff at branch about my {prod}", "On hold {d} minutes, call dropped twice"],
    "Errors and administration": ["Direct debit on {prod} taken twice", "Wrong address on {prod} statement"],
    "Product performance": ["App keeps logging me out of {prod}", "Contactless not working on {prod} card"],
    "Account opening and closing": ["Could not open {prod} online, ID check failed", "Closed my {prod} without notice"],
    "Other": ["Branch closing in my town", "Letter in wrong language"],
}
WEIGHTS = [18, 7, 12, 6, 8, 11, 14, 10, 7, 5, 2]
PRODS = ["current account", "credit card", "personal loan", "savings account", "mortgage", "overdraft"]
FEES = ["late payment", "returned item", "foreign transaction", "arrangement"]
CHANNELS = ["phone", "branch", "email", "app", "letter", "webchat"]
CHECKERS = ["A.Okafor", "J.Whitley", "M.Santos", "R.Hughes", "P.Novak", "S.Begum"]
start = datetime.date(2022, 1, 4)

with open("complaints_export.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["ref", "opened", "channel", "product", "summary", "filed_under", "checked_by"])
    cats = list(CATS)
    for i in range(N):
        cat = random.choices(cats, WEIGHTS)[0]
        prod = random.choice(PRODS)
        s = random.choice(CATS[cat]).format(prod=prod, fee=random.choice(FEES), amt=random.randint(5, 2400), d=random.randint(2, 40))
        opened = start + datetime.timedelta(days=random.randint(0, 900))
        w.writerow([f"CMP-{220000 + i}", opened.isoformat(), random.choice(CHANNELS), prod, s, cat, random.choice(CHECKERS)])
