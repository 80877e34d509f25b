"""The context of a figure: when, against what, in which scenario, for whom.

Two figures state the same fact only when they measure the same thing in the same context
(../shared/DESIGN-figure-identity.md).  Prose says the context in words around a figure or in
the heading of its section, and often not at all; each part is read where the text says it
and left None where it does not:

- `year`: the year the figure is for (2025年, 去年 and 今年 against the document's date,
  "in Q2 2014", "in 2013"); a five-year span (十四五, 五年来) has no single year.
- `period`: the part of that time: "year" (全年), "end" (年末, at the end of …), "H1" (上半年),
  "Q1" … "Q4", "Q1-Q3" (前三季度), "M6" (6月, in June), "M1-M11" (1-11月), "M3-M5" (the three
  months to May), or a span of years "2021-2025" (十四五, 五年来, 年均).
- `basis`: what a change is measured against: "yoy" (同比, 比上年, compared with a year
  earlier), "pop" (环比, on the previous quarter or month), "annualised", "plan" (比“十三五”
  时期, against the previous five-year plan's period).
- `scenario`: "result" (回顾 sections), "target" (预期目标, 力争, 提出, a plan section) or
  "forecast" (预计, expected, projected) or "revision" (revised).
- `scope`: "national" (全国, nationwide) or "local" (全省, 全市): the whole of what; a
  sub-population (农村居民, full-time workers) stays in the metric's name.

Alignment pairs two figures only where every part known on both sides is the same.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from checker.extraction.figure import Figure
from checker.extraction.stops import find_stops, stop_levels
from checker.extraction.words import cased
from checker.lang import en, zh
from checker.names import simplified, simplified_text

FIELDS = ("year", "period", "basis", "scenario", "scope")
REACH = 300  # characters read on each side of a figure, at most (the work stays linear)
OPENING_CHARS = 8  # an opening clause this short that names a time sets it for what follows


class Setting(NamedTuple):
    """The parts of a figure's context that the text states (None: not stated).  A named
    tuple, as one is made for every figure."""

    year: int | None = None
    period: str | None = None
    basis: str | None = None
    scenario: str | None = None
    scope: str | None = None


_UNSAID = Setting()  # a context that states nothing


def differ(a: Figure, b: Figure) -> list[str]:
    """The parts of context that both figures state and state differently."""
    return [f for f in FIELDS if getattr(a, f) is not None and getattr(b, f) is not None
            and getattr(a, f) != getattr(b, f)]


def describe(figure: Figure) -> str:
    """A figure's stated context for a message: "2025, year, yoy, result" ("" if none)."""
    return ", ".join(str(getattr(figure, f)) for f in FIELDS if getattr(figure, f) is not None)


def _starting(first: str, pattern: str, word: bool = False,
              flags: re.RegexFlag = re.IGNORECASE) -> re.Pattern[str]:
    """`pattern` (case aside, unless `flags` say otherwise), tried only where one of the
    characters `first` stands (and, with `word`, a word starts): every match of it starts
    so, and the regex engine tests that in one step where it would try each branch of the
    pattern (and its lookbehinds) at every position."""
    boundary = r"\b" if word else ""
    return re.compile(f"{boundary}(?=[{first}])(?:{pattern})", flags)


def _opening(openings: tuple[str, ...], pattern: str, word: bool = False) -> re.Pattern[str]:
    """`pattern` with the case ignored, tried only where one of `openings` (the first few
    characters of each of its matches, case aside) stands.  The test is spelt with both cases
    of each letter and the case heeded: the regex engine then passes over a position whose
    character opens none of them at once, where with the case ignored it enters every
    branch (a first character alone lets in most English words: a month's pattern took 70 ns
    a character)."""
    spelt = "|".join(_spelt(opening) for opening in openings)
    boundary = r"\b" if word else ""
    return re.compile(f"{boundary}(?=(?-i:{spelt}))(?:{pattern})", re.IGNORECASE)


def _spelt(chars: str) -> str:
    """`chars` as a pattern that matches them with the case ignored, spelt with both cases."""
    return "".join(f"[{cased(c)}]" if c.isalpha() else re.escape(c) for c in chars)


def _after_opening_first(openings: tuple[str, ...]) -> str:
    """The opening of a pattern whose matches each start a word with one of `openings` (case
    aside): the first character of one, consumed (spelt with both cases and the case heeded,
    so that the regex engine skips to it), at a word's start, and the rest of one after it (a
    test that the first character alone would pass at most English words).  What follows
    reads on from after that character (see _after_first)."""
    first = "".join(dict.fromkeys(cased(o[0]) if o[0].isalpha() else o[0] for o in openings))
    rest = "|".join(dict.fromkeys(_spelt(o[1:]) for o in openings))
    return rf"(?-i:[{first}])(?<!\w.)(?=(?-i:{rest}))"


def _after_first(words: Iterable[str]) -> str:
    """An alternation of `words` read on from after their first character, which the
    pattern has consumed: each word's rest, behind a test of its first character."""
    return "|".join(f"(?<={word[0]}){word[1:]}" for word in words)


# --- Chinese ------------------------------------------------------------------------------

_CN_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "两": 2}
# A sentence's stops; the full stops (。！？) at a level of their own, after which a sentence
# inside a paragraph may open with a time
_ZH_SENTENCE = stop_levels("；!?;\n", "。！？")
_FULL_STOP = 2
_OPENING_END = re.compile("[，：,:。]")  # where a line's opening clause ends
_ZH_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}部分)(.{0,60})$")
# A numbered line of a few words and no figure: a topic or a question of a news story's
# part (2. 今年的主要目标是什么？ （三）民生账本), under the section it stands in.
# So is a bracketed title alone on its line (【数读2026】, 【五年成就】), which may hold a year.
_RULE = "[━─═=＝—]{2,}"  # a rule of box-drawing, equals signs or dashes that sets off a title
_ZH_SUBHEADING = re.compile(r"\s*(?:(?:[（(][一二三四五六七八九十]{1,3}[）)]|[1-9][.、．]\s*)"
                            r"([^0-9０-９，。；,;：:%％]{2,30})|【([^【】\n]{1,30})】\s*"
                            # (or set between rules: ━━ 2026年这样干 ━━)
                            rf"|{_RULE}\s*([^。；;%％━─═=＝]{{2,30}}?)\s*{_RULE})$")
# An interviewer's question on a line of its own (记者：今年的目标是怎么定的？): the time
# and aim it asks about hold for the answer below it, as a part's title does.
_ZH_QUESTION = re.compile(r"\s*(?:[^：:\n]{1,6}[：:])?([^0-9０-９？?\n]{2,40})[？?]\s*$")
_BARE_YEAR = re.compile(r"((?:19|20)\d{2})(?![0-9年])")
_ZH_PAST = re.compile("去年|上年|上一年")
# a past year right before a figure (去年的5.3%, 去年实际为4%, 上年实际完成的47.3万人)
_ZH_PAST_OWN = re.compile("(?:去年|上年|上一年)(?:实际)?(?:完成|实现)?(?:的|为|是)?$")
# the opening of a sentence after a full stop, when a time may be all it says (every cue of a
# year or span holds 年 or 五, and an opening that sets one has at most OPENING_CHARS)
_ZH_TIME_OPENING = re.compile("[^，：,:。\n]{0,7}[年五]")
_THIS_YEAR = re.compile("这一年|一年来|过去一年")
_ZH_DATE = re.compile(r"(?=[12])(?:((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|"
                      r"((?:19|20)\d{2})-\d{1,2}-\d{1,2})")  # the lookahead: a quick skip
