"""Coder stage 6c, statement readers: joint work told as going on in official wording (COOPERATE).

Official Russian texts tell cooperation that is under way in words no trigger of the pattern table carries
with its actors beside it. Three families are read here, each only when the sentence has no COOPERATE yet:

* :func:`cooperation_under_way` — cooperation in a field told as going on or bearing fruit: "Our cooperation
  in the mining sector is developing with success", "Russian-Armenian cooperation in energy is growing",
  "bilateral cooperation between Moscow and Prague covers more than 20 major projects", "our trade
  cooperation continues its steady development", "cooperation between the two countries has become more
  dynamic". The sides are the states the phrase names ("Russian-Armenian", "between X and Y", "X's
  cooperation with Y"), else, for "our"/"bilateral" cooperation, the speaker and the document's sides; the
  speaker's state must be one of them (a party's own account, as in official statements: an observer's
  description of two others' cooperation is background).
  The gold codes a fact of the period, not a judgement of the relation: cooperation that "is friendly in
  nature", "is an important element", "has great significance", relations that "are making progress", and
  cooperation that "will develop" or that one "is confident" will develop are not read.
* :func:`built_together` — two states' people doing a concrete work together: "Russian and Turkish
  companies are building a power plant", "Russia and Hungary are implementing a large project", and the
  speaker's "we are jointly implementing ..." / "we are building it together" with the document's other
  side. The object must be a work (a plant, a pipeline, projects, a vaccine); "are developing relations"
  is a state of relations and is not read.
* :func:`commission_at_work` — a joint intergovernmental body told as working or resumed: "Our
  intergovernmental commission is working hard", "the Russian-Bulgarian intergovernmental commission
  resumed its work". A session it held is a meeting (CONSULT, read elsewhere).
"""

from __future__ import annotations

from collections.abc import Sequence, Set

from detente.coding.actors import ActorKind
from detente.coding.commitments import CommitmentView
from detente.coding.ontology import EventType, Polarity
from detente.coding.patterns import Token, words
from detente.coding.polarity import polarity_of
from detente.coding.roles import Roles, clause_floor
from detente.coding.statements import Finding
from detente.coding.units import Unit

__all__ = [
    "built_together",
    "built_with_partner",
    "commission_at_work",
    "cooperation_under_way",
    "helped_by",
    "may_read",
    "our_bodies_cooperate",
    "our_deliveries",
    "we_keep_up",
]

_COOPERATION = words("cooperation co-operation interaction collaboration partnership")
_OUR = words("our bilateral")
_BE = words("is are has have been was were")
_ADVERBS = words(
    "also now already still steadily successfully actively dynamically rapidly fast quickly consistently "
    "progressively gradually constantly well very quite really generally on the whole"
)
_GOING = words("developing growing expanding intensifying progressing deepening gaining strengthening")
_GONE = words("developed grown expanded intensified progressed deepened strengthened")
_FINITE = words("develops grows expands intensifies progresses deepens")
_CONTINUES = words("continues continued")
_GOES_ON = words(". , ; and apace unabated successfully actively")
_CONTINUED = words("develop grow expand intensify progress deepen development growth expansion progress")
_BEARS = words("produced produces yielded yields brought brings bears bore bearing producing yielding")
_FRUIT = words("results result fruit fruits")
_BECOME = words("become became")
_LIVELIER = words("dynamic active intensive substantive diverse extensive productive effective")
_COVERS = words("covers covered includes included comprises comprised spans spanned")
_WORKS = words("projects project ventures enterprises programmes programs initiatives")
_STOPS = words("; : ? ! but while whereas although though however")
_TOPIC = words(
    "discuss discussed discussing discussion discussions talked talk talks spoke agenda how whether ways "
    "prospects potential if unless once hope hopes hoped confident convinced certain sure expect expects "
    "believe wish want wants would could should must need needs"
)
"""Words that make the cooperation a topic, a wish or a forecast rather than a fact told."""
_PREDICATE_START = _BE | _FINITE | _CONTINUES | _BEARS | _COVERS | words("became")
_NP_BREAKS = _STOPS | words(
    "that which who whom will would can could may might should must shall . to developing growing expanding"
)
"""Words that end the subject's phrase before any predicate of progress ("cooperation that will ...")."""

