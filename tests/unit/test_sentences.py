"""Sentence splitting with character offsets (detente.coding.text)."""

from __future__ import annotations

import pytest

from detente.coding.text import DEFAULT_MAX_CHARS, Sentence, split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_offsets_point_into_the_original_text() -> None:
    text = "  NATO met Russia.  Then it ended!\n\nA new paragraph? Yes."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["NATO met Russia.", "Then it ended!", "A new paragraph?", "Yes."]
    for s in sentences:
        assert text[s.start : s.end] == s.text
    assert [s.index for s in sentences] == [0, 1, 2, 3]
    assert [s.paragraph for s in sentences] == [0, 0, 1, 1]


def test_titles_do_not_end_a_sentence() -> None:
    assert texts("Mr. Putin met Dr. Smith and Gen. Breedlove. They talked.") == [
        "Mr. Putin met Dr. Smith and Gen. Breedlove.",
        "They talked.",
    ]


def test_dotted_acronyms_and_initials() -> None:
    assert texts("The U.S. Navy and George W. Bush agreed. It was late.") == [
        "The U.S. Navy and George W. Bush agreed.",
        "It was late.",
    ]


def test_acronym_at_the_end_before_a_common_opener() -> None:
    assert texts("He flew to the U.S. The talks began.") == ["He flew to the U.S.", "The talks began."]


def test_months_and_numbers() -> None:
    assert texts("On Sept. 29 the rate was 3.5 per cent. See No. 5 for details.") == [
        "On Sept. 29 the rate was 3.5 per cent.",
        "See No. 5 for details.",
    ]


def test_quotes_close_a_sentence() -> None:
    assert texts('He said: "We will go." Then they left.') == ['He said: "We will go."', "Then they left."]


def test_question_inside_quotes_followed_by_lower_case_continues() -> None:
    assert texts('"Why?" he asked. Nobody knew.') == ['"Why?" he asked.', "Nobody knew."]


def test_hard_wrapped_line_is_joined() -> None:
    sentences = split_sentences("NATO suspended all practical\ncooperation with Russia.")
    assert len(sentences) == 1
    assert sentences[0].text == "NATO suspended all practical\ncooperation with Russia."


def test_heading_line_is_its_own_sentence() -> None:
    assert texts("Meeting with Jens Stoltenberg\nVladimir Putin met the Secretary General.") == [
        "Meeting with Jens Stoltenberg",
        "Vladimir Putin met the Secretary General.",
    ]


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "!!! ??? ...", "— – — * * *"])
def test_text_without_letters_gives_no_sentences(text: str) -> None:
    assert split_sentences(text) == []


def test_huge_run_on_text_is_cut_into_bounded_pieces() -> None:
    text = "word " * 20_000  # 100 KB without any punctuation
    sentences = split_sentences(text)
    assert len(sentences) > 1
    assert all(len(s.text) <= DEFAULT_MAX_CHARS for s in sentences)
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_cjk_full_stop() -> None:
    assert texts("北约开会。俄罗斯回应。") == ["北约开会。", "俄罗斯回应。"]


def test_sentence_is_a_frozen_value() -> None:
    s = Sentence("A.", 0, 2, 0, 0)
    with pytest.raises(AttributeError):
        s.start = 1  # type: ignore[misc]