_TITLE = re.compile("《[^《》]*》")
# 比2020年, 快于2024年: the year compared with (but 于2024年建成 is the year itself)
_NOT_COMPARED = r"(?<![比较与])(?<!快于)(?<!高于)(?<!低于)(?<!慢于)(?<!多于)(?<!少于)"
# the year right before a figure
_ATTACHED = re.compile(rf"{_NOT_COMPARED}((?:19|20)\d{{2}})\s*年(?:的|末|底)?$")
_FIVE_YEAR = {"十三五": (2016, 2020), "十四五": (2021, 2025), "十五五": (2026, 2030)}
# Cues of the year and of the period, nearest to the figure first.  Each opens with a class of
# the characters its matches start with, consumed, which the regex engine skips to at once (a
# pattern that opens with a lookahead or a lookbehind it tries at every character); which of
# them stands, the lookbehind that opens each branch tells.  So a group holds its cue's words
# after that first character: `_said` reads them from the match's start.  A lookbehind of what
# stands before a cue spans the first character too (比 before 十四五: (?<![比较与同].)).
_ZH_YEAR = re.compile(
    # (and one of the characters that may stand second: most digits and 上 start no cue)
    "[十五5过今本去上明12](?=[三四五年去一90])"
    r"(?:(?<=十)(?<![比较与同].)(?<![比较与同][“\"].)(?P<span>[三四五]五)(?:时期|期间|以来|规划)?"
    # 五年增量超1.36万亿元
    r"|(?P<five>(?<=[五5])年来|(?<=过)去五年|(?<=五)年(?:间|里|(?=增量|累计|新增|合计|共)))"
    r"|(?<![比较同].)(?P<rel>(?<=[今本去上明])年|(?<=上)一年)(?![同度末底初])"
    r"|(?<![比较与从由].)(?<![快高低慢多少]于.)(?P<y>(?<=1)9\d\d|(?<=2)0\d\d)"
    r"\s*年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    ")")
_ZH_PERIOD = re.compile(
    "[前上下第一二三四1-9年末全]"
    r"(?:(?<=前)(?P<q3>三季度)|(?<=上)(?P<h1>半年)|(?<=下)(?P<h2>半年)"
    # (q ends with the quarter's number: after 第, or the first character)
    r"|(?P<q>(?<=第)[一二三四1-4]|(?<=[一二三四1-4]))季度"
    r"|(?P<m1>(?<=1)[0-2]|(?<=[1-9]))\s*[-—至~]\s*(?P<m2>1[0-2]|[1-9])\s*月"
    r"|(?<![\d-].)(?P<m>(?<=1)[0-2]|(?<=[1-9]))\s*月(?![\d日])(?:份|末|底)?"
    r"|(?P<end>(?<=年)[末底]|(?<=末))|(?<=全)(?P<year>年)|(?<=年)(?P<avg>均|平均))")
_ZH_BASIS = re.compile(
    "[同比较环按]"  # (按年增長, 按季: Hong Kong's 同比 and 环比)
    r"(?:(?P<yoy>(?<=同)比|(?<=[比较])(?:上年|去年)|(?<=按)年(?=增|下|上|減|减|跌|升))"
    r"|(?P<pop>(?<=环)比|(?<=按)[季月](?=增|下|上|減|减|跌|升))"
    r"|(?<=[比较])(?P<plan>[“\"]?十[二三四]五[”\"]?(?:时期|期间|期末)?))")
# 稳预期, 超预期, 好于预期: expectations as a subject of policy, not a figure's target.
# 计划 names a programme where a clause ends after it (实施…扩容计划，…).
# 好的预期不断释放: expectations that grow or hold are no aim either.
_ZH_TARGET = re.compile("预期目标|目标|力争|争取|计划(?![，。；、,;”」』》])|控制在"
                        "|预(?<![稳超于合]预)期(?!不断|持续|向好|改善|稳定|转|寿命)|提出|展望|设定为"
                        # 营收要增长15%左右, 都要增长4%左右: 要 right before what is aimed at
                        "|(?<![主需重只不还就也])要(?:再)?(?:增长|达到|提高|提升|下降|降低|实现|突破|"
                        "新增|保持|稳定在|控制在|完成|超过|建成)")
# 完成年度目标, 高于预期目标: a result, met or measured against the aim
_ZH_MET = re.compile("完成|实现|超额|达到|达成|超过|高于|低于|好于|快于|优于")
# 行动计划顺利完成, 目标任务圆满完成: a plan said done after it (计划完成投资 is still a plan)
_ZH_DONE_AFTER = re.compile("[^，。；,;]{0,4}?(?:顺利|圆满|全面|如期|超额|提前|基本|胜利)(?:完成|实现)")
_ZH_FORECAST = re.compile(r"预计(?!.*(?:完成|实现|达到))")
# 全国 as the figure's whole, not the yardstick of a comparison or a ranking (高于全国,
# 居全国前列, 占全国比重): a local figure compared with the country stays unscoped.  The
# pattern opens with 全, whose lookbehind follows it, so that the regex engine skips to each 全.
_ZH_LOCAL_UNITS = "省|市|区|自治区"  # 全省, 全市, 全区: the place's own whole
_ZH_SCOPE = re.compile(r"全(?:(?<![于居占比较在超列跑有]全)(?P<national>国)(?![前第平水领首同排之])"
                       rf"|(?P<local>{_ZH_LOCAL_UNITS}))")
_FROM = re.compile(r"[由从](?:(?:19|20)\d{2}\s*年(?:的|末|底)?)?$")
# 从上半年5.5%降到5.3%, 由上年的500亿斤增至: the words from 从 on say where the change starts;
# the times they name are not those of the level it reaches
_FROM_TO = re.compile(r"[由从][^由从，,。；;]*\d[^由从，,。；;]*[至到](?:(?:19|20)\d{2}\s*年)?的?$")
# 主要预期目标是：…；…；…: a list of aims after a colon, each item its own sentence.
_ZH_AIMS_LISTED = re.compile(r"(?:目标|预期|计划|安排)[^。！？\n：:]{0,4}[：:][^。！？\n]*$")
# 今年 and 明年 with no month or quarter: the year is not over when the text is written, so
# its figures are aims (今年以来 and 今年前 look back).
_ZH_COMING = re.compile(r"(?:今年|本年|明年)(?!以来|前|[一二三四1-4]季度|上半年|[1-9]月)")
# Every match of a cue pattern holds one of these: a search for them is far cheaper than the
# pattern's own (its lookbehinds keep the regex engine from skipping ahead), and most
# sentences hold none.  They are looked for as substrings (`_holds`): a pattern of them,
# a character class tested at every character, costs several times as much.
_YEAR_HOLDS = ("年", "五")
_PERIOD_HOLDS = ("季", "半", "月", "末", "底", "均", "全年")
_BASIS_HOLDS = ("比", "较", "按")
_SCOPE_HOLDS = ("全",)
_TARGET_HOLDS = ("目", "争", "计", "控", "预", "提", "展", "设", "要")
_COMING_HOLDS = ("今年", "本年", "明年")  # and every match of _ZH_COMING one of these
_ZH_BY_YEAR = re.compile(r"到((?:19|20)\d{2})\s*年")  # 到2030年: by a year, mostly one ahead
_ATTACHED_ENDS = ("年", "的", "末", "底", "\n")  # the last characters of an _ATTACHED match
_FROM_ENDS = ("由", "从", *_ATTACHED_ENDS)  # and of a _FROM match
# A box of facts set beside a story (【数据链接】, 【背景】, 【名词解释】): no part of its time.
_ZH_ASIDE_TITLE = re.compile("链接|背景|延伸阅读|名词解释|小贴士|附表|附录")
_PLAN_HEADING = re.compile("目标|任务|安排|重点工作|主要工作|工作建议")
_REVIEW_HEADING = re.compile("回顾|成就|成绩|主要工作和")