_GROUP = words(
    "companies company firms firm specialists engineers experts scientists builders researchers partners "
    "businesses enterprises corporations and the , sides side"
)
_BUILD = words(
    "building constructing implementing carrying producing manufacturing assembling designing creating "
    "developing launching running operating build construct implement produce manufacture assemble "
    "design create built constructed implemented produced manufactured assembled designed created"
)
_OBJECTS = words(
    "plant plants station stations pipeline pipelines project projects bridge bridges railway railways "
    "road roads port ports factory factories facility facilities reactor reactors unit units terminal "
    "terminals aircraft airliner airliners satellite satellites ship ships vessels icebreaker icebreakers "
    "engine engines vaccine vaccines complex refinery plant enterprise enterprises venture ventures "
    "centre center university hospital field fields deposit deposits mine mines programme programs "
    "programmes cars vehicles helicopters systems line lines cable power-plant npp it them"
)
_AUX = words("are is were was have has had been also now already successfully actively jointly together")
_JOINTLY = words("jointly together")

_COMMISSIONS = words("commission committee council")
_INTERGOVERNMENTAL = words("intergovernmental inter-governmental interstate inter-state")
_WORKING = words("working works worked functioning functions")
_RESUMED = words(
    "resumed resume resumes restarted renewed revived reopened restored relaunched re-established reactivated "
    "reinstated resumption restoration revival relaunch reactivation"
)


def may_read(norms: Set[str]) -> bool:
    """Whether the sentence's words (lower-cased) may hold what these readers find, for the coder's quick
    test of sentences that no trigger word may match."""
    # the word sets are joined once (:data:`_QUICK`); isdisjoint builds no set
    growth, help_words, we_our, our_work = _QUICK
    if _FIRST_WORDS.isdisjoint(norms):
        return False  # every test below needs one of these words
    return (
        (not _COOPERATION.isdisjoint(norms) and not growth.isdisjoint(norms))
        or (not _BUILD.isdisjoint(norms) and not _OBJECTS.isdisjoint(norms))
        or (not _COMMISSIONS.isdisjoint(norms) and not _INTERGOVERNMENTAL.isdisjoint(norms))
        or ("we" in norms and not _KEEP.isdisjoint(norms) and not _JOINT_WORK.isdisjoint(norms))
        or (not _WITH.isdisjoint(norms) and not help_words.isdisjoint(norms))
        or (not _DELIVERY.isdisjoint(norms) and not _ARMS.isdisjoint(norms) and not we_our.isdisjoint(norms))
        or ("our" in norms and not our_work.isdisjoint(norms))
        or (not _JOINTLY.isdisjoint(norms) and "with" in norms and not _BUILD.isdisjoint(norms))
    )


def _is_side(view: CommitmentView, code: str | None) -> bool:
    if code is None or not code.isupper() or view.dictionary is None:
        return False
    return view.dictionary.code_kinds.get(code) in (ActorKind.STATE, ActorKind.ORG)


def _meeting_sides(view: CommitmentView) -> tuple[str, ...]:
    """The speaker and the other sides of the document (for "our", "we"), when two or more."""
    speaker = view.speaker
    if not speaker or not _is_side(view, speaker):
        return ()
    sides = tuple(dict.fromkeys((speaker, *(c for c in view.participants if _is_side(view, c)))))
    return sides if len(sides) >= 2 else ()


def _sides_in(view: CommitmentView, lo: int, hi: int) -> tuple[str, ...]:
    """The states and organisations named in tokens ``[lo, hi)``, in order, once each."""
    return tuple(
        dict.fromkeys(
            u.code or ""
            for u in view.units
            if lo <= u.tok_start and u.tok_end <= hi and _is_side(view, u.code)
        )
    )


