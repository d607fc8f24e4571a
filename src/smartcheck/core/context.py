"""The municipality context: which questions apply, how they read, who owns a step.

Rules (questionnaire 2.0, stated in the method text as well):

Applicability
    A question with ``applies_to`` is asked only of the forms of
    administration it names (Einheitsgemeinde/Stadt, Mitgliedsgemeinde,
    Amt). A question with ``when`` applies only when its gate question is
    scored at least ``min``; while the gate is unanswered or "weiß nicht" the
    question stays open, so nothing is hidden by a missing answer. A question
    that does not apply is *excluded*: it is not scored, not counted as
    open, and an answer stored for it earlier is kept but not used.

Wording
    Where the owner differs, a question carries a variant for the forms of
    administration it names (e.g. "Ihr Amt" instead of "Ihr Hauptamt").

Owners
    A step names an owner that exists in this municipality. Without a
    Smart-City lead (the lead question below 2) the tasks of the
    "Smart-City-Team" go to the Hauptamt (own administration) or to the
    Bürgermeister/in (Mitgliedsgemeinde). In a Mitgliedsgemeinde the Hauptamt,
    the Fachbereiche, IT and the Kämmerei are the Amt's, and the
    Verwaltungsspitze is the Bürgermeister/in.
"""

from __future__ import annotations

from .assessment import Administration, Answer, Municipality, SizeClass
from .questionnaire import Question, Questionnaire, Role, Text

EXCLUDED_BY_CONTEXT = "context"
SKIPPED_BY_GATE = "gate"
LEAD_QUESTION = "organisation.lead"
LEAD_NAMED = 2  # "Eine Person oder Stelle ist benannt" and above

_MEMBER_ROLES = {
    Role.LEADERSHIP: Role.MAYOR,
    Role.CENTRAL: Role.AMT,
    Role.DEPARTMENT: Role.AMT,
    Role.IT: Role.AMT,
    Role.FINANCE: Role.AMT,
}


def not_applicable_reason(question: Question, municipality: Municipality, answers: dict[str, Answer]) -> str | None:
    """None when the question applies; else why not ("context" or "gate")."""
    if question.applies_to and municipality.administration.value not in question.applies_to:
        return EXCLUDED_BY_CONTEXT
    if question.when is not None:
        gate = answers.get(question.when.question)
        if gate is not None and isinstance(gate.value, int) and gate.value < question.when.min:
            return SKIPPED_BY_GATE
    return None


def applicability(
    questionnaire: Questionnaire, municipality: Municipality, answers: dict[str, Answer]
) -> dict[str, str]:
    """Question id -> reason, for every question that does not apply."""
    out = {}
    for q in questionnaire.questions():
        reason = not_applicable_reason(q, municipality, answers)
        if reason:
            out[q.id] = reason
    return out


def applicable_questions(
    questionnaire: Questionnaire, municipality: Municipality, answers: dict[str, Answer], quick: bool = False
) -> list[Question]:
    """The questions this municipality is asked (in the Schnellcheck only its questions)."""
    skip = applicability(questionnaire, municipality, answers)
    return [q for q in questionnaire.questions() if q.id not in skip and (q.in_quick_check or not quick)]


def wording(question: Question, administration: Administration | str) -> tuple[Text, Text, list[Text]]:
    """The question's text, help and options for this form of administration."""
    value = administration.value if isinstance(administration, Administration) else administration
    for variant in question.variants:
        if value in variant.administration:
            return variant.text, variant.help or question.help, variant.options or question.options
    return question.text, question.help, question.options


def has_lead(questionnaire: Questionnaire, answers: dict[str, Answer]) -> bool:
    answer = answers.get(LEAD_QUESTION)
    return answer is not None and isinstance(answer.value, int) and answer.value >= LEAD_NAMED


def owner(role: Role, municipality: Municipality, lead: bool) -> Role:
    """Who does a step given to ``role`` in this municipality."""
    member = municipality.administration == Administration.MEMBER
    if role == Role.SMART_CITY_TEAM and not lead:
        role = Role.MAYOR if member else Role.CENTRAL
    if member:
        return _MEMBER_ROLES.get(role, role)
    return role


def available_owners(municipality: Municipality, lead: bool) -> set[Role]:
    """The owners that exist in this municipality's context."""
    if municipality.administration == Administration.MEMBER:
        roles = {Role.MAYOR, Role.AMT, Role.COUNCIL}
    else:
        roles = {Role.LEADERSHIP, Role.CENTRAL, Role.DEPARTMENT, Role.IT, Role.FINANCE, Role.COUNCIL}
    if lead:
        roles.add(Role.SMART_CITY_TEAM)
    return roles


def size_class_for(population: int) -> SizeClass:
    """The size class an exact population falls into."""
    if population < 5_000:
        return SizeClass.UNDER_5K
    if population < 20_000:
        return SizeClass.FROM_5K
    return SizeClass.FROM_20K if population <= 50_000 else SizeClass.OVER_50K
