"""Code the reliability tests run in other processes (importable, so that spawned processes find it)."""
from __future__ import annotations

import time
import traceback

from kg.errors import KGError
from kg.records import Article, Extraction
from kg.store import GraphStore


def fake_extract(article: Article) -> Extraction:
    """An extraction without NLP: the store's locking and swapping are under test, not the rules."""
    return Extraction(article, (), ())


def quads(extractions: list[Extraction]) -> bytes:
    """One quad per stored article, plus a marker only a complete graph holds."""
    lines = [f'<urn:kg:article:{x.article.id}> <urn:kg:p> "{x.article.id}" <urn:kg:g> .' for x in extractions]
    lines.append('<urn:kg:graph> <urn:kg:complete> "yes" <urn:kg:g> .')
    return ("\n".join(lines) + "\n").encode()


def write_once(store: str, article_id: str, wait: float) -> str:
    """Add one article and save the graph of every stored one, as a build does; 'ok', the one-line
    error a user would see, or the traceback of anything else."""
    try:
        disk = GraphStore(store, wait=wait)
        with disk.writing():
            disk.add([Article(article_id, "en", "title", "text")], fake_extract)
            disk.save_graph(quads(disk.extractions()))
        return "ok"
    except KGError as err:
        return f"kg: error: {err}"
    except BaseException:  # noqa: BLE001 (the test reports it)
        return traceback.format_exc()


def writer(store: str, name: str, rounds: int, wait: float, barrier, results) -> None:
    """Start each round together with the other writer (the barrier), report each outcome. Odd
    rounds wait for the other writer up to ``wait`` seconds, even ones fail at once."""
    for k in range(rounds):
        barrier.wait(timeout=60)
        results.put((name, k, write_once(store, f"{name}-{k}", wait if k % 2 else 0.0)))
        barrier.wait(timeout=60)


def read_once(store: str) -> str:
    """Read the stored graph as 'kg query STORE' does: 'ok' if it is complete, else what went wrong."""
    try:
        data = GraphStore(store).load_quads()
        if data and b"urn:kg:complete" not in data:
            return f"incomplete graph: {data[:200]!r}"
        return "ok"
    except KGError as err:
        return f"kg: error: {err}"
    except BaseException:  # noqa: BLE001
        return traceback.format_exc()


def reader(store: str, stop, results) -> None:
    """Read the store over and over until told to stop; report anything but a complete graph."""
    count = 0
    while not stop.is_set():
        outcome = read_once(store)
        count += 1
        time.sleep(0.02)  # leave the two cores to the writers
        if outcome != "ok":
            results.put(("reader", count, outcome))
    results.put(("reader", -1, f"{count} reads"))
