"""Merge and no-merge pairs for the resolve stage, on mentions written by hand."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kg.records import Entity, EventMention, Extraction, Participant, TimeSpan
from kg.errors import ConfigError
from kg.resolve import MergeConfig, resolve
from tests.conftest import make_article

DAY = TimeSpan(date(2025, 2, 17), date(2025, 2, 17), "day")
DAY_BEFORE = TimeSpan(date(2025, 2, 16), date(2025, 2, 16), "day")
WINDOW = TimeSpan(date(2025, 2, 16), date(2025, 2, 17), "window")   # undated news: the day or the day before
WEEK = TimeSpan(date(2025, 2, 10), date(2025, 2, 16), "window")     # 'last week': too vague to merge on


def mention(article, etype, keys, time=DAY, place=None, start=0):
    return EventMention(article_id=article, type=etype, trigger="t",
                        participants=tuple(Participant(k, "participant") for k in keys),
                        place=place, time=time, sentence="s", start=start, end=start + 1)


def people(*keys):
    return tuple(Entity(k, k.split(":")[1].replace("-", " ").title(), "person") for k in keys)


def run(*mentions, entities=(), config=None):
    by_article = {}
    for m in mentions:
        by_article.setdefault(m.article_id, []).append(m)
    extractions = [Extraction(make_article("x", "tr", article_id=a), tuple(entities), tuple(ms))
                   for a, ms in by_article.items()]
    return resolve(extractions, config)


A, B, C = "person:ali-kaya", "person:bob-stone", "person:cem-er"


@pytest.mark.parametrize("first, second, merged", [
    (mention("a1", "meeting", [A, B]), mention("a2", "meeting", [A, B]), True),
    (mention("a1", "meeting", [A, B]), mention("a2", "consultation", [B, A]), True),
    (mention("a1", "meeting", [A, B]), mention("a2", "meeting", [A, B], time=DAY_BEFORE), False),
    (mention("a1", "meeting", [A, B]), mention("a2", "meeting", [C]), False),
    (mention("a1", "meeting", [A, B], place="city:1"), mention("a2", "meeting", [A, B], place="city:2"), False),
    (mention("a1", "meeting", [A, B]), mention("a2", "phone_call", [A, B]), False),
    (mention("a1", "phone_call", [A, B]), mention("a2", "phone_call", [A, B], time=WINDOW), True),
    (mention("a1", "meeting", [A, B], time=WINDOW), mention("a2", "meeting", [A, B], time=WINDOW), True),
    (mention("a1", "meeting", [A, B], time=WEEK), mention("a2", "meeting", [A, B], time=WEEK), False),
    (mention("a1", "meeting", [A, B]), mention("a1", "meeting", [A], start=50), True),
    (mention("a1", "meeting", [A, B]), mention("a1", "hosting", [A, B], time=WINDOW, start=50), False),
])
def test_merge_pairs(first, second, merged):
    events = run(first, second).events
    assert (len(events) == 1) is merged


@pytest.mark.parametrize("consulted, met, events", [
    ([A, B], [A, B], 1),      # 'A, B discuss peace efforts' … 'A met B on Friday': the meeting discussed
    ([A, B, "country:TR"], [B, A], 1),
    ([A, C], [A, B], 2),      # what A discussed with C is not A's meeting with B
    ([A, B], [A], 2),         # a meeting of one named person is not known to be theirs
    ([A, B, C], [A, B], 2),   # two of three who talked meeting is a meeting of its own (C is not dropped)
])
def test_talks_told_before_the_meeting_they_were(consulted, met, events):
    talks = mention("a1", "consultation", consulted, time=WINDOW)
    meeting = mention("a1", "meeting", met, start=50)
    found = run(talks, meeting).events
    assert len(found) == events
    if events == 1:
        assert found[0].type == "meeting"


def test_talks_take_a_meeting_of_the_people_their_own_article_told():
    """Another article's three-way talks do not let this article's meeting of two of them join."""
    other = mention("a0", "consultation", [A, B, C])
    ours = mention("a1", "consultation", [A])
    meeting = mention("a1", "meeting", [B, C], start=50)
    assert len(run(other, ours, meeting).events) == 2


def test_talks_then_a_reception_then_the_meeting_are_one_occasion():
    talks = mention("a1", "consultation", [A, B], time=WINDOW)
    hosting = replace(mention("a1", "hosting", [], start=20),
                      participants=(Participant(A, "host"), Participant(B, "guest")))
    meeting = mention("a1", "meeting", [A, B], start=50)
    assert len(run(talks, hosting, meeting).events) == 1


def test_merged_event_keeps_every_source_and_the_most_precise_date():
    res = run(mention("a1", "meeting", [A, B], time=WINDOW), mention("a2", "meeting", [A, B]))
    (event,) = res.events
    assert {m.article_id for m in event.mentions} == {"a1", "a2"}
    assert event.time == DAY
    assert "shares" in event.reason


def test_turkish_and_english_reports_of_one_call_merge():
    tr = mention("tr-1", "phone_call", ["person:recep-tayyip-erdogan", "person:joe-biden"])
    en = mention("en-1", "phone_call", ["person:joe-biden", "person:recep-tayyip-erdogan"])
    assert len(run(tr, en).events) == 1


def test_surname_joins_the_only_full_name():
    ents = people("person:mark-rutte", "person:rutte")
    res = run(mention("a1", "meeting", ["person:rutte", B]), mention("a2", "travel", ["person:mark-rutte"]),
              entities=ents)
    keys = {p.key for e in res.events for p in e.participants}
    assert "person:rutte" not in keys and "person:mark-rutte" in keys
    assert "Rutte" in res.entities["person:mark-rutte"].labels


@pytest.mark.parametrize("surname, full", [
    ("person:zelenskiy", "person:volodymyr-zelenskyy"),   # one surname as two presses spell it
    ("person:reisi", "person:ebrahim-raisi"),              # vowels differ: no sound of one is the other's
])
def test_a_surname_spelt_another_way_joins_the_only_full_name_that_sounds_so(surname, full):
    res = run(mention("a1", "statement", [surname]), mention("a2", "travel", [full]), entities=people(surname, full))
    keys = {p.key for e in res.events for p in e.participants}
    assert (surname in keys) is (surname == "person:reisi")


def test_ambiguous_surname_stays_apart():
    ents = people("person:ali-kaya", "person:ayse-kaya", "person:kaya")
    res = run(mention("a1", "statement", ["person:kaya"]), entities=ents)
    assert res.events[0].participants[0].key == "person:kaya"


@pytest.mark.parametrize("articles_of_ali, joined", [(3, True), (1, False)])
def test_a_surname_alone_is_the_full_name_far_more_articles_write(articles_of_ali, joined):
    # 'Kaya' alone, where Ali Kaya is named in three articles and Ayşe Kaya in one, is Ali Kaya; as often, no one
    ali, ayse, kaya = people("person:ali-kaya", "person:ayse-kaya", "person:kaya")
    mentions = [mention(f"a{i}", "travel", ["person:ali-kaya"]) for i in range(articles_of_ali)]
    mentions += [mention("b1", "travel", ["person:ayse-kaya"]), mention("c1", "statement", ["person:kaya"])]
    entities = {f"a{i}": (ali,) for i in range(articles_of_ali)} | {"b1": (ayse,), "c1": (kaya,)}
    res = resolve(extractions_of(mentions, entities))
    speakers = {p.key for e in res.events if e.type == "statement" for p in e.participants}
    assert speakers == ({"person:ali-kaya"} if joined else {"person:kaya"})


def test_event_ids_are_stable_and_threshold_is_configuration():
    pair = (mention("a1", "meeting", [A, B]), mention("a2", "meeting", [A, C]))
    assert [e.id for e in run(*pair).events] == [e.id for e in run(*pair).events]
    assert len(run(*pair).events) == 2   # two bilateral meetings of A with different people
    assert len(run(*pair, config=MergeConfig(min_shared_across=1)).events) == 1


def test_one_person_written_two_ways_is_one_actor():
    ents = people("person:joe-biden", "person:joseph-r-biden")
    res = run(mention("a1", "phone_call", ["person:joe-biden", B]),
              mention("a2", "phone_call", ["person:joseph-r-biden", B]), entities=ents)
    assert len(res.events) == 1
    assert {p.key for p in res.events[0].participants} == {"person:joseph-r-biden", B}


def test_different_first_names_stay_two_people():
    ents = people("person:ali-kaya", "person:zeynep-kaya")
    res = run(mention("a1", "statement", ["person:ali-kaya"]), mention("a1", "statement", ["person:zeynep-kaya"], start=9),
              entities=ents)
    assert {p.key for e in res.events for p in e.participants} == {"person:ali-kaya", "person:zeynep-kaya"}


def test_a_consultation_inside_a_call_is_part_of_the_call():
    call = mention("a1", "phone_call", [A, B])
    talk = mention("a1", "consultation", [A, B], start=40)
    (event,) = run(call, talk).events
    assert event.type == "phone_call" and len(event.mentions) == 2


def test_an_agreement_between_states_is_made_by_their_officials_named_in_the_article():
    ents = (Entity("person:hu-jin", "Hu Jin", "person", affiliation="country:CN"),
            Entity("person:ana-lima", "Ana Lima", "person", affiliation="country:BR"),
            Entity("country:CN", "China", "country", country="CN"), Entity("country:BR", "Brazil", "country", country="BR"))
    lunch = mention("a1", "meeting", ["person:hu-jin", "person:ana-lima"])
    deal = mention("a1", "agreement", ["country:BR", "country:CN"], start=60)
    events = run(lunch, deal, entities=ents).events
    (agreement,) = [e for e in events if e.type == "agreement"]
    assert {p.key for p in agreement.participants} == {"country:BR", "country:CN", "person:hu-jin", "person:ana-lima"}


def test_merge_config_from_a_file(tmp_path):
    good = tmp_path / "merge.json"
    good.write_text('{"min_shared_across": 1, "max_window_days_across": 3}', encoding="utf-8")
    assert MergeConfig.from_file(good) == MergeConfig(min_shared_across=1, max_window_days_across=3)
    bad = tmp_path / "bad.json"
    bad.write_text('{"min_shared": 1}', encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown merge setting"):
        MergeConfig.from_file(bad)


def test_blocking_still_finds_a_match_inside_a_long_window():
    week = TimeSpan(date(2025, 2, 10), date(2025, 2, 16), "window")
    a = mention("a1", "meeting", [A, B], time=week)
    b = mention("a1", "meeting", [A, B], time=TimeSpan(date(2025, 2, 14), date(2025, 2, 14), "day"), start=30)
    assert len(run(a, b).events) == 1


def test_every_merge_has_a_reason_in_the_graph(extractor):
    import kg
    from tests.conftest import SEED

    rows = kg.build([SEED], extractor=extractor).query("merge-reasons")
    assert rows and all("shares" in r["reason"] or "same speaker" in r["reason"] for r in rows)


UNDATED = TimeSpan(date.min, date.max, "unknown")   # an article with no publication date and no date in the text
NEXT_WINDOW = TimeSpan(date(2025, 2, 17), date(2025, 2, 18), "window")


def speaking(article, keys, time, start=0):
    return EventMention(article_id=article, type="statement", trigger="said",
                        participants=tuple(Participant(k, "speaker") for k in keys),
                        place=None, time=time, sentence="s", start=start, end=start + 1)


def extractions_of(mentions, entities_by_article):
    by_article = {}
    for m in mentions:
        by_article.setdefault(m.article_id, []).append(m)
    return [Extraction(make_article("x", "tr", article_id=a), tuple(entities_by_article.get(a, ())), tuple(ms))
            for a, ms in by_article.items()]


def test_the_result_does_not_depend_on_the_order_of_the_articles():
    """A 'they discussed …' sentence is folded into its article's meeting whichever article reported
    the meeting first, and an actor's name does not depend on which article came first."""
    import random

    lula = {"a1": (Entity("person:luiz-inacio", "Luiz Inacio", "person", ("Luiz Inacio",)),),
            "b1": (Entity("person:luiz-inacio", "Luiz Inácio", "person", ("Luiz Inácio",)),)}
    lula_key = "person:luiz-inacio"
    mentions = [mention("a1", "meeting", [lula_key, B]), mention("b1", "meeting", [lula_key, B]),
                mention("b1", "consultation", [lula_key, B], start=40)]
    seen = set()
    for ids in (("a1", "b1"), ("b1", "a1")):
        renamed = {"a1": ids[0], "b1": ids[1]}
        batch = extractions_of([replace(m, article_id=renamed[m.article_id]) for m in mentions],
                               {renamed[k]: v for k, v in lula.items()})
        for _ in range(3):
            random.shuffle(batch)
            res = resolve(batch)
            assert [e.type for e in res.events] == ["meeting"]
            seen.add(res.entities[lula_key].name)
    assert seen == {"Luiz Inácio"}


