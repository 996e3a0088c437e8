"""Generate ui_examples.jsonl: the lead linguist's example set (chat format)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
SYSTEM = ("You localise software UI strings. Follow the client glossary exactly. "
          "Keep placeholders such as {count} or %s unchanged. Return German (de-DE) and Dutch (nl-NL).")
rows = [
    ("Klikfix", "Workspace=Arbeitsbereich|Werkruimte; Board=Board|Bord", "Create a new workspace", "Neuen Arbeitsbereich erstellen", "Nieuwe werkruimte maken"),
    ("Klikfix", "Board=Board|Bord", "{count} boards archived", "{count} Boards archiviert", "{count} borden gearchiveerd"),
    ("Klikfix", "Workspace=Arbeitsbereich|Werkruimte", "Leave workspace?", "Arbeitsbereich verlassen?", "Werkruimte verlaten?"),
    ("Tally Health", "Appointment=Termin|Afspraak; Clinician=Behandler|Zorgverlener", "Your appointment with %s is confirmed", "Ihr Termin mit %s ist bestätigt", "Uw afspraak met %s is bevestigd"),
    ("Tally Health", "Clinician=Behandler|Zorgverlener", "No clinicians available", "Keine Behandler verfügbar", "Geen zorgverleners beschikbaar"),
    ("Tally Health", "Appointment=Termin|Afspraak", "Reschedule", "Verschieben", "Verzetten"),
    ("Parcelo", "Drop-off point=Abgabestelle|Afgiftepunt", "Find a drop-off point near you", "Abgabestelle in Ihrer Nähe finden", "Vind een afgiftepunt bij u in de buurt"),
    ("Parcelo", "Shipment=Sendung|Zending", "{count} shipments in transit", "{count} Sendungen unterwegs", "{count} zendingen onderweg"),
    ("Parcelo", "Shipment=Sendung|Zending", "Shipment delayed", "Sendung verspätet", "Zending vertraagd"),
    ("Ledgerly", "Invoice=Rechnung|Factuur; Ledger=Hauptbuch|Grootboek", "Export ledger", "Hauptbuch exportieren", "Grootboek exporteren"),
    ("Ledgerly", "Invoice=Rechnung|Factuur", "Invoice {number} is overdue", "Rechnung {number} ist überfällig", "Factuur {number} is achterstallig"),
    ("Ledgerly", "Invoice=Rechnung|Factuur", "Send reminder", "Erinnerung senden", "Herinnering versturen"),
    ("Klikfix", "Automation=Automatisierung|Automatisering", "Automations run every {minutes} minutes", "Automatisierungen laufen alle {minutes} Minuten", "Automatiseringen draaien elke {minutes} minuten"),
    ("Tally Health", "Patient portal=Patientenportal|Patiëntenportaal", "Sign in to the patient portal", "Im Patientenportal anmelden", "Inloggen op het patiëntenportaal"),
    ("Parcelo", "Label=Etikett|Label", "Print label", "Etikett drucken", "Label afdrukken"),
    ("Ledgerly", "Expense=Ausgabe|Uitgave", "Add expense", "Ausgabe hinzufügen", "Uitgave toevoegen"),
    ("Klikfix", "Board=Board|Bord; Member=Mitglied|Lid", "Invite members to this board", "Mitglieder zu diesem Board einladen", "Leden uitnodigen voor dit bord"),
    ("Parcelo", "Shipment=Sendung|Zending; Recipient=Empfänger|Ontvanger", "Notify recipient", "Empfänger benachrichtigen", "Ontvanger op de hoogte stellen"),
]
with open(os.path.join(HERE, "ui_examples.jsonl"), "w", encoding="utf-8") as f:
    for client, glossary, en, de, nl in rows:
        rec = {"messages": [
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": "Client: %s\nGlossary (EN=DE|NL): %s\nString: %s" % (client, glossary, en)},
            {"role": "assistant", "content": json.dumps({"de-DE": de, "nl-NL": nl}, ensure_ascii=False)},
        ]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(rows), "records")
