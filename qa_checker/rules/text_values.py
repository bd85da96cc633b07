"""Texts that state a value the descriptor's own fields contradict: what a reviewer spots when the prose and the fields
disagree.

A summary (or a title) may state the offering's workload ("5 ECTS", "6 crédits ECTS", "3 CFU", "Arbeitsaufwand: 150
Stunden"), its EQF level ("EQF level 5", "niveau 6 du CEC", "nivel 5 del MEC"), its form of participation ("fully
online", "100 % en ligne", "Präsenzveranstaltung"), its national level ("DQR-Niveau 6"), its price, or that it is
free of charge ("Teilnahmegebühr: 1.200 €", "kostenlos", "la formation est gratuite"), its language of instruction
("taught in English", "Unterrichtssprache ist Deutsch") or the year its run starts ("starts in September 2027",
"Beginn: Oktober 2027"). The small phrase tables below (English, German, French, Spanish, Italian, Dutch, Polish and
Portuguese, read in a text of any language: their words are distinctive) find only clear statements, as
:mod:`qa_checker.rules.supervision_text` does; a statement of something else is left out: a figure of another
credential ("of the 30-ECTS programme", "towards a 60 ECTS master"), of the learners ("EQF 6 graduates", "titulaires
d'un diplôme de niveau 6"), an approximation, a bound or a range ("about 150 hours", "de menos de 15 ECTS", "5-6
ECTS"), each part's figure ("zu je 5 ECTS"), hours a week, a price of nothing for one group ("free for staff") or
beside an amount, an amount that is not the price for everyone ("ab 800 €", "250 € per module", "Frühbucherpreis"),
the language of the materials ("materials in English"), a past start ("started in 2019"). A text that states two
figures of one kind, neither of them the field's, two years, or both an online and an on-site form, is mixed and not
judged.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Iterable, Iterator, Set
from dataclasses import dataclass
from typing import Any

from qa_checker.aliases import ROMAN_NUMERALS, roman_number
from qa_checker.descriptor import Descriptor
from qa_checker.findings import Severity
from qa_checker.frameworks import EQF_LEVELS, NQF_ALIASES, NQF_NAMES, NQF_TO_EQF
from qa_checker.patterns import LazyPattern, lazy
from qa_checker.rules import register
from qa_checker.rules.base import Hit, Rule, RuleContext
from qa_checker.rules.consistency import declared_nqf
from qa_checker.text import msg, quote
from qa_checker.value_reader import language, number, plain_digits, price, price_currency

_I = re.IGNORECASE

# A figure of credits (of hours, up to four digits): not the end of a longer number or word, a decimal of one digit
# at most; a year is none ("the 2019 EC recommendation").
_FIGURE = r"(?<![\w.,])(\d{1,3}(?:[.,]\d)?)(?!\d)"
_HOURS_FIGURE = r"(?<![\w.,])(\d{1,4}(?:[.,]\d)?)(?!\d)"

# The ECTS credit and its national names beside a figure ("5 ECTS", "30-ECTS", "6 crédits ECTS", "5 ECTS-Punkten",
# "3 CFU", "5 EC", "5 punktów ECTS").
_CREDITS = lazy(
    _FIGURE + r"\s*(?:-\s*)?(?:ECTS(?:[- ]?(?:credits?|points?|punkte?n?|leistungspunkte?n?|kredyt\w*))?"
    r"|crédits? (?:ECTS|européens?)|créditos? (?:ECTS|europeos?)|crediti(?: ECTS| formativi(?: universitari)?)?"
    r"|CFU|EC|studiepunten|punkt(?:y|ów)? ECTS|Leistungspunkte?n?)(?!\w)",
    _I,
)
# A unit of hours after a figure ("150 h", "150 Stunden", "150 heures", "150 godz.").
_HOUR_UNIT = r"(?:hours?|hrs?|h|Stunden|Std\.?|heures?|horas?|ore|uur|uren|godzin\w*|godz\.?)"
# Hours given as the workload with the word for it after the figure ("150 Stunden Gesamtaufwand", "150 hours of study
# in total", "150 heures de travail"), not the learner's own part of it ("150 ore di studio individuale", "heures de
# travail personnel"), or as the label before it ("Total learning hours: 150", "Study hours: 150").
_HOURS_WORD_AFTER = lazy(
    _HOURS_FIGURE
    + r"\s*"
    + _HOUR_UNIT
    + r"\s+(?:of\s+(?:study|learning|work)|(?:Gesamt|Lern|Arbeits)aufwand|de\s+travail|de\s+(?:trabajo|estudio)"
    r"|di\s+studio|studie(?:belasting)?|pracy)(?!\w)(?!\s+(?:individu\w*|personn?\w*|autonom\w*|autónom\w*|propi\w*|własn\w*))",
    _I,
)
_HOURS_LABEL = lazy(r"(?<!\w)(?:total\s+)?(?:learning|study|notional)\s+hours\s*(?::\s*)?" + _HOURS_FIGURE, _I)
# The numbers one to twelve in words, in the seven languages of the phrase tables ("five ECTS credits", "fünf
# ECTS-Punkte", "cinq crédits ECTS", "seis créditos ECTS", "sei CFU", "vijf ECTS", "pięć punktów ECTS"); not the
# words for one that are articles too ("een ECTS-cursus", "un module ECTS").
_NUMBER_WORDS = {
    word: float(number)
    for number, words in enumerate(
        (
            "one eins jeden",
            "two zwei deux dos due twee dwa dwie",
            "three drei trois tres tre drie trzy",
            "four vier quatre cuatro quattro cztery",
            "five fünf cinq cinco cinque vijf pięć",
            "six sechs seis sei zes sześć",
            "seven sieben sept siete sette zeven siedem",
            "eight acht huit ocho otto osiem",
            "nine neun neuf nueve nove negen dziewięć",
            "ten zehn dix diez dieci tien dziesięć",
            "eleven elf onze once undici jedenaście",
            "twelve zwölf douze doce dodici twaalf dwanaście",
        ),
        start=1,
    )
    for word in words.split()
}
# Credits in words before the name of the ECTS credit (not a bare "EC": "the ten EC member states").
_CREDITS_IN_WORDS = lazy(
    r"(?<!\w)(" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")\s+(?:ECTS(?:[- ]?(?:credits?|points?"
    r"|punkte?n?|leistungspunkte?n?|kredyt\w*))?|crédits? ECTS|créditos? ECTS|crediti(?: ECTS| formativi)|CFU"
    r"|punkt(?:y|ów)? ECTS)(?!\w)",
    _I,
)
# Hours given as the workload: after a word for the workload ("workload of 150 hours", "Arbeitsaufwand: 150 Stunden",
# "carga de trabajo de 150 horas", "studiebelasting van 150 uur", "nakład pracy 150 godzin").
_HOURS = lazy(
    r"(?<!\w)(?:(?:total )?workload|study load|learning time|study time|(?:arbeits|gesamt|lern|zeit)aufwand|workload"
    r"|charge de travail|volume de travail|volume horaire|carga de trabajo|dedicación(?: total)?|carico di lavoro"
    r"|impegno (?:complessivo|totale)"
    r"|studiebelasting|studielast|nakład pracy|carga de trabalho)(?!\w)[^.;\d]{0,25}?"
    + _HOURS_FIGURE
    + r"\s*"
    + _HOUR_UNIT
    + r"(?!\w)",
    _I,
)
# The EQF level by its names and abbreviations ("EQF level 5", "EQR-Niveau 5", "niveau 6 du CEC", "nivel 5 del MEC",
# "livello 6 EQF", "EQF-niveau 6", "poziom 6 ERK", "EQF level: 5").
_FRAMEWORK = (
    r"(?:EQF|EQR|CEC|MEC|QEQ|EKK|ERK|European Qualifications? Framework|Europäischen Qualifikationsrahmens"
    r"|cadre européen des certifications|Marco Europeo de Cualificaciones|Quadro europeo delle qualifiche"
    r"|Europees Kwalificatiekader|Europejskiej Ramy Kwalifikacji)"
)
_LEVEL_WORD = r"(?:level|niveau|stufe|nivel|nível|livello|poziom\w*|razina|taso|nivå|szint)"
# An EQF level's number in digits, in Roman numerals in capitals (not "I", the pronoun: "EQF level I think") or in
# words ("EQF level IV", "EQF Level Four", "level VI of the EQF").
_EQF_NUMBER = (
    r"(\d|(?:(?-i:"
    + "|".join(sorted(ROMAN_NUMERALS[1:EQF_LEVELS], key=len, reverse=True))
    + ")|"
    + "|".join(sorted((w for w, n in _NUMBER_WORDS.items() if n <= EQF_LEVELS), key=len, reverse=True))
    + r")(?!\w))"
)
_EQF = lazy(
    rf"(?<!\w)(?:{_FRAMEWORK}(?:[- ]?{_LEVEL_WORD})?\s*(?::\s*)?{_EQF_NUMBER}"
    rf"|{_LEVEL_WORD}\s*{_EQF_NUMBER}\s+"
    r"(?:(?:of|on|in) the |du |de l'|des |im |del |dell'|della |van het |op het |in het |do )?"
    rf"{_FRAMEWORK}(?![^\W\d])|(\d)\.?\s+{_LEVEL_WORD}\s+{_FRAMEWORK}(?![^\W\d]))(?![\w,.]\d)",
    _I,
)
# A national framework's level, by the framework's abbreviation in capitals ("DQR-Niveau 6", "DQR 7", "NLQF-niveau
# 5", "niveau 6 (RNCP)", "RNCP niveau 7", "poziom 6 PRK", "NFQ Level 9", "SCQF level 7"); a sub-level ("7.1") is
# not read.
_NATIONAL_ABBREVIATIONS = "|".join(
    sorted(
        (name for name in NQF_ALIASES if name.isalpha() and name.isupper() and len(name) <= 6), key=len, reverse=True
    )
)
# or by its name in English written out ("Level 9 on the National Framework of Qualifications", "Scottish Credit and
# Qualifications Framework level 7").
_NATIONAL_NAMES = "|".join(
    sorted(
        (r"[\s-]+".join(name.split()) for name in NQF_NAMES if "framework" in name and name.isascii()),
        key=len,
        reverse=True,
    )
)
_NATIONAL_LEVEL = lazy(
    rf"(?<![\w-])({_NATIONAL_ABBREVIATIONS})([- ]?(?i:{_LEVEL_WORD}))?\s*(?::\s*)?(\d{{1,2}})(?![\w,.]\d|\w)"
    rf"|(?<!\w)(?i:{_LEVEL_WORD})\s*(\d{{1,2}})\s+(?:(?i:of the|on the|in the|du|de la|des|del|della|dello|van het"
    rf"|van de|im|do|da|dos|das|de)\s+)?\(?({_NATIONAL_ABBREVIATIONS})\)?(?!\w)"
    rf"|(?<!\w)(?i:level)\s*(\d{{1,2}})\s+(?i:of|on|in)\s+(?i:the\s+)?(?i:({_NATIONAL_NAMES}))(?!\w)"
    rf"|(?<!\w)(?i:({_NATIONAL_NAMES}))\s+(?i:level)\s*(\d{{1,2}})(?![\w,.]\d|\w)"
)

# Forms of participation stated as the only one; a denial of the other form is part of the statement ("ohne
# Online-Anteile").
_ONLINE_ONLY = lazy(
    r"(?<!\w)(?:(?:fully|entirely|completely|wholly|exclusively|only|100 ?%) online|online[- ]only"
    r"|(?:vollständig|komplett|ausschließlich|rein|nur|100 ?%) online|reine[rs]? Online-?(?:kurs|veranstaltung|format)"
    r"|(?:100 ?%|entièrement|intégralement|totalement|exclusivement|uniquement) (?:en ligne|à distance)"
    r"|(?:100 ?%|totalmente|íntegramente|completamente|exclusivamente) (?:online|en línea|virtual|a distancia)"
    r"|(?:interamente|completamente|totalmente|esclusivamente|100 ?%) (?:online|a distanza)"
    r"|(?:volledig|geheel|uitsluitend|alleen|100 ?%) (?:online|op afstand)"
    r"|(?:w pełni|w całości|całkowicie|wyłącznie|tylko|w 100 ?%) (?:online|zdaln\w*)"
    r"|no (?:on-?site|on-campus|face-to-face) (?:sessions?|component|part)s?|ohne Präsenz\w*)(?!\w)",
    _I,
)
_ONSITE_ONLY = lazy(
    r"(?<!\w)(?:(?:entirely|fully|exclusively|only|100 ?%) (?:on campus|on[- ]site|in person|face[- ]to[- ]face)"
    r"|(?:in person|face[- ]to[- ]face) only|no online (?:sessions?|component|part)s?"
    r"|reine Präsenzveranstaltung|reine Präsenz|(?:ausschließlich|vollständig|nur|100 ?%) (?:in Präsenz|vor Ort)"
    r"|ohne Online-?Anteile?"
    r"|(?:100 ?%|entièrement|intégralement|uniquement|exclusivement) (?:en )?présentiel|sans distanciel"
    r"|(?:100 ?%|totalmente|íntegramente|exclusivamente) presencial"
    r"|(?:interamente|esclusivamente|completamente|solo|100 ?%) in presenza"
    r"|(?:volledig|uitsluitend|alleen|100 ?%) (?:op locatie|op de campus|fysiek)"
    r"|(?:wyłącznie|w pełni|w całości|całkowicie|tylko) stacjonarn\w*)(?!\w)",
    _I,
)
# The offering said to be on site, without "only" ("Präsenzveranstaltung", "Formation en présentiel", "Curso presencial
# em Lisboa", "Corso in presenza"): against an online mode; a blended one has its on-site part.
_ONSITE_COURSE = lazy(
    r"(?<!\w)(?:Präsenzveranstaltung|Präsenzkurs|(?:Kurs|Lehrgang|Seminar) in Präsenz"
    r"|(?:formation|cours|module) en présentiel|(?:curso|formación|formação|módulo) presencial"
    r"|(?:corso|modulo) in presenza"
    r"|(?:course|module|training) (?:held )?(?:on campus|in person|face[- ]to[- ]face))(?!\w)",
    _I,
)
# An offering named just before a statement of the form: the statement is the offering's ("Curso 100 % presencial"),
# not one of its parts' ("La evaluación final es 100 % presencial", "the labs are held entirely on campus").
_OFFERING_BEFORE = lazy(
    r"(?<!\w)(?:course|curso|corso|cours|formation|formación|formação|kurs|lehrgang|module|modul|modulo|módulo"
    r"|training|programme|program|cursus|opleiding|szkolenie|micro-?credential|microcredencial|microcredenziale)"
    r"(?:\s+(?:is|es|est|è|é|ist|wird|jest|held|taught|given))?\s*$",
    _I,
)
# What makes an on-site course named another than the offering: the one it replaces, is equivalent to or a version
# of ("remplace la formation en présentiel", "Ersetzt den bisherigen Präsenzkurs").
_ANOTHER_COURSE = lazy(
    r"(?<!\w)(?:replac\w*|remplac\w*|ersetz\w*|sustitu\w*|sostitu\w*|substitu\w*|vervang\w*|zastęp\w*"
    r"|equivalent\w*|équivalent\w*|equivalente?|äquivalent\w*|gelijkwaardig\w*|version\w*|versión|versão|versione"
    r"|bisherig\w*|former|previous|ancien\w*|anterior|precedente|vorig\w*|vroeger\w*|instead of|au lieu de"
    r"|statt)(?!\w)",
    _I,
)
# What names the other form beside a statement of one: the text is mixed ("online lectures, labs on campus").
_ONSITE_WORDS = lazy(
    r"(?<!\w)(?:campus|on[- ]site|in person|face[- ]to[- ]face|classroom|Präsenz\w*|vor Ort|présentiel|sur site"
    r"|presencial\w*|in presenza|in aula|op locatie|fysiek\w*|stacjonarn\w*)(?!\w)",
    _I,
)
_ONLINE_WORDS = lazy(
    r"(?<!\w)(?:online|e-learning|en ligne|distanciel|à distance|en línea|virtual\w*|a distanza|op afstand"
    r"|zdaln\w*|webinar\w*|a distancia|a distância|à distância|video\w*|Videokonferenz\w*|visio\w*)(?!\w)",
    _I,
)
# What a free course named by its noun may be besides the offering: a bridging, preparatory, introductory, trial or
# extra one ("un curso gratuito de nivelación", "un corso gratuito di recupero", "bezpłatny kurs przygotowawczy"); a
# course "de introducción a Python" or "de preparación" may be the offering itself.
_OTHER_COURSE = (
    r"(?!\s+(?:(?:de|di|da|du|d')\s*)?(?:nivela\w*|mise à niveau|recupero|refuerzo|repaso|apoio|apoyo|acogida"
    r"|accoglienza|acolhimento|preparatori\w*|preparatóri\w*|préparatoire\w*|propedeuti\w*|propedéuti\w*"
    r"|introductori\w*|introdutóri\w*|introduttiv\w*|prueba|prova|essai|complementari\w*|complementar"
    r"|przygotowawcz\w*|wyrównawcz\w*|wprowadzając\w*|próbn\w*|uzupełniając\w*)(?!\w))"
)
# Statements that taking part costs nothing: a price phrase, or a course, participation or enrolment said to be free
# ("free of charge", "Die Teilnahme ist kostenlos", "la formation est gratuite", "Deelname is gratis").
_FREE = lazy(
    r"(?<!\w)(?:free of (?:charge|cost)|at no (?:cost|charge)|without charge|tuition[- ]free"
    r"|no (?:tuition|course|participation|registration|enrolment) fees?"
    r"|there is no fee|no fees? (?:is|are) charged"
    r"|(?:course|participation|attendance|enrolment|registration|programme|module|training|micro-?credential)"
    r" is (?:entirely )?free"
    r"(?: of charge|(?! of))"
    r"|free to (?:attend|join|take part|participate|enrol\w*)"
    r"|(?:Teilnahme|Kurs|Weiterbildung|Anmeldung|Fortbildung|Schulung|Veranstaltung|Modul)\w* (?:ist |bleibt )?"
    r"(?:(?:völlig|komplett|vollständig|ganz) )?(?:kostenlos|kostenfrei|gebührenfrei|unentgeltlich)"
    r"|(?:kostenlose|kostenfreie|gebührenfreie) Teilnahme"
    r"|(?:kostenlos|kostenfrei|gebührenfrei)e[rsn]? (?!(?i:vor|probe|schnupper|einführungs|brücken|auffrischungs|zusatz"
    r"|vorbereitungs))\w*(?:kurs|lehrgang|seminar|schulung|weiterbildung|fortbildung|training|workshop|modul"
    r"|zertifikat)(?:e|en|es|s)?(?!\w)"
    r"|(?:formation|inscription|participation|cours|module)(?: est)?(?: (?:entièrement|totalement))? gratuite?s?"
    + _OTHER_COURSE
    + r"|sans frais(?: d'inscription)?"
    r"|(?:curso|matrícula|inscripción|participación|formación|programa|microcredencial)(?: es)?"
    r"(?: (?:totalmente|completamente))?"
    r" gratuit[oa]s?" + _OTHER_COURSE + r"|sin coste|sin costo"
    r"|de (?:forma|manera) gratuita"
    r"|(?:participação|inscrição|formação|frequência|microcredencial)(?: é)?(?: (?:totalmente|inteiramente))?"
    r" gratuita"
    r"|(?:curso|programa)(?: é)?(?: (?:totalmente|inteiramente))? gratuito" + _OTHER_COURSE + r"|sem custos?"
    r"|(?:corso|partecipazione|iscrizione|formazione|modulo|microcredenziale)(?: è)?"
    r"(?: (?:completamente|totalmente|interamente))?"
    r" gratuit[oa]" + _OTHER_COURSE + r"|a titolo gratuito"
    r"|senza costi(?: di iscrizione)?"
    r"|(?:deelname|cursus|inschrijving|opleiding|training|module) is (?:(?:volledig|helemaal|geheel) )?"
    r"(?:gratis|kosteloos)|kosteloos|kosteloze deelname"
    r"|gratis (?:deelname|cursus|opleiding|training)"
    r"|(?:udział|kurs|szkolenie|uczestnictwo|zajęcia)(?: w \w+)? (?:jest |są )?(?:całkowicie )?"
    r"(?:bezpłatn|nieodpłatn)\w*"
    r"|bezpłatn\w* (?:kurs|szkoleni\w*|udział)" + _OTHER_COURSE + r"|bezpłatnie|nieodpłatnie)(?!\w)",
    _I,
)
# Things beside the offering that a text may say are free, online or in a language: its amenities and materials
# ("free parking", "readings available online only", "case studies are given in English"), and the steps of
# signing up ("registration is online only", "registration starts in October 2026"), and the exam ("the exam is
# held in English"): named in the statement or at most :data:`_NEAR` words before it in its clause.
_AMENITIES = (
    r"software|licen[cs]\w*|tools?|materials?|readings?|resources|case studies|parking|lunch\w*|catering|coffee"
    r"|meals?|Lizenz\w*|Material\w*|Unterlagen|Verpflegung|Mittagessen|Getränke|Park\w*|logiciel\w*|matériel\w*"
    r"|supports|lectures|repas|déjeuner|stationnement|materiale?s?|lecturas|aparcamiento|comidas?|almuerzo"
    r"|materia\w*|letture|parcheggio|pranzo|parkeren|maaltijd\w*|oprogramowani\w*|posiłk\w*|obiad\w*"
    r"|exam\w*|assessments?|Prüfung\w*|Klausur\w*|examen\w*|esame\w*|tentamen\w*|egzamin\w*"
)
_SIGNING_UP = (
    r"registration|application|booking|payment|sign[- ]?up|Anmeld\w*|Bewerbung\w*|Einschreibung\w*|Buchung"
    r"|inscriptions?|candidature\w*|paiement|inscripci\w*|solicitud\w*|iscrizion\w*|aanmeld\w*|inschrijving\w*"
    r"|rejestracj\w*|zapisy|zgłoszeni\w*|inscrição|inscrições|candidatura\w*|pagamento|matrícula\w*"
)
_SOMETHING_ELSE = lazy(rf"(?<!\w)(?:{_AMENITIES}|{_SIGNING_UP})(?!\w)", _I)
_CLAUSE_END = lazy(r"[.,;!?\n]")
# A relative clause's opening words right before a statement, of the noun before it ("..., which starts", "..., die
# auf Deutsch"; not an article: "..., die Lehrveranstaltung wird"; nor "that", a demonstrative too).
_RELATIVE = lazy(
    r"(?:which|who|welche[rs]?|die|der|das|qui|que|lequel|laquelle|che|il quale|la quale|cuy[oa]|el cual|la cual"
    r"|wat|któr\w+)(?:\s+(?:is|are|will|will be|wird|werden|est|sont|es|son|è|sono|wordt|jest))?",
    _I,
)
_NEAR = 4
# Words that make a statement one case's ("if", "wenn", "si", "mits", "jeśli").
_CONDITIONS = r"if|when|provided|wenn|falls|sofern|si|se|als|mits|jeśli|jeżeli"
# What makes a price of nothing one group's or one case's ("free of charge for staff", "kostenlos für Mitglieder",
# "gratuit pour les étudiants", "if ...", "fee ... waived"), or one of something else ("software free of charge").
_FREE_FOR_SOME = lazy(
    r"(?<!\w)(?:for|für|pour|para|per|voor|dla)\s+(?:\w+\s+){0,2}?(?:staff|employees?|members?|students?|alumni"
    r"|partners?|Mitarbeite\w*|Beschäftigte\w*|Mitglied\w*|Studierende\w*|personnel|salariés|membres|étudiants"
    r"|personal|miembros|estudiantes|dipendenti|soci|studenti|medewerkers|leden|studenten|pracownik\w*|członk\w*"
    r"|estudantes|alunos|unemployed|jobseekers|Arbeitslose\w*|Arbeitsuchende\w*|chômeurs|demandeurs d'emploi"
    r"|desempregad\w*|desemplead\w*|parad[oa]s|disoccupat\w*|werkzoekend\w*|werklozen|bezrobotn\w*|personas \w+"
    rf"|student\w*)(?!\w)|(?<!\w)(?:{_CONDITIONS})(?!\w)"
    r"|waive\w*|erlass\w*|exonér\w*|exent\w*|esent\w*|kwijtgescholden|zwolni\w*|" + _AMENITIES,
    _I,
)
# The currencies of amounts, by sign, code or name.
_AMOUNT_CURRENCY = (
    r"€|£|zł|Kč|Ft|лв|EUR|GBP|CHF|PLN|SEK|DKK|NOK|CZK|HUF|RON|BGN|euros?|Euro|Franken|francs?|złotych|zł\.|Fr\.|SFr\."
)
# An amount of money in a text: a price of nothing beside it is one of several.
_MONEY = lazy(rf"\d\s*(?:{_AMOUNT_CURRENCY})(?!\w)|(?<![^\W\d_])(?:{_AMOUNT_CURRENCY})\s*\d", _I)

# The year the run starts in, after a word for its start in the present or the future ("starts in September 2027",
# "Beginn: Oktober 2027", "débute en janvier 2027", "Inizio: settembre 2026", "Start in september 2027"), the year
# of a full date ("Start: 15 September 2027", "Kursbeginn am 1. März 2027", "Beginn: 01.03.2027", "Date de début :
# 12/01/2027"), also as
# the label of a date ("Beginn des nächsten Durchgangs: September 2027", "Kursstart: März 2028", "Next intake: March
# 2028", "Prochaine session : septembre 2028"); a past start ("started in 2019", "comenzó en 2019") is an earlier
# run's.
_START_YEAR = lazy(
    r"(?<!\w)(?:starts?|starting|begins?|beginning|commences?|Beginn|beginnt|startet|débute|début|démarre|rentrée"
    r"|comienza|empieza|inicio|comienzo|inizia|inizio|avvio|begint|aanvang|rozpoczyna się|rozpoczęcie|początek"
    r"|startuje|intake|Kursstart|Kursbeginn|Starttermin|início|começa|inicia"
    r"|(?:next (?:run|cohort|session|edition)|prochaine session|próxima edición|prossima edizione|volgende editie"
    r"|kolejna edycja)(?=\s*:))(?!\w)"
    r"(?:[^.;\d]{0,25}?|[^.;:\d]{0,40}:[^.;:\d]{0,15}?)"
    r"(?:(?<!\d)\d{1,2}(?:st|nd|rd|th|er|\.)?\s*[^\W\d]{3,10}\.?\s+|(?<!\d)\d{1,2}[./-]\d{1,2}[./-])?"
    r"(?<!\d)(20\d\d)(?!\d)",
    _I,
)
# Any year of this century in a text: a text that gives two is mixed (an earlier run beside this one).
_YEAR = lazy(r"(?<!\d)20\d\d(?!\d)")

# The language of instruction stated, the language's name last ("taught in German", "Unterrichtssprache ist
# Englisch", "enseigné en français", "impartido en inglés", "in lingua italiana", "voertaal is Engels", "zajęcia
# prowadzone w języku angielskim"), and the word after a conjunction that follows it: a second language makes a list
# of them ("taught in German and English"), another word a clause of its own ("in German and lasts ten weeks"). The
# language of materials or readings is not the language of instruction.
_TAUGHT_IN = lazy(
    r"(?<!\w)(?:(?:taught|delivered|held|given|conducted|offered)(?: (?:entirely|exclusively|only|fully))? in"
    r"|(?:teaching|instruction|tuition|lectures|classes)(?: (?:is|are)(?: (?:given|held|delivered|conducted))?)? in"
    r"|language of instruction(?: is|:)|teaching language(?: is|:)"
    r"|(?:Unterrichts|Lehr|Kurs)sprache(?: ist|:)|Unterricht (?:auf|in)"
    r"|(?:unterrichtet|gehalten|durchgeführt|findet)(?: \w+)? (?:auf|in)"
    r"|langue d'enseignement(?: est|\s?:)(?: le| l')?"
    r"|(?:enseignée?s?|dispensée?s?|se déroulen?t?)(?: (?:entièrement|exclusivement))? en"
    r"|(?:impartid[oa]s?|dictad[oa]s?|enseñad[oa]s?|se (?:imparten?|dictan?|enseñan?))"
    r"(?: (?:íntegramente|exclusivamente|totalmente))? en"
    r"|(?:idioma|lengua) (?:de (?:impartición|instrucción|enseñanza)|vehicular)(?: es|:)(?: el)?"
    r"|(?:erogat[oaie]|tenut[oaie]|insegnat[oaie]|svolt[oaie]|si svolg(?:e|ono))(?: (?:interamente|esclusivamente))?"
    r" in(?: lingua)?"
    r"|lingua (?:di insegnamento|di erogazione|del corso)(?: è|:)(?: l')?|(?:corso|lezioni) in lingua"
    r"|voertaal(?: is|:)(?: het)?|instructietaal(?: is|:)|(?:gegeven|gedoceerd|onderwezen) in het"
    r"|(?:prowadzon\w*|realizowan\w*)(?: (?:są|jest))? w języku|odbywa(?:ją)? się w języku"
    r"|(?:kurs|zajęcia|szkoleni\w*|wykład\w*|moduł\w*|mikropoświadczeni\w*) w języku"
    r"|język (?:wykładowy|zajęć|nauczania)(?: to|:)"
    r"|(?:lecionad[oa]s?|ministrad[oa]s?|ensinad[oa]s?)(?: (?:integralmente|exclusivamente|totalmente))? em"
    r"|l[íi]ngua (?:de ensino|de instrução|do curso)(?: é|:)(?: o)?)\s+(\w+)(?![\w-])"
    r"(?=(?:\s+(?:and|or|und|oder|et|ou|y|o|e|ed|en|of|i|lub|oraz)\s+(\w+))?)",
    _I,
)
# The same with the verb last, as German and Dutch put it ("wird auf Französisch gehalten", "wordt in het Frans
# gegeven").
_TAUGHT_IN_VERB_LAST = lazy(
    r"(?<!\w)(?:auf|in)(?: het)? (\w+)(?: Sprache| taal)? (?:gehalten|unterrichtet|durchgeführt|abgehalten|angeboten"
    r"|gegeven|gedoceerd|onderwezen|aangeboden)(?!\w)",
    _I,
)
# Endings of language names inflected as the phrases above give them, and the name's own ending: the German
# adjective ("in deutscher Sprache", "in schwedischer Sprache"), the Italian feminine ("in lingua italiana",
# "tedesca") and the Polish locative ("w języku angielskim", "szwedzkim").
_INFLECTIONS = (("er", ""), ("a", "o"), ("im", "i"))


def _language_named(word: str) -> str | None:
    """The code of the language a word names, as it stands or inflected (:data:`_INFLECTIONS`)."""
    found = language(word)
    for ending, own in _INFLECTIONS:
        if found is None and len(word) > len(ending) + 2 and word.casefold().endswith(ending):
            found = language(word[: -len(ending)] + own)
    return found


# The names of a larger credential than a module: a programme, a degree and their abbreviations.
_LARGER = (
    r"(?:programmes?|programs?|programm\w*|studiengang\w*|master(?!\s?class)\w*|máster|bachelor\w*|degrees?|diplom\w*"
    r"|diplôme\w*|licence|grado|laurea\w*|opleiding\w*|studi(?:a|ów|ach)|MBA|MSc|MA|BSc|BA|LLM"
    # a German compound ending in one ("Zertifikatsprogramm", "Weiterbildungsmaster", "Zertifikatslehrgang"), a
    # minor, a master's or a postgraduate course in Portuguese, Spanish and Italian ("Mestrado", "Experto
    # Universitario", "corso di perfezionamento")
    r"|\w+(?:programm|master|studiengang|lehrgang)\w*|minor|mestrado|pós-graduação|posgrado|experto universitario"
    r"|especialista universitario|corso di perfezionamento)"
)
# A larger credential's name before an opening bracket ("im Master (", "Studiengang Data Science (", "Master di primo
# livello in Cybersecurity (").
_LARGER_IN_BRACKETS = rf"{_LARGER}(?:\s+[\w'][\w'-]*){{0,8}}\s*\("
# Words before a figure that make it approximate, a bound, each part's or another credential's: "about 150 hours",
# "up to 5 ECTS", "de menos de 15 ECTS" (a bound the law sets), "drei Microcredentials zu je 5 ECTS", "towards a 60
# ECTS master", "of the 30-ECTS programme", "nel master di 60 CFU".
_NOT_OWN_BEFORE = lazy(
    r"(?<!\w)(?:about|around|approx\.?|approximately|roughly|some|up to|at least|ca\.?|circa|etwa|rund|ungefähr"
    r"|bis zu|mindestens|environ|env\.|près de|jusqu'à|au moins|unos|unas|alrededor de|aproximadamente|cerca de"
    r"|hasta|fino a|almeno|ongeveer|zo'n|minstens|około|ok\.|co najmniej"
    r"|less than|fewer than|more than|under|over|below|above|at most|max(?:imum(?: of)?|\.)?|weniger als|mehr als"
    r"|unter|über|höchstens|maximal|moins de|plus de|au plus|au maximum|menos de|más de|como máximo|inferior a"
    r"|superior a|meno di|più di|al massimo|inferiore a|superiore a|minder dan|meer dan|maximaal|ten hoogste"
    r"|hoogstens|mniej niż|więcej niż|maksymalnie|najwyżej|poniżej|powyżej"
    r"|each|je|jeweils|(?<!estimé )(?<!estimée )(?<!évalué )(?<!évaluée )(?<!fixé )(?<!fixée )à"
    r"|chacun(?:e)? de|cada uno de|de cada|ciascuno da|elk van|po"
    r"|(?:adds? up to|together|combined|zusammen|gemeinsam|ensemble|en conjunto|juntos|insieme|samen|razem)"
    r"(?:\s+[\w'][\w'-]*){0,2}"
    r"|(?:towards?|into|within|of|in|from|zum|zur|im|des|eines|einer|auf den|auf das|aus dem|vers|du|d'un|d'une"
    r"|dans le|dans un|de la|hacia|del|de un|de una|en el|en un|verso|dello|della|di un|di una|nel|nello|nella"
    r"|in un|naar|van de|van het|van een|in de|in het|binnen|w ramach|do|out of)\s+"
    r"(?:(?:the|a|an|een|het|de|le|la|el|il|lo)\s+)?(?:[\w'][\w'-]*\s+){0,2}"
    r"|(?:programmes?|programs?|programm\w*|studiengang\w*|master(?!\s?class)\w*|máster|bachelor\w*|degree|diplom\w*"
    r"|laurea)"
    r"(?:\s+[\w'][\w'-]*){0,3}?\s+(?:of|di|da|de|del|van|von|mit|z|o)\s+"
    rf"|{_LARGER_IN_BRACKETS})\s*$",
    _I,
)
# The offering or its workload named right before "of" and its figure, which make it the offering's own ("a workload
# of 150 hours", "a micro-credential of 6 ECTS", "a total of 5 ECTS"), where "of" alone may be another's ("holders of
# 180 ECTS", "a minimum of 120 ECTS").
_OWN_OF = lazy(
    r"(?<!\w)(?:workload|study load|load|study time|learning time|total|course|module|unit|micro-?credential|credential"
    r"|certificate|award|offering|training|seminar|workshop|lecture|lecture series|series|class|masterclass|bootcamp"
    r"|webinar|internship|lab|value|volume|duration|length)\s+of\s*$",
    _I,
)
# What the offering builds on or follows, named just before a figure that is no figure of its own ("baut auf dem
# Basismodul Datenschutz (3 ECTS) auf", "fait suite au module d'initiation (2 ECTS)", "builds on the 2 ECTS primer").
_PRIOR = (
    r"(?<!\w)(?:builds? (?:up)?on|building (?:up)?on|follows? on from|baut auf|aufbauend auf|fait suite"
    r"|à la suite d[ue]|s'appuie sur|se basa en|parte de|si basa su|bouwt voort op|opbouwend op|bazuje na)(?!\w)"
)
# What it builds on named right before a figure, a few words of its name between and no verb or conjunction ("builds
# on the 2 ECTS primer", "baut auf dem Basismodul Datenschutz (" ... "3 ECTS) auf"; not "builds on statistics and is
# worth 3 ECTS").
_PRIOR_BEFORE = lazy(
    rf"{_PRIOR}(?:\s+(?!(?:and|und|et|y|e|en|i|or|is|ist|est|es|è|worth|umfasst|vaut|carries|gives)\b)"
    r"[\w'’-]+){0,5}\s*(?:\(\s*)?$",
    _I,
)
# A larger credential named after the figure's unit ("60 ECTS master", "30 ECTS im Masterstudiengang").
_PROGRAMME_AFTER = lazy(rf"\s*(?:[\w'][\w'-]*\s+){{0,2}}?{_LARGER}(?!\w)", _I)
# A larger credential named anywhere, or a postgraduate award of the UK's and Ireland's, which the offering may be
# or lead to ("continue on our Postgraduate Certificate, which starts ...").
_LARGER_NAMED = lazy(
    rf"(?<!\w)(?:{_LARGER}|(?:post)?graduate certificate|(?:post)?graduate diploma|PG ?Cert|PG ?Dip)(?!\w)", _I
)
# A larger credential before a level in brackets ("Master (DQR 7)").
_LARGER_BEFORE = lazy(rf"{_LARGER_IN_BRACKETS}\s*$", _I)
# An amount with its currency before or after it ("1.200 €", "EUR 1,200", "€750", "1200 Euro", "1 800 zł", "CHF
# 1'500.–"): its thousands grouped by a space, a dot, a comma or an apostrophe, a decimal of one or two digits or a
# dash for a whole amount. Read only in a text with a currency's sign or name (:data:`_CURRENCY_MARK`); begun only
# where a run of digits and their groups begins, and its groups never given back, so that a text of any length is
# read in linear time.
_AMOUNT_NUMBER = r"\d{1,3}(?:[ .,'’\u00a0\u202f]\d{3})++(?:[.,](?:\d{1,2}|[-–]))?|\d{1,6}(?:[.,](?:\d{1,2}|[-–]))?"
_AMOUNT = lazy(
    rf"(?<![\w.,'’])(?<!\d[ \u00a0\u202f])"
    rf"(?:(?:{_AMOUNT_CURRENCY})\s?(?:{_AMOUNT_NUMBER})|(?:{_AMOUNT_NUMBER})\s?(?:{_AMOUNT_CURRENCY}))(?!\w)",
    _I,
)
_CURRENCY_MARK = lazy(rf"(?:€|£|zł|Kč|лв|(?<!\w)(?:{_AMOUNT_CURRENCY})(?!\w))", _I)
# Words before an amount that make it approximate or a bound ("about 900 €", "ab 800 €", "à partir de 690 €", "up to
# 500 €"), and words after it that make it a part's or a period's ("250 € per module", "90 € a month", "40 € an
# hour", "320 € je Rate").
_PRICE_BOUND_BEFORE = lazy(
    r"(?<!\w)(?:about|around|approx\.?|approximately|roughly|some|ca\.?|circa|etwa|rund|ungefähr|environ|env\.|près de"
    r"|unos|alrededor de|aproximadamente|cerca de|ongeveer|zo'n|około|ok\.|up to|bis zu|jusqu'à|hasta|fino a|tot"
    r"|from|ab|à partir de|dès|desde|a partir de|a partire da|vanaf|od|at least|mindestens|au moins|al menos|almeno"
    r"|minstens|co najmniej|less than|more than|under|over|below|above|at most|max(?:imum(?: of)?|\.)?|min\.?"
    r"|weniger als|mehr als|unter|über|höchstens|maximal|moins de|plus de|menos de|más de|meno di|più di"
    r"|minder dan|meer dan|mniej niż|więcej niż|do)\s*$"
    r"|(?<!\w)(?:between|zwischen|entre|tra|fra|tussen|między|od)\s+\S+\s+(?:and|und|et|y|e|en|i|a|do)\s*$",
    _I,
)
_PRICE_PER_AFTER = lazy(
    r"^\s*(?:(?:per|a|an|pro|par|por|al|alla|je|za|/)\s*(?:module|modul|módulo|modulo|moduł\w*|month|monat"
    r"|mois|mes|mese|maand|miesiąc\w*|week|woche|semaine|semana|settimana|tydzień|day|tag|jour|día|giorno|dag|dzień"
    r"|hour|stunde|heure|hora|ora|uur|godzin\w*|session|sitzung|termin|séance|sesión|lezione|les|lekcj\w*|ECTS|EC"
    r"|CFU|credits?|crédits?|créditos?|crediti|punkt\w*|instalments?|installments?|rate|mensualité|cuota|rata"
    r"|termijn)|monthly|monatlich|mensuel\w*|mensual\w*|mensil\w*|maandelijks|miesięcznie|each|jeweils|chacun\w*)"
    r"(?!\w)",
    _I,
)
# A magnitude after an amount: a sum of money of a budget or a market, no price ("EUR 2.5 million", "3 Mio. €").
_MAGNITUDE_AFTER = lazy(
    r"^\s*(?:million\w*|billion\w*|bn|mn|mio\.?|mrd\.?|milliard\w*|millón|millones|milion\w*|miliard\w*|miljoen"
    r"|miljard\w*|mln\.?|mld\.?|tys\.?|thousand|tausend|mille)(?!\w)",
    _I,
)
# What makes an amount in a sentence one of something else than the offering's price for everyone: a reduction, a
# group's price or a condition, instalments or a deposit, a grant, an old price, a value, an exam, materials or
# amenities, a larger credential ("Frühbucherpreis", "tarif réduit", "Studierende zahlen", "in three instalments",
# "Scholarships", "anziché", "worth 200 €", "exam fee", "the full master programme costs").
_PRICE_OF_SOMETHING_ELSE = lazy(
    r"(?<!\w)(?:early[- ]bird|discount\w*|reduced|reduction|concession\w*|Frühbucher\w*|ermäßigt\w*|ermässigt\w*"
    r"|Rabatt\w*|reduziert\w*|réduit\w*|remise|réduction|descuento\w*|reducid[oa]s?|bonificad\w*|sconto|scontat\w*"
    r"|ridott[oa]|agevolat\w*|korting|gereduceerd\w*|zniżk\w*|ulgow\w*|rabat\w*|instalments?|installments?|Raten?"
    r"|mensualités?|cuotas|plazos|rate|termijnen|raty|ratach|deposit|Anzahlung|acompte|depósito|anticipo|aanbetaling"
    r"|zaliczk\w*|scholarships?|grants?|funding|funded|subsid\w*|vouchers?|Stipendi\w*|Förder\w*|Bildungs\w*|bourses?"
    r"|financ\w*|becas?|borsa|borse|beurs\w*|subsidie\w*|stypendi\w*|dofinansowani\w*|instead of|statt|anstatt"
    r"|au lieu de|en lugar de|en vez de|anziché|invece di|in plaats van|zamiast|worth|value|valued|Wert|valeur"
    r"|valor|valore|waarde|wartość\w*|budgets?|Budgets?|presupuesto|bilancio|begroting|budżet\w*"
    r"|staff|employees?|members?|students?|alumni|partners?|unemployed|jobseekers?"
    r"|Mitarbeite\w*|Beschäftigte\w*|Mitglied\w*|Studierende\w*|Arbeitslose\w*|salariés|membres|étudiants"
    r"|demandeurs d'emploi|miembros|estudiantes|alumnos|desempleados|dipendenti|soci|studenti|disoccupati"
    r"|medewerkers|leden|studenten|werkzoekenden|pracownik\w*|członk\w*|student\w*|bezrobotn\w*"
    rf"|{_CONDITIONS}|{_LARGER})(?!\w)",
    _I,
)
# The amenities, materials or exam a price is of, named before it in its clause ("Exam fee: 150 €", "Lunch: 25 €");
# named after it they are what the price includes ("1,450 € (including all materials and the exam)").
_AMENITY = lazy(rf"(?<!\w)(?:{_AMENITIES})(?!\w)", _I)
# A range: another figure joined to the one read ("5-6 ECTS", "120 to 150 hours", "EQF 5 bis 6").
_RANGE_BEFORE = lazy(r"\d\s*(?:[-–—/]|to|bis|à|a|al|tot|do|or|oder|ou|o|of|lub)\s*$", _I)
_RANGE_AFTER = lazy(r"^\s*(?:[-–—/]|to|bis|à|a|al|tot|do|or|oder|ou|o|of|lub)\s*\d", _I)
# A figure of each part ("three modules of 5 ECTS each") or hours of a week, a day or a month, not of the whole.
_NOT_OWN_AFTER = lazy(
    r"^\s*(?:(?:per|a|pro|par|por|a la|alla|al|w|na|/)\s*(?:week|woche|semaine|semana|settimana|tydzień|dzień|day"
    r"|tag|jour|día|giorno|dag|month|monat|mois|mes|mese|maand|miesiąc)|weekly|wöchentlich|hebdomadaires?"
    r"|semanales|settimanali|wekelijks|tygodniowo|each|apiece|jeweils|chacun\w*|cada uno|ciascuno|elk|każdy)(?!\w)",
    _I,
)
# The learners' level, not the offering's: a level their qualification has ("EQF 6 graduates", "holders of a level 6
# diploma", "titulaires d'un diplôme de niveau 6", "absolwentów studiów na poziomie 6").
_LEARNERS_BEFORE = lazy(
    r"(?<!\w)(?:graduates?|holders?|holding|with an?|requires?|required|prerequisites?|Absolvent\w*|Inhaber\w*"
    r"|entry|admission|\w*voraussetzung\w*|Zugang\w*|Zulassung\w*|accès|acceso|accesso|ammission\w*"
    r"|admisión|toelating\w*|wstęp\w*|mit einem|mit einer|titulaires?|diplômés?|prérequis|titulad[oa]s?|egresad[oa]s?"
    r"|con un título|requisit\w*|laureat[oi]|diplomat[oi]|in possesso|afgestudeerd\w*|met een|vooropleiding|vereist"
    r"|absolwent\w*|posiadając\w*|wymagan\w*)(?!\w)",
    _I,
)
_LEARNERS_AFTER = lazy(
    r"^\s*(?:-?\s*level\s+)?(?:graduates|holders|qualifications?|degree|diploma|entry|admission|Absolvent\w*|Abschluss\w*|diplômés|titulados"
    r"|laureati|afgestudeerden|absolwent\w*)(?!\w)",
    _I,
)
# How far before and after a figure the words that make it another's are looked for (the learners named before a
# level among them): a text of any length is read in linear time.
_REACH = 60


def _around(text: str, start: int, end: int) -> tuple[str, str]:
    """The text within :data:`_REACH` before ``start`` and after ``end``."""
    return text[max(0, start - _REACH) : start], text[end : end + _REACH]


# Where a sentence ends: a line break, or a full stop, question or exclamation mark before a word that begins with a
# capital ("... with a final examination. The course is at EQF level 4."; not "a B.Sc. at level 6").
_SENTENCE_END = lazy(r"\n|[.!?]\s+(?=\w)")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence of ``text`` that holds the span from ``start`` to ``end`` begins and ends, within
    :data:`_REACH` of it: what a phrase of one sentence (the learners whose level it is, the group a price of nothing
    is for) can be said of."""
    first, last = max(0, start - _REACH), min(len(text), end + _REACH)
    for match in _SENTENCE_END.finditer(text, first, last):
        if match.group(0) != "\n" and not text[match.end()].isupper():
            continue
        if match.end() <= start:
            first = match.end()
        elif match.start() >= end:
            last = match.start()
            break
    return first, last