@dataclass(frozen=True)
class _Chinese:
    text: str
    converted: bool  # whether `text` is in simplified script already
    today: int | None  # the year of the document's date
    marks: tuple[int, ...]  # offsets where a section or a paragraph sets the context
    settings: tuple[Setting, ...]  # the context each sets for what follows
    stops: tuple[int, ...]  # offsets of the sentence stops
    scope: str | None = None  # what the text's figures count when they do not say (_own_scope)

    @classmethod
    def of(cls, text: str) -> _Chinese:
        """Section headings (一、2025年工作回顾) set a year and a scenario for their section;
        a paragraph that opens with a time (五年来，…; 这一年，…) sets it until the next."""
        text = _arabic_years(text)
        today = _document_year(text)
        marks: list[int] = []
        settings: list[Setting] = []
        section = Setting()
        titled: int | None = None  # the year the last part's title named
        # where a sentence inside a paragraph opens with what may be a time (see below): tried
        # after each full stop, which the stops found at once give (a search of the text for
        # them has the regex engine test a class of characters at every character)
        stops, levels = find_stops(text, _ZH_SENTENCE)
        openings = [at + 1 for at in stops[levels == _FULL_STOP].tolist()
                    if _ZH_TIME_OPENING.match(text, at + 1)]
        opening = 0  # the next of them to read
        # Each line that is not empty, from `start` to `end`: the text split at its line ends
        # (a pattern of a line's characters had the regex engine read each of them).
        end = -1
        for line in text.split("\n"):
            start, end = end + 1, end + 1 + len(line)
            if not line:
                continue
            heading = _ZH_HEADING.match(line)
            if heading:
                words = simplified(heading.group(1))
                # 2025年和“十四五”时期工作回顾: the year; sentences that say so, the span
                explicit = re.search(r"((?:19|20)\d{2})\s*年", words)
                time = (int(explicit.group(1)), None) if explicit else _zh_year(words, today)
                if _PLAN_HEADING.search(words) and not _REVIEW_HEADING.search(words):
                    scenario: str | None = "target"
                elif _REVIEW_HEADING.search(words):
                    scenario = "result"
                elif explicit and today is not None:  # 三、关于2026年工作, in a 2026 report
                    scenario = "target" if int(explicit.group(1)) >= today else "result"
                elif explicit and titled is not None and int(explicit.group(1)) > titled:
                    scenario = "target"  # 一、2025年成绩单 … 二、2026年这样干 (undated)
                else:
                    scenario = None
                titled = time[0] if time[0] is not None else titled
                # 一、综合: a topic, in the time before; but not after a review (二、回顾：2025年,
                # then 三、投资启示: a topic of its own, of no time said)
                if time == (None, None) and settings and settings[-1].scenario != "result":
                    time = (settings[-1].year, settings[-1].period)
                section = Setting(time[0], time[1], None, scenario, None)
                marks.append(start)
                settings.append(section)
                continue
            subheading = _ZH_SUBHEADING.match(line)
            # a question ends in its mark: looked for first, as the pattern tries each line
            # many ways before it fails
            if subheading is None and ("？" in line or "?" in line):
                subheading = _ZH_QUESTION.match(line)
            if subheading:
                marks.append(start)
                words = (subheading.group(1)
                         or _BARE_YEAR.sub(r"\1年", subheading.group(2) or subheading.group(3))
                         if subheading.re is _ZH_SUBHEADING else subheading.group(1))
                setting = _subsection(section, simplified(words), today, titled)
                titled = setting.year if setting.year is not None else titled
                settings.append(setting)
                continue
            # the opening clause is a time and nothing more: 2025年，… 五年来，…
            opened = _opened(section, line, today)
            if opened is not None:
                marks.append(start)
                settings.append(opened)
            # … so is a sentence's inside a paragraph (…。五年来，绿色发展底色鲜明。PM2.5浓度
            # 下降19%): it holds to the paragraph's end
            before = settings[-1] if settings else _UNSAID
            inner = False
            while opening < len(openings) and openings[opening] <= end:
                at = openings[opening]
                opening += 1
                if at < start:
                    continue  # in a heading's line, passed over above
                opened = _opened(section, text[at:end], today)
                if opened is not None:
                    marks.append(at)
                    settings.append(opened)
                    inner = True
            if inner:
                marks.append(end)
                settings.append(before)
        simple = simplified_text(text)  # once for the text, where that keeps its offsets
        same = len(simple) == len(text)
        return cls(simple if same else text, same, today, tuple(marks), tuple(settings),
                   tuple(stops.tolist()), _own_scope(simple if same else text))

    def _simple(self, words: str) -> str:
        return words if self.converted else simplified(words)

    def _clause(self, head: int, start: int) -> str:
        """The words of a figure's clause before it, from its sentence's last comma."""
        cut = max(self.text.rfind("，", head, start), self.text.rfind(",", head, start), head)
        return _untitled(self._simple(self.text[cut:start]))

    def setting(self, start: int, end: int) -> Setting:
        floor = max(0, start - REACH)
        at = bisect.bisect_left(self.stops, start)
        head = max(floor, self.stops[at - 1] + 1 if at else 0)
        after = bisect.bisect_left(self.stops, end)
        stop = self.stops[after] if after < len(self.stops) else len(self.text)
        tail = self.text[end:min(stop, end + REACH)]
        words = self.text[head:start]
        line = self.text[max(floor, self.text.rfind("\n", floor, start) + 1):head]
        before = words
        if not self.converted:  # (a converted text is in simplified script already)
            before, line, tail = simplified(words), simplified(line), simplified(tail)
        if "《" in before:
            before = _untitled(before)
        # 2020年的10.5万元: that figure's year
        attached = _ATTACHED.search(before) if before.endswith(_ATTACHED_ENDS) else None
        if ("从" in before or "由" in before) and before.endswith(("至", "到", "的", "年")):
            started = _FROM_TO.search(before)
            before = before[:started.start()] if started else before
        cue = _last_match(_ZH_YEAR, before, _YEAR_HOLDS)
        # the clauses since the last full stop (； parts a sentence, not its time)
        since = line[line.rfind("。") + 1:]
        year: int | None = None
        span: str | None = None
        if attached:
            year = int(attached.group(1))
        elif cue is not None:
            year, span = _zh_year_of(cue, self.today)
        elif ("：" in since or ":" in since) and not _holds(before, _YEAR_HOLDS):
            # 2026年主要预期目标为：…增长5%左右；…增长1.5%左右: a list's lead says the year of
            # each of its parts
            colon = max(since.rfind("："), since.rfind(":"))
            lead = _last_match(_ZH_YEAR, since[:colon], _YEAR_HOLDS)
            if lead is not None:
                year, span = _zh_year_of(lead, self.today)
        # 由20.5%提升至21.1%: where a change starts is an earlier year, which only an
        # attached year says
        said = year is not None or span is not None or (before.endswith(_FROM_ENDS)
                                                        and bool(_FROM.search(before)))
        span = span or None
        period = _last(_ZH_PERIOD, before, _PERIOD_HOLDS)
        # 年均: over several years, whichever; said of the clause's own figure
        average = period == "avg" and _last(_ZH_PERIOD, self._clause(head, start),
                                            _PERIOD_HOLDS) == "avg"
        if period == "avg" and not average:
            period = None
        if span is not None and period in (None, "year", "avg"):
            period = span
        elif average:
            period = None
        # (a cue of the basis holds 比, 较 or 按); the words before the figure say its own
        # (同比增长4.8%，环比下降1.2%), the words after only where those say none
        # (国内生产总值5.67万亿元，同比增长5.4%)
        basis = _last(_ZH_BASIS, before) if _holds(before, _BASIS_HOLDS) else None
        if basis is None and _holds(tail, _BASIS_HOLDS):
            first = _ZH_BASIS.search(tail)
            basis = first.lastgroup if first is not None else None
        about = "左右" in self.text[start:end + 4]
        if (_aims(before) or (about and _aims(since))
                or (("：" in since or ":" in since) and _ZH_AIMS_LISTED.search(since))
                or (period is None and _coming(before, cue, since))
                or (period is None and cue is None and since != line
                    and _ahead(line) and not _THIS_YEAR.search(before))):
            scenario: str | None = "target"
            if _ZH_PAST_OWN.search(before):
                scenario = "result"  # 目标…增长5%以上，比去年的5.3%略低: last year's, beside it
        # (预计 stands in the clause only where 预 stands in the words before the figure)
        elif ((not self.converted or "预" in words)
              and _ZH_FORECAST.search(self._clause(head, start))):
            scenario = "forecast"
        # (a match opens with 到, looked for first: most words hold none)
        elif ("到" in before and (by := _ZH_BY_YEAR.search(before))
              and (self.today is None or int(by.group(1)) > self.today)):
            scenario = "target"  # 到2030年城镇化率要达到67%左右: a year still ahead
        else:
            scenario = None
        # a scope is said in the figure's clause, or as the sentence's subject (全国粮食总产量
        # 1.4万亿斤，增长1.3%); 具有全国影响力的… elsewhere in the sentence says none
        scope = None
        if _holds(words, _SCOPE_HOLDS):  # (the clause is cut only where 全 stands)
            scope = _last(_ZH_SCOPE, self._clause(head, start), _SCOPE_HOLDS)
            if scope is None:
                opening = _ZH_SCOPE_OPENS.match(before)
                scope = opening.lastgroup if opening is not None else None
        mark = bisect.bisect_right(self.marks, start) - 1
        if mark < 0:
            return Setting(year, period, basis, scenario, scope or self.scope)
        # what the figure's own words leave unsaid, its section or paragraph says (one
        # Setting built, not three: this runs for every figure)
        fallback = self.settings[mark]
        if not (said or _is_span(period)):  # a time of its own: the paragraph's does not apply
            # (an aim that says no year is the coming year's, not a year the paragraph
            # reviews: 报告提出接待游客增长8% in a paragraph about 2025)
            year = (fallback.year if year is None and not (
                scenario == "target" and fallback.scenario != "target") else year)
            period = fallback.period if period is None else period
        if average and not _is_span(period):
            year = None
        if scenario is None and fallback.scenario == "target" and year is not None and (
                self.today is not None and year < self.today):
            scenario = "result"  # 去年投资增速快于全国3.4个百分点, under a part of aims
        return Setting(year, period, fallback.basis if basis is None else basis,
                       fallback.scenario if scenario is None else scenario,
                       fallback.scope or self.scope if scope is None else scope)


