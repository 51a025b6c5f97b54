"""What a report says is not known yet: "Zur Ursache gibt es noch keine Hinweise" answers "warum
hat es gebrannt" only by saying so. The bot then says the releases do not tell, and quotes the
sentence, rather than show it as an answer."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from bot.answerable import QUESTION_WORD, asks_for_a_damage_or_price
from bot.cues import REASON_GIVEN
from bot.question import asks_doer, question_kind
from index.glossary import glossary_translations
from index.lexical import term_set

# Said of something asked: "ist noch unklar", "Noch unbekannt ist, wer", "keine Hinweise auf",
# "liegen bislang keine vor", "lässt sich nicht näher beziffern", "wird noch ermittelt" — not
# "ein unbekannter Täter", which tells who did it as far as anyone can.
_NOT_KNOWN = (
    r"(?:\b(?:unklar|unbekannt|ungeklärt|nicht bekannt|noch nicht (?:\w+ )?(?:fest|geklärt"
    r"|bekannt|klar|abschließend))\b|\bkeine (?:\w+ )?(?:Hinweise|Erkenntnisse|Informationen"
    r"|Angaben)\b|\bliegen (?:\w+ ){0,2}keine\b|\bnicht (?:näher |genau )?beziffer\w*"
    r"|\bwird (?:noch |derzeit |nun |jetzt )*ermittelt\b)"
)


def _said_not_known(topic: str, or_else: str = r"(?!)") -> re.Pattern[str]:
    """A sentence that says `topic` is not known, in either order (or matches or_else)."""
    return re.compile(rf"{topic}.*{_NOT_KNOWN}|{_NOT_KNOWN}.*{topic}|{or_else}")


_TAKEN_ASKED = re.compile(
    r"\b(geklaut|gestohlen|mitgenommen|entwendet|erbeutet|klauen|stehlen|stolen|steal|stole"
    r"|took|taken|take|nick|nicked|grabbed|beute|loot|(?:he)?rausgeholt|geholt|mitgehen lassen"
    # "what did the burglar get away with", "did they get anything out of the tresor"
    r"|(?:get|got|made|make) (?:away|off) with|(?:get|got) (?:anything|something|stuff) out of"
    # "winnenden imbiss spielautomaten how much did they get"
    r"|how much (?:did|do|have|had) (?:they|he|she|the \w+) (?:get|got|make|made)\W*$)\b"
)


def _asks_what_was_taken(question: str) -> bool:
    lowered = question.lower()
    return question_kind(question) in ("what", "stolen", "money", "how_many") and bool(
        _TAKEN_ASKED.search(lowered)
    )


# What was in something or is missing from it: "was war in dem tresor drin", "was fehlt jetzt aus
# dem tresor", "what was inside the safe".
_CONTENTS_ASKED = re.compile(
    r"\bwas (?:war|ist|lag|befand sich)\b.*\bdrin\b|\bwas fehlt\b|\bwhat(?:'s| is| was) missing\b"
    r"|\bwhat was (?:in|inside)\b"
)


# How much was in something, or whether anything is missing from it: "how much cash was in the
# tresor", "war im aufgebrochenen tresor was drin? wieviel", "fehlt eigentlich was aus dem
# tresor" (answered by a sentence about that thing only: "wieviel kohle war in der
# geldkassette" is told).
_AMOUNT_IN_ASKED = re.compile(
    r"\bhow much\b.*\bwas in\b|\bwie ?viel\b.*\bwar\b.*\b(?:in|im|drin)\b"
    r"|\bfehlt\b.*\b(?:was|etwas|irgendwas)\b|\bwar\b.*\b(?:was|etwas|irgendwas)\b.*\bdrin\b"
)


def _whether_taken(about: str = "") -> re.Pattern[str]:
    """A sentence that says it is not known yet whether anything was taken (from what the
    pattern `about` matches): "Ob aus einem aufgebrochenen Tresor etwas mitgenommen wurde, muss
    noch eine Inventur des Ladenbesitzers ergeben"."""
    return re.compile(
        rf"^Ob\b[^.]*{about}[^.]*\b(?:mitgenommen|entwendet|gestohlen|erbeutet|fehlt)\b[^.]*,\s*"
        r"(?:muss|müssen|wird|werden|ist|bleibt)\b[^.]*\b(?:ergeben|klären|geklärt|unklar"
        r"|ermittelt|geprüft|prüfen|offen)\b"
    )


