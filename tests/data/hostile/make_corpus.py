"""Make the small hostile corpus beside this script: ``python tests/data/hostile/make_corpus.py``.

Each file is one kind of bad (or odd but acceptable) input. The name says what
is expected: ``bad-*`` must be refused (exit 1, the file named, no traceback,
the database unchanged), ``ok-*`` must be accepted. ``*.json`` go to
``smartcheck import``, ``*.toml`` to ``smartcheck questionnaire validate``.
Big files (megabytes) are not kept here; tests/test_hostile.py makes them at
test time with :func:`big_files`.

The assessment files start from ``base_export()``: a small valid export of the
questionnaire ``tests/data/mini.toml``, built here without the program, so the
corpus does not change when the program does.
"""

from __future__ import annotations

import copy
import json
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).parent
MINI = HERE.parent / "mini.toml"


def _questionnaire() -> dict:
    return tomllib.loads(MINI.read_text(encoding="utf-8"))


def base_export(questionnaire: dict | None = None, content_hash: str | None = None) -> dict:
    """A valid export (format 1) of an assessment of mini.toml; the hash is filled in by the test."""
    q = questionnaire or _questionnaire()
    first = q["dimensions"][0]["questions"][0]["id"]
    return {
        "format": "smartcheck.assessment",
        "format_version": 1,
        "exported_at": "2026-03-01T10:00:00Z",
        "app_version": "0.1.0",
        "assessment": {
            "id": "0f1e2d3c-hostile-0001",
            "municipality": {"name": "Teststadt", "type": "stadt", "size_class": "5k_20k"},
            "snapshot": {"content_hash": content_hash or "0" * 64, "questionnaire": q},
            "respondents": [{"role": "Hauptamt", "name": "A. Muster"}],
            "answers": {first: {"value": 2, "note": "Notiz\nzweite Zeile\tmit Tab"}},
            "targets": {},
            "importance": {},
            "quick_wins": [],
            "status": "complete",
            "created_at": "2026-03-01T09:00:00Z",
            "updated_at": "2026-03-01T09:30:00Z",
            "completed_at": "2026-03-01T09:30:00Z",
            "cursor": None,
        },
    }


def _set(doc: dict, path: str, value) -> dict:
    doc = copy.deepcopy(doc)
    keys = path.split("/")
    target = doc
    for key in keys[:-1]:
        target = target[int(key)] if isinstance(target, list) else target[key]
    target[keys[-1]] = value
    return doc


def _answer(doc: dict, value) -> dict:
    doc = copy.deepcopy(doc)
    answers = doc["assessment"]["answers"]
    qid = next(iter(answers))
    answers[qid]["value"] = value
    return doc


def json_cases() -> dict[str, bytes]:
    """name -> content; the snapshot hash is a placeholder the test replaces (HASH)."""
    base = base_export(content_hash="HASH" * 16)
    dump = lambda d: json.dumps(d, ensure_ascii=False, separators=(",", ":")).encode("utf-8")  # noqa: E731
    a = "assessment/"
    cases = {
        "ok-plain.json": dump(base),
        "ok-umlauts-and-emoji.json": dump(_set(base, a + "municipality/name", "Großröhrsdorf 🏛")),
        "bad-answer-true.json": dump(_answer(base, True)),
        "bad-answer-string-3.json": dump(_answer(base, "3")),
        "bad-answer-float.json": dump(_answer(base, 3.0)),
        "bad-answer-9.json": dump(_answer(base, 9)),
        "bad-target-bool.json": dump(
            _set(base, a + "targets", {base[a[:-1]]["snapshot"]["questionnaire"]["dimensions"][0]["id"]: True})
        ),
        "bad-id-trailing-newline.json": dump(_set(base, a + "id", "abc-123\n")),
        "bad-id-unicode-digits.json": dump(_set(base, a + "municipality/ags", "١٢٣٤٥٦٧٨")),
        "bad-name-nul.json": dump(_set(base, a + "municipality/name", "Test\x00stadt")),
        "bad-name-escape-clear-screen.json": dump(_set(base, a + "municipality/name", "\x1b[2J\x1b]0;pwned\x07Stadt")),
        "bad-name-c1-csi.json": dump(_set(base, a + "municipality/name", "Stadt\x9b31m")),
        "bad-name-zero-width-only.json": dump(_set(base, a + "municipality/name", "\u200b")),
        "bad-note-bell.json": dump(_set(base, a + "respondents/0/name", "Frau\x07 X")),
        "bad-year-9999.json": dump(_set(base, a + "completed_at", "9999-12-31T23:59:59Z")),
        "bad-year-1.json": dump(_set(base, a + "created_at", "0001-01-01T00:00:00Z")),
        "bad-year-2201.json": dump(_set(base, a + "updated_at", "2201-01-01T00:00:00+00:00")),
        "bad-long-value.json": dump(_set(base, a + "status", "x" * 20_000)),
        "bad-format-version-huge.json": dump(_set(base, "format_version", 10**25)),
        "bad-not-an-object.json": b"[1, 2, 3]",
        "bad-empty.json": b"",
        "bad-whitespace-only.json": b"  \n\t ",
        "bad-utf16.json": json.dumps(base).encode("utf-16"),
        "bad-latin1.json": '{"format": "Gro\u00df"}'.encode("latin-1"),
        "bad-truncated.json": dump(base)[:200],
        "bad-nan.json": b'{"format": "smartcheck.assessment", "format_version": NaN}',
        "bad-digits-5000.json": b'{"format": "smartcheck.assessment", "format_version": ' + b"9" * 5000 + b"}",
        "bad-deep-array.json": b"[" * 5000 + b"]" * 5000,
        "bad-deep-object.json": b'{"a":' * 3000 + b"1" + b"}" * 3000,
        "bad-duplicate-key.json": dump(base)[:-1] + b',"format":"smartcheck.assessment"}',
        "bad-questionnaire-instead.json": json.dumps({"format": "smartcheck.questionnaire"}).encode(),
        "bad-hash-mismatch.json": dump(_set(base, a + "snapshot/content_hash", "a" * 64)),
        "bad-lone-surrogate.json": dump(base).replace(b"Teststadt", b"Test\\ud800stadt"),
        "bad-bidi-override.json": dump(_set(base, a + "municipality/name", "Stadt\u202eetsaW")),
        "ok-emoji-pair-escaped.json": dump(base).replace(b"Teststadt", b"Teststadt \\ud83c\\udfdb"),
    }
    return cases


