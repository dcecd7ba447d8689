"""detect_language: spaCy stop words plus Turkish letters."""
from __future__ import annotations

import pytest

from kg.ingest import detect_language


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Dışişleri Bakanı, Yunan mevkidaşı ile Atina'da görüştü.", "tr"),
        ("Cumhurbaşkanı bu hafta Körfez ülkelerine bir ziyaret gerçekleştirecek.", "tr"),
        ("Bakan daha sonra basın toplantısı düzenledi ve soruları yanıtladı.", "tr"),
        ("Toplantıya 30 ülkenin temsilcileri katıldı.", "tr"),
        ("İKİ ÜLKE ARASINDA YENİ ANLAŞMA", "tr"),
        ("The foreign minister will travel to Athens next week for talks.", "en"),
        ("President Erdoğan hosted the Greek prime minister in Ankara on Tuesday.", "en"),
        ("Türkiye and Azerbaijan signed an agreement on gas transit after the meeting.", "en"),
        ("They said that it was a very productive visit.", "en"),
        ("", "en"),  # no signal: the first language in folder order
    ],
)
def test_detect_language(text, lang):
    assert detect_language(text) == lang
