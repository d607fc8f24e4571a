"""Questionnaire files: every fault reported with file and location."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartcheck.cli import main
from smartcheck.core.catalog import MAX_FILE_BYTES, QuestionnaireError, load
from smartcheck.core.questionnaire import content_hash


def write(tmp_path: Path, text: str, name: str = "q.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def broken_copy(mini_path: Path, tmp_path: Path, *replacements: tuple[str, str]) -> Path:
    text = mini_path.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new, 1)
    return write(tmp_path, text)


def problems_of(path: Path) -> list[str]:
    with pytest.raises(QuestionnaireError) as info:
        load(path)
    return info.value.problems


def test_mini_questionnaire_loads(mini):
    assert mini.id == "mini"
    assert [d.id for d in mini.dimensions] == ["org", "talk"]
    assert len(mini.questions()) == 5
    assert [lv.name.de for lv in mini.levels][0] == "Nicht begonnen"


def test_several_faults_are_all_reported_with_file_and_location(mini_path, tmp_path):
    path = broken_copy(
        mini_path,
        tmp_path,
        # a missing English text
        (
            'text = { de = "Gibt es eine verantwortliche Person?", en = "Is there a responsible person?" }',
            'text = { de = "Gibt es eine verantwortliche Person?" }',
        ),
        # four options instead of five
        ('  { de = "Benannt und regelmäßig überprüft", en = "Named and regularly reviewed" },\n', ""),
        # a duplicate question id
        ('id = "org.roles"', 'id = "org.mandate"'),
        # a reference to a question that does not exist
        ('related = ["org.mandate"]', 'related = ["org.nothing"]'),
        # cut-offs out of order
        ("min_score = 1.5", "min_score = 0.4"),
        # an unknown effort
        ('effort = "medium"', 'effort = "huge"'),
    )
    problems = problems_of(path)
    text = "\n".join(problems)
    assert all(p.startswith(f"{path}: ") for p in problems)
    assert "dimensions[0].questions[0].text.en: der englische Text fehlt" in text
    assert "dimensions[0].questions[0].options: braucht genau 5 Antwortoptionen, hat 4" in text
    assert "Frage-ID 'org.mandate' kommt mehrfach vor" in text
    assert "related[0]: verweist auf unbekannte Frage 'org.nothing'" in text
    assert "levels[2].min_score: Schwellenwerte müssen aufsteigen" in text
    assert "recommendations.low.effort" in text or "recommendations.middle.effort" in text
    assert len(problems) >= 6


def test_cli_validate_reports_every_fault_and_exits_1(mini_path, tmp_path, capsys):
    path = broken_copy(
        mini_path,
        tmp_path,
        ('name = { de = "Organisation", en = "Organisation" }', 'name = { en = "Organisation" }'),
        ('id = "talk"', 'id = "org"'),
    )
    assert main(["questionnaire", "validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}: dimensions[0].name.de: der deutsche Text fehlt" in err
    assert f"{path}: dimensions[1].id: Dimension 'org' kommt mehrfach vor" in err
    assert "Traceback" not in err


def test_cli_validate_good_file_exits_0(mini_path, capsys):
    assert main(["questionnaire", "validate", str(mini_path)]) == 0
    assert "in Ordnung (2 Dimensionen, 5 Fragen)" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "die Datei ist leer"),
        (b"   \n\n", "die Datei ist leer"),
        (b'id = "x"\ntitle = "\xff\xfe"\n', "Zeile 2: kein gültiges UTF-8"),
        (b"x = [\n", "kein gültiges TOML"),
        (b"a = 1\na = 2\n", "kein gültiges TOML"),
        (b'hello = "world"\n', "id: Pflichtangabe fehlt"),
        (b'format = "something.else"\n', "format: erwartet"),
    ],
)
def test_bad_files_get_one_clean_message(tmp_path, content, expected):
    path = tmp_path / "bad.toml"
    path.write_bytes(content)
    problems = problems_of(path)
    assert any(expected in p for p in problems), problems
    assert all(p.startswith(str(path)) for p in problems)


def test_huge_file_is_refused_without_reading(tmp_path):
    path = tmp_path / "huge.toml"
    path.write_bytes(b"#" * (MAX_FILE_BYTES + 1))
    assert "zu groß" in problems_of(path)[0]


def test_missing_and_directory_paths(tmp_path):
    assert "nicht gefunden" in problems_of(tmp_path / "nope.toml")[0]
    assert "ist ein Ordner" in problems_of(tmp_path)[0]


def test_unreadable_file_message(tmp_path, monkeypatch):
    path = write(tmp_path, "x = 1")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("smartcheck.core.limits.os.open", refuse)
    assert "nicht lesbar (Permission denied)" in problems_of(path)[0]


def test_utf8_bom_is_accepted(mini_path, tmp_path):
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + mini_path.read_bytes())
    assert load(path).id == "mini"


def test_content_hash_is_stable_and_sensitive(mini, mini_path, tmp_path):
    assert content_hash(mini) == content_hash(load(mini_path))
    changed = broken_copy(mini_path, tmp_path, ("Gibt es einen Ratsbeschluss?", "Gibt es einen Beschluss des Rates?"))
    assert content_hash(load(changed)) != content_hash(mini)


# ---------------------------------------------------------- nonsense in, message out
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tests.strategies import places, toml_values  # noqa: E402


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=300))
def test_random_bytes_give_only_clean_messages(tmp_path, raw):
    path = tmp_path / "random.toml"
    path.write_bytes(raw)
    with pytest.raises(QuestionnaireError) as info:
        load(path)
    assert all(p.startswith(str(path)) for p in info.value.problems)


@settings(max_examples=150, deadline=None)
@given(
    data=st.dictionaries(
        st.sampled_from(["id", "version", "title", "levels", "dimensions", "answer_scale", "x"]),
        toml_values,
        max_size=6,
    )
)
def test_nonsensical_structures_give_only_clean_messages(data):
    from smartcheck.core.catalog import parse

    with pytest.raises(QuestionnaireError) as info:
        parse(data, "nonsense.toml")
    assert info.value.problems and all(p.startswith("nonsense.toml: ") for p in info.value.problems)


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_a_good_file_with_one_part_replaced_by_nonsense_never_crashes(data):
    import copy
    import tomllib

    from smartcheck.core.catalog import parse
    from tests.conftest import DATA

    original = tomllib.loads((DATA / "mini.toml").read_text(encoding="utf-8"))
    where = data.draw(st.sampled_from([p for p in places(original) if p]))
    broken = copy.deepcopy(original)
    target = broken
    for step in where[:-1]:
        target = target[step]
    target[where[-1]] = data.draw(toml_values)
    try:
        parse(broken, "mini.toml")
    except QuestionnaireError as error:
        assert all(p.startswith("mini.toml: ") for p in error.problems)
