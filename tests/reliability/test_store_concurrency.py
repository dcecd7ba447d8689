"""The store under concurrent builds and readers, and after kills: real processes, bounded in count and time."""
from __future__ import annotations

import multiprocessing
import os
import queue
import re
import signal
import subprocess
import sys
import time

import pytest

from kg.errors import StoreError
from kg.records import Article
from kg.store import GRAPH_DIR, GraphStore
from tests.conftest import ROOT
from tests.reliability.helpers import (
    fake_extract,
    quads,
    read_once,
    reader,
    write_once,
    writer,
)

pytest.importorskip("pyoxigraph")

BUSY = re.compile(r"kg: error: .*: another 'kg build --store' is updating this store, so it cannot be updated "
                  r"now; run again when it has finished, or pass --wait SECONDS to wait for it$")


def stored_ids(store) -> set[str]:
    return {x.article.id for x in GraphStore(store).extractions()}


def graph_ids(store) -> set[str]:
    data = GraphStore(store).load_quads().decode()
    return set(re.findall(r'<urn:kg:article:([^>]+)>', data))


def test_two_writers_started_together_never_corrupt_the_store(tmp_path):
    """20 rounds: two processes add an article and save the graph at the same moment, while a third
    reads. Each writer succeeds or (in the rounds without --wait) gets the one-line 'busy' message;
    no traceback; every read sees a complete graph; the store stays readable."""
    store, rounds, wait = str(tmp_path / "store"), 20, 30.0
    ctx = multiprocessing.get_context("spawn")
    barrier, results, stop = ctx.Barrier(2), ctx.Queue(), ctx.Event()
    procs = [ctx.Process(target=writer, args=(store, name, rounds, wait, barrier, results)) for name in ("a", "b")]
    procs.append(ctx.Process(target=reader, args=(store, stop, results)))
    for p in procs:
        p.start()
    outcomes = []
    try:
        while len(outcomes) < 2 * rounds:
            outcomes.append(results.get(timeout=60))
    finally:
        stop.set()
        for p in procs:
            p.join(timeout=30)
            if p.is_alive():
                p.kill()
    reads = []
    while True:
        try:
            reads.append(results.get(timeout=5))
        except queue.Empty:
            break
    problems = [o for o in outcomes if o[2] != "ok" and not BUSY.match(o[2])]
    problems += [r for r in reads if r[1] != -1]
    assert problems == []
    assert all(o[2] == "ok" for o in outcomes if o[1] % 2)  # the rounds with --wait
    written = {f"{name}-{k}" for name, k, outcome in outcomes if outcome == "ok"}
    assert written <= stored_ids(store)
    assert graph_ids(store) <= stored_ids(store)
    assert write_once(store, "last", 0) == "ok"
    assert graph_ids(store) == stored_ids(store)


def test_a_second_writer_waits_or_fails_with_one_line(tmp_path):
    store = GraphStore(tmp_path / "store")
    with store.writing():
        other = GraphStore(tmp_path / "store", wait=0.3)
        started = time.monotonic()
        with pytest.raises(StoreError, match="after waiting 0.3 s; run again when it has finished, or pass --wait"):
            other.add([Article("x", "en", "t", "text")], fake_extract)
        assert time.monotonic() - started >= 0.3
    other.add([Article("x", "en", "t", "text")], fake_extract)  # free again


def killed_swap(store, step: str) -> None:
    """The store as a build killed at ``step`` of the swap leaves it."""
    GraphStore(store).add([Article("a", "en", "t", "text")], fake_extract)
    GraphStore(store).save_graph(quads(GraphStore(store).extractions()))
    current, old, new = (store / GRAPH_DIR, store / f"{GRAPH_DIR}.old", store / f"{GRAPH_DIR}.new")
    if step == "deleting old":  # killed while removing the previous graph: part of it is left
        old.mkdir()
        (old / "000012.sst").write_bytes(b"x")
    elif step == "between renames":
        os.replace(current, old)
    elif step == "loading new":
        new.mkdir()
        (new / "LOCK").write_bytes(b"")


@pytest.mark.parametrize("step", ["deleting old", "between renames", "loading new"])
def test_a_swap_killed_at_any_step_is_finished_or_undone(tmp_path, step):
    store = tmp_path / "store"
    killed_swap(store, step)
    assert read_once(str(store)) == "ok"
    assert write_once(str(store), "b", 0) == "ok"
    assert graph_ids(store) == {"a", "b"}
    assert sorted(p.name for p in store.iterdir() if not p.name.startswith(".")) == ["extractions", GRAPH_DIR]


def test_sigkill_while_the_old_graph_is_deleted_does_not_wedge_the_store(tmp_path):
    """A real process killed inside the deletion of graph.oxigraph.old (its rmtree is slowed)."""
    store = tmp_path / "store"
    assert write_once(str(store), "a", 0) == "ok"
    code = ("import shutil, sys, time, os\n"
            "real = shutil.rmtree\n"
            "def slow(path, *a, **k):\n"
            "    if str(path).endswith('.old') and os.path.exists(path):\n"
            "        for f in sorted(os.listdir(path))[:1]: os.remove(os.path.join(path, f))\n"
            "        print('deleting', flush=True); time.sleep(60)\n"
            "    return real(path, *a, **k)\n"
            "shutil.rmtree = slow\n"
            "from tests.reliability.helpers import write_once\n"
            f"print(write_once({str(store)!r}, 'b', 0), flush=True)\n")
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        lines = []
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            lines.append(proc.stdout.readline())
            if lines[-1] in ("deleting\n", ""):
                break
        assert lines[-1] == "deleting\n", lines
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        proc.kill()
        proc.wait()
    assert (store / f"{GRAPH_DIR}.old").exists()
    assert write_once(str(store), "c", 0) == "ok"
    assert graph_ids(store) == {"a", "b", "c"}


def test_kg_build_on_a_busy_store_is_one_line_and_exit_3(tmp_path, capsys):
    from kg.cli import main

    holder = GraphStore(tmp_path / "store")
    with holder.writing():
        code = main(["build", str(ROOT / "examples" / "articles"), "-o", str(tmp_path / "out"), "--store",
                     str(tmp_path / "store"), "--wait", "0.2", "--no-model", "-q"])
    err = capsys.readouterr().err
    assert code == 3
    assert err == (f"kg: error: {tmp_path / 'store'}: another 'kg build --store' is updating this store, so it cannot "
                   "be updated after waiting 0.2 s; run again when it has finished, or pass --wait SECONDS to wait "
                   "for it\n")
    assert not (tmp_path / "out").exists()
