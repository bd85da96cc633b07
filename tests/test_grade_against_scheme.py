"""A credential's grade against its grading scheme (MC-AS-004), on a held-out corpus of national conventions.

Each case is (grading scheme, grade, whether the rule must fire), written from the conventions themselves,
not from what the tool says: German 1-5/1-6/1.0-5.0 (1 best) and the 0-15 point scale, Austrian 1-5, Swiss
1-6 (6 best, told apart only by the scheme's own words), French/Belgian 0-20, Spanish/Italian 0-10,
Italian 18-30 "e lode", Dutch 1-10, Polish 2-5, Czech/Slovak A-F and 1-4, Nordic A-F, the Danish 7-point
scale, Finnish 0-5, Hungarian 1-5 (5 best), ECTS A-E/FX/F, UK percentages and classes, fractions,
percentages, letters with +/-, and graded words. A scheme whose scale cannot be read says nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from qa_checker.api import check_documents
from qa_checker.document import Document
from qa_checker.rules.grading import read_grade, read_scale
from tests.conftest import NOW, graded_credential
from tests.timing import assert_linear

RULE = "MC-AS-004"

# (grading scheme, grade, must fire). A scheme given as a dict is a language map.
CONSISTENT: list[tuple[Any, Any]] = [
    # Germany, Austria: 1 best, 4 lowest pass
    ("1 (sehr gut) bis 5 (nicht genügend)", "1"),
    ("1 (sehr gut) bis 5 (nicht genügend)", "4"),
    ({"de": "Notenskala 1,0 bis 5,0; bestanden bis 4,0"}, {"de": "1,3"}),
    ({"de": "Notenskala 1,0 bis 5,0; bestanden bis 4,0"}, {"de": "4,0"}),
    ("1.0–5.0, 4.0 pass", "2.7"),
    ("1.0–5.0, 4.0 pass", "1,0"),
    ({"de": "Noten von 1 bis 5"}, {"de": "2 (gut)"}),
    ({"de": "1 = sehr gut, 6 = ungenügend"}, {"de": "3"}),
    ({"de": "Note 1-6"}, {"de": "6"}),
    ({"de": "0-15 Punkte, bestanden ab 5 Punkten"}, {"de": "13 Punkte"}),
    ({"de": "0-15 Punkte, bestanden ab 5 Punkten"}, {"de": "05"}),
    ({"de": "Bestanden/nicht bestanden"}, {"de": "bestanden"}),
    ({"de": "nicht benotet"}, {"de": "teilgenommen"}),
    ({"de": "Notenskala 1-5"}, {"de": "sehr gut (1,0)"}),
    # Switzerland, Liechtenstein: 6 best, 4 lowest pass
    ({"de": "1-6, 6 = beste Note, 4 genügend"}, {"de": "5.5"}),
    ({"de": "1-6, 6 = beste Note, 4 genügend"}, {"de": "4"}),
    # France, Belgium: 0-20
    ("0-20, pass at 10", "14"),
    ("0-20, pass at 10", "10"),
    ({"fr": "Note sur 20, réussite à partir de 10"}, {"fr": "12,5/20"}),
    ({"fr": "Notation de 0 à 20, seuil de réussite 10"}, {"fr": "16 (très bien)"}),
    ({"fr": "Notation de 0 à 20"}, {"fr": "très bien"}),
    ({"fr": "Réussi / non réussi"}, {"fr": "réussi"}),
    ({"fr": "Acquis / non acquis"}, {"fr": "Acquis"}),
    ({"fr": "Échelle de 0 à 20 ; admis à partir de 10/20"}, {"fr": "10/20"}),
    # Spain, Italy: 0-10, Italian 18-30
    ({"es": "Escala de 0 a 10, aprobado a partir de 5"}, {"es": "8,5 (notable)"}),
    ({"es": "Escala de 0 a 10, aprobado a partir de 5"}, {"es": "sobresaliente"}),
    ({"es": "Escala de 0 a 10"}, {"es": "10 Matrícula de Honor"}),
    ({"es": "Apto / No apto"}, {"es": "Apto"}),
    ({"it": "Voto in trentesimi da 18 a 30, 30 e lode"}, {"it": "30 e lode"}),
    ({"it": "Voto da 18 a 30"}, {"it": "27/30"}),
    ({"it": "Voto da 18 a 30"}, {"it": "ottimo"}),
    ({"it": "Scala 0-10, sufficienza 6"}, {"it": "7"}),
    ({"it": "Superato / non superato"}, {"it": "superato"}),
    # Netherlands: 1-10, 5.5 pass
    ({"nl": "Cijfer 1-10, voldoende vanaf 5,5"}, {"nl": "7,5"}),
    ({"nl": "Cijfer 1-10, voldoende vanaf 5,5"}, {"nl": "5,5"}),
    ({"nl": "Cijfer 1-10"}, {"nl": "goed"}),
    ({"nl": "Voldaan / niet voldaan"}, {"nl": "voldaan"}),
    ({"nl": "Geslaagd / niet geslaagd"}, {"nl": "Geslaagd"}),
    # Poland: 2-5, 3 lowest pass
    ({"pl": "Skala ocen 2-5, ocena pozytywna od 3"}, {"pl": "4,5"}),
    ({"pl": "Skala ocen od 2 do 5"}, {"pl": "3"}),
    ({"pl": "Skala ocen od 2 do 5"}, {"pl": "bardzo dobry"}),
    ({"pl": "zaliczone / niezaliczone"}, {"pl": "zaliczone"}),
    # Czechia, Slovakia
    ({"cs": "Klasifikace A-F, E nejnižší úspěšná, F nevyhověl"}, {"cs": "B"}),
    ({"cs": "Klasifikace A-F"}, {"cs": "F"}),
    ({"sk": "Stupnica A-FX, E najnižšia úspešná"}, {"sk": "E"}),
    ({"cs": "1 (výborně) až 4 (nevyhověl)"}, {"cs": "2"}),
    ({"cs": "Započteno / nezapočteno"}, {"cs": "započteno"}),
    # Nordic
    ({"sv": "Betygsskala A-F, E lägsta godkända betyg"}, {"sv": "C"}),
    ({"sv": "Godkänd/Underkänd"}, {"sv": "Godkänd"}),
    ({"no": "Karakterskala A-F, E laveste ståkarakter"}, {"no": "A"}),
    ({"no": "Bestått/ikke bestått"}, {"no": "Bestått"}),
    ({"fi": "Arvosana 0-5, 1 alin hyväksytty"}, {"fi": "4"}),
    ({"fi": "Hyväksytty/hylätty"}, {"fi": "hyväksytty"}),
    ({"da": "7-trinsskala"}, {"da": "12"}),
    ({"da": "7-trinsskala"}, {"da": "02"}),
    ({"da": "7-trinsskalaen (-3, 00, 02, 4, 7, 10, 12)"}, {"da": "4"}),
    ({"da": "Bestået/ikke bestået"}, {"da": "Bestået"}),
    ("Danish 7-point grading scale", "10"),
    # ECTS, letters
    ("ECTS grading scale A-E, FX/F fail", "A"),
    ("ECTS grading scale A-E, FX/F fail", "E"),
    ("A-F, E lowest pass", "B+"),
    ("A-F, E lowest pass", "C-"),
    ("A-F, E lowest pass", "D (satisfactory)"),
    ("Letter grades A to F", "A"),
    ("A, B, C, D, E (pass), FX, F (fail)", "D"),
    # Hungary, Croatia, Finland: 1-5 with 5 best
    ({"hu": "1-5, 5 jeles, 1 elégtelen"}, {"hu": "5"}),
    ({"hr": "Ocjene 1-5, 5 odličan"}, {"hr": "2"}),
    # UK, percentages, points
    ("Percentage, pass mark 40%", "72%"),
    ("0-100%, pass 40%", "40 %"),
    ("Marks out of 100; 50 to pass", "78/100"),
    ("Marks out of 100; 50 to pass", "78"),
    ("Pass, Merit, Distinction", "Merit"),
    ("Pass, Merit, Distinction", "Distinction"),
    ("UK degree classification: First, 2:1, 2:2, Third", "2:1"),
    ("UK degree classification: First, 2:1, 2:2, Third", "First Class Honours"),
    ("10-point scale, 6 pass", "8"),
    ("10-point scale, 6 pass", "8/10"),
    ("1-10, pass mark 5.5", "9"),
    ("Pass/Fail", "Pass"),
    ("Pass/Fail", "Passed"),
    ("Pass/Fail", "Pass with distinction"),
    ("Standard Pass/Fail", "Pass"),
    ("Pass or fail", "passed"),
    ("nicht benotet", "bestanden"),
    ("not graded", "completed"),
    # Unreadable schemes say nothing
    ("Standard grading", "Pass"),
    ("Standard grading", "5"),
    ("The learner passes on the successful submission of a sample credential.", "Pass"),
    ("Institutional grading scale, see the diploma supplement", "B"),
    ("Graded by the examiner", "99"),
    ("Continuous assessment with a final oral exam", "sehr gut"),
    ("", "8"),
    ({"de": "nach Prüfungsordnung"}, {"de": "1,7"}),
    ("cum laude system", "cum laude"),
    ({"nl": "Judicium cum laude mogelijk"}, {"nl": "cum laude"}),
    # A graded pass/fail scheme ("pass/fail per module, final grade 1-10") is a graded scale
    ("Pass/fail per module, final grade 1-10", "7"),
    # A grade repeated in another language, consistent in both
    ({"de": "1 (sehr gut) bis 5 (nicht genügend)", "en": "1 (very good) to 5 (fail)"}, {"de": "2,3", "en": "2.3"}),
]

INCONSISTENT: list[tuple[Any, Any]] = [
    # outside the scale's range
    ("0-20, pass at 10", "25"),
    ({"fr": "Notation de 0 à 20"}, {"fr": "21/20"}),
    ({"es": "Escala de 0 a 10"}, {"es": "11"}),
    ({"it": "Voto da 18 a 30"}, {"it": "31"}),
    ({"it": "Voto da 18 a 30"}, {"it": "32/30"}),
    ({"nl": "Cijfer 1-10"}, {"nl": "0"}),
    ({"nl": "Cijfer 1-10"}, {"nl": "12"}),
    ({"pl": "Skala ocen od 2 do 5"}, {"pl": "6"}),
    ({"pl": "Skala ocen od 2 do 5"}, {"pl": "1"}),
    ({"de": "0-15 Punkte"}, {"de": "16 Punkte"}),
    ({"de": "Notenskala 1,0 bis 5,0"}, {"de": "0,7"}),
    ({"de": "Notenskala 1,0 bis 5,0"}, {"de": "6,0"}),
    ({"hu": "1-5, 5 jeles"}, {"hu": "7"}),
    ("10-point scale, 6 pass", "11"),
    ("1-10, pass mark 5.5", "10.5"),
    ("0-100%, pass 40%", "120 %"),
    ("Letter grades A to F", "G"),
    ("ECTS grading scale A-E, FX/F fail", "H"),
    ({"da": "7-trinsskala"}, {"da": "13"}),
    # a number or letter of another scale
    ({"da": "7-trinsskala"}, {"da": "5"}),
    ({"da": "7-trinsskalaen (-3, 00, 02, 4, 7, 10, 12)"}, {"da": "8"}),
    ("Danish 7-point grading scale", "3"),
    ("0-20, pass at 10", "8/10"),
    ({"fr": "Notation de 0 à 20"}, {"fr": "85 %"}),
    ({"fr": "Notation de 0 à 20"}, {"fr": "B"}),
    ({"es": "Escala de 0 a 10"}, {"es": "A"}),
    ({"nl": "Cijfer 1-10, voldoende vanaf 5,5"}, {"nl": "B+"}),
    ({"nl": "Cijfer 1-10"}, {"nl": "7/20"}),
    ({"it": "Voto da 18 a 30"}, {"it": "8/10"}),
    ("ECTS grading scale A-E, FX/F fail", "1,3"),
    ("A-F, E lowest pass", "85%"),
    ("A-F, E lowest pass", "4"),
    ({"sv": "Betygsskala A-F, E lägsta godkända betyg"}, {"sv": "3"}),
    ({"cs": "Klasifikace A-F"}, {"cs": "2"}),
    ("1-10, pass mark 5.5", "C"),
    ("Marks out of 100; 50 to pass", "8/10"),
    ("10-point scale, 6 pass", "16/20"),
    ({"de": "1 (sehr gut) bis 5 (nicht genügend)"}, {"de": "B"}),
    # a graded value for a pass/fail or not graded scheme
    ("Pass/Fail", "8"),
    ("Pass/Fail", "B+"),
    ("Pass/Fail", "85%"),
    ("Pass/Fail", "sehr gut"),
    ("Pass/Fail", "Distinction"),
    ("Standard Pass/Fail", "16/20"),
    ({"de": "Bestanden/nicht bestanden"}, {"de": "1,3"}),
    ({"de": "nicht benotet"}, {"de": "2,0"}),
    ({"fr": "Réussi / non réussi"}, {"fr": "14/20"}),
    ({"fr": "Acquis / non acquis"}, {"fr": "très bien"}),
    ({"es": "Apto / No apto"}, {"es": "7,5"}),
    ({"es": "Apto / No apto"}, {"es": "sobresaliente"}),
    ({"it": "Superato / non superato"}, {"it": "28/30"}),
    ({"nl": "Voldaan / niet voldaan"}, {"nl": "8"}),
    ({"nl": "Geslaagd / niet geslaagd"}, {"nl": "cum laude"}),
    ({"pl": "zaliczone / niezaliczone"}, {"pl": "bardzo dobry"}),
    ({"pl": "zaliczone / niezaliczone"}, {"pl": "4,5"}),
    ({"sv": "Godkänd/Underkänd"}, {"sv": "A"}),
    ({"da": "Bestået/ikke bestået"}, {"da": "10"}),
    ({"fi": "Hyväksytty/hylätty"}, {"fi": "4"}),
    ({"cs": "Započteno / nezapočteno"}, {"cs": "výborně"}),
    ("not graded", "A"),
    ("Ungraded", "92 %"),
    # a failing grade on an issued credential, when the scheme names its pass mark or failing grades
    ("0-20, pass at 10", "8/20"),
    ("0-20, pass at 10", "8"),
    ({"fr": "Note sur 20, réussite à partir de 10"}, {"fr": "9,5/20"}),
    ({"fr": "Notation de 0 à 20, seuil de réussite 10"}, {"fr": "7"}),
    ({"es": "Escala de 0 a 10, aprobado a partir de 5"}, {"es": "4,5"}),
    ({"es": "Escala de 0 a 10, aprobado a partir de 5"}, {"es": "suspenso"}),
    ({"it": "Scala 0-10, sufficienza 6"}, {"it": "5"}),
    ({"nl": "Cijfer 1-10, voldoende vanaf 5,5"}, {"nl": "5,4"}),
    ({"nl": "Cijfer 1-10, voldoende vanaf 5,5"}, {"nl": "onvoldoende"}),
    ({"pl": "Skala ocen 2-5, ocena pozytywna od 3"}, {"pl": "2"}),
    ({"de": "0-15 Punkte, bestanden ab 5 Punkten"}, {"de": "04 Punkte"}),
    ("1 (sehr gut) bis 5 (nicht genügend)", "5"),
    ({"de": "Notenskala 1,0 bis 5,0; bestanden bis 4,0"}, {"de": "4,3"}),
    ({"de": "Notenskala 1,0 bis 5,0; bestanden bis 4,0"}, {"de": "5,0"}),
    ("1.0–5.0, 4.0 pass", "5.0"),
    ({"de": "1-6, 6 = beste Note, 4 genügend"}, {"de": "3.5"}),
    ({"cs": "1 (výborně) až 4 (nevyhověl)"}, {"cs": "4"}),
    ("ECTS grading scale A-E, FX/F fail", "FX"),
    ("ECTS grading scale A-E, FX/F fail", "F"),
    ("A-F, E lowest pass", "F"),
    ({"cs": "Klasifikace A-F, E nejnižší úspěšná, F nevyhověl"}, {"cs": "F"}),
    ({"sv": "Betygsskala A-F, E lägsta godkända betyg"}, {"sv": "F"}),
    ({"no": "Karakterskala A-F, E laveste ståkarakter"}, {"no": "F"}),
    ("A, B, C, D, E (pass), FX, F (fail)", "FX"),
    ({"da": "7-trinsskala"}, {"da": "00"}),
    ({"da": "7-trinsskalaen (-3, 00, 02, 4, 7, 10, 12)"}, {"da": "-3"}),
    ({"fi": "Arvosana 0-5, 1 alin hyväksytty"}, {"fi": "0"}),
    ("Percentage, pass mark 40%", "38%"),
    ("Marks out of 100; 50 to pass", "45/100"),
    ("10-point scale, 6 pass", "5"),
    ("1-10, pass mark 5.5", "5"),
    ("Pass/Fail", "Fail"),
    ("Pass or fail", "not passed"),
    ({"de": "Bestanden/nicht bestanden"}, {"de": "nicht bestanden"}),
    ({"fr": "Réussi / non réussi"}, {"fr": "non réussi"}),
    ({"es": "Apto / No apto"}, {"es": "No apto"}),
    ({"nl": "Voldaan / niet voldaan"}, {"nl": "niet voldaan"}),
    ({"sv": "Godkänd/Underkänd"}, {"sv": "Underkänd"}),
    ({"hu": "1-5, 5 jeles, 1 elégtelen"}, {"hu": "1"}),
    # one language entry of several is wrong
    ({"de": "1 (sehr gut) bis 5 (nicht genügend)", "en": "1 (very good) to 5 (fail)"}, {"de": "2,3", "en": "7"}),
]

# A second held-out batch, written after the first was met: more languages (pt, ro, sl, lt, el, bg, et, is),
# labelled ends, "between ... and ...", GPA scales, Swedish U/G/VG.
CONSISTENT += [
    ({"de": "Notenstufen: sehr gut (1), gut (2), befriedigend (3), genügend (4), nicht genügend (5)"}, {"de": "2"}),
    ({"de": "Benotung nach der Notenskala von 1,0 (sehr gut) bis 5,0 (nicht ausreichend)"}, {"de": "1,7"}),
    ({"fr": "Note finale sur 20 ; la validation requiert 10/20"}, {"fr": "11/20"}),
    ({"fr": "Barème de 0 à 20, note minimale de réussite : 10"}, {"fr": "13,5"}),
    ({"fr": "Mention : passable, assez bien, bien, très bien"}, {"fr": "assez bien"}),
    ({"it": "Valutazione in trentesimi (18/30 voto minimo)"}, {"it": "24/30"}),
    ({"it": "Giudizio: idoneo / non idoneo"}, {"it": "idoneo"}),
    ({"es": "Calificación numérica de 0 a 10 con expresión de un decimal"}, {"es": "6,7"}),
    ({"pt": "Escala de 0 a 20 valores, aprovação com 10"}, {"pt": "15 valores"}),
    ({"pt": "Aprovado / Reprovado"}, {"pt": "Aprovado"}),
    ({"nl": "Beoordeling op een schaal van 1 tot 10; 6 of hoger is voldoende"}, {"nl": "6"}),
    ({"sl": "Ocenjevalna lestvica od 1 do 10, pozitivne ocene od 6 do 10"}, {"sl": "9"}),
    ({"ro": "Note de la 1 la 10, nota minimă de promovare 5"}, {"ro": "8"}),
    ({"lt": "Dešimtbalė skalė 1-10, teigiamas įvertinimas nuo 5"}, {"lt": "10"}),
    ({"el": "Κλίμακα 0-10, βάση το 5"}, {"el": "7,5"}),
    ({"bg": "Шестобалната система 2-6"}, {"bg": "5"}),
    ("Grades from 0 (lowest) to 100 (highest); 60 passing", "60"),
    ("GPA on a 4.0 scale", "3.7"),
    ("Scale 0-4 (4 = A)", "3"),
    ("Grade point average 0.0-4.0", "3,2"),
    ("Pass (P) / Fail (F)", "P"),
    ("Satisfactory/Unsatisfactory", "Satisfactory"),
    ("Competent / Not yet competent", "Competent"),
    ("Achieved / Not Achieved", "Achieved"),
    ("A+ to F", "A+"),
    ("Grades A (excellent) to E (sufficient); F = fail", "C"),
    ({"sv": "Betyg: U, 3, 4, 5"}, {"sv": "4"}),
    ({"sv": "Betyg: U, G, VG"}, {"sv": "VG"}),
    ({"fi": "Arviointiasteikko 1-5"}, {"fi": "5"}),
    ({"et": "Hindamisskaala A-F, E madalaim positiivne"}, {"et": "E"}),
    ({"is": "Einkunnir 0-10, lágmarkseinkunn 5"}, {"is": "7,5"}),
    ("0-20 (fail below 10)", "18"),
    ("1-5 (5 = excellent, 1 = insufficient)", "4"),
    ("Pass with merit, pass, fail", "Pass with merit"),
    ("Grading: 40% exam, 60% project; scale 1-10", "8"),
    ("Final mark between 18 and 30", "25"),
    ("Noten von 1 bis 6 (Schweiz)", "5,5"),
    ("The course is assessed on the 1-10 scale used in the Netherlands", "7"),
    ("Pass/Fail", "P"),
]
INCONSISTENT += [
    ({"de": "Benotung nach der Notenskala von 1,0 (sehr gut) bis 5,0 (nicht ausreichend)"}, {"de": "5,0"}),
    ({"fr": "Barème de 0 à 20, note minimale de réussite : 10"}, {"fr": "9"}),
    ({"fr": "Note finale sur 20 ; la validation requiert 10/20"}, {"fr": "22/20"}),
    ({"it": "Valutazione in trentesimi (18/30 voto minimo)"}, {"it": "15/30"}),
    ({"it": "Giudizio: idoneo / non idoneo"}, {"it": "27"}),
    ({"pt": "Escala de 0 a 20 valores, aprovação com 10"}, {"pt": "8 valores"}),
    ({"pt": "Aprovado / Reprovado"}, {"pt": "16"}),
    ({"pt": "Aprovado / Reprovado"}, {"pt": "Reprovado"}),
    ({"nl": "Beoordeling op een schaal van 1 tot 10; 6 of hoger is voldoende"}, {"nl": "11"}),
    ({"ro": "Note de la 1 la 10, nota minimă de promovare 5"}, {"ro": "12"}),
    ({"el": "Κλίμακα 0-10, βάση το 5"}, {"el": "15"}),
    ({"bg": "Шестобалната система 2-6"}, {"bg": "7"}),
    ("Grades from 0 (lowest) to 100 (highest); 60 passing", "45"),
    ("Grades from 0 (lowest) to 100 (highest); 60 passing", "101"),
    ("Pass (P) / Fail (F)", "B"),
    ("Satisfactory/Unsatisfactory", "Unsatisfactory"),
    ("Competent / Not yet competent", "Not yet competent"),
    ("Grades A (excellent) to E (sufficient); F = fail", "F"),
    ({"fi": "Arviointiasteikko 1-5"}, {"fi": "6"}),
    ({"et": "Hindamisskaala A-F, E madalaim positiivne"}, {"et": "7"}),
    ("0-20 (fail below 10)", "25"),
    ("1-5 (5 = excellent, 1 = insufficient)", "1"),
    ("Final mark between 18 and 30", "31"),
    ({"cs": "Hodnocení A až F"}, {"cs": "G"}),
    ({"sk": "Hodnotenie A-FX"}, {"sk": "85 %"}),
    ({"da": "Karakter efter 7-trinsskalaen"}, {"da": "6"}),
    ({"de": "unbenotet"}, {"de": "1,0"}),
    ({"fr": "sans note"}, {"fr": "15/20"}),
    ({"nl": "1-10"}, {"nl": "A"}),
    ("Pass/Fail", "9/10"),
]

# A third held-out batch against false alarms: numbers beside the scale (durations, weightings, ECTS, years,
# versions), labelled directions ("5 is the highest", "10 (excellent) to 1"), grades with trailing notes.
CONSISTENT += [
    ("Written exam (90 minutes, 60%) and project (40%); grades 1-10, pass 5.5", "7"),
    ("Exam 2 hours; maximum 3 attempts; grading 0-20", "15"),
    ("Weighted average of 3 assignments (30-40% each) on a 0-100 scale", "88"),
    ("Assessment at EQF level 6, 5 ECTS; grades A-E", "B"),
    ("Graded according to ISO 9001 audits 2019-2023", "1"),
    ("Grading policy v2.1 (2024)", "B"),
    ("Scale of 1 to 5 where 5 is the highest", "5"),
    ("Scale of 1 to 5 where 1 is the highest", "1"),
    ("1-5", "1"),
    ("1-5", "5"),
    ("1-6", "1"),
    ("0-100 points, 50 points needed to pass", "50 points"),
    ("Note 1-10, 5.5 = voldoende", "8,0"),
    ("Grade: 1-10", "Grade: 8"),
    ("Grades 1-10", "8.5 (very good)"),
    ("Pass/Fail", "PASS"),
    ("Pass/Fail", "pass (attendance 100%)"),
    ("Pass/Fail", "Completed"),
    ("Pass/Fail", "Passed - 2026-03-01"),
    ("Pass/fail; learners who pass receive a certificate", "Pass"),
    ({"de": "Bestanden / Nicht bestanden"}, {"de": "Bestanden mit Auszeichnung"}),
    ({"en": "Pass/Fail", "de": "Bestanden/Nicht bestanden"}, {"en": "Pass", "de": "bestanden"}),
    ({"en": "0-20, pass at 10"}, {"en": "14", "fr": "14"}),
    ({"en": "0-20, pass at 10", "fr": "de 0 à 20"}, {"fr": "14/20"}),
    ("A-F", "A"),
    ("A-F", "F"),
    ("ECTS credits: 5; grading per institution", "B"),
    ("5 ECTS, graded 1-5", "3"),
    ("Final grade is the average of module grades (1,0-4,0 pass)", "2,3"),
    ("1.0 - 4.0 passed, 5.0 failed", "1.3"),
    ("1.0 - 4.0 passed, 5.0 failed", "4.0"),
    ("Scale: excellent (90-100), good (75-89), sufficient (60-74), fail (0-59)", "91"),
    ("Scale: excellent (90-100), good (75-89), sufficient (60-74), fail (0-59)", "excellent"),
    ("Numerical scale 0 - 10 (10 best)", "10"),
    ("From 10 (excellent) to 1 (poor)", "9"),
    ("Grading 5 (best) to 1", "4"),
    ("ungraded, participation certificate", "attended"),
    ("not graded", "Pass"),
    ("Pass/Fail", "-"),
    ("Pass/Fail", "n/a"),
    ("0-20", "Not applicable"),
    ("Percent", "100%"),
    ("0-100%", "100 %"),
    ("A–F (A best)", "A"),
]
INCONSISTENT += [
    ("Scale of 1 to 5 where 5 is the highest", "6"),
    ("Exam 2 hours; maximum 3 attempts; grading 0-20", "21"),
    ("1.0 - 4.0 passed, 5.0 failed", "5.0"),
    ("Final grade is the average of module grades (1,0-4,0 pass)", "6,0"),
    ("Scale: excellent (90-100), good (75-89), sufficient (60-74), fail (0-59)", "105"),
    ("Numerical scale 0 - 10 (10 best)", "11"),
    ("From 10 (excellent) to 1 (poor)", "0"),
    ("A-F", "Z"),
    ("0-100 points, 50 points needed to pass", "40 points"),
    ("Pass/Fail", "72/100"),
    ({"en": "0-20, pass at 10", "fr": "de 0 à 20"}, {"fr": "24/20"}),
]

# Passing grades given as a span, not a single pass mark: the span's first value is no pass mark.
CONSISTENT += [
    ("A-F; pass: A-E, fail: FX, F", "B"),
    ("Passing grades A to E", "C"),
    ("A-E = pass, F = fail", "D"),
    ("0-20; 10-20 pass", "15"),
    ("0-20, pass: 10-20", "15"),
    ("1,0-5,0; 1,0-4,0 bestanden", "2,0"),
    ({"de": "1,0-5,0; bestanden: 1,0-4,0"}, {"de": "2,0"}),
    ("0-20 (pass 10-20)", "12"),
    ("Grades 1-10, 6-10 passing", "7"),
    ("0-100, passing 50-100", "70"),
    ("0-20 pass", "15"),
    ("0-20 pass at 10", "15"),
]
INCONSISTENT += [
    ("A-F; pass: A-E, fail: FX, F", "FX"),
    ("0-20; 10-20 pass", "8"),
    ("1,0-5,0; 1,0-4,0 bestanden", "4,7"),
    ("Grades 1-10, 6-10 passing", "5"),
    ("0-20, pass: 10-20", "9"),
    ("A-E pass, FX/F fail", "F"),
    ("0-20 pass at 10", "9"),
]

# Ranges of something else than grades beside the scale: durations, credits, shares of the final grade.
CONSISTENT += [
    ({"de": "Notenskala 1,0-5,0; Prüfung 60-90 Minuten; bestanden ab 4,0"}, {"de": "1,3"}),
    ("Exam 50-70% of the final grade; scale 1-10, pass 5.5", "8"),
    ("Grades A-F; project 40-60 % of the grade", "B"),
    ("3-5 ECTS per module; grades 0-20, pass at 10", "14"),
    ("0-100%", "85%"),
    ("Out of 0", "0"),
    ("Dutch 10-point", "8"),
    ("Belgian 20-point scale", "14/20"),
    ("Graded on a 5-point system", "4"),
    ("A 2-point bonus for early submission; grades A-F", "B"),
]
INCONSISTENT += [
    ({"de": "Notenskala 1,0-5,0; Prüfung 60-90 Minuten; bestanden ab 4,0"}, {"de": "4,7"}),
    ("Exam 50-70% of the final grade; scale 1-10, pass 5.5", "12"),
    ("3-5 ECTS per module; grades 0-20, pass at 10", "9"),
    ("0-100 %, pass 50 %", "40 %"),
    ("5 ECTS, graded 1-5", "B"),
    ("Dutch 10-point", "11"),
    ("Belgian 20-point scale", "8/10"),
    ("Graded on a 5-point system", "6"),
]

# A fourth held-out batch: schemes as providers write them, in sentences, with bands of named grades
# ("aprobado (5,0-6,9)" is a band, not every pass), "tot en met", "con almeno 18/30".
CONSISTENT += [
    (
        {
            "de": "Die Leistung wird mit einer Note zwischen 1,0 und 5,0 bewertet; zum Bestehen ist mindestens die Note 4,0 erforderlich."
        },
        {"de": "2,7"},
    ),
    (
        {"de": "Bewertung: bestanden / nicht bestanden; bei Bestehen wird ein Zertifikat ausgestellt."},
        {"de": "bestanden"},
    ),
    (
        {"fr": "L'évaluation est notée sur 20. Le module est validé si la note est supérieure ou égale à 10."},
        {"fr": "13/20"},
    ),
    ({"fr": "Évaluation par compétences : acquis, en cours d'acquisition, non acquis."}, {"fr": "acquis"}),
    (
        {
            "es": "Sistema de calificaciones de 0 a 10 según el RD 1125/2003: suspenso (0-4,9), aprobado (5,0-6,9), notable (7,0-8,9), sobresaliente (9,0-10)."
        },
        {"es": "7,8 Notable"},
    ),
    (
        {"it": "Esame con voto in trentesimi; la prova è superata con almeno 18/30. Possibile la lode."},
        {"it": "30/30 e lode"},
    ),
    (
        {
            "nl": "Het eindcijfer wordt uitgedrukt op een schaal van 1 tot en met 10, afgerond op één decimaal. Een 5,5 of hoger is voldoende."
        },
        {"nl": "6,8"},
    ),
    (
        {"pl": "Ocena końcowa w skali: 2,0 (ndst), 3,0 (dst), 3,5 (dst+), 4,0 (db), 4,5 (db+), 5,0 (bdb)."},
        {"pl": "3,5"},
    ),
    ({"cs": "Hodnocení podle stupnice ECTS: A (výborně) až F (nedostatečně)."}, {"cs": "C"}),
    ({"sv": "Betygsskala: Underkänd (U), Godkänd (G), Väl godkänd (VG)."}, {"sv": "VG"}),
    ({"da": "Bedømmelse efter 7-trinsskalaen; beståelse kræver mindst 02."}, {"da": "7"}),
    ({"fi": "Arviointi asteikolla 0–5, jossa 0 = hylätty ja 5 = erinomainen."}, {"fi": "3"}),
    ({"en": "Marks are given out of 100. 70+ First, 60-69 2:1, 50-59 2:2, 40-49 Third, below 40 Fail."}, {"en": "64"}),
    ({"en": "Graded on a scale of 1 (fail) to 5 (excellent); 3 is the minimum pass."}, {"en": "4"}),
    (
        {
            "en": "The final grade is the weighted mean of the quiz (20%), assignment (30%) and exam (50%), on a 0-100 scale."
        },
        {"en": "73.5"},
    ),
    (
        {
            "en": "Completion-based: learners who complete all 6 modules and score at least 70% on each quiz earn the badge."
        },
        {"en": "Completed"},
    ),
    ({"en": "Competency-based assessment: Competent / Not Yet Competent."}, {"en": "Competent"}),
    ({"en": "Letter grades: A (90-100), B (80-89), C (70-79), D (60-69), F (below 60)."}, {"en": "B"}),
    ({"en": "Letter grades: A (90-100), B (80-89), C (70-79), D (60-69), F (below 60)."}, {"en": "85"}),
    ({"en": "ECTS grade, with the national grade 1-10 alongside"}, {"en": "B"}),
    ({"en": "ECTS grade, with the national grade 1-10 alongside"}, {"en": "8"}),
    (
        {
            "pt": "Classificação na escala de 0 a 20 valores; aprovação com classificação igual ou superior a 10 valores."
        },
        {"pt": "14"},
    ),
    ({"hu": "Ötfokozatú skála: jeles (5), jó (4), közepes (3), elégséges (2), elégtelen (1)."}, {"hu": "jó (4)"}),
    ({"el": "Βαθμολογία 0-10, με βάση επιτυχίας το 5."}, {"el": "6"}),
    ({"lv": "10 ballu skala, sekmīgs vērtējums no 4"}, {"lv": "9"}),
    ({"en": "Pass / Merit / Distinction"}, {"en": "Merit"}),
    ({"en": "No grade is awarded; the credential certifies successful completion."}, {"en": "Successfully completed"}),
    ({"en": "Scale 1-5, where 1 is the best grade and 4 the lowest pass"}, {"en": "2"}),
]
INCONSISTENT += [
    (
        {
            "de": "Die Leistung wird mit einer Note zwischen 1,0 und 5,0 bewertet; zum Bestehen ist mindestens die Note 4,0 erforderlich."
        },
        {"de": "5,3"},
    ),
    (
        {"fr": "L'évaluation est notée sur 20. Le module est validé si la note est supérieure ou égale à 10."},
        {"fr": "23/20"},
    ),
    (
        {
            "es": "Sistema de calificaciones de 0 a 10 según el RD 1125/2003: suspenso (0-4,9), aprobado (5,0-6,9), notable (7,0-8,9), sobresaliente (9,0-10)."
        },
        {"es": "12"},
    ),
    ({"it": "Esame con voto in trentesimi; la prova è superata con almeno 18/30. Possibile la lode."}, {"it": "16/30"}),
    (
        {
            "nl": "Het eindcijfer wordt uitgedrukt op een schaal van 1 tot en met 10, afgerond op één decimaal. Een 5,5 of hoger is voldoende."
        },
        {"nl": "10,5"},
    ),
    ({"cs": "Hodnocení podle stupnice ECTS: A (výborně) až F (nedostatečně)."}, {"cs": "F"}),
    ({"da": "Bedømmelse efter 7-trinsskalaen; beståelse kræver mindst 02."}, {"da": "00"}),
    ({"fi": "Arviointi asteikolla 0–5, jossa 0 = hylätty ja 5 = erinomainen."}, {"fi": "0"}),
    ({"en": "Graded on a scale of 1 (fail) to 5 (excellent); 3 is the minimum pass."}, {"en": "2"}),
    ({"en": "Graded on a scale of 1 (fail) to 5 (excellent); 3 is the minimum pass."}, {"en": "6"}),
    (
        {
            "en": "The final grade is the weighted mean of the quiz (20%), assignment (30%) and exam (50%), on a 0-100 scale."
        },
        {"en": "B"},
    ),
    ({"en": "Competency-based assessment: Competent / Not Yet Competent."}, {"en": "Not yet competent"}),
    ({"en": "Competency-based assessment: Competent / Not Yet Competent."}, {"en": "87%"}),
    ({"en": "Letter grades: A (90-100), B (80-89), C (70-79), D (60-69), F (below 60)."}, {"en": "G"}),
    (
        {
            "pt": "Classificação na escala de 0 a 20 valores; aprovação com classificação igual ou superior a 10 valores."
        },
        {"pt": "21"},
    ),
    ({"el": "Βαθμολογία 0-10, με βάση επιτυχίας το 5."}, {"el": "11"}),
    ({"en": "No grade is awarded; the credential certifies successful completion."}, {"en": "A"}),
    ({"en": "Scale 1-5, where 1 is the best grade and 4 the lowest pass"}, {"en": "5"}),
]

# A grade given on two scales, one in brackets ("85/100 (B)"): judged by the one the scheme states.
CONSISTENT += [
    ("A-F, E lowest pass", "85/100 (B)"),
    ("0-20", "B (16/20)"),
    ("1-10", "7 (B)"),
    ("0-20", "(12)"),
    ("CEFR levels A1 to C2", "B2"),
    ("Grades 1-5 (1 best)", "1-2"),
    ("0-20", "10 / 20"),
]
INCONSISTENT += [
    ("A-F, E lowest pass", "85/100 (F)"),
    ("Pass/Fail", "very good (B)"),
    ("0-20", "B (8/10)"),
]

# A fifth held-out batch, met as written: grades in several languages against a scheme in one, Slovenian 5-10,
# Croatian, Estonian, Icelandic, Maltese, Irish, Luxembourgish, Romanian and Bulgarian schemes, "out of 40".
CONSISTENT += [
    ({"en": "0-20, pass at 10"}, {"en": "12", "fr": "12/20", "de": "12 Punkte"}),
    ({"de": "Notenskala 1,0-5,0"}, {"de": "1,3", "en": "1.3 (very good)"}),
    ({"en": "Pass/Fail", "de": "Bestanden/Nicht bestanden"}, {"de": "Bestanden", "en": "Passed"}),
    ({"sl": "Ocene od 5 do 10, pozitivne od 6 naprej"}, {"sl": "8"}),
    ({"hr": "Ocjene: odličan (5), vrlo dobar (4), dobar (3), dovoljan (2), nedovoljan (1)"}, {"hr": "vrlo dobar (4)"}),
    ({"sk": "Klasifikačná stupnica A až FX"}, {"sk": "B"}),
    ({"lt": "Vertinimas dešimtbale sistema"}, {"lt": "9"}),
    ({"et": "Eristav hindamine skaalal 0-5, positiivne hinne alates 1"}, {"et": "3"}),
    ({"is": "Einkunnaskali 0-10, lágmarkseinkunn 5,0"}, {"is": "8,5"}),
    ({"mt": "Grades A to F, D is the lowest pass"}, {"mt": "C"}),
    ({"ga": "Grádú 0-100"}, {"ga": "55"}),
    ({"lb": "Bewäertung vun 1 bis 60, bestanen ab 30"}, {"lb": "45"}),
    ({"ro": "Calificativ admis/respins"}, {"ro": "admis"}),
    ({"bg": "Оценка по шестобалната система (2-6), 3 е минимална"}, {"bg": "5"}),
    ({"el": "Κλίμακα 0-10"}, {"el": "8,5"}),
    ({"en": "Assessed by portfolio; no numerical grade, only pass or fail"}, {"en": "Pass"}),
    ({"en": "Mark out of 40"}, {"en": "32/40"}),
    ({"en": "Grades 1-10 where 10 is highest, pass 5.5"}, {"en": "5.5"}),
    ({"en": "Scale 1-4 (1 = best, 4 = fail)"}, {"en": "3"}),
    ({"en": "1-5; 1 = excellent, 4 = sufficient, 5 = insufficient"}, {"en": "4"}),
    ({"en": "Honours classes I, II.1, II.2, III"}, {"en": "II.1"}),
    ({"en": "A to F"}, {"en": "a"}),
]
INCONSISTENT += [
    ({"en": "0-20, pass at 10"}, {"en": "12", "fr": "22/20"}),
    ({"sl": "Ocene od 5 do 10, pozitivne od 6 naprej"}, {"sl": "4"}),
    ({"sk": "Klasifikačná stupnica A až FX"}, {"sk": "3"}),
    ({"et": "Eristav hindamine skaalal 0-5, positiivne hinne alates 1"}, {"et": "6"}),
    ({"mt": "Grades A to F, D is the lowest pass"}, {"mt": "E"}),
    ({"ga": "Grádú 0-100"}, {"ga": "101"}),
    ({"lb": "Bewäertung vun 1 bis 60, bestanen ab 30"}, {"lb": "61"}),
    ({"ro": "Calificativ admis/respins"}, {"ro": "9"}),
    ({"ro": "Calificativ admis/respins"}, {"ro": "respins"}),
    ({"bg": "Оценка по шестобалната система (2-6), 3 е минимална"}, {"bg": "7"}),
    ({"en": "Mark out of 40"}, {"en": "32/50"}),
    ({"en": "Grades 1-10 where 10 is highest, pass 5.5"}, {"en": "5.4"}),
    ({"en": "Scale 1-4 (1 = best, 4 = fail)"}, {"en": "4"}),
    ({"en": "1-5; 1 = excellent, 4 = sufficient, 5 = insufficient"}, {"en": "5"}),
    ({"en": "Assessed by portfolio; no numerical grade, only pass or fail"}, {"en": "72%"}),
]

CASES = [(scheme, grade, False) for scheme, grade in CONSISTENT] + [
    (scheme, grade, True) for scheme, grade in INCONSISTENT
]


def _result(data: dict[str, Any]) -> Any:
    (result,) = check_documents([Document("c.yaml", data, "yaml")], now=NOW).results
    return result


def _hits(data: dict[str, Any]) -> list[Any]:
    return [f for f in _result(data).findings if f.rule == RULE]


def test_the_corpus_is_broad() -> None:
    """At least 120 cases, both verdicts well represented."""
    assert len(CASES) >= 120
    assert len(CONSISTENT) >= 50 and len(INCONSISTENT) >= 50


@pytest.mark.parametrize(("scheme", "grade", "fires"), CASES, ids=[f"{i}-{c[1]!s:.20}" for i, c in enumerate(CASES)])
def test_grade_against_scheme(scheme: Any, grade: Any, fires: bool) -> None:
    """Fires on an inconsistent grade, once; silent on a consistent one or an unreadable scheme."""
    hits = _hits(graded_credential(scheme, grade))
    assert bool(hits) == fires, [str(h.message) for h in hits]
    assert len(hits) <= 1


def test_finding_names_grade_and_scale_at_the_language_entry() -> None:
    """A warning at the grade's language entry, naming the grade and the scale read, with a hint."""
    (hit,) = _hits(graded_credential({"fr": "Notation de 0 à 20, seuil de réussite 10"}, {"fr": "25"}))
    assert hit.pointer == "/grade/fr"
    assert hit.severity.value == "warning"
    assert hit.element == "grade"
    text = str(hit.message)
    assert "25" in text and "0" in text and "20" in text
    assert hit.hint


