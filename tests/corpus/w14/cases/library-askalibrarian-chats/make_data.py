# Generates chats.jsonl: every Ask-a-Librarian web chat transcript the service kept (export from the chat widget).
import json, random, os
random.seed(77)
here = os.path.dirname(os.path.abspath(__file__))
pairs = [
 ("how do i renew my books online", "Log in to My Account on the catalogue with your card number and PIN, tick the items and press Renew. You can renew up to 3 times unless someone has reserved the item."),
 ("i forgot my pin", "No problem - use 'Forgot PIN' on the login page and we'll email a reset link to the address on your card. If you have no email on file, bring photo ID to any branch."),
 ("how do I cite a website in APA 7", "Author, A. (Year, Month Day). Title of page. Site Name. URL - if there's no author, start with the page title. Want me to check one for you?"),
 ("can i print from my phone", "Yes - use the Mobile Print page, upload your file and enter your card number. Then release the job at any branch printer within 24 hours. Black and white is 10c a page."),
 ("do you have ebooks", "We do! Download the Libby app, choose our library and sign in with your card number and PIN."),
 ("how do i find a book on the shelf", "Search the catalogue, note the call number (e.g. 641.5 OLI) and the branch, then follow the numbers on the shelf ends. Staff at the desk can walk you there."),
 ("is there wifi", "Yes, free wifi at every branch - network LibraryPublic, no password, accept the terms page."),
 ("how long can i keep a dvd", "DVDs are 1 week and can be renewed once."),
 ("can my kid get a card", "Yes, children of any age can join with a parent or guardian present. Bring something with your address on it."),
 ("where can i find old newspapers", "Try the newspaper database on our eResources page - it's free with your card from home."),
 ("how do I reserve a book that's checked out", "Find it in the catalogue, press Place Hold and pick your branch. We'll text or email you when it's ready."),
 ("what's a good database for nursing articles", "CINAHL via our eResources page is the best starting point. Use the subject headings on the left to narrow down."),
]
convs = []
for i in range(45):
    q, a = random.choice(pairs)
    msgs = [{"role": "user", "content": q}, {"role": "assistant", "content": a}]
    if random.random() < 0.4:
        msgs += [{"role": "user", "content": random.choice(["thanks!", "ok great ty", "perfect", "cheers"])},
                 {"role": "assistant", "content": random.choice(["You're welcome - happy reading!", "Any time!", "Glad to help."])}]
    convs.append({"chat_id": f"AAL-{2024}-{i + 1:04d}", "staff": random.choice(["Priya", "Tom", "Mele", "Sandra"]), "messages": msgs})
with open(os.path.join(here, "chats.jsonl"), "w") as f:
    for c in convs:
        f.write(json.dumps(c) + "\n")