def _asserted(view: CommitmentView, at: int, floor: int) -> bool:
    tokens = view.tokens
    for i in range(floor, at):
        if (
            tokens[i].norm == "would"
            and i + 2 < at
            and [t.norm for t in tokens[i + 1 : i + 3]] == ["like", "to"]
        ):
            floor = i + 3  # "I would like to note the resumption of ...": said now, read from the verb after
    if any(t.norm in _TOPIC or t.norm in _STOPS for t in tokens[floor:at]):
        return False
    if at == floor:
        return True
    return polarity_of(tokens, at, view.patterns, floor=floor) is Polarity.ASSERTED


def _finding(sides: tuple[str, ...], lo: Token, hi: Token, word: str) -> Finding:
    roles = Roles(sides, (), (lo.start, hi.end), mutual=True)
    return Finding(EventType.COOPERATE, "", roles, Polarity.ASSERTED, lo.start, hi.end, word)


# --- cooperation told as going on -----------------------------------------------------------------------


def _progress_at(tokens: Sequence[Token], i: int) -> int | None:
    """The end of a predicate of progress starting at token ``i`` ("is developing", "has grown", "continues
    its steady development", "produced good results", "has become more dynamic", "covers ... projects"),
    else ``None``."""
    n = len(tokens)
    j = i
    be = False
    while j < n and (tokens[j].norm in _BE or tokens[j].norm in _ADVERBS):
        be = be or tokens[j].norm in _BE
        j += 1
    if j >= n:
        return None
    w = tokens[j].norm
    if (be and w in (_GOING | _GONE)) or (not be and w in _FINITE):
        return j + 1
    if w in _CONTINUES:
        if j + 1 < n and tokens[j + 1].norm in _GOES_ON:
            return j + 1  # "our cooperation in combating terrorism continues."
        rest = [t.norm for t in tokens[j + 1 : j + 5]]
        return j + 2 if any(r in _CONTINUED for r in rest) else None
    if w in _BEARS:
        rest = [t.norm for t in tokens[j + 1 : j + 5]]
        return j + 2 if any(r in _FRUIT for r in rest) else None
    if (w in _BECOME and be) or w == "became":
        rest = [t.norm for t in tokens[j + 1 : j + 4]]
        return j + 2 if any(r in _LIVELIER for r in rest) else None
    if w in _COVERS:
        rest = [t.norm for t in tokens[j + 1 : j + 7]]
        return j + 2 if any(r in _WORKS for r in rest) else None
    return None


_PARTNER_LINKS = words("between with of and , -")


def _partners_of(view: CommitmentView, lo: int, k: int, j: int) -> tuple[str, ...]:
    """The sides of the cooperation whose head is token ``k`` (its phrase ``[lo, j)``): those named before
    the head ("Russian-Armenian", "Russia's") and after it behind "between", "with", "of", "and" ("between
    Moscow and Prague", "with NATO"); a place behind "on" or "in" is a topic ("on Afghanistan")."""
    tokens = view.tokens
    out: list[str] = []
    for u in view.units:
        if not (lo <= u.tok_start and u.tok_end <= j) or not _is_side(view, u.code):
            continue
        if u.tok_start > k:
            p = u.tok_start - 1
            while p > k and tokens[p].norm == "the":
                p -= 1
            if tokens[p].norm not in _PARTNER_LINKS:
                continue
        out.append(u.code or "")
    return tuple(dict.fromkeys(out))


def _own_sides(view: CommitmentView, named: tuple[str, ...], before: Set[str]) -> tuple[str, ...]:
    """The sides of "our"/"bilateral" cooperation naming one side or none: the speaker and the document's
    sides ("our cooperation in energy"), or the speaker and the one named ("our cooperation with Chile")."""
    own = _meeting_sides(view) if before & _OUR else ()
    if not named:
        return own
    if own and named[0] in own:
        return own
    speaker = view.speaker
    if "our" in before and speaker and _is_side(view, speaker) and named[0] != speaker:
        return (speaker, named[0])
    return ()


