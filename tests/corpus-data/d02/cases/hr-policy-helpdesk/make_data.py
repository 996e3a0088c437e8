"""Generate policies/*.md (intranet policy pages) and questions.jsonl (HR helpdesk
questions with the answer HR sent). Standard library only; seeded."""
import json
import os
import random

rng = random.Random(1408)
HERE = os.path.dirname(os.path.abspath(__file__))
PDIR = os.path.join(HERE, "policies")
os.makedirs(PDIR, exist_ok=True)

POLICIES = {
"annual-leave.md": ("Annual Leave Policy", "HR-POL-004", "4.2", "2024-03-01", """
## 1. Scope
Applies to all employees of Halden Group UK on permanent and fixed-term contracts.

## 2. Entitlement
2.1 Full-time employees receive 27 days' annual leave per holiday year plus the 8 UK bank holidays.
2.2 Entitlement increases by 1 day after 3 years' continuous service and by a further 1 day after 5 years' service, to a maximum of 29 days.
2.3 Part-time employees receive a pro rata entitlement based on contracted hours, including bank holidays.

## 3. Booking leave
3.1 Leave is requested through Workday and approved by your line manager.
3.2 Requests for more than 3 consecutive working days must be made at least 2 weeks in advance.
3.3 No more than 10 consecutive working days may be taken without approval from your Head of Department.

## 4. Carry over
4.1 Up to 5 days of unused leave may be carried over into the next holiday year.
4.2 Carried-over days must be used by 31 March; any not used by then are lost.
4.3 Leave not taken because of sickness or family leave is carried over in full.

## 5. Buying extra leave
5.1 Employees may buy up to 5 additional days per year through salary sacrifice.
5.2 The purchase window is open during November each year, for the following holiday year.
"""),
"sick-leave.md": ("Sickness Absence Policy", "HR-POL-007", "3.0", "2024-01-15", """
## 1. Reporting absence
1.1 Call or message your line manager before 10:00 on the first day of absence. Email alone is not enough.
1.2 Record the absence in Workday on the day you return.

## 2. Evidence
2.1 You may self-certify for up to 7 calendar days.
2.2 From day 8 a fit note from a GP or hospital is required.

## 3. Company sick pay
3.1 After completing probation, employees receive full pay for up to 10 weeks and then half pay for up to 10 weeks in any rolling 12-month period.
3.2 During probation only Statutory Sick Pay is paid.

## 4. Return to work
4.1 Your line manager will hold a return-to-work conversation within 3 working days of your return.
4.2 A referral to Occupational Health is made after 4 weeks' continuous absence, or after 3 separate absences in 6 months.
"""),
"family-leave.md": ("Family Leave Policy", "HR-POL-011", "5.1", "2023-11-20", """
## 1. Maternity and adoption leave
1.1 Employees with 26 weeks' continuous service by the 15th week before the expected week of childbirth (EWC) receive enhanced pay: 26 weeks at full pay, followed by 13 weeks of Statutory Maternity Pay.
1.2 The same enhanced pay applies to primary adopters, with service measured at the matching date.
1.3 Notify HR using form HR-PL1 no later than the 15th week before the EWC.

## 2. Partner leave
2.1 Partners receive 6 weeks' partner leave at full pay.
2.2 Partner leave may be taken in blocks of at least one week, within 12 months of the birth or placement.

## 3. Shared parental leave
3.1 Shared parental pay is enhanced to match section 1.1 for the birth parent's share.

## 4. Keeping in touch
4.1 Up to 10 Keeping in Touch (KIT) days may be worked during leave, paid at your normal daily rate.
"""),
"expenses.md": ("Travel and Expenses Policy", "FIN-POL-002", "6.3", "2024-05-06", """
## 1. Claiming
1.1 Submit claims in Concur within 60 days of the expense being incurred. Late claims are rejected.
1.2 Itemised receipts are required for any expense above £10.

## 2. Accommodation
2.1 Hotel cap: £180 per night in London, £120 per night elsewhere in the UK, including breakfast.
2.2 Book through the travel portal (Clarity) wherever possible.

## 3. Meals and subsistence
3.1 When staying away overnight, meals may be claimed up to £35 per day.
3.2 Alcohol is not reimbursed, except for client entertainment pre-approved by a Director.

## 4. Mileage
4.1 Business mileage in a personal car is paid at 45p per mile for the first 10,000 miles in the tax year and 25p per mile after that.
4.2 Commuting between home and your normal office is not business mileage.

## 5. Approval
5.1 Your line manager approves claims up to £1,000. Claims above £1,000 also need the budget holder's approval.
"""),
"hybrid-and-remote-work.md": ("Hybrid and Remote Working Policy", "HR-POL-019", "2.4", "2024-02-12", """
## 1. Hybrid pattern
1.1 Employees in office-based roles work from the office a minimum of 2 days per week, agreed with their team.

## 2. Working abroad
2.1 You may work from outside the UK for up to 20 working days per calendar year, subject to approval.
2.2 Submit form HR-WA2 at least 4 weeks before travel. Approval is needed from your line manager and the Global Mobility team.
2.3 Working from countries on the Restricted Country List (see Global Mobility intranet page) is not permitted.

## 3. Home working equipment
3.1 A one-off home office allowance of £300 is available to new hybrid workers, claimed through Concur within 3 months of joining.
3.2 The company does not contribute to home broadband or energy costs.
"""),
"learning-and-development.md": ("Learning and Development Policy", "HR-POL-023", "1.8", "2023-09-01", """
## 1. Personal learning budget
1.1 Each employee has a learning budget of £1,200 per financial year (April to March).
1.2 Professional body memberships of up to £250 per year may be paid from this budget.

## 2. Study leave
2.1 Up to 5 days' paid study leave per year are available for exams and exam preparation on approved qualifications.

## 3. Repayment
3.1 For any single course costing more than £2,000, repayment applies if you leave voluntarily: 100% if you leave within 6 months of completion, 50% if you leave within 12 months.
3.2 The repayment agreement (form LD-3) must be signed before booking.
"""),
"notice-and-probation.md": ("Probation and Notice Policy", "HR-POL-002", "3.3", "2024-04-01", """
## 1. Probation
1.1 All new employees serve a 6-month probation period, which may be extended once by up to 3 months.
1.2 During probation the notice period on either side is 1 week.

## 2. Notice periods after probation
2.1 Grades A to C: 1 month. Grades D and E: 3 months. Directors: 6 months.

## 3. Resigning
3.1 Resign in writing to your line manager and complete the "Resign" task in Workday.
3.2 The company may place you on garden leave for all or part of your notice period.
3.3 Accrued but untaken holiday is paid in your final salary.
"""),
"bereavement-leave.md": ("Bereavement and Compassionate Leave Policy", "HR-POL-014", "2.0", "2023-06-30", """
## 1. Paid bereavement leave
1.1 Up to 10 days' paid leave on the death of a partner, child or parent.
1.2 Up to 5 days' paid leave on the death of a sibling, grandparent, grandchild or parent-in-law.
1.3 Up to 2 days' paid leave for other relatives or close friends, at your manager's discretion.

## 2. Parental bereavement
2.1 Parents who lose a child under 18, including a stillbirth after 24 weeks of pregnancy, receive 4 weeks' leave at full pay.

## 3. Compassionate leave
3.1 Short-term leave for a serious illness of a dependant may be granted by your manager, paid or unpaid.
"""),
"overtime-and-toil.md": ("Overtime and Time Off in Lieu Policy", "HR-POL-009", "2.2", "2024-01-08", """
## 1. Time off in lieu (TOIL)
1.1 Employees in grades A to C may accrue TOIL at a rate of 1 hour for each extra hour worked.
1.2 Extra hours must be agreed with your manager in advance.
1.3 TOIL must be taken within 3 months of being earned. The maximum balance is 37.5 hours.

## 2. Paid overtime
2.1 Paid overtime applies only to Operations roles on hourly contracts.
2.2 Rates: 1.5x on weekdays and Saturdays, 2x on Sundays and bank holidays.
"""),
"it-equipment.md": ("IT Equipment and Devices Standard", "IT-STD-005", "3.1", "2023-12-04", """
## 1. Laptops
1.1 Standard laptops are refreshed every 4 years.
1.2 Requests for non-standard hardware need a business case approved by your Head of Department.

## 2. Peripherals
2.1 A second monitor, headset or keyboard can be requested through the ServiceNow catalogue item "Peripheral request".

## 3. Lost or stolen devices
3.1 Report a lost or stolen device to the IT Service Desk within 24 hours, on extension 4400 or +44 161 555 4400.

## 4. Personal devices
4.1 Personal phones may be used for email and Teams only after enrolment in Intune.
"""),
"employee-referral-scheme.md": ("Employee Referral Scheme", "HR-POL-031", "1.5", "2024-06-17", """
## 1. Bonus
1.1 £1,500 for a referred candidate hired into grades A to C; £3,000 for grade D and above.
1.2 The bonus is paid in the payroll after the new hire completes 6 months' service. You must still be employed on that date.

## 2. Eligibility
2.1 Hiring managers for the role, members of the Talent Acquisition team and HR Business Partners are not eligible.
2.2 Submit the referral through Workday "Refer a candidate" before the candidate applies. Referrals made after an application are not eligible.
"""),
"gifts-and-hospitality.md": ("Gifts and Hospitality Policy", "LEG-POL-006", "2.7", "2023-10-10", """
## 1. Thresholds
1.1 Gifts or hospitality worth under £50 may be accepted without approval.
1.2 Items worth £50 to £250 must be logged in the Gifts Register within 5 working days.
1.3 Anything over £250 must be declined unless Compliance approves it in advance.

## 2. Never acceptable
2.1 Cash, vouchers or gift cards of any value.
2.2 Any gift or hospitality from a supplier taking part in a live tender you are involved in.
"""),
"speak-up.md": ("Speak Up (Whistleblowing) Policy", "LEG-POL-001", "4.0", "2024-02-28", """
## 1. How to raise a concern
1.1 Concerns can be raised with your manager, with HR, or through the independent Speak Up line on 0800 917 3320 or speakup.halden-group.example.
1.2 The Speak Up line is run by an independent provider, Navex, and you may report anonymously.

## 2. What happens next
2.1 Reports are acknowledged within 7 days.
2.2 The Whistleblowing Officer is the Group General Counsel, Maria Okafor.
2.3 Nobody will suffer detriment for raising a genuine concern.
"""),
"flexible-working.md": ("Flexible Working Policy", "HR-POL-020", "3.0", "2024-04-06", """
## 1. Making a request
1.1 Employees may request flexible working from their first day of employment.
1.2 Up to 2 requests may be made in any 12-month period.
1.3 Use form HR-FW1 in Workday.

## 2. Decision
2.1 The company will give a decision, including any appeal, within 2 months of the request.
2.2 You may appeal a refusal within 14 days to your HR Business Partner.
"""),
}

