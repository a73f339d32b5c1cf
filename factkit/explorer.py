"""An ipywidgets explorer for JupyterLab: pick a figure, filter outlets and kinds, read the quotes.

`explorer(facts)` aligns the facts if needed, and every change of a control recomputes the comparison
of the selected outlets and kinds, then redraws the figure chart and the quotes table together. The
widgets are attributes (`figure`, `search`, `outlets`, `kinds`, `export_button`) and the state has plain
accessors (`comparison()`, `chart_data()`, `quotes_html()`, `current_chart()`), so tests drive it from Python
exactly as a user drives it with the mouse.
"""

from __future__ import annotations

import html
import sys
import types
from pathlib import Path

import altair as alt
import ipywidgets as widgets
import pandas as pd

from . import charts


def highlight(sentence: str, words: str) -> str:
    """The sentence as escaped HTML with the figure's words wrapped in <mark>.

    >>> highlight("Some 11,000 <troops> went.", "Some 11,000")
    '<mark>Some 11,000</mark> &lt;troops&gt; went.'
    """
    sentence, words = str(sentence or ""), str(words or "")
    at = sentence.find(words) if words else -1
    if at < 0 and words:
        at = sentence.lower().find(words.lower())
    if at < 0:
        return html.escape(sentence) + (f" <mark>{html.escape(words)}</mark>" if words else "")
    end = at + len(words)
    return f"{html.escape(sentence[:at])}<mark>{html.escape(sentence[at:end])}</mark>{html.escape(sentence[end:])}"


#: Inline style of the quotes table: compact lines, so a figure's mentions fit beside the chart.
QUOTES_STYLE = "border-collapse: collapse; line-height: 1.35; font-size: 13px"