def cooperation_under_way(view: CommitmentView) -> Finding | None:
    """COOPERATE for cooperation told as going on (see the module docstring), or ``None``."""
    tokens = view.tokens
    n = len(tokens)
    for k, tok in enumerate(tokens):
        if tok.norm not in _COOPERATION:
            continue
        # the noun phrase after the head ("in the mining sector", "between Moscow and Prague", "with X") up to
        # the first word that may start the predicate
        j = next(
            (m for m in range(k + 1, min(n, k + 20)) if tokens[m].norm in _PREDICATE_START | _NP_BREAKS),
            n,
        )
        if j >= n or tokens[j].norm in _NP_BREAKS:
            continue
        end = _progress_at(tokens, j)
        if end is None:
            continue
        floor = clause_floor(tokens, k)
        # the start of the subject: the head's modifiers back to a clause word
        lo = k
        while lo > floor and tokens[lo - 1].norm not in words("that , which and ; : when as") | _TOPIC:
            lo -= 1
        if not _asserted(view, j, floor):
            continue
        sides = _partners_of(view, lo, k, j)
        if len(sides) < 2:
            sides = _own_sides(view, sides, {t.norm for t in tokens[lo:k]})
        if view.speaker not in sides:
            continue  # a party's own account of its cooperation, not an observer's background ("analysts say")
        if len(sides) < 2:
            continue
        return _finding(sides, tokens[lo], tokens[end - 1], tok.text)
    return None


# --- a work done together -------------------------------------------------------------------------------


def _object_is_work(tokens: Sequence[Token], verb: int) -> bool:
    """A work follows the verb within a few words ("are building a nuclear power plant")."""
    for t in tokens[verb + 1 : verb + 7]:
        if t.norm in _STOPS or t.norm in words("relations ties dialogue contacts friendship trust"):
            return False
        if t.norm in _OBJECTS:
            return True
    return False


def built_together(view: CommitmentView) -> Finding | None:
    """COOPERATE for a work two sides do together (see the module docstring), or ``None``."""
    tokens = view.tokens
    for k, tok in enumerate(tokens):
        if tok.norm not in _BUILD or k == 0:
            continue
        if tok.norm == "carrying" and (k + 1 >= len(tokens) or tokens[k + 1].norm != "out"):
            continue
        floor = clause_floor(tokens, k)
        i = k - 1
        jointly = any(t.norm in _JOINTLY for t in tokens[k + 1 : k + 3])
        while i >= floor and tokens[i].norm in _AUX:
            jointly = jointly or tokens[i].norm in _JOINTLY
            i -= 1
        if i < floor or (i == k - 1 and tok.norm.endswith("ing")):
            continue  # no subject, or a participle: "the plants producing ..." is no clause of its own
        work = _object_is_work(tokens, k + (1 if tok.norm == "carrying" else 0))
        if tokens[i].norm == "we":
            sides = _meeting_sides(view) if jointly else ()
            lo = i
        else:
            lo = i
            while lo > floor and (
                tokens[lo - 1].norm in _GROUP or any(u.tok_start <= lo - 1 < u.tok_end for u in view.units)
            ):
                lo -= 1
            inside = [t.norm for t in tokens[lo : i + 1]]
            sides = _sides_in(view, lo, i + 1)
            if "and" not in inside or not (work or jointly):
                sides = ()
        if len(sides) < 2 or not _asserted(view, k, floor):
            continue
        return _finding(sides, tokens[lo], tok, tok.text)
    return None


# --- a joint commission at work -------------------------------------------------------------------------


def _commission_sides(view: CommitmentView, lo: int, k: int) -> tuple[str, ...]:
    """The sides of the commission whose words are tokens ``[lo, k]``: the states named in them
    ("Russian-Bulgarian"), else for "our"/"the"/"bilateral" ones the speaker and the document's sides."""
    sides = _sides_in(view, lo, k)
    if len(sides) >= 2:
        return sides
    before = {t.norm for t in view.tokens[lo:k]}
    if not sides and not before - _OUR - _INTERGOVERNMENTAL - _WORK_OF - words("the its"):
        return _meeting_sides(view)
    return ()


