"""The command line: exit codes, formats, one-line errors, byte-stable output."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from checker.cli import main
from checker.errors import CrosscheckError
from tests.conftest import ROOT, SEEDS

REVIEW = str(SEEDS / "003_002d43a0e4edfa5b.txt")
INTERPRETATION = str(SEEDS / "001_db9e2ff62b27b720.txt")


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd or ROOT,
                          capture_output=True, text=True, env=env, check=False)


def test_check_with_the_project_rules_passes_and_reports() -> None:
    result = run("check", "-f", "rich")
    assert result.returncode == 0, result.stderr
    assert "review-matches-interpretation" not in result.stdout  # no mismatch there
    assert "217项" in result.stdout and "Unsupported figures (3)" in result.stdout


def test_fail_level_decides_the_exit_code() -> None:
    assert run("check", "--fail-level", "warning").returncode == 1
    assert run("check", "--fail-level", "never").returncode == 0


def test_auto_mode_json_is_stable_and_depends_only_on_the_reference() -> None:
    first = run("check", "--format", "json", REVIEW, INTERPRETATION)
    second = run("check", "--format", "json", "--reference", REVIEW, INTERPRETATION, REVIEW)
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout
    data = json.loads(first.stdout)
    assert data["references"] == [REVIEW]
    assert data["version"] == 1 and data["rules_file"] is None
    assert data["summary"]["by_kind"]["mismatch"] == 0
    assert data["summary"]["aligned_metrics"] >= 40
    missing = {f["figures"][0]["text"] for f in data["findings"] if f["kind"] == "missing"}
    assert {"217项", "7.7亿元", "1197名", "1714场"} <= missing
    assert all(f["level"] == "warning" for f in data["findings"])


def test_a_mismatch_exits_one_and_names_the_line(tmp_path: Path) -> None:
    changed = tmp_path / "interpretation.txt"
    changed.write_text(Path(INTERPRETATION).read_text("utf-8").replace(
        "职工之家1.38万家", "职工之家1.36万家"), encoding="utf-8")
    result = run("check", "--format", "json", REVIEW, str(changed), cwd=tmp_path)
    assert result.returncode == 1
    mismatches = [f for f in json.loads(result.stdout)["findings"] if f["kind"] == "mismatch"]
    assert len(mismatches) == 1
    assert {(f["text"], f["line"]) for f in mismatches[0]["figures"]} == {
        ("1.38万家", 59), ("1.36万家", 61)}


def test_a_rules_document_can_be_replaced_by_a_draft(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(Path(INTERPRETATION).read_text("utf-8").replace("1390名", "1309名"),
                     encoding="utf-8")
    result = run("check", "--format", "json", f"interpretation={draft}")
    assert result.returncode == 1
    rules = {f["rule"] for f in json.loads(result.stdout)["findings"] if f["level"] == "error"}
    assert rules == {"review-matches-interpretation"}


@pytest.mark.parametrize("args,words", [
    (["check", "nope.txt", "other.txt"], "nope.txt: no such file"),
    (["check", "--rules", "nope.yaml"], "nope.yaml: rules file not found"),
    (["extract", "seeds/none-*.txt"], "seeds/none-*.txt: no files match"),
    (["check", "--rules", "bad.yaml"], "bad.yaml:3:"),
])
def test_user_errors_are_one_line_and_exit_two(args: list[str], words: str,
                                              tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    (tmp_path / "bad.yaml").write_text("version: 1\ndocuments: {a: a.txt}\nrules: {x: 1}\n",
                                       encoding="utf-8")
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_binary_and_undecodable_inputs_are_refused(tmp_path: Path) -> None:
    (tmp_path / "a.bin").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "b.txt").write_bytes("职工之家1.38万家".encode("gbk"))
    runner = CliRunner()
    binary = runner.invoke(main, ["extract", str(tmp_path / "a.bin")])
    assert binary.exit_code == 2 and "binary file" in binary.output
    gbk = runner.invoke(main, ["extract", "--encoding", "utf-8", str(tmp_path / "b.txt")])
    assert gbk.exit_code == 2 and "not valid utf-8" in gbk.output


def test_extract_formats() -> None:
    runner = CliRunner()
    data = json.loads(runner.invoke(main, ["extract", "--format", "json", REVIEW]).output)
    first = data["figures"][0]
    assert list(first) == ["document", "line", "column", "start", "end", "text", "value",
                           "unit", "scale", "qualifier", "low", "high", "bounds", "metric",
                           "context", "kind", "where", "year", "period", "basis", "scenario",
                           "scope"]
    homes = next(f for f in data["figures"] if f["text"] == "1.38万家")
    assert (homes["value"], homes["low"], homes["high"], homes["bounds"]) == (
        13800, 13750, 13850, "[)")
    csv_out = runner.invoke(main, ["extract", "--format", "csv", REVIEW]).output
    assert csv_out.splitlines()[0].startswith("\ufeffdocument,line,column")  # as check's
    assert any(",1.38万家,13800,家,万," in line for line in csv_out.splitlines())


def test_align_shows_groups_with_scores() -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["align", "--format", "json", REVIEW, INTERPRETATION])
    assert result.exit_code == 0
    groups = json.loads(result.output)["alignments"]
    shared = [g for g in groups if len(g["documents"]) == 2]
    assert len(shared) >= 40 and all(g["score"] >= 72 for g in shared)
    homes = next(g for g in shared if g["metric"] == "职工之家")
    assert sorted(f["text"] for f in homes["figures"]) == ["1.38万家", "1.38万家"]
    alone = {g["figures"][0]["text"] for g in groups if len(g["documents"]) == 1}
    assert {"217项", "1197名"} <= alone
    table = runner.invoke(main, ["align", REVIEW, INTERPRETATION])
    assert table.exit_code == 0 and "aligned groups" in table.output


def test_an_output_naming_an_input_is_refused(tmp_path: Path) -> None:
    review = tmp_path / "review.txt"
    review.write_bytes(Path(REVIEW).read_bytes())
    result = run("check", "-f", "json", "-o", str(review), str(review), INTERPRETATION,
                 cwd=tmp_path)
    assert result.returncode == 2 and "never writes to its inputs" in result.stderr
    assert review.read_bytes() == Path(REVIEW).read_bytes()


@pytest.mark.parametrize("signal_name,code,words", [
    ("SIGINT", 130, "interrupted"), ("SIGTERM", 143, "terminated")])
def test_a_signal_exits_with_its_own_code(signal_name: str, code: int, words: str) -> None:
    """Ctrl-C is 130 and SIGTERM 143 (1 would say there are findings): the signal arrives
    while the documents are checked."""
    program = ("import os, signal, sys\n"
               "import checker.cli as cli\n"
               "import checker.engine as engine\n"
               "def stop(*args, **kwargs):\n"
               f"    os.kill(os.getpid(), signal.{signal_name})\n"
               "engine.check = stop  # the command imports it when it runs\n"
               "sys.argv = ['crosscheck', 'check', sys.argv[1], sys.argv[2]]\n"
               "cli.main()\n")
    result = subprocess.run([sys.executable, "-c", program, REVIEW, INTERPRETATION], cwd=ROOT,
                            capture_output=True, text=True, check=False)
    assert result.returncode == code, result.stderr
    assert f"crosscheck: {words}" in result.stderr and "Traceback" not in result.stderr


def test_help_lists_the_exit_codes() -> None:
    for args in (["--help"], ["check", "--help"]):
        shown = " ".join(CliRunner().invoke(main, args).output.split())
        assert "130 interrupted (Ctrl-C); 143 terminated (SIGTERM)" in shown


def test_extract_takes_the_output_options_of_check(tmp_path: Path) -> None:
    runner = CliRunner()
    figures = tmp_path / "figures.csv"
    written = runner.invoke(main, ["extract", "-o", str(figures), REVIEW])
    assert written.exit_code == 0 and written.output == ""
    assert figures.read_text("utf-8-sig").startswith("document,line,column")
    as_json = tmp_path / "figures.txt"
    runner.invoke(main, ["extract", "-f", "json", "-o", str(as_json), REVIEW])
    assert len(json.loads(as_json.read_text("utf-8"))["figures"]) >= 70
    table = tmp_path / "table.txt"
    runner.invoke(main, ["extract", "-o", str(table), REVIEW])
    assert "1.38万家" in table.read_text("utf-8") and "\x1b[" not in table.read_text("utf-8")
    assert runner.invoke(main, ["extract", "-q", REVIEW]).output == ""
    assert runner.invoke(main, ["extract", "-q", "-f", "json", REVIEW]).output.startswith("{")
    coloured = runner.invoke(main, ["extract", "-f", "rich", "--color", "always", REVIEW])
    assert "\x1b[" in coloured.output
    unknown = runner.invoke(main, ["extract", "-o", str(tmp_path / "x.pdf"), REVIEW])
    assert unknown.exit_code == 2 and "x.pdf: give its --format" in unknown.output


def test_extract_of_a_document_without_figures_says_so(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "none.txt"
    empty.write_text("这里没有数字。\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    table = runner.invoke(main, ["extract", "-f", "rich", "none.txt", REVIEW],
                          env={"COLUMNS": "200"})
    assert "none.txt: 0 figures" in table.output and "1.38万家" in table.output
    assert json.loads(runner.invoke(main, ["extract", "-f", "json", str(empty)]).output) == {
        "figures": []}


def test_a_document_from_standard_input() -> None:
    runner = CliRunner()
    text = Path(INTERPRETATION).read_bytes()
    figures = json.loads(runner.invoke(main, ["extract", "-f", "json", "-"], input=text).output)
    assert figures["figures"][0]["document"] == "<stdin>"
    named = runner.invoke(main, ["check", "-f", "json", "--stdin-name", "draft.txt", REVIEW,
                                 "-"], input=text)
    assert named.exit_code == 0, named.output
    data = json.loads(named.output)
    assert [d["path"] for d in data["documents"]] == [REVIEW, "draft.txt"]
    assert data["summary"]["aligned_metrics"] >= 40
    replaced = runner.invoke(main, ["check", "-f", "json", "interpretation=-"], input=text)
    assert "<stdin>" in [d["path"] for d in json.loads(replaced.output)["documents"]]
    twice = runner.invoke(main, ["check", "-", "-"], input=text)
    assert twice.exit_code == 2 and "standard input (-) can be read only once" in twice.output


def test_short_version_and_debug_after_the_subcommand() -> None:
    runner = CliRunner()
    version = importlib.metadata.version("crossreport-checker")
    assert runner.invoke(main, ["-V"]).output.endswith(f", version {version}\n")
    for args in (["--debug", "check", "nope.txt"], ["check", "--debug", "nope.txt"],
                 ["extract", "nope.txt", "--debug"]):
        result = runner.invoke(main, args)
        assert isinstance(result.exception, CrosscheckError), args  # raised: a traceback
    plain = runner.invoke(main, ["check", "nope.txt"])
    assert plain.exit_code == 2 and "nope.txt: no such file" in plain.output


SAME_REVIEW = "seeds/../seeds/003_002d43a0e4edfa5b.txt"


@pytest.mark.parametrize("paths", [[REVIEW], [REVIEW, REVIEW], [REVIEW, SAME_REVIEW]])
def test_auto_mode_with_one_document_compares_nothing_and_says_so(paths: list[str]) -> None:
    result = run("check", "--no-internal", *paths)
    assert result.returncode == 2
    assert "only one document: auto mode compares documents with each other" in result.stderr
    assert result.stdout == ""
    inside = run("check", "-f", "json", *paths)  # the checks inside it run, and it says so
    assert inside.returncode == 0 and json.loads(inside.stdout)["documents"][0]["path"] == REVIEW
    assert "nothing is compared across documents; the checks inside it ran" in inside.stderr


def test_the_terminal_report_shows_what_each_figure_stands_for(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("全年接待游客超过2000万人次。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("全年接待游客近2000万人次。\n", encoding="utf-8")
    result = run("check", "-f", "rich", "a.txt", "b.txt", cwd=tmp_path)
    assert result.returncode == 1
    assert "超过2000万人次  (2000万, ∞)" in result.stdout
    assert "近2000万人次  [1800万, 2000万)" in result.stdout
    assert "20000000" not in result.stdout and "0 (0%)" not in result.stdout



@pytest.mark.parametrize("args,reference,sign", [
    (["b.txt", "c.txt"], "b.txt", "+"),
    (["c.txt", "b.txt"], "c.txt", "-"),
    (["--reference", "c.txt", "b.txt"], "c.txt", "-"),
    (["b.txt", "--reference", "c.txt"], "c.txt", "-"),
    (["--reference", "c.txt", "."], "./c.txt", "-"),  # the folder names it ./c.txt
])
def test_differences_are_measured_against_the_reference(args: list[str], reference: str,
                                                        sign: str, tmp_path: Path) -> None:
    """The first document named (or --reference) is the reference: its figure comes first
    and the difference is the other's minus the reference's."""
    (tmp_path / "b.txt").write_text("全年接待游客2000万人次。\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("全年接待游客2100万人次。\n", encoding="utf-8")
    result = run("check", "-f", "json", *args, cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    data = json.loads(result.stdout)
    assert data["references"] == [reference]
    mismatch, = data["findings"]
    assert mismatch["figures"][0]["document"] == reference
    assert mismatch["difference"] == f"{sign}100万 ({sign}{'5' if sign == '+' else '4.8'}%)"
    concise = run("check", *args, cwd=tmp_path).stdout
    assert f"measured against the reference {reference}" in concise.splitlines()[-1]


def test_with_the_first_document_as_reference_the_others_are_still_compared_with_each_other(
        tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("全年营业收入12亿元。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("全年接待游客2000万人次。\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("全年接待游客2100万人次。\n", encoding="utf-8")
    result = run("check", "-f", "json", "a.txt", "b.txt", "c.txt", cwd=tmp_path)
    kinds = [(f["kind"], f["figures"][0]["document"]) for f in
             json.loads(result.stdout)["findings"]]
    assert ("mismatch", "b.txt") in kinds  # the reference has no such figure


def test_named_references_check_each_article_against_them_only(tmp_path: Path) -> None:
    """--reference with two or more other documents (issue 17): each article against the
    references only; what no reference states is unsupported, never compared between
    articles; findings are grouped by article."""
    (tmp_path / "a.txt").write_text("全年营业收入12亿元。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("全年接待游客2000万人次，营业收入13亿元。\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("全年接待游客2100万人次。\n", encoding="utf-8")
    for jobs in ("1", "2"):
        result = run("check", "-f", "json", "--jobs", jobs, "--reference", "a.txt", "b.txt",
                     "c.txt", cwd=tmp_path)
        data = json.loads(result.stdout)
        found = [(f["article"], f["kind"], f["figures"][-1]["text"]) for f in data["findings"]]
        assert found == [("b.txt", "mismatch", "13亿元"), ("b.txt", "unsupported", "2000万人次"),
                         ("c.txt", "unsupported", "2100万人次")]
        assert data["references"] == ["a.txt"] and data["summary"]["articles"] == 2


def test_reference_is_for_auto_mode() -> None:
    result = run("check", "--reference", REVIEW)
    assert result.returncode == 2 and "--reference is for auto mode" in result.stderr


def test_errors_point_the_right_way(tmp_path: Path) -> None:
    (tmp_path / "loop1.txt").symlink_to("loop2.txt")
    (tmp_path / "loop2.txt").symlink_to("loop1.txt")
    (tmp_path / "broken.txt").symlink_to("nowhere.txt")
    (tmp_path / "gbk.txt").write_bytes("职工之家1.38万家。".encode("gbk"))
    cases = [
        (["extract", "loop1.txt"], "loop1.txt: a symbolic link loop"),
        (["extract", "broken.txt"], "broken.txt: a broken symbolic link (to nowhere.txt"),
        (["extract", "--encoding", "utf-8", "gbk.txt"],
         "--encoding utf-8 is not its encoding; it reads as gb18030: give --encoding gb18030"),
    ]
    for args, words in cases:
        result = run(*args, cwd=tmp_path)
        assert result.returncode == 2 and words in result.stderr, result.stderr
    replaced = run("check", f"Interpretation={INTERPRETATION}")
    assert replaced.returncode == 2
    assert "rules.yaml has no document 'Interpretation' (did you mean 'interpretation'?)" in \
        replaced.stderr
    missing = run("check", "interpretation=nope.txt")
    assert "nope.txt: no such file (given as interpretation=nope.txt, in place of document " \
        "'interpretation' of rules.yaml)" in missing.stderr


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"),
                    reason="needs root to run as another user (root reads any folder)")
def test_a_folder_without_read_permission_is_named() -> None:
    with tempfile.TemporaryDirectory() as folder:  # one the other user can reach
        os.chmod(folder, 0o755)
        locked = Path(folder) / "locked"
        locked.mkdir()
        (locked / "a.txt").write_text("职工之家1.38万家。", encoding="utf-8")
        locked.chmod(0)
        as_nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable]
        # The other user may not reach root's site-packages (a home of mode 700 in CI): the
        # packages the command imports are copied where it can read them.
        packages = Path(folder) / "packages"
        for name in ("click", "rich", "markdown_it", "mdurl", "pygments", "opencc", "yaml",
                     "rapidfuzz", "certifi", "numpy"):
            spec = importlib.util.find_spec(name)
            if spec and spec.submodule_search_locations:
                source = Path(next(iter(spec.submodule_search_locations)))
                # A wheel's shared libraries sit beside the package (numpy.libs).
                for part in (source, source.with_name(f"{name}.libs")):
                    if part.is_dir():
                        shutil.copytree(part, packages / part.name,
                                        ignore=shutil.ignore_patterns("__pycache__"))
        env = {**os.environ, "PYTHONPATH": os.pathsep.join((str(ROOT), str(packages)))}
        # The probe runs the whole extraction on a readable file, so that a package missing
        # from the copy shows as a skip that names it, not as a wrong exit code.
        readable = Path(folder) / "readable.txt"
        readable.write_text("职工之家1.38万家。", encoding="utf-8")
        probe = subprocess.run([*as_nobody, "-m", "checker", "extract", str(readable)],
                               cwd=ROOT, env=env, capture_output=True, text=True, check=False)
        if probe.returncode != 0:
            locked.chmod(0o755)
            pytest.skip(f"the other user cannot import crosscheck here: {probe.stderr[-300:]}")
        result = subprocess.run([*as_nobody, "-m", "checker", "extract", str(locked)],
                                cwd=ROOT, env=env, capture_output=True, text=True, check=False)
        locked.chmod(0o755)
    assert result.returncode == 2
    assert f"{locked}: cannot read this folder: Permission denied" in result.stderr


def test_the_readme_shows_what_the_tool_prints() -> None:
    """The sample run in the README is the tool's output on the seeds, and its claims hold."""
    readme = (ROOT / "README.md").read_text("utf-8")
    sample = readme.split("```text\n", 1)[1].split("```", 1)[0]
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "118"}
    shown = subprocess.run([sys.executable, "-m", "checker", "check", "-f", "rich"], cwd=ROOT,
                           capture_output=True, text=True, env=env, check=False).stdout
    assert [line.rstrip() for line in shown.splitlines()] == sample.splitlines()
    named = len(yaml.safe_load((ROOT / "rules.yaml").read_text("utf-8"))["documents"])
    assert f"checks {['no', 'one', 'two', 'three', 'four', 'five'][named]} of the five " \
        "bundled seed reports" in readme
    assert "crosscheck align" in readme


