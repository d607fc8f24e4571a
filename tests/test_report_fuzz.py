"""The PDF renders whatever the program accepts (issue 10, build item 5).

Every assessment that passes the model's validation renders, in both kinds,
to a PDF that pypdf can read: notes and descriptions up to the 2,000
characters the model allows, names up to 200 and titles up to 300, words
without spaces longer than any column, and any number of respondents.
"""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smartcheck.core.assessment import Municipality, QuickWinIdea, Respondent, Status, new_assessment
from smartcheck.core.catalog import load
from smartcheck.paths import default_questionnaire_path
from smartcheck.report import render_report
from tests.helpers.report_data import page_texts, reader, squash
from tests.strategies import answer_sets

QUESTIONNAIRE = load(default_questionnaire_path())
CRITERIA = [c.id for c in QUESTIONNAIRE.quick_win_criteria]

# Text as a user may type it: long words without spaces, umlauts, markup-like characters, line breaks.
letters = st.sampled_from(list("abcdefghijklmnopqrstuvwxyzäöüßABCÄÖÜ<>&\"' -–—…€%\n\t0123456789"))


def text(min_size: int, max_size: int):
    return (
        st.one_of(
            st.lists(letters, min_size=min_size, max_size=max_size).map("".join),
            st.integers(max(min_size, 1), max_size).map(
                lambda n: "Kooperationsvereinbarung"[: n % 24 + 1] * (n // 24 + 1)
            ),
        )
        .map(lambda s: s[:max_size])
        .filter(lambda s: s.strip())
    )


def line(min_size: int, max_size: int):
    """A name, role or title: the same text on one line (the models refuse line breaks there)."""
    return text(min_size, max_size).map(lambda s: s.replace("\n", " ").replace("\t", " ")).filter(lambda s: s.strip())


ideas = st.builds(
    QuickWinIdea,
    title=line(1, 300),
    description=text(0, 2000) | st.just(""),
    ratings=st.fixed_dictionaries({c: st.integers(0, 2) for c in CRITERIA}),
)
respondents = st.builds(Respondent, role=line(1, 200), name=line(1, 2000) | st.just(""))


@st.composite
def assessments(draw):
    answers = draw(answer_sets(QUESTIONNAIRE))
    for answer in list(answers.values())[:3]:
        answer.note = draw(text(0, 2000) | st.just(""))
    people = draw(
        st.one_of(
            st.lists(respondents, max_size=4),
            st.integers(60, 120).map(lambda n: [Respondent(role=f"Fachbereich {i}", name="x" * 300) for i in range(n)]),
        )
    )
    return new_assessment(
        QUESTIONNAIRE,
        Municipality(name=draw(line(1, 200))),
        respondents=people,
        answers=answers,
        quick_wins=draw(st.lists(ideas, max_size=6)),
        status=draw(st.sampled_from([Status.DRAFT, Status.COMPLETE])),
        completed_at=datetime(2026, 3, 1, tzinfo=UTC),
    )


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(assessments(), st.sampled_from(["council", "full"]), st.sampled_from(["de", "en"]))
def test_every_valid_assessment_renders_to_a_readable_pdf(assessment, kind, lang):
    data = render_report(assessment, [assessment], kind=kind, lang=lang, invariant=True)
    pages = page_texts(data)
    assert len(reader(data).pages) == len(pages) >= 1
    if kind == "council":
        assert len(pages) <= 4 or assessment.quick_wins or len(assessment.respondents) > 12


def test_a_1200_character_idea_description_and_62_respondents_render(tmp_path):
    """The crashes of 0.1.0: a long quick-win description and many respondents (LayoutError)."""
    assessment = new_assessment(
        QUESTIONNAIRE,
        Municipality(name="Lang" * 50),
        respondents=[Respondent(role=f"Rolle {i}", name="N" * 2000) for i in range(62)],
        quick_wins=[
            QuickWinIdea(title="T" * 300, description=("Wort " * 240)[:1200]),
            QuickWinIdea(title="Idee", description="X" * 2000),
        ],
        status=Status.COMPLETE,
        completed_at=datetime(2026, 3, 1, tzinfo=UTC),
    )
    data = render_report(assessment, [assessment], kind="full", invariant=True)
    text = " ".join(page_texts(data))
    assert "und 52 weitere" in text  # a long list is summarised, the export has all
    assert squash("gekürzt – vollständig im JSON-/CSV-Export") in squash(text)  # a long cell is cut, marked


def test_a_custom_questionnaire_with_very_long_texts_renders():
    """Questionnaire texts have no length limit: a 6,000-character recommendation is cut in its cell."""
    from smartcheck.core.assessment import Answer
    from smartcheck.core.questionnaire import Questionnaire

    data = QUESTIONNAIRE.model_dump(mode="json")
    long = "Sehr lange Empfehlung ohne Ende. " + "Donaudampfschifffahrtsgesellschaft " * 170
    low = data["dimensions"][0]["questions"][0]["recommendations"]["low"]
    low["text"]["de"] = low["success"]["de"] = long
    q = Questionnaire.model_validate(data)
    question = q.dimensions[0].questions[0]
    assessment = new_assessment(
        q, Municipality(name="Langtext"), status=Status.COMPLETE, completed_at=datetime(2026, 3, 1, tzinfo=UTC)
    )
    assessment.answers[question.id] = Answer(value=0)
    for kind in ("council", "full"):
        text = " ".join(page_texts(render_report(assessment, [assessment], kind=kind, invariant=True)))
        assert squash("gekürzt – vollständig im JSON-/CSV-Export") in squash(text)  # may be hyphenated
