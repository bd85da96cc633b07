"""The national qualifications frameworks the checker knows: their referencing to the EQF, their named levels and
the abbreviations and names they are written by. Facts the rules judge levels with and the importers read
framework levels by."""

from __future__ import annotations

from qa_checker.aliases import ROMAN_NUMERALS

# The EQF's levels run from one to eight.
EQF_LEVELS = 8

# National frameworks whose referencing to the EQF is known and stable, as NQF level -> EQF level.
# NLQF (NL), DQR (DE), NQR (AT), PRK/PQF (PL) and the French nomenclature of 2019 (CNCP, known by
# its register's name, RNCP) use the same eight levels as the EQF; the Irish NFQ has ten (6 -> 5,
# 7 and 8 -> 6, 9 -> 7, 10 -> 8). The Croatian CROQF (HKO) has the EQF's eight, levels 4, 7 and 8 in two
# sub-levels each (4.1 and 4.2 are EQF 4, 7.1 and 7.2 EQF 7, 8.1 and 8.2 EQF 8), keys written as they are.
# The NLQF also has a level below its level 1 that it names rather than numbers: Entry (Entreeniveau),
# referenced to EQF 1 (a named level is a key of its framework's table, as the descriptor may write it;
# see NQF_NAMED_LEVELS).
# The UK's frameworks, as referenced to the EQF in 2009-2010 (the four UK countries' referencing report; for
# Scotland again in 2019): the RQF of England and Northern Ireland and the Welsh CQFW, levels 1-8 (1 -> 2,
# 2 -> 3, 3 -> 4, 4 and 5 -> 5, then level for level; their entry levels are not judged), the FHEQ's
# higher-education levels 4-8 on the same scale, and the twelve levels of the SCQF (3 -> 1, 4 -> 2, 5 -> 3,
# 6 -> 4, 7 and 8 -> 5, 9 and 10 -> 6, 11 -> 7, 12 -> 8; levels 1 and 2 are not referenced).
# Scotland's higher-education framework (FQHEIS) is the SCQF's levels 7-12, read by the SCQF's table.
# From the countries' EQF referencing reports (as the Europass "compare qualifications frameworks" pages give
# them): the Hungarian MKKR (2015), the Estonian EKR (2011), the Danish framework for lifelong learning (2011),
# the Cyprus CyQF (2017) and the Bulgarian framework's levels 1-8 (2013; its level 0 is not referenced) level for
# level; the Slovenian SOK's ten levels (2015: 1-4 -> 1-4, 5 -> 4, 6 -> 5, 7 -> 6, 8 -> 7, 9 and 10 -> 8). "EKR"
# is also the EQF's own abbreviation in Estonian, Czech and Slovak, which it reads as the same: level for level.
# Other frameworks are not judged.
# France's nomenclature of 1969, which the 2019 one replaced, numbered its five levels the other way round, in
# Roman numerals (niveau I, bac + 5 and above, to niveau V, the CAP); the decree of 8 January 2019 (n° 2019-14)
# puts them at the new levels 7, 6, 5, 4 and 3, so a level written in Roman numerals is read on the old scale.
_SAME: dict[int | str, int] = {n: n for n in range(1, EQF_LEVELS + 1)}
_FRENCH_1969: dict[int | str, int] = {"I": 7, "II": 6, "III": 5, "IV": 4, "V": 3}
# Lithuania writes its framework's levels in Roman numerals (LTKS I-VIII), level for level.
_ROMAN_SAME: dict[int | str, int] = {numeral: n for n, numeral in enumerate(ROMAN_NUMERALS[:EQF_LEVELS], start=1)}
_RQF: dict[int | str, int] = {1: 2, 2: 3, 3: 4, 4: 5, 5: 5, 6: 6, 7: 7, 8: 8}
NQF_TO_EQF: dict[str, dict[int | str, int]] = {
    "NLQF": {**_SAME, "Entry": 1},
    "DQR": _SAME,
    "NQR": _SAME,
    "PRK": _SAME,
    "RNCP": {**_SAME, **_FRENCH_1969},
    "NFQ": {1: 1, 2: 2, 3: 3, 4: 4, 5: 4, 6: 5, 7: 6, 8: 6, 9: 7, 10: 8},
    "QNQ": _SAME,
    "MQF": _SAME,
    "VKS": _SAME,
    "CFC": _SAME,
    "MECU": _SAME,
    "MECES": {1: 5, 2: 6, 3: 7, 4: 8},
    "CROQF": {**_SAME, **{f"{level}.{sub}": level for level in (4, 7, 8) for sub in (1, 2)}},
    "RQF": _RQF,
    "CQFW": _RQF,
    "FHEQ": {level: _RQF[level] for level in range(4, 9)},
    "SCQF": {3: 1, 4: 2, 5: 3, 6: 4, 7: 5, 8: 5, 9: 6, 10: 6, 11: 7, 12: 8},
    "FINQF": _SAME,
    "SEQF": _SAME,
    "NKR": {**{n: n for n in range(2, 9)}, "5.1": 5, "5.2": 5},
    "LTKS": {**_SAME, **_ROMAN_SAME},
    "LKI": _SAME,
    "SKKR": _SAME,
    "HQF": _SAME,
    "CNC": _SAME,
    "CLQ": _SAME,
    "MKKR": _SAME,
    "EKR": _SAME,
    "DKQF": _SAME,
    "CYQF": _SAME,
    "BQF": _SAME,
    "SOK": {1: 1, 2: 2, 3: 3, 4: 4, 5: 4, 6: 5, 7: 6, 8: 7, 9: 8, 10: 8},
}
# Levels of a framework that exist but are referenced to no EQF level: not judged.
NQF_UNREFERENCED: dict[str, frozenset[int | str]] = {
    "SCQF": frozenset({1, 2}),
    "NKR": frozenset({1}),
    "BQF": frozenset({0}),
}
# The named levels of a framework (a key of its NQF_TO_EQF table) by the plain words they are written in,
# without the words "level" and "niveau" and the framework's abbreviation: "Entry", "entry level",
# "Entreeniveau", "Entree-niveau", "Entrée", "NLQF Entry".
NQF_NAMED_LEVELS: dict[str, dict[str, str]] = {
    "NLQF": {"entry": "Entry", "entree": "Entry", "entreeniveau": "Entry", "entreeopleiding": "Entry"},
    "RNCP": {str(numeral).lower(): str(numeral) for numeral in _FRENCH_1969},
    "LTKS": {str(numeral).lower(): str(numeral) for numeral in _ROMAN_SAME},
}
NQF_ALIASES: dict[str, str] = {
    "NLQF": "NLQF",
    "NLQFNL": "NLQF",
    "DQR": "DQR",
    "GQF": "DQR",
    "DEQR": "DQR",
    "NQR": "NQR",
    "ATNQR": "NQR",
    "PRK": "PRK",
    "PQF": "PRK",
    "PLQF": "PRK",
    "ZSK": "PRK",
    "CNCP": "RNCP",
    "RNCP": "RNCP",
    "FRNQF": "RNCP",
    "NFQ": "NFQ",
    "IENFQ": "NFQ",
    "NFQIE": "NFQ",
    "QQINFQ": "NFQ",
    "IRISHNFQ": "NFQ",
    "QNQ": "QNQ",
    "MQF": "MQF",
    "MTQF": "MQF",
    "VKS": "VKS",
    "CFC": "CFC",
    "MECU": "MECU",
    "MECES": "MECES",
    "CROQF": "CROQF",
    "HKO": "CROQF",
    "HRQF": "CROQF",
    "RQF": "RQF",
    "CQFW": "CQFW",
    "FHEQ": "FHEQ",
    "SCQF": "SCQF",
    "FQHEIS": "SCQF",
    "FINQF": "FINQF",
    "SEQF": "SEQF",
    "NKR": "NKR",
    "NOQF": "NKR",
    "LTKS": "LTKS",
    "LTQF": "LTKS",
    "LKS": "LTKS",
    "LKI": "LKI",
    "LVQF": "LKI",
    "SKKR": "SKKR",
    "SKQF": "SKKR",
    "HQF": "HQF",
    "CNC": "CNC",
    "ROQF": "CNC",
    "CLQ": "CLQ",
    "MKKR": "MKKR",
    "HUQF": "MKKR",
    "EKR": "EKR",
    "ESTQF": "EKR",
    "EEQF": "EKR",
    "DKQF": "DKQF",
    "NQFDK": "DKQF",
    "DKNQF": "DKQF",
    "CYQF": "CYQF",
    "BQF": "BQF",
    "BGQF": "BQF",
    "SOK": "SOK",
    "SIQF": "SOK",
}


