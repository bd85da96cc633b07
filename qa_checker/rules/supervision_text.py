"""What an assessment description says about supervision and identity checks, in the EU's languages.

A descriptor may claim supervised assessment with identity verification (Annex I O2) while its own
description of the assessment says the tests are taken without supervision or without an identity
check. These small phrase lists, one per language (the seven of the interface, the other official EU
languages, Catalan, Basque and Galician), find such statements; they are the judgement itself ("without
supervision" is a statement, not a guess), so they are kept by hand. A description that also states a
supervised sitting ("the final exam is invigilated") is mixed, not a contradiction, and is not reported; a
description that states one backs the claim even when the assessment types name no sitting ("a final
presentation held under supervision"). An identity document shown at the assessment ("Personalausweis", "carta
d'identità") and the name of a remote proctoring service (Proctorio, ProctorU) state such a sitting too; a document
named as not needed ("no photo ID required", "Personalausweis nicht erforderlich") denies the identity check instead,
unless no one is admitted without it ("candidates without photo ID will not be admitted").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from qa_checker.caching import short_texts
from qa_checker.language import plain_text
from qa_checker.patterns import regex

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
        r"(?:identity|id) (?:\w+ ){0,4}(?:is|are) not (?:checked|verified)",
        r"not (?:identity|id)[- ]checked",
    ),
    "de": (
        r"ohne (?:jede )?(?:identitätsprüfung|identitätskontrolle|identitätsnachweis|ausweiskontrolle|"
        r"prüfung der identität|überprüfung der identität)",
        r"keine (?:identitätsprüfung|identitätskontrolle|ausweiskontrolle|prüfung der identität|"
        r"überprüfung der identität|kontrolle der identität)",
        r"identität (?:\w+ ){0,4}wird nicht (?:geprüft|überprüft|kontrolliert)",
    ),
    "fr": (
        r"sans (?:aucun |aucune )?(?:contrôle|vérification) (?:d'|de l'|de l’|d’)identité",
        r"(?:aucun(?:e)?|pas de) (?:contrôle|vérification) (?:d'|de l'|de l’|d’)identité",
        r"identité (?:\w+ ){0,4}n'est pas (?:contrôlée|vérifiée)",
    ),
    "es": (
        r"sin (?:ningún |ninguna )?(?:control|verificación|comprobación) de (?:la )?identidad",
        r"(?:ningún |ninguna |no hay (?:ningún |ninguna )?)(?:control|verificación|comprobación) de (?:la )?identidad",
        r"identidad (?:\w+ ){0,4}no se (?:comprueba|verifica|controla)",
        r"no se (?:comprueba|verifica|controla) (?:la )?identidad",
        r"no se (?:realiza|efectúa|lleva a cabo) (?:ningún |ninguna )?(?:control|verificación|comprobación) de "
        r"(?:la )?identidad",
    ),
    "it": (
        r"senza (?:alcun |alcuna )?(?:controllo|verifica|accertamento) (?:dell'|dell’|della )?identità",
        r"nessun(?:a)? (?:controllo|verifica|accertamento) (?:dell'|dell’|della )?identità",
        r"identità (?:\w+ ){0,4}non (?:è|viene) (?:controllata|verificata|accertata)",
        r"non (?:è|viene) (?:previst|effettuat|richiest)[oa] (?:alcun |alcuna |nessun |nessuna )?"
        r"(?:controllo|verifica|accertamento) (?:dell'|dell’|della )?identità",
        r"non si (?:verifica|controlla|accerta) l['’]identità",
    ),
    "nl": (
        r"zonder (?:enige )?(?:identiteitscontrole|identiteitsverificatie|controle van de identiteit)",
        r"geen (?:identiteitscontrole|identiteitsverificatie|controle van de identiteit)",
        r"identiteit (?:\w+ ){0,4}wordt niet (?:gecontroleerd|geverifieerd)",
    ),
    "pl": (
        r"bez (?:żadnej )?(?:weryfikacji|sprawdzenia|sprawdzania|kontroli|potwierdzenia) tożsamości",
        r"(?:brak|nie ma) (?:żadnej )?(?:weryfikacji|sprawdzenia|sprawdzania|kontroli|potwierdzenia) tożsamości",
        r"tożsamość (?:\w+ ){0,4}nie jest (?:weryfikowana|sprawdzana|kontrolowana)",
        r"nie (?:weryfikuje|sprawdza|kontroluje) się tożsamości",
        r"nie jest (?:prowadzona|przeprowadzana) (?:żadna )?(?:weryfikacja|kontrola) tożsamości",
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
        r"id(?:entity)? (?:check|verification)",
    ),
    "de": (
        r"beaufsichtigt\w*",
        r"unter aufsicht",
        r"aufsichtsperson\w*",
        r"überwacht\w*",
        r"proctoring",
        r"(?:prüfungs|test)(?:zentrum|zentren|raum|räumen|saal)",
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
        r"legitime(?:ren|ert)",
    ),
    "pl": (
        r"nadzorowan\w*",
        r"pod nadzorem",
        r"z nadzorem",
        r"osob\w* nadzorując\w*",
        r"centrum egzaminacyjn\w*",
        r"sal\w* egzaminacyjn\w*",
        r"(?:weryfikacj\w*|sprawdzeni\w*|kontrol\w*|potwierdzeni\w*) tożsamości",
    ),
    "pt": (
        r"vigiad\w*",
        r"supervisionad\w*",
        r"sob (?:vigilância|supervisão)",
        r"com vigilância",
        r"(?:verificação|controlo|controle) d[ae] identidade",
    ),
    "ro": (
        r"supravegheat\w*",
        r"sub supraveghere",
        r"cu supraveghere",
        r"supraveghetor\w*",
        r"(?:verificarea|verificare|controlul) (?:actului de )?identit\w*",
    ),
    "cs": (
        r"pod dozorem",
        r"s dozorem",
        r"dozorovan\w*",
        r"(?:ověřen\w*|kontrol\w*|prokázání) totožnosti",
    ),
    "sk": (
        r"pod dozorom",
        r"s dozorom",
        r"(?:overen\w*|kontrol\w*|preukázan\w*) (?:totožnosti|identity)",
    ),
    "sl": (
        r"pod nadzorom",
        r"z nadzorom",
        r"nadzorovan\w*",
        r"(?:preverjanj\w*|preverb\w*|ugotavljanj\w*) (?:istovetnosti|identitete)",
    ),
    "hr": (
        r"pod nadzorom",
        r"uz nadzor",
        r"nadziran\w*",
        r"provjer\w* identiteta",
        r"dežurn\w*",
    ),
    "hu": (
        r"felügyelet mellett",
        r"felügyelettel",
        r"felügyelt\w*",
        r"személyazonosság(?:-| )ellenőrzés\w*",
        r"teremfelügyel\w*",
    ),
    "bg": (
        r"под надзор",
        r"с надзор",
        r"квестор\w*",
        r"(?:проверка|удостоверяване) на самоличността",
    ),
    "el": (
        r"υπό επιτήρηση",
        r"με επιτήρηση",
        r"επιτηρητ\w*",
        r"(?:έλεγχο\w*|επαλήθευση|ταυτοποίηση) (?:της )?ταυτότητας",
    ),
    "lt": (
        r"prižiūrim\w*",
        r"prižiūrint\w*",
        r"priežiūroje",
        r"tikrinant (?:asmens )?tapatybę",
        r"(?:asmens )?tapatybės (?:tikrinim\w*|patikrinim\w*|nustatym\w*)",
    ),
    "lv": (
        r"uzraudzībā",
        r"ar uzraudzību",
        r"uzraudzīt\w*",
        r"(?:identitātes|dokumenta|personas) pārbaud\w*",
    ),
    "et": (r"järelevalve all", r"järelevalvega", r"isikutuvastus\w*"),
    "fi": (
        r"valvottu\w*",
        r"valvonnassa",
        r"valvotusti",
        r"valvoja\w*",
        r"henkilöllisyyden (?:tarkistu\w*|todentami\w*)",
    ),
    "sv": (
        r"övervakad\w*",
        r"under övervakning",
        r"(?:tentamens|skriv)vakt\w*",
        r"legitimationskontroll",
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
    ),
    "mt": (r"taħt (?:sorveljanza|superviżjoni)", r"sorveljat\w*", r"verifika tal-identità"),
    "ga": (
        r"faoi mhaoirseacht",
        r"le maoirseacht",
        r"feitheoir\w*",
        r"(?:seiceáil|fíorú) aitheantais",
    ),
    "ca": (
        r"vigila[td]\w*",
        r"supervisa[td]\w*",
        r"amb vigilància",
        r"sota (?:vigilància|supervisió)",
        r"(?:verificació|comprovació|control) de (?:la )?identitat",
    ),
    "eu": (
        r"zaintzapean",
        r"gainbegiratua\w*",
        r"nortasuna egiaztatuta",
        r"nortasun-egiaztape\w*",
    ),
    "gl": (
        r"vixiad\w*",
        r"supervisad\w*",
        r"con vixilancia",
        r"baixo (?:vixilancia|supervisión)",
        r"(?:verificación|comprobación|control) da identidade",
    ),
}


# Identity documents shown at a sitting: named, they state one ("bring your photo ID", "Personalausweis vorlegen").
_ID_DOCUMENTS: dict[str, str] = {
    "en": r"photo(?:graphic)? id|(?:passport|student card|student id card|id card|identity card|identity document)s?|"
    r"(?:university|campus|college) (?:id )?cards?",
    "de": r"lichtbildausweis\w*|personalausweis\w*|reisepass\w*|ausweis(?:es|e|en)?|"
    r"(?:studierenden|studenten)ausweis\w*",
    "fr": r"pièce d['’]identité|carte d['’]identité|carte d['’]étudiant\w*|passeport",
    "es": r"documento (?:nacional )?de identidad|carn[eé]t?s? (?:de estudiante|universitario)|pasaporte",
    "it": r"(?:carta|documento) d['’]identità|documento di (?:identità|riconoscimento)|"
    r"tesserino (?:universitario|dello studente)|passaporto",
    "nl": r"identiteitsbewijs\w*|identiteitskaart\w*|id-kaart\w*|legitimatie\w*|"
    r"(?:college|studenten)kaart\w*|paspoort\w*",
    "pl": r"dow(?:ód|od\w*) osobist\w*|legitymacj\w* studenck\w*|paszport\w*",
    "pt": r"cartão de cidadão|cartão de estudante|(?:bilhete|documento) de identi(?:dade|ficação)|passaporte",
    "ro": r"cart\w* de identitate",
    "cs": r"průkaz\w* totožnosti|občansk\w* průkaz\w*|cestovní\w* pas\w*",
    "sk": r"preukaz\w* totožnosti|občiansk\w* preukaz\w*",
    "sl": r"osebn\w* dokument\w*",
    "hr": r"osobn\w* iskaznic\w*",
    "hu": r"(?:személyi|fényképes) igazolvány\w*",
    "bg": r"лична карта",
    "el": r"αστυνομική ταυτότητα|δελτίο ταυτότητας",
    "lt": r"asmens (?:tapatybės )?(?:dokument\w*|kortel\w*)",
    "lv": r"personu apliecinoš\w* dokument\w*",
    "et": r"isikut tõendav\w* dokument\w*",
    "fi": r"henkilöllisyystodistu\w*|henkilökortti\w*|henkilökorti\w*",
    "sv": r"legitimation|id-handling\w*",
    "da": r"billed-?id|billedlegitimation",
    "mt": r"karta tal-identità",
    "ga": r"cárta aitheantais",
    "ca": r"document (?:nacional )?d['’]identitat",
    "eu": r"nortasun[- ]agiri\w*",
    "gl": r"documento (?:nacional )?de identidade",
}
# Short names that state nothing alone ("learner ID", "el DNI del alumno") but are the document when it is denied.
_DENIED_ONLY = {"en": r"id", "es": r"dni"}
# The words that join documents in a list ("no passport or ID card needed"), at most three of them.
_LIST_WORDS = {
    "en": r"or|and|nor",
    "de": r"oder|und|bzw\.",
    "fr": r"ou|ni|et",
    "es": r"o|u|ni|y",
    "it": r"o|né|e",
    "nl": r"of|en",
    "pl": r"lub|albo|ani|i",
    "pt": r"ou|nem|e",
}
# A document named as not needed ("no photo ID required", "Personalausweis nicht erforderlich", "sans pièce
# d'identité"): a denial of the identity check, not its statement. {doc} is one of the language's documents, or a list.
_NOT_NEEDED: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:no|without|nor) (?:an? |any |your |their |valid |official )?{doc}"
        r"(?: (?:is |are |will be )?(?:required|needed|necessary|requested|checked))?",
        r"{doc} (?:(?:is|are|will be) not|isn't|aren't|won't be) "
        r"(?:required|needed|necessary|requested|checked|verified)",
        r"(?:(?:do|does|will) not|don't|doesn't|won't) (?:need|require|ask for|(?:need|have) to "
        r"(?:show|bring|present|provide|upload)) (?:an? |any |your |their )?{doc}",
        r"(?:no need (?:for|to (?:show|bring|present|provide|upload))|"
        r"not required to (?:show|bring|present|provide|upload)) "
        r"(?:an? |any |your |their )?{doc}",
    ),
    "de": (
        r"(?:ohne|kein(?:e|en|es)?) (?:amtlichen |gültigen )?{doc}"
        r"(?: (?:ist |wird )?(?:erforderlich|nötig|notwendig|verlangt|vorzulegen|mitzubringen))?",
        r"{doc} (?:ist |sind |wird |werden )?nicht (?:erforderlich|nötig|notwendig|verlangt|vorzulegen|mitzubringen|"
        r"geprüft|überprüft|kontrolliert)",
        r"{doc} (?:muss|müssen) nicht (?:vorgelegt|mitgebracht|gezeigt) werden",
    ),
    "fr": (
        r"(?:sans|aucune?|pas de|nul besoin d['’]) ?(?:(?:une|votre|sa|leur) )?{doc}",
        r"{doc} (?:n['’](?:est|sera) pas |non |pas )"
        r"(?:requis|nécessaire|exigé|demandé|obligatoire|vérifié|contrôlé)\w*",
        r"(?:n['’](?:est|sera) pas|non) (?:requis|nécessaire|obligatoire|exigé)e?s? "
        r"(?:de (?:présenter|fournir|montrer) )?"
        r"(?:(?:une|votre|sa|la|le) |l['’])?{doc}",
    ),
    "es": (
        r"(?:sin|ningún|ninguna) (?:(?:el|un|su) )?{doc}",
        r"no (?:se )?(?:requiere|necesita|exige|pide|solicita|precisa|hace falta|es (?:necesario|obligatorio|preciso|"
        r"imprescindible))(?: (?:presentar|mostrar|aportar|llevar|traer))? (?:(?:el|un|su|ningún) )?{doc}",
        r"{doc} no (?:es |será |se )?(?:necesario|obligatorio|requerido|exigido|requiere|exige|pide|solicita)",
    ),
    "it": (
        r"(?:senza|nessun[oa]?) (?:(?:il|la|un|una|alcun|alcuna) |un['’]|l['’])?{doc}",
        r"non (?:(?:è |sono |sarà )?(?:richiest|necessari|obbligatori)[oaie]|serve|servono|occorre|occorrono|bisogna)"
        r"(?: (?:presentare|esibire|mostrare|portare))? (?:(?:il|la|un|una|alcun|alcuna) |un['’]|l['’])?{doc}",
        r"{doc} non (?:è |sarà |viene )?(?:richiest|necessari|obbligatori|controllat|verificat)[oaie]",
    ),
    "nl": (
        r"(?:geen|zonder) (?:geldige? )?{doc}(?: (?:nodig|vereist|verplicht))?",
        r"{doc} (?:is |zijn |wordt |worden )?niet (?:nodig|vereist|verplicht|gevraagd|gecontroleerd)",
        r"niet te legitimeren",
    ),
    "pl": (
        r"(?:bez|brak) (?:żadnego |ważnego )?{doc}",
        r"nie (?:jest |są |będzie |będą )?(?:wymagan|potrzebn|konieczn|sprawdzan)\w* (?:żaden |żadnego )?{doc}",
        r"nie (?:trzeba|należy|musi|muszą|wymaga się)(?: (?:okazywać|okazać|przedstawiać|przedstawić|mieć|posiadać|"
        r"pokazywać|pokazać))? (?:żadnego )?{doc}",
        r"{doc} nie (?:jest |są |będzie |będą )?(?:wymagan|potrzebn|konieczn|sprawdzan)\w*",
    ),
    "pt": (
        r"(?:sem|nenhum|nenhuma) (?:(?:o|a|um|uma|qualquer) )?{doc}",
        r"não (?:(?:(?:é|são|será) )?(?:necessári|obrigatóri|exigid|requerid|precis)[oa]s?|"
        r"(?:se )?(?:exige|requer|pede|"
        r"solicita))(?: (?:apresentar|mostrar|levar|trazer))? (?:(?:o|a|um|uma) )?{doc}",
        r"{doc} não (?:é |será )?(?:necessári|obrigatóri|exigid|requerid|verificad|controlad)[oa]s?",
    ),
    "ro": (
        r"(?:fără|nu (?:este |e |va fi )?(?:necesar|obligatori|solicitat|cerut)\w*) (?:o |nicio )?{doc}",
        r"{doc} nu (?:este |e |va fi )?(?:necesar|obligatori|solicitat|cerut|verificat)\w*",
    ),
    "cs": (
        r"(?:bez|(?:není|nejsou) (?:potřeba|nutn\w*|vyžadován\w*|třeba)(?: (?:předložit|předkládat|ukázat))?) {doc}",
        r"{doc} (?:(?:není|nejsou) (?:potřeba|nutn\w*|vyžadován\w*|třeba)|se nevyžaduj\w*)",
    ),
    "sk": (
        r"(?:bez|(?:nie je|nie sú) (?:potrebn\w*|nutn\w*|vyžadovan\w*|treba)"
        r"(?: (?:predložiť|preukázať|ukázať))?) {doc}",
        r"{doc} (?:nie je|nie sú) (?:potrebn\w*|nutn\w*|vyžadovan\w*)",
    ),
    "sl": (r"brez {doc}",),
    "hr": (r"bez {doc}",),
    "hu": (r"{doc} (?:nem szükséges|nem kell|nélkül)", r"nem (?:szükséges|kell) (?:bemutatni )?(?:a |az )?{doc}"),
    "bg": (r"без {doc}",),
    "el": (r"χωρίς {doc}",),
    "lt": (r"be {doc}",),
    "lv": (r"bez {doc}",),
    "et": (r"ilma {doc}",),
    "fi": (
        r"ilman {doc}",
        r"{doc} (?:ei (?:tarvita|vaadita|tarkisteta|tarvitse esittää)|ei ole (?:pakollinen|tarpeen))",
    ),
    "sv": (r"(?:ingen|utan) (?:giltig )?{doc}(?: (?:krävs|behövs))?", r"{doc} (?:krävs|behövs) (?:inte|ej)"),
    "da": (
        r"(?:uden|ingen) {doc}(?: (?:kræves|påkrævet|nødvendig))?",
        r"{doc} (?:er ikke (?:påkrævet|nødvendig\w*)|kræves ikke|behøves ikke)",
    ),
    "mt": (r"mingħajr (?:ebda )?{doc}",),
    "ca": (
        r"(?:sense|cap) (?:(?:el|un) )?{doc}",
        r"no (?:cal|és (?:necessari|obligatori))(?: (?:presentar|mostrar|portar))? (?:(?:el|un) )?{doc}",
        r"{doc} no (?:és |serà )?(?:necessari|obligatori|requerit)",
    ),
    "eu": (r"{doc}(?:rik)? gabe",),
    "gl": (
        r"(?:sen|ningún) (?:(?:o|un) )?{doc}",
        r"non (?:se )?(?:require|precisa|é (?:necesario|obrigatorio))(?: (?:presentar|amosar))? (?:(?:o|un) )?{doc}",
        r"{doc} non (?:é |será )?(?:necesario|obrigatorio|requirido)",
    ),
}


def _not_needed(code: str) -> tuple[str, ...]:
    """The phrases of a language that name one of its documents, or a list of them, as not needed."""
    if code not in _NOT_NEEDED:
        return ()
    named = "|".join(filter(None, (_ID_DOCUMENTS[code], _DENIED_ONLY.get(code))))
    doc = f"(?:{named})"
    if code in _LIST_WORDS:
        doc += rf"(?:,? (?:{_LIST_WORDS[code]}) (?:\w+ )?(?:{named})){{0,3}}"
    return tuple(frame.replace("{doc}", doc) for frame in _NOT_NEEDED[code])


# A document without which no one is admitted ("no entry without a passport", "ohne Ausweis kein Zutritt"): a
# requirement, so a denial above that it overlaps is none. At most a few words part the refusal from "without".
_GAP = r"(?: [^\s.;:!?]+){0,5}?"
_ADMISSION: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:(?:not|never) (?:be )?(?:admitted|allowed|permitted)|no (?:entry|admission|access)|(?:refused|denied) "
        r"(?:entry|admission|access)|turned away|cannot (?:sit|take|enter))" + _GAP + r" without",
        r"without" + _GAP + r" (?:(?:will|shall|may|can) not|won't|cannot|can't|are not|is not) (?:be )?"
        r"(?:admitted|allowed|permitted|sit|take|enter)",
        r"no" + _GAP + r",? no (?:entry|admission|access|exam|test)",
    ),
    "de": (
        r"(?:kein(?:en)? (?:zutritt|zugang|einlass|zulassung)|nicht zugelassen)" + _GAP + r" ohne",
        r"ohne"
        + _GAP
        + r" (?:kein(?:en)? (?:zutritt|zugang|einlass|zulassung)|(?:wird|werden|ist|sind) (?:\w+ )?nicht "
        r"(?:zugelassen|eingelassen))",
    ),
    "fr": (
        r"(?:(?:ne|n['’]) (?:\w+ ){0,2}?(?:pas )?(?:admis|accepté|autorisé)\w*|accès (?:interdit|refusé))"
        + _GAP
        + r" sans",
        r"sans" + _GAP + r" (?:ne|n['’]) ?(?:\w+ ){0,2}?(?:pas )?(?:admis|accepté|autorisé)\w*",
    ),
    "es": (
        r"no (?:\w+ ){0,2}?(?:admitir\w*|admite\w*|admitid\w*|acceder|entrar|permitir\w*|permite\w*)" + _GAP + r" sin",
        r"sin" + _GAP + r" no (?:\w+ ){0,2}?(?:admitir\w*|admite\w*|admitid\w*|acceder|entrar|permitir\w*|permite\w*)",
    ),
    "it": (
        r"non (?:\w+ ){0,2}?(?:ammess\w*|ammette\w*|entrare|accedere|sostenere)" + _GAP + r" senza",
        r"senza" + _GAP + r" non (?:\w+ ){0,2}?(?:ammess\w*|ammette\w*|entrare|accedere|sostenere)",
    ),
    "nl": (
        r"(?:niet (?:\w+ ){0,2}?toegelaten|geen (?:toegang|toelating))" + _GAP + r" zonder",
        r"zonder" + _GAP + r" (?:niet (?:\w+ ){0,2}?toegelaten|geen (?:toegang|toelating))",
    ),
    "pl": (
        r"nie (?:\w+ ){0,2}?(?:dopuszcz\w*|wpuszcz\w*|przystąpi\w*)" + _GAP + r" bez",
        r"bez" + _GAP + r" nie (?:\w+ ){0,2}?(?:dopuszcz\w*|wpuszcz\w*|przystąpi\w*)",
    ),
    "pt": (
        r"não (?:\w+ ){0,2}?(?:admitid\w*|aceit\w*|entrar|permitid\w*)" + _GAP + r" sem",
        r"sem" + _GAP + r" não (?:\w+ ){0,2}?(?:admitid\w*|aceit\w*|entrar|permitid\w*)",
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
    "no-id-check": {code: (*_NO_ID_CHECK.get(code, ()), *_not_needed(code)) for code in LANGUAGES},
    "supervised": {
        code: (*_SUPERVISED.get(code, ()), _ID_DOCUMENTS[code], *_PROCTORING_SERVICES) for code in LANGUAGES
    },
    "work": _WORK_SUPERVISION,
    "admission": _ADMISSION,
}
_DENIALS = ("unsupervised", "no-id-check")
# The longest text whose reading and search are remembered: a batch repeats its descriptions of the assessment.
_REMEMBERED_TEXT = 1000


@functools.cache
def _pattern(kinds: tuple[str, ...], languages: tuple[str, ...]) -> re.Pattern[str]:
    """The phrases of some tables in some languages as one pattern (none: never matches), compiled when a text in
    those languages is read: one search tells whether any of them is in a text however many languages it is
    read in."""
    phrases = [phrase for kind in kinds for lang in languages for phrase in _TABLES[kind].get(lang, ())]
    return regex(r"(?<!\w)(?:" + "|".join(phrases or [r"(?!)"]) + r")(?!\w)", re.IGNORECASE)


@short_texts(1024, _REMEMBERED_TEXT)
def _mentions(text: str, kinds: tuple[str, ...], languages: tuple[str, ...]) -> bool:
    """Whether a text holds a phrase of the tables ``kinds`` in one of ``languages``."""
    return _pattern(kinds, languages).search(text) is not None


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
    no-break space, a line break, a direction mark) and its accents composed (NFC: "pie\u0300ce" is "pièce"), as
    the phrases of the tables are written."""
    if isinstance(value, str):
        yield "", _spaced(value), pointer
    elif isinstance(value, dict):
        for lang, text in value.items():
            if isinstance(lang, str) and isinstance(text, str):
                yield lang, _spaced(text), f"{pointer}/{lang}"


