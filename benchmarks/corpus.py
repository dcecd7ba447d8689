"""Synthetic articles for the benchmark, made from sentence patterns this project wrote
(the same constructions as the test tables); nothing here comes from real news.

Three shapes. ``news`` (the default) is calibrated to the development set's measured shape,
not its text: Turkish articles of 12-14 sentences of which about half report an event,
English ones of 18-24 sentences of which about a fifth do, the rest background sentences of
news length (dev set, measured with the extractor's own sentence splitter and triggers:
Turkish 13.1 sentences, 49% with a trigger, 20.7 tokens a sentence; English 22.7, 19%,
12.6). ``dense`` makes every sentence but a few an event report with two titled names:
the worst case for the extractor, kept to show it. ``paragraph`` is a one-paragraph article (a
title and two to four sentences, half of them event reports): many small articles, for the
question of whether a build stays linear in their number.

Two vocabularies. ``open`` (the default) names people from a pool of 20,000 pseudo-names and
writes background sentences from words drawn by Zipf's law (see OpenVocabulary), calibrated so
that the number of distinct tokens grows as in the dev set; ``closed`` uses only the fixed
sentences below, a few hundred word forms in all, which spaCy's tokenizer serves from its
cache after the first article: a floor no real news stream has."""
from __future__ import annotations

import bisect
import itertools
import json
import random
import re
from datetime import datetime, timedelta
from pathlib import Path

TR_PEOPLE = [("Dışişleri Bakanı", "Ayla Demir"), ("Savunma Bakanı", "Kemal Işık"), ("Ticaret Bakanı", "Murat Ece"),
             ("Fransa Cumhurbaşkanı", "Jean Dupont"), ("Almanya Şansölyesi", "Karl Weber"),
             ("İtalya Başbakanı", "Marco Neri"), ("Japonya Başbakanı", "Kenji Sato"), ("Yunanistan Dışişleri Bakanı", "Nikos Dimas")]
EN_PEOPLE = [("President", "Maria Lopez"), ("Prime Minister", "Ken Ito"), ("Foreign Minister", "Ana Silva"),
             ("Secretary of State", "Tom Reed"), ("Chancellor", "Eva Braun"), ("President", "Omar Haddad")]
TR_CITIES = ["Brüksel", "Paris", "Bakü", "Roma", "Berlin", "Atina", "Ankara", "Lahey", "Münih", "Kiev"]
EN_CITIES = ["Brussels", "Paris", "Baku", "Rome", "Berlin", "Athens", "Ankara", "Tokyo", "Madrid", "Warsaw"]
SUFFIX = {"Brüksel": ("'de", "'e"), "Paris": ("'te", "'e"), "Bakü": ("'de", "'ye"), "Roma": ("'da", "'ya"),
          "Berlin": ("'de", "'e"), "Atina": ("'da", "'ya"), "Ankara": ("'da", "'ya"), "Lahey": ("'de", "'e"),
          "Münih": ("'te", "'e"), "Kiev": ("'de", "'e")}
TR = [
    "{t1} {n1}, {t2} {n2} ile {city_loc} bir araya geldi.",
    "{t1} {n1} dün {t2} {n2} ile telefonda görüştü.",
    "{t1} {n1}, {t2} {n2}'yi {city_loc} ağırladı.",
    "{t1} {n1} Cuma günü {city_dat} gidecek.",
    "{t1} {n1}, saldırıyı kınadı.",
    "Açıklamada, {n1}'in {t2} {n2}'nin ev sahipliğinde düzenlenen zirveye katılmak üzere {city_dat} hareket ettiği ifade edildi.",
    "Toplantıda ekonomik ilişkiler, enerji ve ulaştırma alanındaki işbirliği ele alındı.",
    "İki ülke arasındaki ticaret hacminin artırılması için yeni adımlar atılacağı belirtildi.",
]
TR_BACKGROUND = [
    "Bölgedeki gelişmeler, son haftalarda enerji fiyatları ve tedarik zincirleri üzerindeki baskının artmasıyla birlikte uluslararası kamuoyunun gündeminde daha fazla yer almaya başladı.",
    "Uzmanlar, önümüzdeki dönemde ekonomik belirsizliklerin sürmesi halinde ticaret hacminde beklenen artışın gerçekleşmesinin zorlaşabileceğini değerlendiriyor.",
    "Geçen yıl onaylanan çerçeve belgesi kapsamında ulaştırma, tarım ve dijital dönüşüm alanlarında ortak projelerin hayata geçirilmesi hedefleniyor.",
    "{city} merkezli düşünce kuruluşlarının raporlarına göre iki ülke arasındaki yatırımlar son beş yılda yaklaşık iki katına çıktı.",
    "Yetkililer, ayrıntıların önümüzdeki günlerde netleşmesinin beklendiğini ve teknik ekiplerin çalışmalarını sürdürdüğünü aktardı.",
    "Son verilere göre ihracat geçen yılın aynı dönemine kıyasla yüzde 12 artarken ithalatta sınırlı bir düşüş yaşandı.",
]
EN_BACKGROUND = [
    "Energy prices have risen sharply across the region since the start of the year.",
    "Analysts expect trade between the two countries to grow further over the next decade.",
    "The framework adopted last year covers transport, agriculture and digital infrastructure.",
    "Civil society groups have urged greater transparency in the process.",
    "Technical teams are expected to continue their work in the coming weeks.",
    "Exports rose by 12 percent compared with the same period last year.",
]
EN = [
    "{t1} {n1} met with {t2} {n2} in {city} on Saturday.",
    "{t1} {n1} spoke by phone yesterday with {t2} {n2}.",
    "{t1} {n1} hosted {t2} {n2} in {city}.",
    "{t1} {n1} will travel to {city} on Thursday.",
    "The two leaders discussed energy, trade and regional security.",
    "Officials said further talks would follow in the coming weeks.",
]