OWNERS = {"HR": "People Team", "FIN": "Group Finance", "LEG": "Legal & Compliance", "IT": "IT Services"}
for fn, (title, ref, ver, rev, body) in POLICIES.items():
    text = "# %s\n\nDocument ref: %s | Version %s | Revision date: %s | Owner: %s\n%s" % (
        title, ref, ver, rev, OWNERS[ref.split("-")[0]], body)
    with open(os.path.join(PDIR, fn), "w", encoding="utf-8") as f:
        f.write(text)

# (question variants, answer core, policy short name, section)
QA = [
 (["How many days holiday do I get? I'm full time", "what's the annual leave entitlement for full-timers?", "New starter here - how much annual leave do we get?"],
  "Full-time employees get 27 days' annual leave plus the 8 bank holidays", "Annual Leave", "2.1"),
 (["Do I get extra holiday for long service?", "I've been here 5 years, does my leave go up?", "Is there a long service holiday increase?"],
  "Yes, you get 1 extra day after 3 years' service and another after 5 years, up to a maximum of 29 days", "Annual Leave", "2.2"),
 (["How many days can I carry over into next year?", "can i roll over unused holiday?", "I've got 7 days left, can I carry them all over?"],
  "You can carry over up to 5 days, and they must be used by 31 March or they are lost", "Annual Leave", "4.1-4.2"),
 (["How far in advance do I need to book a week off?", "Is there a notice requirement for booking leave?"],
  "For more than 3 consecutive working days you need to request it at least 2 weeks in advance in Workday", "Annual Leave", "3.2"),
 (["Can I take three weeks off in a row?", "I want 15 working days off for a wedding abroad, who approves?"],
  "Anything over 10 consecutive working days needs approval from your Head of Department as well as your line manager", "Annual Leave", "3.3"),
 (["Can I buy extra holiday?", "When can I buy additional leave days?"],
  "Yes, up to 5 extra days a year through salary sacrifice; the purchase window is in November for the following year", "Annual Leave", "5.1-5.2"),
 (["I was off sick during my holiday, do I lose those days?", "What happens to leave I couldn't take because I was on maternity leave?"],
  "Leave you couldn't take because of sickness or family leave is carried over in full", "Annual Leave", "4.3"),
 (["When do I need a fit note?", "How long can I self certify for?", "do I need a doctors note for 4 days off?"],
  "You can self-certify for up to 7 calendar days; from day 8 you need a fit note from a GP or hospital", "Sickness Absence", "2.1-2.2"),
 (["What time do I have to call in sick by?", "Is emailing my manager enough when I'm sick?"],
  "You need to call or message your line manager before 10:00 on the first day; email alone isn't enough", "Sickness Absence", "1.1"),
 (["How much sick pay do we get?", "Will I be paid if I'm off sick for 6 weeks?", "what's company sick pay after probation?"],
  "After probation you get full pay for up to 10 weeks, then half pay for up to 10 weeks, in any rolling 12 months", "Sickness Absence", "3.1"),
 (["I'm still in probation, do I get sick pay?"],
  "During probation only Statutory Sick Pay is paid", "Sickness Absence", "3.2"),
 (["When does Occupational Health get involved?", "My manager mentioned an OH referral, what triggers that?"],
  "A referral is made after 4 weeks' continuous absence, or after 3 separate absences in 6 months", "Sickness Absence", "4.2"),
 (["What's the enhanced maternity pay?", "how much maternity pay does Halden give?", "Do we get more than statutory maternity pay?"],
  "With 26 weeks' service by the 15th week before your due week you get 26 weeks at full pay, then 13 weeks of Statutory Maternity Pay", "Family Leave", "1.1"),
 (["How much paternity leave do I get?", "My partner is due in June, what partner leave can I take?"],
  "You get 6 weeks' partner leave at full pay, taken in blocks of at least a week within 12 months of the birth", "Family Leave", "2.1-2.2"),
 (["Which form do I use to tell HR I'm pregnant?", "How do I notify maternity leave?"],
  "Use form HR-PL1, no later than the 15th week before your expected week of childbirth", "Family Leave", "1.3"),
 (["How many KIT days can I do on mat leave?", "Are keeping in touch days paid?"],
  "You can work up to 10 KIT days, paid at your normal daily rate", "Family Leave", "4.1"),
 (["What's the deadline for submitting expenses?", "I forgot to claim a train ticket from 3 months ago, can I still claim?"],
  "Claims must go into Concur within 60 days of the expense; later claims are rejected", "Travel and Expenses", "1.1"),
 (["What's the hotel limit in London?", "How much can I spend on a hotel in Manchester?", "hotel cap for UK travel?"],
  "The cap is £180 a night in London and £120 a night elsewhere in the UK, including breakfast", "Travel and Expenses", "2.1"),
 (["What's the mileage rate?", "How much per mile do we get for driving to a client?"],
  "45p per mile for the first 10,000 business miles in the tax year, then 25p per mile", "Travel and Expenses", "4.1"),
 (["Do I need a receipt for a coffee?", "When are receipts needed for expenses?"],
  "Itemised receipts are needed for anything above £10", "Travel and Expenses", "1.2"),
 (["How much can I claim for dinner on an overnight trip?", "Meal allowance when staying away?"],
  "Up to £35 a day for meals when you're staying away overnight", "Travel and Expenses", "3.1"),
 (["Who needs to approve a £1,400 expense claim?", "My claim is over a grand, who signs it off?"],
  "Your line manager approves up to £1,000; above that the budget holder must approve as well", "Travel and Expenses", "5.1"),
 (["Can I claim wine at a team dinner?", "Is alcohol reimbursable?"],
  "Alcohol isn't reimbursed, except for client entertainment pre-approved by a Director", "Travel and Expenses", "3.2"),
 (["How many days a week do I have to be in the office?", "what's the minimum office attendance?"],
  "Office-based roles are in the office a minimum of 2 days a week, agreed with your team", "Hybrid and Remote Working", "1.1"),
 (["Can I work from Spain for a couple of weeks?", "How long can I work abroad for?", "Is working from abroad allowed?"],
  "Up to 20 working days per calendar year, with approval; submit form HR-WA2 at least 4 weeks before you travel", "Hybrid and Remote Working", "2.1-2.2"),
 (["Is there a home office allowance?", "Can I claim for a desk and chair for working from home?"],
  "New hybrid workers can claim a one-off £300 home office allowance through Concur within 3 months of joining", "Hybrid and Remote Working", "3.1"),
 (["Does the company pay towards my home broadband?"],
  "No, the company doesn't contribute to home broadband or energy costs", "Hybrid and Remote Working", "3.2"),
 (["What's my learning budget?", "How much training budget do I get each year?"],
  "£1,200 per financial year (April to March)", "Learning and Development", "1.1"),
 (["Can my CIPD membership come out of my learning budget?", "Are professional memberships covered?"],
  "Yes, memberships up to £250 a year can be paid from your learning budget", "Learning and Development", "1.2"),
 (["Do I have to pay back my course fees if I leave?", "If I leave after the MBA do I owe the money back?"],
  "For a course over £2,000 you repay 100% if you leave within 6 months of completing it and 50% within 12 months; form LD-3 must be signed before booking", "Learning and Development", "3.1-3.2"),
 (["How much study leave do I get for exams?"],
  "Up to 5 days' paid study leave a year for exams on approved qualifications", "Learning and Development", "2.1"),
 (["What's my notice period? I'm a grade D", "notice period for grade B?", "How much notice do directors have to give?"],
  "After probation it's 1 month for grades A to C, 3 months for grades D and E, and 6 months for Directors", "Probation and Notice", "2.1"),
 (["How long is probation?", "Can my probation be extended?"],
  "Probation is 6 months and can be extended once by up to 3 months", "Probation and Notice", "1.1"),
 (["What notice do I give during probation?"],
  "1 week on either side during probation", "Probation and Notice", "1.2"),
 (["How do I resign?", "do I need to put my resignation in writing?"],
  "Resign in writing to your line manager and complete the \"Resign\" task in Workday", "Probation and Notice", "3.1"),
 (["Will I get paid for unused holiday when I leave?"],
  "Yes, accrued but untaken holiday is paid in your final salary", "Probation and Notice", "3.3"),
 (["How much bereavement leave do I get for a grandparent?", "My nan passed away, how many days can I take?"],
  "Up to 5 days' paid leave for a grandparent", "Bereavement and Compassionate Leave", "1.2"),
 (["How much leave if my dad dies?", "Bereavement leave for a parent?"],
  "Up to 10 days' paid leave for a partner, child or parent", "Bereavement and Compassionate Leave", "1.1"),
 (["What leave is there after a stillbirth?"],
  "Parents who lose a child under 18, including a stillbirth after 24 weeks, get 4 weeks' leave at full pay", "Bereavement and Compassionate Leave", "2.1"),
 (["How long do I have to use my TOIL?", "Is there a cap on TOIL?"],
  "TOIL must be taken within 3 months and the maximum balance is 37.5 hours", "Overtime and TOIL", "1.3"),
 (["Do I get paid overtime for working Sunday?", "What's the overtime rate on a bank holiday?"],
  "Paid overtime is only for Operations roles on hourly contracts: 1.5x weekdays and Saturdays, 2x Sundays and bank holidays", "Overtime and TOIL", "2.1-2.2"),
 (["My laptop is 3 years old and slow, when do I get a new one?"],
  "Standard laptops are refreshed every 4 years", "IT Equipment", "1.1"),
 (["How do I get a second monitor?"],
  "Request it through the ServiceNow catalogue item \"Peripheral request\"", "IT Equipment", "2.1"),
 (["I left my laptop on the train, who do I tell?", "Lost my work phone, what should I do?"],
  "Report it to the IT Service Desk within 24 hours on extension 4400 (+44 161 555 4400)", "IT Equipment", "3.1"),
 (["How much is the referral bonus?", "What do I get if my friend gets hired as a grade D?"],
  "£1,500 for hires into grades A to C and £3,000 for grade D and above, paid after the new hire completes 6 months", "Employee Referral Scheme", "1.1-1.2"),
 (["My friend already applied, can I still refer her?"],
  "No, the referral must be submitted in Workday \"Refer a candidate\" before the candidate applies", "Employee Referral Scheme", "2.2"),
 (["A supplier sent me a £100 hamper, can I keep it?", "What's the limit for accepting gifts?"],
  "Under £50 is fine without approval; £50 to £250 must be logged in the Gifts Register within 5 working days; over £250 needs Compliance approval or must be declined", "Gifts and Hospitality", "1.1-1.3"),
 (["Can I accept an Amazon voucher from a client?"],
  "No, cash, vouchers and gift cards of any value can't be accepted", "Gifts and Hospitality", "2.1"),
 (["How do I report something anonymously?", "What's the whistleblowing number?"],
  "Use the independent Speak Up line on 0800 917 3320 or speakup.halden-group.example, run by Navex; you can report anonymously", "Speak Up", "1.1-1.2"),
 (["Who is the whistleblowing officer?"],
  "The Group General Counsel, Maria Okafor", "Speak Up", "2.2"),
 (["Can I ask for flexible working in my first month?", "How many flexible working requests can I make?"],
  "You can request from your first day, up to 2 requests in any 12 months, using form HR-FW1", "Flexible Working", "1.1-1.3"),
 (["My flexible working request was refused, can I appeal?"],
  "Yes, appeal within 14 days to your HR Business Partner", "Flexible Working", "2.2"),
]

