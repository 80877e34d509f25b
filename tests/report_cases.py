"""Real runs for the report, baseline and command-line tests: short reports written here, a
rules file over them, and the outcome crosscheck finds (every level, four kinds)."""

from __future__ import annotations

from pathlib import Path

from checker.config import load_rules
from checker.documents import load
from checker.engine import check
from checker.findings import Outcome

REVIEW = """2023年工作回顾

全市共建成职工之家1.38万家，建成工会服务站2000家。
会员总数达到450万人，比上年增加12万人。
"""
DRAFT = """解读：全市建成职工之家1.36万家，工会服务站2000家。
会员总数450万人，开展培训班120个。
"""
RULES = """version: 1
documents: {review: review.txt, draft: draft.txt}
metrics:
  homes: {names: [职工之家], unit: 家}
  members: {names: [会员总数], unit: 人}
  ghost: {names: [不存在的指标]}
rules:
  - id: same-figures
    type: equal
    documents: [review, draft]
    metrics: [homes, members]
  - id: draft-figures-in-review
    type: covered
    source: review
    derived: draft
    level: info
  - id: ghost-present
    type: present
    documents: [review]
    metrics: [ghost]
    level: warning
  - id: ghost-within
    type: compare
    expr: review.ghost <= review.members
"""
# What the case finds: (kind, level, rule, figures as written).
EXPECTED = [
    ("mismatch", "error", "same-figures", ("1.38万家", "1.36万家")),
    ("unsupported", "info", "draft-figures-in-review", ("120个",)),
    ("missing", "warning", "ghost-present", ()),
    ("unmatched-rule", "error", "ghost-within", ()),
]


def write_case(folder: Path, draft: str = DRAFT, review: str = REVIEW) -> Path:
    """The two reports and the rules file in `folder`; the rules file's path."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "review.txt").write_text(review, encoding="utf-8")
    (folder / "draft.txt").write_text(draft, encoding="utf-8")
    rules = folder / "rules.yaml"
    rules.write_text(RULES, encoding="utf-8")
    return rules


def run_case(folder: Path, draft: str = DRAFT, review: str = REVIEW) -> Outcome:
    """Write the case and check it, as `crosscheck check --rules folder/rules.yaml` does."""
    rules = load_rules(write_case(folder, draft, review))
    return check({key: load(path) for key, path in rules.documents.items()}, rules)


def summary(outcome: Outcome) -> list[tuple[str, str, str, tuple[str, ...]]]:
    return [(f.kind, f.level, f.rule, tuple(x.text for x in f.figures))
            for f in outcome.findings]
