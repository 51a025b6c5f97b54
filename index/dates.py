"""The time a question asks about ("gestern", "letzte Woche", "im Oktober 2021", "last week"), as
a range of days, read against a given today; and the question without those words.

German and English, typed as on a phone: any case, umlauts as ae/oe/ue or left out ("maerz",
"marz"), dots left out where a month name says it ("5 oktober 2021"; a date in figures needs
its dots: "5.10.2021", "am 5.10"). A weekday, a day or a month without a year means the most
recent one that has been ("am Montag" asked on a Monday: a week ago; "im Dezember" asked in
November: last year's). Words that only look like time are left alone: "samstags", "2000 Euro",
"10.15 Uhr", "may I ask", "morgen" (no release is from tomorrow)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

EARLIEST_YEAR = 1990  # a four-digit number from here to today's year can be a year


@dataclass(frozen=True)
class DateRange:
    """The days a question's time words mean, first and last included."""

    first: dt.date
    last: dt.date
    words: str = ""  # the question's words that name it, as typed: "letzte Woche"

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.first <= day <= self.last


def date_range_of(question: str, today: dt.date) -> DateRange | None:
    """The days the question asks about, or None when it names no time."""
    return split_time_words(question, today)[0]


def split_time_words(question: str, today: dt.date) -> tuple[DateRange | None, str]:
    """The days the question asks about (None: it names no time) and the question without the
    words that name them, which would otherwise be searched for as terms ("gestern")."""
    found = _time_phrases(question, today)
    if not found:
        return None, question
    dates = found[0].dates
    for phrase in found[1:]:  # "am Montag letzte Woche": the days both name, if any
        first, last = max(dates.first, phrase.dates.first), min(dates.last, phrase.dates.last)
        if first <= last:
            dates = DateRange(first, last)
    words = " ".join(question[p.start : p.end] for p in found)
    rest, end = [], 0
    for phrase in found:
        rest.append(question[end : phrase.start])
        end = phrase.end
    rest.append(question[end:])
    return DateRange(dates.first, dates.last, words), " ".join("".join(rest).split())


# --- words -----------------------------------------------------------------------------------

_MONTHS = {
    1: r"januar|jaenner|jänner|january|jan",
    2: r"februar|february|feb",
    3: r"m(?:ä|ae|a)rz|march|mrz|mar",
    4: r"april|apr",
    5: r"mai|may",
    6: r"juni|june|jun",
    7: r"juli|july|jul",
    8: r"august|aug",
    9: r"september|sept|sep",
    10: r"oktober|october|okt|oct",
    11: r"november|nov",
    12: r"dezember|december|dez|dec",
}
# Month names that are also other words (English "may", "march"; the name "August") or
# abbreviations: a month only beside a day, a year or "im"/"in".
_AMBIGUOUS_MONTHS = frozenset(
    {"may", "march", "august", "jan", "feb", "mar", "mrz", "apr", "jun", "jul", "aug", "sep"}
    | {"sept", "okt", "oct", "nov", "dez", "dec"}
)
_MONTH = "|".join(f"(?:{names})" for names in _MONTHS.values())
_WEEKDAYS = {
    0: r"montag|monday|mon",
    1: r"dienstag|tuesday|tue",
    2: r"mittwoch|wednesday|wed",
    3: r"donnerstag|thursday|thu",
    4: r"freitag|friday|fri",
    5: r"samstag|sonnabend|saturday|sat",
    6: r"sonntag|sunday|sun",
}
_WEEKDAY = "|".join(f"(?:{names})" for names in _WEEKDAYS.values())
_NUMBER_WORDS = {
    "ein": 1, "einen": 1, "einem": 1, "einer": 1, "eine": 1, "one": 1, "a": 1, "an": 1,
    "zwei": 2, "two": 2, "drei": 3, "three": 3, "vier": 4, "four": 4, "fuenf": 5, "fünf": 5,
    "funf": 5, "five": 5, "sechs": 6, "six": 6, "sieben": 7, "seven": 7, "acht": 8, "eight": 8,
    "neun": 9, "nine": 9, "zehn": 10, "ten": 10, "elf": 11, "eleven": 11, "zwoelf": 12,
    "zwölf": 12, "twelve": 12, "vierzehn": 14, "fourteen": 14,
}  # fmt: skip
_COUNT = r"\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_DAY_TIME = (
    r"(?:\s*(?:morgen|fr(?:ü|ue|u)h|vormittag|mittag|nachmittag|abend|nacht|"
    r"morning|afternoon|evening|night))?"
)
_LAST = r"(?:letzte[nrms]?|vergangene[nrms]?|vorige[nrms]?|last|past|previous)"
_THIS = r"(?:diese[nrms]?|this|current)"


