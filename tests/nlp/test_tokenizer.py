"""The NLP stage on blank pipelines: suffix splitting, norms and sentences."""
from __future__ import annotations

import pytest

from kg.lexicons import Lexicon
from kg.nlp import make_nlp


@pytest.fixture(scope="module")
def nlp_tr():
    return make_nlp(Lexicon.load("tr"))


@pytest.fixture(scope="module")
def nlp_en():
    return make_nlp(Lexicon.load("en"))


@pytest.mark.parametrize("text, tokens", [
    ("Paris'e hareket etti", ["Paris", "'e", "hareket", "etti"]),
    ("Brüksel'deki NATO Karargahı'nda", ["Brüksel", "'deki", "NATO", "Karargahı", "'nda"]),
    ("Macron’un ev sahipliğinde", ["Macron", "’un", "ev", "sahipliğinde"]),
    ("ABD'nin Özel Temsilcisi", ["ABD", "'nin", "Özel", "Temsilcisi"]),
    ("COP29'dan", ["COP29", "'dan"]),
    ("İran´ın Viyana`da Kerryʼyle", ["İran", "´ın", "Viyana", "`da", "Kerry", "ʼyle"]),  # marks typed in its place
    ("10 Kasım 2020'de", ["10", "Kasım", "2020", "'de"]),     # a number's suffix, as a name's
    ("1990'lı yıllarda", ["1990", "'lı", "yıllarda"]),
    ("2. Karabağ", ["2.", "Karabağ"]),                           # an ordinal keeps its dot
    ("el-Burhan 'ı karşıladı", ["el", "-", "Burhan", "'ı", "karşıladı"]),  # a suffix typed apart stays one
    ("Obama,35 sene sonra", ["Obama", ",", "35", "sene", "sonra"]),  # a comma typed without its space
    ("yüzde 3,5 arttı", ["yüzde", "3,5", "arttı"]),                  # a decimal comma stays
    ('-"SURİYE GÖREVİ" ANKARA', ["-", '"', "SURİYE", "GÖREVİ", '"', "ANKARA"]),  # a dash glued to a quotation mark
    ("-Dışişleri Bakanı", ["-", "Dışişleri", "Bakanı"]),              # … or to a capital: a scraped bullet
    ("e-posta ile -5 derece", ["e", "-", "posta", "ile", "-5", "derece"]),
])
def test_turkish_apostrophe_suffixes_split(nlp_tr, text, tokens):
    assert [t.text for t in nlp_tr(text)] == tokens


@pytest.mark.parametrize("text, norms", [
    ("İstişarelerde IŞIK", ["istişarelerde", "ışık"]),
    ("Dışişleri Bakanı", ["dışişleri", "bakanı"]),
])
def test_turkish_norm_folds_dotted_and_dotless_i(nlp_tr, text, norms):
    assert [t.norm_ for t in nlp_tr(text)] == norms


@pytest.mark.parametrize("text, count", [
    ("Rutte geldi. Kellogg gitti.", 2),
    ('Rutte, "Geldik. Gördük. Konuştuk" dedi. Sonra gitti.', 2),
    ("Başlık satırı\n\nGövde cümlesi burada.", 2),
    ("Dr. Ahmet geldi.", 1),
    # a scraper glued the next sentence on: it still ends there (the text is unchanged)
    ("Rutte dün Brüksel'e geçti.Bakan bu sabah karşılandı.Görüşme sürdü.", 3),
])
def test_turkish_sentences(nlp_tr, text, count):
    assert len([s for s in nlp_tr(text).sents if s.text.strip()]) == count


@pytest.mark.parametrize("text, count", [
    ("President Joseph R. Biden, Jr. met Mr. Erdogan. They talked.", 2),
    ("The U.S. and Turkey agreed. Talks continue.", 2),
    ("He arrived yesterday.The president met him.", 2),
    ("The U.S.Army and Mr.Smith came.", 1),  # initials and abbreviations stay whole
])
def test_english_sentences_keep_abbreviations(nlp_en, text, count):
    assert len([s for s in nlp_en(text).sents if s.text.strip()]) == count


@pytest.mark.parametrize("text, inside", [
    # a single apostrophe standing apart quotes; one on a word marks its suffix
    ("Kaya, 'Norveç bunu yapacak ' dedi.", ["Norveç", "bunu", "yapacak"]),
    ("Kaya Norveç'e gidecek.", []),
    # the closing apostrophe that also marks a suffix ends the quotation
    ("Kaya 'Türk İş Dünyası Buluşması'na katılacak ve Norveç'e gidecek.", ["Türk", "İş", "Dünyası", "Buluşması"]),
])
def test_turkish_single_quotation_marks(nlp_tr, text, inside):
    from kg.lexicons import Lexicon
    from kg.nlp.cache import quoted

    doc = nlp_tr(text)
    marks = frozenset(q for pair in Lexicon.load("tr").language["quotes"] for q in pair)
    assert [doc[i].text for i in sorted(quoted(doc, marks))] == inside