def test_an_undated_report_takes_the_date_of_the_one_event_that_fits_it():
    res = run(mention("a1", "meeting", [A, B]), mention("a2", "meeting", [A, B], time=UNDATED))
    (event,) = res.events
    assert event.time == DAY and "undated" in event.reason


def test_an_undated_report_stays_apart_when_two_events_fit_it():
    res = run(mention("a1", "meeting", [A, B]), mention("a3", "meeting", [A, B], time=DAY_BEFORE),
              mention("a2", "meeting", [A, B], time=UNDATED))
    assert len(res.events) == 3


@pytest.mark.parametrize("first, second, published, merged", [
    (DAY, DAY, ("2025-02-17T09:00:00+03:00", "2025-02-17T10:00:00+03:00"), True),
    (DAY, WINDOW, ("2025-02-17T09:00:00+03:00", "2025-02-17T10:00:00+03:00"), True),
    (DAY_BEFORE, DAY, ("2025-02-17T09:00:00+03:00", "2025-02-17T10:00:00+03:00"), False),
    (WINDOW, WINDOW, ("2025-02-17T09:00:00+03:00", "2025-02-17T18:00:00+03:00"), True),
    # undated reports a day and a half apart, or most of a day: the speaker may have spoken twice
    (WINDOW, NEXT_WINDOW, ("2025-02-17T07:00:00+03:00", "2025-02-18T19:00:00+03:00"), False),
    (WINDOW, NEXT_WINDOW, ("2025-02-17T19:52:00-04:00", "2025-02-18T15:09:00-04:00"), False),
    # one evening's news on two sides of the date line: 23 minutes apart, local days differ
    (WINDOW, NEXT_WINDOW, ("2025-02-17T19:52:00-04:00", "2025-02-18T03:15:00+03:00"), True),
])
def test_undated_statements_in_two_articles_merge_only_when_published_within_a_day(first, second, published, merged):
    batch = [Extraction(make_article("x", "tr", published=when, article_id=a), (), (speaking(a, [A], time),))
             for a, time, when in zip(("a1", "a2"), (first, second), published)]
    assert (len(resolve(batch).events) == 1) is merged