@dataclass(frozen=True)
class Stated:
    """A value a text states: the field it is of, the value as read, and the phrase that states it."""

    field: str
    value: float | str
    phrase: str


def _figure(text: str) -> float:
    """A figure as written, in digits (a decimal comma read) or in words (:data:`_NUMBER_WORDS`)."""
    return _NUMBER_WORDS.get(text.lower()) or float(text.replace(",", "."))


def _own_figures(pattern: LazyPattern, text: str, field: str, programmes: bool) -> list[Stated]:
    """The figures of one kind a text gives as the offering's own: none approximate, a bound, one end of a range,
    each part's, of a week, or (with ``programmes``) another credential's; figures in brackets after names, two or
    more, are a list of parts ("Data literacy (2.5 ECTS) and Data ethics (2.5 ECTS)"), not the whole's."""
    found: list[Stated] = []
    bracketed: list[Stated] = []
    for match in pattern.finditer(text):
        before, after = _around(text, match.start(1), match.end())
        if (_NOT_OWN_BEFORE.search(before) and not _OWN_OF.search(before)) or _RANGE_BEFORE.search(before):
            continue
        if _RANGE_AFTER.match(after) or _PRIOR_BEFORE.search(before):
            continue
        if _NOT_OWN_AFTER.match(after) or (programmes and _PROGRAMME_AFTER.match(after)):
            continue
        stated = Stated(field, _figure(match.group(1)), match.group(0).strip())
        (bracketed if before.endswith("(") else found).append(stated)
    return found + bracketed if len(bracketed) < 2 else found


