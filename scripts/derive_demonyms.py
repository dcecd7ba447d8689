"""Derive English demonyms of sovereign states from the mledoze/countries database.

    python scripts/derive_demonyms.py countries.json > kg/lexicons/en/demonyms.json

Source: https://github.com/mledoze/countries, file ``countries.json`` at commit
5e9f370050f83ad2ba4cb885f75d66114badf72c (Open Database License, ODbL 1.0). The derived file is a
database derived from it and is under the same licence; its first key names the source.

What is taken: for each independent state or UN member, its English demonyms (masculine and
feminine forms, which in English are the same word) and its ISO 3166 alpha-2 code, so that
'Peruvian President Alejandro Toledo' is Peru's president. A demonym two states share
('Dominican', 'Congolese', 'Guinean') stands for neither and is left out, and so is one that is a
country's own name ('Sahrawi' aside, none today). The hand-written table in countries.json is read
first and wins: it holds the press's forms the database lacks ('Argentine', 'Emirati').
"""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict

SOURCE = ("English demonyms of independent states and UN members, derived by scripts/derive_demonyms.py from "
          "github.com/mledoze/countries countries.json, commit 5e9f370050f83ad2ba4cb885f75d66114badf72c, "
          "Open Database License (ODbL 1.0): this file is a derived database under the same licence. "
          "A demonym two states share is left out.")


def derive(countries: list[dict]) -> dict[str, str]:
    codes: dict[str, set[str]] = defaultdict(set)
    names = {c["name"]["common"] for c in countries}
    for country in countries:
        if not (country.get("independent") or country.get("unMember")):
            continue
        forms = country.get("demonyms", {}).get("eng", {})
        for form in {forms.get("m"), forms.get("f")} - {None, ""}:
            # 'Antiguan, Barbudan', 'Kittitian or Nevisian': one demonym for each part of the state
            for word in re.split(r", | or ", form):
                if word not in names:
                    codes[word].add(country["cca2"])
    return {word: next(iter(found)) for word, found in sorted(codes.items()) if len(found) == 1}


def main(path: str) -> None:
    with open(path, encoding="utf-8") as handle:
        countries = json.load(handle)
    json.dump({"_source": SOURCE, "demonyms": derive(countries)}, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