_WORK_OF = words("work activities activity of")
_PP_STOPS = _BE | _RESUMED | _WORKING | words(", ; : which that who")


def commission_at_work(view: CommitmentView) -> Finding | None:
    """COOPERATE for a joint intergovernmental body told as working or resumed, or ``None``: "Our
    intergovernmental commission is working hard", "the intergovernmental commission on trade resumed its
    work", "we have resumed the work of the intergovernmental commission", "the work of the
    intergovernmental commission has resumed"."""
    tokens = view.tokens
    n = len(tokens)
    for k, tok in enumerate(tokens):
        if tok.norm not in _COMMISSIONS or k == 0 or tokens[k - 1].norm not in _INTERGOVERNMENTAL:
            continue
        floor = clause_floor(tokens, k)
        lo = k - 1
        while lo > floor and tokens[lo - 1].norm not in words("that , which and ; : as") | _RESUMED:
            lo -= 1
        # resumed as an object: "(we) resumed the work of the intergovernmental commission"
        if lo > floor and tokens[lo - 1].norm in _RESUMED:
            v = lo - 1
            if _asserted(view, v, floor):
                sides = _commission_sides(view, lo, k)
                if len(sides) >= 2:
                    return _finding(sides, tokens[v], tok, tok.text)
            continue
        # as the subject: skip "on trade and economic cooperation" to the predicate
        j = k + 1
        while j < n and j < k + 9 and tokens[j].norm not in _PP_STOPS:
            j += 1
        if j < n and tokens[j].norm == "," and j > k + 1:
            continue
        if (
            j == k + 1 and j < n and tokens[j].norm == ","
        ):  # an aside: "the commission, co-chaired by ..., has"
            j = next((m + 1 for m in range(k + 2, min(n, k + 16)) if tokens[m].norm == ","), n)
        while j < n and (
            tokens[j].norm in _BE or tokens[j].norm in _ADVERBS or tokens[j].norm in ("was", "were")
        ):
            j += 1
        if j >= n:
            continue
        w = tokens[j].norm
        work_before = any(t.norm in _WORK_OF - words("of") for t in tokens[lo:k])
        resumed = w in _RESUMED and (
            work_before or any(t.norm in words("work activities activity") for t in tokens[j + 1 : j + 4])
        )
        working = (w in _WORKING and any(t.norm in _BE for t in tokens[k + 1 : j])) or w == "works"
        if not (resumed or working) or not _asserted(view, j, floor):
            continue
        sides = _commission_sides(view, lo, k)
        if len(sides) < 2:
            continue
        return _finding(sides, tokens[lo], tokens[j], tok.text)
    return None


# --- the speaker's "we maintain cooperation in ..." -----------------------------------------------------

_KEEP = words(
    "maintain maintaining conduct conducting pursue pursuing hold holding carry carrying have developing "
    "expanding deepening strengthening intensifying broadening implementing"
)
_PROGRESSIVE = words("developing expanding deepening strengthening intensifying broadening implementing")
_WE_FILLERS = words("are also already still actively successfully closely now continue to jointly regularly")
_JOINT_WORK = words("cooperation co-operation partnership interaction collaboration")


def _we_before(tokens: Sequence[Token], k: int, floor: int) -> bool:
    """The verb at ``k`` has the speaker's "we" for subject: "we (are) (also) maintain(ing) ...", or "we are
    conducting ..., expanding ..." (a participle after a comma sharing the first verb's "we")."""
    i = k - 1
    while i >= floor and tokens[i].norm in _WE_FILLERS:
        i -= 1
    if i >= floor and tokens[i].norm == "we":
        return True
    if tokens[k].norm.endswith("ing") and i >= floor and tokens[i].norm == ",":
        head = [t.norm for t in tokens[floor : floor + 2]]
        return head == ["we", "are"] and not any(t.norm in _STOPS for t in tokens[floor:k])
    return False