@pytest.mark.parametrize("second, place, merged", [
    ([A], "city:1", True),     # one of the two leaders speaking there, a day later in print: their press conference
    ([A], "city:2", False),    # elsewhere: another statement
    ([A], None, False),        # unplaced: he may have spoken anywhere, any day
    ([A, B], "city:1", True),
])
def test_a_joint_press_conference_is_held_once(second, place, merged):
    published = ("2025-02-17T09:00:00+03:00", "2025-02-18T19:00:00+03:00")  # more than half a day apart
    said = [replace(speaking("a1", [A, B], WINDOW), place="city:1"), replace(speaking("a2", second, NEXT_WINDOW), place=place)]
    batch = [Extraction(make_article("x", "tr", published=when, article_id=m.article_id), (), (m,))
             for m, when in zip(said, published)]
    assert (len(resolve(batch).events) == 1) is merged


def test_of_two_spellings_as_full_the_one_more_articles_write_names_the_actor():
    """A typo in one article ('Revep Tayyip Erdogan') does not name the person the others spell right."""
    typo, right = people("person:revep-tayyip-erdogan", "person:recep-tayyip-erdogan")
    extractions = [Extraction(make_article("x", "tr", article_id=a), (ent,), (mention(a, "meeting", [ent.key, B]),))
                   for a, ent in (("a1", typo), ("a2", right), ("a3", right))]
    res = resolve(extractions)
    assert [e.name for e in res.entities.values() if e.kind == "person"] == ["Recep Tayyip Erdogan"]


