"""The held-out sets of learning outcomes three to fourteen (``tests/outcomes_heldout3`` .. ``14``), measured per
language and rule: each statement gets exactly the rule of its label (none when good), known misses are strict
xfails (the test fails when one starts to pass), and each rule's precision and recall hold the measured floor.
``python benchmarks/bench_outcomes.py --heldout tests/outcomes_heldoutN --markdown`` prints a set's table.

Third set (``tests/outcomes_heldout3``).

Written and labelled from the reference guidance (Cedefop rules of thumb, the README rule reference)
before the analysis ran on them: 42 statements per language as VET providers (construction, care,
hospitality, automotive), universities (law, medicine, engineering, humanities), company academies and
MOOCs (data, cloud, sustainability, languages) publish them, with their lead-ins, bullets and numbers,
notes in brackets, abbreviations, inclusive forms, modals, passives and long sentences. Half are good,
the rest have one flaw each. Each statement is the only outcome of a descriptor in its language.

Before the fixes 13 of the 294 were judged wrong: one good statement warned of (a future practitioner as
the learner, "Le futur aide-soignant mesure ..."), eleven flaws missed and one compound also reported as
lacking a verb. The classes fixed, each with unseen examples, are in ``tests/test_outcome_heldout3_classes.py``:
"we" after an opening ("In this MOOC we explore", "W tym module omówimy"), awareness as a conjugated light
verb or a noun ("prendront conscience", "Bewustwording van"), learners trained in the passive ("worden
ingeleid"), the future practitioner as the learner, an English list of actions whose first verb the lexicon
does not list ("Strip, clean and reassemble"), a second verb in the same person before an object without an
article ("raccolgono ... e propongono misure"). After them all 294 are right; sweeps of unseen statements
written afterwards found further classes, fixed and tested in the same file.

Fourth set (``tests/outcomes_heldout4``).

Written and labelled from the reference guidance before the analysis ran on them: 42 statements per language as
module handbooks print them (lists pasted in one string, a lead-in then the item, items under Knowledge / Skills
/ Competence or Wissen / Fertigkeiten / Kompetenzen headings, a condition and a standard, long academic
sentences, very short ones, the second person, the passive, abbreviations and product names, numbers and units,
quotes and brackets). Half are good, the rest have one flaw each.

Before the fixes 27 of the 294 were judged wrong (``python benchmarks/bench_outcomes.py --heldout
tests/outcomes_heldout4``): 11 good statements warned of (MC-LO-001 on a learner with a complement or a doctoral
candidate, "L'étudiant en soins infirmiers applique ...", "El doctorando defiende ...", and on a passive naming
the result; MC-LO-004 on a Dutch relative clause without its comma) and 16 flawed ones missed or reported by
another rule (outcomes under several labels in one item in all seven languages, "we" in a Romance verb's ending
and learners as the indirect object of the teaching read as missing verbs, "Wissen:" as a label, a French elided
word counted twice). The classes fixed, each with unseen examples, are in
``tests/test_outcome_labels_relatives_and_learner_subjects.py``; one statement remained wrong, "Wissen:" heading a
topic, read as a label since the sixth set (a passive naming the result in English, French, Spanish and
Italian is read as its outcome since ``tests/test_outcome_passive_results.py``, and a learner after an opening of
up to 320 characters since ``language.LEAD_WINDOW`` was widened) (:data:`KNOWN_MISSES`).

Fifth set (``tests/outcomes_heldout5``).

Written and labelled from the reference guidance before the analysis ran on them: 42 statements per language (43 in
English) in this round's styles: VET curricula and occupational standards ("is able to ... in accordance with ..."),
company academies, MOOCs ("By the end of this course you will ..."), Erasmus+ handbooks, CEFR can-do statements in
the first person, health and safety, DigComp and GreenComp, long statements with conditions and standards, numbers,
codes, product names and abbreviations, openings with an adverb or a prepositional phrase, the second person and
"we". Half are good, the rest have one flaw each.

Before the fixes 43 of the 295 were judged wrong (``python benchmarks/bench_outcomes.py --heldout
tests/outcomes_heldout5``): 15 good statements warned of (MC-LO-001 on the first person "I can" / "Je peux" /
"Puedo", on "Vous rédigerez", on a learner or trade after an opening such as "Sous supervision, l'élève infirmier
administre ...", on a manner phrase "De manière autonome, ...", on a Dutch passive of a separable verb "wordt
opgesteld", on long openings) and 28 flaws missed or reported by another rule (the provider as the subject, "The
academy provides ...", in all seven languages; the contents or the learners as the subject of a passive in German,
Dutch, Polish, French and Spanish; vague verbs in the second person future after a time phrase; a Dutch adjective
and infinitive naming a field, "Circulair bouwen in de woningbouw"; a Spanish noun with its adjective, "Compra pública
..."; a German infinitive the lemmatiser lacks, "entlüften"; a relative clause in an opening read as an action). The
classes fixed, each with unseen examples, are in ``tests/test_outcome_providers_contents_first_person_and_domain_
headings.py``; the five learners after a long opening are read since ``language.LEAD_WINDOW`` was widened
from 160 to 320 characters; the last three ("Bleed radiators and flush ...", "Tape joints ... so that ...", "l'operatore
dei servizi per il lavoro abbina ...") since ``tests/test_outcome_second_actions_long_subjects_and_romance_headings.py``;
none remains (:data:`KNOWN_MISSES`).

Sixth set (``tests/outcomes_heldout6``).

Written and labelled from the reference guidance before the analysis ran on them: 42 statements per language on ground
the earlier sets did not cover: outcomes as national qualifications frameworks phrase them (knowledge / skills /
responsibility and autonomy, the Dublin descriptors of Italian catalogues, the Polish K_W/K_U/K_K codes), numbering
schemes ("LO1:", "a)", "1.2.3", bullets), machine-translated outcomes with their typical errors ("is capable to",
"es capaz para", "è capace a"), health, law, arts, crafts, agriculture, maritime, military and religious education,
inline citations, units, quotes and brackets, the second person, and texts that are an assessment method or an
entry requirement rather than an outcome (a heading without a verb is no-verb; a sentence about the course's entry
or assessment, "Applicants must hold ...", is teacher-centred). Half are good, the rest have one flaw each.

Before the fixes 34 of the 294 were judged wrong, one of them by the labeller (the Polish "jest gotów do przyjęcia
odpowiedzialności", readiness rather than an action, is vague as the lexicon has it, not good): 11 good statements
warned of (machine-translated ability phrases, a label before the learner, "Aptitudes : l'apprenant taille ...",
a citation's commas read as the end of an opening, "officer cadet" as the learner) and 23 flaws missed or reported
by another rule (entry requirements in all seven languages, the teacher after an opening in German, Dutch, Polish,
Spanish and Italian, awareness in the second person, "avrà acquisito conoscenze", "Das Modul wird ... geprüft", "Deze
eenheid laat ... kennismaken", a repeated Dutch separable verb, "draw up" after "and", "Wissen:" heading a topic).
A Polish ability phrase before a verbal noun, "jest zdolny do zainstalowania ...", is read as that action, and a light
verb with its object, "eine Differentialdiagnose ... machen", "fare una diagnosi", as the action (gaining experience,
"Erfahrungen machen", "fare esperienza", stays vague); none remains wrong.
The classes fixed, each with unseen examples, are in ``tests/test_outcome_heldout6_classes.py``.

Seventh set (``tests/outcomes_heldout7``).

Written and labelled from the reference guidance before the analysis ran on them: 40 statements per language on
grammar the earlier sets did not stress: inclusive and gendered forms of the learner ("Teilnehmer:innen", "les
apprenant·e·s", "las y los estudiantes", "lo/la studente/ssa", "student/ka"), Polish aspect pairs and reflexives
("potrafi oszacować", "przeprowadzi", "posługuje się", "jest gotów do"), Spanish and Italian clitics ("depurarlo",
"diagnosticarlo", "aplicarlas", "utilizzarli"), Dutch separable and modal verbs ("stelt ... op", "kan ... uitvoeren",
"moet ... kunnen bedienen"), nominalisations as headings ("Anwendung von ...", "La mise en œuvre de ..."), conditions
and criteria ("Given a dataset of 10,000 ...", "with 95% confidence", "under supervision"), negations ("does not start
... before", "sin consultar", "senza"), "we" and the lecturer as the subject, DigComp and GreenComp wording, statements
of two words and of sixty words and more. Half are good, the rest have one flaw each.

Before the fixes 26 of the 280 were judged wrong, 4 of them by the labeller: the long statements joined a second
action ("estimate ... and justify ..."), two flaws where each statement has one, so that action was removed in all
seven languages (English and German had not reported it; both are read as compounds since: "and to justify", and
the German learner between "sind" and "in der Lage" after an opening). Of the 22 the analysis got
wrong, 12 good statements were warned of (a thousands or decimal comma read as the end of an opening; "Without ...",
"Sans ...", "Sin ...", "Senza ...", "Di fronte a ..." and "Ricevuto un guasto, ..." openings; "Teilnehmer:innen" read
as a label; "las y los" and "le ou la" before the learner; "titulaire"; "does not start ... before"), 3 long statements
were also reported as lacking a verb (a Romance learner after an opening that lists items between commas, and
"paramètre") and 7 flaws were missed or reported by another rule ("we" in the present tense, "Introducimos",
"Introduciamo", "Zapoznajemy"; "Se sensibiliser"; "le nettoyer puis construire" after an opening; a Dutch noun after an
inflected adjective, "gevaarlijke stoffen", and a compound noun ending in a verb, "Systeemdenken"). Once "le ou la" was
read, "Le ou la participant·e est familiarisé·e avec ..." was reported as the learners' passive (teacher-centred), as
the lexicon reads "est familiarisé avec"; the statement was rewritten as an unambiguous vague one. All are fixed; the
classes, each with unseen examples, are in ``tests/test_outcome_heldout7_classes.py``; none remains.

Eighth set (``tests/outcomes_heldout8``).

Written and labelled from the reference guidance before the analysis ran on them: 41 statements per language as real
module handbooks and catalogues write them: several outcomes in one string (numbers, letters, bullets, dashes, line
breaks, semicolons after a shared lead-in, "Knowledge: ... Skills: ..."), a lead-in before one item ("... will be able
to: draft ..."), headings inside the list ("Skills:", "Kompetenzen:", "Savoir-faire :", "Umiejętności:"), EQF
responsibility-and-autonomy wording, references and codes ("LO3 (PLO 2.1):", "K_U03"), abbreviations ("e.g.", "z. B.",
"p. ex.", "p. ej.", "ad es.", "bijv.", "np."), quotes, HTML and markdown remnants, health care, law, arts, agriculture,
crafts and logistics, and topics and learning activities written as outcomes (attending lectures, taking part in a
field trip: teacher-centred). Half are good, the rest have one flaw each.

Before the fixes 35 of the 287 were judged wrong, 1 of them by the labeller (the French "Apprécier le rôle de ..." was
labelled vague, but French catalogues use "apprécier" as an evaluation verb, as the lexicon has it: relabelled good).
Of the 34 the analysis got wrong, 6 good statements were warned of (a reference in brackets inside a label, "Acquis
d'apprentissage 4 (cf. PLO 1.3) : ...", in French, Spanish and Italian; "Chorégraphier"; "Kenntnisse und
Fertigkeiten:" read as vague; the Polish "wypełnia"), 2 long statements were also reported by another rule ("Como jefe
de turno ..., el alumno ..." as lacking a verb; a Polish participle in -oną, "chłodzoną i mrożoną", as a second action)
and 26 flaws were missed or reported by another rule (learning activities in all seven languages, 14; outcomes after a
shared lead-in's colon separated by semicolons in all seven, 7; numbered items "1) Prendre ... 2) Consigner ..." and
"1) ... meten. 2) ... vastleggen in ..."; the learner of vocational schools, "De leerling herstelt ... en documenteert",
"Uczeń naprawia ... i dokumentuje"; "FIFO" read as a verb). All are fixed; the classes, each with unseen examples, are
in ``tests/test_outcome_heldout8_classes.py``; none remains.

Ninth set (``tests/outcomes_heldout9``).

Written and labelled from the reference guidance before the analysis ran on them: 40 statements in English and 41 in
each other language on the grammar of outcomes: German and Dutch separable and reflexive verbs and verb-final clauses
("stellen ... dar", "setzen sich ... auseinander", "indem sie ...", "zijn in staat om ... op te stellen"), modal
wrappers ("should be able to", "sollen ... können", "devrait pouvoir", "debería poder", "dovrebbe saper", "powinien
umieć"), "être capable de", "ser capaz de", pronominal verbs and clitics ("s'approprier", "se asegura", "presentárselo",
"ne analizza"), Polish aspect pairs and "zna i rozumie", passive and impersonal forms ("can be applied by the student",
"es wird vermittelt", "Se espera que ...", "Il est attendu de l'étudiant qu'il ..."), negation and hedging ("will not
just memorise but apply", "will have been introduced to"), coordinated verbs of different levels ("recall and
evaluate") and inclusive forms (Teilnehmer*innen, l'étudiant·e, "El/la técnico/a", "Student/ka", "(m/f/d)").

Before the fixes 32 of the 286 were judged wrong, 1 of them by the labeller (a long English statement labelled
too-long also joined three actions, "erect, alter and dismantle": two flaws, so the list became one action). Of the 31
the analysis got wrong, 20 good statements were warned of (modal wrappers "debería poder", "habrá de ser capaz de",
"estará capacitado para", "dovrebbe saper"; the expected outcome said impersonally in
Spanish, French and Italian; "Les estudiantes", "El técnico en formación", "futur·e éducateur·rice",
"student-verpleegkundige", "(m/f/d)", inclusive trades "El/la técnico/a", "L'infirmier·ère"; a phrase between the
learner and the verb in English, twice; "not just ... but ..."; "the Manchester Triage System can be applied by the
student"; two singular trades with no inclusive form) and 11 flaws were missed or reported by another rule (two long statements also as lacking a verb, behind
"debería poder" and "dovrebbe essere in grado di"; a second
action after an object pronoun in Spanish, twice, French, Italian and Polish; "s'approprier"; "will have been
introduced to", "will have developed an appreciation of"; the Polish learners in the dative, "Studentom przekazywana
jest ...", read as "Student" and "om"). The classes fixed, each with unseen examples, are in
``tests/test_outcome_heldout9_classes.py``; two remained: one trade in the singular with no inclusive form as the
subject ("Le technicien s'entretient ...", "Il tecnico installa ..."), since a singular noun before a verb is as often a
topic ("Le secteur représente ..."); both are read since the eleventh set, by the lexicon's list of trades and
professions (``practitioners``).

Tenth set (``tests/outcomes_heldout10``).

Written and labelled from the reference guidance before the analysis ran on them: 42 statements per language on ground
the earlier sets did not cover: the two ends of the EQF (level 2-3 vocational units "under direct supervision", "Level
2 Award", CAP, IeFP, mbo niveau 2, PRK poziom 2; level 7-8 research and professional doctorates, "the doctoral
candidate", "Die Doktorandinnen und Doktoranden", "la doctorante en doctorat professionnel"), DigComp and GreenComp
wording (competence titles as headings, proficiency levels "At foundation level and with guidance"), ESCO skill
labels copied as outcomes (lower case, three words: too short; knowledge concepts: no verb; "understand written and
spoken Spanish": vague), numbers, units, standards and product names ("ISO/IEC 27001:2022 clauses 4 to 10", "IEC
61508-5", "Python 3.12", "Power BI Desktop", "Microsoft Access", "230 V", "5 °C"), and outcomes mixed with their
assessment or conditions ("..., assessed by a 20-minute oral" is good; "Trainees are assessed by ..." is
teacher-centred; "... and present it in a 10-minute oral" is compound). Half are good, the rest have one flaw each.

Before the fixes 17 of the 294 were judged wrong: 4 good statements warned of (MC-LO-001 on an English learner after
words that qualify it, "The doctoral candidate designs ...", "The Doctor of Business Administration candidate
evaluates ..."; on "l'apprenant stocke ...", a French verb written with a k read as an English name; on "Al termine
della qualifica IeFP, l'allievo ...", the capital I of a name read as the article "i"), 4 too-long statements also
reported by another rule (MC-LO-001 on the qualified learner after a long opening, twice in English; MC-LO-004 on the
verbs of a relative clause joined by "et" and "i", "qui prolonge ..., peut être traitée ... et se prête ...", in French
(where "peut être traitée" was also read as the learner's "peut") and Polish) and 9 flaws missed or reported by another rule (the programme or school named with an adjective or in a
compound as the subject, "The doctoral programme provides", "Das Promotionsprogramm bietet", "Le programme doctoral
offre", "Het promotieprogramma biedt", "Szkoła doktorska zapewnia"; knowledge said to be had with an adjective the
lexicon did not list, "Demonstrate a systematic understanding of", "verfügen über ein systematisches Verständnis";
"Qualifica IeFP di ...", a noun before a name read as a verb; a Dutch "en het presenteren" read as a verbal noun).
The classes fixed, each with unseen examples, are in ``tests/test_outcome_heldout10_classes.py``; after them 1 of the
294 is wrong (:data:`KNOWN_MISSES`): "... opstellen en het presenteren in een mondeling ...", where "het" before an
infinitive that does not end its phrase is read as the article of a verbal noun ("het presenteren van ...").

Eleventh set (``tests/outcomes_heldout11``).

Written and labelled from the reference guidance before the analysis ran on them: 41 statements per language on ground
the earlier sets did not cover: micro-credentials in health and care, agriculture, tourism, construction and crafts,
public administration, teacher training and the arts, the learner often named by the trade ("the care assistant", "le
graveur", "l'addetto amministrativo"); criteria and conditions ("with 90 % accuracy", "within 5 minutes per guest",
"according to the HACCP plan", "to a tolerance of ±0.5 mm"); "and/or", slashes and brackets (between nouns one action,
between verbs two); negations ("Without supervision", "with no arithmetic errors") and entry requirements ("No prior
knowledge ... is required"); questions and competence headings of national frameworks ("Lernfeld 4: ... planen",
"UC1017_2: Desarrollar ...", "B1-K1-W2: Stelt ... op", "Zestaw efektów uczenia się 3: Komunikacja ..."); reflexive and
separable verbs ("stellen ... dar", "setzen ... auf", "s'assure", "si attengono", "vergewist zich", "upewnia się"),
Polish aspect pairs and the impersonal "-no/-to" ("Omówiono ..."). Half are good, the rest have one flaw each.

Before the fixes 58 of the 287 were judged wrong, 7 of them by the labeller: the entry requirements were labelled
teacher-centred, but the project reads what a course requires as no outcome's action (MC-LO-001, as
``tests/test_outcome_passive_results.py`` has it for "Prior experience ... is recommended"), which the reference does
not contradict; they were relabelled no-verb (in Dutch and Polish the analysis then still reported nothing). Of the 51
the analysis got wrong, 28 good statements were warned of (one learner named by a trade in the singular, 22 times in
English, French, Spanish and Italian; reflexive verbs after a plural trade, "Los operarios se ajustan a", "Gli operai
si attengono alle"; "El docente en prácticas" read as the teacher; "Dar", "trait" and "voor publiek uitvoeren" not read
as verbs), 2 too-long statements were also reported as lacking a verb (a trade in training after a long opening, "Au
sein d'un binôme ..., l'agent en formation instruit", "All'interno di ..., l'addetto in formazione istruisce") and 21
flaws were missed or reported by another rule (two verbs joined by a slash, "Install/commission", in all seven
languages; a second action in brackets opened by a conjunction, "(and evaluate it afterwards ...)", in all seven; "en/of"
between infinitives; "Welche Gefahren bestehen ...?"; the teaching after an opening, "se mostrará a los participantes",
"wordt de deelnemers getoond"; "Omówiono ze studentami"; "Być zaznajomionym z"; "et la dépose"). The classes fixed, each
with unseen examples, are in ``tests/test_outcome_heldout11_classes.py``; after them 9 of the 287 are wrong
(:data:`KNOWN_MISSES`): 7 learners named by a noun that also names a thing or a substance, which the lexicon's trades
leave out ("guide", "guía", "guida", "técnica", "agent"); "et la dépose", read as an article and a noun; "voor publiek
uitvoeren", an infinitive after a preposition and a word that is also an adjective, read as a verbal noun. Since
the lexicons list the whole names of trades whose head also names a thing ("tour guide", "agent administratif", "guía
turística", "técnica en ...", "guida turistica"), 3 are: "La guide conçoit ...", the person told by the feminine
article only, "et la dépose" and "voor publiek uitvoeren".

Twelfth set (``tests/outcomes_heldout12``).

Written and labelled from the reference guidance before the analysis ran on them: 40 statements per language on the
key and transversal competences micro-credentials teach (EntreComp, GreenComp, LifeComp, DigComp 2.2, the 2018 Key
Competences, ESCO transversal skills): attitudes and values said as a state ("Values cultural diversity", "ist sich
... bewusst", "Docenia różnorodność"), interest ("Develop an interest in"), self-directed verbs with their object and
means ("manages own study time by ...", "organisieren ihre Lernzeit selbst"), an attitude shown in an action
("Demonstrate empathy ... by paraphrasing ..."), framework level phrasing ("Can, with guidance, ...", "Al livello
intermedio, ..."), competence titles as headings ("2.5 Netiquette: ..."), the course fostering a mindset, learners
encouraged to reflect, an attitude and an action joined. Half are good, the rest have one flaw each.

Before the fixes 29 of the 280 were judged wrong, 1 of them by the labeller (the French "L'apprenant est sensibilisé
aux ..." was labelled vague, but the French lexicon reads the learner in the passive of "sensibiliser" as taught, as
"students will be introduced to" is: relabelled teacher-centred). Of the 28 the analysis got wrong, 1 good statement
was warned of ("Can, with guidance, identify ...", DigComp's level phrasing), 4 too-long statements were also reported
by another rule (a relative clause listed on after a comma, "that responds ..., fits ... and can be presented", read
as further actions in English, French and German; an Italian "potrà essere presentato" read as the learner's modal)
and 23 flaws were missed or reported by another rule (a value held, "Values/Valorise/Valora/Valorizza la diversità",
"schätzen ... wert", 5; interest as the outcome in six languages; "erkennen die Bedeutung ... an"; learners encouraged,
"werden angeregt", "Se anima a", "worden aangemoedigd"; the course fostering, "This course fosters", "Cette formation
développe"; "El alumnado se familiarizará", a reflexive read as the impersonal "se" of the course's plan; "Search for
..." read as no verb; Dutch second actions with "het" as their object or a prepositional phrase after their
infinitive, 3, the class of the tenth set's known miss; "monitor progress" after "and"). The classes fixed, each with
unseen examples, are in ``tests/test_outcome_heldout12_classes.py``; after them 2 of the 280 are wrong
(:data:`KNOWN_MISSES`): an English second action after "and" with a bare noun object ("monitor progress towards
them"), and a German relative clause listed on after a comma, whose verb-final finite verbs are read as the learner's
further actions; the German one is read right since a stretch after a relative clause that opens with no verb and
ends in a finite one goes on the clause. The tenth set's "... opstellen en het presenteren in een mondeling ..." is read right since.

Thirteenth set (``tests/outcomes_heldout13``).

Written and labelled from the reference guidance before the analysis ran on them: 41 statements per language (42 in
English) as text generators and Bloom verb lists draft outcomes: the template "Students will be able to [Bloom verb]
..." at every level, "real-world" and "cutting-edge", dressed-up vague phrasing ("delve into", "gain insights into",
"develop a holistic understanding", "explore the key principles of", "navigate the landscape of", "unlock the
potential of", "master the art of", "gain hands-on experience", "cultivate a growth mindset" and their equivalents,
"tauchen tief ein", "approfondir", "profundizar en", "orientarsi nel panorama", "zich verdiepen in", "zgłębić"), the
generators' verbs with a tool or a task ("Leverage pandas to ...", "Harness ... tools to ...", "Foster ... by
facilitating ..."), "be equipped to" before the action, marketing sentences about the course or the provider ("This
course empowers you to ...", "Our hands-on workshops provide ..."), three verbs joined, titles. Half are good, the rest
have one flaw each.

Before the fixes 68 of the 288 were judged wrong, none of them by the labeller: 6 good statements warned of (the
generators' verbs "harness" and "foster" outside the lexicon, MC-LO-001; "seront outillés pour", "estarán preparados
para", "saranno attrezzati per" not read as lead-ins; a Dutch "ongesuperviseerd leren" read as the vague verb) and 62
flaws missed or reported by another rule (immersion in a field, 12; a field as a whole explored, navigated, unlocked or
mastered, 24; experience gained, 5; understanding or insight gained with words the lexicons did not list, 8; a mindset
cultivated; the course enabling or the provider's own courses offering, in all seven languages, 10; learners guided
through the teaching in Dutch; "Leverage AI tools" also as lacking a verb). The classes fixed, each with unseen
examples, are in ``tests/test_outcome_heldout13_classes.py``; a vague phrase that holds a knowledge verb ("Het
volledige potentieel van ... benutten") is vague since, where knowledge put to use stays an action. After them 1 of the
288 is wrong (:data:`KNOWN_MISSES`): "tussen gesuperviseerd en ongesuperviseerd leren", a Dutch infinitive used as a
noun after two words joined by "en", read as the vague verb "leren"; it is read as a noun after two joined adjectives
since ("tussen formeel en informeel leren"), but past participles used as adjectives are not told from verbs there.

Fourteenth set (``tests/outcomes_heldout14``).

Written and labelled from the reference guidance before the analysis ran on them: 40 statements per language on the
outcomes of vocational, practical and short professional courses (EQF 2-5 and CPD): psychomotor and trade verbs with
their object ("weld a fillet joint to EN ISO 5817 level C", "kneten", "câbler", "podar", "saldare", "afstellen",
"spawać"), safety and compliance ("follow the lockout/tagout procedure", "die Unfallverhütungsvorschriften
einhalten", "apply HACCP", "use PPE correctly"), transversal skills as VET writes them ("serve guests", "kundenorientiert
beraten", "te woord staan"), standards and conditions ("under supervision", "gemäß DIN VDE", "selon la norme", "within
five minutes"), ESCO skill labels with and without a setting, "The learner is able to ..." and its equivalents; and the
faults of VET writing: topic lists and unit titles (no-verb), knowing, being familiar with or understanding the rules
and hands-on experience gained (vague), the course covering and learners instructed or shown (teacher-centred), two or
three actions joined. Half are good, the rest have one flaw each.

Before the fixes 8 of the 280 were judged wrong, none of them by the labeller: 1 good statement warned of ("Lift and
move a patient safely ...", one manoeuvre of manual handling, read as two actions), 1 good statement reported as
lacking a verb (the Dutch "te woord staan", whose "staan" is an auxiliary) and 6 flaws missed or reported by another
rule (learners instructed in a German strong participle, "werden ... unterwiesen"; a German list of actions whose next
item opens with "die", read as a relative clause; a Dutch second action followed by "volgens NEN-EN-ISO 5817", whose
"EN" was read as the conjunction "en" and "volgens" was no preposition after a verb; "Être sensible à"; "Być
świadomym"; "Posiadać wiedzę"). The classes fixed, each with unseen examples, are in
``tests/test_outcome_heldout14_classes.py``, with one class their unseen examples found (a Dutch verb-final action
followed by a phrase before the next action, "... monteren volgens de norm en ... controleren"); none remains.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.bench_outcomes import HELDOUT_RULE_OF_LABEL, heldout_scores, heldout_sets
from tests.heldout import rule_of_label_test, statement_cases

HERE = Path(__file__).parent
LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pl")
SETS = {
    name: heldout_sets(HERE / name)
    for name in (
        "outcomes_heldout3",
        "outcomes_heldout4",
        "outcomes_heldout5",
        "outcomes_heldout6",
        "outcomes_heldout7",
        "outcomes_heldout8",
        "outcomes_heldout9",
        "outcomes_heldout10",
        "outcomes_heldout11",
        "outcomes_heldout12",
        "outcomes_heldout13",
        "outcomes_heldout14",
    )
}
# Statements the analysis is known to judge wrong, per set.
KNOWN_MISSES: dict[str, frozenset[str]] = {
    "outcomes_heldout11": frozenset(
        {
            "La guide conçoit un itinéraire de randonnée de deux jours pour un groupe de 15 visiteurs à mobilité "
            "réduite.",
            "L'apprenti prépare une demande de permis de construire et la dépose en mairie dans les délais.",
            "Een pianostuk op het niveau van het zesde leerjaar uit het hoofd voor publiek uitvoeren.",
        }
    ),
    "outcomes_heldout12": frozenset(
        {
            "Set personal learning goals and monitor progress towards them in an e-portfolio.",
        }
    ),
    "outcomes_heldout13": frozenset(
        {
            "De student kan het verschil tussen gesuperviseerd en ongesuperviseerd leren uitleggen met van elk een "
            "voorbeeld.",
        }
    ),
}
# The measured floor per set and language: precision and recall of each rule, in percent (100 where not listed).
FLOOR: dict[str, dict[str, dict[str, tuple[float, float]]]] = {
    "outcomes_heldout4": {"de": {"MC-LO-001": (100.0, 75.0), "MC-LO-002": (80.0, 100.0)}},
    "outcomes_heldout9": {"fr": {"MC-LO-001": (75.0, 100.0)}, "it": {"MC-LO-001": (75.0, 100.0)}},
    "outcomes_heldout11": {
        "fr": {"MC-LO-001": (83.0, 100.0), "MC-LO-004": (100.0, 80.0)},
        "nl": {"MC-LO-001": (83.0, 100.0)},
    },
    "outcomes_heldout12": {"en": {"MC-LO-004": (100.0, 75.0)}},
    "outcomes_heldout13": {"nl": {"MC-LO-002": (90.0, 100.0)}},
}


@pytest.mark.parametrize("corpus", SETS)
def test_the_set_has_at_least_40_statements_in_each_of_seven_languages_half_good(corpus: str) -> None:
    sets = SETS[corpus]
    assert tuple(sorted(sets)) == tuple(sorted(LANGUAGES))
    assert sum(len(items) for items in sets.values()) >= 280
    for language, items in sets.items():
        assert len(items) >= 40, language
        assert {label for label, _ in items} <= {"good", *HELDOUT_RULE_OF_LABEL}, language
        assert sum(label == "good" for label, _ in items) * 2 >= len(items) - 2, language


test_each_statement_gets_exactly_the_rule_of_its_label = rule_of_label_test(
    [
        pytest.param(*case.values, marks=case.marks, id=f"{corpus[-1]}-{case.id}")
        for corpus, sets in SETS.items()
        for case in statement_cases(sets, KNOWN_MISSES.get(corpus, frozenset()))
    ]
)


@pytest.mark.parametrize("corpus", SETS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_precision_and_recall_per_rule_hold_the_measured_floor(corpus: str, language: str) -> None:
    for rule, (precision, recall) in heldout_scores(SETS[corpus][language], language).items():
        floor_p, floor_r = FLOOR.get(corpus, {}).get(language, {}).get(rule, (100.0, 100.0))
        assert precision >= floor_p, (rule, precision)
        assert recall >= floor_r, (rule, recall)
