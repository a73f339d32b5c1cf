"""The package surface: lazy chart and widget imports, and `factkit.explorer` as module and function."""

from __future__ import annotations

import subprocess
import sys


def test_importing_factkit_leaves_altair_and_ipywidgets_unloaded():
    # the command line and the extraction workers import factkit; Altair and ipywidgets cost seconds
    code = "import sys, factkit; print(sorted(m for m in ('altair', 'ipywidgets') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_chart_names_load_on_first_use():
    import factkit

    assert factkit.figure_chart.__module__ == "factkit.charts"
    assert set(factkit.__all__) <= set(dir(factkit)) | set(factkit._LAZY)


def test_explorer_is_callable_however_it_was_imported():
    import factkit
    import factkit.explorer as module
    from factkit.explorer import Explorer

    assert callable(factkit.explorer) and factkit.explorer is module
    facts = factkit.extract_articles([factkit.Article(doc="a", text="Some 300 troops left.", outlet="A")])
    assert isinstance(factkit.explorer(facts), Explorer)
