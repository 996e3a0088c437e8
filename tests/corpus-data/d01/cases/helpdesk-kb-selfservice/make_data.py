#!/usr/bin/env python3
"""Writes kb_export/*.md (service-desk knowledge articles) and resolved_questions.csv (user questions with the agent's answer)."""
import csv, os, random, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(2020)

# kb id -> (title, last reviewed, body paragraphs, [(question variants, answer)])
KB = [
 ("KB0101", "Connecting to the VPN (GlobalProtect)", "2024-05-14",
  ["Portal address: vpn.corp.harbourline.net. Use your normal network credentials and approve the MFA push.",
   "If you get error 'Gateway not found', switch gateway to UK-South-2 in Settings > Gateway.",
   "The VPN disconnects automatically after 12 hours; reconnect to continue."],
  [(["what's the VPN portal address?", "which address do I put in GlobalProtect?"], "Use vpn.corp.harbourline.net with your normal network credentials and approve the MFA push (KB0101)."),
   (["VPN says gateway not found", "globalprotect gateway not found error"], "Switch the gateway to UK-South-2 under Settings > Gateway (KB0101)."),
   (["why does my vpn drop after a day?"], "The VPN disconnects automatically after 12 hours; just reconnect (KB0101).")]),
 ("KB0107", "Resetting your password with self-service", "2024-02-02",
  ["Go to https://reset.harbourline.net from any device. You need to have registered two methods.",
   "Passwords must be at least 14 characters and cannot reuse your last 10 passwords.",
   "After a reset, allow up to 15 minutes for the change to reach email on mobile devices."],
  [(["where do I reset my password?", "forgot password, is there a self service site?"], "Use https://reset.harbourline.net; you need two registered methods (KB0107)."),
   (["how long does a password need to be?", "password rules?"], "At least 14 characters and it can't reuse your last 10 passwords (KB0107)."),
   (["reset my password but phone email still failing"], "Allow up to 15 minutes for the change to reach email on mobile devices (KB0107).")]),
 ("KB0112", "Account lockout", "2024-03-20",
  ["Accounts lock after 5 failed sign-in attempts and unlock automatically after 30 minutes.",
   "For an immediate unlock call the service desk on extension 4357 and verify with your employee number."],
  [(["how many tries before I get locked out?", "account locked - how long until it unlocks?"], "It locks after 5 failed attempts and unlocks automatically after 30 minutes (KB0112)."),
   (["need my account unlocked now", "locked out, can't wait"], "Call the service desk on extension 4357 and verify with your employee number (KB0112).")]),
 ("KB0120", "Setting up MFA on a new phone", "2024-06-01",
  ["Sign in at https://aka.ms/mysignins from a PC, choose Security info, and add Microsoft Authenticator.",
   "If you no longer have the old phone, raise a 'MFA reset' request in the portal under Accounts & Access; resets are completed within 4 working hours."],
  [(["got a new phone how do I move authenticator?", "set up MFA on new mobile"], "Go to https://aka.ms/mysignins, choose Security info and add Microsoft Authenticator (KB0120)."),
   (["lost my phone, can't do MFA", "MFA reset how long?"], "Raise an 'MFA reset' request under Accounts & Access; it's done within 4 working hours (KB0120).")]),
 ("KB0133", "Printing: adding a printer (FollowMe)", "2023-11-08",
  ["All office printers use FollowMe secure print. Add the queue \\\\print01\\FollowMe-Mono or \\\\print01\\FollowMe-Colour.",
   "Release your job at any printer by tapping your badge. Jobs are deleted after 24 hours if not released."],
  [(["how do I add a printer?", "which print queue do I add?"], "Add \\\\print01\\FollowMe-Mono or \\\\print01\\FollowMe-Colour, then release at any printer with your badge (KB0133)."),
   (["my print job disappeared overnight"], "Unreleased FollowMe jobs are deleted after 24 hours (KB0133).")]),
 ("KB0134", "Scan to email", "2023-11-08",
  ["Scans are sent from scanner@harbourline.net to your own mailbox only. Maximum attachment size is 20 MB; larger scans are split."],
  [(["scan to email not arriving", "scans not coming through"], "Scans come from scanner@harbourline.net to your own mailbox only; check that sender isn't blocked. Max 20 MB per attachment (KB0134).")]),
 ("KB0140", "Mailbox size and archiving", "2024-01-10",
  ["Standard mailboxes are 50 GB. Online Archive is enabled automatically at 45 GB.",
   "Items older than 2 years move to the archive automatically."],
  [(["how big is my mailbox allowed to be?", "mailbox full, what's the limit?"], "Standard mailboxes are 50 GB; Online Archive switches on automatically at 45 GB (KB0140)."),
   (["where did my old emails go?"], "Items older than 2 years are moved to your Online Archive automatically (KB0140).")]),
 ("KB0145", "Shared mailbox access", "2024-04-22",
  ["Access to a shared mailbox must be approved by the mailbox owner. Request it in the portal under Email > Shared mailbox access.",
   "Once approved, the mailbox appears in Outlook within 60 minutes."],
  [(["how do I get access to a shared mailbox?", "shared mailbox access request"], "Request it under Email > Shared mailbox access; the mailbox owner approves it (KB0145)."),
   (["approved for shared mailbox but can't see it"], "It can take up to 60 minutes to appear in Outlook after approval (KB0145).")]),
 ("KB0152", "Teams meeting rooms", "2024-05-02",
  ["Room systems are Poly Studio X50. To join, tap the meeting on the room panel; to share, use the ClickShare button or HDMI.",
   "For room faults call AV support on extension 4460 between 08:00 and 18:00."],
  [(["who do I call when the meeting room screen isn't working?", "room AV broken, number?"], "AV support on extension 4460, 08:00 to 18:00 (KB0152)."),
   (["how do I share my screen in a meeting room?"], "Use the ClickShare button or the HDMI cable on the Poly Studio X50 (KB0152).")]),
 ("KB0160", "Requesting software", "2024-03-05",
  ["Approved software is in Company Portal. Anything else needs a software request form (SRF) approved by your line manager and the Architecture board.",
   "Standard SRF turnaround is 5 working days."],
  [(["how do I get software that isn't in company portal?", "software request process?"], "Submit a software request form (SRF) approved by your line manager and the Architecture board (KB0160)."),
   (["how long does a software request take?"], "Standard SRF turnaround is 5 working days (KB0160).")]),
 ("KB0166", "Laptop replacement and loan devices", "2024-02-19",
  ["Laptops are refreshed every 4 years. Loan laptops are available from the IT bar on the 2nd floor of Quay House for up to 10 working days."],
  [(["when do I get a new laptop?", "laptop refresh cycle?"], "Laptops are refreshed every 4 years (KB0166)."),
   (["can I borrow a laptop while mine is repaired?", "loan laptop?"], "Yes, from the IT bar on the 2nd floor of Quay House, for up to 10 working days (KB0166).")]),
 ("KB0171", "BitLocker recovery", "2024-04-09",
  ["If your laptop asks for a BitLocker recovery key, go to https://aka.ms/aadrecoverykey from another device and sign in, or call extension 4357.",
   "Never share the 48-digit key by email."],
  [(["laptop asking for bitlocker recovery key", "bitlocker key?"], "Get it at https://aka.ms/aadrecoverykey from another device, or call extension 4357. Never email the 48-digit key (KB0171).")]),
 ("KB0178", "Wi-Fi networks", "2024-01-29",
  ["Staff devices connect to HL-Secure automatically. Personal devices and visitors use HL-Guest; vouchers last 8 hours and are issued at reception."],
  [(["what wifi do visitors use?", "guest wifi voucher how long?"], "HL-Guest with a voucher from reception, valid 8 hours (KB0178)."),
   (["which wifi should my laptop be on?"], "Staff devices connect to HL-Secure automatically (KB0178).")]),
 ("KB0183", "OneDrive limits and sync", "2024-03-27",
  ["Each user has 1 TB of OneDrive. Files over 250 GB cannot be synced. File paths must be under 400 characters."],
  [(["how much onedrive space do I get?"], "1 TB per user (KB0183)."),
   (["onedrive won't sync a file", "onedrive red cross on a file"], "Check size and path: files over 250 GB can't sync and paths must be under 400 characters (KB0183).")]),
 ("KB0190", "New starter accounts", "2024-06-10",
  ["Hiring managers raise a New Starter request at least 10 working days before the start date. The account is created 2 days before start and credentials go to the manager."],
  [(["how far in advance do I request a new starter account?", "new starter lead time?"], "At least 10 working days before the start date; the account is created 2 days before start (KB0190).")]),
 ("KB0194", "Leavers", "2024-06-10",
  ["Accounts are disabled at 17:30 on the last working day and deleted after 90 days. Mailboxes can be delegated to the manager for 30 days."],
  [(["when is a leaver's account turned off?", "leaver account disable time?"], "At 17:30 on the last working day; deleted after 90 days (KB0194)."),
   (["can I get access to a leaver's mailbox?"], "Yes, it can be delegated to the manager for 30 days (KB0194).")]),
 ("KB0201", "Phishing reporting", "2024-05-20",
  ["Use the 'Report Phishing' button in Outlook. If you clicked a link or entered credentials, also call the security hotline on extension 4999 immediately."],
  [(["how do I report a phishing email?", "got a dodgy email"], "Use the 'Report Phishing' button in Outlook (KB0201)."),
   (["I clicked a link in a phishing email", "entered my password on a fake site"], "Call the security hotline on extension 4999 immediately, and report the email with 'Report Phishing' (KB0201).")]),
 ("KB0206", "Mobile phones", "2023-12-12",
  ["Company phones are iPhone SE or iPhone 15 depending on role. Personal phones can access email via Outlook app after Intune enrolment of the app (MAM)."],
  [(["can I get work email on my own phone?"], "Yes, through the Outlook app once the app is enrolled with Intune (MAM) (KB0206).")]),
 ("KB0212", "Docking stations and monitors", "2024-02-07",
  ["Hot desks have Dell WD19S docks. If monitors aren't detected, unplug the dock power for 10 seconds and reconnect the USB-C cable."],
  [(["second monitor not detected on the dock", "dock not working at hot desk"], "Unplug the WD19S dock power for 10 seconds and reconnect the USB-C cable (KB0212).")]),
 ("KB0219", "Service desk hours and contacts", "2024-06-17",
  ["The service desk is open 07:00 to 19:00 Monday to Friday on extension 4357 or servicedesk@harbourline.net. Out of hours, P1 incidents only on +44 161 555 0199."],
  [(["what are the service desk hours?", "when is IT open?"], "07:00 to 19:00 Monday to Friday, extension 4357 or servicedesk@harbourline.net (KB0219)."),
   (["IT number out of hours?"], "For P1 incidents only, call +44 161 555 0199 out of hours (KB0219).")]),
]
PREFIX = ["", "", "hi, ", "Hi - ", "quick one: ", "Hello, ", "sorry if this is obvious but "]

def main():
    out = os.path.join(HERE, "kb_export")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    pairs = []
    for kb, title, rev, paras, qas in KB:
        with open(os.path.join(out, f"{kb}_{title.split(':')[0].split('(')[0].strip().lower().replace(' ', '_').replace('-', '')}.md"), "w", encoding="utf-8") as f:
            f.write(f"# {kb} - {title}\n\nLast reviewed: {rev}  \nAudience: all staff  \nOwner: Service Desk Knowledge\n\n")
            for p in paras:
                f.write(p + "\n\n")
        for variants, ans in qas:
            for v in variants:
                pairs.append((v, ans))
    rng.shuffle(pairs)
    with open(os.path.join(HERE, "resolved_questions.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["source_ticket", "channel", "user_question", "agent_answer"])
        for i, (q, a) in enumerate(pairs):
            q = rng.choice(PREFIX) + q
            w.writerow([f"INC{2051000 + i * 13}", rng.choice(["chat", "email", "portal", "phone note"]), q, a])

if __name__ == "__main__":
    main()
