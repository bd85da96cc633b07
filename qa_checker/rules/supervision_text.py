"""What an assessment description says about supervision and identity checks, in the EU's languages.

A descriptor may claim supervised assessment with identity verification (Annex I O2) while its own
description of the assessment says the tests are taken without supervision or without an identity
check. These small phrase lists, one per language (the seven the tool analyses, the other official EU
languages, Catalan, Basque and Galician), find such statements; they are the judgement itself ("without
supervision" is a statement, not a guess), so they are kept by hand. A description that also states a
supervised sitting ("the final exam is invigilated") is mixed, not a contradiction, and is not reported; a
description that states one backs the claim even when the assessment types name no sitting ("a final
presentation held under supervision"). An identity document shown at the assessment ("Personalausweis", "carta
d'identità") and the name of a remote proctoring service (Proctorio, ProctorU) state such a sitting too.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from qa_checker.language import plain_text

LANGUAGES = (
    *("en", "de", "fr", "es", "it", "nl", "pl"),
    *("pt", "ro", "cs", "sk", "sl", "hr", "hu", "bg", "el", "lt", "lv", "et", "fi", "sv", "da", "mt", "ga"),
    *("ca", "eu", "gl"),
)

# Statements that the assessment is NOT supervised (no invigilator, proctor or other watcher).
_UNSUPERVISED: dict[str, tuple[str, ...]] = {
    "en": (
        r"unsupervised",
        r"un-supervised",
        r"not (?:be )?supervised",
        r"without (?:any )?(?:supervision|invigilation|proctoring|an? (?:invigilator|proctor|supervisor))",
        r"no (?:supervision|invigilation|proctoring|invigilator|proctor)",
        r"uninvigilated",
        r"un-invigilated",
        r"not (?:be )?invigilated",
        r"unproctored",
        r"un-proctored",
        r"not (?:be )?proctored",
        r"unmonitored",
        r"not (?:be )?monitored",
        r"no (?:supervised|invigilated|proctored|monitored)",
    ),
    "de": (
        r"unbeaufsichtigt\w*",
        r"nicht beaufsichtigt\w*",
        r"ohne (?:jede )?(?:aufsicht|beaufsichtigung|überwachung|proctoring|aufsichtsperson)",
        r"keine (?:aufsicht|beaufsichtigung|überwachung|aufsichtsperson)",
        r"nicht überwacht\w*",
        r"unüberwacht\w*",
        r"kein(?:e|en)? (?:beaufsichtigt|überwacht)\w*",
    ),
    "fr": (
        r"sans (?:aucune )?(?:surveillance|surveillant\w*|supervision|télésurveillance)",
        r"non (?:surveillé|supervisé)\w*",
        r"pas (?:surveillé|supervisé)\w*",
        r"aucune (?:surveillance|supervision)",
        r"pas de (?:surveillance|surveillant\w*|supervision|télésurveillance)",
        r"(?:aucun|pas d['’]) ?(?:examen|épreuve|test) (?:surveillé|supervisé)\w*",
    ),
    "es": (
        r"sin (?:ningún tipo de |ninguna )?(?:supervisión|supervisar|vigilancia|vigilante\w*|supervisor\w*)",
        r"no (?:son |es |está |están |será |serán )?(?:supervisad|vigilad)\w*",
        r"ninguna (?:supervisión|vigilancia)",
        r"no hay (?:ningún tipo de |ninguna )?(?:supervisión|vigilancia|vigilante\w*|supervisor\w*)",
        r"(?:ningún|no hay) (?:examen|prueba) (?:supervisad|vigilad)\w*",
    ),
    "it": (
        r"senza (?:alcuna )?(?:supervisione|sorveglianza|vigilanza|sorvegliant\w*|supervisor\w*)",
        r"non (?:è |sono |viene |vengono |sarà |saranno )?(?:supervisionat|sorvegliat|vigilat)\w*",
        r"nessuna (?:supervisione|sorveglianza)",
        r"non c['’]è (?:alcuna )?(?:supervisione|sorveglianza|vigilanza)",
        r"nessun(?:a)? (?:esame|prova) (?:sorvegliat|supervisionat)\w*",
    ),
    "nl": (
        r"zonder (?:enige )?(?:toezicht|surveillance|surveillant\w*|proctoring)",
        r"geen (?:toezicht|surveillance|surveillant\w*|proctoring)",
        r"niet (?:gesurveilleerd|bewaakt|onder toezicht)",
        r"onbewaakt\w*",
    ),
    "pl": (
        r"bez (?:żadnego )?(?:nadzoru|nadzorującego|osoby nadzorującej|egzaminatora|proctoringu)",
        r"nienadzorowan\w*",
        r"nie (?:jest |są |będzie |będą )?nadzorowan\w*",
        r"niepilnowan\w*",
        r"nie ma (?:żadnego )?(?:nadzoru|osoby nadzorującej|egzaminatora)",
    ),
    "pt": (
        r"sem (?:qualquer )?(?:vigilância|supervisão|vigilante\w*)",
        r"não (?:é |são |será |serão )?(?:vigiad|supervisionad)\w*",
    ),
    "ro": (
        r"fără (?:nicio )?(?:supraveghere|supraveghetor\w*|supervizare)",
        r"nesupravegheat\w*",
        r"nu (?:este |sunt |va fi )?supravegheat\w*",
    ),
    "cs": (r"bez (?:jakéhokoli )?(?:dozoru|dohledu)", r"nedozorovan\w*", r"není dozorován\w*"),
    "sk": (r"bez (?:akéhokoľvek )?(?:dozoru|dohľadu)", r"nie je (?:pod )?dozor\w*"),
    "sl": (r"brez (?:kakršnegakoli )?nadzora", r"nenadzorovan\w*", r"ni nadzorovan\w*"),
    "hr": (r"bez (?:ikakvog )?nadzora", r"nenadziran\w*", r"bez dežurn\w*"),
    "hu": (r"felügyelet nélkül\w*", r"nem felügyelt\w*", r"felügyeletlen\w*"),
    "bg": (r"без (?:никакъв )?(?:надзор|квестор\w*)", r"без наблюдение"),
    "el": (r"χωρίς (?:καμία )?(?:επιτήρηση|επιτηρητ\w*|εποπτεία)", r"δεν (?:επιτηρείται|επιτηρούνται)"),
    "lt": (r"be (?:jokios )?priežiūros", r"neprižiūrim\w*"),
    "lv": (r"bez (?:jebkādas )?uzraudzības", r"neuzraudzīt\w*"),
    "et": (r"(?:ilma (?:igasuguse )?)?järelevalveta",),
    "fi": (r"ilman valvontaa", r"valvomatta", r"valvomaton\w*", r"ei valvota"),
    "sv": (r"utan (?:någon )?(?:övervakning|tentamensvakt\w*|skrivvakt\w*)", r"oövervakad\w*", r"inte övervakad\w*"),
    "da": (r"uden (?:nogen )?(?:opsyn|tilsyn|overvågning|eksamensvagt\w*)", r"ikke overvåget"),
    "mt": (r"mingħajr (?:ebda )?(?:sorveljanza|superviżjoni|invíġilazzjoni)",),
    "ga": (r"gan (?:aon )?(?:mhaoirseacht|fheitheoir\w*)",),
    "ca": (
        r"sense (?:cap )?(?:vigilància|supervisió|vigilant\w*)",
        r"no (?:és |són |serà )?(?:vigila[td]|supervisa[td])\w*",
    ),
    "eu": (r"zaintzarik gabe", r"gainbegiratzerik gabe"),
    "gl": (
        r"sen (?:ningunha )?(?:vixilancia|supervisión|vixiante\w*)",
        r"non (?:é |son |será )?(?:vixiad|supervisad)\w*",
    ),
}

# Statements that the learner's identity is NOT checked.
_NO_ID_CHECK: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:without|no) (?:any )?(?:identity|id) (?:check|checks|checking|verification|control)",
        r"(?:identity|id) (?:is|are) not (?:checked|verified)",
        r"not (?:identity|id)[- ]checked",
    ),
    "de": (
        r"ohne (?:jede )?(?:identitätsprüfung|identitätskontrolle|identitätsnachweis|ausweiskontrolle|"
        r"prüfung der identität|überprüfung der identität)",
        r"(?:ohne|kein(?:en)?) (?:amtlichen )?ausweis(?:es)?",
        r"ausweis(?:e)? (?:wird|werden) nicht (?:geprüft|überprüft|kontrolliert|verlangt)",
        r"keine (?:identitätsprüfung|identitätskontrolle|ausweiskontrolle|prüfung der identität|"
        r"überprüfung der identität|kontrolle der identität)",
        r"identität wird nicht (?:geprüft|überprüft|kontrolliert)",
    ),
    "fr": (
        r"sans (?:aucun |aucune )?(?:contrôle|vérification) (?:d'|de l'|de l’|d’)identité",
        r"aucun(?:e)? (?:contrôle|vérification) (?:d'|de l'|de l’|d’)identité",
        r"sans (?:aucune )?pièce d'identité",
        r"identité n'est pas (?:contrôlée|vérifiée)",
    ),
    "es": (
        r"sin (?:ningún |ninguna )?(?:control|verificación|comprobación) de (?:la )?identidad",
        r"(?:ningún |ninguna |no hay (?:ningún |ninguna )?)(?:control|verificación|comprobación) de (?:la )?identidad",
        r"identidad no se (?:comprueba|verifica|controla)",
    ),
    "it": (
        r"senza (?:alcun |alcuna )?(?:controllo|verifica|accertamento) (?:dell'|dell’|della )?identità",
        r"nessun(?:a)? (?:controllo|verifica|accertamento) (?:dell'|dell’|della )?identità",
        r"identità non (?:è|viene) (?:controllata|verificata|accertata)",
    ),
    "nl": (
        r"zonder (?:enige )?(?:identiteitscontrole|identiteitsverificatie|controle van de identiteit)",
        r"geen (?:identiteitscontrole|identiteitsverificatie|controle van de identiteit)",
        r"(?:zonder|geen) legitimatie\w*",
        r"legitimatie\w* wordt niet (?:gecontroleerd|gevraagd)",
        r"identiteit wordt niet (?:gecontroleerd|geverifieerd)",
    ),
    "pl": (
        r"bez (?:żadnej )?(?:weryfikacji|sprawdzenia|sprawdzania|kontroli|potwierdzenia) tożsamości",
        r"(?:brak|nie ma) (?:żadnej )?(?:weryfikacji|sprawdzenia|sprawdzania|kontroli|potwierdzenia) tożsamości",
        r"tożsamość nie jest (?:weryfikowana|sprawdzana|kontrolowana)",
    ),
    "pt": (
        r"sem (?:qualquer )?(?:verificação|controlo|controle|confirmação) d[ae] identidade",
        r"identidade não é (?:verificada|controlada)",
    ),
    "ro": (
        r"fără (?:nicio )?(?:verificare|verificarea|controlul?) (?:a )?identității",
        r"identitatea nu (?:este|va fi) verificată",
    ),
    "cs": (r"bez (?:ověření|ověřování|kontroly|prokázání) totožnosti", r"totožnost se neověřuje"),
    "sk": (r"bez (?:overenia|overovania|kontroly|preukázania) (?:totožnosti|identity)",),
    "sl": (r"brez (?:preverjanja|preverbe|ugotavljanja) (?:istovetnosti|identitete)",),
    "hr": (r"bez (?:provjere|utvrđivanja) identiteta",),
    "hu": (r"személyazonosság(?:-| )ellenőrzés(?:e)? nélkül", r"azonosítás nélkül"),
    "bg": (r"без (?:проверка|удостоверяване) на самоличността",),
    "el": (r"χωρίς (?:έλεγχο|επαλήθευση|ταυτοποίηση) (?:της )?ταυτότητας", r"χωρίς ταυτοποίηση"),
    "lt": (r"netikrinant (?:asmens )?tapatybės", r"be (?:asmens )?tapatybės (?:tikrinimo|patikrinimo|nustatymo)"),
    "lv": (r"bez (?:personas |identitātes |apliecinoša dokumenta )pārbaudes",),
    "et": (r"isikut tuvastamata", r"ilma isikutuvastuseta", r"isikut tõendava dokumendi kontrollita"),
    "fi": (
        r"(?:eikä|ei) henkilöllisyyttä tarkisteta",
        r"henkilöllisyyttä ei tarkisteta",
        r"ilman henkilöllisyyden (?:tarkistusta|todentamista)",
    ),
    "sv": (r"utan (?:legitimationskontroll|id-kontroll|identitetskontroll|kontroll av identitet\w*)",),
    "da": (r"uden (?:id-kontrol|identitetskontrol|kontrol af identitet)",),
    "mt": (r"mingħajr (?:ebda )?verifika tal-identità",),
    "ga": (r"gan (?:aon )?(?:seiceáil|fíorú) aitheantais",),
    "ca": (r"sense (?:verificar|comprovar|verificació de|comprovació de) (?:la )?identitat",),
    "eu": (r"nortasuna egiaztatu gabe", r"nortasun-egiaztapenik gabe"),
    "gl": (r"sen (?:verificación|comprobación|control) da identidade", r"sen verificar a identidade"),
}

# Statements of a supervised sitting: a description that has one of these as well is mixed, not contradictory,
# and one that has one (and denies no identity check) backs an identity-checked claim whatever its types.
_SUPERVISED: dict[str, tuple[str, ...]] = {
    "en": (
        r"supervised",
        r"invigilated",
        r"invigilator\w*",
        r"proctored",
        r"proctor\w*",
        r"under supervision",
        r"(?:test|testing|exam|examination|assessment) cent(?:re|er)s?",
        r"exam(?:ination)? (?:hall|room)s?",
        r"(?:exam|examination|test)s? (?:on campus|on site|in person)",
        r"on-campus (?:exam|examination|test)s?",
        r"photo(?:graphic)? id",
        r"(?:passport|student card|student id card|id card|identity card|identity document)s?",
        r"(?:university|campus|college) (?:id )?cards?",
        r"id(?:entity)? (?:check|verification)",
    ),
    "de": (
        r"beaufsichtigt\w*",
        r"unter aufsicht",
        r"aufsichtsperson\w*",
        r"überwacht\w*",
        r"proctoring",
        r"(?:prüfungs|test)(?:zentrum|zentren|raum|räumen|saal)",
        r"lichtbildausweis\w*",
        r"personalausweis\w*",
        r"reisepass\w*",
        r"ausweis(?:es|e|en)?",
        r"(?:studierenden|studenten)ausweis\w*",
        r"identitätsprüfung\w*",
        r"identitätskontrolle\w*",
        r"ausweiskontrolle\w*",
        r"(?:prüfung|überprüfung|kontrolle) der identität",
    ),
    "fr": (
        r"surveillé\w*",
        r"sous surveillance",
        r"surveillant\w*",
        r"supervisé\w*",
        r"télésurveill\w*",
        r"(?:centre|salle)s? d'examen",
        r"(?:contrôle|vérification) (?:d'|de l'|de l’|d’)identité",
        r"pièce d'identité",
        r"carte d['’]identité",
        r"carte d['’]étudiant\w*",
        r"passeport",
    ),
    "es": (
        r"supervisad\w*",
        r"vigilad\w*",
        r"bajo supervisión",
        r"con supervisión",
        r"vigilante\w*",
        r"(?:centro|sala)s? de exámenes",
        r"(?:centro|sala)s? de examen",
        r"(?:control|verificación|comprobación) de (?:la )?identidad",
        r"documento (?:nacional )?de identidad",
        r"carn[eé]t?s? (?:de estudiante|universitario)",
        r"pasaporte",
        r"(?:con|y|mediante|presentando|presentar|mostrando|mostrar) (?:el |su )?dni",
    ),
    "it": (
        r"supervisionat\w*",
        r"sorvegliat\w*",
        r"sotto sorveglianza",
        r"con sorveglianza",
        r"sorvegliant\w*",
        r"(?:centro|centri|aula|aule) d'esame",
        r"(?:centro|centri|aula|aule) di esame",
        r"(?:controllo|verifica|accertamento) (?:dell'|dell’|della )?identità",
        r"(?:carta|documento) d['’]identità",
        r"documento di (?:identità|riconoscimento)",
        r"tesserino (?:universitario|dello studente)",
        r"passaporto",
    ),
    "nl": (
        r"onder toezicht",
        r"gesurveilleerd",
        r"surveillant\w*",
        r"met toezicht",
        r"proctoring",
        r"(?:examen|toets)(?:centrum|centra|zaal|lokaal)",
        r"identiteitscontrole",
        r"identiteitsverificatie",
        r"controle van de identiteit",
        r"identiteitsbewijs\w*",
        r"identiteitskaart\w*",
        r"id-kaart\w*",
        r"legitimatie\w*",
        r"legitime(?:ren|ert)",
        r"(?:college|studenten)kaart\w*",
        r"paspoort\w*",
    ),
    "pl": (
        r"nadzorowan\w*",
        r"pod nadzorem",
        r"z nadzorem",
        r"osob\w* nadzorując\w*",
        r"centrum egzaminacyjn\w*",
        r"sal\w* egzaminacyjn\w*",
        r"(?:weryfikacj\w*|sprawdzeni\w*|kontrol\w*|potwierdzeni\w*) tożsamości",
        r"dow(?:ód|od\w*) osobist\w*",
        r"legitymacj\w* studenck\w*",
        r"paszport\w*",
    ),
    "pt": (
        r"vigiad\w*",
        r"supervisionad\w*",
        r"sob (?:vigilância|supervisão)",
        r"com vigilância",
        r"(?:verificação|controlo|controle) d[ae] identidade",
        r"cartão de cidadão",
        r"cartão de estudante",
        r"(?:bilhete|documento) de identi(?:dade|ficação)",
        r"passaporte",
    ),
    "ro": (
        r"supravegheat\w*",
        r"sub supraveghere",
        r"cu supraveghere",
        r"supraveghetor\w*",
        r"(?:verificarea|verificare|controlul) (?:actului de )?identit\w*",
        r"cart\w* de identitate",
    ),
    "cs": (
        r"pod dozorem",
        r"s dozorem",
        r"dozorovan\w*",
        r"(?:ověřen\w*|kontrol\w*|prokázání) totožnosti",
        r"průkaz\w* totožnosti",
        r"občansk\w* průkaz\w*",
        r"cestovní\w* pas\w*",
    ),
    "sk": (
        r"pod dozorom",
        r"s dozorom",
        r"(?:overen\w*|kontrol\w*|preukázan\w*) (?:totožnosti|identity)",
        r"preukaz\w* totožnosti",
        r"občiansk\w* preukaz\w*",
    ),
    "sl": (
        r"pod nadzorom",
        r"z nadzorom",
        r"nadzorovan\w*",
        r"(?:preverjanj\w*|preverb\w*|ugotavljanj\w*) (?:istovetnosti|identitete)",
        r"osebn\w* dokument\w*",
    ),
    "hr": (
        r"pod nadzorom",
        r"uz nadzor",
        r"nadziran\w*",
        r"provjer\w* identiteta",
        r"dežurn\w*",
        r"osobn\w* iskaznic\w*",
    ),
    "hu": (
        r"felügyelet mellett",
        r"felügyelettel",
        r"felügyelt\w*",
        r"személyazonosság(?:-| )ellenőrzés\w*",
        r"teremfelügyel\w*",
        r"(?:személyi|fényképes) igazolvány\w*",
    ),
    "bg": (
        r"под надзор",
        r"с надзор",
        r"квестор\w*",
        r"(?:проверка|удостоверяване) на самоличността",
        r"лична карта",
    ),
    "el": (
        r"υπό επιτήρηση",
        r"με επιτήρηση",
        r"επιτηρητ\w*",
        r"(?:έλεγχο\w*|επαλήθευση|ταυτοποίηση) (?:της )?ταυτότητας",
        r"(?:αστυνομική ταυτότητα|δελτίο ταυτότητας)",
    ),
    "lt": (
        r"prižiūrim\w*",
        r"prižiūrint\w*",
        r"priežiūroje",
        r"tikrinant (?:asmens )?tapatybę",
        r"(?:asmens )?tapatybės (?:tikrinim\w*|patikrinim\w*|nustatym\w*)",
        r"asmens (?:tapatybės )?(?:dokument\w*|kortel\w*)",
    ),
    "lv": (
        r"uzraudzībā",
        r"ar uzraudzību",
        r"uzraudzīt\w*",
        r"(?:identitātes|dokumenta|personas) pārbaud\w*",
        r"personu apliecinoš\w* dokument\w*",
    ),
    "et": (r"järelevalve all", r"järelevalvega", r"isikut tõendav\w* dokument\w*", r"isikutuvastus\w*"),
    "fi": (
        r"valvottu\w*",
        r"valvonnassa",
        r"valvotusti",
        r"valvoja\w*",
        r"henkilöllisyyden (?:tarkistu\w*|todentami\w*)",
        r"henkilöllisyystodistu\w*",
        r"henkilökortti\w*",
        r"henkilökorti\w*",
    ),
    "sv": (
        r"övervakad\w*",
        r"under övervakning",
        r"(?:tentamens|skriv)vakt\w*",
        r"legitimationskontroll",
        r"legitimation",
        r"id-handling\w*",
        r"id-kontroll",
        r"identitetskontroll",
        r"salstentamen",
        r"salsskrivning",
    ),
    "da": (
        r"under (?:opsyn|tilsyn)",
        r"med (?:opsyn|tilsyn)",
        r"overvåget",
        r"eksamensvagt\w*",
        r"id-kontrol",
        r"identitetskontrol",
        r"billed-?id",
        r"billedlegitimation",
    ),
    "mt": (r"taħt (?:sorveljanza|superviżjoni)", r"sorveljat\w*", r"verifika tal-identità", r"karta tal-identità"),
    "ga": (
        r"faoi mhaoirseacht",
        r"le maoirseacht",
        r"feitheoir\w*",
        r"(?:seiceáil|fíorú) aitheantais",
        r"cárta aitheantais",
    ),
    "ca": (
        r"vigila[td]\w*",
        r"supervisa[td]\w*",
        r"amb vigilància",
        r"sota (?:vigilància|supervisió)",
        r"(?:verificació|comprovació|control) de (?:la )?identitat",
        r"document (?:nacional )?d['’]identitat",
    ),
    "eu": (
        r"zaintzapean",
        r"gainbegiratua\w*",
        r"nortasuna egiaztatuta",
        r"nortasun-egiaztape\w*",
        r"nortasun[- ]agiri\w*",
    ),
    "gl": (
        r"vixiad\w*",
        r"supervisad\w*",
        r"con vixilancia",
        r"baixo (?:vixilancia|supervisión)",
        r"(?:verificación|comprobación|control) da identidade",
        r"documento (?:nacional )?de identidade",
    ),
}


# Supervision of the learner's work rather than of a sitting: a project "supervised by a tutor", a "supervised
# placement". Taken out of a text before a supervised sitting is looked for, as the denials are; an exam
# "supervised by a tutor" is still a sitting, so the work must be named.
_WORKS = {
    "en": r"project|thesis|dissertation|work placement|placement|internship|apprenticeship|practicum|fieldwork|"
    r"research|coursework|work|practice|learning|self-study|study",
    "fr": r"projet|mémoire|stage|alternance|apprentissage|travail",
    "es": r"proyecto|trabajo|tesis|prácticas|práctica|aprendizaje",
    "it": r"progetto|tesi|tirocinio|stage|lavoro|apprendistato",
    "pl": r"projekt|praca|pracy|praktyka|praktyki|staż",
    "nl": r"project|stage|opdracht|werk|scriptie|afstudeerproject",
    "de": r"projekt|praktikum|abschlussarbeit|projektarbeit|arbeit",
    "pt": r"projeto|projecto|trabalho|tese|dissertação|estágio|prática|aprendizagem",
    "ca": r"projecte|treball|tesi|pràctiques|pràctica|aprenentatge",
    "gl": r"proxecto|traballo|tese|prácticas|práctica|aprendizaxe",
}
_MENTORS = {
    "en": r"(?:an? |the |their |your |his |her |one )?(?:\w+ )?(?:tutor|mentor|supervisor|coach)s?",
    "fr": r"(?:un |une |le |la |son |sa |leur )?(?:tuteur|tutrice|tuteurs|mentor|encadrant\w*|directeur|directrice)",
    "es": r"(?:un |una |el |la |su )?(?:tutor|tutora|tutores|mentor|director|directora)",
    "it": r"(?:un |una |il |lo |la |il proprio |un proprio )?(?:tutor|mentore|relatore|relatrice|docente tutor)",
    "pl": r"(?:opiekun\w*|promotor\w*|mentor\w*|tutor\w*)",
    "nl": r"(?:een |de |hun |je |zijn |haar )?(?:begeleider\w*|mentor\w*|tutor\w*|coach\w*|praktijkopleider\w*)",
    "de": r"(?:einer |einem |ihrer |ihrem |seiner |seinem )?(?:tutor|mentor|betreuer)\w*",
    "pt": r"(?:um |uma |o |a |seu |sua )?(?:tutor\w*|orientador\w*|mentor\w*|docente)",
    "ca": r"(?:un |una |el |la |el seu |la seva )?(?:tutor\w*|mentor\w*|director\w*)",
    "gl": r"(?:un |unha |o |a |seu |súa )?(?:titor\w*|tutor\w*|mentor\w*|director\w*)",
}
_WORK_SUPERVISION: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:" + _WORKS["en"] + r")s?,? (?:(?:is|are|will be|being) )?supervised(?: by " + _MENTORS["en"] + r")?",
        r"supervised (?:" + _WORKS["en"] + r")s?",
    ),
    "fr": (r"(?:" + _WORKS["fr"] + r")s?,? (?:est |sont |sera )?supervisé\w*(?: par " + _MENTORS["fr"] + r")?",),
    "es": (r"(?:" + _WORKS["es"] + r")s?,? (?:es |son |será )?supervisad\w*(?: por " + _MENTORS["es"] + r")?",),
    "it": (r"(?:" + _WORKS["it"] + r"),? (?:è |sono |sarà |viene )?supervisionat\w*(?: da " + _MENTORS["it"] + r")?",),
    "pl": (r"(?:" + _WORKS["pl"] + r"),? (?:jest |będzie )?nadzorowan\w*(?: przez " + _MENTORS["pl"] + r")?",),
    "nl": (r"(?:" + _WORKS["nl"] + r")\w*,? (?:\w+ )?onder toezicht van " + _MENTORS["nl"],),
    "de": (r"(?:" + _WORKS["de"] + r")\w*,? (?:\w+ ){0,2}?von " + _MENTORS["de"] + r" (?:beaufsichtigt|überwacht)\w*",),
    "pt": (
        r"(?:"
        + _WORKS["pt"]
        + r")s?,? (?:é |são |será )?supervisionad\w*(?: (?:por|pel[oa]) "
        + _MENTORS["pt"]
        + r")?",
    ),
    "ca": (r"(?:" + _WORKS["ca"] + r")s?,? (?:és |són |serà )?supervisa[td]\w*(?: per " + _MENTORS["ca"] + r")?",),
    "gl": (
        r"(?:" + _WORKS["gl"] + r")s?,? (?:é |son |será )?supervisad\w*(?: (?:por|pol[oa]) " + _MENTORS["gl"] + r")?",
    ),
}

# Remote proctoring services, whose names state a watched online sitting in a text of any language ("mit Proctorio",
# "afgenomen met ProctorU"); a lockdown browser alone (Safe Exam Browser) watches no one.
_PROCTORING_SERVICES = (
    r"proctorio",
    r"proctoru",
    r"proctorexam",
    r"proctortrack",
    r"examity",
    r"honorlock",
    r"respondus monitor",
)

_TABLES = {
    "unsupervised": _UNSUPERVISED,
    "no-id-check": _NO_ID_CHECK,
    "supervised": {code: (*_SUPERVISED.get(code, ()), *_PROCTORING_SERVICES) for code in LANGUAGES},
    "work": _WORK_SUPERVISION,
}
_DENIALS = ("unsupervised", "no-id-check")


@functools.cache
def _pattern(kinds: tuple[str, ...], languages: tuple[str, ...]) -> re.Pattern[str]:
    """The phrases of some tables in some languages as one pattern (none: never matches), compiled when a text in
    those languages is read: one search tells whether any of them is in a text however many languages it is
    read in."""
    phrases = [phrase for kind in kinds for lang in languages for phrase in _TABLES[kind].get(lang, ())]
    return re.compile(r"(?<!\w)(?:" + "|".join(phrases or [r"(?!)"]) + r")(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class Statement:
    """A phrase in a description that denies supervision or an identity check, or states a supervised sitting."""

    kind: str  # "unsupervised", "no-id-check" or "supervised"
    phrase: str
    language: str
    pointer: str


def texts(value: object, pointer: str) -> Iterable[tuple[str, str, str]]:
    """(language or "", text, pointer) for a language string: a plain text or a language map, each text as its
    reader sees it (:func:`plain_text`), its words parted by one space however it spaces or wraps them (a
    no-break space, a line break, a direction mark), as the phrases of the tables are written."""
    if isinstance(value, str):
        yield "", _spaced(value), pointer
    elif isinstance(value, dict):
        for lang, text in value.items():
            if isinstance(lang, str) and isinstance(text, str):
                yield lang, _spaced(text), f"{pointer}/{lang}"


def _spaced(text: str) -> str:
    return _SPACES.sub(" ", plain_text(text))


# What parts words: white space, and the direction marks typed beside it.
_SPACES = re.compile(r"[\s\u200e\u200f]+")


def _languages(lang: str) -> tuple[str, ...]:
    return (lang,) if lang in LANGUAGES else LANGUAGES


def _denials_in(text: str, code: str) -> list[tuple[str, re.Match[str]]]:
    """The phrases of one language in a text that deny supervision or an identity check, by kind."""
    hits = [("unsupervised", m) for m in _pattern(("unsupervised",), (code,)).finditer(text)]
    return hits + [("no-id-check", m) for m in _pattern(("no-id-check",), (code,)).finditer(text)]


def _states_sitting(
    text: str,
    hits: list[tuple[str, re.Match[str]]],
    read_in: tuple[str, ...],
    codes: tuple[str, ...],
    work: bool = False,
) -> bool:
    """Whether a text states a supervised sitting in one of ``codes`` once its denials, and any supervision of
    work in the languages it is read in (a project "supervised by a tutor", which a close relative may spell
    alike), are taken out; with ``work``, a supervision of work counts as well."""
    rest = _without(text, [match.span() for _kind, match in hits])
    if not work:
        rest = _pattern(("work",), read_in).sub(" ", rest)
    return _pattern(("supervised",), codes).search(rest) is not None


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span a space (overlapping spans one space), in one pass however many there are."""
    parts: list[str] = []
    cursor = 0
    for start, end in sorted(spans):
        if start >= cursor:
            parts += (text[cursor:start], " ")
        cursor = max(cursor, end)
    parts.append(text[cursor:])
    return "".join(parts)


