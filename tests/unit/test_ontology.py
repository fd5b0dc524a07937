"""The PLOVER ontology: types, modes, scores, quad classes, the CAMEO crosswalk and Goldstein values."""

from __future__ import annotations

import json
import tomllib
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from detente.coding import ontology as onto
from detente.coding.ontology import CameoCode, EventType, Polarity, QuadClass
from detente.errors import InputError

# The "Schrodt scores" table of the PLOVER manual (DEMAND's value for REQUEST).
MANUAL_SCORES = {
    "ASSAULT": -9.3,
    "COERCE": -7.2,
    "PROTEST": -6.6,
    "MOBILIZE": -5.3,
    "SANCTION": -5.2,
    "THREATEN": -5.1,
    "REQUEST": -5.0,
    "REJECT": -4.2,
    "ACCUSE": -2.0,
    "CONSULT": 2.1,
    "AGREE": 4.2,
    "SUPPORT": 4.6,
    "CONCEDE": 5.0,
    "COOPERATE": 6.8,
    "AID": 7.4,
    "RETREAT": 7.6,
}

ROOT_GOLDSTEIN = {
    "01": 0.0, "02": 3.0, "03": 4.0, "04": 1.0, "05": 3.5, "06": 6.0, "07": 7.0, "08": 5.0, "09": -2.0,
    "10": -5.0, "11": -2.0, "12": -4.0, "13": -6.0, "14": -6.5, "15": -7.2, "16": -4.0, "17": -7.0,
    "18": -9.0, "19": -10.0, "20": -10.0,
}  # fmt: skip


def all_pairs() -> list[tuple[EventType, str]]:
    return [(t, m) for t in EventType for m in ("", *onto.modes(t))]


def test_sixteen_types_as_in_architecture() -> None:
    names = "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST "
    names += "SANCTION MOBILIZE COERCE ASSAULT"
    assert [t.value for t in EventType] == names.split()


@pytest.mark.parametrize(("event", "mode"), all_pairs())
def test_every_type_and_mode_has_crosswalk_and_score(event: EventType, mode: str) -> None:
    assert onto.mode_is_valid(event, mode)
    cameo = onto.crosswalk(event, mode)
    assert isinstance(cameo, CameoCode)
    assert cameo.code.isdigit() and len(cameo.code) in (3, 4)
    assert -10.0 <= cameo.goldstein <= 10.0
    assert cameo.goldstein == onto.goldstein(cameo.code)
    assert onto.plover_score(event, mode) == MANUAL_SCORES[event.value]
    fields = onto.derived_fields(event, mode)
    assert set(fields) == {"cameo", "goldstein", "score", "quad"}
    json.dumps(fields)


def test_quad_classes_follow_cameo_convention() -> None:
    verbal_coop = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE"}
    material_coop = {"COOPERATE", "AID", "RETREAT"}
    verbal_conflict = {"REQUEST", "ACCUSE", "REJECT", "THREATEN"}
    for t in EventType:
        expected = 1 if t in verbal_coop else 2 if t in material_coop else 3 if t in verbal_conflict else 4
        assert onto.quad_class(t) == expected
    assert onto.quad_class("assault") == QuadClass.MATERIAL_CONFLICT
    # the quad class agrees with the sign of the score
    assert all((onto.plover_score(t) > 0) == (onto.quad_class(t) <= 2) for t in EventType)


@pytest.mark.parametrize(("root", "value"), sorted(ROOT_GOLDSTEIN.items()))
def test_goldstein_roots(root: str, value: float) -> None:
    assert onto.goldstein(root) == value
    if root != "13":  # 130 "threaten, not specified" is -4.4, the one general code that differs from its root
        assert onto.goldstein(root + "0") == value


@pytest.mark.parametrize(
    ("code", "value"),
    [
        ("042", 1.9),
        ("043", 2.8),
        ("057", 8.0),
        ("0874", 10.0),
        ("130", -4.4),
        ("138", -7.0),
        ("162", -5.6),
        ("163", -8.0),
        ("165", -6.5),
        ("171", -9.2),
        ("182", -9.5),
        ("1823", -10.0),
        ("016", -2.0),
        ("1213", -4.0),  # not in the table: takes 121's value
        (" 190 ", -10.0),
    ],
)
def test_goldstein_subcodes(code: str, value: float) -> None:
    assert onto.goldstein(code) == value


@pytest.mark.parametrize("code", ["", "9", "99", "abc", "2150"])
def test_goldstein_unknown_code(code: str) -> None:
    with pytest.raises(InputError):
        onto.goldstein(code)


@pytest.mark.parametrize(
    ("event", "mode", "code"),
    [
        ("AGREE", "", "030"),
        ("CONSULT", "", "040"),
        ("CONSULT", "visit", "042"),
        ("CONSULT", "phone", "041"),
        ("CONSULT", "third party", "044"),
        ("SANCTION", "discontinue", "162"),
        ("SANCTION", "expel", "166"),
        ("ACCUSE", "disapprove", "110"),
        ("ACCUSE", "investigate", "090"),
        ("REQUEST", "yield", "105"),
        ("REQUEST", "change", "104"),
        ("MOBILIZE", "weapons", "150"),
        ("COERCE", "seize", "171"),
        ("COERCE", "martial_law", "1724"),
        ("ASSAULT", "heavy weapons", "194"),
        ("THREATEN", "violence", "138"),
        ("CONSULT", "no-such-mode", "040"),  # unknown mode: the type's default
        ("disapprove", None, "110"),  # older name carrying its mode
    ],
)
def test_crosswalk_entries(event: str, mode: str | None, code: str) -> None:
    assert onto.crosswalk(event, mode).code == code