def we_keep_up(view: CommitmentView) -> Finding | None:
    """COOPERATE of the speaker and the document's other side told by the speaker's "we maintain a
    partnership in gas deliveries", "we are expanding cooperation in industry", "we have close cooperation
    in energy"; with "with X" after it, of the speaker and X. Plans and wishes ("we want to expand
    cooperation", "we will maintain") are not read."""
    tokens = view.tokens
    n = len(tokens)
    for k, tok in enumerate(tokens):
        if tok.norm not in _KEEP or k == 0:
            continue
        if tok.norm in ("carry", "carrying") and (k + 1 >= n or tokens[k + 1].norm != "out"):
            continue
        floor = clause_floor(tokens, k)
        if not _we_before(tokens, k, floor):
            continue
        if (
            tok.norm in _PROGRESSIVE
            and not any(t.norm in _BE for t in tokens[max(floor, k - 4) : k])
            and tokens[k - 1].norm != ","
        ):
            continue  # only "we are expanding ...", "we are conducting ..., expanding ..."
        obj = next((m for m in range(k + 1, min(n, k + 6)) if tokens[m].norm in _JOINT_WORK), None)
        if obj is None or any(t.norm in _STOPS or t.norm == "," for t in tokens[k + 1 : obj]):
            continue
        if tok.norm == "have" and (
            obj + 1 >= n
            or tokens[obj + 1].norm not in words("in on within")
            or any(t.norm.endswith(("ed", "en")) for t in tokens[k + 1 : obj])
        ):
            continue  # "we have close cooperation in ...", not "we have discussed our cooperation"
        after = tokens[obj + 1 : obj + 3]
        if any(t.norm == "with" for t in after):
            partner = [
                u.code or ""
                for u in view.units
                if obj < u.tok_start <= obj + 5 and _is_side(view, u.code) and u.code != view.speaker
            ]
            speaker = view.speaker
            if not partner or not speaker or not _is_side(view, speaker):
                continue
            sides: tuple[str, ...] = (speaker, partner[0])
        else:
            sides = _meeting_sides(view)
        if len(sides) < 2 or not _asserted(view, k, floor):
            continue
        return _finding(sides, tokens[k], tokens[obj], tok.text)
    return None


# --- a work or change made with another state's help (AID) ----------------------------------------------

_WITH = words("with thanks")
_HELP = words("assistance help aid")
_MATERIAL_SUPPORT = words("military financial economic technical material")
_HELP_FILLERS = words("the to full-scale comprehensive generous active direct substantial great 's ’s of")


def _helped(view: CommitmentView, code: str | None) -> bool:
    """A side that can be helped: a state or organisation, or a territory the dictionary counts as a side
    ("south ossetia")."""
    if _is_side(view, code):
        return True
    return code is not None and view.dictionary is not None and view.dictionary.is_side(code)