# Any figure of hours in a text, with its unit: a text that gives two or more, but of a period, is a breakdown
# ("Workload: 25 hours of teaching and 115 hours of self-study"), not judged.
_ANY_HOURS = lazy(_HOURS_FIGURE + r"\s*(?:-\s*)?" + _HOUR_UNIT + r"(?!\w)", _I)


def _workload_hours(text: str) -> list[Stated]:
    """The workload's hours a text gives (:data:`_HOURS`, :data:`_HOURS_WORD_AFTER`, :data:`_HOURS_LABEL`), none in a
    text that gives hours of several parts."""
    stated = [
        *_own_figures(_HOURS, text, "/workload/hours", False),
        *_own_figures(_HOURS_WORD_AFTER, text, "/workload/hours", False),
        *_own_figures(_HOURS_LABEL, text, "/workload/hours", False),
    ]
    if stated:
        figures = [m for m in _ANY_HOURS.finditer(text) if not _NOT_OWN_AFTER.match(text, m.end())]
        if len({_figure(m.group(1)) for m in figures}) > 1:
            return []
    return stated


def _levels(text: str) -> list[Stated]:
    """The EQF levels a text gives as the offering's, not the learners' nor one end of a range."""
    found = []
    for match in _EQF.finditer(text):
        if not _learners_or_range(text, match):
            number = next(g for g in match.groups() if g)
            found.append(Stated("/level/eqf", float(roman_number(number.upper()) or _figure(number)), match.group(0)))
    return found


