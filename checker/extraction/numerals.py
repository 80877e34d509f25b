"""Numerals to exact values: Arabic (13,800 / 1.38) and Chinese (六百二十一万 / 九十点四).

Each parse gives the value and two place values that the interval of a figure needs:
`place`, the value of the last shown digit (1.38 → 0.01, 2000 → 1, 两千 → 1000), and `step`,
the value of the last non-zero digit (2000 → 1000, 3200 → 100), which bounds 余/多.
We parse Chinese numerals ourselves rather than with cn2an: it returns floats for decimals and
raises on the qualifier words that stand next to numerals in report prose.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from checker.lang import zh


class Numeral(NamedTuple):
    value: Decimal
    place: Decimal
    step: Decimal
    digit_sequence: bool = False  # 二〇一九: digits read one by one, as years and codes are


def scaled(numeral: Numeral, factor: Decimal | int) -> Numeral:
    """The numeral times a scale (1.38 by 万 → 13800, its places scaled alike)."""
    if factor == 1:
        return numeral
    return Numeral(tidy(numeral.value * factor), tidy(numeral.place * factor),
                   tidy(numeral.step * factor))


def tidy(value: Decimal) -> Decimal:
    """The same number without trailing zeros or exponent: 13800.00 → 13800, 0.50 → 0.5."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def _pow10(exponent: int) -> Decimal:
    return Decimal(1).scaleb(exponent)


# The two parsers are pure functions of short strings that recur in every report (一, 10, 5.2):
# their results are kept (a Numeral is immutable).
@lru_cache(maxsize=4096)
def parse_arabic(text: str) -> Numeral:
    """Parse "13,800", "1.38", "0.5" exactly."""
    digits = text.replace(",", "")
    value = Decimal(digits)
    if "." in digits:
        decimals = len(digits) - digits.index(".") - 1
        place = _pow10(-decimals)
        return Numeral(value, place, place)
    trailing_zeros = len(digits) - len(digits.rstrip("0")) if value else 0
    return Numeral(value, Decimal(1), _pow10(trailing_zeros))


@lru_cache(maxsize=4096)
def parse_chinese(text: str) -> Numeral | None:
    """Parse a Chinese numeral ("两万", "一千二百", "六百二十一万", "九十点四", "二〇一九").

    Returns None for strings that are not a well-formed numeral.
    """
    integer, _, fraction = text.partition("点")
    if fraction and any(ch not in zh.DIGITS for ch in fraction):
        return None
    if not integer:
        return None
    if all(ch in zh.DIGITS for ch in integer) and len(integer) > 1:
        # 二〇一九, 一二九: digits one by one.
        value = Decimal("".join(str(zh.DIGITS[ch]) for ch in integer))
        return Numeral(value, Decimal(1), Decimal(1), digit_sequence=True)
    if integer == "万亿" and not fraction:  # 突破万亿元: a trillion, as 突破千万标箱 is ten million
        return Numeral(_pow10(12), _pow10(12), _pow10(12))
    if integer[0] in zh.SECTIONS and len(integer) > 1:
        return None  # 亿千瓦时: a scale word before a unit, not a numeral
    parsed = _parse_integer(integer)
    if parsed is None:
        return None
    value, step = parsed
    if fraction:
        frac = Decimal("0." + "".join(str(zh.DIGITS[ch]) for ch in fraction))
        place = _pow10(-len(fraction))
        return Numeral(value + frac, place, place)
    return Numeral(value, step, step)


def _parse_integer(text: str) -> tuple[Decimal, Decimal] | None:
    """Value and place of the last non-zero digit of an integer numeral."""
    total = 0
    section = 0  # the part below the current 万/亿
    digit: int | None = None
    last_place = 1
    prev_place = None  # place of the last digit written with a place word, for 一万二
    seen_zero = False
    for ch in text:
        if ch in zh.DIGITS:
            if digit is not None and zh.DIGITS[ch] != 0 and not seen_zero:
                return None  # 三四 inside a numeral: not one number
            digit = zh.DIGITS[ch]
            seen_zero = digit == 0
            if seen_zero:
                digit = None
                prev_place = None
        elif ch in zh.SMALL_PLACES:
            place = zh.SMALL_PLACES[ch]
            if digit is None:
                if ch != "十" and section == 0 and total == 0 and text[0] != ch:
                    return None
                digit = 1  # 十五, 百人, 千名
            section += digit * place
            last_place = place
            prev_place = place
            digit = None
            seen_zero = False
        elif ch in zh.SECTIONS:
            multiplier = zh.SECTIONS[ch]
            if digit is not None:
                section += digit
                last_place = 1
                digit = None
            if section == 0 and total == 0:
                if text[0] != ch:
                    return None
                section = 1  # 万人: ten thousand
            if total < multiplier:
                total = (total + section) * multiplier  # 一万亿: 亿 scales what came before
            else:
                total += section * multiplier
            last_place *= multiplier
            prev_place = multiplier
            section = 0
            seen_zero = False
        else:
            return None
    if digit is not None:
        if prev_place is not None and prev_place >= 10 and not seen_zero:
            # 一万二 = 12000, 三千五 = 3500: a trailing digit counts in the next place down.
            implied = prev_place // 10
            section += digit * implied
            last_place = implied
        else:
            section += digit
            last_place = 1
    value = total + section
    if value == 0 and text not in ("〇", "零"):
        return None
    return Decimal(value), Decimal(last_place)
