"""Generate desk_rejections.jsonl: editor-approved desk-rejection letters as chat records."""
import json, random
random.seed(31)
journals = ["Journal of Applied Hydrology", "Soil & Sediment Letters", "Coastal Processes Review"]
reasons = [
 ("scope", "falls outside the journal's scope, which focuses on {f}"),
 ("novelty", "does not yet demonstrate sufficient advance over recent work such as the studies it cites on {f}"),
 ("methods", "relies on a sampling design that the editors felt could not support the conclusions drawn about {f}"),
 ("format", "exceeds the length limits for a Research Article and would need substantial restructuring"),
 ("data", "does not include the data availability statement and deposited datasets our policy requires"),
]
fields = ["groundwater recharge", "sediment transport", "estuarine mixing", "catchment modelling", "flood frequency analysis"]
system = ("You draft desk-rejection letters for the handling editor. Follow the journal's letter template: "
          "greeting, thanks, decision sentence, one specific reason, one constructive suggestion, transfer offer if eligible, sign-off.")
with open("desk_rejections.jsonl", "w") as f:
    for i in range(600):
        j = random.choice(journals); code, r = random.choice(reasons); fld = random.choice(fields)
        title = f"{random.choice(['A','An integrated','A multi-decadal','A novel'])} study of {fld} in {random.choice(['the Rhine delta','northern Chile','the Murray–Darling basin','coastal Bangladesh'])}"
        author = random.choice(["Dr Osei","Prof. Lindqvist","Dr Ramírez","Dr Tanaka","Dr Byrne"])
        transfer = random.random() < 0.4
        user = json.dumps({"journal": j, "manuscript_id": f"HYD-2024-{1000+i}", "title": title,
                           "corresponding_author": author, "reason_code": code, "editor_note": f"{code}; {fld}",
                           "transfer_eligible": transfer})
        letter = (f"Dear {author},\n\nThank you for submitting your manuscript \"{title}\" to {j}. "
                  f"After careful consideration, the editors have decided not to send it for peer review. "
                  f"In our assessment the manuscript {r.format(f=fld)}. "
                  f"We would encourage you to {random.choice(['situate the contribution more explicitly against the recent literature','consider a journal with a broader remit','strengthen the validation against independent observations'])}. ")
        if transfer:
            letter += "If you wish, we can transfer your submission to Hydrology Open without the need to reformat. "
        letter += f"\n\nWith best wishes,\nHandling Editor, {j}"
        rec = {"messages": [{"role": "system", "content": system},
                            {"role": "user", "content": user},
                            {"role": "assistant", "content": letter}],
               "approved_by": random.choice(["ed_kwame","ed_sorensen","ed_patel"]), "approved": True}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
