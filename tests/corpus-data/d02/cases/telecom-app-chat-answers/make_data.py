"""Generate kb/*.md (help-centre articles) and chat_samples.jsonl (in-app chat questions
with the agent's final answer). Standard library only; seeded."""
import json
import os
import random

rng = random.Random(60221)
HERE = os.path.dirname(os.path.abspath(__file__))
KDIR = os.path.join(HERE, "kb")
os.makedirs(KDIR, exist_ok=True)

KB = {
"understanding-your-bill.md": ("Understanding your bill", "2024-08-12", """
Your bill is produced on the same day each month, your bill date. It shows your monthly plan charge, any add-ons, and any usage outside your allowance.

**Sections of the bill**
- Plan and add-ons: the fixed monthly charges, billed in advance.
- Usage: calls, texts and data outside your allowance, billed in arrears.
- One-off charges: for example a replacement SIM or a late payment fee.

If your bill is higher than usual, check the Usage section in the app under Account > Bills > View details. Calls to 084, 087 and 09 numbers are charged at an access charge plus the service charge set by the company you called.

If you think a charge is wrong, start a chat from the bill in the app and an adviser will review it.
"""),
"paying-by-direct-debit.md": ("Paying by Direct Debit", "2024-05-02", """
Most customers pay by Direct Debit, taken about 14 days after the bill date. You can change your payment date once every 3 months in the app (Account > Payments).

If a Direct Debit fails we will try again after 7 days and send you a text. A late payment fee applies if the balance is not paid within 14 days of the failed payment.

You can also pay by card any time in the app.
"""),
"roaming-zones-and-prices.md": ("Roaming zones and prices", "2024-09-01", """
**Zone 1 (Europe)**: use your UK allowance for £2.25 a day on plans without Roam Free, or free on plans that include Roam Free. A fair use limit of 30 GB applies.

**Zone 2 (USA, Canada, Australia, New Zealand)**: Roam Further add-on, £6 a day.

**Zone 3 (rest of world)**: pay as you go rates, shown in the app. We set a £50 a month roaming spend cap by default; you can change it in Account > Spend caps.

Daily charges only apply on days you use your phone abroad. Cruise ships and planes use satellite networks that are not covered by any zone.
"""),
"switching-and-keeping-your-number.md": ("Switching and keeping your number", "2024-02-20", """
To bring your number to us, text PAC to 65075 on your old network, then give us the code when you join or in the app under Account > Move my number. Your number usually moves within 1 working day.

To leave us and keep your number, text PAC to 65075. To leave without keeping your number, text STAC to 75075. Codes are valid for 30 days.
"""),
"setting-up-esim.md": ("Setting up an eSIM", "2024-06-18", """
1. Check your phone supports eSIM (most phones from 2019 onwards do).
2. In the app go to Account > SIM > Switch to eSIM and follow the steps. You need to be on Wi-Fi.
3. Scan the QR code shown, or tap Install on the same phone.
4. Restart the phone. Your physical SIM stops working once the eSIM is active.

If the QR code has already been used, you will need a new one from chat.
"""),
"apn-and-data-settings.md": ("APN and mobile data settings", "2023-11-07", """
Most phones set up mobile data automatically. If data doesn't work, check the APN is set to **mobile.halo.net**, with username and password left blank.

Also check Mobile data and Data roaming (when abroad) are switched on, and that you have not reached a data spend cap.
"""),
"upgrades-and-contract-end.md": ("Upgrades and the end of your contract", "2024-07-30", """
You can upgrade early from 30 days before the end of your minimum term without a charge. Upgrading earlier means paying the remaining plan charges for your current term, shown in the app under Account > Upgrade.

When your minimum term ends we will tell you the best deal available, and your plan carries on month to month until you change it.
"""),
"device-repairs-and-insurance.md": ("Device repairs and insurance", "2024-04-09", """
Faults in the first 12 months are covered by the manufacturer's warranty. Book a repair in the app (Account > Devices > Report a fault); we send a prepaid box.

Phone Protect covers accidental damage, loss and theft. Excess: £25 for screen repairs, £75 for other damage, £99 for loss or theft. Claims are handled by our insurance partner.
"""),
"network-status-and-faults.md": ("Network status and reporting a fault", "2024-03-14", """
Check the live network status page in the app (Help > Network status) by entering your postcode. If there is known work in your area it will show the expected fix time.

If there is no known issue: restart your phone, check the SIM, and try Wi-Fi Calling. If the problem continues, start a chat and we will run a line test.
"""),
"wifi-calling.md": ("Wi-Fi Calling", "2024-01-25", """
Wi-Fi Calling lets you call and text over Wi-Fi where mobile signal is weak. Turn it on in your phone's settings (Phone > Wi-Fi Calling on iPhone; Connections > Wi-Fi Calling on Android). Calls over Wi-Fi use your normal allowance. Emergency calls use mobile signal where available.
"""),
"broadband-installation.md": ("Broadband installation", "2024-08-27", """
We will text you your installation date after you order. If an engineer visit is needed, someone over 18 must be at home between 8am and 1pm or 1pm and 6pm.

Your router is sent by courier 2 to 3 days before your go-live date. If you need to move your appointment, do it in the app at least 2 working days before.
"""),
"router-lights.md": ("What your router lights mean", "2023-10-03", """
- Solid white: connected.
- Flashing white: starting up (wait up to 10 minutes).
- Solid orange: no broadband signal: check the cable into the wall socket.
- Flashing orange: connection problem: restart the router, then run the line test in the app.
- Red: hardware fault: start a chat.
"""),
"lost-or-stolen-phone.md": ("Lost or stolen phone", "2024-05-21", """
Bar your SIM straight away in the app (Account > SIM > Bar SIM) or by calling 0330 088 4100 from another phone. You are not responsible for charges after you report the loss. A replacement SIM is free and arrives in 1 to 2 working days.
"""),
"spend-caps-and-parental-controls.md": ("Spend caps and parental controls", "2024-02-02", """
You can set a monthly spend cap on charges outside your allowance from £0 upwards in Account > Spend caps. Content lock is on by default for all new lines; account holders over 18 can turn it off in the app with age verification.
"""),
"complaints-process.md": ("How to make a complaint", "2024-06-01", """
Start a chat or call 0330 088 4000 and tell us you want to make a complaint. We aim to resolve complaints within 5 working days. If it isn't resolved after 8 weeks, or we send a deadlock letter, you can take it to the Communications Ombudsman for free.
"""),
"price-changes.md": ("Annual price changes", "2024-03-05", """
Monthly plan prices rise each April by a fixed amount in pounds and pence, set out in your contract summary. We'll text you at least 30 days before the change.
"""),
}
for fn, (title, upd, body) in KB.items():
    with open(os.path.join(KDIR, fn), "w", encoding="utf-8") as f:
        f.write("# %s\n\nHelp centre article | Last updated: %s\n%s" % (title, upd, body))