def _whether_taken_from_what_is_asked(question: str) -> re.Pattern[str]:
    """A sentence that says it is not known whether anything was taken from what the question
    names: "was haben die aus dem tresor mitgenommen", not "was haben die einbrecher in bad
    cannstatt mitgenommen", which the sentences before tell ("haben Bargeld gestohlen")."""
    return _whether_taken(rf"\b(?i:{_words_named(_TAKEN_ASKED.sub(' ', question.lower()))})")


def _words_named(text: str) -> str:
    """The text's words that are search terms and, as a question may be asked in English of a
    German report, their German words ("the safe" is "Tresor"), as alternatives of a pattern."""
    words = [w for w in re.findall(r"\w+", text) if term_set(w)]
    words += [german for found in glossary_translations(words).values() for german in found]
    return "|".join(map(re.escape, words)) or "(?!)"


# Whether two deeds were done by the same people: "were the same ppl behind the wiesloch
# gartencenter and the ladenburg baumschule break ins", "hängt das zusammen".
_CONNECTION_ASKED = re.compile(
    r"\b(?:same (?:ppl|people|guys|ones|gang|group|thieves|burglars|perpetrators)|connected"
    r"|linked|related|zusammen(?:hang|hängen|hängt|haengt)\w*|die ?selben|die gleichen)\b"
)
# "Ob ein Tatzusammenhang mit Einbrüchen in eine Baumschule … besteht, ist Gegenstand der
# Ermittlungen"
_CONNECTION_NOT_KNOWN = re.compile(
    r"^Ob\b.*\b(?:Tatzusammenhang|Zusammenhang)\b.*\b(?:Gegenstand (?:der|weiterer) Ermittlungen"
    r"|(?:wird|werden) (?:derzeit |noch )?geprüft|(?:ist|bleibt) (?:noch )?(?:unklar|offen))"
)


# A question whether something was so ("was that a political thing or not", "war das politisch
# motiviert"), which a report may answer only by saying it is not known, wherever it says so:
# "Ob die Täter politisch motiviert gehandelt haben, ist derzeit auch Gegenstand der
# polizeilichen Ermittlungen", "Ob dies einem etwaigen Alkoholkonsum geschuldet war, lässt sich
# nicht sagen".
_WHETHER_ASKED = re.compile(
    r"\b(?:was|is|were|war|ist|waren) (?:that|it|this|das|es|dies)\b|\b(?:or not|oder nicht)\b"
)
# A question word makes it no yes-or-no question: "wann war das", and German "was": "was war das
# für ne diskussion" (not English "was that …").
_GERMAN_WHAT = re.compile(r"\bwas\b(?! (?:that|it|this|the|he|she|they|there)\b)")
_WHETHER_NOT_KNOWN = (
    r",\s*(?:ist|bleibt|muss|wird|werden|lässt sich)\b.*"
    r"\b(?:Gegenstand|unklar|offen|ungeklärt|geprüft|ermittelt|klären|geklärt|nicht sagen)\b"
)


def whether_not_known(question: str, report: Iterable[str]) -> str | None:
    """The sentence of the report that says it is not known whether what the question names was
    so, if the question asks whether it was, or how much was in what it names; else None."""
    lowered = question.lower()
    if _AMOUNT_IN_ASKED.search(lowered):
        said = _whether_taken_from_what_is_asked(question)
    elif _WHETHER_ASKED.search(lowered) and not any(
        word.search(lowered) for word in (QUESTION_WORD, _GERMAN_WHAT)
    ):
        said = re.compile(rf"^Ob\b.*\b(?i:{_words_named(lowered)})\w*.*{_WHETHER_NOT_KNOWN}")
    else:
        return None
    return next((sentence for sentence in report if said.search(sentence)), None)


