"""MC-LG-001 on short Portuguese and Spanish outcomes filed under an unrelated language.

A Portuguese outcome in a catalogue whose texts are taken as English ("Usar o registro de atividades no time.") was
reported as Spanish: the first screening does not hear Portuguese, and the two share most function words ("o",
"no", "para", "de" are Spanish words too), so the nearest language it heard was named. A text read as Spanish or
Portuguese is now told between the two by the letters only one writes (ã õ ç, "lh", "-ção"/"-ções", "-dade"; ñ,
"ll", "-ción", "-dad"), else by the function words only one has ("não", "um", "com", "ao"; "el", "los", "y"),
else by a screening of the two; where these disagree with the verdict, the text is not reported rather than
named its neighbour's language.

The statements were written for this test, European and Brazilian Portuguese both.
"""

from __future__ import annotations

import pytest

from qa_checker.descriptor import Descriptor
from qa_checker.language import detect
from qa_checker.loaders import tabular
from qa_checker.rules.base import RuleContext
from qa_checker.rules.language import TextInClaimedLanguage
from tests.conftest import NOW

PORTUGUESE = [
    # European
    "Aplicar os princípios da ética de dados em projetos reais.",
    "Avaliar a qualidade dos dados e não apenas a quantidade.",
    "Identificar as principais funções da administração pública.",
    "Trabalhar em equipa em contextos multidisciplinares.",
    "Fazer a gestão dos projetos da equipa.",
    "Gerir o stock de um armazém.",
    "Reconhecer as obrigações éticas do profissional de saúde.",
    "Descrever o funcionamento dos sistemas de informação.",
    "Preparar a documentação para exportação.",
    "Aplicar normas de higiene e segurança no trabalho.",
    # Brazilian
    "Usar o registro de atividades no time.",
    "Saber usar o Excel para controle de custos.",
    "Planejar ações de marketing digital para pequenas empresas.",
    "Gerenciar equipes de desenvolvimento de software.",
    "Usar o celular para vender mais.",
    "Montar um orçamento para um evento.",
    "Criar conteúdos para as redes sociais.",
    "Atender clientes por telefone e por e-mail.",
]
SPANISH = [
    "Aplicar los principios de la ética de datos en proyectos reales.",
    "Evaluar la calidad de los datos y no solo la cantidad.",
    "Identificar las principales funciones de la administración pública.",
    "Trabajar en equipo en contextos multidisciplinares.",
    "Gestionar los proyectos del equipo.",
    "Gestionar el stock de un almacén.",
    "Reconocer las obligaciones éticas del profesional sanitario.",
    "Describir el funcionamiento de los sistemas de información.",
    "Preparar la documentación para la exportación.",
    "Aplicar normas de higiene y seguridad en el trabajo.",
    "Usar el registro de actividades del equipo.",
    "Saber usar Excel para el control de costes.",
    "Desarrollar soluciones de programación para problemas de gestión.",
    "Utilizar herramientas digitales en la gestión de proyectos.",
    "Hacer el control de calidad de los productos.",
    "Preparar un presupuesto para un evento.",
    "Crear contenidos para las redes sociales.",
    "Atender a clientes por teléfono y por correo.",
]


@pytest.mark.parametrize("claimed", ["en", "de", "fr"])
@pytest.mark.parametrize("text", PORTUGUESE)
def test_a_portuguese_outcome_is_never_named_spanish(text: str, claimed: str) -> None:
    assert detect.clearly_other(text, claimed) in ("pt", None)


@pytest.mark.parametrize("claimed", ["en", "de", "fr"])
@pytest.mark.parametrize("text", SPANISH)
def test_a_spanish_outcome_is_never_named_portuguese(text: str, claimed: str) -> None:
    assert detect.clearly_other(text, claimed) in ("es", None)


@pytest.mark.parametrize(("texts", "language"), [(PORTUGUESE, "pt"), (SPANISH, "es")])
def test_most_outcomes_under_an_unrelated_code_are_still_named(texts: list[str], language: str) -> None:
    long_enough = [t for t in texts if detect.long_enough(t, min_chars=30, min_words=5)]
    named = [t for t in long_enough if detect.clearly_other(t, "en") == language]
    assert len(named) >= 0.6 * len(long_enough), (len(named), len(long_enough))


@pytest.mark.parametrize(("texts", "language"), [(PORTUGUESE, "pt"), (SPANISH, "es")])
def test_an_outcome_under_its_own_code_is_not_reported(texts: list[str], language: str) -> None:
    assert [t for t in texts if detect.clearly_other(t, language) is not None] == []


def test_a_catalogues_portuguese_outcome_is_not_reported_as_spanish() -> None:
    text = (
        "Course code;Title;Language;Learning outcomes\n"
        "BR-1;Project management;English;Usar o registro de atividades no time.\n"
        "BR-2;Cost control;English;Saber usar o Excel para controle de custos.\n"
    )
    documents = tabular.load_csv(text.encode(), "catalogue.csv")
    rule = TextInClaimedLanguage()
    messages = []
    for document in documents:
        context = RuleContext(options=dict(rule.defaults), today=NOW.date())
        messages += [str(hit.message) for hit in rule.check(Descriptor(document.data), context)]
    assert not [m for m in messages if "Spanish" in m], messages