def test_crosswalk_unknown_type() -> None:
    with pytest.raises(InputError) as info:
        onto.crosswalk("HUG", "")
    assert info.value.reason == "unknown_event"


@pytest.mark.parametrize(
    ("event", "mode", "expected"),
    [
        ("agree", "", ("AGREE", "")),
        (" Consult ", "Third Party", ("CONSULT", "third-party")),
        ("DEMAND", "", ("REQUEST", "")),
        ("DISAPPROVE", "", ("ACCUSE", "disapprove")),
        ("DISAPPROVE", "allege", ("ACCUSE", "allege")),
        ("INVESTIGATE", None, ("ACCUSE", "investigate")),
        ("COOPERATION", "", ("COOPERATE", "")),
        ("FIGHT", "small arms", ("ASSAULT", "firearms")),
        ("PROTEST", "hunger strike", ("PROTEST", "hunger")),
        ("COERCE", "confiscate", ("COERCE", "seize")),
        ("CONSULT", "telephone", ("CONSULT", "phone")),
        ("SANCTION", "null", ("SANCTION", "")),
    ],
)
def test_normalize(event: str, mode: str | None, expected: tuple[str, str]) -> None:
    etype, clean = onto.normalize(event, mode)
    assert (etype.value, clean) == expected


@pytest.mark.parametrize(
    ("event", "mode", "valid"),
    [
        ("CONSULT", "multilateral", True),
        ("CONSULT", "", True),
        ("CONSULT", None, True),
        ("CONSULT", "arrest", False),
        ("AGREE", "visit", False),
        ("MOBILIZE", "Weapons", True),
        ("ASSAULT", "pro_autocracy", False),
        ("NOPE", "", False),
    ],
)
def test_mode_is_valid(event: str, mode: str | None, valid: bool) -> None:
    assert onto.mode_is_valid(event, mode) is valid


@given(st.text(max_size=40))
def test_normalize_mode_is_idempotent(text: str) -> None:
    once = onto.normalize_mode(text)
    assert onto.normalize_mode(once) == once


def test_contexts() -> None:
    assert onto.normalize_context("Military; legal") == "military; legal"
    assert onto.normalize_context(["human rights", " cyber "]) == "human_rights; cyber"
    assert onto.normalize_context(None) == ""
    assert onto.context_is_valid("military; legal")
    assert onto.context_is_valid("")
    assert not onto.context_is_valid("military; gardening")
    assert {"diplomatic", "military", "cbrn", "pro_autocracy"} <= onto.contexts()


def test_polarity_values() -> None:
    assert [p.value for p in Polarity] == ["asserted", "negated", "hypothetical", "future"]


def test_cameo_roots() -> None:
    assert onto.type_for_cameo_root("01") is None
    assert onto.type_for_cameo_root("02") is EventType.REQUEST
    assert onto.type_for_cameo_root("112") is EventType.ACCUSE
    assert {onto.type_for_cameo_root(r) for r in ("18", "19", "20")} == {EventType.ASSAULT}
    # a type's default CAMEO code lies under the root it comes from, except where roots were merged
    for root in set(ROOT_GOLDSTEIN) - {"01", "02", "09", "19", "20"}:
        etype = onto.type_for_cameo_root(root)
        assert etype is not None
        assert onto.crosswalk(etype).root == root


def test_malformed_ontology_raises() -> None:
    text = (resources.files("detente") / "data" / "plover.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    del data["types"]["AID"]
    with pytest.raises(InputError):
        onto.parse_ontology(data)
    with pytest.raises(InputError):
        onto.parse_ontology({})


def test_parse_crosswalk_lines() -> None:
    text = "\n".join(
        [
            "# comment",
            "04: CONSULT",
            "042: CONSULT, visit,   # Make a visit",
            "1123: ACCUSE, allege, military # Accuse of aggression",
            "0813: RETREAT, ,   legal # Ease curfew",
            "999: NOTATYPE, x, y",
        ]
    )
    rows = onto.parse_crosswalk(text)
    assert [(r.code, r.event.value, r.mode, r.context) for r in rows] == [
        ("042", "CONSULT", "visit", ""),
        ("1123", "ACCUSE", "allege", "military"),
        ("0813", "RETREAT", "", "legal"),
    ]


# --- against the shared reference files -----------------------------------------------------------


@pytest.mark.shared
def test_stored_crosswalk_is_the_inversion_of_the_reference(shared_data) -> None:
    path = shared_data.path("data", "coding", "plover-reference", "CAMEO2PLOVER-2021.txt")
    rows = onto.parse_crosswalk(path.read_text(encoding="utf-8"))
    assert len(rows) > 200
    derived = onto.invert_crosswalk(rows)
    for etype, (default, table) in derived.items():
        info = onto.type_info(etype)
        assert info.default_code == default, etype
        assert dict(info.mode_codes) == table, etype
    # every code the reference names has a Goldstein value and a known context
    for row in rows:
        onto.goldstein(row.code)
        assert onto.context_is_valid(row.context), row


@pytest.mark.shared
def test_gold_modes_are_valid(shared_data) -> None:
    bad = set()
    for name in (("seed", "coding-gold.jsonl"), ("data", "coding", "dev-gold-petrarch-plover.jsonl")):
        for line in shared_data.path(*name).read_text(encoding="utf-8").splitlines():
            for event in json.loads(line)["events"]:
                if not onto.mode_is_valid(event["event"], event["mode"]):
                    bad.add((event["event"], event["mode"]))
    # the one exception is a context the crosswalk has in its mode column (CAMEO 175)
    assert bad <= {("ASSAULT", "pro_autocracy")}