def _learners_or_range(text: str, match: re.Match[str]) -> bool:
    """Whether a level stated is the learners' ("EQF 6 graduates", "absolwentów ... na poziomie 6") or one end of a
    range ("EQF 5 bis 6"), not the offering's."""
    before, after = _around(text, match.start(), match.end())
    if _RANGE_BEFORE.search(before) or _RANGE_AFTER.match(after) or _LEARNERS_AFTER.match(after):
        return True
    return _LEARNERS_BEFORE.search(text, _sentence(text, match.start(), match.end())[0], match.start()) is not None


def _national_levels(text: str) -> list[tuple[str, int, str, bool]]:
    """The national levels a text gives as the offering's (the framework's id, the level, the phrase, and whether a
    word for a level names it: "DQR-Niveau 5", not "DQR 5"): not the learners', one end of a range, nor a larger
    credential's ("Master (DQR 7)", "a DQR 7 master")."""
    found = []
    for match in _NATIONAL_LEVEL.finditer(text):
        before, after = _around(text, match.start(), match.end())
        if _learners_or_range(text, match) or _LARGER_BEFORE.search(before) or _PROGRAMME_AFTER.match(after):
            continue
        if match.group(1) or match.group(5):
            worded = bool(match.group(2)) or not match.group(1)
            name, level = (match.group(1), match.group(3)) if match.group(1) else (match.group(5), match.group(4))
            found.append((NQF_ALIASES[name], int(level), match.group(0), worded))
            continue
        # A name is held to the descriptor's own framework only: "national framework of qualifications" is the
        # Irish NFQ's title, and any country's in a translation.
        name, level = (match.group(7), match.group(6)) if match.group(7) else (match.group(8), match.group(9))
        found.append((NQF_NAMES[" ".join(name.lower().replace("-", " ").split())], int(level), match.group(0), False))
    return found