def denials(value: object, pointer: str, work: bool = False) -> list[Statement]:
    """Statements in a description that the assessment is unsupervised or not identity-checked.

    A text that also states a supervised sitting (once the denials are taken out), in any language it is read in,
    is mixed and gives none; with ``work`` (a claim of supervision without an identity check), so is one that
    states a supervision of work ("quizzes without supervision and a project supervised by a tutor").
    """
    found: list[Statement] = []
    for lang, text, where in texts(value, pointer):
        read_in = _languages(lang)
        if not _pattern(_DENIALS, read_in).search(text):
            continue
        for code in read_in:
            hits = _denials_in(text, code)
            # Mixed when a sitting is stated in any language it is read in ("pod dozorem" is Czech, not Slovak).
            if not hits or _states_sitting(text, hits, read_in, read_in, work):
                continue
            found.extend(Statement(kind, match.group(0), code, where) for kind, match in hits)
            break
    return found


def sittings(value: object, pointer: str) -> list[Statement]:
    """Statements of a supervised sitting (or an identity check) in a description that says nowhere that some
    assessment is unsupervised: against a claim of no supervision, "quizzes unsupervised, final exam invigilated"
    is mixed and gives none. Denials of an identity check and supervision of work are taken out first."""
    if _mixed(value):
        return []
    found: list[Statement] = []
    for lang, text, where in texts(value, pointer):
        read_in = _languages(lang)
        if not _pattern(("supervised",), read_in).search(text):
            continue
        spans = [match.span() for code in read_in for _kind, match in _denials_in(text, code)]
        rest = _pattern(("work",), read_in).sub(" ", _without(text, spans))
        found.extend(
            Statement("supervised", match.group(0), lang, where)
            for match in _pattern(("supervised",), read_in).finditer(rest)
        )
    return found


def _mixed(value: object) -> bool:
    """Whether a text of a description says some assessment is unsupervised."""
    return any(
        _pattern(("unsupervised",), _languages(lang)).search(text) is not None for lang, text, _ in texts(value, "")
    )


def affirms_checked_sitting(value: object) -> bool:
    """Whether a description states a supervised sitting and denies no identity check, in one of its texts.

    Mixed texts count ("practice quizzes are unsupervised; the final exam is proctored").
    """
    for lang, text, _where in texts(value, ""):
        read_in = _languages(lang)
        if not _pattern(("supervised",), read_in).search(text):
            continue
        if not _pattern(_DENIALS, read_in).search(text):
            if _states_sitting(text, [], read_in, read_in):
                return True
            continue
        hits = {code: _denials_in(text, code) for code in read_in}
        if any(kind == "no-id-check" for found in hits.values() for kind, _match in found):
            continue
        if any(_states_sitting(text, found, read_in, (code,)) for code, found in hits.items()):
            return True
    return False