def _own_scope(text: str) -> str | None:
    """"local" for a text that counts its own province or city (全省, 全市, 全区 said at least
    LOCAL_TEXT times): its figures that name no scope are the place's, not the country's."""
    return "local" if len(_ZH_LOCAL.findall(text)) >= LOCAL_TEXT else None


_ZH_LOCAL = re.compile(f"全(?:{_ZH_LOCAL_UNITS})")
# a scope that opens a sentence, after a time at most (去年全国…, 2025年全省…)
_ZH_SCOPE_OPENS = re.compile(r"\s*(?:(?:19|20)\d\d\s*年|去年|今年|上年)?[，,]?\s*"
                             rf"全(?:(?P<national>国)|(?P<local>{_ZH_LOCAL_UNITS}))")
LOCAL_TEXT = 3


def _coming(before: str, cue: re.Match[str] | None, since: str) -> bool:
    """Whether the year a figure is said of, by the last cue before it in its sentence (or,
    with none there, in the clauses since the last full stop), is 今年 or 明年 looking on."""
    if cue is not None:
        return _ZH_COMING.match(before, cue.start()) is not None
    if not (_holds(since, _COMING_HOLDS) and _ZH_COMING.search(since)):  # the common case
        return False
    found = _last_match(_ZH_YEAR, since, _YEAR_HOLDS)
    if found is None or _ZH_COMING.match(since, found.start()) is None:
        return False
    # 去年改造2.2万套，今年再改造2.7万套；建成便民桥500座: a part after a semicolon that says
    # no time of its own follows neither of two times set against each other before it
    return not ("；" in since[found.end():] and _ZH_PAST.search(since, 0, found.start()))


# 今年全区将…, 今年要…: a paragraph that says what this year will bring
_ZH_AHEAD = re.compile(r"(?:今年|明年)[^。！？，,：:]{0,8}?(?:将|(?<![主需重])要|力争|计划|拟)")


def _ahead(paragraph: str) -> bool:
    """Whether the one time a paragraph names before a sentence is this year or the next,
    said of what will be done (据介绍，今年全区将完成…): its later sentences that name no
    time of their own say what is aimed at too.  A paragraph that names other times too
    (去年…今年将达到1000家。外贸出口增长8%) leaves each sentence to its own words."""
    if not _coming("", None, paragraph):  # its last time is not this year's or the next's
        return False
    first = _ZH_YEAR.search(paragraph)
    return (first is not None and _ZH_YEAR.search(paragraph, first.end()) is None
            and _ZH_AHEAD.match(paragraph, first.start()) is not None)


def _untitled(words: str) -> str:
    """Words without the titles they cite: 《行动计划（2015-2018年）》 says no figure's time."""
    return _TITLE.sub("", words) if "《" in words else words


def _is_span(period: str | None) -> bool:
    """Whether a period is a span of years (2021-2025)."""
    return period is not None and period[:1].isdigit()


def _aims(words: str) -> bool:
    """Whether words say what follows is a target (目标 not met already: 完成年度目标,
    计划顺利完成)."""
    return _holds(words, _TARGET_HOLDS) and any(
        not _ZH_MET.search(words[max(0, m.start() - 6):m.start()])
        and not _ZH_DONE_AFTER.match(words, m.end())
        for m in _ZH_TARGET.finditer(words))


def _opened(section: Setting, words: str, today: int | None) -> Setting | None:
    """The context that the opening clause of a paragraph or sentence (`words` from its start)
    sets when it is a time and nothing more (2025年，… 五年来，… 这一年，…), else None."""
    stop = _OPENING_END.search(words)
    opening = simplified(words[:stop.start()] if stop else words)
    if len(opening) > OPENING_CHARS:
        return None
    if _THIS_YEAR.search(opening):
        return section._replace(period=None)
    year, span = _zh_year(opening, today, first=True)
    if year is None and span is None:
        return None
    # 五年来，…: the section's year no longer holds; which year each figure is for, only its
    # own sentence says (a year inside the span, or the span)
    return section._replace(year=year, period=None)


def _arabic_years(text: str) -> str:
    """The text with its years in Chinese numerals in digits (二〇二六年这样干: 2026年), one
    character for one, so that offsets hold."""
    if "〇" not in text and "零" not in text:  # (every such year since 2000 holds one)
        return text
    return _CN_YEAR.sub(lambda m: m.group(0).translate(_CN_DIGITS), text)


_CN_YEAR = re.compile("[一二][〇零九][〇零一二三四五六七八九]{2}(?=年)")
_CN_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")


def _subsection(section: Setting, words: str, today: int | None,
                titled: int | None = None) -> Setting:
    """The context a part's heading sets (`words`: its words): its time and scenario where it
    says them (今年的主要目标 aims, 去年经济答卷 results), else those of its section.  A
    year of the text's own date or after, or after the year of the part before in an undated
    text (【数读2025】 then 【数读2026】), is a year of aims."""
    if _ZH_ASIDE_TITLE.search(words):
        return Setting()  # 【数据链接】, 【背景】: facts beside the story, of no part's time
    year, period = _zh_year(words, today)
    # a report's part (（二）聚力落实国家重大战略任务) names a topic: only a coming year or an
    # aim not met makes its figures aims
    scenario: str | None = section.scenario
    later = year is not None and (year >= today if today is not None
                                  else titled is not None and year > titled)
    if (_ZH_COMING.search(words) or _aims(words)
            or (later and not _REVIEW_HEADING.search(words))):
        scenario = "target"
    elif _REVIEW_HEADING.search(words) or _ZH_PAST.search(words):
        scenario = "result"
    if (year, period) == (None, None):
        year, period = section.year, section.period
    return Setting(year, period or None, None, scenario, None)


def _zh_year(words: str, today: int | None, first: bool = False,
             ) -> tuple[int | None, str | None]:
    """The year and the span of years the last (or first) cue in `words` names."""
    found = (_ZH_YEAR.search(words) if first
             else _last_match(_ZH_YEAR, words, _YEAR_HOLDS))
    return _zh_year_of(found, today)


