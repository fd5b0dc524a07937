"""Events that ordinary news sentences show are not events between political actors: the precision
filters for real-news text, run after :mod:`detente.coding.nonevents` on a sentence's final list.

News bodies carry far more sentences about working life, animals, interviews and private matters than
about acts between states, and their verbs look like political acts. The news gold codes acts between
states, organisations and generic political groups (police, protesters, opposition, militants, rebels),
and a party's or campaign's criticism inside one state; a profession alone is no political side. Each
filter below removes one family wherever its cue appears, not one sentence:

- **Only a profession involved.** An event whose sides are professions or trades only (workers, doctors,
  students), or one of them with the other side not named, and that is no strike, march or attack: "the
  doctors encouraged him to walk", "teachers encouraged the pupils to read", "unions threw their support
  behind the rezoning plan", "workers rounded up the goats". A strike or a protest by workers stays, as
  does an act aimed at a state or a political group, or at an office of state the dictionary could not
  name ("Doctors accused the government of ...").
- **An interview is no meeting.** "spoke to Radio Free Europe", "told the weekly Die Zeit", "talking to the
  BBC": a talk with a newspaper, a broadcaster or a programme is an interview, no consultation.
- **Animals.** An attack, a round-up or a shooting whose object or doer is an animal ("culled the
  badgers", "rounded up the goats", "a bear attacked a hiker"): no one political acted or was acted on.
- **A purpose or a possibility, not an act.** An act inside "so that they can ..." ("give Ukraine help so
  that it can negotiate an end to the war") or told as what generic people "can be" subjected to ("women
  can be harassed or attacked on the way home"): neither reports an act that took place.
- **Complaints about things.** "complained about the smoke", "complaining of the noise": a complaint whose
  object names no actor is a grievance about conditions, not an accusation against a side.
- **Demolition by a local authority.** "the county will raze the buildings", "the council demolished the
  old market": urban works, no attack.
- **A noun, not an act.** "finances" as a noun ("vice president of fleet, finances and alliances", "its
  finances"): no funding given.
- **A wish.** A material act someone is "eager to", "keen to" or "wants to" do ("seemed eager to ship weapons
  to Kyiv"): a wish, not the act (verbal acts wished, "I want to thank ...", are done by saying so).
- **Not done.** An act someone is "unwilling to" or "unable to" do, or their "refusal to" do it; an act shown
  in a deepfake or a doctored video; what happens "when we protest" (the present of habit).
- **Sport and trade.** Fans or supporters protesting in a sentence about a club or a match; a firm leaving
  a market or a tender ("withdrew from the Chinese market"); something offered to customers or at a price,
  to no one named; a trip "for work" or "on holiday".
- **Private life.** A relative or a friend acting ("My best friend asked me to ...", "her husband
  threatened to leave"), or a sentence about cakes, birthdays and dinners, with no office of state in it
  and no counterpart named: its people are no political actors, whatever the dictionary makes of their
  names ("Sharon" is not Israel's prime minister in a recipe blog).

:func:`kept_events` is called once per sentence; each test is a few token-set lookups near the trigger.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.ontology import EventType
from detente.coding.patterns import Token, words
from detente.coding.units import Unit

if TYPE_CHECKING:
    from detente.coding.coder import Event

__all__ = ["kept_events"]

_CLAUSE_END = frozenset({".", ";", ":", "!", "?", "—", "–"})

# --- only a profession involved --------------------------------------------------------------------------
_PROFESSIONS = frozenset({"workers", "medical workers", "doctors", "nurses", "unions", "students"})
"""Codes the dictionary gives people by their work or study: a side only when they strike or march."""
_CROWD_ACTS = frozenset({EventType.PROTEST, EventType.ASSAULT})
"""A strike, a march, a riot, an attack on them: kept whoever the sides are."""
_INDUSTRIAL = words("strike strikes walkout walkouts stoppage protest protests demonstration demonstrations")
_OFFICES = words(
    "government governments ministry ministries minister ministers parliament authorities president premier "
    "officials state regime cabinet administration congress senate lawmakers legislators police army "
    "military junta chancellor king"
)

# --- an interview is no meeting ----------------------------------------------------------------------------
_TALK_WORDS = words(
    "spoke speaks speak speaking talked talking told tells tell telling interview interviewed"
)
_MEDIA_WORDS = words(
    "radio television tv newspaper newspapers weekly magazine broadcaster broadcasters podcast tabloid "
    "bbc cnn msnbc nbc cbs fox reuters afp bloomberg politico axios tass interfax xinhua al-jazeera "
    "aljazeera npr pbs itv euronews"
)
"""Words that name a news outlet wherever they stand in the phrase after "spoke to" (not "programme",
"show" or "network", which follow "talks with Iran on its nuclear ..." as often)."""
_MEDIA_CODES = frozenset({"media", "journalists"})

# --- animals -----------------------------------------------------------------------------------------------
_ANIMALS = words(
    "animal animals livestock wildlife cattle cow cows bull bulls calf calves sheep goat goats pig pigs boar "
    "boars horse horses donkey donkeys camel camels dog dogs puppy puppies cat cats chicken chickens poultry "
    "hen hens bird birds pigeon pigeons duck ducks geese wolf wolves bear bears deer fox foxes badger badgers "
    "rat rats mice monkey monkeys ape apes elephant elephants lion lions tiger tigers leopard leopards shark "
    "sharks whale whales dolphin dolphins snake snakes crocodile crocodiles alligator alligators "
    "rabbit rabbits kangaroo kangaroos"
)
_ANIMAL_TYPES = frozenset({EventType.ASSAULT, EventType.COERCE, EventType.SANCTION, EventType.THREATEN})
_SKIPPABLE = words(
    "the a an some several many dozens hundreds thousands of stray wild feral his her their its our two three "
    "four five ten all more than"
)

# --- purpose or possibility ---------------------------------------------------------------------------------
_PURPOSE_MODALS = words("can could may might will would")
_POSSIBILITY_MODALS = words("can could may might")
_ADVERBS = words("also often easily still even sometimes routinely regularly then")

# --- complaints about things --------------------------------------------------------------------------------
_COMPLAIN = words("complain complains complained complaining")

# --- demolition by a local authority ------------------------------------------------------------------------
_DEMOLISH = words(
    "raze razes razed razing demolish demolishes demolished demolishing bulldoze bulldozed tear"
)
_LOCAL_BODIES = words(
    "county counties council councils councillors municipality municipalities borough township mayor "
    "developer developers"
)
_PASSIVE = words("was were been being is are be")


def kept_events(tokens: Sequence[Token], units: Sequence[Unit], events: Sequence[Event]) -> list[Event]:
    """The sentence's ``events`` without those its ``tokens`` show are no events between political actors
    (see the module); ``units`` are the sentence's actor positions."""
    if not events:
        return []
    norms = [t.norm for t in tokens]
    return [e for e in events if not _dropped(tokens, norms, units, e)]


