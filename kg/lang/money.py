"""Amounts of money in Chinese news text, normalised to yuan.

``79.4亿元`` → ``Decimal("7940000000")``: the number (Arabic digits with an optional
thousands comma or decimal point, or Chinese numerals such as ``十二``/``三千五百``),
then the unit words (``万``, ``亿``, ``千万``, ``万亿`` …), then the currency (``元``,
``万元``; US dollars and others are recognised so that they are *not* read as yuan).

Why a module of its own: the relation extractor needs the amount as ``xsd:decimal``
yuan for ``funds`` qualifiers (GUIDE §4), the exact text for ``kg:amountText``, and
the span so the money can be placed relative to the mentions around it.  Decimal
arithmetic keeps ``2.7836亿元`` exact (278360000, not 278359999.99…).

Handled formats::

    79.4亿元  2.7836亿元  105万元  1.43亿元  12.48亿元  5000元  1,200万元
    3000万   十二亿元  三千五百万元  1.2万亿元  500万美元 (currency USD, not yuan)

A bare number without a unit or currency (``2416户``) is not money, nor is a 万/亿
count followed by a measure word (``8万注册用户``, ``4.8万个``).  A full-width comma is
never a thousands separator: ``5个，200万元`` is two phrases.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

__all__ = ["Money", "find_money", "parse_money", "chinese_number"]

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3, "四": 4,
              "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9}
_CN_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_UNITS = {"万": Decimal(10) ** 4, "亿": Decimal(10) ** 8}
#: currency words after the number; yuan words give CNY, the others are kept so that
#: ``1500万美元`` is found (and can be skipped by callers) rather than read as 1500万元.
_CURRENCIES = {"元": "CNY", "人民币": "CNY", "块": "CNY", "美元": "USD", "欧元": "EUR", "港元": "HKD",
               "港币": "HKD", "日元": "JPY", "英镑": "GBP"}

#: characters that may follow a bare ``3000万`` that is still money (``3000万的``, ``3000万用于``)
_AFTER_BARE_AMOUNT = frozenset("的和及用资投")

_CN_NUM = "零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟"
# one pattern, compiled once: number, optional multiplier units, optional currency.
# A match needs a unit or a currency (checked in parse), so plain counts are not money.
_MONEY_RE = re.compile(
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[" + _CN_NUM + r"]+)"
    r"\s*(?P<unit>(?:千万|百万|十万|万亿|亿|万|千)?)"
    r"(?P<cur>美元|欧元|港元|港币|日元|英镑|人民币|元|块)?"
)


@dataclass(frozen=True)
class Money:
    """An amount found in text.

    ``amount`` is in the currency's base unit (yuan for CNY); ``text`` is the amount as
    written; ``start``/``end`` its span in the searched text.
    """

    amount: Decimal
    currency: str
    text: str
    start: int
    end: int

    @property
    def yuan(self) -> Decimal | None:
        """The amount in yuan, or ``None`` for a foreign currency."""
        return self.amount if self.currency == "CNY" else None


def chinese_number(text: str) -> int | None:
    """The value of a Chinese numeral below 10⁴ (or a digit string such as ``一二``).

    >>> chinese_number("十二"), chinese_number("三千五百"), chinese_number("两百零五")
    (12, 3500, 205)
    >>> chinese_number("亿") is None
    True
    """
    if not text or any(ch not in _CN_DIGITS and ch not in _CN_SMALL for ch in text):
        return None
    if all(ch in _CN_DIGITS for ch in text) and len(text) > 1:  # 一二 read digit by digit
        return int("".join(str(_CN_DIGITS[ch]) for ch in text))
    total, digit = 0, None
    for ch in text:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        else:
            total += (1 if digit is None else digit) * _CN_SMALL[ch]
            digit = None
    return total + (digit or 0)


def _unit_factor(unit: str) -> Decimal:
    factor = Decimal(1)
    for ch in unit:
        factor *= _UNITS.get(ch) or Decimal(_CN_SMALL[ch])
    return factor


def _number(text: str) -> Decimal | None:
    if text[0].isdigit():
        try:
            return Decimal(text.replace(",", ""))
        except InvalidOperation:
            return None
    value = chinese_number(text)
    return None if value is None else Decimal(value)


def _normal(value: Decimal) -> Decimal:
    """Drop a fractional part of zeros (7940000000.0 → 7940000000), keep real decimals."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def find_money(text: str, start: int = 0, end: int | None = None) -> Iterator[Money]:
    """Yield every amount of money in ``text[start:end]``, in order.

    >>> [(str(m.amount), m.text) for m in find_money("争取专项借款79.4亿元，到位68.94亿元")]
    [('7940000000', '79.4亿元'), ('6894000000', '68.94亿元')]
    >>> [m.text for m in find_money("2416户居民、2772套回迁房")]
    []
    """
    end = len(text) if end is None else end
    for m in _MONEY_RE.finditer(text, start, end):
        money = _from_match(m)
        if money is not None:
            yield money


def _from_match(m: re.Match) -> Money | None:
    num, unit, cur = m.group("num"), m.group("unit"), m.group("cur")
    if not cur:
        # without a currency word only 万/亿 amounts count (``3000万``), and only when no
        # measure word follows: ``8万注册用户``, ``1.2万方``, ``2万余起`` are counts.
        if unit not in ("万", "亿", "千万", "万亿"):
            return None
        nxt = m.string[m.end()] if m.end() < len(m.string) else ""
        if nxt and "\u3400" <= nxt <= "\u9fff" and nxt not in _AFTER_BARE_AMOUNT:
            return None
    value = _number(num)
    if value is None:
        return None
    amount = _normal(value * _unit_factor(unit))
    return Money(amount, _CURRENCIES.get(cur or "元", "CNY"), m.group(0), m.start(), m.end())


def parse_money(text: str) -> Money | None:
    """Parse ``text`` that is exactly one amount of money, or return ``None``.

    >>> str(parse_money("2.7836亿元").amount), str(parse_money("1,200万元").amount)
    ('278360000', '12000000')
    >>> str(parse_money("十二亿").amount), parse_money("500万美元").currency
    ('1200000000', 'USD')
    >>> parse_money("85%") is None
    True
    """
    text = text.strip()
    m = _MONEY_RE.fullmatch(text)
    return None if m is None else _from_match(m)