def _zh_year_of(found: re.Match[str] | None, today: int | None,
                ) -> tuple[int | None, str | None]:
    """The year and the span of years a cue of _ZH_YEAR names."""
    if found is None:
        return None, None
    cue = found.lastgroup
    if cue == "span":
        low, high = _FIVE_YEAR[_said(found, "span")]
        return None, f"{low}-{high}"
    if cue == "five":
        return None, None if today is None else f"{today - 5}-{today - 1}"
    if cue == "rel":
        if today is None:
            return None, ""  # a time is said, not which: look no further
        shift = {"今年": 0, "本年": 0, "明年": 1}.get(_said(found, "rel"), -1)
        return today + shift, None
    return int(_said(found, "y")), None


def _said(found: re.Match[str], group: str) -> str:
    """The words of a cue's group with the match's first character, which the pattern
    consumes before the group opens (see _ZH_YEAR)."""
    return found.string[found.start():found.end(group)]


def _holds(words: str, needles: tuple[str, ...]) -> bool:
    """Whether `words` hold one of `needles`."""
    for needle in needles:
        if needle in words:
            return True
    return False


def _last_match(pattern: re.Pattern[str], words: str, holds: tuple[str, ...] | None = None,
                ) -> re.Match[str] | None:
    """The last match of `pattern` in `words`; none where `words` lack what each holds."""
    if holds is not None and not _holds(words, holds):
        return None
    found = None
    for found in pattern.finditer(words):
        pass
    return found


def _last(pattern: re.Pattern[str], words: str, holds: tuple[str, ...] | None = None,
          ) -> str | None:
    """The name of the group that the last match of `pattern` in `words` matched, normalised
    for periods (q → "Q2", m → "M6")."""
    found = _last_match(pattern, words, holds)
    if found is None or found.lastgroup is None:
        return None
    group = found.lastgroup
    if group == "q":
        number = found.string[found.end("q") - 1]  # (see _ZH_PERIOD)
        return f"Q{_CN_NUM.get(number, number)}"
    if group in ("m1", "m2"):
        return _months(int(_said(found, "m1")), int(found.group("m2")))
    if group == "m":
        return f"M{_said(found, 'm')}"
    return {"q3": "Q1-Q3", "h1": "H1", "h2": "H2"}.get(group, group)


def _document_year(text: str) -> int | None:
    """The year of the document's date: the first full date in its first lines (None: 今年
    and 去年 are then said, not known)."""
    head = text[:600]
    # Each pattern is tried only where the first lines hold what every match of it holds (日
    # or -; a letter of a month's name, case aside): both open with a lookahead, which has
    # the regex engine try them at every character.
    found = ((_ZH_DATE.search(head) if "日" in head or "-" in head else None)
             or (_EN_DATE.search(head) if _LETTER.search(head) else None))
    return None if found is None else int(next(g for g in found.groups() if g))


# the characters that a letter of a month's name (the case ignored) matches
_LETTER = re.compile("[A-Za-zİıſ\u212a]")


# --- English ------------------------------------------------------------------------------


_MONTHS = ("january february march april may june july august september october november "
           "december").split()
_MONTH = "|".join(_MONTHS)
_EN_DATE = _starting("jfmasond0-9",
                     rf"\b(?:{_MONTH})\s+\d{{1,2}},?\s+((?:19|20)\d{{2}})\b"
                     rf"|\b\d{{1,2}}\s+(?:{_MONTH})\s+((?:19|20)\d{{2}})\b", word=True)
# where a clause ends: a comma, a semicolon or a sentence's stop before white space
_CLAUSE_STOP = re.compile(r"[,;]|[.!?](?:\s|$)|\n")
# a day's number beside a month's name (June 27, 16 July)
_DAY_AFTER = re.compile(r"\s+[0-3]?\d(?![\d.,%])")
_DAY_BEFORE = re.compile(r"(?<![\d.,])[0-3]?\d\s+$")
_CUMULATIVE = re.compile(r"\b(?:year|months|weeks)\s+to\s+$", re.IGNORECASE)
_FISCAL = re.compile(r"\s+of\s+the\s+[\d\-–]*\s*(?:financial|fiscal)\s+year", re.IGNORECASE)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# "compared with Q1 2014", "than a year earlier", "since 2008": the period compared with.
_COMPARED = _starting("ctfsabrpvwlo",
                      # (up 447,000 on December 2013: a change on a period is from it)
                      r"(?:compared (?:with|to)|than(?:\s+(?:in|for|during))?|from|since|above|on|"
                      # was last at 21.7% in 1990; last seen in 1990: when it was so before
                      r"last\s+(?:seen|reached|recorded|at|stood|been)\b(?:[^.;:]|\.\d){0,30}?\s+in|"
                      # the highest since records began in 1971
                      r"since\s+(?:\w+\s+){1,3}in|"
                      r"below|short of|relative to|as in|between|with|peak in|trough in|"
                      r"versus|against)"
                      # below its 2008 level; short of their pre-crisis peak in Q1 2008
                      r"\s+(?:the\s+|a\s+|its\s+|their\s+)?"
                      # since the spring of 2010; than in the same period of 2013; than in
                      # the previous three months (December to February)
                      r"(?:(?:\w+\s+){1,2}(?:of|in)\s+(?:the\s+|early\s+|late\s+)?"
                      r"|(?:\w+\s+){1,3}\(\s*)?$")
_DIGIT = re.compile(r"\d")
# A number that no period's name holds: the digits of a period are a year's four (19xx, 20xx,
# a run of digits of its own) or a quarter's one after Q, so a run of digits after no letter
# or digit and of another length than four is a figure (found by a pattern that opens with
# the digit, which the regex engine skips to at once).
_NO_PERIODS = re.compile(r"\d(?<!\w\d)(?:\d{0,2}|\d{4,})(?!\d)")
# y/y +404k; on the year -383,000: a cue right before a figure is that figure's own
_SIGNS_AND_SPACE = " \t+-−–"
_LEADS_FIGURE = re.compile(r"[ \t]*[+\-−–]?\d")
# £5.5bn in the previous quarter: a figure of the period before the one the sentence names;
# 1.8% the previous May: that month a year before
_EARLIER_OWN = re.compile(r"\s*(?:(?:in|for|during|over)\s+)?the\s+(?:previous|preceding|prior)\s+"
                          rf"(quarter|month|year|{_MONTH})\b", re.IGNORECASE)
# 1-1/4 percent over the same 12-month period, 2-1/4 percent over that year: the period named
# last before it, in its sentence or the one before
_SAME_PERIOD = re.compile(r"\s+(?:over|in|for|during)\s+(?:the\s+same|that)\s+"
                          r"(?:(?:12|twelve|three)[\s-]month\s+)?(?:period|year)\b",
                          re.IGNORECASE)
_EVENT_AFTER = re.compile(r"[ \t]+(?:policy[ \t]+)?(?:meeting|minutes|statement|decision|"
                          r"press[ \t]+conference)s?\b", re.IGNORECASE)