def test_a_name_run_together_with_another_keeps_no_one_apart():
    """'Erdoğan Ahmed Şara' (two names run together) fits neither spelling of al-Sharaa: it stays apart,
    and the two spellings are one actor still."""
    keys = ("person:ahmad-al-sharaa", "person:ahmed-sara", "person:erdogan-ahmed-sara")
    ents = tuple(Entity(k, k.split(":")[1].replace("-", " ").title(), "person") for k in keys)
    res = run(*(mention(f"a{i}", "phone_call", [k, B]) for i, k in enumerate(keys)), entities=ents)
    assert sorted(res.entities) == ["person:ahmad-al-sharaa", "person:erdogan-ahmed-sara"]


@pytest.mark.parametrize("first, second", [
    ("person:kyriakos-mitsotakis", "person:kiryakos-micotakis"),   # Greek 'ts' is Turkish 'ç'
    ("person:katerina-sakellaropoulou", "person:katerina-sakelaropulu"),  # Greek 'ou' is Turkish 'u'
])
def test_greek_names_in_turkish_spelling_are_one_actor(first, second):
    ents = tuple(Entity(k, k.split(":")[1].replace("-", " ").title(), "person") for k in (first, second))
    res = run(mention("a1", "meeting", [first, B]), mention("a2", "meeting", [second, B]), entities=ents)
    assert len(res.entities) == 1 and len(res.events) == 1


def test_one_person_spelt_by_two_presses_is_one_actor():
    """'Xi Jinping' (English) and 'Şi Cinping' (Turkish) sound the same: one actor across the batch."""
    ents = (Entity("person:xi-jinping", "Xi Jinping", "person"), Entity("person:si-cinping", "Şi Cinping", "person"))
    res = run(mention("a1", "phone_call", ["person:xi-jinping", B]), mention("a2", "phone_call", ["person:si-cinping", B]),
              entities=ents)
    assert len(res.entities) == 1 and len(res.events) == 1
    assert next(iter(res.entities.values())).name == "Xi Jinping"  # the canonical key's name, not the accented one


@pytest.mark.parametrize("first, second, one", [
    ("person:jalal-talabani", "person:celal-talabani", True),   # the vowels another press hears
    ("person:nabil-haddad", "person:nebil-haddad", True),
    ("person:benjamin-haddad", "person:binyamin-haddad", True),  # a 'j' read as the glide 'y'
    ("person:yusuf-haddad", "person:jusuf-haddad", False),     # (too few consonants to tell)
    ("person:ali-haddad", "person:eli-haddad", False),          # too few consonants to tell
    ("person:samir-haddad", "person:nabil-haddad", False),      # two people of one family
    ("person:el-burhan", "person:abdulfettah-el-burhan", True),  # a particle is no first name
    ("person:ebrahim-raisi", "person:ibrahim-reisi", True),     # a surname's vowels too, the first names agreeing
    ("person:mohammed-bin-salman", "person:muhammed-bin-selman", True),
    ("person:al-sharaa", "person:ahmed-sara", True),             # 'sh' is Turkish 'ş'; a particle is no first name
    ("person:reza-raisi", "person:ibrahim-reisi", False),        # other first names: two people
    ("person:raisi", "person:reisi", False),                     # no first names to agree
])
def test_first_names_with_one_consonant_skeleton_are_one_person(first, second, one):
    ents = tuple(Entity(k, k.split(":")[1].replace("-", " ").title(), "person") for k in (first, second))
    res = run(mention("a1", "phone_call", [first, B]), mention("a2", "phone_call", [second, B]), entities=ents)
    assert (len(res.entities) == 1) is one