@short_texts(1024, _REMEMBERED_TEXT)
def _spaced(text: str) -> str:
    return _SPACES.sub(" ", plain_text(unicodedata.normalize("NFC", text)))


# What parts words: white space, and the direction marks typed beside it.
_SPACES = regex(r"[\s\u200e\u200f]+")


def _languages(lang: str) -> tuple[str, ...]:
    return (lang,) if lang in LANGUAGES else LANGUAGES


def _denials_in(text: str, code: str) -> list[tuple[str, re.Match[str]]]:
    """The phrases of one language in a text that deny supervision or an identity check, by kind; a document named
    in a refusal of admission ("not admitted without photo ID") is required, not denied."""
    hits = [("unsupervised", m) for m in _pattern(("unsupervised",), (code,)).finditer(text)]
    checks = list(_pattern(("no-id-check",), (code,)).finditer(text))
    if checks:
        checks = _outside(checks, _pattern(("admission",), (code,)).finditer(text))
    return hits + [("no-id-check", m) for m in checks]


def _outside(matches: list[re.Match[str]], others: Iterable[re.Match[str]]) -> list[re.Match[str]]:
    """The ``matches`` that overlap none of ``others``, both in the order of the text and each without overlaps
    of its own (as one pattern finds them): compared in one pass, however many there are."""
    ahead = iter(others)
    other = next(ahead, None)
    kept = []
    for match in matches:
        while other is not None and other.end() <= match.start():
            other = next(ahead, None)
        if other is None or other.start() >= match.end():
            kept.append(match)
    return kept


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
        if not _mentions(text, _DENIALS, read_in):
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
        if not _mentions(text, ("supervised",), read_in):
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
    return any(_mentions(text, ("unsupervised",), _languages(lang)) for lang, text, _ in texts(value, ""))


def affirms_checked_sitting(value: object) -> bool:
    """Whether a description states a supervised sitting and denies no identity check, in one of its texts.

    Mixed texts count ("practice quizzes are unsupervised; the final exam is proctored").
    """
    for lang, text, _where in texts(value, ""):
        read_in = _languages(lang)
        if not _mentions(text, ("supervised",), read_in):
            continue
        if not _mentions(text, _DENIALS, read_in):
            if _states_sitting(text, [], read_in, read_in):
                return True
            continue
        hits = {code: _denials_in(text, code) for code in read_in}
        if any(kind == "no-id-check" for found in hits.values() for kind, _match in found):
            continue
        if any(_states_sitting(text, found, read_in, (code,)) for code, found in hits.items()):
            return True
    return False