OPEN = ["Hi HR, ", "Hi, ", "", "Quick one - ", "Hello, ", "Morning! ", ""]
A_OPEN = ["Hi, ", "Hi there, ", "Thanks for your question. ", "", "Hello, "]
A_CITE = [" (see the {p} policy, section {s}).", " - {p} policy, s.{s}.", ". This is in section {s} of the {p} policy.",
          ".", ". See {p} policy {s} on the intranet.", " ({p}, {s})."]
AGENTS = ["hr.helpdesk.aisha", "hr.helpdesk.tomasz", "hr.helpdesk.grace", "hr.helpdesk.olu"]

def join(opener, text):
    first = text.split(" ")[0]
    if opener.endswith((", ", "- ")) and not (first == "I" or first.startswith("I'") or first.isupper()):
        text = text[0].lower() + text[1:]
    return opener + text


items = []
for qi, (qs, ans, pol, sec) in enumerate(QA):
    uses = rng.sample(qs, min(len(qs), rng.choice([1, 2, 2])))
    for q in uses:
        items.append((q, ans, pol, sec))
rng.shuffle(items)
with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for k, (q, ans, pol, sec) in enumerate(items):
        qq = join(rng.choice(OPEN), q)
        if not qq.endswith("?"):
            qq += "?"
        if rng.random() < 0.15:
            qq = qq.lower()
        a = join(rng.choice(A_OPEN), ans) + rng.choice(A_CITE).format(p=pol, s=sec)
        rec = {"ticket_id": "HRQ-%05d" % (21000 + k * 3 + rng.randint(0, 2)),
               "asked_via": rng.choice(["email", "teams", "teams", "portal"]),
               "question": qq, "hr_answer": a, "answered_by": rng.choice(AGENTS)}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(POLICIES), "policies and", len(items), "questions")