@pytest.mark.parametrize("second_step, events", [(0, 1), (1, 2)])
def test_a_hosting_for_a_meeting_in_one_sentence_is_one_event(second_step, events):
    """'X will host Y for a bilateral meeting' is one gathering; 'X hosted Y for dinner before the meeting'
    (another step of the sentence) is two."""
    hosting = replace(mention("a1", "hosting", [A, B]), sentence="one", start=5)
    meeting = replace(mention("a1", "meeting", [A, B]), sentence="one", start=5, step=second_step)
    assert len(run(hosting, meeting).events) == events


def test_an_undated_report_sharing_only_one_state_stays_apart():
    """'ABD ve Rusya savunma bakanları görüştü' (no date at all) is not the one US meeting of another article."""
    res = run(mention("a1", "meeting", ["country:US"]), mention("a2", "meeting", ["country:US", "country:RU"], time=UNDATED))
    assert len(res.events) == 2


@pytest.mark.parametrize("places, merged", [
    (("city:1", "city:1"), True),        # 'Toledo told the summit' in Cuzco: the summit held in Cuzco that day
    (("city:1", "city:2"), False),
    ((None, None), False),               # one shared state and nothing else: not known to be that event
    (("country:PE", "country:PE"), False),  # a whole country is too wide to stand for a second participant
])
def test_an_undated_report_in_the_same_city_sharing_one_participant_is_that_event(places, merged):
    dated = mention("a1", "meeting", ["country:PE", "country:BR", "country:CL"], place=places[0])
    undated = mention("a2", "meeting", ["country:PE", "person:ali-kaya"], time=UNDATED, place=places[1])
    assert (len(run(dated, undated).events) == 1) is merged


def test_undated_statements_of_a_month_or_a_year_are_not_merged():
    """Articles published only as '2004-12' or '2004' have no instant to compare: a whole month or year
    of one speaker's statements is not one statement."""
    from datetime import datetime

    month = TimeSpan(date(2004, 12, 1), date(2004, 12, 31), "month")
    batch = [Extraction(replace(make_article("x", "tr", published=None, article_id=a), published=datetime(2004, 12, 1),
                                published_precision="month"), (), (speaking(a, [A], month),)) for a in ("a1", "a2")]
    assert len(resolve(batch).events) == 2


def test_reports_hours_apart_do_not_chain_a_statement_across_days():
    """Each report is within half a day of the one before, but the first and the last are a day apart:
    they are not all one statement."""
    times = ("2025-02-17T08:00:00+00:00", "2025-02-17T17:00:00+00:00", "2025-02-18T02:00:00+00:00")
    batch = [Extraction(make_article("x", "tr", published=when, article_id=f"a{k}"), (),
                        (speaking(f"a{k}", [A], TimeSpan(date(2025, 2, 16), date(2025, 2, 18), "window")),))
             for k, when in enumerate(times)]
    assert len(resolve(batch).events) == 2



@pytest.mark.parametrize("gathering_place, other_article, people, events", [
    ("city:brussels", False, [A, B], 1),  # 'the Council meeting' where the article's talks were held: one
    (None, False, [A, B], 2),             # no place of its own: not known to be there
    ("city:paris", False, [A, B], 2),     # elsewhere: another gathering
    ("city:brussels", True, [A, B], 2),   # another article's gathering of the body is not this meeting by that alone
    ("city:brussels", False, ["org:eu"], 2),  # two gatherings of bodies stay two
])
def test_a_gathering_of_bodies_is_the_meeting_held_at_it(gathering_place, other_article, people, events):
    meeting = mention("a1", "meeting", people, place="city:brussels")
    gathering = mention("a2" if other_article else "a1", "meeting", ["org:nato", "org:north-atlantic-council"],
                        place=gathering_place, start=9)
    assert len(run(meeting, gathering).events) == events


TOLD = TimeSpan(date(2025, 2, 10), date(2025, 2, 11), "window", "10-11 Şubat'ta")  # a date the text gives


@pytest.mark.parametrize("first, second, merged", [
    # one article tells its event undated (headline, lead) and dated (body): one event, of the told date
    (mention("a1", "agreement", [A, B], time=WINDOW), mention("a1", "agreement", [A, B], time=TOLD, start=50), True),
    (mention("a1", "meeting", [A, B], time=TOLD), mention("a1", "meeting", [B, A], time=WINDOW, start=50), True),
    # not with one side in common, not across articles, not a speaker's statements
    (mention("a1", "agreement", [A, B], time=WINDOW), mention("a1", "agreement", [A, C], time=TOLD, start=50), False),
    (mention("a1", "agreement", [A, B], time=WINDOW), mention("a2", "agreement", [A, B], time=TOLD), False),
    (mention("a1", "statement", [A, B], time=WINDOW), mention("a1", "statement", [A, B], time=TOLD, start=50), False),
    # nor by a year: 'last year, A and B …' is background, not the news told undated
    (mention("a1", "meeting", [A, B], time=WINDOW),
     mention("a1", "meeting", [A, B], time=TimeSpan(date(2024, 1, 1), date(2024, 12, 31), "year", "last year"), start=50), False),
])
def test_an_event_told_undated_and_dated_in_one_article(first, second, merged):
    events = run(first, second).events
    assert (len(events) == 1) is merged
    if merged:
        assert events[0].time == TOLD


