"""Re-readings of a trigger's type from its wording (rules-2026.17): what a phrase's first reading would
code as one type is another act when its wording says so - a leader ordering his own forces to halt their
strikes concedes, bombs dropped in a ship's path warn, "I want to thank" is thanks said now, and force its doer
vows or says it will go on using is a threat. Pure predicates over a sentence's tokens and one trigger, used
by :func:`detente.coding.coder._event_for`."""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.patterns import SCOPE_BREAK, Token, Trigger, words
from detente.coding.roleparts import SPEECH_VERBS

__all__ = [
    "fired_as_warning",
    "orders_own_forces_to_halt",
    "performative_wish",
    "restraint_on_condition",
    "sent_to_help",
    "vowed_force",
]


_ORDERING = words(
    "order ordered orders ordering instruct instructed instructs instructing direct directed directs directing "
    "command commanded commands"
)
_OWN_FORCES = words(
    "military army armed forces troops units navy commanders command defence defense ministry general staff "
    "aviation air-force air"
)
_HALTING = words("halt stop cease suspend pause end refrain")
_HALTED_ACTS = words(
    "strikes attacks fire firing fighting hostilities shelling bombing bombardment offensive operations "
    "operation raids combat assault storming"
)


def orders_own_forces_to_halt(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "Putin ordered the military to halt strikes on Ukrainian energy infrastructure", "instructed the
    Defence Ministry to stop the offensive": a leader ordering his own forces to halt their attacks makes a
    (verbal) concession to the side attacked, not a request of anyone ("Biden told Netanyahu to stop the
    bombing" stays a request: the one told is another state's leader, not forces)."""
    if not trig.verbal or tokens[trig.tok_start].norm not in _ORDERING:
        return False
    to = next(
        (
            i
            for i in range(trig.tok_start + 1, min(len(tokens), trig.tok_start + 6))
            if tokens[i].norm == "to"
        ),
        None,
    )
    if to is None or to + 1 >= len(tokens) or tokens[to + 1].norm not in _HALTING:
        return False
    told = [
        t.norm for t in tokens[trig.tok_start + 1 : to] if t.norm not in ("the", "its", "his", "their", "our")
    ]
    if not told or not all(w in _OWN_FORCES or w.endswith(("ian", "ish", "ese")) for w in told):
        return False
    return any(t.norm in _HALTED_ACTS for t in tokens[to + 2 : to + 6])


_PERFORMATIVES = words(
    "thank thanks congratulate commend praise salute welcome express pay acknowledge applaud hail note stress "
    "emphasise emphasize underline underscore highlight mention"
)
_WISHING = words("want wants wish wishes like")


def performative_wish(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "I want to thank Lord Robertson for ...", "I would like to congratulate Finland": a verbal act done by
    saying it, so "want to" / "would like to" before it is politeness, not an intent still to be acted on."""
    if tokens[trig.tok_start].norm not in _PERFORMATIVES or trig.tok_start < 2:
        return False
    return tokens[trig.tok_start - 1].norm == "to" and tokens[trig.tok_start - 2].norm in _WISHING


_WARNING_COURSE = words("path course bow route way")
_WARNING_MUNITIONS = words("bombs bomb shots shot rounds flares charges")


def fired_as_warning(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "a Su-24 dropped bombs in the path of the British destroyer", "fired shots across the bow of the
    tanker": fire aimed ahead of a ship or aircraft's course is a warning, a show of force, not an attack on
    it ("dropped bombs on the village" is an attack)."""
    if not trig.verbal or not any(
        t.norm in _WARNING_MUNITIONS for t in tokens[trig.tok_start : trig.tok_end]
    ):
        return False
    after = [t.norm for t in tokens[trig.tok_end : trig.tok_end + 6]]
    for k, word in enumerate(after[:-1]):
        if (
            word in _WARNING_COURSE
            and after[k + 1] == "of"
            and k >= 1
            and after[k - 1] in ("the", "its", "their")
        ):
            return k >= 2 and after[k - 2] in ("in", "along", "across", "into", "ahead")
        if word in (".", ";", "and"):
            return False
    return False


_VOWS = words("vowed vows pledged pledges promised promises warned warns threatened threatens")
_VOWED_OR_SAID = SPEECH_VERBS | _VOWS
_GOING_ON = words("keep continue carry press step")
_OWN_PRONOUNS = words("it they we")
_WILL = words("will would shall 'll")
_VOW_REACH = 6


def vowed_force(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A future attack told as what its doer says it will do: "X said it would keep hitting ...", "vowed
    they will strike back" - "it"/"they"/"we" and a will-modal right after a verb of vowing, or after a
    verb of saying when the force goes on ("said it would keep hitting"; "said they will attack" stays a
    plan)."""
    if not trig.verbal:
        return False
    start = max(0, trig.tok_start - _VOW_REACH)
    for i in range(trig.tok_start - 1, start, -1):
        if tokens[i].norm not in _WILL or tokens[i - 1].norm not in _OWN_PRONOUNS:
            continue
        k = i - 2
        if k >= 0 and tokens[k].norm == "that":
            k -= 1
        if k < 0 or tokens[k].norm not in _VOWED_OR_SAID:
            return False
        # a plain "said" announces force that goes on ("would keep hitting"), a vow any force
        return tokens[k].norm in _VOWS or tokens[i + 1].norm in _GOING_ON
    return False


_SENDING = words(
    "send sends sent sending dispatch dispatches dispatched dispatching deploy deploys deployed deploying"
)
_HELPING = words("help assist reinforce bolster")
_SEND_REACH = 14


def sent_to_help(tokens: Sequence[Token], trig: Trigger) -> int | None:
    """Forces sent to help another's forces or rulers: "Saudi Arabia sent troops into Bahrain to help the
    kingdom's rulers", "soldiers had been sent to the Kursk region to fight alongside Russian forces" - the
    sending is military aid to the side helped (PLOVER AID), not a deployment against anyone nor joint
    work. Either the trigger is the sending and "to help/assist/reinforce/bolster" or "to fight alongside"
    follows in its clause, or the trigger is "fight|serve alongside" right after a "to" whose clause sent
    someone ("sent troops to counter the advance" stays MOBILIZE). The index of the word after which the
    side helped is named ("help", "alongside"); ``None`` when the wording is not there."""
    if not trig.verbal:
        return None
    norms = [t.norm for t in tokens]
    first = norms[trig.tok_start]
    if first in _SENDING:
        for k in range(trig.tok_start + 1, min(len(norms) - 1, trig.tok_start + 1 + _SEND_REACH)):
            if norms[k] in SCOPE_BREAK or norms[k] in (";", ":"):
                return None
            if norms[k] != "to":
                continue
            if norms[k + 1] in _HELPING:
                return k + 1
            if norms[k + 1] in ("fight", "serve") and k + 2 < len(norms) and norms[k + 2] == "alongside":
                return k + 2
        return None
    if first not in ("fight", "serve") or trig.tok_start < 2 or norms[trig.tok_start - 1] != "to":
        return None
    if trig.tok_start + 1 >= len(norms) or norms[trig.tok_start + 1] != "alongside":
        return None
    for k in range(trig.tok_start - 2, max(-1, trig.tok_start - 2 - _SEND_REACH), -1):
        if norms[k] in SCOPE_BREAK or norms[k] in (",", ";", ":"):
            return None
        if norms[k] in _SENDING:
            return trig.tok_start + 1
    return None


_NOT_WILL = words("will would shall wo")
_PLACING = words("deploy deploying station stationing place placing position positioning base basing")
_CONDITION_STARTS = (("as", "long", "as"), ("so", "long", "as"), ("unless",), ("where", "no"), ("provided",))
_CONDITION_ACTS = words(
    "appear appears appeared deploy deploys deployed station stationed place placed positioned based"
)


def restraint_on_condition(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "Russia will not deploy intermediate-range missiles as long as American-made ones do not appear
    there", "we will not deploy such missiles unless American ones appear": a deployment its doer pledges
    to forgo while the other side does not deploy its own is a restraint offered (PLOVER CONCEDE, as
    "refrain from deploying"), not a deployment denied. The pledge is a will-modal and "not" before the
    verb; the condition ("as long as", "so long as", "unless", "where no", "provided") follows in the
    same sentence and names the other side placing or showing its own weapons ("will not send troops
    into Ukraine" and "has not deployed forces as long as ..." stay MOBILIZE)."""
    if not trig.verbal or tokens[trig.tok_start].norm not in _PLACING or trig.tok_start < 2:
        return False
    before = [t.norm for t in tokens[max(0, trig.tok_start - 3) : trig.tok_start]]
    if "not" not in before and "n't" not in before:
        return False
    at = before.index("not") if "not" in before else before.index("n't")
    if at == 0 or before[at - 1] not in _NOT_WILL:
        return False
    norms = [t.norm for t in tokens]
    for k in range(trig.tok_end, len(norms)):
        if norms[k] in (";", ":"):
            return False
        if any(tuple(norms[k : k + len(start)]) == start for start in _CONDITION_STARTS):
            return any(w in _CONDITION_ACTS for w in norms[k : k + 14])
    return False
