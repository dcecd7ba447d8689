"""Fixtures of the explorer's browser tests: Debian's Chromium, headless, with the network cut off.

``playwright install`` is never used: the browser is /usr/bin/chromium (``apt-get install -y chromium``).
The screenshots the tests take go to output/screenshots/ (gitignored with the rest of output/),
or to KG_SHOTS_DIR when it is set.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--host-resolver-rules=MAP * ~NOTFOUND",
]
SHOTS = Path(__file__).resolve().parents[2] / "output" / "screenshots"
READY = "() => document.body.dataset.kgReady === '1'"  # a function: the page's CSP forbids eval'd strings


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "browser: drives Debian's chromium headless, network blocked")


@dataclass
class Opened:
    """A page opened offline, with what it logged, requested and popped up."""

    page: Any
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    seconds: float = 0.0  # from goto to the page's ready flag

    def clean(self) -> bool:
        return not (self.errors or self.requests or self.dialogs)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if os.environ.get("CI") and not CHROMIUM.exists():
        raise RuntimeError("CI must run the browser tests: .ci/run installs chromium")
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} missing: apt-get install -y chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture()
def open_page(browser: Any) -> Iterator[Callable[..., Opened]]:
    """open_page(path) → Opened, once the page says it is ready; only file:// URLs load."""
    import time

    contexts = []

    def open_(path: Path, *, width: int = 1400, height: int = 850, timeout_ms: int = 30_000) -> Opened:
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        page = context.new_page()
        opened = Opened(page)

        def only_files(route: Any, request: Any) -> None:
            if request.url.startswith("file://"):
                route.continue_()
            else:
                opened.requests.append(request.url)
                route.abort()

        context.route("**/*", only_files)
        page.on("console", lambda msg: opened.errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: opened.errors.append(str(exc)))
        page.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))
        start = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_function(READY, timeout=timeout_ms)
        opened.seconds = time.perf_counter() - start
        return opened

    yield open_
    for context in contexts:
        context.close()


@pytest.fixture()
def shot() -> Callable[[Any, str], Path]:
    """shot(page, name) saves a screenshot under KG_SHOTS_DIR (or output/screenshots/) and prints its path."""
    def take(page: Any, name: str) -> Path:
        folder = Path(os.environ.get("KG_SHOTS_DIR") or SHOTS)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{name}.png"
        page.screenshot(path=str(path))
        print(f"screenshot: {path}")
        return path
    return take
