#!/usr/bin/env python3
"""Writes team_wiki/*.md (support team wiki export) and help_channel_qa.csv (junior agents' questions with a senior's answer)."""
import csv, os, random, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(1212)

WIKI = [
 ("on-call-rota", "On-call rota", "2024-05-02", ["Tier 2 on-call runs Monday 09:00 to Monday 09:00. The rota lives in PagerDuty under 'Support-T2'. Swaps must be agreed in #support-rota at least 48 hours ahead."]),
 ("escalation-matrix", "Escalation matrix", "2024-03-18", ["Sev1: full outage for an Enterprise customer - page Tier 2 immediately and open an incident channel.",
   "Sev2: major feature broken - escalate to Tier 2 within 2 hours. Sev3/Sev4 stay in the queue."]),
 ("tone-guide", "Writing to customers", "2023-12-04", ["Use plain English, no blame, and one clear next step. Never promise a fix date unless Engineering has committed to it in Jira."]),
 ("credits-and-refunds", "Service credits", "2024-01-22", ["Agents can approve service credits up to EUR 500. Anything above goes to the Support Manager."]),
 ("shift-patterns", "Shift patterns", "2024-02-14", ["Early shift 07:00-15:00, late shift 13:00-21:00 CET. Handover notes go in the #support-handover channel."]),
 ("tool-access", "Tool access", "2023-10-09", ["Request Zendesk, Jira and Grafana access through the IT portal. Production database read access requires Tier 2 sign-off and expires after 30 days."]),
 ("jira-workflow", "Raising bugs in Jira", "2024-04-08", ["Bugs go to project PLAT with component, customer ID and reproduction steps. Link the Zendesk ticket in the 'Support ref' field."]),
 ("holiday-policy", "Holiday requests", "2024-01-02", ["Book holiday in HiBob at least 2 weeks ahead. No more than two agents from the same shift off at once."]),
 ("customer-tiers", "Customer tiers", "2023-11-27", ["Enterprise: 24/7 support, 1-hour first response for Sev1. Business: business hours, 4-hour first response. Standard: next business day."]),
 ("handover-template", "Shift handover template", "2024-02-14", ["Handover must list open Sev1/Sev2 tickets, anything waiting on Engineering, and customers promised a callback."]),
]