def _dropped(tokens: Sequence[Token], norms: Sequence[str], units: Sequence[Unit], event: Event) -> bool:
    at = _trigger_index(tokens, event)
    if _profession_only(norms, event, at):
        return True
    if at < 0:
        return False
    return (
        _interview(norms, units, event, at)
        or _animals(norms, event, at)
        or _purpose_or_possibility(norms, event, at)
        or _complaint_about_things(norms, units, event, at)
        or _local_demolition(norms, event, at)
        or _finances_noun(norms, event, at)
        or _desired(norms, event, at)
        or _fans_protest(norms, event, at)
        or _market_exit(norms, event, at)
        or _private_life(norms, event, at)
        or _not_done(norms, event, at)
        or _fabricated(norms, at)
        or _habitual_when(norms, at)
        or _private_trip(norms, event, at)
        or _sale_offer(norms, event, at)
    )


_LEISURE = words("work holiday holidays vacation vacations honeymoon skiing sightseeing shopping studies")


def _private_trip(norms: Sequence[str], event: Event, at: int) -> bool:
    """A trip "for work" or "on holiday" ("someone says they're flying to Paris for work"): private travel,
    no visit between actors."""
    if event.event is not EventType.CONSULT or event.mode != "visit":
        return False
    after = _after(norms, at, 10)
    return any(w in ("for", "on") and nxt in _LEISURE for w, nxt in itertools.pairwise(after))


