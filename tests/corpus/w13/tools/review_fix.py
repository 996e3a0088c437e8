import json
P = "/work/blind/w13/labels.jsonl"
recs = [json.loads(l) for l in open(P)]
by = {r["case"]: r for r in recs}
def drop(case, *fields):
    for f in fields: by[case]["facts"].pop(f)
def setf(case, field, value, span):
    by[case]["facts"][field] = {"value": value, "span": span}
drop("bank-sanctions-alert-disposition", "stage")
setf("kids-app-parent-support-replies", "monthly_volume", 173, "~40 parent emails a week")
drop("dealer-group-listing-copy", "latency_ms", "prompting_falls_short")
setf("tax-manual-adviser-assistant", "corpus_size", 40, "across 40 manuals")
setf("grid-outage-notice-questions", "knowledge_change_days", 0.042, "think hourly, not daily")
drop("kids-text-reading-level-rewriter", "stage")
drop("submission-subject-code-triage", "stage")
drop("ministry-notices-welsh-translation", "stage")
drop("council-contact-centre-routing", "stage")
drop("bank-remittance-text-normaliser", "stage")
drop("power-market-client-commentary", "stage")
for c in ["internal-audit-findings-themes","bank-reg-change-obligation-impact","benefits-eligibility-guidance-assistant",
          "retail-bank-product-terms-chat","tax-manual-adviser-assistant","social-care-case-note-summaries",
          "council-planning-application-summaries","kids-quiz-question-generator","kids-reading-app-story-owl"]:
    drop(c, "stage")
with open(P, "w") as f:
    for r in recs: f.write(json.dumps(r, ensure_ascii=False) + "\n")
