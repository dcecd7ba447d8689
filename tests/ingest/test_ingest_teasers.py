"""Related-news teasers run into a page's text are cut by their shape and the language's cue
lines, while subheadings, acronyms and prose that merely start with a cue's words stay."""
from __future__ import annotations

import json

import pytest

from kg.ingest import read_file

TR1 = "Dışişleri Bakanı Hakan Fidan, Brüksel'de NATO Genel Sekreteri Mark Rutte ile görüştü."
TR2 = "Görüşmede Ukrayna'daki savaş ve ittifakın güney kanadı ele alındı."
EN1 = "Foreign Minister Hakan Fidan met NATO Secretary General Mark Rutte in Brussels on Tuesday."
EN2 = "The two discussed the war in Ukraine and the alliance's southern flank."


@pytest.mark.parametrize("case, text, body", [
    ("cue glued to a teaser headline",
     f"{TR1}\nİLİŞKİLİ HABERABD'den Ankara'ya yeni yaptırım sinyali\n{TR2}", f"{TR1}\n{TR2}"),
    ("cue line and the headlines it announces",
     (f"{TR1}\nBu haberler de ilginizi çekebilir\nAlmanya'da seçim sonuçları açıklandı\n"
      f"Merkez Bankası faiz kararını duyurdu...\n\n{TR2}"), f"{TR1}\n\n{TR2}"),
    ("cue inside a one-line page",
     (f"{TR1} {TR2} Bu haberler de ilginizi çekebilir Almanya'da seçim sonuçları açıklandı Merkez "
      "Bankası faiz kararını duyurdu"), f"{TR1} {TR2}"),
    ("cue glued to the end of a sentence", f"{TR1}İlgili HaberRutte'den Kellogg'a teşekkür\n{TR2}", f"{TR1}\n{TR2}"),
    ("capitals label glued to a headline", f"{TR1}\nGÜNDEMErdoğan Brüksel'de NATO zirvesine katılacak\n{TR2}",
     f"{TR1}\n{TR2}"),
    ("capitals label glued to a lead paragraph",
     f"SON DAKİKAMilli Savunma Bakanlığı, tatbikatın 12 Mart'ta başlayacağını açıkladı.\n{TR2}",
     f"Milli Savunma Bakanlığı, tatbikatın 12 Mart'ta başlayacağını açıkladı.\n{TR2}"),
    ("a quoted subheading in capitals stays", f"{TR1}\n\"YENİ BİR DÖNEM\"\n{TR2}", f"{TR1}\n\"YENİ BİR DÖNEM\"\n{TR2}"),
    ("acronyms at a line start stay", f"NATO'nun açıklamasında {TR2}\nABD'nin Ankara Büyükelçisi de katıldı.",
     f"NATO'nun açıklamasında {TR2}\nABD'nin Ankara Büyükelçisi de katıldı."),
    ("a short brand glued to a word stays", f"CNNTürk'e konuşan Fidan, {TR2}", f"CNNTürk'e konuşan Fidan, {TR2}"),
    ("an acronym with a glued case ending stays", f"UNESCOnun Genel Direktörü Ankara'yı ziyaret etti.\n{TR2}",
     f"UNESCOnun Genel Direktörü Ankara'yı ziyaret etti.\n{TR2}"),
    ("an acronym with a glued genitive stays", f"ASELSANın yeni sistemi tanıtıldı.\n{TR2}",
     f"ASELSANın yeni sistemi tanıtıldı.\n{TR2}"),
    ("a two-word label glued to a short word goes", f"SON DAKİKAAna muhalefet lideri açıklama yaptı.\n{TR2}",
     f"Ana muhalefet lideri açıklama yaptı.\n{TR2}"),
    ("prose that starts with a cue's words stays", f"{TR1}\nİlgili haberde görüşmenin iki saat sürdüğü belirtildi.",
     f"{TR1}\nİlgili haberde görüşmenin iki saat sürdüğü belirtildi."),
    ("English cue glued to a headline", f"{EN1}\nRELATED NEWSBiden hosts Erdogan at the White House\n{EN2}",
     f"{EN1}\n{EN2}"),
    ("English cue with a colon", f"{EN1}\nRead more: Biden hosts Erdogan at the White House\n{EN2}", f"{EN1}\n{EN2}"),
    ("English prose starting with a cue's word stays", f"{EN1}\nRelated talks were held in Ankara on Monday.",
     f"{EN1}\nRelated talks were held in Ankara on Monday."),
])
def test_teasers_are_cut(ingest_write, case, text, body):
    path = ingest_write("a.jsonl", json.dumps({"id": "a", "title": "Fidan Brüksel'de", "text": text}) + "\n")
    assert next(read_file(path)).text == body


@pytest.mark.parametrize("teaser", [
    "İLİŞKİLİ HABERABD heyeti Ankara'da Dışişleri Bakanı Fidan ile görüştü",
    "İLİŞKİLİ HABERErdoğan, Macron ile telefonda görüştü",
    "Bu haberler de ilginizi çekebilir Erdoğan, Macron ile telefonda görüştü",
    "GÜNDEMErdoğan Brüksel'de Macron ile görüştü",
])
def test_no_teaser_becomes_an_actor_or_an_event(ingest_write, extractor, teaser):
    def extracted(name, text):
        found = extractor.extract(next(read_file(ingest_write(name, text), lang="tr")))
        return [(m.type, sorted(p.key for p in m.participants)) for m in found.mentions], found.entities

    events, entities = extracted("a.txt", f"Fidan Brüksel'de\n{TR1}\n{teaser}\n{TR2}")
    assert events == extracted("b.txt", f"Fidan Brüksel'de\n{TR1}\n{TR2}")[0]  # the page without the teaser
    assert ("meeting", ["person:hakan-fidan", "person:mark-rutte"]) in events
    assert not any("HABER" in e.name or "GÜNDEM" in e.name for e in entities)


@pytest.mark.parametrize("case, text, body", [
    ("Turkish page stamps run into the lead",
     f"Giriş: 15 Eylül 2025, Pazartesi 21:13 Güncelleme: 15 Eylül 2025, Pazartesi 21:13 {TR1} {TR2}",
     f"{TR1} {TR2}"),
    ("a page stamp between two sentences", f"{EN1} Updated: July 10, 2024 10:02 {EN2}", f"{EN1}\n{EN2}"),
    ("a clock time in prose stays", f"{TR1} Görüşme saat 21:13'te sona erdi.", f"{TR1} Görüşme saat 21:13'te sona erdi."),
])
def test_page_time_stamps_are_cut(ingest_write, case, text, body):
    """The page's own time ('Giriş: … 21:13') is not text: the name after it opens a sentence, so a
    capitalised first word ('Üst düzey bir yetkili') is not read as a name in mid-sentence."""
    path = ingest_write("a.jsonl", json.dumps({"id": "a", "title": "Fidan Brüksel'de", "text": text}) + "\n")
    assert next(read_file(path)).text == body
