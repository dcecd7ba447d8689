"""Time expressions in a Doc and their resolution against the publication day.

Rules find the spans (relative words, weekdays, day + month names, years) from the
language's data file; dateparser parses absolute ones; each result has a precision and,
where vague, an earliest–latest window.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

import dateparser
from spacy.attrs import NORM
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ..lexicons import Lexicon
from ..nlp import norms, spaces, span_text, texts
from ..records import TimeSpan

YEAR = re.compile(r"^(19|20)\d\d$")
DAY = re.compile(r"^([1-9]|[12]\d|3[01])$")
RANGE = re.compile(r"^([1-9]|[12]\d|3[01])[-–]([1-9]|[12]\d|3[01])$")
DASHES = {"-", "–", "—"}
WIRE_DASHES = frozenset(DASHES | {"--"})  # what ends a wire dateline ('ANKARA (AA) -', 'Beijing (Xinhua) --')


@dataclass(frozen=True)
class DateMention:
    """A time expression at tokens [start, end) and what it means before resolution."""

    start: int
    end: int
    text: str
    kind: str                      # relative | window | weekday | absolute | year (a year named alone)
    value: tuple = ()


class DateFinder:
    """Finds time expressions with one language's date words."""

    def __init__(self, lexicon: Lexicon, vocab: Vocab) -> None:
        self.lex = lexicon
        data = lexicon.dates
        self.relative = {lexicon.fold(k): v for k, v in data.get("relative_days", {}).items()}
        self.windows = {lexicon.fold(k): tuple(v) for k, v in data.get("relative_windows", {}).items()}
        self.weekday_words = {lexicon.fold(w) for w in data.get("weekday_words", [])}
        order = data.get("day_month_order", "dmy")  # one order, or the usual one and the other: 'mdy|dmy'
        self.orders = order.split("|")
        self.range_words = {lexicon.fold(w) for w in data.get("range_words", [])} | DASHES
        self.stamp_labels = [lexicon.fold(w) for w in data.get("timestamp_labels", [])]
        alone = data.get("month_alone", {})
        self.month_before = {lexicon.fold(w) for w in alone.get("before", [])}
        self.month_after = {lexicon.fold(w) for w in alone.get("after", [])}
        self.month_after_lower = {lexicon.fold(w) for w in alone.get("after_lowercase", [])}
        year = data.get("year_alone", {})
        self.year_before = {lexicon.fold(w) for w in year.get("before", [])}
        self.year_after = {lexicon.fold(w) for w in year.get("after", [])}
        self.date_words = {vocab.strings.add(w) for w in list(lexicon.weekdays) + list(lexicon.months)
                           + list(lexicon.short_months)}
        counted = data.get("counted_offsets", {})
        self.units = {lexicon.fold(k): v for k, v in counted.get("units", {}).items()}
        self.numbers = {lexicon.fold(k): v for k, v in counted.get("numbers", {}).items()}
        self.offset_before = {lexicon.fold(k): v for k, v in counted.get("before", {}).items()}
        self.offset_after = {lexicon.fold(k): v for k, v in counted.get("after", {}).items()}
        deadline = data.get("deadline_words", {})
        self.deadline_before = {lexicon.fold(w) for w in deadline.get("before", [])}
        self.deadline_after = {lexicon.fold(w) for w in deadline.get("after", [])}
        self.matcher = PhraseMatcher(vocab, attr="NORM")
        for phrase in list(self.relative) + list(self.windows):
            self.matcher.add(phrase, [lexicon_doc(vocab, phrase)])

    def find(self, doc: Doc) -> list[DateMention]:
        """Every time expression in the Doc, longest first where they overlap."""
        found: list[DateMention] = []
        for match_id, start, end in self.matcher(doc):
            phrase = doc.vocab.strings[match_id]
            if phrase in self.relative:
                found.append(DateMention(start, end, span_text(doc, start, end), "relative", (self.relative[phrase],)))
            else:
                found.append(DateMention(start, end, span_text(doc, start, end), "window", self.windows[phrase]))
        ids, words = doc.to_array([NORM]).tolist(), norms(doc)
        for i in (i for i, norm in enumerate(ids) if norm in self.date_words):  # month and day names
            if words[i] in self.lex.weekdays:
                end = i + 2 if i + 1 < len(doc) and words[i + 1] in self.weekday_words else i + 1
                found.append(DateMention(i, end, span_text(doc, i, end), "weekday", (self.lex.weekdays[words[i]],)))
            elif words[i] in self.lex.months:
                absolute = self._absolute(doc, i)
                if absolute:
                    found.append(absolute)
            elif doc[i].text[:1].isupper():  # 'Feb 12': an abbreviation without its dot, beside a day only
                absolute = self._absolute(doc, i)
                if absolute and absolute.value[2]:
                    found.append(absolute)
        found += self._years_alone(doc) + self._counted(doc)
        return [m for m in _drop_weekdays_beside_dates(_longest(found))
                if not self._page_stamp(doc, m) and not self._deadline(doc, m) and not _wire_dateline(doc, m)]

    def _deadline(self, doc: Doc, mention: DateMention) -> bool:
        """A date a deadline word stands right beside ('until Sept. 21', "21 Eylül'e kadar"): the end of
        a period, not the time of an event."""
        words = norms(doc)
        after = words[mention.end:mention.end + 2]  # past a case suffix or the word for 'day' ("Eylül'e", 'Cuma gününe')
        return ((mention.start > 0 and words[mention.start - 1] in self.deadline_before)
                or any(w in self.deadline_after for w in after))

    def _counted(self, doc: Doc) -> list[DateMention]:
        """'in two weeks', 'three days ago', 'iki hafta sonra', '3 gün önce': a number of days or weeks
        from publication (language data counted_offsets), as that day."""
        if not self.units:
            return []
        words, written = norms(doc), texts(doc)
        found = []
        for i in range(1, len(doc)):
            unit = self.units.get(words[i])
            number = self.numbers.get(words[i - 1]) or (int(written[i - 1]) if written[i - 1].isdigit()
                                                         and len(written[i - 1]) <= 2 else None)
            if unit is None or not number:
                continue
            if i + 1 < len(doc) and words[i + 1] in self.offset_after:
                start, end, sign = i - 1, i + 2, self.offset_after[words[i + 1]]
            elif i > 1 and words[i - 2] in self.offset_before:
                start, end, sign = i - 2, i + 1, self.offset_before[words[i - 2]]
            else:
                continue
            found.append(DateMention(start, end, span_text(doc, start, end), "relative", (sign * number * unit,)))
        return found

    def _years_alone(self, doc: Doc) -> list[DateMention]:
        """'in 2023', '2023 yılında': a year named alone with a word that makes it the time of what is
        told (language data year_alone), as that whole year."""
        if not self.year_before and not self.year_after:
            return []
        words, written = norms(doc), texts(doc)
        found = []
        for i, text in enumerate(written):
            if len(text) != 4 or not YEAR.match(text):
                continue
            if i > 0 and words[i - 1] in self.year_before:
                found.append(DateMention(i - 1, i + 1, span_text(doc, i - 1, i + 1), "year", (int(text), 0, 0, 0)))
            elif i + 1 < len(doc) and words[i + 1] in self.year_after:
                found.append(DateMention(i, i + 2, span_text(doc, i, i + 2), "year", (int(text), 0, 0, 0)))
        return found

    def _page_stamp(self, doc: Doc, mention: DateMention) -> bool:
        """'Giriş: 16 Eylül 2025', 'Updated: July 10': the page's own time, not an event's."""
        words = norms(doc)[max(0, mention.start - 4):mention.start]
        return ":" in words and any(" ".join(words[:words.index(":")]).endswith(label) for label in self.stamp_labels)

    def _month_alone(self, doc: Doc, i: int, month: int) -> DateMention | None:
        """'in June', 'Haziran ayında', 'Mart'ta': a capitalised month with a word that makes it a time
        (language data month_alone), as a month whose year publication decides."""
        words, written = norms(doc), texts(doc)
        if not written[i][:1].isupper() and not (i + 1 < len(doc) and words[i + 1] in self.month_after_lower):
            return None  # ('eylül ayında': a month in lower case is one only with the word 'month' after it)
        if i > 0 and words[i - 1] in self.month_before:
            return DateMention(i, i + 1, span_text(doc, i, i + 1), "absolute", (0, month, 0, 0))
        if i + 1 < len(doc) and words[i + 1] in self.month_after:
            return DateMention(i, i + 2, span_text(doc, i, i + 2), "absolute", (0, month, 0, 0))
        return None

    def _absolute(self, doc: Doc, i: int) -> DateMention | None:
        """'16 Şubat (2025)', 'July 10(, 2024)', 'Şubat 2025': day, month, year (0 = unknown)."""
        month, words = self.lex.months.get(norms(doc)[i]) or self.lex.short_months[norms(doc)[i]], texts(doc)
        start, end, day, year, last = i, i + 1, 0, 0, 0
        for order in self.orders:  # the language's usual order first ('July 10'), then the other ('8 December')
            if order == "dmy" and i > 0 and DAY.match(words[i - 1]):
                start, day = i - 1, int(words[i - 1])
                if i > 2 and self.lex.fold(words[i - 2]) in self.range_words and DAY.match(words[i - 3]):
                    start, day, last = i - 3, int(words[i - 3]), day   # '3-5 Mart', '7 to 9 December'
            elif order == "dmy" and i > 0 and RANGE.match(words[i - 1]):
                first, second = RANGE.match(words[i - 1]).groups()
                start, day, last = i - 1, int(first), int(second)       # '12–14 Şubat'
            elif order == "mdy" and i + 1 < len(doc) and DAY.match(words[i + 1]):
                end, day = i + 2, int(words[i + 1])
                if i + 3 < len(doc) and self.lex.fold(words[i + 2]) in self.range_words and DAY.match(words[i + 3]):
                    end, last = i + 4, int(words[i + 3])             # 'March 3-5', 'December 7 and 9'
            if day:
                break
        if last and last <= day:
            last = 0
        j = end + 1 if end < len(doc) and words[end] == "," else end
        if j < len(doc) and YEAR.match(words[j]):
            end, year = j + 1, int(words[j])
        if not day and not year:
            return self._month_alone(doc, i, month)
        return DateMention(start, end, span_text(doc, start, end), "absolute", (year, month, day, last))


