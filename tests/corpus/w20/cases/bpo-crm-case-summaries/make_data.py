"""Generate summaries.jsonl: chat transcripts paired with accepted CRM case summaries (standard library only)."""
import json, random
random.seed(54)
PRODUCTS = ["SoundBar S300", "Kettle K2 Smart", "Robot Vac R9", "Router AX1800", "Smartwatch Fit 4", "Air Fryer XL", "Earbuds Pro 2"]
ISSUES = [
    ("won't pair over Bluetooth", "reset the device and cleared the pairing list", "Paired successfully", "None", "Resolved"),
    ("stopped charging", "checked cable and adapter, tried a second socket", "Fault confirmed", "Replacement dispatched, RMA {rma}", "Replacement"),
    ("app shows device offline", "reinstalled the app and rejoined the 2.4GHz network", "Back online", "None", "Resolved"),
    ("arrived with cracked casing", "customer sent photos in chat", "Damage in transit confirmed", "Courier claim raised, replacement {rma}", "Replacement"),
    ("firmware update failed", "guided a manual update via USB", "Update failed again", "Escalated to tier 2, callback within 48h", "Escalated"),
    ("asks for refund after 20 days", "checked order date against 30-day policy", "Within policy", "Refund approved, returns label sent", "Refund"),
]
NAMES = ["Sam", "Priya", "Tom", "Aisha", "Marek", "Lena", "Jo", "Kwame"]
CHAT_STEP = {
    "won't pair over Bluetooth": "Please hold the power button for 10 seconds, then remove it from your phone's Bluetooth list and pair again.",
    "stopped charging": "Can you try a different cable and a different socket for me?",
    "app shows device offline": "Please reinstall the app and reconnect the device to your 2.4GHz network.",
    "arrived with cracked casing": "Could you send a couple of photos of the damage here in the chat?",
    "firmware update failed": "Let's try the manual update: connect it by USB and open the updater on your computer.",
    "asks for refund after 20 days": "Let me check your order date against our 30-day policy.",
}
SYSTEM = "Summarise the chat for the client's CRM."
with open("summaries.jsonl", "w") as f:
    for i in range(1200):
        prod = random.choice(PRODUCTS)
        issue, steps, finding, action, outcome = random.choice(ISSUES)
        rma = "RMA-%06d" % random.randint(100000, 999999)
        cust, agent = random.choice(NAMES), random.choice(["Dan (agent)", "Maria (agent)", "Yusuf (agent)", "Chloe (agent)"])
        chat = (f"{agent}: Hi, thanks for contacting support, how can I help?\n"
                f"{cust}: Hi, my {prod} {issue}. Order {random.randint(4000000, 4999999)}.\n"
                f"{agent}: Sorry to hear that. {CHAT_STEP[issue]}\n"
                f"{cust}: ok done\n"
                f"{agent}: Thanks. {finding}. {action.format(rma=rma)}.\n"
                f"{cust}: {random.choice(['great thanks', 'ok', 'thanks for your help', 'fine'])}")
        summary = (f"ISSUE: {prod} - {issue}\n"
                   f"STEPS: {steps[0].upper() + steps[1:]}\n"
                   f"FINDING: {finding}\n"
                   f"NEXT ACTION: {action.format(rma=rma)}\n"
                   f"OUTCOME CODE: {outcome.upper()}")
        rec = {"messages": [{"role": "system", "content": SYSTEM},
                            {"role": "user", "content": chat},
                            {"role": "assistant", "content": summary}]}
        f.write(json.dumps(rec) + "\n")
print("wrote 1200 records")
