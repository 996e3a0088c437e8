"""Generate enquiries_2023_24.csv: admissions inbox enquiries with the team each was
forwarded to on triage. Standard library only; seeded so every run writes the same file."""
import csv
import datetime
import os
import random

rng = random.Random(4402)
HERE = os.path.dirname(os.path.abspath(__file__))

PROGS = ["BSc Computer Science", "MSc Data Science", "LLB Law", "BA History", "MEng Civil Engineering",
         "MSc Management", "BSc Nursing", "MA Creative Writing", "BSc Psychology", "MBA",
         "BSc Biomedical Science", "MSc Finance", "BA Architecture", "PhD Chemistry"]
COUNTRIES = ["Nigeria", "India", "China", "Pakistan", "Malaysia", "Ghana", "Saudi Arabia",
             "the US", "Vietnam", "Kenya", "Germany", "Brazil", "Bangladesh", "Hong Kong"]
NAMES = ["Chidi", "Ananya", "Wei", "Fatima", "Liam", "Aarav", "Sofia", "Kwame", "Mei",
         "Omar", "Ellie", "Jack", "Zara", "Tunde", "Hiroshi", "Grace", "Yusuf", "Amelia"]


def sl():
    return {
        "prog": rng.choice(PROGS),
        "country": rng.choice(COUNTRIES),
        "app": "%d" % rng.randint(2300000, 2399999),
        "amt": rng.choice(["£2,000", "£4,000", "£5,000", "£9,250", "£18,600", "£24,500"]),
        "name": rng.choice(NAMES),
        "grade": rng.choice(["AAB", "ABB", "BBB", "A*AA", "2:1", "2:2", "First", "IB 34", "CGPA 3.2/4"]),
        "ielts": rng.choice(["6.0", "6.5", "7.0", "5.5"]),
        "date": "%d %s" % (rng.randint(1, 28), rng.choice(["June", "July", "August", "September", "January"])),
        "hall": rng.choice(["Eastgate Hall", "Riverside Court", "Marlowe House", "the Quays"]),
        "phone": "+%d %d" % (rng.choice([44, 91, 234, 86, 92]), rng.randint(100000000, 999999999)),
    }


TOPICS = {
    "fees": ["What is the tuition fee for {prog} for international students, and can I pay in instalments?",
             "I paid a deposit of {amt} but my portal still says deposit outstanding.",
             "Am I eligible for the {amt} International Excellence scholarship for {prog}?",
             "Can my sponsor pay the fees directly? They need an invoice for {amt}.",
             "Is there any funding or bursary for home students on {prog}?",
             "How do I get a refund of my deposit if my visa is refused?",
             "Do I qualify for home fee status? I've lived in the UK for 3 years on a dependant visa."],
    "visas": ["When will I receive my CAS for {prog}? My visa appointment is on {date}.",
              "My student visa was refused, what should I do now? Application {app}.",
              "Can I bring my spouse and children on a Student visa for {prog}?",
              "The CAS has my passport number wrong, can it be reissued?",
              "Do I need an ATAS certificate for {prog}?",
              "What financial evidence do I need to show for the visa, how many months of bank statements?",
              "I am currently on a Graduate visa, can I switch to a Student visa for {prog}?"],
    "entry": ["I have {grade}, will that meet the entry requirements for {prog}?",
              "My IELTS overall is {ielts} with 5.5 in writing, is that accepted?",
              "Do you accept qualifications from {country} for {prog}?",
              "Is there a foundation year option if I don't meet the grades for {prog}?",
              "Will you accept the Duolingo English Test instead of IELTS?",
              "I missed my offer by one grade ({grade}), is there any flexibility?",
              "Can I apply for {prog} without a maths A level?"],
    "status": ["I applied for {prog} two months ago (ref {app}), any update on a decision?",
               "My application {app} shows 'under consideration' since March, is something missing?",
               "I accepted my offer but the portal still shows conditional.",
               "Has my application for {prog} been sent to the department yet?",
               "I received a rejection for {prog}, can I be considered for a different course?",
               "When will interview invitations for {prog} be sent out?",
               "Could you confirm my offer is unconditional now that results are out? Ref {app}."],
    "accom": ["Is accommodation guaranteed for first year international students?",
              "I want to apply for a room in {hall}, when does the portal open?",
              "Can I defer my accommodation contract if I arrive on {date}?",
              "Is there family accommodation for students with children?",
              "What is the rent for an en-suite in {hall}?",
              "I've been allocated {hall} but I asked for catered, can I swap?"],
    "docs": ["I have uploaded my transcript but it says not received. Ref {app}.",
             "Do my certificates from {country} need to be certified translations?",
             "Where do I send my original degree certificate for verification?",
             "My university in {country} will send transcripts directly, what email should they use?",
             "Can I submit my reference letter after the deadline?",
             "The portal won't let me upload my passport scan, file is a PDF."],
}
GENERIC = ["Following up on my previous email, please reply.", "Hi, any update?",
           "Please see attached.", "Can someone call me back on {phone}?",
           "I sent an email last week and haven't heard back.", "Dear Admissions, I have a question about my application, please advise.",
           "Hello, I need help urgently.", "Please reply to my earlier query."]