@pytest.mark.parametrize("signal_name,code,words", [
    ("SIGINT", 130, "interrupted"), ("SIGTERM", 143, "terminated")])
def test_a_signal_stops_the_worker_processes_quietly(signal_name: str, code: int,
                                                     words: str) -> None:
    """Ctrl-C reaches every process of the group: the workers of --jobs stop without a
    traceback each, and the main process alone says what happened."""
    program = ("import os, signal, sys, time\n"
               "import checker.cli as cli\n"
               "import checker.engine as engine\n"
               "from checker import parallel\n"
               "def check(*args, **kwargs):\n"
               "    with parallel.process_pool(2) as pool:\n"
               "        task = pool.submit(time.sleep, 30)\n"
               "        time.sleep(1)\n"
               f"        os.killpg(os.getpgrp(), signal.{signal_name})\n"
               "        task.result()\n"
               "engine.check = check  # the command imports it when it runs\n"
               "sys.argv = ['crosscheck', 'check', sys.argv[1], sys.argv[2]]\n"
               "cli.main()\n")
    result = subprocess.run([sys.executable, "-c", program, REVIEW, INTERPRETATION], cwd=ROOT,
                            capture_output=True, text=True, check=False, timeout=60,
                            start_new_session=True)
    assert result.returncode == code, result.stderr
    assert result.stderr.strip() == f"crosscheck: {words}"


def test_with_several_references_each_other_document_is_checked_against_them_only(
        tmp_path: Path) -> None:
    for name, count in (("a.txt", "2000万"), ("b.txt", "2000万"), ("c.txt", "2100万"),
                        ("d.txt", "2200万")):
        (tmp_path / name).write_text(f"全年接待游客{count}人次。\n", encoding="utf-8")
    result = run("check", "-f", "json", "--no-internal", "--reference", "a.txt",
                 "--reference", "b.txt", "c.txt", "d.txt", cwd=tmp_path)
    data = json.loads(result.stdout)
    assert data["references"] == ["a.txt", "b.txt"]
    pairs = sorted((f["figures"][0]["document"], f["figures"][1]["document"])
                   for f in data["findings"] if f["kind"] == "mismatch")
    assert pairs == [("a.txt", "c.txt"), ("a.txt", "d.txt"), ("b.txt", "c.txt"),
                     ("b.txt", "d.txt")]  # c and d are not compared with each other