# Someone who did a deed and is not known: "unbekannte Täter", "Ein Unbekannter",
# "gegen einen bislang unbekannten Täter".
_UNKNOWN_DOER = re.compile(
    r"\b(?:(?:bislang|bisher|noch) )*unbekannte[nmrs]? (?:Täter\w*|Dieb\w*|Einbrecher\w*"
    r"|Vandalen|Fahrzeugführer\w*|Fahrer\w*|Unfallverursacher\w*)\b"
    # "Auffällig war der schwankende Gang des Unbekannten"
    r"|\b(?:[Ee]in|[Dd]er|[Dd]ie|des) (?:(?:bislang|bisher|noch) )*Unbekannte[nr]?\b"
)


def _asks_who_did_it(question: str) -> bool:
    return question_kind(question) == "who" and asks_doer(question)


def _sought_for(question: str) -> re.Pattern[str]:
    """Witnesses sought who can tell who did the deed asked about: "Zeugen, die Hinweise auf die
    Person oder Personen geben können, die das Stationierungszeichen …" (not who removed the oil
    spill the same report tells of)."""
    return re.compile(
        r"\b(?:Zeugen,? die )?Hinweise (?:auf|zu) (?:den|die) (?:Person|Täter|Verursacher)"
        rf"[^,.]*, (?:die|der) [^,.]*\b(?i:{_words_named(question.lower())})"
    )


_ARSON_ASKED = re.compile(
    r"\b(?:angezündet|angesteckt|abgefackelt|(?:feuer|brand) gelegt|torched|set (?:\w+ )?on fire"
    r"|set fire to|started the fire)\b",
    re.I,
)
# How long someone is out of work: "how many weeks will the cop be off work", "wie lange fällt
# der polizist aus".
_TIME_OFF_ASKED = re.compile(
    r"\b(?:off work|out of action|off duty|dienstunfähig|dienstfähig|krankgeschrieben|ausfallen"
    r"|fällt \w+(?: \w+)? aus)\b",
    re.I,
)