_ATTACHED_AFTER = re.compile(r"\s*(?:in|for|during)\s+(?:the\s+)?", re.IGNORECASE)
# March-May, Dec-Feb, Oct-Dec 2008: a wire's span of months (abbreviated only in a span)
_MONTH_SHORT = "|".join(sorted({m[:3] for m in _MONTHS} | {"sept"}, key=len, reverse=True))
# (?:19|20)\d{2} after its first digit, consumed (see _EN_PERIOD)
_YEAR_AFTER_FIRST = r"(?<=1)9\d\d|(?<=2)0\d\d"
# The pattern opens with the first character of one of its openings, consumed, at a word's
# start, and the rest of one after it (see _after_opening_first): the regex engine skips to
# those characters at once, where a pattern that opens with \b it tries at every character.
# A group that opens its match holds its words after that character (the rest of a month's
# name, of a year): `_said` reads them from the match's start.
_EN_PERIOD = re.compile(
    _after_opening_first((*(m[:3] for m in _MONTHS), "between", "three", "first", "second",
                          "third", "fourth", *(f"q{q}" for q in "1234"), "19", "20", "12",
                          "twelve", "year"))
    + rf"(?:(?P<afrom>{_after_first(_MONTHS)}|{_after_first(_MONTH_SHORT.split('|'))})"
    # (December 2013–February 2014: the year of the first month may stand before the dash)
    rf"(?:\s+(?:19|20)\d{{2}})?\s*[-–]\s*(?P<ato>{_MONTH}|{_MONTH_SHORT})(?:\s+(?P<aty>(?:19|20)\d{{2}}))?"
    rf"|(?:(?P<mfrom>{_after_first(_MONTHS)})(?:\s+(?:19|20)\d{{2}})?\s+to"
    rf"|(?<=b)etween\s+(?P<bfrom>{_MONTH})(?:\s+(?:19|20)\d{{2}})?\s+and)"
    rf"\s+(?P<mto>{_MONTH})(?:\s+(?P<mty>(?:19|20)\d{{2}}))?"
    rf"|(?<=t)hree months to\s+(?P<m3>{_MONTH})(?:\s+(?P<m3y>(?:19|20)\d{{2}}))?"
    # the 12 months ending in November, the year to May 2014: a rate over the year to a month
    # is that month's (its basis says the year)
    rf"|(?:(?<=1)2[\s-]months?|(?<=t)welve[\s-]months?|(?<=y)ear)(?:\s+period)?\s+"
    rf"(?:ending|ended|to|through)\s+(?:in\s+)?(?P<yt>{_MONTH})(?:\s+(?P<yty>(?:19|20)\d{{2}}))?"
    r"(?!\s*[-–])"  # (the year to March-May: the months' span is the period)
    rf"|(?<=q)(?P<q>[1-4])(?:\s+(?P<qy>(?:19|20)\d{{2}}))?"
    rf"|(?P<qy2>{_YEAR_AFTER_FIRST})\s*Q(?P<q2>[1-4])"
    rf"|(?P<qo>{_after_first(_ORDINALS)})\s+(?:quarter|three\s+months)(?:\s+of\s+(?P<qy3>(?:19|20)\d{{2}}))?"
    rf"|(?P<m>{_after_first(_MONTHS)})(?:\s+(?P<my>(?:19|20)\d{{2}}))?"
    rf"|(?P<y>{_YEAR_AFTER_FIRST}))\b", re.IGNORECASE)
_EN_BASIS = _opening(
    ("year", "y/y", "yoy", "a year", "same", "12 months", "12-month", "twelve", "on the",
     "annual", "between", "quarter", "month", "q/q", "qoq", "m/m", "previous", "from"),
    r"(?P<yoy>year on year|year-on-year|y/y|yoy\b|a year (?:earlier|ago|before)|same (?:quarter|month|"
    r"period) (?:(?:a|last|of the previous) year|(?:of|in) (?:19|20)\d\d)|12 months|"
    r"twelve months|12-month|twelve-month|on the year|year to (?!date\b)"
    r"|annual (?:growth|increase|fall|rate of inflation|inflation)"
    # between Q1 2013 and Q1 2014: the same quarter (or month) a year apart
    rf"|between (?P<since>Q[1-4]|{_MONTH}) (?:19|20)\d\d and (?P=since) (?:19|20)\d\d)"
    r"|(?P<annualised>annual(?:ised|ized)? rate|annualised|annualized)"
    r"|(?P<pop>quarter on quarter|quarter-on-quarter|month on month|month-on-month|q/q|m/m|qoq\b|"
    r"previous (?:quarter|month|three months)|on the (?:quarter|month)|from (?:Q[1-4]|"
    rf"(?:{_MONTH})))")
# An earlier estimate is a vintage of its own; "revised up to 0.8%" is the estimate now.
_NOW_ESTIMATE = r"(?:\s+(?:up|down)(?:wards)?)?\s+(?:to|at)\b"
_EN_EARLIER_AFTER = re.compile(rf"[ \t]+(?:the[ \t]+)?{en.EARLIER_ESTIMATE}", re.IGNORECASE)
# the target range or rate of a central bank is its policy setting, not an aim
_NOT_A_SETTING = r"(?!\s+(?:range|rate))"
_EN_SCENARIO = _starting(
    "otgaefplrwi",
    # (a funds or cash rate target is the setting too: Fed funds target: 0.25-0.5%)
    rf"(?P<target>\b(?<!funds\s)(?<!rate\s)(?:objective|target|goal|aim)s?\b{_NOT_A_SETTING}"
    r"|\bwant(?:s|ed)?\b)"  # the Fed wants inflation of 2%
    r"|(?P<forecast>\b(?:expect\w*|forecast\w*|project\w*|anticipat\w*|likely|outlook)\b)"
    # a revision, or an earlier estimate that one replaced (the previously estimated 2.7%);
    # "revised up to 0.8%" is the estimate now, no earlier one
    rf"|(?P<revision>\brevised\b(?!{_NOW_ESTIMATE})|\brevision\b|{en.EARLIER_ESTIMATE})",
    word=True)
_REVISED = re.compile(r"\brevised\b", re.IGNORECASE)
# a clause's words of a revision, the first of which is said of the first figure after it
_REVISION_WORD = re.compile(rf"\brevised\b|\brevision\b|{en.EARLIER_ESTIMATE}", re.IGNORECASE)
# the second value of a change from one to another (… from 0.4% to 0.1%)
_TO_AFTER_FROM = re.compile(r"\bfrom\s+\S+(?:\s+(?:per\s?cent|percent|\w+)){0,2}\s+to\s*$")
# an aim named right after its figure: its 2 percent (longer-run) inflation objective; a list's
# "2%: the inflation target"
_EN_AIM_AFTER = re.compile(rf"(?:[ \t]*[:–—]|[ \t]+-)?[ \t]+(?:[\w-]+[ \t]+){{0,2}}"
                           rf"(?:objective|target|goal)s?\b"
                           rf"{_NOT_A_SETTING}", re.IGNORECASE)
_EN_SCOPE = _starting("n", r"(?P<national>\bnationwide\b|\bnational\b(?!\s+statistics\b))",
                      word=True)  # (the Office for National Statistics: a name)
# Words one of which each match of the basis, scenario and scope patterns holds, in lower case.
_BASIS_HOLDS_EN = ("year", "same", "month", "annual", "quarter", "previous", "from",
                   "between", "y/y", "q/q", "m/m", "yoy", "qoq")
_SCENARIO_HOLDS = ("objective", "target", "goal", "aim", "want", "expect", "forecast", "project",
                   "anticipat", "likely", "outlook", "revis", "estimate", "reported", "published")
_SCOPE_HOLDS_EN = ("nation",)
# The spell a figure counts people in (749,000 had been unemployed for over one year; out of
# work for more than 12 months): a part of the whole, told apart as a scope is.
_SPELL_COUNT = rf"an?|{'|'.join(en.NUMBER_WORDS)}|\d{{1,3}}"
_EN_SPELL = re.compile(
    r"\bfor\s+(?:(?P<bound>up\s+to|less\s+than|under|over|more\s+than|longer\s+than|at\s+least)"
    rf"|between\s+(?P<from>{_SPELL_COUNT})\s+(?:(?P<from_unit>week|month|year)s?\s+)?and)"
    rf"\s+(?P<n>{_SPELL_COUNT})\s+(?P<unit>week|month|year)s?\b", re.IGNORECASE)
_UP_TO = ("up", "less", "under")
_SPELL_REACH = 60  # characters after a figure in which its spell is told
# The words up to the last clause stop ("[,;:] "): the greedy run of any characters gives it
# back from the end, where the regex engine looks at each character once.
_EN_CLAUSE_LAST = re.compile(r".*[,;:]\s", re.DOTALL)
# A sentence break: the white space after . ! ? before a capital, a bracket or a quote (group
# 1), or a line's end.  The pattern opens with the mark or the line's end, which the regex
# engine skips to at once (at white space, as a pattern that opens with it, a break is tried
# every few characters).
_EN_SENTENCE = re.compile(r"[.!?\n](?:(?<=[.!?])(\s+)(?=[A-Z(\"'])|(?<=\n))")