def money(lo, hi):
    return "£%.2f" % (rng.randint(lo * 100, hi * 100) / 100)


def day():
    return rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"])


def dt():
    return "%d %s" % (rng.randint(1, 28), rng.choice(["November", "December"]))


def past():
    return "%d %s" % (rng.randint(1, 28), rng.choice(["August", "September"]))


def pc():
    return rng.choice(["LS6 2", "M14 5", "B29 6", "CF24 3", "NE6 1", "BS5 9", "G31 2", "S11 8", "L15 4", "NG7 2"]) + "%s%s" % (
        rng.choice("ABDEFGHJLNPQRSTUWXY"), rng.choice("ABDEFGHJLNPQRSTUWXY"))


# account-specific exchanges: the facts in the answer come from billing, CRM, order and network systems
ACCOUNT = [
    (lambda: "why is my bill {} this month? normally it's {}".format(money(60, 140), money(18, 45)),
     lambda: "I've checked your account: your {} bill includes {} of calls to 0871 numbers on {} and a {} Roam Further charge for 2 days in the USA. I've added a {} goodwill credit which you'll see on your next bill.".format(
         "September", money(12, 40), past(), "£12.00", rng.choice(["£5.00", "£10.00", "£15.00"]))),
    (lambda: "I got charged a late payment fee but I paid on time??",
     lambda: "You're right, your Direct Debit on {} was collected successfully, the {} fee was applied in error by a system issue that affected some accounts. I've removed it and your balance is now {}.".format(
         past(), rng.choice(["£5.00", "£7.50"]), money(0, 40))),
    (lambda: "When will my new phone arrive? ordered {} {}".format(rng.choice(["Galaxy S24", "iPhone 16", "Pixel 9", "iPhone 15"]), rng.choice(["on Monday", "last week", "3 days ago"])),
     lambda: "Your order {} was dispatched today with DPD, tracking number 1550{}. It's due {} between {}.".format(
         "HM%07d" % rng.randint(0, 9999999), rng.randint(10000000, 99999999), day(), rng.choice(["10:00 and 11:00", "12:30 and 13:30", "14:15 and 15:15"]))),
    (lambda: "no signal at home since yesterday, postcode {}".format(pc()),
     lambda: "Sorry about this, there's a fault on the mast serving your area (ref {}). Engineers are on site and the current fix estimate is {} {}. I've set up a text alert for when it's back and added {} credit.".format(
         "NW-%05d" % rng.randint(0, 99999), day(), rng.choice(["18:00", "21:00", "12:00"]), rng.choice(["£3", "£5", "a week of unlimited data as"]))),
    (lambda: "has my number transfer gone through yet?",
     lambda: "Your port from {} is booked for {} {}. Your temporary number {} will switch over automatically, just restart your phone after 10am that day.".format(
         rng.choice(["EE", "Vodafone", "O2", "Three"]), day(), dt(), "07%09d" % rng.randint(0, 999999999))),
    (lambda: "am I able to upgrade yet?",
     lambda: "Your minimum term ends on {}, so you can upgrade free from {}. If you upgrade today the remaining plan charges would be {}.".format(
         dt(), dt(), money(30, 260))),
    (lambda: "what happened with my repair? sent it {}".format(rng.choice(["2 weeks ago", "on the 3rd", "last month"])),
     lambda: "Your {} arrived at the repair centre on {} (repair ref {}). The technician found a faulty charging port, covered under warranty; it's being returned {}.".format(
         rng.choice(["iPhone 14", "Galaxy S23", "Pixel 8", "Galaxy A54"]), past(), "RPR%06d" % rng.randint(0, 999999), day())),
    (lambda: "engineer didnt turn up for my broadband install",
     lambda: "I'm sorry, Openreach recorded the visit as 'no access' on {}. I've rebooked it for {} {} {} and added {} compensation to your account.".format(
         past(), day(), dt(), rng.choice(["8am-1pm", "1pm-6pm"]), rng.choice(["£30", "£25"]))),
    (lambda: "how much data have I got left?",
     lambda: "You've used {} GB of your {} GB this month and your allowance resets on {}.".format(
         rng.randint(2, 28), rng.choice([30, 50, 100]), dt())),
    (lambda: "can you refund the roaming charges from my holiday? I didnt know",
     lambda: "I can see {} in Zone 3 charges from {} in {}. As a one-off I've refunded {} and set your roaming spend cap to £0.".format(
         money(40, 180), past(), rng.choice(["Turkey", "Egypt", "Morocco", "Dubai"]), money(20, 80))),
    (lambda: "my complaint hasnt been sorted, ref {}".format("C-%06d" % rng.randint(0, 999999)),
     lambda: "I've reviewed the complaint: the case was closed by mistake on {}. I've reopened it and escalated it to our resolutions team, who will call you by {}. Your reference stays the same.".format(past(), day())),
    (lambda: "why did my direct debit go up?",
     lambda: "Your plan went from {} to {} a month in April under the annual price change, and you also added a {} Disney+ add-on on {}.".format(
         money(18, 30), money(20, 33), rng.choice(["£5.99", "£4.99"]), past())),
    (lambda: "I was promised a discount by retentions and its not on my bill",
     lambda: "I can see the note from your call on {}: {} off for 6 months was agreed but not applied. I've applied it now and backdated {} to your next bill.".format(
         past(), rng.choice(["£5", "£8", "£10"]), money(5, 20))),
    (lambda: "is my eSIM QR code ready? it says pending",
     lambda: "The eSIM request on your line ending {} failed because of a profile error. I've generated a new one and sent it to the email on your account ending {}; it's valid for 24 hours.".format(
         "%03d" % rng.randint(0, 999), rng.choice(["@gmail.com", "@outlook.com", "@icloud.com"]))),
]
GENERAL = [
    ("how much is roaming in Spain?", "Spain is in Zone 1, so you can use your UK allowance for £2.25 a day, or free if your plan includes Roam Free. There's a 30 GB fair use limit."),
    ("how do I get my PAC code", "Text PAC to 65075 from your phone. The code is valid for 30 days."),
    ("what's the APN for data", "Set the APN to mobile.halo.net and leave the username and password blank."),
    ("router light is orange what does that mean", "Solid orange means no broadband signal, so check the cable into the wall socket. If it's flashing orange, restart the router and run the line test in the app."),
    ("how do I switch to eSIM", "In the app go to Account > SIM > Switch to eSIM while on Wi-Fi, scan the QR code or tap Install, then restart your phone."),
    ("whats the excess on phone protect for a cracked screen", "The excess for a screen repair on Phone Protect is £25."),
    ("lost my phone what do I do", "Bar your SIM straight away in the app under Account > SIM > Bar SIM, or call 0330 088 4100 from another phone. A replacement SIM is free."),
    ("how much is roaming in the US", "The USA is in Zone 2, so you'd need the Roam Further add-on at £6 a day."),
    ("how do I turn on wifi calling", "On iPhone go to Settings > Phone > Wi-Fi Calling; on Android it's under Connections > Wi-Fi Calling. It uses your normal allowance."),
    ("can I change the date my direct debit comes out", "Yes, you can change your payment date once every 3 months in the app under Account > Payments."),
    ("how do I complain", "Start a chat or call 0330 088 4000 and say you'd like to make a complaint. We aim to resolve it within 5 working days."),
]
AGENTS = ["agent.1042", "agent.2207", "agent.0931", "agent.3318", "agent.1776", "agent.2645"]
OPEN = ["", "", "hi ", "Hello, ", "hey, ", "Hi there "]
recs = []
for i in range(120):
    if rng.random() < 0.8:
        q, a = rng.choice(ACCOUNT)
        q, a = q(), a()
        src = "account"
    else:
        q, a = rng.choice(GENERAL)
        src = "general"
    recs.append({"chat_id": "APP-%07d" % (8800000 + i * 13 + rng.randint(0, 12)),
                 "started": "2024-10-%02dT%02d:%02d" % (rng.randint(1, 31), rng.randint(7, 22), rng.randint(0, 59)),
                 "customer_message": (lambda o: o + (q[0].lower() + q[1:] if o else q))(rng.choice(OPEN)),
                 "agent_final_answer": a,
                 "handled_by": rng.choice(AGENTS)})
recs.sort(key=lambda r: r["started"])
with open(os.path.join(HERE, "chat_samples.jsonl"), "w", encoding="utf-8") as f:
    for r in recs:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote", len(KB), "articles and", len(recs), "chats")