TEAMS = {"fees": "Fees & Funding", "visas": "Visas & Immigration", "entry": "Entry Requirements",
         "status": "Application Status", "accom": "Accommodation", "docs": "Documents & Transcripts"}
TEAM_NAMES = list(TEAMS.values())
TINY = {"Alumni Relations": 3, "Press Office": 2, "Disability Advice": 4}
# duty officers: a few careful staff, many rotation/clearing temps who forward almost at random
TRIAGERS = {"r.akhtar": 0.75, "j.morgan": 0.7, "s.devlin": 0.65,
            "temp.clearing1": 0.15, "temp.clearing2": 0.1, "temp.clearing3": 0.2,
            "k.lowe": 0.35, "p.nwosu": 0.3, "duty.rota": 0.2, "a.fenwick": 0.3}
T_W = [9, 9, 8, 14, 14, 12, 9, 9, 9, 7]
OPEN = ["Dear Sir/Madam,", "Hello,", "Hi,", "Dear Admissions team,", "", "Good afternoon,", "To whom it may concern,"]
CLOSE = ["Kind regards, {name}", "Thank you, {name}", "Regards", "Thanks", "{name}", "", "Best wishes, {name} ({app})"]
SUBJ = {"fees": ["Tuition fees", "Deposit", "Scholarship", "Fee status", "Payment"],
        "visas": ["CAS", "Visa", "Visa refusal", "ATAS", "Dependants"],
        "entry": ["Entry requirements", "IELTS", "Grades", "Eligibility", "Qualification"],
        "status": ["Application update", "Offer", "Decision", "Status", "My application"],
        "accom": ["Accommodation", "Halls", "Room", "Housing"],
        "docs": ["Transcript", "Documents", "Upload problem", "Certificates"]}
GEN_SUBJ = ["Enquiry", "Question", "Urgent", "Re: Enquiry", "Follow up", "(no subject)", "Help"]

topics = list(TOPICS)
tw = [20, 15, 18, 22, 12, 13]
triagers = list(TRIAGERS)
rows = []
start = datetime.date(2023, 10, 2)
N = 1700
for i in range(N):
    t = rng.choices(topics, tw)[0]
    s = sl()
    generic = rng.random() < 0.2
    core = rng.choice(GENERIC if generic else TOPICS[t]).format(**s)
    body = " ".join(x for x in [rng.choice(OPEN), core, rng.choice(CLOSE).format(**s)] if x)
    subj = rng.choice(GEN_SUBJ if (generic or rng.random() < 0.2) else SUBJ[t])
    who = rng.choices(triagers, T_W)[0]
    if not generic and rng.random() < TRIAGERS[who]:
        team = TEAMS[t]
    else:
        team = rng.choice(TEAM_NAMES)
    if who.startswith("temp") and team == "Fees & Funding" and rng.random() < 0.5:
        team = "Finance"
    d = start + datetime.timedelta(days=i * 330 // N)
    rows.append([d, subj, body, team, who])

# resent emails: same body, triaged again by someone else
for _ in range(95):
    d, subj, body, team, who = rows[rng.randrange(len(rows))]
    who2 = rng.choice([x for x in triagers if x != who])
    team2 = rng.choice([x for x in TEAM_NAMES if x != team])
    rows.append([d + datetime.timedelta(days=rng.randint(1, 9)), "Re: " + subj, body, team2, who2])
for lab, k in TINY.items():
    for _ in range(k):
        s = sl()
        body = rng.choice(GENERIC + TOPICS[rng.choice(topics)]).format(**s)
        rows.append([start + datetime.timedelta(days=rng.randint(0, 330)), rng.choice(GEN_SUBJ), body, lab,
                     rng.choice(triagers)])
rows.sort(key=lambda r: (r[0], r[2]))
with open(os.path.join(HERE, "enquiries_2023_24.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["enquiry_id", "received", "programme_level", "applicant_type", "subject", "body",
                "assigned_team", "triaged_by"])
    for k, (d, subj, body, team, who) in enumerate(rows):
        w.writerow(["ENQ-%06d" % (300000 + k * 4 + rng.randint(0, 3)), d.isoformat(),
                    rng.choice(["UG", "UG", "PGT", "PGT", "PGR"]),
                    rng.choice(["International", "International", "Home", "EU"]),
                    subj, body, team, who])
print("wrote enquiries_2023_24.csv", len(rows))
