"""The ten Annex II principles for the design and issuance of micro-credentials."""

from __future__ import annotations

from dataclasses import dataclass

from qa_checker.text import N_


@dataclass(frozen=True)
class Principle:
    """One Annex II principle and what a reviewer must look for beyond the descriptor.

    ``needs_outside_evidence`` marks the principles a descriptor alone cannot show (provider or
    system level, and the seal behind authenticity).
    """

    key: str
    label: str
    beyond_descriptor: str
    needs_outside_evidence: bool = True


PRINCIPLES: tuple[Principle, ...] = (
    Principle(
        "quality",
        N_("Quality"),
        N_(
            "Evidence that internal QA processes run (approval minutes, review cycle, learner feedback) and the latest "
            "external review report."
        ),
    ),
    Principle(
        "transparency",
        N_("Transparency"),
        N_("The public catalogue entry shows the same elements as the descriptor."),
        False,
    ),
    Principle(
        "relevance",
        N_("Relevance"),
        N_(
            "Evidence of the identified learning need: labour-market analysis, employer or stakeholder involvement, "
            "update history."
        ),
    ),
    Principle(
        "valid_assessment",
        N_("Valid assessment"),
        N_("Published assessment criteria and a mapping of each outcome to the assessment that tests it."),
        False,
    ),
    Principle(
        "learning_pathways",
        N_("Learning pathways"),
        N_("Written recognition or stacking agreements with the receiving programmes."),
        False,
    ),
    Principle(
        "recognition",
        N_("Recognition"),
        N_("Recognition procedures used (for example under the Lisbon Recognition Convention) and decisions taken."),
    ),
    Principle(
        "portability",
        N_("Portability"),
        N_(
            "That credentials are issued as sealed, wallet-compatible digital credentials (Europass EDC or Open Badges "
            "3.0)."
        ),
    ),
    Principle(
        "learner_centred",
        N_("Learner-centred"),
        N_("How learners take part in QA and how their feedback changed the offer."),
    ),
    Principle(
        "authenticity",
        N_("Authenticity"),
        N_("The seal or signature on issued credentials and the issuer's legal identifier."),
    ),
    Principle(
        "information_guidance",
        N_("Information and guidance"),
        N_("Inclusion in guidance services, accessibility information and a contact for prospective learners."),
    ),
)

PRINCIPLE_KEYS: tuple[str, ...] = tuple(p.key for p in PRINCIPLES)
PRINCIPLES_BY_KEY: dict[str, Principle] = {p.key: p for p in PRINCIPLES}