def _national(text: str, values: _Values) -> tuple[bool, list[Stated]]:
    """Whether a text states a national level, and the statement when it states one (and no other) that the
    descriptor's national level in the same framework contradicts, or else its EQF level by the framework's
    referencing (DQR 5 is EQF 5; NFQ 9 is EQF 7)."""
    declared = values.national
    # An abbreviation and a number without a word for a level ("CFC 11", a refrigerant) are a level of the
    # descriptor's own framework only.
    found = [
        stated for stated in _national_levels(text) if stated[3] or (declared is not None and declared[0] == stated[0])
    ]
    if not found:
        return False, []
    if len({(framework, level) for framework, level, _, _ in found}) > 1:
        return True, []
    framework, level, phrase, _ = found[0]
    if declared is not None and declared[0] == framework:
        given = declared[1]
        if given is None or given == level:
            return True, []
        return True, [Stated("/level/nqf/level", str(given), phrase)]
    implied = NQF_TO_EQF[framework].get(level)
    if values.eqf is None or implied is None or implied == values.eqf:
        return True, []
    return True, [Stated("/level/eqf", values.eqf, phrase)]


def _of_something_else(text: str, match: re.Match[str]) -> bool:
    """Whether a statement is of something beside the offering (:data:`_SOMETHING_ELSE`): named in the statement or
    just before it in its clause ("Registration is online only", "Début des inscriptions : novembre 2026")."""
    before = text[max(0, match.start() - 2 * _REACH) : match.start()]
    near = _near_before(before[-_REACH:])
    if _SOMETHING_ELSE.search(near) is not None or _SOMETHING_ELSE.search(match.group(0)) is not None:
        return True
    # a relative clause of a larger credential named before it ("our Postgraduate Certificate, which starts ...")
    clauses = _CLAUSE_END.split(before)
    return (
        len(clauses) > 1
        and _RELATIVE.fullmatch(near) is not None
        and _LARGER_NAMED.search(" ".join(clauses[-2].split()[-2 * _NEAR :])) is not None
    )