def helped_by(view: CommitmentView) -> Finding | None:
    """AID of a state to the one it helped, told by the help a work or change was made with: "The hospital
    went up with Russian assistance and now serves the people of Laos", "With Russia's help, South Ossetia has
    rebuilt its capital", "Thanks to Russian military support, the Syrian army freed the city". The helped
    side is the next state named, else the one named before in the clause; help with no one else named
    ("with Russian help") reads nothing, nor does help to come ("will be built with Russian help" is read
    as the future act it is)."""
    tokens = view.tokens
    n = len(tokens)
    for k, tok in enumerate(tokens):
        if tok.norm not in _WITH or k + 2 >= n:
            continue
        if tok.norm == "thanks" and tokens[k + 1].norm != "to":
            continue
        j = k + 1
        giver: Unit | None = None
        while j < n and j < k + 7:
            unit = next((u for u in view.units if u.tok_start == j), None)
            if unit is not None and giver is None and _is_side(view, unit.code):
                giver = unit
                j = unit.tok_end
            elif tokens[j].norm in _HELP_FILLERS or tokens[j].norm in _MATERIAL_SUPPORT:
                j += 1
            else:
                break
        if giver is None or j >= n:
            continue
        word = tokens[j].norm
        if not (word in _HELP or (word == "support" and tokens[j - 1].norm in _MATERIAL_SUPPORT)):
            continue
        source = giver.code or ""
        after = [u for u in view.units if u.tok_start > j and _helped(view, u.code) and u.code != source]
        floor = clause_floor(tokens, k)
        before = [
            u
            for u in view.units
            if floor <= u.tok_start and u.tok_end <= k and _helped(view, u.code) and u.code != source
        ]
        helped = after[0] if after else (before[-1] if before else None)
        if helped is None or not helped.code:
            continue
        polarity = polarity_of(tokens, k, view.patterns, floor=floor)
        if polarity is Polarity.HYPOTHETICAL or any(t.norm in _TOPIC for t in tokens[floor:k]):
            continue
        roles = Roles((source,), (helped.code,), (tok.start, tokens[j].end))
        return Finding(EventType.AID, "", roles, polarity, tok.start, tokens[j].end, tokens[j].text)
    return None


# --- the speaker's own deliveries of arms (AID) ---------------------------------------------------------

_DELIVERY = words("delivery deliveries supply supplies shipment shipments transfer")
_ARMS = words(
    "weapons arms systems s-400 s-400s s-300 s-300s missiles tanks aircraft helicopters jets fighters "
    "equipment ammunition complexes launchers su-35 su-35s mig-29 mig-29s"
)
_WE_DELIVER = words(
    "completed complete completing fulfilled fulfil fulfill fulfilling began begun started start starting made "
    "make carried carrying continue continuing continued finished finishing"
)


def our_deliveries(view: CommitmentView) -> Finding | None:
    """AID of the speaker's state to the one its arms are delivered to, told by the delivery as a noun:
    "We have wrapped up the delivery of Tor systems to Egypt", "we fulfilled the contract for the supply
    of helicopters to Egypt", "our deliveries of arms to Syria continue". A delivery with no "we"/"our"
    (another state's deliveries, told by the speaker) reads nothing."""
    speaker = view.speaker
    if not speaker or not _is_side(view, speaker):
        return None
    tokens = view.tokens
    n = len(tokens)
    for d, tok in enumerate(tokens):
        if tok.norm not in _DELIVERY or d + 3 >= n or tokens[d + 1].norm != "of":
            continue
        arms = next((m for m in range(d + 2, min(n, d + 7)) if tokens[m].norm in _ARMS), None)
        if arms is None:
            continue
        to = next((m for m in range(arms + 1, min(n, arms + 5)) if tokens[m].norm == "to"), None)
        if to is None:
            continue
        receiver = next(
            (
                u
                for u in view.units
                if to < u.tok_start <= to + 3 and _helped(view, u.code) and u.code != speaker
            ),
            None,
        )
        if receiver is None or not receiver.code:
            continue
        floor = clause_floor(tokens, d)
        if d > 0 and tokens[d - 1].norm == "our":
            at = d
        else:
            we = next((m for m in range(d - 1, max(floor, d - 9) - 1, -1) if tokens[m].norm == "we"), None)
            if we is None or not any(t.norm in _WE_DELIVER for t in tokens[we + 1 : d]):
                continue
            at = we + 1
        polarity = polarity_of(tokens, at, view.patterns, floor=floor)
        if polarity is Polarity.HYPOTHETICAL or any(t.norm in _TOPIC for t in tokens[floor:at]):
            continue
        roles = Roles((speaker,), (receiver.code,), (tok.start, receiver.end))
        return Finding(EventType.AID, "", roles, polarity, tok.start, tokens[arms].end, tok.text)
    return None


# --- "our militaries are cooperating", "building it together with Turkish partners" -----------------------

