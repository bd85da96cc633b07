"""Czech and Danish outcomes as their providers write them, where the first reading counted the actions wrong.

Czech names the learner's ability again before a second action ("Student umí popsat postup a dovede jej samostatně
opravit", "... a je schopen ...", "... a také bude umět ..."): two actions, MC-LO-004, where the second ability hid the
second infinitive (and "a dokáže" after a third person was taken for the lead-in, so the first action was lost; "jej",
a Czech pronoun as much as a Slovak one, left the statement unread as Slovak).

Danish writes one action two ways with a slash ("analysere/vurdere", "beskrive/forklare") and a purpose after the
action ("med henblik på at fremme sundhed og forebygge sygdom"): one action each, where MC-LO-004 counted two; actions
joined by "og", "samt" or "eller" stay two.
"""

from __future__ import annotations

import pytest

from benchmarks.bench_outcomes import judge_with_length
from qa_checker.language import analyse_as_claimed

COMPOUND = {"MC-LO-004"}

CZECH_SECOND_ABILITY = [
    "Student umí popsat postup a dovede jej samostatně opravit.",
    "Student umí popsat postup a dokáže jej samostatně opravit.",
    "Student umí popsat postup a je schopen jej samostatně opravit.",
    "Studentka je schopna popsat postup a je schopna jej opravit.",
    "Student dokáže vysvětlit princip a zvládne sestavit jednoduchý obvod.",
    "Student umí navrhnout databázi a bude umět ji implementovat.",
    "Student umí popsat postup a také dokáže navrhnout řešení.",
    "Student umí vysvětlit základní pojmy nebo dovede je aplikovat v praxi.",
    "Absolvent analyzuje potřeby klienta a dokáže navrhnout vhodný produkt.",
    "Absolvent umí ovládat CNC stroj a dovede samostatně seřídit jeho nástroje.",
    "Po absolvování kurzu účastník umí rozpoznat rizika a je schopen navrhnout opatření k jejich snížení.",
    "Studenti umějí sestavit rozpočet a jsou schopni jej obhájit před komisí.",
]

CZECH_ONE_ACTION = [
    "Student umí navrhnout informační systém a dovede ho do zkušebního provozu.",
    "Student umí vysvětlit, jak pacient zvládne samostatně užívat léky.",
    "Student dokáže posoudit, zda tým zvládne projekt dokončit včas.",
    "Student umí popsat postup, který dovede k cíli.",
    "Po absolvování kurzu student dokáže samostatně nakonfigurovat síťový přepínač.",
    "Absolvent je schopen posoudit vhodnost konstrukčního materiálu a jeho povrchové úpravy.",
]

DANISH_ONE_ACTION = [
    "Den studerende kan analysere/vurdere risici ved et byggeprojekt.",
    "Den studerende analyserer/vurderer risici ved et byggeprojekt.",
    "Den studerende kan beskrive/forklare principperne for kildekritik.",
    "Den studerende kan kommunikere/formidle faglige problemstillinger til fagfæller.",
    "Den studerende kan redegøre for/forklare centrale begreber i organisationsteori.",
    "Den studerende kan vejlede patienter med henblik på at fremme sundhed og forebygge sygdom.",
    "Den studerende kan reflektere over egen praksis med fokus på at udvikle og forbedre den.",
    "Den studerende kan tilrettelægge undervisning med fokus på at inddrage og motivere eleverne.",
    "Den studerende kan anvende digitale værktøjer med det formål at effektivisere og kvalitetssikre arbejdsgange.",
    "Den studerende kan indgå i tværfagligt samarbejde med henblik på at sikre sammenhæng i patientforløbet.",
]

DANISH_TWO_ACTIONS = [
    "Den studerende kan analysere og vurdere risici ved et byggeprojekt.",
    "Den studerende kan beskrive processen samt vurdere resultatet.",
    "Den studerende kan planlægge eller gennemføre en spørgeskemaundersøgelse.",
    "Den studerende kan identificere og analysere/vurdere risici ved et byggeprojekt.",
    "Den studerende kan analysere data og udarbejde en rapport med henblik på at forbedre kvaliteten.",
    "Den studerende kan vejlede patienter med henblik på at fremme sundhed, og evaluere indsatsen.",
]


@pytest.mark.parametrize("text", CZECH_SECOND_ABILITY)
def test_a_czech_second_ability_names_a_second_action(text: str) -> None:
    assert analyse_as_claimed(text, "cs") is not None
    assert judge_with_length(text, "cs") == COMPOUND


@pytest.mark.parametrize("text", CZECH_ONE_ACTION)
def test_a_czech_ability_word_without_a_second_infinitive_is_one_action(text: str) -> None:
    assert analyse_as_claimed(text, "cs") is not None
    assert judge_with_length(text, "cs") == set()


@pytest.mark.parametrize("text", DANISH_ONE_ACTION)
def test_a_danish_slash_or_purpose_is_one_action(text: str) -> None:
    assert analyse_as_claimed(text, "da") is not None
    assert judge_with_length(text, "da") == set()


@pytest.mark.parametrize("text", DANISH_TWO_ACTIONS)
def test_danish_actions_joined_by_a_conjunction_stay_two(text: str) -> None:
    assert judge_with_length(text, "da") == COMPOUND
