"""The pre-commit hook and the README's GitHub Actions workflow, run as they are written."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from tests.conftest import FIXTURES, ROOT, SEEDS


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of what a reports repository holds: the seeds and rules.yaml."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    shutil.copy(ROOT / "rules.yaml", tmp_path / "rules.yaml")
    return tmp_path


@pytest.fixture
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The environment a hook or a workflow step runs in: `crosscheck` on the PATH (the
    installed console script, or, where it is not installed, this interpreter's -m checker)."""
    folders = [str(Path(sys.executable).parent), os.environ.get("PATH", "")]
    if not shutil.which("crosscheck", path=os.pathsep.join(folders)):
        bin_dir = tmp_path_factory.mktemp("bin")
        script = bin_dir / "crosscheck"
        script.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m checker "$@"\n')
        script.chmod(0o755)
        folders.insert(0, str(bin_dir))
    clean = {k: v for k, v in os.environ.items()
             if k not in ("GITHUB_ACTIONS", "CROSSCHECK_RULES", "FORCE_COLOR")}
    return {**clean, "PATH": os.pathsep.join(folders), "COLUMNS": "120"}


def test_the_pre_commit_hook_passes_and_fails_as_it_should(project: Path,
                                                           env: dict[str, str]) -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text("utf-8"))
    hook, = hooks
    assert hook["id"] == "crosscheck" and hook["language"] == "python"
    assert hook["pass_filenames"] is False
    command = [*shlex.split(hook["entry"]), *hook.get("args", [])]
    passed = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True,
                            check=False)
    assert passed.returncode == 0, passed.stderr
    unsupported = [line for line in passed.stdout.splitlines() if "] unsupported " in line]
    assert len(unsupported) == 3 and "\x1b[" not in passed.stdout  # concise: piped
    draft = project / "seeds" / "001_db9e2ff62b27b720.txt"
    draft.write_text(draft.read_text("utf-8").replace("职工之家1.38万家", "职工之家1.36万家"),
                     encoding="utf-8")
    failed = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True,
                            check=False)
    assert failed.returncode == 1 and "] mismatch 职工之家: " in failed.stdout


def workflow() -> dict[str, object]:
    readme = (ROOT / "README.md").read_text("utf-8")
    block, = (b for b in re.findall(r"```yaml\n(.*?)```", readme, re.DOTALL) if "jobs:" in b)
    return yaml.safe_load(block)  # type: ignore[no-any-return]


def test_the_readme_workflow_steps_run_as_in_github_actions(project: Path,
                                                            env: dict[str, str]) -> None:
    steps = workflow()["jobs"]["crosscheck"]["steps"]  # type: ignore[index]
    assert {"actions/checkout@v4", "github/codeql-action/upload-sarif@v3"} <= {
        step.get("uses", "").split(" ")[0] for step in steps}
    runs = [step["run"] for step in steps if "run" in step and "pip install" not in step["run"]]
    summary = project / "step-summary.md"
    actions = {**env, "GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    outputs = []
    for run in runs:
        done = subprocess.run(["bash", "-e", "-c", run], cwd=project, env=actions,
                              capture_output=True, text=True, check=False)
        assert done.returncode == 0, (run, done.stderr)
        outputs.append(done.stdout)
    annotations = [line for line in outputs[0].splitlines() if line.startswith("::")]
    assert len(annotations) == 3 and all(a.startswith("::warning file=seeds/") for a in annotations)
    upload = next(step for step in steps if "upload-sarif" in step.get("uses", ""))
    log = json.loads((project / upload["with"]["sarif_file"]).read_text("utf-8"))
    schema = json.loads((FIXTURES / "sarif" / "sarif-schema-2.1.0.json").read_text("utf-8"))
    jsonschema.validate(log, schema)
    assert len(log["runs"][0]["results"]) == 3
    assert summary.read_text("utf-8").startswith("### ⚠️ crosscheck: 0 errors, 3 warnings")
