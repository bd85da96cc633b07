"""A Spanish or Italian topic heading whose first noun is also a verb's third person ("Toma de decisiones ...",
"Stima dei costi ...") has no action verb; a third person with its object ("Monta cuadros ...") has one."""

from __future__ import annotations

import pytest

from qa_checker.language import analyse


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Historia del diseño gráfico en el siglo XX."),
        ("es", "Toma de decisiones en la empresa familiar."),
        ("es", "Compra de materiales para la obra."),
        ("es", "Prueba de software en entornos ágiles."),
        ("it", "Stima dei costi di un progetto edilizio."),
        ("it", "Tutela dell'ambiente e sviluppo sostenibile."),
        ("it", "Cura della persona anziana a domicilio."),
    ],
)
def test_a_noun_before_its_complement_is_no_action(language: str, text: str) -> None:
    analysis = analyse(text, language)
    assert analysis is not None and not analysis.first_is_verb


@pytest.mark.parametrize(
    ("language", "text", "verb"),
    [
        ("es", "Monta cuadros eléctricos de viviendas según el REBT.", "montar"),
        ("es", "Limpia la zona de trabajo al finalizar el turno.", "limpiar"),
        ("es", "Registra de forma sistemática las incidencias del servicio.", "registrar"),
        ("it", "Taglia i capelli con la tecnica a forbice.", "tagliare"),
    ],
)
def test_a_third_person_with_its_object_is_the_action(language: str, text: str, verb: str) -> None:
    analysis = analyse(text, language)
    assert analysis is not None and analysis.first_is_verb
    assert analysis.main is not None and analysis.main.word == verb
