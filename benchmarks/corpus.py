"""Synthetic articles for the benchmark, made from sentence patterns this project wrote
(the same constructions as the test tables); nothing here comes from real news."""
from __future__ import annotations

import json
import random
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
EN = [
    "{t1} {n1} met with {t2} {n2} in {city} on Saturday.",
    "{t1} {n1} spoke by phone yesterday with {t2} {n2}.",
    "{t1} {n1} hosted {t2} {n2} in {city}.",
    "{t1} {n1} will travel to {city} on Thursday.",
    "The two leaders discussed energy, trade and regional security.",
    "Officials said further talks would follow in the coming weeks.",
]


def article(i: int, rng: random.Random) -> dict:
    """One article of 6-14 sentences in Turkish (two thirds) or English."""
    lang = "tr" if i % 3 else "en"
    people, cities, templates = (TR_PEOPLE, TR_CITIES, TR) if lang == "tr" else (EN_PEOPLE, EN_CITIES, EN)
    sentences = []
    for _ in range(rng.randint(6, 14)):
        (t1, n1), (t2, n2) = rng.sample(people, 2)
        city = rng.choice(cities)
        loc, dat = SUFFIX.get(city, ("'de", "'e"))
        sentences.append(rng.choice(templates).format(t1=t1, n1=n1, t2=t2, n2=n2, city=city,
                                                      city_loc=city + loc, city_dat=city + dat))
    published = datetime(2025, 1, 1, 12) + timedelta(days=rng.randrange(365))
    return {"id": f"bench-{i:06d}", "lang": lang, "published": published.isoformat() + "+03:00",
            "title": sentences[0].rstrip("."), "text": " ".join(sentences[1:]), "source": "benchmark"}


def write_corpus(path: Path, n: int, seed: int = 7) -> Path:
    """A JSONL corpus of n articles, the same for the same n and seed."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            handle.write(json.dumps(article(i, rng), ensure_ascii=False) + "\n")
    return path
