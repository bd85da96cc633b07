"""Headers of catalogues in Bulgarian, Estonian, Lithuanian, Latvian, Maltese and Irish name descriptor fields
through ``schemas/column-aliases.yaml``, a complete set per concept as the other languages have; Latvian credit
points ("KP", "Kredītpunkti": one and a half ECTS credits each) name no ECTS column."""

from __future__ import annotations

import pytest

from qa_checker.loaders.columns import ColumnResolver

FIELDS = (
    "id", "title", "summary", "languages", "awarding_bodies.0.name", "awarding_bodies.0.country",
    "learning_outcomes", "workload.ects", "workload.hours", "level.eqf", "field_of_education", "assessment.types",
    "participation.mode", "participation.schedule.start", "participation.schedule.end",
    "participation.schedule.duration", "quality_assurance.internal.description", "prerequisites",
    "further_information", "target_group", "price.amount", "price.currency",
)  # fmt: skip
HEADERS = {
    "bg": (
        "Код на курса", "Наименование на курса", "Описание", "Език на обучение", "Институция", "Държава",
        "Резултати от обучението", "Кредити ECTS", "Брой часове", "Ниво по ЕКР", "Професионално направление",
        "Форма на оценяване", "Форма на обучение", "Начална дата", "Крайна дата", "Продължителност",
        "Осигуряване на качеството", "Предварителни изисквания", "Допълнителна информация", "Целева група",
        "Такса за обучение", "Валута",
    ),
    "et": (
        "Ainekood", "Aine nimetus", "Lühikirjeldus", "Õppekeel", "Õppeasutus", "Riik", "Õpiväljundid", "EAP",
        "Tundide arv", "EQF tase", "Õppevaldkond", "Hindamisviis", "Õppevorm", "Alguskuupäev", "Lõppkuupäev",
        "Kestus", "Kvaliteedi tagamine", "Eeldusained", "Lisainfo", "Sihtrühm", "Õppetasu", "Valuuta",
    ),
    "lt": (
        "Dalyko kodas", "Dalyko pavadinimas", "Anotacija", "Dėstomoji kalba", "Aukštoji mokykla", "Šalis",
        "Studijų rezultatai", "ECTS kreditai", "Valandų skaičius", "EKS lygis", "Studijų kryptis",
        "Vertinimo būdas", "Studijų forma", "Pradžios data", "Pabaigos data", "Trukmė", "Kokybės užtikrinimas",
        "Išankstiniai reikalavimai", "Papildoma informacija", "Tikslinė grupė", "Kaina", "Valiuta",
    ),
    "lv": (
        "Kursa kods", "Kursa nosaukums", "Kursa apraksts", "Mācību valoda", "Augstskola", "Valsts",
        "Studiju rezultāti", "ECTS kredītpunkti", "Stundu skaits", "EKI līmenis", "Izglītības joma",
        "Pārbaudījuma veids", "Īstenošanas forma", "Sākuma datums", "Beigu datums", "Ilgums",
        "Kvalitātes nodrošināšana", "Priekšzināšanas", "Papildu informācija", "Mērķauditorija", "Studiju maksa",
        "Valūta",
    ),
    "mt": (
        "Kodiċi tal-kors", "Titlu tal-kors", "Deskrizzjoni", "Lingwa tat-tagħlim", "Istituzzjoni", "Pajjiż",
        "Riżultati tat-tagħlim", "Krediti ECTS", "Numru ta' sigħat", "Livell EQF", "Qasam ta' studju",
        "Metodu ta' valutazzjoni", "Mod ta' tagħlim", "Data tal-bidu", "Data tat-tmiem", "Tul",
        "Assigurazzjoni tal-kwalità", "Rekwiżiti tad-dħul", "Aktar informazzjoni", "Grupp fil-mira", "Miżata",
        "Munita",
    ),
    "ga": (
        "Cód an chúrsa", "Teideal an chúrsa", "Cur síos", "Teanga theagaisc", "Institiúid", "Tír",
        "Torthaí foghlama", "Creidiúintí ECTS", "Líon uaireanta", "Leibhéal EQF", "Réimse staidéir",
        "Modh measúnaithe", "Modh seachadta", "Dáta tosaigh", "Dáta críochnaithe", "Fad", "Dearbhú cáilíochta",
        "Réamhriachtanais", "Tuilleadh eolais", "Spriocghrúpa", "Táille", "Airgeadra",
    ),
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(HEADERS))
def test_every_concept_s_header_in_the_language_names_its_field(language: str) -> None:
    resolver = ColumnResolver()
    read = {header: getattr(resolver.resolve(header), "dotted", None) for header in HEADERS[language]}
    assert read == dict(zip(HEADERS[language], FIELDS, strict=True))


@pytest.mark.parametrize("header", ["KP", "Kredītpunkti", "Kredītpunkti (KP)"])
def test_latvian_credit_points_name_no_ects_column(header: str) -> None:
    found = ColumnResolver().resolve(header)
    assert getattr(found, "dotted", None) != "workload.ects"