_OFFER_WORDS = words("offer offers offered offering")
_SALE_WORDS = words(
    "price prices discount discounts fare fares customers shoppers guests clients buyers subscribers "
    "tourists visitors"
)


def _sale_offer(norms: Sequence[str], event: Event, at: int) -> bool:
    """Something offered for sale or to customers, to no one named ("hotels offer such stays at far
    lower rates", "the chain offered shoppers discounts"): trade, no promise between actors."""
    if event.target or norms[at] not in _OFFER_WORDS:
        return False
    return any(w in _SALE_WORDS for w in _after(norms, at, 12))


_UNWILLING = words("unwillingness reluctance inability unable unwilling reluctant refusal")


def _not_done(norms: Sequence[str], event: Event, at: int) -> bool:
    """An act someone is "unwilling to" or "unable to" do, or their "refusal to" do it ("CNN's unwillingness to
    back down"): not done (the refusal itself is a REJECT, coded by its own word)."""
    if event.event is EventType.REJECT:
        return False
    before = _before(norms, at, 2)
    return len(before) == 2 and before[1] == "to" and before[0] in _UNWILLING


_FABRICATED = words("deepfake deepfakes ai-generated doctored spoof parody")


_SHOWING = words("show shows showed showing shown depict depicts depicted depicting appeared appears")


def _fabricated(norms: Sequence[str], at: int) -> bool:
    """An act shown in a fabricated picture ("a deepfake showed the model express support for Israel", "a
    doctored video appeared to show ..."); "called the video doctored and attacked ..." tells an act."""
    before = [*_before(norms, at, 12), norms[at]]
    return any(w in _FABRICATED and any(v in _SHOWING for v in before[k + 1 :]) for k, w in enumerate(before))


_WHEN = words("when whenever")
_GENERIC_SUBJECTS = words("we you they people one")


def _habitual_when(norms: Sequence[str], at: int) -> bool:
    """ "When we protest, police are called": what happens whenever people act, no act on a day (the verb
    in the present: "when they protested" tells one)."""
    return (
        at >= 2
        and norms[at - 2] in _WHEN
        and norms[at - 1] in _GENERIC_SUBJECTS
        and not norms[at].endswith("ed")
    )


_OWNERS = words("my her his")
"""A person's own ("our friend", "their partners" are what states call each other)."""
_KIN = words(
    "mother father mom mum dad wife husband hubby son daughter sister brother neighbour neighbor boyfriend "
    "girlfriend cousin aunt uncle grandmother grandfather grandma grandpa fiance fiancee"
)
_KIN_ADJECTIVES = words("best oldest childhood late little older younger youngest")
_FRIENDS = words("friend friends")
_HOME_THINGS = words(
    "cake cakes recipe recipes birthday wedding honeymoon bride groom baby kitchen oven dessert cookies "
    "bake baked baking dinner lunch breakfast chocolate"
)


def _private_life(norms: Sequence[str], event: Event, at: int) -> bool:
    """Private life: a relative or a friend of the speaker's or of someone's acting ("My best friend asked
    me to ...", "her husband threatened to ..."), or a sentence about cakes, birthdays and dinners, with no
    office of state in it and no counterpart named: the people of such a story are no political actors,
    whatever their names ("Erdogan and his wife hosted Putin" names both sides and stays)."""
    if (event.source and event.target) or any(w in _OFFICES for w in norms):
        return False
    before = _before(norms, at, 6)
    for w, nxt in itertools.pairwise(before):
        if w in _OWNERS and (
            nxt in _KIN or (nxt in _KIN_ADJECTIVES and (_KIN | _FRIENDS).intersection(before))
        ):
            return True  # "her husband", "My best friend, Sharon,"
    return len(_HOME_THINGS.intersection(norms)) >= 2