SHAPES = {  # (sentences low, high, share of event sentences) per language
    "news": {"tr": (12, 14, 0.45), "en": (18, 24, 0.2)},
    "dense": {"tr": (6, 14, 1.0), "en": (6, 14, 1.0)},
    "paragraph": {"tr": (3, 5, 0.5), "en": (3, 5, 0.5)},
}

# The open vocabulary (see OpenVocabulary): frequent real function words head each language's
# ranked list, pseudo-words follow; sizes and the Zipf exponent were chosen so that the number
# of distinct tokens in the first 1,000, 2,000 and 3,000 tokens matches the dev set's (measured
# with spaCy's blank tokenizer: Turkish 501 and 966, English 367, 617 and 930).
FUNCTION_WORDS = {
    "tr": ["ve", "bir", "bu", "için", "da", "de", "daha", "en", "çok", "göre", "ise", "gibi", "kadar",
           "sonra", "önce", "olan", "yeni", "iki", "ilk", "son", "büyük", "olarak", "ancak", "her"],
    "en": ["the", "of", "and", "to", "a", "in", "for", "on", "that", "by", "is", "as", "at", "from",
           "was", "has", "its", "be", "are", "have", "it", "this", "will", "not", "more", "new"],
}
LETTERS = {"tr": ("bcçdfgğhjklmnprsştvyz", "aeıioöuü"), "en": ("bcdfghjklmnprstvwz", "aeiou")}
ENDINGS = {"tr": ["", "", "", "ler", "lar", "in", "ın", "de", "da", "den", "dan", "e", "a", "i", "ı", "ini", "ını",
                  "inde", "ında", "leri", "ları", "si", "sı", "yle", "la", "le", "miş", "dı", "di", "ecek"],
           "en": ["", "", "", "", "s", "ed", "ing", "ion", "al", "ly", "er"]}
OPEN = {"tr": {"words": 400_000, "people": 20_000, "exponent": 1.1, "offset": 5, "length": (12, 24)},
        "en": {"words": 150_000, "people": 20_000, "exponent": 1.25, "offset": 2.5, "length": (8, 18)}}


class OpenVocabulary:
    """Word forms for one language with news's open vocabulary: background sentences of words
    drawn by Zipf's law from a ranked list (real function words first, then pseudo-words built
    from the language's letters and endings), and people named from a large pool of pseudo-names.
    A closed corpus repeats a few hundred word forms, which spaCy's tokenizer and our caches
    serve from memory; news keeps bringing new ones."""

    def __init__(self, lang: str, seed: int = 11) -> None:
        rng = random.Random(seed)
        spec = OPEN[lang]
        self.lang = lang
        consonants, vowels = LETTERS[lang]
        avoid = _trigger_tests(lang)
        seen: set[str] = set(FUNCTION_WORDS[lang])
        words = list(FUNCTION_WORDS[lang])
        while len(words) < spec["words"]:
            word = _pseudo(rng, consonants, vowels, rng.randint(1, 3)) + rng.choice(ENDINGS[lang])
            if word not in seen and not avoid(word):
                seen.add(word)
                words.append(word)
        self.words = words
        self.weights = list(itertools.accumulate(1 / (r + spec["offset"]) ** spec["exponent"] for r in range(len(words))))
        titles = [t for t, _ in (TR_PEOPLE if lang == "tr" else EN_PEOPLE)]
        self.people = [(rng.choice(titles), f"{_pseudo(rng, consonants, vowels, 2).title()} "
                                            f"{_pseudo(rng, consonants, vowels, rng.randint(2, 3)).title()}")
                       for _ in range(spec["people"])]
        self.people_weights = list(itertools.accumulate(1 / (r + 1) for r in range(len(self.people))))
        self.length = spec["length"]

    def person(self, rng: random.Random) -> tuple[str, str]:
        return self.people[bisect.bisect(self.people_weights, rng.random() * self.people_weights[-1])]

    def sentence(self, rng: random.Random) -> str:
        """A background sentence: Zipf-drawn words, sometimes a comma, a full stop."""
        top = self.weights[-1]
        words = [self.words[bisect.bisect(self.weights, rng.random() * top)] for _ in range(rng.randint(*self.length))]
        if len(words) > 8 and rng.random() < 0.5:
            words[rng.randrange(3, len(words) - 3)] += ","
        return " ".join(words)[:1].upper() + " ".join(words)[1:] + "."


