"""Headers of learning platforms, student systems and module handbooks name descriptor fields.

Moodle's course upload CSV (fullname, shortname, idnumber), Canvas's SIS import (long_name), Blackboard's
course feed (EXTERNAL_COURSE_KEY), Ladok (Benämning, Omfattning), HISinOne and other German module handbooks
(Modulbezeichnung, Kompetenzziele, Qualifikationsziele) and SAP Student Lifecycle Management (Module ID,
Module Long Text) named nothing: their columns were ignored; so did Credential Engine's bulk upload (Learning
Opportunity Name, External Identifier, Subject Webpage, Credit Unit Type and Value), whose rows were not read at all.
"""

from __future__ import annotations

import pytest

from qa_checker.aliases import field_aliases, normalise
from qa_checker.loaders import tabular

NEW = {
    "fullname": "title",
    "long_name": "title",
    "Modulbezeichnung": "title",
    "Benämning": "title",
    "Module Long Text": "title",
    "shortname": "id",
    "idnumber": "id",
    "Module ID": "id",
    "EXTERNAL_COURSE_KEY": "id",
    "Omfattning": "workload.ects",
    "Kompetenzziele": "learning_outcomes",
    "Qualifikationsziele": "learning_outcomes",
    "Learning Opportunity Name": "title",
    "Credential Name": "title",
    "Assessment Name": "title",
    "External Identifier": "id",
    "Subject Webpage": "further_information",
    "Credit Unit Type": "workload.other_credits.system",
    "Credit Unit Value": "workload.other_credits.value",
}


@pytest.mark.parametrize(("header", "field"), NEW.items())
def test_the_header_names_its_field(header: str, field: str) -> None:
    assert field_aliases()[normalise(header)] == field


@pytest.mark.parametrize(
    ("name", "text", "data"),
    [
        (
            "moodle.csv",
            "fullname,shortname,summary\nData literacy,DL-2026,Reading data.\n",
            {"title": "Data literacy", "id": "DL-2026", "summary": "Reading data."},
        ),
        ("moodle-id.csv", "idnumber,fullname\nMC-DL-01,Data literacy\n", {"id": "MC-DL-01", "title": "Data literacy"}),
        (
            "blackboard.txt",
            "EXTERNAL_COURSE_KEY|COURSE_NAME\nMC-DL-01|Data literacy\n",
            {"id": "MC-DL-01", "title": "Data literacy"},
        ),
        ("canvas.csv", "course_id,long_name\nMC-DL-01,Data literacy\n", {"id": "MC-DL-01", "title": "Data literacy"}),
        (
            "ladok.csv",
            "Kurskod;Benämning;Omfattning\nDA101;Dataanalys;7,5\n",
            {"id": "DA101", "title": "Dataanalys", "workload": {"ects": 7.5}},
        ),
        (
            "handbuch.csv",
            "Modulnummer;Modulbezeichnung;Leistungspunkte;Kompetenzziele\nM1;Datenkompetenz;5;Daten lesen.\n",
            {"id": "M1", "title": "Datenkompetenz", "workload": {"ects": 5}, "learning_outcomes": ["Daten lesen."]},
        ),
        (
            "slcm.csv",
            "Module ID,Module Long Text,Qualifikationsziele\nM1,Data literacy,Analyse data sets.\n",
            {"id": "M1", "title": "Data literacy", "learning_outcomes": ["Analyse data sets."]},
        ),
        (
            "bulk-upload.csv",
            "External Identifier,Learning Opportunity Name,Description,Subject Webpage,Language\n"
            "ACCT 121,Financial Accounting,Accounting basics.,https://example.edu/acct121,English\n",
            {
                "id": "ACCT 121",
                "title": "Financial Accounting",
                "summary": "Accounting basics.",
                "further_information": "https://example.edu/acct121",
                "languages": ["en"],
            },
        ),
    ],
)
def test_a_platform_export_reads(name: str, text: str, data: dict[str, object]) -> None:
    (document,) = tabular.load_csv(text.encode("utf-8"), name)
    assert {key: document.data[key] for key in data} == data
    assert not [f.message for f in document.findings if "does not name" in f.message]