KL = Entity("city:kl", "Kuala Lumpur", "city", country="MY")
LIMA = Entity("city:lima", "Lima", "city", country="PE")


@pytest.mark.parametrize("places, merged, place", [
    (("city:kl", "country:MY"), True, "city:kl"),     # a city and the country it lies in: one place, the city told
    (("country:MY", "city:kl"), True, "city:kl"),
    (("city:lima", "country:MY"), False, None),       # a city of another country
    (("city:kl", "city:lima"), False, None),
])
def test_a_city_is_inside_its_country(places, merged, place):
    first, second = (mention(a, "meeting", [A, B], place=p) for a, p in zip(("a1", "a2"), places))
    events = run(first, second, entities=people(A, B) + (KL, LIMA)).events
    assert (len(events) == 1) is merged
    if merged:
        assert events[0].place == place


IPOH = Entity("city:ipoh", "Ipoh", "city", country="MY")


def test_a_place_inside_one_place_told_of_an_event_but_not_another_is_another_event():
    # talks in Malaysia told as in Kuala Lumpur are not talks in Ipoh, though Ipoh is in Malaysia too
    reports = [mention(a, "meeting", [A, B], place=p) for a, p in (("a1", "country:MY"), ("a2", "city:kl"),
                                                                   ("a3", "city:ipoh"))]
    events = run(*reports, entities=people(A, B) + (KL, IPOH)).events
    assert sorted(e.place for e in events) == ["city:ipoh", "city:kl"]


OLD_TOWN = Entity("city:old", "Old Town", "city", country="IN", lat=28.652, lon=77.231)
NEW_TOWN = Entity("city:new", "New Town", "city", country="IN", lat=28.621, lon=77.215)   # 4 km away
FAR_TOWN = Entity("city:far", "Far Town", "city", country="IN", lat=28.459, lon=77.026)   # 30 km away
BORDER_TOWN = Entity("city:border", "Border Town", "city", country="PS", lat=28.70, lon=77.25)  # 6 km, another state


@pytest.mark.parametrize("second, merged", [("city:new", True), ("city:far", False), ("city:border", False)])
def test_two_cities_of_one_state_a_few_kilometres_apart_are_one_place(second, merged):
    first, other = (mention(a, "meeting", [A, B], place=p) for a, p in zip(("a1", "a2"), ("city:old", second)))
    events = run(first, other, entities=people(A, B) + (OLD_TOWN, NEW_TOWN, FAR_TOWN, BORDER_TOWN)).events
    assert (len(events) == 1) is merged


def test_a_name_that_begins_one_longer_name_is_that_person_across_articles():
    full, short, other = "person:carlos-ii-ibn-felipe", "person:carlos-ii", "person:ana-lopes"
    events = run(mention("a1", "meeting", [full, other]), mention("a2", "meeting", [short, other]),
                 entities=people(full, short, other)).events
    assert len(events) == 1 and {p.key for p in events[0].participants} == {full, other}


def test_an_event_dated_by_its_articles_retelling_is_compared_again_under_that_date():
    # a0 reports the signing undated; a1 tells it undated in its lead and with the summit's days later
    told = TimeSpan(date(2024, 7, 9), date(2024, 7, 11), "window", "9-11 July")
    other_window = TimeSpan(date(2024, 7, 10), date(2024, 7, 11), "window")
    lead_window = TimeSpan(date(2024, 7, 15), date(2024, 7, 16), "window")
    events = run(mention("a0", "agreement", [A, B], time=other_window),
                 mention("a1", "agreement", [A, B, C], time=lead_window),
                 mention("a1", "agreement", [A, B], time=told, start=40)).events
    assert len(events) == 1 and len(events[0].mentions) == 3


@pytest.mark.parametrize("first, second, merged", [
    # a range the text gives holds an undated report; two undated windows of three days do not merge
    (TimeSpan(date(2024, 7, 9), date(2024, 7, 11), "window", "9-11 July"),
     TimeSpan(date(2024, 7, 10), date(2024, 7, 11), "window"), True),
    (TimeSpan(date(2024, 7, 9), date(2024, 7, 11), "window"), TimeSpan(date(2024, 7, 10), date(2024, 7, 12), "window"),
     False),
])
def test_a_told_range_holds_an_undated_report(first, second, merged):
    events = run(mention("a1", "meeting", [A, B], time=first), mention("a2", "meeting", [A, B], time=second)).events
    assert (len(events) == 1) is merged


