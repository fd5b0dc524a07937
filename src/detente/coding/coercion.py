"""What looks like a COERCE (a seizure, an arrest, a restriction) but is not one: another sense of the
trigger word ("seized power", "took over as chairman", "limited movement"), a means told only by its
purpose ("used tear gas to disperse them"), an act done to protest, a topic of another act ("referred the
crackdown on protesters to the court") and people captured in an attack already coded. Pure predicates
over a sentence's tokens, used by :mod:`detente.coding.coder` on COERCE triggers only.
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding import policing
from detente.coding.patterns import PREPOSITIONS, SCOPE_BREAK, Token, Trigger, canon_words
from detente.coding.units import Unit

_SEIZE_HEADS = canon_words(
    "seize seizes seized seizing take takes took taken taking capture captures captured capturing grab grabs "
    "grabbed grabbing occupy occupies occupied occupying"
)
_OTHER_SENSES = canon_words(
    "power initiative opportunity opportunities chance chances moment momentum imagination attention "
    "headlines lead reins helm presidency chairmanship post office role duties responsibility "
    "responsibilities command leadership position positions place seat seats niche mood spirit market "
    "markets share title"
)
"""What one "seizes", "takes over", "captures" or "occupies" without taking anything from anyone: a
power or office ("seized power" is a coup, "took over the presidency" a succession), a chance, a place."""
_TAKE_OVER_AFTER = canon_words("as in from at on with after when")
_FORCES = canon_words("forces troops army soldiers units military power powers authorities regime militants")


def other_sense(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A seizure verb in another sense: "the Taliban seized power", "seize the initiative", "took over as
    chairman", "peacekeepers to take over in Darfur", "occupies a special place", or "occupying" that
    describes the occupier ("the forces occupying the plant allowed ...", "the occupying power")."""
    head = tokens[trig.tok_start].norm
    if head not in _SEIZE_HEADS:
        return False
    after = [t.norm for t in tokens[trig.tok_end : trig.tok_end + 3]]
    inside = [t.norm for t in tokens[trig.tok_start + 1 : trig.tok_end]]
    obj = [w for w in (*inside, *after) if w not in ("the", "a", "an", "its", "their", "his", "her")]
    if obj and obj[0] in _OTHER_SENSES:
        return True
    if inside[-1:] == ["over"] and (
        not after or after[0] in _TAKE_OVER_AFTER or not tokens[trig.tok_end].is_word
    ):
        return True  # "to take over in Darfur", "took over as chairman", "took over." (no one's property)
    if head == "occupying":
        before = tokens[trig.tok_start - 1].norm if trig.tok_start else ""
        return before in _FORCES or (bool(after) and after[0] in _FORCES)
    return False


_AMOUNTS = canon_words("percent per % votes vote share majority plurality half third quarter fifth")
_WINNINGS = canon_words(
    "income wealth vote votes ballots seats market revenue revenues gdp economy earnings profits audience viewers"
)


