"""Generate policy_index.csv (export from the firm's policy system) and three sample
Risk Manual documents with revision histories. Standard library only, seeded."""
import csv, random, datetime, os

random.seed(77)
HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = datetime.date(2024, 10, 4)

SECTIONS = {
    'CON': ('Conflicts', ['Conflict search procedure', 'Ethical walls: set-up and monitoring', 'Pro bono matters: conflicts',
                          'Lateral hire conflicts', 'Positional conflicts', 'Consents and waivers', 'Related-entity searches',
                          'Conflicts for joint retainers', 'Informal advice and conflicts', 'Conflicts escalation to the Risk Committee']),
    'AML': ('Anti-money laundering', ['Client due diligence', 'Enhanced due diligence', 'Source of funds and wealth',
                                      'PEPs and sanctions screening', 'Suspicious activity reporting', 'Client account: receipt of funds',
                                      'Reliance on third parties', 'Ongoing monitoring', 'AML training requirements', 'Firm-wide risk assessment']),
    'GIF': ('Gifts and hospitality', ['Gifts received', 'Hospitality given', 'Gifts register', 'Public officials',
                                      'Charitable donations', 'Sponsorship']),
    'FIL': ('File management and retention', ['Retention periods by practice area', 'Conveyancing file retention',
                                               'Destruction of files', 'Return of client papers', 'Email filing',
                                               'Paper storage offsite', 'Legal holds']),
    'CNF': ('Confidentiality and information security', ['Client confidentiality', 'Use of personal devices', 'Working abroad',
                                                          'Generative AI tools', 'Data breaches', 'Sending documents externally',
                                                          'Classification of information', 'Clean desk']),
    'ENG': ('Engagement and client care', ['Engagement letters', 'Fee estimates', 'Limitation of liability', 'Complaints handling',
                                           'Terms of business', 'Client care letters for individuals', 'Terminating a retainer']),
    'UND': ('Undertakings and professional obligations', ['Giving undertakings', 'Undertakings register', 'Solicitor-client privilege',
                                                          'Duty to the court', 'Reporting concerns to the SRA', 'Supervision of trainees']),
    'FIN': ('Client money and accounts', ['Client account rules', 'Residual balances', 'Third-party managed accounts',
                                          'Payments from client account', 'Bank details verification (fraud)']),
}
ACCESS = ['All staff'] * 8 + ['Fee earners'] * 3 + ['Partners only', 'Conflicts team only', 'Risk & Compliance only']
OWNERS = ['D. Kline', 'A. Farouk', 'S. Whitmore', 'R. Bhatt', 'L. Moreau', 'J. Pryce']

rows = []
for code, (area, titles) in SECTIONS.items():
    # procedures, guidance notes and forms for each title
    for n, t in enumerate(titles, 1):
        kinds = ['Procedure', 'Guidance note'] + (['Form'] if random.random() < 0.35 else [])
        for k in kinds:
            rows.append([code, area, t, k])
# pad to 146 documents with FAQs
faq_titles = ['FAQ: ' + r[2] for r in rows]
random.shuffle(faq_titles)
while len(rows) < 146:
    t = faq_titles.pop()
    code = [c for c, (a, ts) in SECTIONS.items() if t[5:] in ts][0]
    rows.append([code, SECTIONS[code][0], t, 'FAQ'])
rows = rows[:146]

# revision dates: every week of the last 52 has 2-4 revisions somewhere in the collection
weeks = 52
dates = []
for wk in range(weeks):
    for _ in range(random.randint(2, 4)):
        dates.append(TODAY - datetime.timedelta(days=7 * wk + random.randint(0, 6)))
random.shuffle(dates)
out = []
for i, (code, area, title, kind) in enumerate(rows):
    rev = dates[i] if i < len(dates) else TODAY - datetime.timedelta(days=random.randint(30, 700))
    major = random.randint(1, 6)
    minor = random.randint(0, 9)
    out.append({
        'doc_id': f"RM-{code}-{i + 1:03d}",
        'section': area,
        'title': title,
        'doc_type': kind,
        'version': f"{major}.{minor}",
        'revised_on': rev.isoformat(),
        'next_review': (rev + datetime.timedelta(days=365)).isoformat(),
        'owner': random.choice(OWNERS),
        'access_group': random.choice(ACCESS),
        'pages': random.choice([1, 2, 2, 3, 4, 5, 6, 8, 12]),
    })
out.sort(key=lambda r: r['doc_id'])
with open(os.path.join(HERE, 'policy_index.csv'), 'w', newline='') as f:
    w = csv.DictWriter(f, fieldnames=list(out[0]))
    w.writeheader()
    w.writerows(out)

SAMPLES = {
    'RM-CON-sample_conflict-search-procedure.md': ('Conflict search procedure', 'Conflicts', [
        ('4.2', '2024-09-27', 'Added requirement to search former client names for lateral hires'),
        ('4.1', '2024-08-30', 'Pro bono matters now require a full search (previously name-only)'),
        ('4.0', '2024-07-19', 'New conflicts system; search steps rewritten'),
        ('3.9', '2024-06-07', 'Clarified related-entity searches for fund clients'),
    ], '''1. Every new matter and every new party to an existing matter must be searched before any work is done, including pro bono and informal advice.
2. Search the client, all related entities listed in the intake form, the counterparties and their known advisers.
3. Lateral hires: search former clients disclosed in the lateral questionnaire against all live matters.
4. Any potential conflict must be escalated to the Conflicts team; fee earners may not decide conflicts themselves.'''),
    'RM-GIF-sample_gifts-received.md': ('Gifts received', 'Gifts and hospitality', [
        ('2.6', '2024-09-13', 'Threshold for registering gifts lowered from GBP 100 to GBP 75'),
        ('2.5', '2024-05-24', 'Public officials section moved to its own policy'),
        ('2.4', '2024-02-02', 'Added examples for hospitality at client events'),
    ], '''1. Gifts with a value over GBP 75 must be entered in the gifts register within 5 working days.
2. Cash or cash equivalents may never be accepted.
3. Gifts from a party to a live transaction must be declined while the transaction is open.'''),
    'RM-FIL-sample_conveyancing-retention.md': ('Conveyancing file retention', 'File management and retention', [
        ('3.3', '2024-10-01', 'Retention for leasehold files extended to 15 years after completion'),
        ('3.2', '2024-06-28', 'Scanned title deeds: originals returned to client after 6 months'),
        ('3.1', '2023-12-15', 'Aligned with the firm-wide retention schedule'),
    ], '''1. Freehold residential files: 12 years after completion.
2. Leasehold files: 15 years after completion.
3. Original title documents are returned to the client or lender; the firm keeps scanned copies only.'''),
}
for fn, (title, area, hist, body) in SAMPLES.items():
    lines = [f"# {title}", f"Risk Manual section: {area}", '', '## Revision history', '',
             '| Version | Effective | Change |', '|---|---|---|']
    lines += [f"| {v} | {d} | {c} |" for v, d, c in hist]
    lines += ['', '## Policy', '', body, '']
    open(os.path.join(HERE, fn), 'w').write('\n'.join(lines))
print('wrote', len(out), 'index rows and', len(SAMPLES), 'sample documents')
