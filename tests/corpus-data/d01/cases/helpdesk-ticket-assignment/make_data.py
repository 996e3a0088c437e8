#!/usr/bin/env python3
"""Writes tickets_h1_2024.jsonl: service-desk tickets with the resolver group that closed them."""
import json, os, random, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(4242)

APPS = ["Workday", "Salesforce", "SAP", "Jira", "Confluence", "ServiceNow", "Tableau", "the expenses portal"]
SITES = ["Leeds", "Manchester", "the London office", "Birmingham", "Glasgow", "Bristol", "home"]
FLOORS = ["2nd floor", "3rd floor", "ground floor", "4th floor", "mezzanine"]
ROOMS = ["Ocean", "Pennine", "Thames", "Boardroom 1", "Huddle 4B", "Cedar", "Training Room 2", "Atrium"]
DEVICES = ["Latitude 7440", "Latitude 5430", "XPS 13", "ThinkPad T14", "Surface Pro 9", "MacBook Air"]
PRINTERS = ["PRN-LDS-02", "PRN-MAN-11", "PRN-LON-3F", "PRN-BHM-01", "the big Ricoh by the kitchen", "the Canon on {floor}"]

def fill(s):
    s = s.replace("{prn}", rng.choice(PRINTERS))
    return (s.replace("{app}", rng.choice(APPS)).replace("{site}", rng.choice(SITES)).replace("{floor}", rng.choice(FLOORS))
             .replace("{room}", rng.choice(ROOMS)).replace("{dev}", rng.choice(DEVICES))
             .replace("{n}", str(rng.randint(2, 9))).replace("{err}", rng.choice(["0x80070005", "0x800CCC0E", "809", "CAA20002", "AADSTS50076", "0xc000021a", "691"])))

GROUPS = {
 "IAM-Access": (0.22, [
   ("Locked out", "my account is locked after too many password attempts"),
   ("Password reset", "need my password reset, it expired while I was on leave"),
   ("MFA not working", "the Authenticator app isn't sending the push any more, got a new phone"),
   ("Okta error", "Okta says my account is suspended when I try to log into {app}"),
   ("Access request", "can I get access to the {app} finance workspace, my manager has approved"),
   ("New starter account", "new starter on Monday needs an AD account and email"),
   ("MFA reset", "lost my phone so cant do MFA, error {err}"),
   ("Shared mailbox access", "please add me to the payroll shared mailbox permissions"),
   ("SSO loop", "single sign-on keeps looping back to the login page for {app}"),
   ("Leaver", "please disable the account for a leaver, last day was Friday")]),
 "Network": (0.17, [
   ("VPN won't connect", "GlobalProtect VPN won't connect from {site}, error {err}"),
   ("VPN drops", "VPN keeps dropping every {n} minutes"),
   ("Wifi", "the corporate wifi on the {floor} keeps disconnecting"),
   ("No network", "network port at my desk is dead, no link light"),
   ("Slow internet", "internet is super slow in {site} today, pages timing out"),
   ("Guest wifi", "visitor can't get onto guest wifi, the voucher doesn't work"),
   ("Can't reach server", "can't reach the file share, says network path not found"),
   ("Wifi cert", "laptop says the wifi certificate is not trusted")]),
 "Endpoint": (0.21, [
   ("Laptop slow", "my {dev} is really slow since the last update"),
   ("Blue screen", "blue screen on startup, stop code {err}"),
   ("Battery", "battery on my {dev} only lasts an hour now"),
   ("Install software", "need Visual Studio Code installed, company portal says not available"),
   ("Laptop won't boot", "{dev} won't turn on, just a black screen and fans"),
   ("Docking station", "the dock isn't detecting my second monitor"),
   ("BitLocker", "BitLocker is asking for a recovery key after a BIOS update"),
   ("Replacement laptop", "keyboard on my {dev} has keys missing, need a replacement"),
   ("Intune compliance", "Intune says my device is not compliant"),
   ("Windows update stuck", "windows update stuck at {n}0 percent for hours")]),
 "Print": (0.12, [
   ("Printer offline", "{prn} shows offline for everyone"),
   ("Paper jam", "{prn} keeps jamming on tray 2"),
   ("Toner", "{prn} is out of toner, says replace black cartridge"),
   ("Scan to email", "scan to email on {prn} isnt sending anything"),
   ("Printing blank pages", "{prn} prints blank pages"),
   ("Add printer", "how do I add {prn} to my laptop, it's not in the list"),
   ("Print queue stuck", "my print job is stuck in the queue and nothing comes out of {prn}")]),
 "Collaboration": (0.20, [
   ("Outlook crashing", "Outlook crashes every time I open a calendar invite"),
   ("Teams audio", "people can't hear me on Teams calls, mic works elsewhere"),
   ("OneDrive sync", "OneDrive shows a red cross and files aren't syncing"),
   ("SharePoint permissions", "can't open the SharePoint site for the project, says access denied"),
   ("Outlook search", "search in Outlook returns nothing for old emails"),
   ("Mailbox full", "mailbox is full, can't send emails, error {err}"),
   ("Teams channel", "need a new Teams channel created for the {app} rollout"),
   ("Calendar delegation", "my assistant can't see my calendar any more"),
   ("Excel co-authoring", "excel file on SharePoint says locked for editing by another user")]),
 "AV-Rooms": (0.08, [
   ("Room screen", "the screen in {room} won't pick up the laptop over HDMI"),
   ("Room booking panel", "the booking panel outside {room} is blank"),
   ("Conference camera", "Poly camera in {room} isn't showing in Teams Rooms"),
   ("Projector", "projector in {room} has no signal"),
   ("Room audio", "ceiling mics in {room} pick up nothing, remote side can't hear"),
   ("Town hall AV", "need AV support for the town hall in the Atrium on Thursday"),
   ("Clickshare", "ClickShare button in {room} doesn't pair")]),
}

