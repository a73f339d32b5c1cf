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


def test_no_module_level_name_is_bound_twice():
    """Rule tables and patterns are module constants: binding one name twice silently replaces the first
    (a second `NAME_BEFORE` once broke every bound word). Each top-level name is assigned once."""
    import ast
    from collections import Counter
    from pathlib import Path

    import factkit

    for path in sorted(Path(factkit.__file__).parent.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = Counter(
            t.id
            for node in tree.body
            if isinstance(node, (ast.Assign, ast.AnnAssign))
            for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if isinstance(t, ast.Name)
        )
        twice = sorted(n for n, c in names.items() if c > 1 and n != "__all__")
        assert not twice, f"{path.name}: bound more than once at module level: {twice}"