def captured_amount(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A share won, not a thing seized: "the top 1 percent captured more than 14 percent of national
    income", "captured 40 percent of the vote", "took a third of the seats"; a share of land ("seized a
    third of Ukraine's territory", "captured half of Bakhmut") stays a seizure."""
    if tokens[trig.tok_start].norm not in _SEIZE_HEADS:
        return False
    after = tokens[trig.tok_end : trig.tok_end + 9]
    return any(t.norm in _AMOUNTS for t in after[:6]) and any(t.norm in _WINNINGS for t in after)


_SPAN_PLACES = canon_words("at near outside inside behind beside")


def object_elsewhere(tokens: Sequence[Token], trig: Trigger) -> bool:
    """The phrase's last word is not its object but a place in a gap ("closing the gate at the crossing"
    is no closure of the crossing): a place preposition the phrase does not spell stands in its gap."""
    spelt = {w for el in trig.match.phrase.elements for w in el.words}
    return any(
        t.norm in _SPAN_PLACES and t.norm not in spelt for t in tokens[trig.tok_start + 1 : trig.tok_end - 1]
    )


_ADJECTIVE_BEFORE = canon_words(
    "a an the is are was were be been of with under some limited any no its their"
)


def participle_adjective(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A past participle used as an adjective on the phrase's noun right after it: "what we see is limited
    movement of some units", "under restricted access" — no act of restricting."""
    i = trig.tok_start
    if not tokens[i].norm.endswith("ed") or i == 0 or trig.tok_end != i + 2:
        return False
    if tokens[i + 1].norm in PREPOSITIONS:
        return False  # "was charged with murder": a passive verb with its preposition, no noun to qualify
    return tokens[i - 1].norm in _ADJECTIVE_BEFORE


_MEANS_VERBS = canon_words(
    "send sends sent sending deploy deploys deployed deploying dispatch dispatched dispatches bring brings "
    "brought mobilise mobilised mobilize mobilized"
)
_USE = canon_words("use employ")
_HELP = canon_words("help helps helped helping assist")


def purpose_of_means(tokens: Sequence[Token], trig: Trigger) -> bool:
    """The act is only the purpose of forces sent or of a means to be used: "sent troops into Bahrain to
    help the rulers put down protests", "an order to use the army to suppress protests" — the sending (or
    the order) is the report; what it was for is not yet done. (A means used is told with its effect:
    "police used water cannon to break up a march" reports the break-up.)"""
    i = trig.tok_start - 1
    if i >= 1 and tokens[i].norm not in ("to",):
        # "to help the kingdom's rulers put down ...": the helped act
        helped = next((j for j in range(i, max(0, i - 6) - 1, -1) if tokens[j].norm in _HELP), None)
        if helped is None or helped == 0 or tokens[helped - 1].norm != "to":
            return False
        i = helped - 1
    if i < 1 or tokens[i].norm != "to":
        return False
    for j in range(i - 1, max(-1, i - 12), -1):
        norm = tokens[j].norm
        if norm in SCOPE_BREAK or norm in (",", ";", ":"):
            return False
        if norm in _MEANS_VERBS or (norm in _USE and j > 0 and tokens[j - 1].norm == "to"):
            return True
    return False


def done_to_protest(tokens: Sequence[Token], trig: Trigger) -> bool:
    """The act is the way a protest is made: "farmers blocked crossings to protest against imports" is
    the protest, not a restriction imposed by one actor on another."""
    for i in range(trig.tok_end, min(len(tokens) - 1, trig.tok_end + 10)):
        if tokens[i].norm in SCOPE_BREAK:
            return False
        if tokens[i].norm == "to" and tokens[i + 1].norm in ("protest", "demonstrate"):
            return True
    return False


_TOPIC_VERBS = canon_words(
    "refer refers referred referring investigate investigates investigated investigating probe probes "
    "probed examine examines examined discuss discusses discussed debate debated review reviewed document "
    "documented"
)
_INQUIRIES = canon_words("inquiry inquiries investigation investigations probe probes enquiry")


def topic_of_act(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A named crackdown or arrest that is what another act is about: "referred the crackdown on
    protesters to the International Criminal Court", "an inquiry into the arrests" — the referral or the
    inquiry is the report; who cracked down is not told here."""
    if trig.verbal:
        return False
    j = trig.tok_start - 1
    while j >= 0 and tokens[j].norm in ("the", "a", "an", "this", "that", "these", "its", "their"):
        j -= 1
    if j < 0:
        return False
    if tokens[j].norm in _TOPIC_VERBS:
        return True
    return tokens[j].norm == "into" and j > 0 and tokens[j - 1].norm in _INQUIRIES


_PEOPLE = canon_words(
    "soldiers others servicemen fighters militants civilians prisoners people men women troops officers "
    "policemen hostages sailors crew"
)


def captures_people(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A seizure whose object is people ("killed three soldiers and captured two others"): in an attack,
    taking people is part of the assault, not a seizure of property."""
    if tokens[trig.tok_start].norm not in _SEIZE_HEADS:
        return False
    for t in tokens[trig.tok_end : trig.tok_end + 4]:
        if t.norm in _PEOPLE:
            return True
        if not t.is_word or t.norm in PREPOSITIONS:
            return False
    return False


def misread(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A COERCE trigger that reports no coercion (see the predicates above)."""
    return (
        other_sense(tokens, trig)
        or object_elsewhere(tokens, trig)
        or participle_adjective(tokens, trig)
        or purpose_of_means(tokens, trig)
        or done_to_protest(tokens, trig)
        or topic_of_act(tokens, trig)
        or described_detainee(tokens, trig)
        or charged_with_duty(tokens, trig)
    )


_DUTIES = canon_words(
    "task tasks duty duties responsibility responsibilities mission job role overseeing leading organising "
    "coordinating implementing ensuring developing monitoring managing running supervising drafting "
    "preparing reviewing examining studying drawing finding designing setting building writing advising "
    "power energy electricity emotion emotions tension tensions meaning symbolism"
)


def charged_with_duty(tokens: Sequence[Token], trig: Trigger) -> bool:
    """ "charged with" in its other senses, a duty given or a thing filled: "a commission charged with
    drafting the law", "was charged with the task of organising the summit", "a speech charged with
    emotion" — no charge of a crime."""
    span = tokens[trig.tok_start : trig.tok_end]
    if not span or span[0].norm not in _CHARGED or span[-1].norm != "with":
        return False
    after = [t.norm for t in tokens[trig.tok_end : trig.tok_end + 3] if t.norm not in ("the", "a", "an")]
    return any(w in _DUTIES for w in after[:2])


_AFTER_PARTICIPLE = canon_words("in near at on over for of from during last earlier since after under by")
_FINITE_AUX = canon_words("were was are is have has had will would")
_NP_WORDS = canon_words(
    "the a an these those this that its their his her our two three four five six some several"
)
_NOT_HEADS = canon_words(
    "and or but who which that had has have was were is are be been being not never also then it they he she "
    "we i you him them us police authorities court forces troops army government"
)


def described_detainee(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A past participle describing the people it follows, not a new act: the subject of a later verb ("The
    four officers detained in Georgia were handed over ...") or the object of an earlier one ("hanged a
    man convicted over the protests"); "who had been blocked at the plant" (a past perfect passive)."""
    i = trig.tok_start
    if not trig.verbal or not tokens[i].norm.endswith("ed") or i < 2 or i + 1 >= len(tokens):
        return False
    if (
        tokens[i - 1].norm == "been"
        and tokens[i - 2].norm == "had"
        and i >= 3
        and tokens[i - 3].norm in ("who", "which")
    ):
        return True
    head = tokens[i - 1]
    if not head.is_word or head.norm in _NOT_HEADS or tokens[i + 1].norm not in _AFTER_PARTICIPLE:
        return False
    if tokens[i - 2].norm in ("that", "which", "whom"):
        return False  # "the vessels that Russia seized last week": a relative clause, its subject before the verb
    j = i - 2
    determined = False
    while j >= 0 and i - j <= 7 and _in_noun_phrase(tokens[j]):
        determined = determined or tokens[j].norm in _NP_WORDS
        j -= 1
    if not determined:
        return False
    if j < 0 or tokens[j].norm in (",", ";", ":"):
        return _finite_after(tokens, trig)  # the noun phrase opens its clause: its verb follows
    before = tokens[j]
    # "hanged a man convicted over ...": the object of a verb
    return before.is_word and before.text[:1].islower() and before.norm not in _NOT_HEADS


def _in_noun_phrase(tok: Token) -> bool:
    norm = tok.norm
    if norm in _NP_WORDS or norm == "'s":
        return True
    return (
        tok.is_word
        and norm not in _NOT_HEADS
        and norm not in PREPOSITIONS
        and not (tok.text[:1].islower() and norm.endswith("ed"))
    )


def _finite_after(tokens: Sequence[Token], trig: Trigger) -> bool:
    """A finite verb of the clause follows the participle's phrase ("... detained in Georgia were handed
    over"), so the participle is no verb of its own."""
    for k in range(trig.tok_end, min(len(tokens), trig.tok_end + 10)):
        norm = tokens[k].norm
        if norm in SCOPE_BREAK or norm in (",", ";", ":", "who", "which"):
            return False
        if norm in _FINITE_AUX:
            return True
    return False


_ARRESTING_BODIES = frozenset({"police", "authorities", "judiciary"})
_PASSIVE_AUX = canon_words("is are was were be been being")
_IRREGULAR_PARTICIPLES = canon_words("held kept put thrown brought sent caught")
_AUX_ADVERBS = canon_words(
    "also later subsequently reportedly allegedly then already eventually finally immediately initially since "
    "now not never"
)


def arresting_body(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> str | None:
    """Who made an arrest told in the passive with no "by" agent: the police, authorities or prosecutors
    the sentence gives as the source of the news ("a man was arrested and charged, police said", "two
    people have been arrested, the Metropolitan Police said", "according to police"). ``None`` when the verb is
    not a passive or the sentence names no such body. A body taken for the target of a passive ("police
    said the suspect was later arrested") is this doer, not the one arrested."""
    verb = tokens[trig.tok_start].norm
    if not (verb.endswith(("ed", "en")) or verb in _IRREGULAR_PARTICIPLES):
        return None  # "the following are arrest reports": a noun after "are", no passive
    i = trig.tok_start - 1
    while i >= 0 and tokens[i].norm in _AUX_ADVERBS:
        i -= 1
    if i < 0 or tokens[i].norm not in _PASSIVE_AUX:
        return None
    for unit in units:
        if unit.code in _ARRESTING_BODIES and _tells_the_news(tokens, unit):
            return unit.code
    return None


_TELLING = canon_words("said says say announced announces confirmed confirms told reported reports stated")


def _tells_the_news(tokens: Sequence[Token], unit: Unit) -> bool:
    """The body is who the news comes from: "..., police said", "police said the suspect ...",
    "according to police", not a body doing something else in the sentence ("as police conducted raids")."""
    after = tokens[unit.tok_end : unit.tok_end + 2]
    if after and (after[0].norm in _TELLING or (len(after) == 2 and after[1].norm in _TELLING)):
        return True
    before = [t.norm for t in tokens[max(0, unit.tok_start - 3) : unit.tok_start]]
    return "according" in before


def not_the_arrester(source: Sequence[str], target: Sequence[str]) -> tuple[str, ...]:
    """The targets of an arrest without the police or prosecutors that made it: a body named twice in the
    sentence ("police have made 378 arrests, the National Police Chiefs' Council said") is not arrested by
    itself. A state stays on both sides ("Egyptian authorities imprisoned his Egyptian relatives")."""
    return tuple(c for c in target if not (c in source and c in _ARRESTING_BODIES))


_BE_AUX = _PASSIVE_AUX - {"being"}  # "being" is read apart ("was being detained")
_PROGRESSIVE_AUX = canon_words("was were is are")
_PERSONS = canon_words(
    "man men woman women person people boy boys girl girls teenager teenagers teen teens youth youths "
    "suspect suspects driver drivers motorist motorists individual individuals male males female females "
    "juvenile juveniles adult adults pair couple trio he she they"
)
"""Heads of a passive subject that name private people: "a 26-year-old man was arrested"."""
_SUBJECT_STOPS = canon_words(
    "after before when while since because although though as if unless that which who whom whose where "
    "and or but said says told according what how"
)
_NOBODY_WORDS = canon_words("no nobody none neither")
_NORM_MODALS = canon_words("should must could would might may can ought to")
_NICKNAMED = canon_words("known dubbed nicknamed named called")
_SUBJECT_REACH = 25


def passive_subject(tokens: Sequence[Token], trig: Trigger) -> range | None:
    """The tokens of the subject of a passive coercion verb ("A 31-year-old woman was detained and charged",
    "Two people have been detained", "Cameron's attacker, Mohammed Sajid, known as 'Skinny', was jailed");
    ``None`` for an active verb, a gerund ("recalled him being arrested") or a subject naming no one ("no
    one has been charged"). Appositions between commas stay in the span; a conjunction, a subordinator, a
    relative or a reporting verb ends it."""
    i = trig.tok_start - 1
    while i >= 0 and tokens[i].norm in _AUX_ADVERBS:
        i -= 1
    if i < 0:
        return None
    aux = tokens[i].norm
    if aux == "being":
        if i == 0 or tokens[i - 1].norm not in _PROGRESSIVE_AUX:
            return None  # "recalled him being arrested": a memory of it, not a report
        i -= 1
    elif aux not in _BE_AUX:
        return None
    end = i
    while i > 0 and tokens[i - 1].norm in ("has", "have", "had", "will", "not", "never"):
        i -= 1
    if i > 0 and tokens[i - 1].norm in _NORM_MODALS:
        return None  # "people should be taken into custody": what ought to happen, no one's arrest
    j = i - 1
    while j >= 0 and end - j <= _SUBJECT_REACH:
        norm = tokens[j].norm
        if norm == "as" and j > 0 and tokens[j - 1].norm in _NICKNAMED:
            j -= 1  # "known as 'Skinny'": part of an apposition
        elif norm in _SUBJECT_STOPS or norm in SCOPE_BREAK or norm in (";", ":", "(", ")"):
            break
        j -= 1
    span = range(j + 1, i)
    if not span or any(tokens[k].norm in _NOBODY_WORDS for k in span):
        return None
    return span


def names_person(tokens: Sequence[Token], span: range) -> bool:
    """The span names private people: "a man", "two teenagers", "a 26-year-old", "he"."""
    return any(
        tokens[k].norm in _PERSONS or tokens[k].norm.endswith(("-year-old", "-years-old")) for k in span
    )


_PRIVATE_HEADS = canon_words(
    "owner owners manager managers boss bosses player players footballer footballers landlord landlords "
    "father mother son daughter husband wife brother sister"
)
"""Heads of an arrest's object that name private people besides :data:`_PERSONS` ("the owner and the
manager of a hostel", "a football player")."""
_LAW_BODIES = canon_words(
    "police policemen officers detectives agents marshals prosecutors investigators deputies sheriff"
)
"""Who makes an arrest of private people: the police, agents, marshals, prosecutors."""
_OBJECT_STOPS = canon_words(
    "in on at after for from over into under with who whom whose which that accused suspected tied "
    "as during near following when while because but said says according"
)
_CROWD_CASE = canon_words(
    "protest protests protesting protested rally rallies march marches marching demonstration "
    "demonstrations demonstrating riot riots rioting strike strikes"
)


def private_detainee(tokens: Sequence[Token], units: Sequence[Unit], trig: Trigger) -> bool:
    """The object of an active arrest by the police, agents or prosecutors names private people whom the
    dictionary does not know: "police detained the owner and the manager of a hostel", "took John Doe,
    21, into custody", "have charged three people with fraud". A known actor there ("arrested 40
    protesters"), a political case ("arrested the mayor") or a crowd in the sentence ("detained hundreds
    of people at the rally") leaves it alone."""
    if not any(t.norm in _LAW_BODIES for t in tokens[max(0, trig.tok_start - 8) : trig.tok_start]):
        return False
    if any(t.norm in _CROWD_CASE or t.norm in _POLITICAL_CASE for t in tokens):
        return False
    k = trig.tok_start + 1
    while k < len(tokens) and tokens[k].norm not in _OBJECT_STOPS and tokens[k].norm not in SCOPE_BREAK:
        if tokens[k].norm in (".", ";", ":", "(", ")", "—", "–"):
            break
        k += 1
    span = range(trig.tok_start + 1, k)
    if not span or any(u.code is not None and u.tok_start in span for u in units):
        return False
    if names_person(tokens, span) or any(tokens[i].norm in _PRIVATE_HEADS for i in span):
        return True
    # "took Dijon Williams, 21, into custody": a name told with its age
    return any(
        tokens[i].norm == "," and tokens[i + 1].norm.isdigit() and tokens[i + 2].norm == ","
        for i in range(span.start, k - 2)
    )


_LEGAL_WORDS = canon_words(
    "arrest arrests arrested arresting detain detains detained detaining custody jail jails jailed "
    "jailing imprison imprisons imprisoned imprisoning indict indicts indicted indicting apprehend apprehends "
    "apprehended apprehending remand remands remanded convict convicts convicted convicting"
)
"""Words that name an act of the law itself: an arrest, a charge, custody, a prison term."""


def legal_process(tokens: Sequence[Token], tok_start: int, tok_end: int) -> bool:
    """The words ``tokens[tok_start:tok_end]`` of an arrest phrase name the act of the law itself ("was
    arrested", "were charged with", "took him into custody", "was jailed for 18 years") in a political
    case (:data:`_POLITICAL_CASE`: "Two former officials are charged with misconduct", "were charged with
    spying for a foreign government"): a detention by the authorities though the sentence names no one on
    either side, unlike a bare "was killed" (an attack or an accident) or "was seized" (power, a chance, a
    ship). Ordinary crime ("A 26-year-old man was arrested, police said") is left out, as news coders do."""
    span = tokens[tok_start:tok_end]
    if not span or not (span[0].norm.endswith("ed") or span[0].norm in _IRREGULAR_PAST):
        return False  # a noun ("arrest and accident reports", "jail time", "the arrests") or a present
    if any(t.norm in _ANYONE for t in tokens[max(0, tok_start - 4) : tok_start]):
        return False  # "the bail of anyone who gets arrested": no one in particular
    if not political_case(tokens) and not policing.ordinary_arrest(tokens, tok_start, tok_end):
        return False  # "a driver arrested for speeding was found": no report of the arrest itself (s28)
    if any(t.norm in _LEGAL_WORDS for t in span):
        return True
    # "charge * with": the head alone is ambiguous ("charged the battery", "in charge of")
    return span[0].norm in _CHARGED and any(t.norm == "with" for t in span[1:])


_POLITICAL_CASE = canon_words(
    "official officials politician politicians mayor councillor councillors lawmaker lawmakers legislator "
    "legislators minister ministers governor senator diplomat diplomats activist activists journalist "
    "journalists dissident dissidents opposition protester protesters demonstrators espionage spying spy "
    "spies treason terrorism terrorist terrorists terror sedition subversion extremism extremist corruption "
    "bribery misconduct plot coup insurrection government"
)
"""Who is detained or what for, when it makes an arrest political news: officials, politicians, activists,
journalists, protesters, or charges of spying, terrorism, corruption and plots against the state."""
_NEWS_SOURCE_AFTER = canon_words("said say says told with from")
"""After a word of :data:`_POLITICAL_CASE`, these make it the source of the news ("officials said",
"officials with the police department"), not who is detained."""


def political_case(tokens: Sequence[Token]) -> bool:
    """The sentence names a political case (:data:`_POLITICAL_CASE`) other than as the source of the news."""
    return any(
        t.norm in _POLITICAL_CASE and not (k + 1 < len(tokens) and tokens[k + 1].norm in _NEWS_SOURCE_AFTER)
        for k, t in enumerate(tokens)
    )


_CHARGED = canon_words("charge charges charged charging")
_IRREGULAR_PAST = canon_words("took taken made held kept put sent threw thrown brought")
_ANYONE = canon_words("anyone anybody whoever everyone everybody")