# --- days and ranges --------------------------------------------------------------------------


def _day(today: dt.date, days_ago: int) -> DateRange:
    day = today - dt.timedelta(days=days_ago)
    return DateRange(day, day)


def _week_of(day: dt.date) -> DateRange:
    monday = day - dt.timedelta(days=day.weekday())
    return DateRange(monday, monday + dt.timedelta(days=6))


def _month_of(year: int, month: int) -> DateRange:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return DateRange(dt.date(year, month, 1), following - dt.timedelta(days=1))


def _months_back(today: dt.date, count: int) -> DateRange:
    index = today.year * 12 + today.month - 1 - count
    return _month_of(index // 12, index % 12 + 1)


def _year_of(year: int) -> DateRange:
    return DateRange(dt.date(year, 1, 1), dt.date(year, 12, 31))


def _until_today(dates: DateRange, today: dt.date) -> DateRange:
    return DateRange(dates.first, min(dates.last, today))


def _recent_month(month: int, today: dt.date) -> DateRange:
    """The month, this year when it has begun, else last year's."""
    return _month_of(today.year if month <= today.month else today.year - 1, month)


def _recent_weekday(weekday: int, today: dt.date) -> dt.date:
    """The last such weekday before today: "am Montag" asked on a Monday means a week ago."""
    return today - dt.timedelta(days=(today.weekday() - weekday - 1) % 7 + 1)


def _recent_weekend(today: dt.date, completed: bool) -> DateRange:
    """This weekend when today is part of it (unless only a completed one will do), else the
    one before."""
    if today.weekday() >= 5 and not completed:
        saturday = today - dt.timedelta(days=today.weekday() - 5)
    else:
        saturday = today - dt.timedelta(days=today.weekday() + 2)
    return DateRange(saturday, saturday + dt.timedelta(days=1))


def _month_number(word: str) -> int:
    word = word.lower()
    return next(m for m, names in _MONTHS.items() if re.fullmatch(names, word))


def _weekday_number(word: str) -> int:
    word = word.lower()
    return next(d for d, names in _WEEKDAYS.items() if re.fullmatch(names, word))


def _count(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBER_WORDS[word]


def _year(text: str, today: dt.date) -> int | None:
    """A year as typed (2021 or 21), None when it is not a plausible one."""
    year = int(text)
    if len(text) == 2:
        year += 2000 if year <= today.year % 100 else 1900
    return year if EARLIEST_YEAR <= year <= today.year else None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _recent_date(month: int, day: int, today: dt.date) -> dt.date | None:
    """The day of the month this year if it is not after today, else last year."""
    this_year = _date(today.year, month, day)
    if this_year is not None and this_year <= today:
        return this_year
    return _date(today.year - 1, month, day)


# --- phrases ----------------------------------------------------------------------------------

Resolve = Callable[[re.Match, dt.date], DateRange | None]


def _explicit_day(match: re.Match, today: dt.date) -> DateRange | None:
    day, month = int(match["day"]), match["month"]
    month = int(month) if month.isdigit() else _month_number(month)
    if match["year"]:
        year = _year(match["year"], today)
        date = _date(year, month, day) if year else None
    else:
        date = _recent_date(month, day, today)
    return DateRange(date, date) if date else None


def _numeric_day(match: re.Match, today: dt.date) -> DateRange | None:
    if not (match["year"] or match["dot"] or match["at"]):
        return None  # "um 10.15" is a time of day; "am 5.10" and "5.10." are days
    return _explicit_day(match, today)


def _weekday_of_last_week(match: re.Match, today: dt.date) -> DateRange:
    monday = _week_of(today - dt.timedelta(weeks=1)).first
    day = monday + dt.timedelta(days=_weekday_number(match["weekday"] or match["weekday2"]))
    return DateRange(day, day)


def _month_year(match: re.Match, today: dt.date) -> DateRange | None:
    month = _month_number(match["month"])
    if match["year"]:
        year = _year(match["year"], today)
        return _month_of(year, month) if year else None
    if match["month"].lower() in _AMBIGUOUS_MONTHS and not match["at"]:
        return None
    return _recent_month(month, today)


def _whole_year(match: re.Match, today: dt.date) -> DateRange | None:
    year = _year(match["year"], today)
    return _until_today(_year_of(year), today) if year else None


def _weekday(match: re.Match, today: dt.date) -> DateRange | None:
    weekday = match["weekday"]
    if weekday.lower() in _SHORT_WEEKDAYS and not match["at"]:
        return None  # "sun", "sat", "mon": words too, a weekday only after "on", "last" …
    day = _recent_weekday(_weekday_number(weekday), today)
    return DateRange(day, day)


def _ago(match: re.Match, today: dt.date) -> DateRange | None:
    count = _count(match["count"] or match["count2"])
    unit = (match["unit"] or match["unit2"]).lower()
    if unit.startswith(("tag", "day")):
        return _day(today, count)
    if unit.startswith(("woche", "week")):
        return _week_of(today - dt.timedelta(weeks=count))
    if unit.startswith(("monat", "month")):
        return _months_back(today, count)
    return _year_of(today.year - count) if today.year - count >= EARLIEST_YEAR else None


_UNIT_DAYS = {"tag": 1, "day": 1, "woche": 7, "week": 7, "monat": 30, "month": 30}
FEW = 3  # "in den letzten Tagen", "the past days": this many


def _recent_days(match: re.Match, today: dt.date) -> DateRange:
    unit = next(v for k, v in _UNIT_DAYS.items() if match["unit"].lower().startswith(k))
    count = _count(match["count"]) if match["count"] else FEW
    return DateRange(today - dt.timedelta(days=count * unit), today)


def _fixed(resolve: Callable[[dt.date], DateRange]) -> Resolve:
    return lambda match, today: resolve(today)


# "seit"/"since" before any phrase: from its first day until today.
_SINCE = r"(?P<since>(?:seit|since)\s+)?"
# A preposition and an article before a phrase, which go with it when it is taken out.
_AT = (
    r"(?:(?P<at>am|im|in|an|on|vom|von|from|during|over|(?:ue|ü|u)bers|im\s+jahr"
    r"|in\s+the\s+year|last|letzten|vergangenen|diesen|this)\s+)?"
    r"(?:(?:der|den|dem|the)\s+)?"
)
_DAY_OF = r"(?P<day>\d{1,2})(?:\.|st|nd|rd|th)?(?:\s+of)?"
_PHRASES: list[tuple[str, Resolve]] = [
    (  # 05.10.2021, 5.10.21, 5.10., am 5.10
        r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})"
        r"(?:\.(?P<year>\d{4}|\d{2})(?![\d.,])|(?P<dot>\.)(?!\d)|(?![\d.,]))",
        _numeric_day,
    ),
    (r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})", _explicit_day),  # 2021-10-05
    (  # 5. Oktober 2021, 5 oktober, the 5th of October 2021
        rf"{_DAY_OF}\s*(?P<month>{_MONTH})\.?(?:,?\s+(?P<year>\d{{4}}))?",
        _explicit_day,
    ),
    (  # October 5, 2021; oct 5th
        rf"(?P<month>{_MONTH})\.?\s+{_DAY_OF}(?!\d)(?:,?\s+(?P<year>\d{{4}}))?",
        _explicit_day,
    ),
    (rf"(?P<month>{_MONTH})\.?(?:\s+(?P<year>\d{{4}}))?", _month_year),  # Oktober 2021
    (  # 2021: a plausible year, not an amount ("2000 Euro") nor part of a number
        r"(?<![\d.,/-])(?P<year>(?:19|20)\d\d)(?![\d.,/-])(?!\s*(?:euro|eur|€|\$|dollar|km"
        r"|kg|m|meter|prozent|%|stück|stueck|menschen|personen|leute|people|mal|x)(?!\w))",
        _whole_year,
    ),
    (rf"vorgestern{_DAY_TIME}|day\s+before\s+yesterday", _fixed(lambda t: _day(t, 2))),
    (rf"gestern{_DAY_TIME}|yesterday{_DAY_TIME}", _fixed(lambda t: _day(t, 1))),
    (
        rf"heute{_DAY_TIME}|today|tonight|this\s+(?:morning|afternoon|evening)",
        _fixed(lambda t: _day(t, 0)),
    ),
    (
        r"(?:letzte|vergangene|diese)\s+nacht|last\s+night",
        _fixed(lambda t: DateRange(t - dt.timedelta(days=1), t)),
    ),
    (
        r"vorletzte[nrms]?\s+woche|week\s+before\s+last",
        _fixed(lambda t: _week_of(t - dt.timedelta(weeks=2))),
    ),
    (rf"{_LAST}\s+(?:woche|week)", _fixed(lambda t: _week_of(t - dt.timedelta(weeks=1)))),
    (rf"{_THIS}\s+(?:woche|week)", _fixed(lambda t: _until_today(_week_of(t), t))),
    (rf"{_LAST}\s+(?:monat|month)", _fixed(lambda t: _months_back(t, 1))),
    (rf"{_THIS}\s+(?:monat|month)", _fixed(lambda t: _months_back(t, 0))),
    (rf"{_LAST}\s+(?:jahr|year)", _fixed(lambda t: _year_of(t.year - 1))),
    (rf"{_THIS}\s+(?:jahr|year)", _fixed(lambda t: _until_today(_year_of(t.year), t))),
    (rf"{_LAST}\s+(?:wochenende|weekend)", _fixed(lambda t: _recent_weekend(t, True))),
    (rf"(?:{_THIS}\s+)?(?:wochenende|weekend)", _fixed(lambda t: _recent_weekend(t, False))),
    (  # vor drei Tagen, 3 days ago, vor einer Woche, two weeks ago
        rf"vor\s+(?P<count>{_COUNT})\s+(?P<unit>tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)"
        rf"|(?P<count2>{_COUNT})\s+(?P<unit2>days?|weeks?|months?|years?)\s+ago",
        _ago,
    ),
    (  # in den letzten 3 Tagen, the past three days, seit drei Tagen
        rf"(?:(?:in\s+den\s+)?{_LAST}|seit)\s+(?:(?P<count>{_COUNT})\s+)?"
        r"(?P<unit>tagen|wochen|monaten|days|weeks|months)",
        _recent_days,
    ),
    (  # Montag letzte Woche, letzte Woche am Montag, monday last week, last week on monday
        rf"(?P<weekday>{_WEEKDAY})\s+(?:(?:in\s+)?der\s+|of\s+)?{_LAST}\s+(?:woche|week)"
        rf"|{_LAST}\s+(?:woche|week)\s+(?:am\s+|on\s+)?(?P<weekday2>{_WEEKDAY})",
        _weekday_of_last_week,
    ),
    (rf"(?P<weekday>{_WEEKDAY})", _weekday),  # am Montag, seit Montag, last Monday, on monday
]
_COMPILED = [
    (re.compile(rf"(?<!\w){_SINCE}{_AT}(?:{pattern})(?!\w)", re.IGNORECASE), resolve)
    for pattern, resolve in _PHRASES
]
# Three-letter weekdays are words too ("sun", "sat"): a weekday only after "on", "last" …
_SHORT_WEEKDAYS = frozenset({"mon", "tue", "wed", "thu", "fri", "sat", "sun"})


@dataclass(frozen=True)
class _Phrase:
    start: int
    end: int
    dates: DateRange


def _time_phrases(question: str, today: dt.date) -> list[_Phrase]:
    """The time phrases of the question, in the order they are written; of phrases that
    overlap, the one that starts first, and the longest of those."""
    found: list[_Phrase] = []
    for pattern, resolve in _COMPILED:
        for match in pattern.finditer(question):
            dates = resolve(match, today)
            if dates is None or dates.first > today:
                continue
            if match["since"]:
                dates = DateRange(dates.first, today)
            found.append(_Phrase(match.start(), match.end(), dates))
    chosen: list[_Phrase] = []
    for phrase in sorted(found, key=lambda p: (p.start, -p.end)):
        if not chosen or phrase.start >= chosen[-1].end:
            chosen.append(phrase)
    return chosen