_FANS = words("fans supporters ultras spectators season-ticket holders")
_SPORT_CUES = words(
    "club clubs stadium stadiums match matches kick-off referee tournament fixture derby football soccer "
    "rugby cricket basketball hockey baseball striker scorer goalkeeper"
)
"""Words of sport only ("team", "season", "league", "players" or "transfer" are as often political: "the
negotiating team", "election season", "Awami League supporters", "the transfer of power")."""


def _fans_protest(norms: Sequence[str], event: Event, at: int) -> bool:
    """Fans or supporters protesting in a sentence about a club or a match ("fans protested outside the
    stadium against the club's owners"): sport, not politics."""
    if event.event is not EventType.PROTEST:
        return False
    if not any(w in _FANS for w in _before(norms, at, 8)):
        return False
    return any(w in _SPORT_CUES for w in norms)


_MARKETS = words("market markets sponsorship sponsorships franchise tender auction bidding listing")


def _market_exit(norms: Sequence[str], event: Event, at: int) -> bool:
    """A firm leaving a market or a tender ("the airline withdrew from the Chinese market"): trade, no
    retreat."""
    return event.event is EventType.RETREAT and any(w in _MARKETS for w in _after(norms, at, 6))


_DESIRE = words("eager keen want wants wanted wanting wish wishes wished hope hopes hoped hoping")


_MATERIAL = frozenset(
    {
        EventType.AID,
        EventType.ASSAULT,
        EventType.COERCE,
        EventType.MOBILIZE,
        EventType.SANCTION,
        EventType.RETREAT,
        EventType.CONCEDE,
    }
)


def _desired(norms: Sequence[str], event: Event, at: int) -> bool:
    """A material act someone is eager or wants to do ("appeared eager to send aid"): a wish, not the act
    (a verbal act wished, "I want to thank ...", is performed by saying so and is left alone)."""
    if event.event not in _MATERIAL:
        return False
    before = _before(norms, at, 3)
    return len(before) >= 2 and before[-1] == "to" and before[-2] in _DESIRE


def _trigger_index(tokens: Sequence[Token], event: Event) -> int:
    """The token where the event's trigger starts (``-1`` when the event has no anchor in the tokens)."""
    start, end = event.anchor
    if end <= start:
        return -1
    for i, tok in enumerate(tokens):
        if tok.start >= start:
            return i if tok.start < end else -1
    return -1


def _after(norms: Sequence[str], at: int, width: int) -> list[str]:
    """Up to ``width`` tokens after ``at``, up to the clause's end."""
    out: list[str] = []
    for k in range(at + 1, min(len(norms), at + 1 + width)):
        if norms[k] in _CLAUSE_END:
            break
        out.append(norms[k])
    return out


def _before(norms: Sequence[str], at: int, width: int) -> list[str]:
    """Up to ``width`` tokens before ``at``, back to the clause's start (nearest last)."""
    out: list[str] = []
    for k in range(at - 1, max(-1, at - 1 - width), -1):
        if norms[k] in _CLAUSE_END:
            break
        out.append(norms[k])
    out.reverse()
    return out


def _profession_only(norms: Sequence[str], event: Event, at: int) -> bool:
    """One side a profession, the other unnamed, and no strike, march or attack; an office of state in the
    unnamed side's place ("accused the government of ...", "called on the ministry to ...") keeps it."""
    if event.event in _CROWD_ACTS:
        return False
    sides = {*event.source, *event.target}
    if not sides or not sides <= _PROFESSIONS:
        return False
    if event.source and event.target:
        return True  # "teachers encouraged the pupils to read": no political side at all
    if at < 0:
        return True
    if _INDUSTRIAL.intersection(_after(norms, at, 8)):
        return False  # "unions threatened a general strike", "the union ended its strike"
    unnamed = _after(norms, at, 8) if not event.target else _before(norms, at, 8)
    return not any(w in _OFFICES for w in unnamed)