def _near_before(before: str) -> str:
    """The last :data:`_NEAR` words of the clause ``before`` ends with: what a statement can be said to be of."""
    return " ".join(_CLAUSE_END.split(before)[-1].split()[-_NEAR:])


def _offerings(pattern: LazyPattern, text: str) -> re.Match[str] | None:
    """The first statement of ``pattern`` in a text that is of the offering, not of something beside it."""
    return next((match for match in pattern.finditer(text) if not _of_something_else(text, match)), None)


def _one_figure(stated: list[Stated], value: float | None) -> list[Stated]:
    """The one figure stated against a field's value: none when the text gives the value somewhere or gives two
    figures (mixed), or when the field is not given."""
    if value is None or any(abs(float(s.value) - value) < 1e-9 for s in stated):
        return []
    return stated[:1] if len({s.value for s in stated}) == 1 else []


def _mode(text: str, mode: object) -> tuple[bool, list[Stated]]:
    """Whether a text states a form of participation as the only one, and the statement when it contradicts the
    mode in a text that names no other form."""
    for only, others, contradicted in (
        (_ONLINE_ONLY, _ONSITE_WORDS, ("onsite", "blended")),
        (_ONSITE_ONLY, _ONLINE_WORDS, ("online", "blended")),
        (_ONSITE_COURSE, _ONLINE_WORDS, ("online",)),
    ):
        match = _offerings(only, text)
        if match is None:
            continue
        other = _ONSITE_ONLY if only is _ONLINE_ONLY else _ONLINE_ONLY
        before = text[max(0, match.start() - _REACH) : match.start()]
        if only is _ONSITE_ONLY and mode == "blended" and not _OFFERING_BEFORE.search(before):
            return True, []  # a blended offering's part held on site ("the labs are held entirely on campus")
        if only is _ONSITE_COURSE and _ANOTHER_COURSE.search(_near_before(before)):
            return True, []
        if mode not in contradicted or others.search(only.sub(" ", text)) or other.search(text):
            return True, []
        return True, [Stated("/participation/mode", str(mode), match.group(0))]
    return False, []


def _free(text: str, amount: float | None) -> tuple[bool, list[Stated]]:
    """Whether a text states a price of nothing, and the statement when it is for everyone, against a price above
    0 (a finite one: NaN is no price), in a text that gives no amount."""
    match = _FREE.search(text)
    if match is None:
        return False, []
    one_group = _FREE_FOR_SOME.search(text, *_sentence(text, match.start(), match.end()))
    if amount is None or not 0 < amount < math.inf or _MONEY.search(text) or one_group:
        return True, []
    return True, [Stated("/price/amount", amount, match.group(0))]


def _amount_readings(written: str, read: tuple[float | None, str | None] | None) -> set[float]:
    """The amounts a price as written (and as :func:`~qa_checker.value_reader.price` reads it) may be: one, or two
    where the reader leaves it unread because its dots may group thousands or mark decimals (in a currency of
    three-digit cents, "1.200 KWD"; in one of cents the reader already groups them: "1.200 €" is 1200): both are
    tried."""
    if read is None:
        return set()
    if read[0] is not None:
        return {read[0]}
    digits = "".join(char for char in plain_digits(written) if char.isdigit() or char in ".,")
    readings = (number(digits), number(digits.replace(".", "")))
    return {float(reading) for reading in readings if reading is not None}