def _wire_dateline(doc: Doc, mention: DateMention) -> bool:
    """The date of a wire dateline opening a paragraph: a place, a comma, the date, then a dash, or a colon
    after the agency in brackets ('Brussels, 27 November 2015 - …', 'BRUSSELS, Nov 27 (MED) - …',
    'MOSCOW, June 19 (AFP): …'), or the date first, then the place in capitals between dashes ('07 April
    2013 – ISTANBUL –'). It is the story's date, as a page stamp is, not that of the event its first
    sentence tells, so it is left out. A date alone opening a line ('March 2014 - …', 'Monday: …' in a
    timeline or a programme) dates what follows it."""
    words, ws = texts(doc), spaces(doc)
    dashes = WIRE_DASHES

    def opens_a_line(i: int) -> bool:
        return i == 0 or "\n" in words[i - 1] + ws[i - 1]

    start, after = mention.start, mention.end
    if opens_a_line(start):  # '07 April 2013 – ISTANBUL –'
        return (after + 2 < len(doc) and words[after] in dashes and words[after + 1].isupper()
                and len(words[after + 1]) > 1 and any(w in dashes for w in words[after + 2:after + 5]))
    if start < 2 or words[start - 1] != ",":
        return False
    place = start - 1
    while place > 0 and not opens_a_line(place) and start - place <= 6:
        place -= 1
    before = words[place:start - 1]
    if not opens_a_line(place) or not before or not all(w[:1].isupper() or w in (",", ".") for w in before) \
            or any("\n" in w for w in ws[place:start]):
        return False  # ('Brussels, Belgium,', 'WASHINGTON, D.C.,': the place of the dateline, then its date)
    close = next((k for k in range(after + 1, min(len(doc), after + 6)) if words[k][:1] == ")"), None)
    if after < len(doc) and words[after] == "(" and close is not None:  # '(AA)', '(UNA/QNA)': the agency
        if words[close] == "):":
            return True  # ('(AFP):', one token)
        after = close + 1
        return after < len(doc) and (words[after] in dashes or words[after] == ":")
    return after < len(doc) and words[after] in dashes