# The same frameworks by their names as written out, in their own languages and in English (lower
# case, without accents, words separated by one space, without a leading "the"; Greek and Cyrillic names in
# their own letters, as are the Greek and Bulgarian abbreviations ΕΠΠ and НКР). The FHEQ under its 2008 title
# (England, Wales and Northern Ireland) and its 2014 one (of UK degree-awarding bodies); the CQFW in Welsh too.
# France's nomenclature by that word ("Nomenclature 2019": a name's figures are not compared), from French bodies.
NQF_NAMES: dict[str, str] = {
    "nederlands kwalificatieraamwerk": "NLQF",
    "dutch qualifications framework": "NLQF",
    "deutscher qualifikationsrahmen": "DQR",
    "german qualifications framework": "DQR",
    "nationaler qualifikationsrahmen": "NQR",
    "austrian qualifications framework": "NQR",
    "polska rama kwalifikacji": "PRK",
    "polish qualifications framework": "PRK",
    "zintegrowany system kwalifikacji": "PRK",
    "cadre national des certifications professionnelles": "RNCP",
    "repertoire national des certifications professionnelles": "RNCP",
    "nomenclature": "RNCP",
    "nomenclature de": "RNCP",
    "nomenclature des certifications professionnelles": "RNCP",
    "nomenclature nationale des niveaux de certification": "RNCP",
    "nomenclature des niveaux de formation": "RNCP",
    "national framework of qualifications": "NFQ",
    "irish national framework of qualifications": "NFQ",
    "creat naisiunta cailiochtai": "NFQ",
    "an creat naisiunta cailiochtai": "NFQ",
    "quadro nazionale delle qualificazioni": "QNQ",
    "quadro nacional de qualificacoes": "QNQ",
    "malta qualifications framework": "MQF",
    "vlaamse kwalificatiestructuur": "VKS",
    "cadre francophone des certifications": "CFC",
    "marco espanol de cualificaciones": "MECU",
    "marco espanol de cualificaciones para el aprendizaje permanente": "MECU",
    "marco espanol de cualificaciones para la educacion superior": "MECES",
    "hrvatski kvalifikacijski okvir": "CROQF",
    "croatian qualifications framework": "CROQF",
    "regulated qualifications framework": "RQF",
    "credit and qualifications framework for wales": "CQFW",
    "framework for higher education qualifications": "FHEQ",
    "frameworks for higher education qualifications of uk degree awarding bodies": "FHEQ",
    "framework for higher education qualifications of uk degree awarding bodies": "FHEQ",
    "framework for higher education qualifications in england wales and northern ireland": "FHEQ",
    "fframwaith credydau a chymwysterau cymru": "CQFW",
    "scottish credit and qualifications framework": "SCQF",
    "framework for qualifications of higher education institutions in scotland": "SCQF",
    "finnish national qualifications framework": "FINQF",
    "finnish qualifications framework": "FINQF",
    "swedish qualifications framework": "SEQF",
    "sveriges referensram for kvalifikationer": "SEQF",
    "svensk referensram for kvalifikationer": "SEQF",
    "norwegian qualifications framework": "NKR",
    "nasjonalt kvalifikasjonsrammeverk": "NKR",
    "kvalifikasjonsrammeverket": "NKR",
    "lithuanian qualifications framework": "LTKS",
    "lietuvos kvalifikaciju sandara": "LTKS",
    "latvian qualifications framework": "LKI",
    "latvijas kvalifikaciju ietvarstruktura": "LKI",
    "slovak qualifications framework": "SKKR",
    "slovensky kvalifikacny ramec": "SKKR",
    "hellenic qualifications framework": "HQF",
    "romanian qualifications framework": "CNC",
    "cadrul national al calificarilor": "CNC",
    "luxembourg qualifications framework": "CLQ",
    "cadre luxembourgeois des qualifications": "CLQ",
    "magyar kepesitesi keretrendszer": "MKKR",
    "hungarian qualifications framework": "MKKR",
    "eesti kvalifikatsiooniraamistik": "EKR",
    "estonian qualifications framework": "EKR",
    "kvalifikationsrammen for livslang laering": "DKQF",
    "den danske kvalifikationsramme": "DKQF",
    "dansk kvalifikationsramme": "DKQF",
    "danish qualifications framework": "DKQF",
    "danish qualifications framework for lifelong learning": "DKQF",
    "cyprus qualifications framework": "CYQF",
    "bulgarian qualifications framework": "BQF",
    "slovensko ogrodje kvalifikacij": "SOK",
    "slovenian qualifications framework": "SOK",
    "suomen tutkintojen viitekehys": "FINQF",
    "kansallinen tutkintojen viitekehys": "FINQF",
    "tutkintojen ja muiden osaamiskokonaisuuksien viitekehys": "FINQF",
    "referensramen for examina och ovriga kompetenshelheter": "FINQF",
    "finlands referensram for examina": "FINQF",
    "kvalifikationsramverket for examina och ovriga kompetenshelheter": "FINQF",
    "sveriges referensram for kvalifikationer for livslangt larande": "SEQF",
    "εθνικο πλαισιο προσοντων": "HQF",
    "ελληνικο πλαισιο προσοντων": "HQF",
    "κυπριακο πλαισιο προσοντων": "CYQF",
    "национална квалификационна рамка": "BQF",
    "българска квалификационна рамка": "BQF",
    "нкр": "BQF",
    "εππ": "HQF",
    "qafas malti tal kwalifiki": "MQF",
}
# The words that end a framework's full title ("Deutscher Qualifikationsrahmen für lebenslanges Lernen", "... for
# lifelong learning", "... para el aprendizaje permanente"), as the names above are written: a name is looked up
# without them too.
LIFELONG_LEARNING_SUFFIXES: tuple[str, ...] = (
    " for lifelong learning",
    " fur lebenslanges lernen",
    " pour l education et la formation tout au long de la vie",
    " pour l apprentissage tout au long de la vie",
    " para el aprendizaje permanente",
    " para el aprendizaje a lo largo de la vida",
    " per l apprendimento permanente",
    " voor een leven lang leren",
    " dla uczenia sie przez cale zycie",
    " za vsezivljenjsko ucenje",
    " za cjelozivotno ucenje",
    " pentru invatarea pe tot parcursul vietii",
    " for livslang laering",
    " for livslangt larande",
)