TECH = [
 (["customer says their cron `0 */6 * * *` doesn't run at 3am, is that right?", "what does the cron 0 */6 * * * mean"],
  "It runs at minute 0 every 6 hours: 00:00, 06:00, 12:00, 18:00. So no run at 03:00; they'd need `0 3 * * *` or `0 3-23/6 * * *`."),
 (["customer gets HTTP 429 from the API, what does that mean?", "what's a 429"], "429 Too Many Requests: they're being rate limited. Check the Retry-After header and get them to back off exponentially."),
 (["what's the difference between 502 and 504?"], "502 Bad Gateway means the proxy got an invalid response from upstream; 504 Gateway Timeout means upstream didn't answer in time."),
 (["how do I check when a customer's SSL cert expires?", "command to see cert expiry?"], "`openssl s_client -connect host:443 -servername host | openssl x509 -noout -enddate` prints the notAfter date."),
 (["customer's webhook signature check fails, what usually causes it?"], "Usually they hash a re-serialised body instead of the raw bytes, or use the wrong secret. HMAC must be over the exact raw payload."),
 (["customer says CORS error in the browser but curl works"], "CORS is enforced by the browser only. Their origin isn't in the allowed origins, or the preflight OPTIONS request is failing."),
 (["what does 'invalid_grant' mean in OAuth?"], "The refresh token or auth code is expired, revoked or already used, or the redirect URI doesn't match. They need to re-authorise."),
 (["timestamps in the export are 2 hours off", "export times wrong by an hour"], "Almost always a timezone issue: exports are in UTC and they're reading them as local time (CET/CEST is UTC+1/+2)."),
 (["customer's CSV import shows weird characters like Ã©"], "That's UTF-8 read as Latin-1 (mojibake). Ask them to save the CSV as UTF-8, or UTF-8 with BOM if they're using Excel."),
 (["what's a 401 vs 403?"], "401 means not authenticated (missing or bad credentials); 403 means authenticated but not allowed to do that."),
 (["SAML login fails with 'clock skew'"], "The IdP and SP clocks differ by more than the allowed skew, usually a few minutes. Their server needs NTP sync."),
 (["customer's DNS change isn't working yet"], "DNS changes propagate as caches expire, up to the old record's TTL. Check with `dig` against a public resolver."),
 (["how do I decode a JWT the customer sent?"], "It's three base64url parts; decode the middle one for the claims (e.g. with jwt.io or `base64 -d`). Don't paste production tokens into public sites."),
 (["what's idempotency key for?"], "It lets a client retry a request safely; the server returns the first result instead of doing the action twice."),
 (["customer's regex for email isn't matching plus addresses"], "Their pattern probably excludes '+'. The local part may contain '+', e.g. name+tag@example.com."),
 (["customer asks what 'TLS 1.2 minimum' means for them"], "Clients must support TLS 1.2 or newer; very old libraries (e.g. old Java 7 or .NET 4.5 defaults) need updating or configuring."),
 (["what's the max int in a 32-bit signed column?"], "2,147,483,647. IDs above that overflow, so the column needs to be BIGINT."),
 (["customer says SQL query is slow with LIKE '%term%'"], "A leading wildcard stops the index being used. Suggest full-text search or a trigram index instead."),
 (["customer's API calls fail with 413"], "413 Payload Too Large: the request body exceeds the server limit. They need to chunk or paginate the upload."),
 (["how to tell if an IP is in 10.0.0.0/8?"], "Any address from 10.0.0.0 to 10.255.255.255 is in 10.0.0.0/8; it's a private range."),
 (["customer's Excel opens our CSV with dates as numbers"], "Excel stores dates as serial numbers counting days from 1900. Format the column as a date or import via Data > From Text."),
 (["what does ECONNRESET mean in their logs?"], "The other side closed the TCP connection abruptly, often a proxy or load balancer idle timeout. Retries with keep-alive tuning usually help."),
 (["customer asks why the pagination skips records"], "Offset pagination shifts when records are inserted during paging. Cursor-based pagination avoids it."),
 (["what's the difference between PUT and PATCH?"], "PUT replaces the whole resource; PATCH applies a partial update."),
 (["customer asks about IPv6, our IP allow list only has v4"], "If their egress is IPv6 the v4 allow list won't match; they need to add their IPv6 ranges or force IPv4."),
]
POLICY = [
 ("can I give the customer a EUR 300 credit?", "Yes, agents can approve up to EUR 500; above that goes to the Support Manager."),
 ("when do I escalate a Sev2?", "Within 2 hours to Tier 2, per the escalation matrix."),
 ("how do I get prod DB access?", "Request it via the IT portal; it needs Tier 2 sign-off and expires after 30 days."),
 ("what's the first response target for Business customers?", "4 hours, business hours."),
 ("where does the on-call rota live?", "PagerDuty, under 'Support-T2'."),
]
PREFIX = ["", "", "quick q: ", "sorry, noob question - ", "hey, ", "anyone know: ", "help pls - "]
JUNIORS = ["agent.lisa", "agent.kofi", "agent.marek", "agent.sun", "agent.ivy", "agent.raj"]
SENIORS = ["t2.elena", "t2.george", "t2.farid"]

def main():
    out = os.path.join(HERE, "team_wiki")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    for slug, title, upd, paras in WIKI:
        with open(os.path.join(out, slug + ".md"), "w", encoding="utf-8") as f:
            f.write(f"# {title}\n\nSpace: Customer Support · Last edited {upd}\n\n" + "\n\n".join(paras) + "\n")
    rows = [(v, a) for vs, a in TECH for v in vs]
    rows = rows + rows[:24]  # some questions come up again and again
    rows = [(rng.choice(PREFIX) + q, a) for q, a in rows] + POLICY
    rng.shuffle(rows)
    with open(os.path.join(HERE, "help_channel_qa.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["thread_ts", "asked_by", "question", "answered_by", "answer", "reactions"])
        for i, (q, a) in enumerate(rows):
            w.writerow([f"1714{(i * 86321) % 10**6:06d}.{rng.randint(100000, 999999)}", rng.choice(JUNIORS), q,
                        rng.choice(SENIORS), a, rng.choice(["", ":white_check_mark:", ":pray:", ":+1: x2", ""])])

if __name__ == "__main__":
    main()
