"""Rule expressions: `industry.medals + culture.medals <= review.medals`.

A small parser of our own (never `eval`): numbers, references `document.metric`, + − × ÷
(also written - * /), parentheses, and one comparison (<= >= < > == != and ≤ ≥ ≠).
Evaluation works on intervals, so a comparison can be certainly true, certainly false, or
possible: only a comparison that is certainly false is a finding.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from checker.extraction.intervals import Interval

_NUMBER = r"[0-9][0-9,]*(?:\.[0-9]+)?(?:万亿|亿|万)?"  # 2万, 1.5亿, 1,000
_TOKEN = re.compile(
    rf"\s*(?:(?P<number>{_NUMBER})"
    r"|(?P<ref>[^\W\d][\w-]*\.[^\W\d][\w-]*)"
    r"|(?P<cmp><=|>=|==|!=|≤|≥|≠|<|>|=)"
    r"|(?P<op>[-+*/×÷−])"
    r"|(?P<paren>[()]))"
)
_SCALE = {"万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4}
_CANONICAL = {"≤": "<=", "≥": ">=", "≠": "!=", "=": "==", "×": "*", "÷": "/", "−": "-"}


class ExpressionError(ValueError):
    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset  # 0-based character offset in the expression


@dataclass(frozen=True)
class Number:
    value: Decimal


@dataclass(frozen=True)
class Reference:
    document: str
    metric: str
    offset: int

    def __str__(self) -> str:
        return f"{self.document}.{self.metric}"


@dataclass(frozen=True)
class Operation:
    operator: str  # + - * /
    left: Node
    right: Node


@dataclass(frozen=True)
class Negation:
    operand: Node


Node = Number | Reference | Operation | Negation


@dataclass(frozen=True)
class Comparison:
    operator: str  # <= >= < > == !=
    left: Node
    right: Node
    text: str

    def references(self) -> list[Reference]:
        found: list[Reference] = []
        _collect(self.left, found)
        _collect(self.right, found)
        return found


def _collect(node: Node, found: list[Reference]) -> None:
    if isinstance(node, Reference):
        found.append(node)
    elif isinstance(node, Operation):
        _collect(node.left, found)
        _collect(node.right, found)
    elif isinstance(node, Negation):
        _collect(node.operand, found)


def parse(text: str) -> Comparison:
    """Parse one comparison; ExpressionError says what was expected and where."""
    tokens = _tokenize(text)
    parser = _Parser(tokens, len(text))
    left = parser.sum()
    kind, value, offset = parser.peek()
    if kind != "cmp":
        raise ExpressionError("expected a comparison (<=, >=, <, >, ==, !=)", offset)
    parser.advance()
    right = parser.sum()
    kind, value, offset = parser.peek()
    if kind != "end":
        raise ExpressionError(f"unexpected {value!r} after the comparison", offset)
    operator = _CANONICAL.get(tokens[_cmp_index(tokens)][1], tokens[_cmp_index(tokens)][1])
    return Comparison(operator, left, right, text)


def _cmp_index(tokens: list[tuple[str, str, int]]) -> int:
    return next(i for i, token in enumerate(tokens) if token[0] == "cmp")


def _tokenize(text: str) -> list[tuple[str, str, int]]:
    tokens = []
    position = 0
    while position < len(text):
        if text[position:].strip() == "":
            break
        match = _TOKEN.match(text, position)
        if not match or match.lastgroup is None:
            offset = position + len(text[position:]) - len(text[position:].lstrip())
            word = re.match(r"[^\W\d]\w*", text[offset:])
            if word:
                raise ExpressionError(
                    f"expected document.metric, got {word.group(0)!r}", offset)
            raise ExpressionError(
                f"unexpected {text[offset]!r}: expected a number, document.metric, an "
                "operator or a comparison", offset)
        tokens.append((match.lastgroup, match.group(match.lastgroup), match.start(match.lastgroup)))
        position = match.end()
    tokens.append(("end", "end of expression", len(text)))
    return tokens


class _Parser:
    def __init__(self, tokens: list[tuple[str, str, int]], length: int) -> None:
        self.tokens = tokens
        self.index = 0
        self.length = length

    def peek(self) -> tuple[str, str, int]:
        return self.tokens[self.index]

    def advance(self) -> tuple[str, str, int]:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def sum(self) -> Node:
        return self._chain(self.term, "+-")

    def term(self) -> Node:
        return self._chain(self.factor, "*/")

    def _chain(self, operand: Callable[[], Node], operators: str) -> Node:
        """operand (op operand)*, left-associative, for the operators given."""
        node = operand()
        while self.peek()[0] == "op" and _CANONICAL.get(self.peek()[1], self.peek()[1]) in operators:
            operator = _CANONICAL.get(self.peek()[1], self.peek()[1])
            self.advance()
            node = Operation(operator, node, operand())
        return node

    def factor(self) -> Node:
        kind, value, offset = self.advance()
        if kind == "number":
            try:
                return Number(number(value))
            except ValueError:
                raise ExpressionError(f"{value!r} is not a number", offset) from None
        if kind == "ref":
            document, metric = value.split(".", 1)
            return Reference(document, metric, offset)
        if kind == "op" and _CANONICAL.get(value, value) == "-":
            return Negation(self.factor())
        if kind == "paren" and value == "(":
            node = self.sum()
            closing = self.advance()
            if closing[1] != ")":
                raise ExpressionError("expected ')'", closing[2])
            return node
        raise ExpressionError(f"expected a number or document.metric, got {value!r}", offset)


def number(text: str, percent: bool = False) -> Decimal:
    """A number as rules write it, as in prose: 2万, 0.5亿, 1,000, 13800; with `percent`,
    also 5% (0.05).  ValueError when it is none."""
    text = text.strip()
    share = percent and text.endswith(("%", "％"))
    if share:
        text = text[:-1].rstrip()
    if not re.fullmatch(_NUMBER, text):
        raise ValueError(text)
    scale = next((s for s in _SCALE if text.endswith(s)), None)
    digits = text[: -len(scale)] if scale else text
    try:
        value = Decimal(digits.replace(",", ""))
    except InvalidOperation:
        raise ValueError(text) from None
    value = value * _SCALE[scale] if scale else value
    return value / 100 if share else value


def evaluate(node: Node, lookup: Callable[[Reference], Interval]) -> Interval:
    """The interval of values an arithmetic expression can take."""
    if isinstance(node, Number):
        return Interval.point(node.value)
    if isinstance(node, Reference):
        return lookup(node)
    if isinstance(node, Negation):
        return -evaluate(node.operand, lookup)
    left, right = evaluate(node.left, lookup), evaluate(node.right, lookup)
    if node.operator == "+":
        return left + right
    if node.operator == "-":
        return left - right
    if node.operator == "*":
        return left * right
    return left / right


def certainly_false(operator: str, left: Interval, right: Interval) -> bool:
    """True when no values in the two intervals satisfy the comparison."""
    if operator in ("<=", "<"):
        return _above(left, right, equal_allowed=operator == "<=")
    if operator in (">=", ">"):
        return _above(right, left, equal_allowed=operator == ">=")
    if operator == "==":
        return not left.overlaps(right)
    # !=: false only when both are the same single value
    return (left.low == left.high == right.low == right.high and left.low is not None
            and left.low_closed and left.high_closed)


def _above(a: Interval, b: Interval, equal_allowed: bool) -> bool:
    """True when no value of a is below (or, if equal_allowed, at or below) a value of b."""
    if a.low is None or b.high is None:
        return False
    if a.low > b.high:
        return True
    if a.low == b.high:
        both_reach = a.low_closed and b.high_closed
        return not (equal_allowed and both_reach)
    return False