@dataclass(frozen=True)
class _English:
    text: str
    today: int | None
    # What each sentence (from, to) says of its basis and its periods, read once for all the
    # figures it states.
    bases: dict[tuple[int, int], list[_Cue]] = field(default_factory=dict)
    periods: dict[tuple[int, int], list[_Period]] = field(default_factory=dict)

    @classmethod
    def of(cls, text: str) -> _English:
        return cls(text, _document_year(text))

    def setting(self, start: int, end: int) -> Setting:
        head = self._sentence_head(start)
        tail_end = min(len(self.text), end + REACH)
        for m in _EN_SENTENCE.finditer(self.text, max(0, end - 1), end + REACH):
            at = _break(m)[0]
            if at >= end:
                tail_end = at
                break
        if _SAME_PERIOD.match(self.text, end):
            year, period = self._last_period_before(head, start)
        else:
            year, period = self._period(head, start, end, tail_end)
        earlier = _EARLIER_OWN.match(self.text, end)
        if earlier:
            step = earlier.group(1).lower()
            year, period = (_before(year, f"M{_month_number(step)}", "year") if step in _MONTHS
                            else _before(year, period, step))
        bases = self.bases.get((head, tail_end))
        if bases is None:
            sentence = self.text[head:tail_end]
            bases = self.bases[head, tail_end] = (
                _cues(_EN_BASIS, sentence) if _may_hold(sentence, _BASIS_HOLDS_EN) else [])
        basis = _nearest_cue(self._own(bases, head, start, end), start - head)
        # A plan's word sets the figure of its own clause: "to support the decision to raise
        # the target range …, the Board voted to raise the rate to 1/2 percent" sets none.
        last_stop = _EN_CLAUSE_LAST.match(self.text, head, start)
        clause = last_stop.end() if last_stop else head
        words = self.text[clause:start]
        if not words.strip(" +-−") and self.text[max(head, clause - 2):clause].startswith(":"):
            # a list's line (Inflation goal: 2 percent): its label is the figure's clause
            clause = max(head, self.text.rfind("\n", head, clause) + 1)
            words = self.text[clause:start]
        scenario = (_nearest(_EN_SCENARIO, words, start - clause)
                    if _may_hold(words, _SCENARIO_HOLDS) else None)
        first = _REVISION_WORD.search(words) if scenario == "revision" else None
        if first is not None and self._figure_between(clause + first.end(), start):
            # revised down 0.1 percentage points from the previous estimate and follows a 0.1%
            # fall in Q4 2013: the revision is said of the figure it reaches first
            scenario = None
        elif scenario == "revision" and _TO_AFTER_FROM.search(words):
            scenario = None  # revised up from +526,000 to +537,000: the estimate now
        elif (scenario is None and words.rstrip().endswith(" from")
              and _REVISED.search(self.text, head, start)):
            # revised up to 537,000 from 526,000; revised up sharply, to 5% from 2.7%: the
            # estimate before
            scenario = "revision"
        if _EN_AIM_AFTER.match(self.text, end):
            scenario = "target"  # its 2 percent objective, a 2% inflation target
        elif _EN_EARLIER_AFTER.match(self.text, end):
            scenario = "revision"  # than the 0.6% first estimated
        words = self.text[head:start]
        scope = (_nearest(_EN_SCOPE, words, start - head)
                 if _may_hold(words, _SCOPE_HOLDS_EN) else None)
        if scope is None and self.text.find("for ", end, min(tail_end, end + _SPELL_REACH)) >= 0:
            scope = _spell(self.text, end, tail_end)
        return Setting(year, period, basis, scenario, scope)

    def _own(self, cues: list[_Cue], head: int, start: int, end: int) -> list[_Cue]:
        """The cues of a sentence that may be said of the figure at text[start:end]: not one
        after another figure, which is said of that one (grew by 0.8% on the previous quarter
        and by 3.0% on a year earlier; narrowed to £4.2bn from £5.5bn in the previous
        quarter); nor one in a clause of its own after the figure that goes on to a figure of
        its own (grows 0.8 percent in Q1, annual growth revised down to 3 percent)."""
        return [cue for cue in cues
                if (head + cue.end <= start
                    and not self.text[head + cue.end:start].strip(_SIGNS_AND_SPACE))
                or not (self._figure_between(end if head + cue.start >= end else head,
                                             head + cue.start)
                        or _LEADS_FIGURE.match(self.text, head + cue.end)
                        or (head + cue.start >= end and self._leads_own_clause(
                            end, head + cue.start, head + cue.end)))]

    def _last_period_before(self, head: int, start: int) -> tuple[int | None, str | None]:
        """The last period named before `start` in its sentence (opening at `head`), or else
        in the sentence before."""
        periods = [p for p in self._periods(head, start) if p.end <= start]
        if not periods:
            periods = self._periods(self._sentence_head(max(0, head - 1)), head)
        return (periods[-1].year, periods[-1].period) if periods else (None, None)

    def _sentence_head(self, start: int) -> int:
        """Where the sentence that holds text[start] opens, REACH characters back at most."""
        head = floor = max(0, start - REACH)
        # (a break's mark may stand right before where the words are read from)
        for m in _EN_SENTENCE.finditer(self.text, max(0, floor - 1), start):
            at, after = _break(m)
            if at >= floor:
                head = after
        return head

    def _leads_own_clause(self, end: int, start: int, cue_end: int) -> bool:
        """Whether the cue at text[start:cue_end], after a figure ending at `end`, opens a
        clause of its own (a comma or a semicolon stands between) with a figure in it."""
        stop = max(self.text.rfind(",", end, start), self.text.rfind(";", end, start))
        if stop < 0:
            return False
        clause = _CLAUSE_STOP.search(self.text, cue_end)
        return self._figure_between(cue_end, clause.start() if clause else len(self.text))

    def _figure_between(self, start: int, end: int) -> bool:
        """Whether a figure (a digit not in a period's name) stands in text[start:end]."""
        if start >= end:
            return False
        between = self.text[start:end]
        if _DIGIT.search(between) is None:
            return False
        # most often a number of another length than a year's stands there: no period's name
        # need be taken out
        return (_NO_PERIODS.search(between) is not None
                or _DIGIT.search(_EN_PERIOD.sub("", between)) is not None)

    def _period(self, head: int, start: int, end: int, tail: int,
                ) -> tuple[int | None, str | None]:
        """The nearest period named in the sentence that is not a period compared with."""
        best: tuple[int, int | None, str | None] | None = None
        for found in self._periods(head, tail):
            if start <= found.start < end:
                continue
            after = found.start >= end
            # after another figure, a period is that one's (rose by 5 per cent, following a
            # 1.5 per cent increase at the end of 2013)
            if after and self._figure_between(end, found.start):
                continue
            distance = start - found.end if found.end <= start else found.start - end
            if after and _ATTACHED_AFTER.fullmatch(self.text, end, found.start):
                distance = 0  # £4.2 billion in Q1 2014: said of this figure, whatever is nearer
            if best is None or distance < best[0]:
                best = (distance, found.year, found.period)
        return (None, None) if best is None else (best[1], best[2])

    def _periods(self, head: int, tail: int) -> list[_Period]:
        """The periods named in text[head:tail] that a figure may be for: not a period
        compared with, nor a cumulative year or a quarter of a fiscal year."""
        periods = self.periods.get((head, tail))
        if periods is not None:
            return periods
        periods = self.periods[head, tail] = []
        for m in _EN_PERIOD.finditer(self.text, head, tail):
            if _COMPARED.search(self.text[max(head, m.start() - 40):m.start()]):
                continue
            if m.group("m") and not m.group("my") and (
                    _DAY_AFTER.match(self.text, m.end())
                    or _DAY_BEFORE.search(self.text, max(head, m.start() - 4), m.start())
                    or _EVENT_AFTER.match(self.text, m.end())):
                # LONDON, June 27 --; on 16 July: a day; the October meeting, the December
                # minutes: an event or a paper; no period of a figure
                continue
            if _CUMULATIVE.search(self.text[max(head, m.start() - 12):m.start()]) or \
                    _FISCAL.match(self.text, m.end()):
                continue  # the year to March-May; a quarter of a fiscal year
            year, period = _en_period(m)
            if year is not None or period is not None:
                periods.append(_Period(m.start(), m.end(), year, period))
        return periods