def _prices(text: str, amount: float | None, currency: object) -> tuple[bool, list[Stated]]:
    """Whether a text states the offering's price as an amount, and the statement when it gives one amount in the
    field's currency (in a text that gives no other), the price for everyone (:data:`_PRICE_OF_SOMETHING_ELSE`),
    neither approximate, a bound, a range, a part's or a period's, that the field contradicts; beside a note on the
    tax, by more than a rate of VAT (net or gross?)."""
    judged = amount is not None and 0 <= amount < math.inf
    stated: tuple[set[float], str] | None = None
    for match in _AMOUNT.finditer(text):
        before, after = _around(text, match.start(), match.end())
        if _PRICE_BOUND_BEFORE.search(before) or _RANGE_BEFORE.search(before) or _RANGE_AFTER.match(after):
            continue
        if _PRICE_PER_AFTER.match(after) or _MAGNITUDE_AFTER.match(after):
            continue
        if _PRICE_OF_SOMETHING_ELSE.search(text, *_sentence(text, *match.span())):
            continue
        if _AMENITY.search(_near_before(before)):
            continue
        read = price(match.group(0))
        code = price_currency(read[1]) if read is not None and read[1] else None
        readings = _amount_readings(match.group(0), read)
        if code is None or not readings:
            continue
        # Settled at once: an amount in another currency (a conversion, or another price), the field's amount, or a
        # second amount (mixed); a text of any number of amounts is read no further.
        if code != currency or not judged or amount in readings or (stated and stated[0] != readings):
            return True, []
        stated = (readings, match.group(0))
    if stated is None or amount is None:
        return stated is not None, []
    taxed = _TAX_NOTE.search(text) and not _TAX_EXEMPT.search(text)
    if taxed and any(_by_tax(amount, reading) for reading in stated[0]):
        return True, []
    return True, [Stated("/price/amount", amount, stated[1])]


def _by_tax(amount: float, stated: float) -> bool:
    """Whether two amounts may be one price with and without the tax (:data:`_HIGHEST_VAT`): a text that notes the
    tax may give the net price where the field gives the gross, or the other way round."""
    low, high = sorted((amount, stated))
    return high <= low * (1 + _HIGHEST_VAT)


# A price exempt from the tax: net and gross are one ("IVA esente", "vrijgesteld van btw", "umsatzsteuerfrei",
# "exonéré de TVA", "exento de IVA", "VAT exempt", "zwolnione z VAT").
_TAX_EXEMPT = lazy(
    r"(?<!\w)(?:exempt\w*|umsatzsteuerfrei|steuerfrei|mehrwertsteuerfrei|exonér\w*|exent[oa]s?|esent[ei]"
    r"|vrijgesteld|zwolnion\w*|no sujet[oa]|non soggett[oa])(?!\w)",
    _I,
)
# The highest standard rate of VAT in the EU (Hungary's 27 %).
_HIGHEST_VAT = 0.27


# A note on the tax in a text that states a price: the amount may be net or gross, the field the other.
_TAX_NOTE = lazy(
    r"(?<!\w)(?:VAT|MwSt\.?|USt\.?|Mehrwertsteuer|TVA|HT|TTC|IVA|BTW|Steuer\w*|tax|taxes|netto|brutto|net|gross"
    r"|hors taxes?|toutes taxes|IVA incluida|IVA inclusa|excl\.?|incl\.?|inkl\.?|zzgl\.?|exkl\.?|podatek|VAT-u)(?!\w)",
    _I,
)


def _start_year(text: str, start: object) -> tuple[bool, list[Stated]]:
    """Whether a text states the year the run starts in, and the statement when the schedule starts in another
    year and the text gives no other year."""
    match = _offerings(_START_YEAR, text)
    if match is None:
        return False, []
    if not isinstance(start, str) or not _YEAR.fullmatch(start[:4]):
        return True, []
    if match.group(1) == start[:4] or len(set(_YEAR.findall(text))) > 1:
        return True, []
    return True, [Stated("/participation/schedule/start", start, match.group(0))]


def _taught_in(text: str, declared: list[str]) -> tuple[bool, list[Stated]]:
    """Whether a text states a language of instruction, and the first one it states that the declared languages
    leave out."""
    read = False
    for match in itertools.chain(_TAUGHT_IN.finditer(text), _TAUGHT_IN_VERB_LAST.finditer(text)):
        if _of_something_else(text, match):
            continue
        joined = match.group(2) if match.re.groups > 1 else None
        if joined and _language_named(joined):
            continue  # one of a list of languages
        word = match.group(1)
        code = _language_named(word)
        read = read or code is not None
        if code is not None and declared and code not in declared:
            return True, [Stated("/languages", ", ".join(declared), match.group(0))]
    return read, []


# Words without one of which (a word that begins with its first six letters) a text holds no statement of a kind:
# a cheap screen before the kind's patterns are tried.
_SCREENS = {
    "national": (*_NATIONAL_ABBREVIATIONS.lower().split("|"), "framework"),
    "ects": ("ects", "cfu", "credit", "crédit", "crédito", "crediti", "punkt"),
    "hours": (
        *("workload", "load", "learning", "arbeitsaufwand", "gesamtaufwand", "lernaufwand", "zeitaufwand"),
        *("charge", "volume", "carga", "carico", "impegno", "studiebelasting", "nakład", "study", "dedicación"),
        *("travail", "trabajo", "estudio", "studio", "studie", "pracy", "notional"),
    ),
    "level": (
        *("eqf", "eqr", "cec", "mec", "qeq", "ekk", "erk", "european", "europäischen", "qualifikation", "cadre"),
        *("marco", "quadro"),
    ),
    "mode": (
        *("online", "ligne", "distance", "línea", "virtual", "afstand", "zdalnie", "pełni", "całkowicie"),
        *("wyłącznie", "campus", "site", "person", "face", "präsenz", "ort", "présentiel", "presencial"),
        *("locatie", "fysiek", "stacjonarnie"),
    ),
    "free": (
        *("free", "fee", "fees", "kostenlos", "kosteloos", "gebührenfrei", "unentgeltlich", "gratuit", "gratis"),
        *("frais", "cost", "coste", "costo", "costi", "bezpłatny", "nieodpłatnie", "charge", "tuition", "custo"),
        *("custos",),
    ),
    "taught": (
        *("taught", "delivered", "held", "given", "conducted", "offered", "instruction", "teaching"),
        *("unterricht", "lehrsprache", "kurssprache", "gehalten", "durchgeführt", "langue", "enseigné"),
        *("dispensé", "déroule", "impartido", "dicta", "enseña", "idioma", "lengua", "eroga", "tenut", "insegn"),
        *("svolto", "svolta", "svolg", "lingua", "voertaal", "gegeven", "gedoceerd", "onderwezen", "języku", "język"),
        *("prowadzone", "realizowane", "findet", "odbywa", "tuition", "lectures", "classes", "abgehalten"),
        *("angeboten", "aangeboden", "lecionad", "ministrad", "ensinad", "língua"),
    ),
    "start": (
        *("start", "starts", "starting", "begins", "beginning", "commence", "beginn", "beginnt", "startet", "débute"),
        *("début", "démarre", "rentrée", "comienza", "empieza", "inicio", "comienzo", "inizia", "inizio", "avvio"),
        *("begint", "aanvang", "rozpoczyna", "rozpoczęcie", "początek", "startuje", "intake", "next", "kursstart"),
        *("kursbeginn", "starttermin", "prochaine", "próxima", "prossima", "volgende", "kolejna", "início", "começa"),
        *("inicia",),
    ),
}
# Each screen word's first letters (the word itself when shorter) -> the kinds it screens for, and one pattern
# that finds them at the start of a text's words.
_PREFIX = 6
_SCREEN_KINDS: dict[str, frozenset[str]] = {}
for _kind, _words in _SCREENS.items():
    for _word in _words:
        _SCREEN_KINDS[_word[:_PREFIX]] = _SCREEN_KINDS.get(_word[:_PREFIX], frozenset()) | {_kind}


