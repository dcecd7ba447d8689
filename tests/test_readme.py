"""The README's two commands are the ones the project really runs."""
from __future__ import annotations

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = next(line for line in ci.splitlines() if line.startswith("python3 -m venv"))
    assert command in README


def test_first_command_builds_the_example_into_output():
    assert "kg build examples/articles -o output" in README
    assert (ROOT / "examples" / "articles" / "2025-02-17-rutte-kellogg.txt").is_file()