def test_an_undated_report_that_fits_two_events_takes_the_one_it_names_best():
    # a report with no date at all ('Mr Hu … talks with Lula') fits a 2004 and a 2025 meeting of Lula;
    # 'Hu' is a word of the 2004 meeting's 'Hu Jintao', so that is the one
    lula, hu_jintao, hu, macron = "person:lula", "person:hu-jintao", "person:hu", "person:macron"
    unknown = TimeSpan(date.min, date.max, "unknown")
    early = TimeSpan(date(2004, 11, 13), date(2004, 11, 13), "day")
    late = TimeSpan(date(2025, 6, 9), date(2025, 6, 9), "day")
    brazil = "country:BR"
    events = run(mention("a1", "meeting", [lula, brazil, hu_jintao], time=early),
                 mention("a2", "meeting", [lula, brazil, macron], time=late),
                 mention("a3", "meeting", [lula, brazil, hu], time=unknown),
                 entities=people(lula, hu_jintao, hu, macron)).events
    joined = next(e for e in events if any(m.article_id == "a3" for m in e.mentions))
    assert {m.article_id for m in joined.mentions} == {"a1", "a3"}


def test_talks_told_undated_and_more_talks_dated_elsewhere_stay_two():
    """'X and Y met in Rome' (no date) and 'they will meet again next month in Washington' in one
    article: the dated report is not the undated one retold, since the places differ."""
    rome = mention("a1", "meeting", [A, B], time=WINDOW, place="city:1")
    later = mention("a1", "meeting", [A, B], time=TimeSpan(date(2025, 3, 1), date(2025, 3, 31), "month", "next month"),
                    place="city:2", start=50)
    assert len(run(rome, later).events) == 2


APRIL = TimeSpan(date(2025, 4, 1), date(2025, 4, 30), "month", "in April")
MAY = TimeSpan(date(2025, 5, 1), date(2025, 5, 31), "month", "in May")


@pytest.mark.parametrize("first, second, merged", [
    ((APRIL, "country:TR"), (APRIL, "country:TR"), True),    # 'X will visit Turkey in April', in two articles
    ((APRIL, "country:TR"), (MAY, "country:TR"), False),
    ((APRIL, "country:TR"), (APRIL, "country:GR"), False),
])
def test_one_travellers_trip_of_one_month_to_one_place_is_one_trip(first, second, merged):
    trips = [replace(mention(a, "travel", [A], time=when, place=where), participants=(Participant(A, "traveller"),))
             for a, (when, where) in zip(("a1", "a2"), (first, second))]
    assert (len(run(*trips).events) == 1) is merged


THREE_DAYS_ON = TimeSpan(date(2025, 2, 19), date(2025, 2, 19), "day")


@pytest.mark.parametrize("second, merged", [
    ((DAY_BEFORE, "city:1"), True),   # arrived on Sunday, visits a monument there on Monday: one trip
    ((DAY_BEFORE, "city:2"), False),  # elsewhere the day before: another trip
    ((THREE_DAYS_ON, "city:1"), False),
    ((DAY_BEFORE, None), False),      # a day apart with no destination to share: not known to be one
])
def test_a_trip_of_two_days_to_one_place_is_one_trip(second, merged):
    when, where = second
    trips = [replace(mention("a1", "travel", [A], time=DAY, place="city:1"), participants=(Participant(A, "traveller"),)),
             replace(mention("a1", "travel", [A], time=when, place=where, start=30), participants=(Participant(A, "traveller"),))]
    events = run(*trips).events
    assert (len(events) == 1) is merged
    if merged:
        assert events[0].time.earliest == DAY_BEFORE.earliest  # the trip dated by its first day


def test_the_host_of_a_visit_does_not_travel_to_where_he_hosts_it():
    host = mention("a1", "hosting", [A, B], place="city:1")
    host = replace(host, participants=(Participant(A, "host"), Participant(B, "guest")))
    moved = replace(mention("a1", "travel", [A, B], place="city:1", start=40),
                    participants=(Participant(A, "traveller"), Participant(B, "traveller")))  # 'A and B moved on to …'
    trips = [e for e in run(host, moved).events if e.type == "travel"]
    assert [[p.key for p in e.participants if p.role == "traveller"] for e in trips] == [[B]]
    back = replace(moved, participants=(Participant(A, "traveller"),))  # 'A returned to …': his own trip stays
    trips = [e for e in run(host, back).events if e.type == "travel"]
    assert [[p.key for p in e.participants] for e in trips] == [[A]]


def test_two_meetings_of_one_month_stay_apart():
    """A month is too vague to merge two meetings on: the same two sides may meet twice in it."""
    assert len(run(mention("a1", "meeting", [A, B], time=APRIL), mention("a2", "meeting", [A, B], time=APRIL)).events) == 2


@pytest.mark.parametrize("etype, second, events", [
    ("meeting", [A, C], 2),                      # 'The Secretary met with X. … The Secretary met with Y.'
    ("phone_call", [A, C], 2),
    ("meeting", [A, "person:shri-bob-stone"], 1),  # the same counterpart, named two ways
    ("meeting", [A, B, C], 1),                   # one more person at the same meeting
    ("agreement", [A, C], 1),                    # a signing may be told with other signatories
])
def test_one_side_meeting_two_counterparts_in_one_article_is_two_meetings(etype, second, events):
    first = mention("a1", etype, [A, B], time=WINDOW)
    assert len(run(first, mention("a1", etype, second, time=WINDOW, start=50)).events) == events