def _month_year(published: date, month: int, future: bool) -> int:
    """The year of a month named alone: the nearest such month, not after publication for what
    happened, not before it for what is planned."""
    if future:
        return published.year + (month < published.month)
    return published.year - (month > published.month)


def _drop_weekdays_beside_dates(mentions: list[DateMention]) -> list[DateMention]:
    """'18 Eylül Perşembe günü', 'Tuesday, July 10': the weekday only repeats the date."""
    absolute = [m for m in mentions if m.kind == "absolute"]
    return [m for m in mentions if not (m.kind == "weekday" and any(
        abs(m.start - a.end) <= 1 or abs(a.start - m.end) <= 1 for a in absolute))]


def lexicon_doc(vocab: Vocab, phrase: str) -> Doc:
    """A Doc for a lexicon phrase with NORM set, so the PhraseMatcher compares norms."""
    doc = Doc(vocab, words=phrase.split())
    for tok in doc:
        tok.norm_ = tok.text
    return doc


def _longest(mentions: list[DateMention]) -> list[DateMention]:
    out: list[DateMention] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if all(m.end <= o.start or m.start >= o.end for o in out):
            out.append(m)
    return sorted(out, key=lambda m: m.start)


# -- resolution -------------------------------------------------------------------
UNKNOWN = TimeSpan(date.min, date.max, "unknown")

