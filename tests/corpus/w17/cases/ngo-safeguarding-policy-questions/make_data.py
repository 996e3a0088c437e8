"""Write the three policy documents (with revision history) into policies/ (standard library only)."""
import os

DOCS = {
"safeguarding_policy.md": """# Safeguarding Policy
Owner: Global Safeguarding Lead | Applies to: all staff, volunteers, partners

| Revision | Date | Change |
|---|---|---|
| 1.0 | 2017-03-01 | First issue |
| 2.0 | 2019-04-02 | Added partner due-diligence section |
| 2.1 | 2021-11-15 | Updated focal-point contact route |

## 1. Purpose
We will not tolerate abuse, exploitation or harm of the people we serve, in particular children and adults at risk.

## 2. Responsibilities
2.1 Every staff member must report a safeguarding concern within 24 hours of becoming aware of it.
2.2 Country Directors appoint at least one Safeguarding Focal Point per office.
2.3 Managers ensure all new staff complete the induction module within their first month.

## 3. Reporting a concern
3.1 Report to your Safeguarding Focal Point, or directly to the Global Safeguarding Lead if the concern involves the focal point or a senior manager.
3.2 You may report anonymously through the confidential line.
3.3 Do not investigate yourself; do not confront the alleged perpetrator.

## 4. Partners
4.1 Implementing partners must have a safeguarding policy equivalent to this one, or adopt ours, before funds are transferred.
""",
"psea_reporting_procedure.md": """# Procedure: Protection from Sexual Exploitation and Abuse (PSEA), Reporting and Response
Owner: Global Safeguarding Lead

| Revision | Date | Change |
|---|---|---|
| 1.0 | 2020-02-10 | First issue |
| 1.1 | 2022-09-05 | Aligned with IASC six core principles wording |

## 1. Core principles
1.1 Sexual exploitation and abuse by staff constitute gross misconduct and grounds for termination.
1.2 Exchange of money, employment, goods or services for sex is prohibited.
1.3 Sexual activity with children (under 18) is prohibited regardless of local age of consent.

## 2. Steps after a report
2.1 The focal point records the report on the secure form within 24 hours.
2.2 The survivor is referred to available medical, psychosocial and legal services with their consent.
2.3 The Global Safeguarding Lead decides within 72 hours whether an investigation is opened.

## 3. Confidentiality
3.1 Information is shared strictly on a need-to-know basis. Names are never written in email subject lines.
""",
"code_of_conduct.md": """# Staff Code of Conduct
Owner: HR Director

| Revision | Date | Change |
|---|---|---|
| 3.0 | 2018-06-20 | Consolidated edition |
| 3.1 | 2023-01-09 | Added social-media clause 6 |

## 1. Respect
1.1 Treat colleagues and community members with dignity.

## 2. Conflicts of interest
2.1 Declare any family or financial link to suppliers, partners or job applicants.

## 3. Gifts
3.1 Gifts above the value of a meal must be declared and normally refused.

## 4. Use of assets
4.1 Vehicles are for programme use only. No passengers outside the authorised list.

## 5. Security
5.1 Follow the country security plan and curfew at all times.

## 6. Social media
6.1 Do not post images of beneficiaries without written consent. Do not post locations of field teams.
""",
}
os.makedirs("policies", exist_ok=True)
for name, text in DOCS.items():
    with open(os.path.join("policies", name), "w", encoding="utf-8") as f:
        f.write(text)
