"""The notebooks: committed clean and thin, and executed top to bottom (cwd = notebooks/) on the default
corpus and on a second corpus written here, the way papermill reruns them on new articles."""

from __future__ import annotations

import ast
import os
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
NAMES = ("explore.ipynb", "compare_sources.ipynb")
WIDGET = "application/vnd.jupyter.widget-view+json"

#: A second story: three outlets on one strike (doc -> outlet, published, text).
STRIKE = {
    "daily-a": ("Daily A", "2024-03-04", "More than 500 workers walked out at the plant on Monday, the union said."),
    "daily-b": ("Daily B", "2024-03-05", "About 600 workers joined the strike at the plant on Monday, the union said."),
    "wire-c": ("Wire C", "2024-03-05", "Up to 700 workers stopped work at the plant on Monday, police said."),
}


@pytest.fixture(scope="module")
def strike_corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("strike")
    rows = ["doc,outlet,published,url,title"]
    for doc, (outlet, published, text) in STRIKE.items():
        (folder / f"{doc}.txt").write_text(f"Plant strike\n\n{text}\n", encoding="utf-8")
        rows.append(f"{doc},{outlet},{published},,Plant strike")
    (folder / "articles.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(autouse=True)
def kernel_imports_this_checkout(monkeypatch):
    """Kernels import factkit from this working tree, installed or not."""
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))


def read(name: str) -> nbformat.NotebookNode:
    return nbformat.read(NOTEBOOKS / name, as_version=4)


def code_cells(nb: nbformat.NotebookNode) -> list[nbformat.NotebookNode]:
    return [cell for cell in nb.cells if cell.cell_type == "code"]


def execute(name: str, **parameters: object) -> nbformat.NotebookNode:
    """Run a notebook with cwd = notebooks/, parameters injected after the `parameters` cell as papermill does."""
    nb = read(name)
    at = next(i for i, cell in enumerate(nb.cells) if "parameters" in cell.metadata.get("tags", []))
    injected = nbformat.v4.new_code_cell("\n".join(f"{k} = {v!r}" for k, v in parameters.items()))
    injected.metadata["tags"] = ["injected-parameters"]
    nb.cells.insert(at + 1, injected)
    NotebookClient(nb, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    return nb


def outputs(nb: nbformat.NotebookNode) -> str:
    return "\n".join(str(out) for cell in code_cells(nb) for out in cell.outputs)


@pytest.mark.parametrize("name", NAMES)
def test_committed_without_outputs(name):
    nbformat.validate(read(name))
    for cell in code_cells(read(name)):
        assert cell.outputs == [] and cell.execution_count is None


@pytest.mark.parametrize("name", NAMES)
def test_first_code_cell_is_the_papermill_parameters(name):
    first = code_cells(read(name))[0]
    assert first.metadata.get("tags") == ["parameters"]
    assigned = {node.targets[0].id: ast.literal_eval(node.value) for node in ast.parse(first.source).body}
    assert assigned["articles"] == "../data/articles" and assigned["out_dir"] == "../reports"
    if name == "compare_sources.ipynb":
        assert assigned["figures_file"] is None


@pytest.mark.parametrize("name", NAMES)
def test_notebooks_are_thin(name):
    for cell in code_cells(read(name)):
        for node in ast.walk(ast.parse(cell.source)):
            if isinstance(node, ast.FunctionDef | ast.ClassDef):
                assert node.end_lineno - node.lineno < 3, f"{name}: {node.name} belongs in the package"


def test_explore_runs_on_the_default_corpus(tmp_path):
    nb = execute("explore.ipynb", out_dir=str(tmp_path))
    assert WIDGET in outputs(nb), "the explorer and the charts display as widgets"
    report = (tmp_path / "report.html").read_text()
    assert "window.vegaEmbed=" in report and "Korea JoongAng Daily" in report


def test_explore_runs_on_another_corpus(tmp_path, strike_corpus):
    nb = execute("explore.ipynb", articles=str(strike_corpus), out_dir=str(tmp_path))
    assert "Wire C" in outputs(nb)
    assert "Daily B" in (tmp_path / "report.html").read_text()


def test_compare_sources_runs_on_the_default_corpus(tmp_path):
    execute("compare_sources.ipynb", out_dir=str(tmp_path))
    report = (tmp_path / "compare_sources.html").read_text()
    assert "Meduza" in report and '<table border="1" class="dataframe comparison">' in report


#: A figures file (see `factkit.align`) naming the strike's worker count, as a user keeps one per story.
FIGURES_TOML = """
[[figure]]
name = "Workers on strike at the plant"
kind = "count"
counted = ["worker"]
"""


def test_papermill_reruns_compare_sources_on_new_articles(tmp_path, strike_corpus):
    papermill = pytest.importorskip("papermill")
    (tmp_path / "figures.toml").write_text(FIGURES_TOML)
    papermill.execute_notebook(
        str(NOTEBOOKS / "compare_sources.ipynb"),
        str(tmp_path / "out.ipynb"),
        parameters={
            "articles": str(strike_corpus),
            "out_dir": str(tmp_path),
            "figures_file": str(tmp_path / "figures.toml"),
        },
        cwd=str(NOTEBOOKS),
        kernel_name="python3",
        progress_bar=False,
        execution_timeout=180,
    )
    report = (tmp_path / "compare_sources.html").read_text()
    assert "Wire C" in report and "Daily B" in report
    assert "Workers on strike at the plant" in report, "the figures file names the figure"
    assert "workers-on-strike-at-the-plant" in report