def _longest_first(starts: Iterable[str]) -> str:
    """An alternation matching the longest of ``starts`` there is at a position, the starts grouped by their first
    letter: at each word the engine tries the group of its first letter alone, not all 120-odd starts (a summary is
    screened in less than half the time)."""
    groups: dict[str, list[str]] = {}
    for start in sorted(starts, key=len, reverse=True):
        groups.setdefault(start[0], []).append(re.escape(start[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


_SCREEN = lazy(r"\b(?:" + _longest_first(_SCREEN_KINDS) + ")")
_DIGIT = lazy(r"\d")


def _kinds(text: str) -> set[str]:
    """The kinds of statement a text may hold, by the words that begin as a screen word does (:data:`_SCREENS`),
    and "digit" when it holds a figure."""
    kinds = {"digit"} if _DIGIT.search(text) else set()
    if kinds and _CURRENCY_MARK.search(text):
        kinds.add("price")
    for start in _SCREEN.findall(text.lower()):
        kinds |= _SCREEN_KINDS[start]
    return kinds


class _Values:
    """The fields a text is held to, each read when a text first states a value of its kind (most state none)."""

    def __init__(self, doc: Descriptor) -> None:
        self._doc = doc

    @functools.cached_property
    def ects(self) -> float | None:
        return self._doc.figure("/workload/ects")

    @functools.cached_property
    def hours(self) -> float | None:
        return self._doc.figure("/workload/hours")

    @functools.cached_property
    def eqf(self) -> float | None:
        eqf = self._doc.eqf
        return None if eqf is None else float(eqf)

    @functools.cached_property
    def national(self) -> tuple[str, int | str | None] | None:
        return declared_nqf(self._doc)

    @functools.cached_property
    def amount(self) -> float | None:
        return self._doc.number("/price/amount")

    @functools.cached_property
    def currency(self) -> object:
        return self._doc.get("/price/currency")

    @functools.cached_property
    def mode(self) -> object:
        return self._doc.get("/participation/mode")

    @functools.cached_property
    def declared(self) -> list[str]:
        return [code for code in self._doc.languages if len(code) == 2]

    @functools.cached_property
    def start(self) -> object:
        return self._doc.get("/participation/schedule/start")

    @functools.cached_property
    def _towards(self) -> list[dict[str, Any]]:
        """The credentials the offering stacks towards (``stackability.towards``), those given as objects."""
        towards = self._doc.get("/stackability/towards")
        return [item for item in towards if isinstance(item, dict)] if isinstance(towards, list) else []

    @functools.cached_property
    def towards_titles(self) -> frozenset[str]:
        """The titles (casefolded, in any language) of the credentials the offering stacks towards."""
        titles = [item.get("title") for item in self._towards]
        texts = [t for title in titles for t in (title.values() if isinstance(title, dict) else [title])]
        return frozenset(t.casefold() for t in texts if isinstance(t, str) and t.strip())

    @functools.cached_property
    def towards_credits(self) -> frozenset[float]:
        """The credits of the credentials the offering stacks towards (``stackability.towards``)."""
        credits = [item.get("credits") for item in self._towards]
        return frozenset(float(c) for c in credits if isinstance(c, (int, float)) and not isinstance(c, bool))


def _judged(text: str, kinds: Set[str], values: _Values) -> tuple[bool, list[Stated]]:
    """Whether a text states one of the values read (of ``kinds``), and what it states that they contradict."""
    read, stated = False, []
    if kinds & {"digit", "ects", "level"}:
        credits = _own_figures(_CREDITS, text, "/workload/ects", True) if "digit" in kinds else []
        if "ects" in kinds:
            credits += _own_figures(_CREDITS_IN_WORDS, text, "/workload/ects", True)
        hours = _workload_hours(text) if {"hours", "digit"} <= kinds else []
        levels = _levels(text) if "level" in kinds else []  # in digits, Roman numerals or words
        read = bool(credits or hours or levels)
        folded = text.casefold()
        if credits and any(title in folded for title in values.towards_titles):
            # the credits of a credential it stacks towards, named in the text
            credits = [c for c in credits if c.value not in values.towards_credits]
        stated = [
            *(_one_figure(credits, values.ects) if credits else ()),
            *(_one_figure(hours, values.hours) if hours else ()),
            *(_one_figure(levels, values.eqf) if levels else ()),
        ]
    for held, contradicted in (
        _national(text, values) if {"national", "digit"} <= kinds else (False, []),
        _mode(text, values.mode) if "mode" in kinds else (False, []),
        _free(text, values.amount) if "free" in kinds else (False, []),
        _prices(text, values.amount, values.currency) if "price" in kinds else (False, []),
        _taught_in(text, values.declared) if "taught" in kinds else (False, []),
        _start_year(text, values.start) if "start" in kinds and "digit" in kinds else (False, []),
    ):
        read, stated = read or held, stated + contradicted
    return read, stated


# What a title with a figure is read for: its workload and level (a title "Online Marketing" names a topic, not a
# mode), short enough to be read without a screen.
_TITLE_KINDS = frozenset({"digit", "hours", "level", "national"})


def _stated(doc: Descriptor) -> tuple[bool, list[tuple[str, Stated]]]:
    """Whether the summary or the title states a workload or level figure or a form, price, language of instruction
    or start, and (pointer of the text, what it states) for each statement the fields contradict; the title is read
    for its workload and level only."""
    read = False
    found: list[tuple[str, Stated]] = []
    values = _Values(doc)
    for pointer in ("/title", "/summary"):
        plain = isinstance(doc.get(pointer), str)
        for lang, text in doc.text(pointer).items():
            if pointer == "/title" and not _DIGIT.search(text):
                continue
            kinds = _TITLE_KINDS if pointer == "/title" else _kinds(text)
            if not kinds:
                continue
            held, stated = _judged(text, kinds, values)
            read = read or held
            where = pointer if plain else f"{pointer}/{lang}"
            found += [(where, s) for s in stated]
    return read, found


def _shown(value: float | str, doc: Descriptor, field: str) -> str:
    """A field's value as a message shows it: the field's own, a whole number without its decimals."""
    if field in ("/workload/ects", "/workload/hours", "/level/eqf", "/price/amount"):
        given = doc.get(field)
        return f"{given:g}" if isinstance(given, (int, float)) else str(given)
    return str(value)


@register
class TextsAgreeWithValues(Rule):
    """A summary or title states no workload, level, form of participation, price, language of instruction or start
    that the descriptor's own fields contradict.

    Why: learners read the summary first, and a reviewer compares it with the fields; a summary that says "5 ECTS"
    beside 3 ECTS in the workload, "EQF level 5" beside level 6, "fully online" beside an on-site mode, "free of
    charge" beside a price, "taught in German" beside English as the only language of instruction, or "starts in
    September 2027" beside a schedule of 2026 leaves both unsure which is true (Annex II Transparency, Information
    and guidance).
    Passes: texts that state none of these, or state the fields' own values; a figure of something else (a
    programme of 30 ECTS the module is part of, a 60 ECTS master it stacks towards, level 5 of a certification,
    the learners' level: "EQF 6 graduates", "EQF 5-level entry requirements"), an approximation, a bound or a range
    ("about 150 hours", "less than 15 ECTS", "5-6 ECTS"), each part's figure ("three modules of 5 ECTS each", a list
    "Data literacy (2.5 ECTS) and Data ethics (2.5 ECTS)"), a sum of several ("together add up to 15 ECTS"), a
    larger credential's in brackets ("im Master (120 ECTS)"), hours a week, a past run ("started in 2019"), a price
    of nothing for one group or beside an amount ("the fee of 300 € is waived for staff"), an amount that is not the
    price for everyone (a bound: "ab 800 €"; a part's or a period's: "250 € per module"; a group's, a reduced, early
    or old price, a grant, instalments, an exam's or a programme's; in another currency), an amount beside a note on
    the tax that a rate of VAT tells from the field's ("800 € plus VAT" beside 950 €), the language of the
    materials ("materials in English, teaching in German"), a statement of something beside the offering (its
    registration, materials, amenities or exam: "registration is online only", "parking is free of charge", "the
    exam is held in English", "registration starts in October 2026"); a text that gives two figures of one kind,
    neither the field's, two years, or names both an online and an on-site form, is mixed.
    Fails: a summary (or, for the workload and level, a title) that states the ECTS credits ("5 ECTS", "6 crédits
    ECTS", "3 CFU", "5 EC", "5 punktów ECTS", "six ECTS credits"), the hours of the workload ("Arbeitsaufwand: 150
    Stunden"), the EQF level ("EQF level 5", "niveau 6 du CEC", "nivel 5 del MEC", "livello 6 EQF"), a national
    level ("DQR-Niveau 5", "niveau 6 (RNCP)", "NFQ Level 8": held to the national level in that framework, or else
    to the EQF level by the framework's referencing), a form of participation as the only one ("fully online", "100
    % en ligne", "Präsenzveranstaltung", "100 % presencial"), a price of nothing ("free of charge", "Die Teilnahme
    ist kostenlos", "la formation est gratuite") or an amount ("Die Teilnahmegebühr beträgt 1.200 €", "Coût : 1 200
    €", "Opłata za kurs: 1450 zł") or a language of instruction ("taught in German", "Unterrichtssprache ist
    Englisch", "w języku angielskim") or the year the run starts ("starts in September 2027", "Beginn: Oktober
    2027", "débute en janvier 2027", "Start: 15 September 2027") that the field contradicts, reported on the text.
    Phrases in English, German, French, Spanish, Italian, Dutch, Polish and Portuguese.
    """

    id = "MC-TP-002"
    name = "texts-agree-with-values"
    title = "Texts agree with the descriptor's values"
    clause = "Annex II Transparency"
    principles = ("transparency", "information_guidance")
    severity = Severity.WARNING
    weight = 1.0
    message = "a text states a value that the descriptor's fields contradict"
    hint = "Correct the text or the field, so that both say what is true of this offering."
    example_fail = {
        "summary": {
            "en": "A 3 ECTS course on the ethical use of data in real projects.",
            "nl": "Een cursus van 3 EC over het ethisch gebruik van data in echte projecten.",
        }
    }
    example_pass = {
        "summary": {
            "en": "A 5 ECTS course on the ethical use of data in real projects.",
            "nl": "Een cursus van 5 EC over het ethisch gebruik van data in echte projecten.",
        }
    }

    def applies(self, doc: Descriptor, ctx: RuleContext) -> bool:
        """Judged when the summary or title states one of the values read."""
        return super().applies(doc, ctx) and doc.memo(_MEMO, _stated)[0]

    def check(self, doc: Descriptor, ctx: RuleContext) -> Iterator[Hit]:
        """One finding per contradicted value, on the text that states it."""
        for where, stated in doc.memo(_MEMO, _stated)[1]:
            told = msg(
                "'{phrase}' contradicts {field}: {value}",
                phrase=quote(stated.phrase),
                field=stated.field.strip("/").replace("/", "."),
                value=_shown(stated.value, doc, stated.field),
            )
            yield Hit(where, message=told)


_MEMO = "texts-agree-with-values"