def test_plain_grade_is_located_at_grade() -> None:
    """A grade written as plain text is located at /grade."""
    (hit,) = _hits(graded_credential("Pass/Fail", "8"))
    assert hit.pointer == "/grade"
    assert "8" in str(hit.message) and "pass/fail" in str(hit.message)


def test_an_offer_is_not_judged() -> None:
    """A grade on an offer is the schema's finding (a learner-only element), not this rule's."""
    data = graded_credential("0-20, pass at 10", "25")
    data["kind"] = "offer"
    del data["learner"], data["issue_date"]
    assert _hits(data) == []
    assert RULE not in _result(data).judged


@pytest.mark.parametrize(("scheme", "grade"), [("Standard grading", "5"), (None, "8"), ("0-20", None)])
def test_a_scale_not_read_is_not_scored(scheme: Any, grade: Any) -> None:
    """With no grade, no scheme or a scheme whose scale cannot be read, the rule is not judged (nor scored)."""
    assert RULE not in _result(graded_credential(scheme, grade)).judged


def test_a_scale_read_is_scored() -> None:
    """A credential whose scheme's scale is read is judged, consistent or not."""
    assert RULE in _result(graded_credential("0-20", "14")).judged


@pytest.mark.parametrize(
    "text",
    [
        lambda n: "1-" * (n // 2),
        lambda n: "(" * n + "1 bis 5",
        lambda n: "A-" * (n // 2) + "F",
        lambda n: "pass " * (n // 5) + "10",
        lambda n: "0" * n + "-20",
        lambda n: "1,0 bis 5,0 " + "bestanden bis " * (n // 14),
        lambda n: "\u2212\u2013" * (n // 2),
        lambda n: "-" * n,
    ],
)
def test_hostile_schemes_are_read_quickly_and_never_raise(text: Callable[[int], str]) -> None:
    """Only the start of a scheme is read; no input raises."""

    def read(size: int) -> None:
        scheme = text(size)
        read_scale(scheme, "en")
        read_grade(scheme)
        _hits(graded_credential(scheme, scheme[:200]))

    assert_linear(read)


@pytest.mark.parametrize("value", [None, 5, 8.5, True, [], {"en": None}, {"en": 7}, {"x": ["a"]}])
def test_values_of_other_types_are_left_to_the_schema(value: Any) -> None:
    """A grade or scheme that is not text is the schema's finding, not this rule's, and nothing raises."""
    assert _hits(graded_credential(value, "8")) == []
    assert _hits(graded_credential("Pass/Fail", value)) == []