# When an article was published: a day, a period (a record that gives only '2004-12' or '2004'), or unknown.
Published = date | TimeSpan | None


def publication_period(day: date, precision: str) -> date | TimeSpan:
    """The publication day, or the whole month or year when only that is known."""
    if precision == "month":
        return TimeSpan(day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1]), "month")
    if precision == "year":
        return TimeSpan(date(day.year, 1, 1), date(day.year, 12, 31), "year")
    return day


def default_span(published: Published) -> TimeSpan:
    """No date in the text: the news is from the publication day or the day before; from the
    publication month or year when only that is known (unknown with no publication date)."""
    if published is None:
        return UNKNOWN
    if isinstance(published, TimeSpan):
        return published
    return TimeSpan(published - timedelta(days=1), published, "window")


def resolve(mention: DateMention, published: Published, lang: str, future: bool = False) -> TimeSpan:
    """Turn a time expression into a window of days, against the publication day. Against a
    publication month or year, a relative expression ('yesterday', 'on Friday') is only placed as
    far as that allows: the window holds every day it could mean."""
    if isinstance(published, TimeSpan) and mention.kind in ("absolute", "year"):
        return _absolute_in_period(mention, published, lang, future)
    if isinstance(published, TimeSpan):
        first = resolve(mention, published.earliest, lang, future)
        last = resolve(mention, published.latest, lang, future)
        return first if first == last else _spanning(first.earliest, last.latest, mention.text)
    if published is None:
        year, month, day, last = mention.value if mention.kind in ("absolute", "year") else (0, 0, 0, 0)
        return _absolute_span(mention, date(year, month or 1, day or 1), lang, future) if year else UNKNOWN
    if mention.kind == "relative":
        day = published + timedelta(days=mention.value[0])
        return TimeSpan(day, day, "day", mention.text)
    if mention.kind == "weekday":
        return TimeSpan(*(_weekday(published, mention.value[0], future),) * 2, "day", mention.text)
    if mention.kind == "window":
        return _clip(_window(mention, published), published, future)
    return _absolute_span(mention, published, lang, future)


def _absolute_in_period(mention: DateMention, period: TimeSpan, lang: str, future: bool) -> TimeSpan:
    """'3 January' in an article of December 2004: the nearest such day not after the period for a past
    event (2004-01-03), not before it for a planned one; a day that does not exist gives the period."""
    anchor = period.latest - timedelta(days=7) if not future else period.earliest + timedelta(days=7)
    span = _absolute_span(mention, max(period.earliest, min(anchor, period.latest)), lang, future)
    return span if span.expression is not None else default_span(period)