def _pseudo(rng: random.Random, consonants: str, vowels: str, syllables: int) -> str:
    return "".join(rng.choice(consonants) + rng.choice(vowels) + (rng.choice(consonants) if rng.random() < 0.4 else "")
                   for _ in range(syllables))


def _trigger_tests(lang: str):
    """A test that a pseudo-word could be read as a trigger word (such words are not made)."""
    from kg.lexicons import Lexicon

    lexicon = Lexicon.load(lang)
    regexes, exact = [], set()
    for spec in lexicon.triggers:
        for token in spec["pattern"]:
            if token.get("OP") in ("?", "*") or str(token.get("OP", "")).startswith("{0"):
                continue  # an optional filler ('^(?!telefon)' between two words) triggers nothing alone
            value = token.get("NORM") or token.get("LOWER")
            if isinstance(value, dict) and "REGEX" in value:
                regexes.append(re.compile(value["REGEX"]))
            elif isinstance(value, dict) and "IN" in value:
                exact.update(value["IN"])
            elif isinstance(value, str):
                exact.add(value)
    return lambda word: word in exact or any(rx.search(word) for rx in regexes)


def article(i: int, rng: random.Random, shape: str = "news",
            vocabularies: dict[str, OpenVocabulary] | None = None) -> dict:
    """One article in Turkish (two thirds) or English, of the given shape; with ``vocabularies``,
    people and background sentences come from the open vocabulary."""
    lang = "tr" if i % 3 else "en"
    people, cities, templates = (TR_PEOPLE, TR_CITIES, TR) if lang == "tr" else (EN_PEOPLE, EN_CITIES, EN)
    background = TR_BACKGROUND if lang == "tr" else EN_BACKGROUND
    vocabulary = vocabularies[lang] if vocabularies else None
    low, high, share = SHAPES[shape][lang]
    sentences = []
    for k in range(rng.randint(low, high)):
        if vocabulary is None:
            (t1, n1), (t2, n2) = rng.sample(people, 2)
        else:
            (t1, n1), (t2, n2) = vocabulary.person(rng), vocabulary.person(rng)
        city = rng.choice(cities)
        loc, dat = SUFFIX.get(city, ("'de", "'e"))
        event = k == 0 or rng.random() < share
        if vocabulary is not None and not event:
            sentences.append(vocabulary.sentence(rng))
            continue
        pool = templates if event else background
        sentences.append(rng.choice(pool).format(t1=t1, n1=n1, t2=t2, n2=n2, city=city,
                                                 city_loc=city + loc, city_dat=city + dat))
    published = datetime(2025, 1, 1, 12) + timedelta(days=rng.randrange(365))
    return {"id": f"bench-{i:06d}", "lang": lang, "published": published.isoformat() + "+03:00",
            "title": sentences[0].rstrip("."), "text": " ".join(sentences[1:]), "source": "benchmark"}


def write_corpus(path: Path, n: int, seed: int = 7, shape: str = "news", vocabulary: str = "open") -> Path:
    """A JSONL corpus of n articles, the same for the same n, seed, shape and vocabulary
    ("open": news-like, new word forms keep coming; "closed": the fixed sentences only)."""
    rng = random.Random(seed)
    vocabularies = {lang: OpenVocabulary(lang) for lang in ("tr", "en")} if vocabulary == "open" else None
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            handle.write(json.dumps(article(i, rng, shape, vocabularies), ensure_ascii=False) + "\n")
    return path