# What a question asks -> a sentence saying that is not known, or what makes one of the question.
_TOLD_NOT_KNOWN: list[
    tuple[Callable[[str], bool], re.Pattern[str] | Callable[[str], re.Pattern[str]]]
] = [
    # "Die Brandursache ist noch unklar", "Warum der Fahrer abkam, ist unklar", "aus noch
    # ungeklärter Ursache"
    (
        lambda question: question_kind(question) == "why",
        _said_not_known(
            r"(?:\b\w*[Uu]rsache\w*|\bGrund\b|\bHintergr(?:und|ünde)\w*|\b[Ww]arum|\b[Ww]eshalb"
            r"|\b[Ww]ieso|\b[Ww]ie es zu)",
            or_else=r"\b(?:unklar|unbekannt|ungeklärt)\w* (?:Ursache|Gr(?:u|ü)nde?n?)\b",
        ),
    ),
    # "Noch unbekannt ist, wer …", "Wer die Reifen entsorgt hat, ist noch unklar": who did it,
    # said as such (not any sentence that names a thief and something unknown: "Informationen
    # über mögliches Diebesgut liegen keine vor" does not tell who investigates)
    (
        lambda question: question_kind(question) == "who",
        re.compile(
            r"\b(?:unbekannt|unklar|ungeklärt|nicht bekannt) ist,? wer\b"
            r"|^[Ww]er\b[^.]*,\s*(?:ist|bleibt) (?:\w+ ){0,2}(?:unklar|unbekannt|ungeklärt|offen)"
        ),
    ),
    # who did it, where the report knows no more than "unbekannte Täter": "Holzdielen, welche
    # durch unbekannte Täter entzündet worden waren", "Ein Unbekannter beschädigte …" (not "ein
    # anderer, bislang unbekannter Mann", which tells someone the police were told of)
    (_asks_who_did_it, _UNKNOWN_DOER),
    (_asks_who_did_it, _sought_for),
    # who set a fire, where even its cause is unknown: "Aus bislang unbekannter Ursache geriet …
    # ein frisch gemähter Acker … in Brand" (not who caused an accident: "aus ungeklärter
    # Ursache kam der 30-Jährige von der Fahrbahn ab" names him)
    (
        lambda question: question_kind(question) == "who" and bool(_ARSON_ASKED.search(question)),
        re.compile(r"\b[Aa]us (?:(?:bislang|bisher|noch) )*(?:unbekannter|ungeklärter) Ursache\b"),
    ),
    # how long someone is out, where the report gives no span: "Ein Beamter … wird die nächste
    # Zeit nicht dienstfähig sein" for "how many weeks will the injured cop be off work"
    (
        lambda question: (
            question_kind(question) in ("duration", "how_many")
            and bool(_TIME_OFF_ASKED.search(question))
        ),
        re.compile(r"\b(?:die nächste Zeit|vorerst|bis auf [Ww]eiteres|auf unbestimmte Zeit)\b"),
    ),
    # "Wie die Tatverdächtigen in das Gebäude gelangten, ist derzeit noch nicht klar"
    (
        lambda question: question_kind(question) == "way_in",
        re.compile(
            r"^Wie\b.*\b(?:gelangt\w*|eingedrungen|hinein\w*|herein\w*|eingestiegen|Zutritt)"
            r".*,\s*(?:ist|bleibt) (?:\w+ ){0,3}(?:unklar|unbekannt|ungeklärt|offen|nicht klar)"
        ),
    ),
    # "Informationen über mögliches Diebesgut liegen bislang keine vor", "Was entwendet wurde …",
    # "Wie viel Geld daraus erbeutet werden konnte ist noch nicht bekannt"
    (
        _asks_what_was_taken,
        _said_not_known(
            r"(?:\b(?:Diebesgut|Beute|Stehlgut)\b|\b(?:[Ww]as|[Oo]b|[Ww]ie ?viel) (?:\w+ ){0,2}"
            r"(?:entwendet|gestohlen|erbeutet|mitgenommen)\b)"
        ),
    ),
    (_asks_what_was_taken, _whether_taken_from_what_is_asked),
    # "was war in dem aufgebrochenen tresor drin": "Ob aus einem aufgebrochenen Tresor etwas
    # mitgenommen wurde, muss noch eine Inventur des Ladenbesitzers ergeben"
    (
        lambda question: bool(_CONTENTS_ASKED.search(question.lower())),
        _whether_taken(),
    ),
    (lambda question: bool(_CONNECTION_ASKED.search(question.lower())), _CONNECTION_NOT_KNOWN),
    # "Der Sachschaden lässt sich bislang nicht näher beziffern"
    (asks_for_a_damage_or_price, _said_not_known(r"(?:\b\w*[Ss]chaden\w*|\bWert\b)")),
    # "eine bislang noch unbekannte Substanz geraucht"
    (
        lambda question: question_kind(question) in ("what", "drug"),
        re.compile(
            r"\b(?:bislang|bisher|noch) (?:noch )?unbekannte[nrs]? (?:Substanz|Flüssigkeit|Stoff"
            r"|Droge|Mittel|Gas|Pulver)\w*"
        ),
    ),
]


def not_known_statement(
    question: str, sentences: Iterable[str], highlights: Iterable[str] = ()
) -> str | None:
    """The first of the sentences shown as the answer that says what the question asks is not
    known (and holds none of the answer's highlights), or None."""
    patterns = [
        told if isinstance(told, re.Pattern) else told(question)
        for asks, told in _TOLD_NOT_KNOWN
        if asks(question)
    ]
    if not patterns:
        return None
    highlights = tuple(highlights)
    sentences = list(sentences)
    # a reason given as one beside it answers: "Der Grund, warum der 30-Jährige wegging, liegt
    # vermutlich darin, …" beside "kam das Auto aus unbekannten Gründen von der Fahrbahn ab"
    if question_kind(question) == "why" and any(
        REASON_GIVEN.search(sentence) and not any(p.search(sentence) for p in patterns)
        for sentence in sentences
    ):
        return None
    for sentence in sentences:
        # a highlight in what says it is not known is no answer: "Täter" of "unbekannte Täter"
        told = [pattern for pattern in patterns if pattern.search(sentence)]
        rest = sentence
        for pattern in told:
            rest = pattern.sub(" ", rest)
        if told and not any(highlight in rest for highlight in highlights):
            return sentence
    return None
