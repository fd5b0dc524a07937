"""The lexicon files (``data/lexicon/*.toml``) add rule groups after patterns.toml's own."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from detente.coding.patterns import load_patterns, merge_pattern_data, parse_patterns, read_lexicon_file
from detente.errors import InputError

MAIN = {"format": 1, "irregular": {"meet": ["met"]}, "rule": [{"event": "CONSULT", "verbs": ["meet with"]}]}


def test_rules_of_lexicon_files_come_after_the_main_files() -> None:
    extra = {"format": 1, "rule": [{"event": "REQUEST", "verbs": ["implore"]}]}
    merged = merge_pattern_data(MAIN, [("a.toml", extra)])
    assert [r["event"] for r in merged["rule"]] == ["CONSULT", "REQUEST"]
    assert merged["irregular"] == {"meet": ["met"]}
    compiled = parse_patterns(merged)
    assert {r.event.value for r in compiled.rules} == {"CONSULT", "REQUEST"}


def test_a_lexicon_file_may_add_irregular_forms_but_not_change_them() -> None:
    merged = merge_pattern_data(MAIN, [("a.toml", {"irregular": {"bid": ["bade"]}, "rule": []})])
    assert merged["irregular"]["bid"] == ["bade"]
    with pytest.raises(InputError, match="irregular forms of 'meet' differ"):
        merge_pattern_data(MAIN, [("b.toml", {"irregular": {"meet": ["meeted"]}})])


@pytest.mark.parametrize(
    "extra, message",
    [
        ({"cues": {"negation": ["not"]}}, "only rules and irregular forms"),
        ({"rule": {"event": "AID"}}, "array of tables"),
    ],
)
def test_a_lexicon_file_with_other_content_is_refused(extra: dict[str, object], message: str) -> None:
    with pytest.raises(InputError, match=message):
        merge_pattern_data(MAIN, [("c.toml", extra)])


def test_the_packaged_lexicon_files_load_with_the_patterns() -> None:
    folder = resources.files("detente") / "data" / "lexicon"
    files = [f for f in folder.iterdir() if f.name.endswith(".toml")] if folder.is_dir() else []
    main = tomllib.loads((resources.files("detente") / "data" / "patterns.toml").read_text(encoding="utf-8"))
    extra_rules = sum(len(tomllib.loads(f.read_text(encoding="utf-8")).get("rule", [])) for f in files)
    assert len(load_patterns().rules) == len(main["rule"]) + extra_rules


def test_no_lexicon_phrase_repeats_one_written_elsewhere() -> None:
    """A phrase written twice is either dead weight or, with two event types, a conflict decided only by
    rule order: each phrase of a lexicon file is new."""
    data_dir = resources.files("detente") / "data"
    seen: dict[tuple[str, str], str] = {}
    main = tomllib.loads((data_dir / "patterns.toml").read_text(encoding="utf-8"))
    for rule in main["rule"]:
        for kind in ("verbs", "nouns"):
            for phrase in rule.get(kind, []):
                seen.setdefault((kind, " ".join(phrase.split())), "patterns.toml")
    folder = data_dir / "lexicon"
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".toml")), key=lambda f: f.name)
    repeated = []
    for f in files:
        for rule in tomllib.loads(f.read_text(encoding="utf-8")).get("rule", []):
            for kind in ("verbs", "nouns"):
                for phrase in rule.get(kind, []):
                    key = (kind, " ".join(phrase.split()))
                    if key in seen:
                        repeated.append(f"{f.name}: {phrase!r} (also in {seen[key]})")
                    seen.setdefault(key, f.name)
    assert not repeated, repeated


def test_a_lexicon_file_that_is_not_toml_is_named_in_the_error() -> None:
    with pytest.raises(InputError, match=r"lexicon file broken\.toml: not valid TOML"):
        read_lexicon_file("broken.toml", '[[rule]\nevent = "AID"\n')
    assert (
        read_lexicon_file("ok.toml", 'format = 1\n[[rule]]\nevent = "AID"\nverbs = ["donate"]\n')["format"]
        == 1
    )
