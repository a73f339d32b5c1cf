"""The command line through Click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from factkit.cli import main

ARTICLES = Path(__file__).parent.parent / "data" / "articles"


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".json", ".jsonl"])
def test_extract_writes_the_format_the_extension_names(tmp_path, suffix):
    out = tmp_path / f"facts{suffix}"
    result = CliRunner().invoke(main, ["extract", str(ARTICLES), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "5 articles" in result.output
    if suffix == ".csv":
        facts = pd.read_csv(out)
    elif suffix == ".parquet":
        facts = pd.read_parquet(out)
    elif suffix == ".json":
        facts = pd.DataFrame(json.loads(out.read_text()))
    else:
        facts = pd.read_json(out, lines=True)
    assert {"doc", "kind", "text", "start", "end", "low", "high", "outlet", "published"} <= set(facts.columns)
    assert set(facts["doc"]) == {p.stem for p in ARTICLES.glob("*.txt")}
    assert (facts["text"] == "more than 10,000").any()


def test_missing_path_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "nope"), "-o", str(tmp_path / "f.csv")])
    assert result.exit_code != 0
    assert "nope" in result.output and "does not exist" in result.output


def test_unknown_output_format_is_refused(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(ARTICLES), "-o", str(tmp_path / "f.xlsx")])
    assert result.exit_code != 0
    assert "unknown output format" in result.output


def test_nothing_readable_exits_non_zero(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = CliRunner().invoke(main, ["extract", str(tmp_path), "-o", str(tmp_path / "f.csv")])
    assert result.exit_code == 1
    assert "empty.txt" in result.output


def test_every_command_has_an_example_in_its_help():
    for name, command in main.commands.items():
        assert "Example:" in (command.help or ""), name


def test_compare_writes_the_three_report_files(tmp_path):
    result = CliRunner().invoke(main, ["compare", str(ARTICLES), "-o", str(tmp_path / "reports"), "-j", "1"])
    assert result.exit_code == 0, result.output
    facts = pd.read_csv(tmp_path / "reports" / "facts.csv")
    comparison = pd.read_csv(tmp_path / "reports" / "comparison.csv")
    assert facts["figure"].notna().all() and set(comparison["figure"]) == set(facts["figure"])
    assert set(comparison["verdict"]) <= {"agree", "compatible", "conflict", "single source"}
    assert (comparison["n_outlets"] >= 2).any()
    page = (tmp_path / "reports" / "comparison.html").read_text()
    assert page.count('<div class="chart" id="chart-') == 3
    assert f"{comparison['figure'].nunique()} figures" in result.output


def test_compare_applies_a_figures_file(tmp_path):
    rules = tmp_path / "figures.toml"
    rules.write_text('[[figure]]\nname = "Troops sent"\ncounted = "troop"\nkind = "count"\n')
    result = CliRunner().invoke(main, ["compare", str(ARTICLES), "-o", str(tmp_path), "--figures", str(rules)])
    assert result.exit_code == 0, result.output
    comparison = pd.read_csv(tmp_path / "comparison.csv")
    assert "Troops sent" in set(comparison["figure_label"])


def test_compare_refuses_a_broken_figures_file(tmp_path):
    rules = tmp_path / "figures.toml"
    rules.write_text("[[figure]]\ncounted = 'troop'\n")
    result = CliRunner().invoke(main, ["compare", str(ARTICLES), "-o", str(tmp_path), "--figures", str(rules)])
    assert result.exit_code == 2
    assert "figures.toml" in result.output and "needs a name" in result.output


def test_scheduler_needs_the_dask_engine(tmp_path):
    args = ["extract", str(ARTICLES), "-o", str(tmp_path / "f.csv"), "--scheduler", "tcp://127.0.0.1:1"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and "--engine dask" in result.output


def test_json_output_refuses_the_dask_engine(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(ARTICLES), "-o", str(tmp_path / "f.json"), "--engine", "dask"])
    assert result.exit_code == 2 and ".jsonl" in result.output