GREET = ["", "Hi,", "Hello team,", "Hi IT,", "Morning,", "Hiya", "Hi there,", "Dear Service Desk,"]
SINCE = ["since this morning", "since yesterday", "for a couple of days", "on and off all week", "after the weekend", "", "", "since I got back from leave"]
EXTRA = ["", "", "Already tried restarting.", "I've rebooted twice.", "Colleagues have the same issue.", "It's urgent, I have a deadline.",
         "Can someone call me on ext {n}4{n}{n}?", "Screenshot attached.", "Not sure if this is the right place to ask.",
         "I'm working from {site} today.", "This happened before last month too."]
SIGN = ["", "Thanks", "Thanks!", "Cheers", "Many thanks", "Regards", "ta"]
DEPTS = ["Finance", "HR", "Sales", "Operations", "Legal", "Marketing", "Customer Service", "Engineering", "Procurement"]
RESOLVERS = {"IAM-Access": ["k.singh", "p.lewis"], "Network": ["t.boateng", "e.walsh"], "Endpoint": ["m.ito", "r.clarke", "s.ahmed"],
             "Print": ["j.doyle"], "Collaboration": ["h.meyer", "o.ali"], "AV-Rooms": ["b.foster"]}

def typo(s, p=0.04):
    out = []
    for w in s.split(" "):
        if len(w) > 3 and w.isalpha() and rng.random() < p:
            i = rng.randrange(1, len(w) - 1)
            k = rng.random()
            w = w[:i] + w[i+1:] if k < 0.4 else (w[:i] + w[i+1] + w[i] + w[i+2:] if k < 0.7 else w[:i] + w[i] + w[i:])
        out.append(w)
    return " ".join(out)

def main():
    names = list(GROUPS)
    weights = [GROUPS[g][0] for g in names]
    start = datetime.datetime(2024, 1, 2, 8, 0)
    with open(os.path.join(HERE, "tickets_h1_2024.jsonl"), "w", encoding="utf-8") as f:
        for i in range(1800):
            g = rng.choices(names, weights)[0]
            subj, body = rng.choice(GROUPS[g][1])
            body = fill(body)
            since = rng.choice(SINCE)
            sent = body + ((" " + since) if since and rng.random() < 0.6 else "")
            sent = sent[0].upper() + sent[1:] + "."
            parts = [rng.choice(GREET), sent, fill(rng.choice(EXTRA)), rng.choice(SIGN)]
            text = typo(" ".join(p for p in parts if p))
            if rng.random() < 0.1:
                text = text.lower()
            subject = subj if rng.random() < 0.7 else rng.choice(["Help", "Issue", "urgent", "problem", "IT issue", "Request", subj.lower()])
            group = g if rng.random() > 0.025 else rng.choice(names)
            opened = start + datetime.timedelta(minutes=int(i * 181 * 24 * 60 / 1800) + rng.randint(0, 50))
            rec = {"ticket_id": f"INC{1040000 + i * 3 + rng.randint(0, 2)}", "opened": opened.strftime("%Y-%m-%dT%H:%M"),
                   "requester_dept": rng.choice(DEPTS), "channel": rng.choice(["email", "portal", "portal", "phone", "chat"]),
                   "subject": subject, "description": text, "assignment_group": group,
                   "resolved_by": rng.choice(RESOLVERS[group])}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