def _break(m: re.Match[str]) -> tuple[int, int]:
    """Where a match of _EN_SENTENCE breaks the sentence: its white space after a full stop,
    or its line's end."""
    return m.span(1) if m.group(1) is not None else m.span()


class _Cue(NamedTuple):
    """Where a match of a cue pattern stands, and the name of its group."""

    start: int
    end: int
    name: str


class _Period(NamedTuple):
    """Where a period is named, and its year and period."""

    start: int
    end: int
    year: int | None
    period: str | None


def _month_number(name: str) -> int:
    """A month's number from its name, whole or cut to three letters (May, Dec: 5, 12)."""
    return [m[:3] for m in _MONTHS].index(name.lower()[:3]) + 1


def _en_period(m: re.Match[str]) -> tuple[int | None, str | None]:
    def year(*groups: str) -> int | None:
        # (y and qy2 open the match: see _EN_PERIOD)
        return next((int(_said(m, g) if g in ("y", "qy2") else m.group(g))
                     for g in groups if m.group(g)), None)

    if m.group("ato"):
        return year("aty"), _months(_month_number(_said(m, "afrom")),
                                    _month_number(m.group("ato")))
    if m.group("mto"):
        first = _said(m, "mfrom") if m.group("mfrom") else m.group("bfrom")
        return year("mty"), _months(_month_number(first), _month_number(m.group("mto")))
    if m.group("yt"):
        return year("yty"), f"M{_month_number(m.group('yt'))}"
    if m.group("m3"):
        last = _month_number(m.group("m3"))
        return year("m3y"), _months((last - 3) % 12 + 1, last)
    if m.group("q") or m.group("q2"):
        return year("qy", "qy2"), f"Q{m.group('q') or m.group('q2')}"
    if m.group("qo"):
        return year("qy3"), f"Q{_ORDINALS[_said(m, 'qo').lower()]}"
    if m.group("m"):
        if _said(m, "m").lower() == "may" and not m.group("my"):
            return None, None  # the verb as often as the month
        return year("my"), f"M{_month_number(_said(m, 'm'))}"
    return year("y"), None


def _before(year: int | None, period: str | None, step: str,
            ) -> tuple[int | None, str | None]:
    """The period a quarter, a month or a year before (year, period); None where that is not
    known (the quarter before a month)."""
    if step == "year":
        return (year - 1 if year else None), period
    if period is None or not period[1:].isdigit() or period[0] != step[0].upper():
        return None, None
    number, count = int(period[1:]), (4 if step == "quarter" else 12)
    back = (number - 2) % count + 1
    return (year - 1 if year and back > number else year), f"{period[0]}{back}"


def _months(first: int, last: int) -> str:
    """A span of months as a period: a calendar quarter as the quarter (January to March, 1-3月:
    "Q1"), any other as its months ("M3-M5")."""
    if last == first + 2 and first % 3 == 1:
        return f"Q{last // 3}"
    if last == first:
        return f"M{last}"  # between May 2013 and May 2014: the year to May
    return f"M{first}-M{last}"


def _may_hold(words: str, needles: tuple[str, ...]) -> bool:
    """Whether `words` may hold one of `needles` (lower case) in any case: a test far cheaper
    than a case-blind pattern's search.  It is exact for ASCII words, whose case is ASCII
    only; other words (where the pattern matches ı as i, ſ as s) may always."""
    if not words.isascii():
        return True
    return _holds(words.lower(), needles)


def _cues(pattern: re.Pattern[str], words: str) -> list[_Cue]:
    """The matches of `pattern` in `words` that name a group."""
    return [_Cue(m.start(), m.end(), m.lastgroup) for m in pattern.finditer(words)
            if m.lastgroup]


def _spell(text: str, end: int, tail: int) -> str | None:
    """The spell told right after a figure (no other number before it), in months: "over 24
    months" for "for over two years", "up to 6 months" for "for less than six months"."""
    m = _EN_SPELL.search(text, end, min(tail, end + _SPELL_REACH))
    if m is None or _DIGIT.search(text, end, m.start()):
        return None
    months = _in_months(m.group("n"), m.group("unit"))
    if m.group("from"):  # for between six and twelve months
        first = _in_months(m.group("from"), m.group("from_unit") or m.group("unit"))
        return f"{first:g}-{months:g} months"
    bound = "up to" if m.group("bound").lower().startswith(_UP_TO) else "over"
    return f"{bound} {months:g} months"


def _in_months(count: str, unit: str) -> float:
    """A spell (a count of weeks, months or years, in digits or words) in months."""
    n = int(count) if count.isdigit() else en.NUMBER_WORDS.get(count.lower(), 1)
    return {"week": n / 4.35, "month": n, "year": 12 * n}[unit.lower()]


def _nearest_cue(cues: list[_Cue], at: int) -> str | None:
    """The group name of the cue nearest to offset `at` (the first of two as near)."""
    best: tuple[int, str] | None = None
    for cue in cues:
        distance = cue.start - at if cue.start >= at else at - cue.end
        if best is None or distance < best[0]:
            best = (distance, cue.name)
    return None if best is None else best[1]


def _nearest(pattern: re.Pattern[str], words: str, at: int) -> str | None:
    """The group name of the match of `pattern` in `words` nearest to offset `at`."""
    return _nearest_cue(_cues(pattern, words), at)


def of_words(words: str, english: bool) -> Setting:
    """The context a short phrase states for a figure after it: a table's column header
    (2026年目标: 2026, target; Q1 2014: 2014, Q1)."""
    text = f"{words}: 0" if english else f"{words}：0"
    reader: _Chinese | _English = _English.of(text) if english else _Chinese.of(text)
    return reader.setting(len(text) - 1, len(text))


def read(text: str, figures: list[Figure], english: bool) -> list[Figure]:
    """The figures of a text with their context read from it.  The figures are an
    extractor's own, just made and not yet seen by anyone: their context fields are set in
    place, which costs a fifth of copying each figure (`record` made them, and `record` sets
    its fields in the same way)."""
    reader: _Chinese | _English = _English.of(text) if english else _Chinese.of(text)
    for figure in figures:
        figure.__dict__.update(zip(FIELDS, reader.setting(figure.start, figure.end)))
    if not english:
        _place(text, figures)
    return figures


def _place(text: str, figures: list[Figure]) -> None:
    """A Chinese figure named after a province (上海去年进出口总额增长, 安徽城镇增长) is of that
    place; one that names none, in a text that names one place most in its opening (its own:
    said OWN_PLACE times or more, twice as often as any other), is of that place where it says no
    scope or a local one (全市), so that a comparison of provinces keeps each apart."""
    counts = sorted(((n, name) for name, n in Counter(
        m.group() for m in _PLACE_ANY.finditer(text, 0, OWN_PLACE_READ)).items()), reverse=True)
    own = (counts[0][1] if counts and counts[0][0] >= OWN_PLACE
           and (len(counts) == 1 or counts[0][0] >= 2 * counts[1][0]) else None)
    for figure in figures:
        named = _PLACE_ANY.match(figure.metric)
        if named is not None:
            figure.__dict__["scope"] = named.group()
        elif own is not None and figure.scope in (None, "local"):
            figure.__dict__["scope"] = own


# (the pattern opens with a class of the names' first characters, which the regex engine
# skips to at once)
_PLACE_ANY = re.compile(f"(?=[{''.join(sorted({p[0] for p in zh.PROVINCES}))}])"
                        f"(?:{'|'.join(zh.PROVINCES)})")
OWN_PLACE = 3
OWN_PLACE_READ = 4000  # characters: a text says whose it is early (its title, its opening)
