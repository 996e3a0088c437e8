"""Export of routed HR service-desk tickets (synthetic). Standard library only."""
import csv, random, datetime
random.seed(7)
QUEUES = {
 "PAYROLL_DE": ["My net pay for {m} is lower than expected", "Overtime from {m} missing on payslip", "Lohnsteuerklasse changed but payslip not updated"],
 "PAYROLL_UK": ["Tax code looks wrong on my {m} payslip", "Pension contribution deducted twice in {m}", "P60 not received"],
 "BENEFITS": ["How do I add my partner to the health plan", "Gym subsidy claim for {m}", "Bike lease scheme enrolment"],
 "LEAVE_ABSENCE": ["Carryover days from last year disappeared", "Parental leave dates need changing", "Sick note uploaded but absence still unpaid"],
 "ONBOARDING": ["New starter on {d} has no laptop request", "Contract not yet sent to new hire", "Badge for new joiner starting {d}"],
 "OFFBOARDING": ["Leaver on {d} still has system access", "Final pay calculation for resignation", "Exit interview scheduling"],
 "REWARD_COMP": ["Bonus letter for {m} has wrong percentage", "Salary band query after promotion", "Merit increase not applied"],
 "EMPLOYEE_RELATIONS": ["Need advice on a grievance meeting", "Question about disciplinary procedure", "Request for mediation"],
 "HRIS_ACCESS": ["Cannot log in to Workday", "Manager self-service shows wrong team", "Org chart shows me under old manager"],
 "MOBILITY": ["Relocation allowance for move on {d}", "Work permit renewal reminder", "Temporary assignment abroad paperwork"],
 "RECRUITING_OPS": ["Requisition stuck in approval", "Interview panel not showing in ATS", "Offer letter template broken"],
 "LEARNING": ["Mandatory training marked incomplete", "Course reimbursement request", "Manager training enrolment"],
 "TIME_TRACKING": ["Timesheet for week of {d} locked", "Clock-in app not recording shifts", "Night shift premium not calculated"],
 "DOCUMENTS_LETTERS": ["Need employment confirmation letter for bank", "Salary certificate for visa application", "Updated contract after hours change"],
}
BODY = ["Hi, {t}. Can someone have a look? Thanks", "{t} - this is urgent because rent is due.", "Hello HR team, {t}. Ref my manager {n}.", "{t}?? second time asking", "Dear colleagues, {t}. Kind regards"]
NAMES = ["A. Novak", "J. Okafor", "M. Schmidt", "L. Brennan", "S. Patel", "K. Dubois", "R. Silva"]
CHECKERS = ["hr.ops.lead1", "hr.ops.lead2", "hr.qa.team", "hr.ops.lead3"]
months = ["January","February","March","April","May","June","July","August","September","October","November","December"]
start = datetime.date(2023, 1, 2)
with open("routed_tickets_export.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["ref", "opened", "title", "message", "routed_to", "checked_by"])
    for i in range(2400):
        q = random.choice(list(QUEUES))
        d = start + datetime.timedelta(days=random.randint(0, 700))
        t = random.choice(QUEUES[q]).format(m=random.choice(months), d=(d + datetime.timedelta(days=14)).isoformat())
        body = random.choice(BODY).format(t=t[0].lower() + t[1:], n=random.choice(NAMES))
        w.writerow([f"HRSD-{100000+i}", d.isoformat(), t, body, q, random.choice(CHECKERS)])