_OUR_GROUPS = words(
    "countries states governments ministries agencies militaries military ministers departments services "
    "companies businesses specialists experts scientists regions parliaments navies forces"
)
_COOPERATING = words(
    "cooperate cooperating co-operate co-operating collaborate collaborating interact interacting"
)
_WORKING_VERBS = words("work working")
_CLOSE = words("closely together jointly hand actively successfully effectively constructively")


def our_bodies_cooperate(view: CommitmentView) -> Finding | None:
    """COOPERATE of the speaker and the document's other side told by "our militaries are cooperating
    closely", "our governments work together", "our two countries' specialists are interacting
    successfully". Work to come or wished ("should cooperate", "will work together") is not read."""
    tokens = view.tokens
    n = len(tokens)
    for k, tok in enumerate(tokens):
        if tok.norm != "our" or k + 2 >= n:
            continue
        g = k + 1
        while g < n and g < k + 5 and tokens[g].norm not in _OUR_GROUPS:
            if tokens[g].norm not in words("two countries' defence foreign law-enforcement relevant"):
                break
            g += 1
        if g >= n or tokens[g].norm not in _OUR_GROUPS:
            continue
        j = g + 1
        while j < n and tokens[j].norm in _WE_FILLERS | _BE:
            j += 1
        if j >= n:
            continue
        verb = tokens[j].norm
        close = verb in _WORKING_VERBS and j + 1 < n and tokens[j + 1].norm in _CLOSE
        if verb not in _COOPERATING and not close:
            continue
        floor = clause_floor(tokens, k)
        sides = _meeting_sides(view)
        if len(sides) < 2 or not _asserted(view, j, floor):
            continue
        return _finding(sides, tok, tokens[j], tokens[j].text)
    return None


_WITH_PARTNERS = words("with")


def built_with_partner(view: CommitmentView) -> Finding | None:
    """COOPERATE of a builder and its partner told by "X is building the plant together with Turkish
    partners", "we are implementing the project jointly with Hungarian companies": the subject's side (or
    the speaker's for "we") and the side named after "together with"/"jointly with"."""
    tokens = view.tokens
    n = len(tokens)
    for k, tok in enumerate(tokens):
        if tok.norm not in _JOINTLY or k + 2 >= n or tokens[k + 1].norm not in _WITH_PARTNERS or k < 2:
            continue
        partner = next(
            (u for u in view.units if k + 1 < u.tok_start <= k + 4 and _is_side(view, u.code)),
            None,
        )
        if partner is None or not partner.code:
            continue
        floor = clause_floor(tokens, k)
        verb = next((m for m in range(k - 1, max(floor, k - 10) - 1, -1) if tokens[m].norm in _BUILD), None)
        if verb is None or not _object_is_work(tokens, verb):
            continue
        i = verb - 1
        while i >= floor and tokens[i].norm in _AUX:
            i -= 1
        if i < floor:
            continue
        if tokens[i].norm == "we":
            doer = view.speaker if _is_side(view, view.speaker) else None
        else:
            unit = next((u for u in view.units if u.tok_end == i + 1 and _is_side(view, u.code)), None)
            if unit is None:
                unit = next(
                    (
                        u
                        for u in view.units
                        if floor <= u.tok_start and u.tok_end <= i + 1 and _is_side(view, u.code)
                    ),
                    None,
                )
            doer = unit.code if unit is not None else None
        if not doer or doer == partner.code or not _asserted(view, verb, floor):
            continue
        return _finding((doer, partner.code), tokens[verb], tokens[partner.tok_end - 1], tok.text)
    return None


_QUICK = (
    _GOING | _GONE | _FINITE | _CONTINUES | _BEARS | _BECOME | _COVERS,
    _HELP | words("support"),
    words("we our"),
    _COOPERATING | _WORKING_VERBS,
)
"""The word sets :func:`may_read` tests joined, once for all sentences."""
_FIRST_WORDS = _COOPERATION | _BUILD | _COMMISSIONS | _WITH | _DELIVERY | _JOINTLY | {"we", "our"}
"""The first word set of each test in :func:`may_read`: a sentence with none of them passes no test."""