def toml_cases() -> dict[str, bytes]:
    text = MINI.read_text(encoding="utf-8")
    return {
        "ok-mini.toml": text.encode("utf-8"),
        "ok-mini-bom.toml": b"\xef\xbb\xbf" + text.encode("utf-8"),
        "bad-deep-arrays.toml": b"x = " + b"[" * 3000 + b"]" * 3000 + b"\n",
        "bad-deep-inline-tables.toml": b"x = " + b"{a=" * 2000 + b"1" + b"}" * 2000 + b"\n",
        "bad-deep-headers.toml": b"[" + b".".join([b"a"] * 2000) + b"]\n",
        "bad-dotted-key.toml": b".".join([b"a"] * 2000) + b" = 1\n",
        "bad-digits-5000.toml": b"x = " + b"9" * 5000 + b"\n",
        "bad-hex-digits.toml": b"x = 0x" + b"f" * 5000 + b"\n",
        "bad-level-true.toml": text.replace("value = 0", "value = true", 1).encode("utf-8"),
        "bad-level-string.toml": text.replace("value = 0", 'value = "0"', 1).encode("utf-8"),
        "bad-empty.toml": b"",
        "bad-binary.toml": bytes(range(256)) * 4,
        "bad-nul.toml": b'id = "a\x00b"\n',
        "bad-syntax.toml": b"this is = = not toml\n",
        "bad-id-newline.toml": text.replace('id = "', 'id = "x\\n', 1).encode("utf-8"),
        "bad-array-top.toml": b"x = [1, 2]\n",
    }


def big_files(folder: Path) -> dict[str, Path]:
    """The large cases, written at test time (not kept in the repository)."""
    folder.mkdir(parents=True, exist_ok=True)
    made = {
        "bad-big.json": b'{"format": "smartcheck.assessment", "pad": "' + b"x" * (6 * 1024 * 1024) + b'"}',
        "bad-big.toml": b'pad = "' + b"x" * (3 * 1024 * 1024) + b'"\n',
        "bad-dotted-400k.toml": b".".join([b"a"] * 200_000) + b" = 1\n",
        "bad-many-keys.toml": b"".join(b"k%d = 1\n" % i for i in range(60_000)),
        "bad-many-keys.json": b"{" + b",".join(b'"k%d": 1' % i for i in range(60_000)) + b"}",
    }
    paths = {}
    for name, data in made.items():
        path = folder / name
        path.write_bytes(data)
        paths[name] = path
    return paths


def main(out: Path = HERE) -> None:
    for name, data in {**json_cases(), **toml_cases()}.items():
        (out / name).write_bytes(data)
    print(f"{len(json_cases()) + len(toml_cases())} Dateien in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