def _spanning(earliest: date, latest: date, expression: str | None) -> TimeSpan:
    """A window of days, called a month or a year when it is exactly one."""
    if earliest.day == 1 and latest == earliest.replace(day=calendar.monthrange(earliest.year, earliest.month)[1]):
        return TimeSpan(earliest, latest, "month", expression)
    if (earliest.month, earliest.day, latest.month, latest.day) == (1, 1, 12, 31) and earliest.year == latest.year:
        return TimeSpan(earliest, latest, "year", expression)
    return TimeSpan(earliest, latest, "window", expression)


def _weekday(published: date, weekday: int, future: bool) -> date:
    delta = (weekday - published.weekday()) % 7
    return published + timedelta(days=delta) if future else published - timedelta(days=(7 - delta) % 7)


def _clip(span: TimeSpan, published: date, future: bool) -> TimeSpan:
    """'This week' of a past event ends at publication; of a planned one, starts there (a month or
    a year keeps its name: its ``date`` is that month or year)."""
    if span.precision != "window" or not span.earliest <= published <= span.latest:
        return span
    return replace(span, earliest=published) if future else replace(span, latest=published)


def _window(mention: DateMention, published: date) -> TimeSpan:
    span = _period(mention, published)
    part = mention.value[2] if len(mention.value) > 2 and mention.value[0] != "days" else 0
    if part and span.earliest <= published <= span.latest:  # 'earlier this year': up to publication;
        return replace(span, latest=published, precision="window") if part < 0 else replace(
            span, earliest=published, precision="window")  # 'later this month': from it on
    return span


def _period(mention: DateMention, published: date) -> TimeSpan:
    unit, *args = mention.value
    if unit == "days":
        return TimeSpan(published + timedelta(days=args[0]), published + timedelta(days=args[1]), "window", mention.text)
    if unit == "week":
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=args[0])
        return TimeSpan(monday, monday + timedelta(days=6), "window", mention.text)
    if unit == "month":
        year, month = divmod(published.year * 12 + published.month - 1 + args[0], 12)
        last = calendar.monthrange(year, month + 1)[1]
        return TimeSpan(date(year, month + 1, 1), date(year, month + 1, last), "month", mention.text)
    year = published.year + args[0]
    return TimeSpan(date(year, 1, 1), date(year, 12, 31), "year", mention.text)


def _absolute_span(mention: DateMention, published: date, lang: str, future: bool) -> TimeSpan:
    year, month, day, last = mention.value
    if not month:  # 'in 2023': the whole year
        return TimeSpan(date(year, 1, 1), date(year, 12, 31), "year", mention.text)
    if not day and not year:  # 'in June'
        year = _month_year(published, month, future)
    if day and last:  # a range of days: a window from the first to the last
        first_day = _guess_year(published, month, day, year, future)
        if first_day is not None:
            end_day = _safe(first_day.year, month, last)
            if end_day is not None:
                return TimeSpan(first_day, end_day, "window", mention.text)
    if not day:
        last = calendar.monthrange(year, month)[1]
        return TimeSpan(date(year, month, 1), date(year, month, last), "month", mention.text)
    if year:
        parsed = dateparser.parse(mention.text, languages=[lang], settings={
            "RELATIVE_BASE": datetime(published.year, published.month, published.day),
            "REQUIRE_PARTS": ["day", "month", "year"]})
        when = parsed.date() if parsed is not None else _guess_year(published, month, day, year, future)
    else:
        when = _guess_year(published, month, day, year, future)
    if when is None:
        return default_span(published)
    return TimeSpan(when, when, "day", mention.text)


def _guess_year(published: date, month: int, day: int, year: int, future: bool) -> date | None:
    """The rule layer behind dateparser: the nearest such day before (or after) publication."""
    try:
        if year:
            return date(year, month, day)
        when = date(published.year, month, day)
    except ValueError:
        return None
    # the nearest such day; a past-tense report may not look more than a few days ahead,
    # an announcement not more than a few days back
    candidates = [d for d in (_safe(when.year - 1, month, day), when, _safe(when.year + 1, month, day)) if d]
    allowed = [d for d in candidates if (d >= published - timedelta(days=7) if future else d <= published + timedelta(days=7))]
    return min(allowed or candidates, key=lambda d: abs((d - published).days))


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
