"""The classes of statements the fourteenth held-out set (``tests/outcomes_heldout14``: outcomes of vocational,
practical and short professional courses) found judged wrong, each with examples the set does not hold, labelled
before the analysis ran on them, and the neighbours that must keep their judgement: learners instructed in the German
passive of a strong or borrowed participle ("werden ... unterwiesen", "eingewiesen", "instruiert"); a German list of
actions whose next item opens with an article that is also a plural relative pronoun ("..., die Fliesen verlegen und
..."), where a relative clause after the action stays one action; French awareness as "être sensible à" and in the
feminine plural ("conscientes"); Polish awareness in the instrumental ("być świadomym") and knowledge had
("posiadać wiedzę", "mieć wiedzę"); the Dutch customer-contact verb "te woord staan"; a Dutch verb-final action followed
by "volgens", "conform" or "overeenkomstig" and a standard; "EN" of a European standard's code in Dutch, no
conjunction ("NEN-EN-ISO 5817", "EN ISO 9606-1"); English manual handling said as one manoeuvre ("lift and carry"),
where lifting and another task stay two actions; and, from a sweep of unseen statements after the fixes, one operation
of digital skills ("copy and paste", "drag and drop"), the compliance verbs "adhere to", "abide by" and "conform to",
"a working knowledge of", and learners trained said impersonally ("Se forma a los alumnos", "Si formano gli
apprendisti", "Szkoli się uczestników").
"""

from __future__ import annotations

from tests.heldout import class_tests

NO_VERB, VAGUE, TEACHER, COMPOUND = "MC-LO-001", "MC-LO-002", "MC-LO-003", "MC-LO-004"

CASES = [
    # Learners instructed in the German passive; learners instructing others stay the learners' action.
    ("de", "Die Teilnehmenden werden vor Arbeitsbeginn in die Bedienung der Hebebühne eingewiesen.", {TEACHER}),
    ("de", "Die Auszubildenden werden im Umgang mit Gefahrstoffen instruiert.", {TEACHER}),
    ("de", "Die Auszubildenden weisen neue Kollegen in die Bedienung der Hebebühne ein.", set()),
    # A German list of actions whose next item opens with an article; a relative clause after the action stays one.
    ("de", "Das Gerüst prüfen, die Bohlen auslegen und den Seitenschutz montieren.", {COMPOUND}),
    ("de", "Den Teig abwiegen, die Teiglinge formen und im Stikkenofen backen.", {COMPOUND}),
    ("de", "Ein Angebot für Kunden erstellen, die eine Wärmepumpe planen.", set()),
    # French awareness; sensitive data handled stays an action.
    ("fr", "Les stagiaires sont sensibles aux enjeux du développement durable sur le chantier.", {VAGUE}),
    ("fr", "Les apprenties sont conscientes des risques liés au travail en hauteur.", {VAGUE}),
    ("fr", "Identifier les données sensibles d'un dossier patient selon le RGPD.", set()),
    # Polish awareness and knowledge had; knowledge passed on to others stays an action.
    ("pl", "Być świadomą odpowiedzialności zawodowej w opiece nad osobą starszą.", {VAGUE}),
    ("pl", "Mieć wiedzę o zasadach udzielania pierwszej pomocy.", {VAGUE}),
    ("pl", "Uczestnicy posiadają wiedzę z zakresu przepisów BHP.", {VAGUE}),
    ("pl", "Przekazać nowym pracownikom wiedzę o zasadach BHP podczas instruktażu stanowiskowego.", set()),
    # The Dutch customer-contact verb.
    ("nl", "Bezoekers bij de ingang van het museum in het Engels te woord staan.", set()),
    ("nl", "Een kort welkomstwoord uitspreken bij de opening van een bijeenkomst.", set()),
    # A Dutch verb-final action followed by a standard; one action before a standard stays one.
    ("nl", "Een dakgoot monteren en deze waterdicht afkitten conform de verwerkingsrichtlijnen.", {COMPOUND}),
    ("nl", "Een dakgoot monteren overeenkomstig de verwerkingsrichtlijnen van de fabrikant.", set()),
    # "EN" of a European standard's code in Dutch.
    ("nl", "Staalconstructies monteren volgens NEN-EN 1090-2 en de boutverbindingen controleren.", {COMPOUND}),
    ("nl", "Een hoeklas lassen volgens EN ISO 9606-1 en deze visueel keuren.", {COMPOUND}),
    ("nl", "Een las visueel beoordelen volgens NEN-EN-ISO 5817 niveau B.", set()),
    # English manual handling said as one manoeuvre; lifting and another task stay two actions.
    ("en", "Lift and carry a 15 kg box using the kinetic lifting technique.", set()),
    ("en", "Lift and lower a load of 20 kg from floor to bench height.", set()),
    ("en", "Lift the patient with a hoist and record the weight in the care chart.", {COMPOUND}),
    # Found by a sweep of unseen statements after the fixes. One operation of digital skills; copying and another task
    # stay two actions.
    ("en", "Copy and paste a table from a spreadsheet into a word-processed report.", set()),
    ("en", "Drag and drop files into a shared folder on the company intranet.", set()),
    ("en", "Copy a file to a USB stick and delete the original from the laptop.", {COMPOUND}),
    # Compliance verbs before their preposition.
    ("en", "Adhere to the food allergen procedures when preparing dishes for customers.", set()),
    ("en", "Abide by the site rules when working near live traffic.", set()),
    ("en", "Conform to the hotel's dress code throughout the shift.", set()),
    # A working knowledge gained or had; a working model used stays an action.
    ("en", "Develop a working knowledge of the 18th Edition Wiring Regulations.", {VAGUE}),
    ("en", "Have a working knowledge of ladder logic programming.", {VAGUE}),
    ("en", "Use a working model of a heat pump to measure its coefficient of performance.", set()),
    # Learners trained, said impersonally; a thing formed stays no teaching.
    ("es", "Se forma a los alumnos en el manejo de carretillas elevadoras.", {TEACHER}),
    ("es", "Se les entrena en el uso seguro de la motosierra durante dos jornadas.", {TEACHER}),
    ("it", "Si formano gli apprendisti all'uso sicuro del carrello elevatore.", {TEACHER}),
    ("it", "Si addestrano i partecipanti alle manovre di primo soccorso.", {TEACHER}),
    ("pl", "Szkoli się uczestników w zakresie obsługi wózka widłowego.", {TEACHER}),
    ("pl", "Instruuje się uczniów, jak bezpiecznie obsługiwać szlifierkę kątową.", {TEACHER}),
    ("it", "Formare un impasto omogeneo con farina, acqua e lievito madre.", set()),
]

# No known misses: every class found is read right.
test_each_class_gets_exactly_the_expected_rules, _ = class_tests(CASES, ())