def test_a_city_inside_the_country_most_reports_name_places_the_event():
    """'talks at the G20 Summit in Turkey' twice, then 'in Antalya, Turkey': the event is in Antalya."""
    city = Entity("city:323776", "Antalya", "city", country="TR")
    turkey = Entity("country:TR", "Türkiye", "country", country="TR")
    res = run(mention("a1", "meeting", [A, B], place="country:TR"), mention("a1", "meeting", [A, B], place="country:TR"),
              mention("a1", "meeting", [A, B], place="city:323776"), entities=(city, turkey))
    assert [e.place for e in res.events] == ["city:323776"]


def _acting_for(*pairs):
    return tuple(Entity(k, k.split(":")[1].replace("-", " ").title(), "person", affiliation=state) for k, state in pairs)


OFFICIALS = _acting_for((A, "country:TR"), (B, "country:UA"), (C, "org:un"), ("person:dan-ek", "country:TR"))


@pytest.mark.parametrize("first, second, events", [
    # the three-way meeting and two of its sides meeting on their own, one day, one place: two meetings
    ([A, B, C], [A, B], 2),
    ([A, B], [A, B, C], 2),
    # a second official of one state is no third side: the same bilateral meeting
    ([A, B, "person:dan-ek"], [A, B], 1),
    # the same three sides: one meeting
    ([A, B, C], [C, B, A], 1),
])
def test_a_bilateral_beside_a_three_way_meeting_is_a_meeting_of_its_own(first, second, events):
    found = run(mention("a1", "meeting", first, place="city:1"), mention("a2", "meeting", second, place="city:1"),
                entities=OFFICIALS).events
    assert len(found) == events


def _with_roles(article, etype, roles, time=DAY, place="city:1", start=0):
    return replace(mention(article, etype, [k for k, _ in roles], time=time, place=place, start=start),
                   participants=tuple(Participant(k, r) for k, r in roles))


@pytest.mark.parametrize("second, events", [
    # the host receiving the guest and the two meeting, in one article: one occasion
    (_with_roles("a1", "meeting", [(A, "participant"), (B, "participant")], time=WINDOW, start=50), 1),
    # a reception by one person and talks with another are two
    (_with_roles("a1", "meeting", [(A, "participant"), (C, "participant")], time=WINDOW, start=50), 2),
])
def test_a_reception_and_the_talks_of_its_host_and_guest_are_one_occasion(second, events):
    first = _with_roles("a1", "hosting", [(A, "host"), (B, "guest")])
    assert len(run(first, second).events) == events


def test_two_events_of_an_article_that_a_later_mention_shows_to_be_one_are_one():
    """Greedy order: 'meet' (a state) and 'met on Saturday' (two people) share no one and stay apart, until
    'the meeting' of those people and that state joins the first; the second then fits it and joins too."""
    state = "country:tw"
    headline = mention("a1", "meeting", [state], time=WINDOW)
    caption = mention("a1", "meeting", [A, B], start=10)
    body = mention("a1", "meeting", [A, B, state], time=WINDOW, start=20)
    events = run(headline, caption, body).events
    assert [len(e.mentions) for e in events] == [3]


def test_two_events_of_an_article_with_other_people_stay_two():
    first = mention("a1", "meeting", [A, B])
    second = mention("a1", "meeting", [A, C], start=20)
    assert len(run(first, second).events) == 2


@pytest.mark.parametrize("later_keys, joined", [
    ([A, B], True),        # the same people, the same day: the report the greedy pass left apart joins
    ([A, B, C], False),    # someone the earlier event does not name: another meeting
])
def test_an_event_left_apart_by_the_greedy_order_joins_the_one_it_names_no_one_beyond(later_keys, joined):
    from kg.resolve import TYPE_FAMILIES, Cluster, _alike

    family = TYPE_FAMILIES["meeting"]
    earlier = Cluster(family, [mention("a1", "meeting", [A, B]), mention("a2", "meeting", [A, B], time=WINDOW)])
    later = Cluster(family, [mention("a3", "meeting", later_keys)])
    assert len(_alike([earlier, later], MergeConfig(), {}, {})) == (1 if joined else 2)


@pytest.mark.parametrize("office, joined", [("Devlet Başkanı", True), (None, False)])
def test_a_titled_family_name_written_first_is_the_only_full_name_it_begins(office, joined):
    """'Çin Devlet Başkanı Şi' is Xi Jinping (a title stands before a family name); an untitled word
    that only begins a name ('Xi', 'Donald') is left alone."""
    short = Entity("person:si", "Şi", "person", office=office)
    res = run(mention("a1", "travel", ["person:si"]), mention("a2", "travel", ["person:xi-jinping"]),
              entities=(short,) + people("person:xi-jinping"))
    keys = {p.key for e in res.events for p in e.participants}
    assert ("person:si" not in keys) is joined