class Explorer(widgets.VBox):
    """The explorer widget; build it with `explorer(facts)`."""

    def __init__(self, facts: pd.DataFrame, out_dir: str | Path = "reports") -> None:
        from .align import align
        from .compare import compare

        self._run_compare = compare
        self.facts = charts._plain(facts if "figure" in facts.columns else align(facts))
        self.facts["outlet"] = charts._outlets(self.facts)
        outlets = sorted(self.facts["outlet"].unique())
        kinds = sorted(self.facts["kind"].dropna().unique())
        self.search = widgets.Text(placeholder="search figures…", layout={"width": "100%"})
        self.figure = widgets.Select(options=[], rows=6, layout={"width": "100%"})
        narrow = {"style": {"description_width": "4em"}, "rows": 7}
        self.outlets = widgets.SelectMultiple(options=outlets, value=tuple(outlets), description="Outlets", **narrow)
        self.kinds = widgets.SelectMultiple(options=kinds, value=tuple(kinds), description="Kinds", **narrow)
        self.outlets.layout.width, self.kinds.layout.width = "20em", "12em"
        self.chart_view = alt.JupyterChart(charts._empty("…"))
        self.quotes = widgets.HTML()
        self.export_path = widgets.Text(value=str(Path(out_dir) / "explorer.html"), description="Export to")
        self.export_button = widgets.Button(description="Export HTML", icon="download", button_style="primary")
        self.status = widgets.HTML()
        self._comparison = pd.DataFrame()
        self._busy = False
        header = widgets.HTML(
            f"<b>factkit explorer</b>: {len(self.facts)} mentions from {len(outlets)} outlets. Pick a figure; "
            "ctrl/shift-click to choose several outlets or kinds."
        )
        pick = widgets.VBox([self.search, self.figure], layout={"width": "32em"})
        controls = widgets.HBox([pick, self.outlets, self.kinds])
        export = widgets.HBox([self.export_path, self.export_button, self.status])
        super().__init__([header, controls, self.chart_view, self.quotes, export])
        self.search.observe(lambda _: self._update_options(), "value")
        self.outlets.observe(lambda _: self._recompute(), "value")
        self.kinds.observe(lambda _: self._recompute(), "value")
        self.figure.observe(lambda _: self._render(), "value")
        self.export_button.on_click(lambda _: self.export())
        self._recompute()

    def selected_facts(self) -> pd.DataFrame:
        """The facts of the chosen outlets and kinds."""
        keep = self.facts["outlet"].isin(self.outlets.value) & self.facts["kind"].isin(self.kinds.value)
        return self.facts[keep]

    def comparison(self) -> pd.DataFrame:
        """The comparison of the chosen outlets and kinds (one row per figure x outlet)."""
        return self._comparison

    def chart_data(self) -> pd.DataFrame:
        """The comparison rows the chart shows: the selected figure, one row per reporting outlet."""
        cmp = self._comparison
        if self.figure.value is None or len(cmp) == 0:
            return cmp.iloc[:0]
        return cmp[cmp["figure"] == self.figure.value].reset_index(drop=True)

    def current_chart(self) -> alt.TopLevelMixin:
        """The Altair chart on display (`figure_chart` of the selected figure)."""
        if self.figure.value is None:
            return charts._empty("No figure matches the filters")
        return charts.figure_chart(self._comparison, self.figure.value)

    def quotes_html(self) -> str:
        """The quotes table of the selected figure: every mention, its words marked, all text escaped."""
        facts = self.selected_facts()
        rows = facts[facts["figure"] == self.figure.value] if self.figure.value is not None else facts.iloc[:0]
        if len(rows) == 0:
            return "<p><i>No quote to show.</i></p>"
        rows = charts._plain(rows.sort_values(["outlet", "start"] if "start" in rows else ["outlet"]))
        days = pd.to_datetime(charts._col(rows, "published"), errors="coerce").dt.strftime("%Y-%m-%d").fillna("")
        said = charts._col(rows, "attribution").where(lambda s: s.map(lambda v: isinstance(v, str)), "")
        body = [
            f"<tr><td>{html.escape(str(o))}</td><td>{d}</td><td>{highlight(q, w)}</td><td>{html.escape(a)}</td></tr>"
            for o, d, q, w, a in zip(
                rows["outlet"], days, charts._col(rows, "sentence"), rows["text"], said, strict=True
            )
        ]
        head = "<tr><th>outlet</th><th>published</th><th>quote</th><th>according to</th></tr>"
        table = f'<table class="factkit-quotes" style="{QUOTES_STYLE}">{head}{"".join(body)}</table>'
        return f'<div style="max-height: 20em; overflow-y: auto">{table}</div>'

    def export(self, path: str | Path | None = None) -> Path:
        """Save what is shown (chart and quotes) as one self-contained HTML file; returns its path."""
        target = Path(path or self.export_path.value)
        title = f"factkit: {self.figure.label or 'no figure'}"
        page = charts.chart_html(self.current_chart(), title=title, body_html=self.quotes_html())
        out = charts.save_html(page, target)
        self.status.value = f"saved <code>{html.escape(str(out))}</code>"
        return out

    def _recompute(self) -> None:
        facts = self.selected_facts()
        facts = facts[facts["figure"].notna()]
        self._comparison = self._run_compare(facts) if len(facts) else pd.DataFrame(columns=["figure", "outlet"])
        self._update_options()

    def _update_options(self) -> None:
        cmp, query = self._comparison, self.search.value.strip().lower()
        options = []
        if len(cmp):
            cmp = cmp.assign(
                label=charts._col(cmp, "figure_label").fillna(cmp["figure"]), verdict=charts._col(cmp, "verdict")
            )
            per = cmp.groupby("figure", sort=False).agg(
                label=("label", "first"), n=("outlet", "nunique"), verdict=("verdict", "first")
            )
            per = per.sort_values(["n", "label"], ascending=[False, True])
            options = [
                (f"{r.label} · {r.n} outlet{'s' * (r.n != 1)} · {r.verdict}", key)
                for key, r in per.iterrows()
                if not query or query in f"{r.label} {key}".lower()
            ]
        previous = self.figure.value
        self._busy = True
        try:
            self.figure.options = options
            keys = [key for _, key in options]
            self.figure.value = previous if previous in keys else (keys[0] if keys else None)
        finally:
            self._busy = False
        self._render()

    def _render(self) -> None:
        if self._busy:
            return
        self.chart_view.chart = self.current_chart()
        self.quotes.value = self.quotes_html()


def explorer(facts: pd.DataFrame, out_dir: str | Path = "reports") -> Explorer:
    """An explorer widget over `facts` (aligned first if it has no `figure` column).

    Choose a figure (type to filter the list), restrict outlets and kinds; the chart and the quotes
    update together, and "Export HTML" saves what is shown as one offline file in `out_dir`.
    """
    alt.JupyterChart.enable_offline()
    return Explorer(facts, out_dir)


class _CallableModule(types.ModuleType):
    """This module, callable as `explorer`: `factkit.explorer` names both the module (once imported, Python
    binds the package attribute to it) and the function, so `factkit.explorer(facts)` always works."""

    def __call__(self, facts: pd.DataFrame, out_dir: str | Path = "reports") -> Explorer:
        return explorer(facts, out_dir)


sys.modules[__name__].__class__ = _CallableModule
