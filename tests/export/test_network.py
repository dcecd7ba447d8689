"""The NetworkX projection of the example article: what the HTML explorer reads from it."""
from __future__ import annotations

from typing import Any

import pytest

import kg
from tests.conftest import SEED

EVENT_ATTRS = {"kind", "label", "type", "date", "date_end", "precision", "place", "sources", "date_start", "languages"}


@pytest.fixture(scope="module")
def network(extractor: Any) -> Any:
    return kg.build([SEED], extractor=extractor).to_networkx()


def test_events_carry_their_articles_languages_and_first_day(network: Any) -> None:
    events = [attrs for _, attrs in network.nodes(data=True) if attrs["kind"] == "event"]
    assert events
    for attrs in events:
        assert set(attrs) == EVENT_ATTRS
        assert attrs["languages"] == ["tr"]  # the example article is Turkish
        assert attrs["date_start"] <= attrs["date"]
        assert {"article", "title", "published", "sentence", "url"} == set(attrs["sources"][0])


def test_lists_stay_out_of_graphml(tmp_path: Any, network: Any) -> None:
    from kg.export.network import write_graphml

    text = write_graphml(network, tmp_path / "g.graphml").read_text(encoding="utf-8")
    assert 'attr.name="date_start"' in text and 'attr.name="languages"' not in text


def test_places_carry_their_country_code_and_coordinates(tmp_path: Any, network: Any) -> None:
    """The map view's facts: ISO codes on countries and cities, coordinates on cities; GraphML keeps them."""
    from kg.export.network import write_graphml

    places = {attrs["label"]: attrs for _, attrs in network.nodes(data=True) if attrs["kind"] in ("country", "city")}
    assert places["France"]["country_code"] == "FR" and places["United States"]["country_code"] == "US"
    cities = [attrs for attrs in places.values() if attrs["kind"] == "city"]
    assert cities and all(-90 <= c["lat"] <= 90 and -180 <= c["lon"] <= 180 and len(c["country_code"]) == 2 for c in cities)
    text = write_graphml(network, tmp_path / "g.graphml").read_text(encoding="utf-8")
    assert 'attr.name="country_code"' in text and 'attr.name="lat"' in text


def test_gephi_files_carry_each_events_days_and_sources(tmp_path: Any, network: Any) -> None:
    """GraphML has start/end/sources columns; GEXF is a dynamic graph whose nodes and edges live from start to end."""
    import networkx as nx

    from kg.export.network import write_gexf, write_graphml

    travel = next(n for n, a in network.nodes(data=True) if a.get("type") == "travel")
    graphml = nx.read_graphml(write_graphml(network, tmp_path / "g.graphml"))
    assert graphml.nodes[travel]["start"] == graphml.nodes[travel]["end"] == "2025-02-17"
    assert graphml.nodes[travel]["sources"] == 1
    assert all(data["start"] == "2025-02-17" for u, _, data in graphml.edges(data=True) if u == travel)
    text = write_gexf(network, tmp_path / "g.gexf").read_text(encoding="utf-8")
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text
    gexf = nx.read_gexf(tmp_path / "g.gexf")
    assert (gexf.nodes[travel]["start"], gexf.nodes[travel]["end"]) == ("2025-02-17", "2025-02-17")
    rutte = next(n for n, a in network.nodes(data=True) if a.get("label") == "Mark Rutte")
    assert gexf.nodes[rutte]["start"] <= "2025-02-17" <= gexf.nodes[rutte]["end"]  # an actor spans its events