def _interview(norms: Sequence[str], units: Sequence[Unit], event: Event, at: int) -> bool:
    """A talk with a newspaper, a broadcaster or a programme."""
    if event.event is not EventType.CONSULT or norms[at] not in _TALK_WORDS:
        return False
    after = _after(norms, at, 6)
    if after[:1] in (["to"], ["with"]):
        after = after[1:]
    elif norms[at] not in ("told", "tells", "tell", "telling", "interviewed"):
        return False
    if any(w in _MEDIA_WORDS for w in after[:4]):
        return True  # "spoke to the BBC", "told the Swiss weekly Die Weltwoche", "spoke to Radio Eins"
    return any(u.code in _MEDIA_CODES and at < u.tok_start <= at + 4 for u in units)


def _animals(norms: Sequence[str], event: Event, at: int) -> bool:
    """An animal as the object (nothing coded as the target) or the doer (nothing coded as the source)."""
    if event.event not in _ANIMAL_TYPES:
        return False
    for w in _after(norms, at, 6):
        if w in _ANIMALS:
            return True  # "shot a bear ... in Romania": the place is no target
        if w not in _SKIPPABLE and w not in ("up", "down", "off", "out"):
            break
    if not event.source:
        before = _before(norms, at, 3)
        return bool(before) and before[-1] in _ANIMALS
    return False


def _purpose_or_possibility(norms: Sequence[str], event: Event, at: int) -> bool:
    before = _before(norms, at, 8)
    # "so that they can negotiate": the purpose of another act
    for k in range(len(before) - 1):
        if before[k] == "so" and before[k + 1] == "that":
            rest = before[k + 2 :]
            if any(w in _PURPOSE_MODALS for w in rest) and "," not in rest:
                return True
    # "women can be harassed, attacked ...": what may befall people in general, with no state involved
    if any(c[:1].isupper() for c in (*event.source, *event.target)):
        return False
    back = [w for w in before if w not in _ADVERBS]
    tail = back[-4:]
    for k in range(len(tail) - 1):
        if tail[k] in _POSSIBILITY_MODALS and tail[k + 1] == "be":
            return all(w in (",", "or", "and") or w.endswith("ed") for w in tail[k + 2 :])
    return False


def _complaint_about_things(norms: Sequence[str], units: Sequence[Unit], event: Event, at: int) -> bool:
    if event.event is not EventType.ACCUSE or norms[at] not in _COMPLAIN:
        return False
    """A complaint "about" or "of" something whose phrase (to the next comma) names no actor but places
    ("complained of the smoke from burning fields in Pakistan"): a grievance about conditions."""
    after = _after(norms, at, 10)
    if after[:1] not in (["about"], ["of"]):
        return False
    phrase = after[: after.index(",")] if "," in after else after
    if any(w in _OFFICES for w in phrase):
        return False  # "complained about the government's new tax"
    stop = at + 1 + len(phrase)
    return not any(at < u.tok_start < stop and u.code is not None and not u.locative for u in units)


def _local_demolition(norms: Sequence[str], event: Event, at: int) -> bool:
    """A local authority or a developer razing buildings ("the county will raze the old mall"); what "was
    razed" names its victim before the verb, not its doer."""
    if event.event is not EventType.ASSAULT or norms[at] not in _DEMOLISH:
        return False
    if norms[at + 1 : at + 2] == ["gas"]:
        return False  # "tear gas"
    before = _before(norms, at, 5)
    return bool(before) and before[-1] not in _PASSIVE and any(w in _LOCAL_BODIES for w in before)


def _finances_noun(norms: Sequence[str], event: Event, at: int) -> bool:
    if event.event is not EventType.AID or norms[at] != "finances" or at == 0:
        return False
    return norms[at - 1] in (",", "and", "of", "its", "their", "his", "her", "public", "state", "the", "our")
