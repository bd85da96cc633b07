"""A French outcome after its learner subject puts the verb in the third person, and many such forms are
nouns too ("usine", "ponce", "découpe", "règle"): they are the action (MC-LO-001), unless "de" follows and
they head a topic ("Pose de carrelage ...")."""

from __future__ import annotations

import pytest

from qa_checker.language import analyse


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Le stagiaire usine une pièce de révolution sur un tour conventionnel.", "usiner"),
        ("L'apprenant ponce un parquet ancien avant vitrification.", "poncer"),
        ("L'apprentie découpe une carcasse d'agneau selon les règles d'hygiène.", "découper"),
        ("Le participant règle les paramètres d'une presse à injecter.", "régler"),
        ("Le stagiaire câble une armoire électrique à partir d'un schéma.", "câbler"),
        ("L'apprenant peint une façade avec une peinture minérale.", "peindre"),
    ],
)
def test_the_third_person_after_the_learner_is_the_action(text: str, lemma: str) -> None:
    analysis = analyse(text, "fr")
    assert analysis is not None and analysis.first_is_verb
    assert analysis.main is not None and analysis.main.form.lemma == lemma


@pytest.mark.parametrize("text", ["Pose de carrelage en intérieur.", "Découpe de la viande en boucherie artisanale."])
def test_a_noun_before_de_heads_a_topic(text: str) -> None:
    analysis = analyse(text, "fr")
    assert analysis is not None and analysis.main is None
