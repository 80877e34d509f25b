"""Chinese extraction, second step: what each figure counts (its metric) and the record.

After a measure word comes the noun it counts (选派1058名职工); with none there, the words
before the number name it (职工之家1.38万家); lists after 分别 give each figure its own
subject.  docs/figures.md, "What a figure counts", is the convention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.documents import Document
from checker.extraction.chinese_scan import CN_CHARS, DATE, Candidate
from checker.extraction.figure import Figure, interval_of, range_interval, record
from checker.extraction.stops import WINDOW, Stops, find_stops, stop_levels
from checker.extraction.words import alternation, led
from checker.lang import zh
from checker.names import metric_key, says_nothing, simplified_text, strip_markers

_LIST_JOINS = {"、", "和", "及", "与", "，", ",", "和和"}
_LIST_SPLIT = re.compile("[、和与及]")
# names in a 、 list right before as many figures (燃气、排水管网800公里、600公里), and what
# may join those figures
_NAMES_THEN_VALUES = re.compile(r"[^、\s]+(?:、[^、\s]+)+")
_VALUE_JOINS = {"、", "和"}


_CLAUSE_END = set("，。；：！？,;:!?\n\r∶")
# (a table's cell border, a title's ｜, a 【heading】's end and a bullet part what they stand
# between as a 、 does: 【一句话看报告】全区地区生产总值5696亿元; ▶GDP增长5%左右)
_SEGMENT_END = _CLAUSE_END | set("、\t|｜】▶►•●■◆")
_SENTENCE_END = set("。；！？;!?\n")
_STOP_LEVELS = stop_levels(_SEGMENT_END, _CLAUSE_END, _SENTENCE_END)  # 1, 2, 3
_OPEN = "（("
_PARENTHESES = re.compile("[（()）]")
_PARENTHESIS_PIECES = re.compile("[（()）]|[^（()）]+")
_CLOSE = "）)"
_QUOTE_CHARS = re.compile(f"[{re.escape(zh.QUOTES)} \u3000\xa0*＊]")  # (and **emphasis**)
# (with the 到 or 截至 that leads it: 到2030年城镇化率 names 城镇化率)
_DATE_IN_WORDS = re.compile(f"(?:到|截至|截止到|截止)?(?=[0-9{CN_CHARS}])(?:{DATE})")
_LEAD = tuple(sorted(zh.METRIC_LEAD + ["来", "间"], key=len, reverse=True))  # 五年来, 五年间
_TRAIL = tuple(sorted(zh.METRIC_TRAIL, key=len, reverse=True))
_COMPARISON = tuple(sorted(zh.COMPARISON_WORDS, key=len, reverse=True))
# Leading words (never all of the words) and trailing words, trimmed together: the leading
# ones by a match at the start, the trailing ones by a search among the last characters only
# (a search of every position costs more than all the rest of naming a figure).
_ENUMERATOR = r"[0-9]{1,2}[.．、](?![0-9])|[一二三四五六七八九十]{1,3}(?:是|、)"  # 1.教育支出, 二是
_LEAD_RE = re.compile(
    f"(?:{led(_LEAD + _COMPARISON, alternation(_LEAD + _COMPARISON, zh.METRIC_LEAD_NOT_BEFORE))}"
    f"|{_ENUMERATOR})(?=.)")
_TRAIL_RE = re.compile(f"(?:{led(_TRAIL, alternation(_TRAIL, None, zh.METRIC_TRAIL_NOT_AFTER))})\\Z")
_TRAIL_LENGTH = max(map(len, _TRAIL))
_COMPARISON_RE = re.compile(f"^{led(_COMPARISON, alternation(_COMPARISON))}")  # one test, mostly
# 能耗比上年下降3.8%: the comparison inside the words goes, the change stays (能耗下降);
# 同比 and 环比 stay, as they tell year-on-year from month-on-month.
_COMPARED_WORDS = set(_COMPARISON) - {"同比", "环比"}
_COMPARISON_BEFORE_CHANGE = re.compile(
    # 总量比(2020年)增加: 比 or 较 left of a comparison whose date was taken out
    f"(?<=.)(?:{alternation(_COMPARED_WORDS)}|(?<![占对相无同环])[比较])"
    f"(?=(?:{alternation(zh.CHANGE_WORDS)})\\Z)")
# the first characters of those words, one of which a match holds: a cheap test first
_COMPARED_HOLDS = re.compile(f"[{''.join(sorted({w[0] for w in _COMPARED_WORDS}))}]")
_NUMERAL_HOLDS = re.compile(f"[0-9{CN_CHARS}]")  # what a match of _DATE_IN_WORDS starts with
_CHANGE = set(zh.CHANGE_WORDS)
_GENERIC = set(zh.GENERIC_METRICS)
_GENERIC_ENDS = tuple(_GENERIC)
_CHANGE_ENDS = tuple(_CHANGE)
_GENERIC_CHANGES = {g + c for g in _GENERIC for c in _CHANGE}  # 增速加快: a metric's change
_SHARE_KINDS = ("percent", "points", "ratio")  # figures that are a share of something
_EMPTY = set(zh.METRIC_EMPTY)
_SUFFIXES = _CHANGE | set(zh.COMPARISON_WORDS)
_CHANGE_SUFFIX_RE = re.compile(f"(?<=.)(?:{led(_SUFFIXES, alternation(_SUFFIXES))})\\Z")
_CHANGE_SUFFIX_LENGTH = max(map(len, _SUFFIXES))
# 中 ends a noun (企业中), except where it begins one (中国企业, 中小企业).
_BREAK = re.compile(led(zh.METRIC_BREAK, alternation(zh.METRIC_BREAK).replace(
    "中", "中(?![国央华心小部共层型间医文])")))
_MAX_METRIC = 20
_MAX_NOUN = 12  # the noun after a measure word, at most
# how far past a character a break word may be read: its length, and the one character its
# guard looks at
_BREAK_REACH = max(map(len, zh.METRIC_BREAK)) + 1
_AFTER_STOP = re.compile("[（()）《》]")
_CONJUNCTIONS = "和与及或、"
_MAX_HELD = 8  # 连续16年居全国首位: the standing kept, in as many characters
_HAS_DIGIT = re.compile("[0-9０-９〇零一二三四五六七八九两]")  # a numeral, not a scale word
_AFTER_NOT_NOUN = set(_CONJUNCTIONS + "—–-～~至到")
# 由47.6%提升至73.4%, 从5.6万元增至7.8万元: a change word with 至/到 leads to a level.
_TO_LEVEL = re.compile(f"(?:{alternation([*zh.CHANGE_WORDS, *zh.TO_LEVEL_VERBS])})[至到]了?"
                       f"|{alternation(w for w in zh.CHANGE_WORDS if w.endswith(('至', '到')))}了?")
_MILESTONE = tuple(zh.MILESTONE_NOUNS)
# 由上年的500亿斤, 从上半年5.5%: where a change starts, said by its time, names nothing
_FROM_TIME = re.compile(f"[从由](?:{alternation(zh.CONTEXT_WORDS)})的?\\Z")
# 【字幕】河北经济总量：, 【画面】…: a cue in brackets before the words that name (but
# 【经济总量】5.67万亿元: a bracket that holds the name alone is the name)
_CUE = re.compile(r"^\s*【[^】0-9]{1,6}】(?=\s*\S)")
# 全省生产总值是三万六千多亿，去年已经到了将近五万亿: words that only say it got there
_REACHED = {"已经", "已", "到了", "已经到了", "已到", "已达", "已达到", "已经达到", "达到了"}
_FROM_ALONE = re.compile(r"\s*[从由]\s*")  # where a change starts, and nothing more
_CONTEXT_LEAD = re.compile(f"^(?:{alternation(zh.CONTEXT_WORDS)})+")
_CURRENCY_AFTER = re.compile(f"^(?:{alternation(zh.CURRENCY_AFTER_AMOUNT)})")
_CONTEXT_AND_COPULA = re.compile(f"{led(zh.CONTEXT_WORDS, alternation(zh.CONTEXT_WORDS))}"
                                 "|的|^(?:是|为)|(?:是|为|在)(?=.)")
# 高于全国平均0.3个百分点: a comparison names no subject for the figures after it
_COMPARED = re.compile(f"^(?:{alternation(zh.COMPARISON_LEADS)})")
_COMPARED_ALONE = 8  # 高于全国平均水平: a comparison that names nothing else is this short
_CONVERSION = set(zh.CONVERSION_WORDS)
_SPEAKERS = set(zh.SPEAKERS)
# 数说 and 一图读懂 lines lead with their figure and name it after a dash or a colon
# ("1. 4%——全年GDP增速，…"; "● 13.05亿吨：规上原煤产量"): what may stand before the figure
_BULLETS = "●○■□◆◇•·▪▶►★☆"
_LINE_LEAD = re.compile(rf"[ \t\u3000]*(?:(?:{_ENUMERATOR}|[（(][一二三四五六七八九十0-9]{{1,3}}[)）]"
                        rf"|[{_BULLETS}])[ \t\u3000]*)?【?")
# The characters a match of _LINE_LEAD that is not empty ends with (its spaces, an enumerator's
# [.．、是], a bracket, a bullet, a 【), and a line's end: a figure after any other leads no line.
_LINE_LEAD_ENDS = frozenset(f" \t\u3000.．、是)）{_BULLETS}\n【")
# (or an arrow, or the end of the 【】 the figure stands in: "【5696亿元】全区地区生产总值",
# "6.9% → 规上工业增加值")
_NAMED_AFTER_DASH = re.compile("[ \t\u3000]*(?:——|—|：|:|→|⟶|➡|➔|->|】)[ \t\u3000]*")
_HIGHER_OR_LOWER = set(zh.HIGHER_OR_LOWER)  # 比“十三五”时期高, its date out
_PART_STOP = re.compile("[^。！？!?\n]*[；;][^。！？!?\n]*")  # only a ；between two figures
# a province a name opens with, and the words that may follow it alone (浙江也增长, 江苏同为)
_PLACE_FIRST = re.compile(f"(?:{'|'.join(zh.PROVINCES)})(?:省|市|自治区)?")
_PLACE_FILLER = re.compile("^(?:也|同样|同|则|亦|均)?(?:为|是|达)?|(?:为|是|达)$")
_HEADLINE_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000\t]+(?=[\u4e00-\u9fffA-Za-z0-9])")
_GAP_HOLDS = re.compile("[ \u3000\t]")  # what a match of _HEADLINE_GAP holds


def name_figures(document: Document, found: list[Candidate]) -> list[Figure]:
    original = document.text
    # Metrics are read in simplified script, where the word lists apply (增長 is 增长);
    # contexts stay as written.  The converter keeps offsets unless a phrase changes length.
    converted = simplified_text(original)
    text = converted if len(converted) == len(original) else original
    bounds = _Boundaries.of(text)
    metrics: list[str] = []
    previous_metric = ""
    earlier = ""  # the name before a ；that ends the sentence part before this one
    # the names of the sentence part so far: the last that says something (not 在三省中居首's
    # 在) is `earlier` after a ；(looked for only there)
    named_before: list[str] = []
    previous_sentence = -1
    for index, cand in enumerate(found):
        prev_end = found[index - 1].end if index else 0
        following = index + 1
        # 12200个亿元以上项目: a size with no numeral right after the count is part of its noun
        if (following < len(found) and found[following].start == cand.end
                and not _HAS_DIGIT.search(text, found[following].start, found[following].end)):
            following += 1
        next_start = found[following].start if following < len(found) else len(text)
        sentence = bounds.sentences.back_to(cand.start)
        # which sentence, by its stop: in a sentence longer than the window, `sentence` is
        # only how far back a figure looks, and moves with each figure
        number = bounds.sentences.count_to(cand.start)
        if number != previous_sentence:
            # (a part after ；is a sentence of its own, but keeps the name before it for a
            # place's figure of the same metric: _metric)
            earlier = next((m for m in reversed(named_before) if not says_nothing(
                metric_key(m))), "") if _PART_STOP.fullmatch(text, prev_end, cand.start) else ""
            named_before = []
            previous_metric = ""
            previous_sentence = number
        metric = ""
        if cand.metric is not None:
            metric = cand.metric
        elif cand.kind == "duration":
            metric = _running(text, bounds, cand, previous_metric)
        else:
            metric = _metric(text, bounds, cand, max(prev_end, sentence), next_start,
                             previous_metric, earlier)
            if metric.endswith(_MILESTONE):
                # 地区生产总值连续迈上4个万亿元台阶、达14.2万亿元: a count of marks passed
                # is no subject; what passed them is
                subject = _strip(_words_before(text, bounds.segments.back_to(
                    cand.start, max(prev_end, sentence)), cand.start))
                previous_metric = subject or previous_metric
            elif (metric and not _in_parentheses(text, sentence, cand.start)
                    and not _COMPARED.match(metric)
                    and not _compares_previous(metric, previous_metric)):
                previous_metric = metric
        if previous_metric and previous_metric != (named_before or [""])[-1]:
            named_before.append(previous_metric)
        metrics.append(metric)
    _distribute_lists(text, bounds, found, metrics)
    figures: list[Figure] = []
    for cand, metric in zip(found, metrics):
        clause_start = bounds.clauses.back_to(cand.start)
        clause_end = bounds.clauses.forward_to(cand.end)
        line, column = document.position(cand.start)
        figures.append(record({
            "document": document.path,
            "line": line,
            "column": column,
            "start": cand.start,
            "end": cand.end,
            "text": original[cand.start:cand.end],
            "value": (cand.numeral.value if cand.upper is None
                      else min(cand.numeral.value, cand.upper.value)),
            "unit": cand.unit.replace("％", "%") if cand.unit else None,
            "scale": cand.scale,
            "qualifier": cand.qualifier,
            "interval": (interval_of(cand.numeral, cand.qualifier, cand.unbounded)
                         if cand.upper is None else range_interval(cand.numeral, cand.upper)),
            "place": cand.numeral.place,
            "metric": metric,
            "context": original[clause_start:clause_end].strip(),
            "kind": cand.kind,
            "where": document.where(cand.start),
            "year": None, "period": None, "basis": None, "scenario": None, "scope": None,
        }))
    return figures


def _distribute_lists(text: str, bounds: _Boundaries, found: list[Candidate],
                      metrics: list[str]) -> None:
    """城镇、农村居民人均可支配收入分别增长5.1%和7.6%: the n-th figure of a list after 分别
    belongs to the n-th subject before it (城镇居民人均可支配收入增长, 农村居民…增长).

    Parallel subjects share the head of the last one; the others name only what sets them
    apart, as many characters as the first one has (城镇 | 农村 + 居民人均可支配收入), or
    the first lends its modifier to the others (首批典型 + 县、镇、村); subjects of one length
    are whole names (出口、进口分别为…).
    """
    index = 0
    while index < len(found):
        end = index + 1
        while end < len(found) and text[found[end - 1].end:found[end].start].strip() in _LIST_JOINS:
            end += 1
        count = end - index
        if count >= 2:
            first = found[index]
            before = text[bounds.clauses.back_to(first.start):first.start]
            subject, marker, verb = before.rpartition("分别")
            subject, verb = _strip(subject), _strip(verb)
            # 力争全年交通、水利…投资额分别达…: the words of context are no part of an item
            items = [item for item in _LIST_SPLIT.split(_CONTEXT_LEAD.sub("", subject)) if item]
            if items:  # 以旧换新带动限上新能源汽车、…: what is driven is the first subject
                items[0] = _CAUSED.split(items[0])[-1] or items[0]
            both = next((w for w in zh.BOTH_OF if items[:1] and items[0].startswith(w)), "")
            if count == 2 and len(items) == 1 and both:
                # 城乡居民人均可支配收入分别…: 城镇居民… and 农村居民…
                rest = items[0][len(both):]
                items = [part + rest for part in zh.BOTH_OF[both]]
            if items and items[0].startswith("第"):  # 第一、二、三产业: 第二, 第三
                items = [items[0]] + [i if i.startswith("第") else "第" + i for i in items[1:]]
            change = next((words for words in (subject + verb, verb) if words in _CHANGE), "")
            if not change and _comparison_alone(verb):
                change = verb  # 增速分别高于全国0.8、7.8个百分点: each one's lead
            if not marker:
                # 数说: "5. 25.3%、7.9%——新能源产业、装备制造业增加值增速": the names after the dash
                led = [i for i in _LIST_SPLIT.split(_led_line_name(text, bounds, first,
                                                                   found[end - 1].end)) if i]
                if len(led) == count:
                    marker, items, change = "——", led, ""
                elif _NAMES_THEN_VALUES.fullmatch(verb) and all(
                        text[found[k].end:found[k + 1].start].strip() in _VALUE_JOINS
                        for k in range(index, end - 1)):
                    # 改造老旧供热、燃气、排水管网800公里、600公里、300公里: as many names
                    # as figures, right before them, pair in turn as after 分别
                    named = _CONTEXT_LEAD.sub("", verb).split("、")
                    if len(named) == count and all(named):
                        marker, items, change = "、", named, ""
            if marker and len(items) == count:
                for offset, item in enumerate(items):
                    metrics[index + offset] = _list_item(items, offset) + change
            elif (marker and len(subject) <= 2) or (not marker and verb in _CHANGE):
                # …分别达6.9万元、3.4万元，增长4.2%、5.3%: a list of changes alone follows the list
                _follow_figures_before(bounds, found, metrics, index, count, change)
        index = end


def _follow_figures_before(bounds: _Boundaries, found: list[Candidate], metrics: list[str],
                           index: int, count: int, change: str) -> None:
    """城镇居民收入54188元，农村居民收入23119元，实际分别增长4.4%和6.3%: with no subjects
    before 分别, the list's figures follow the as many figures before it in the sentence, when
    those name different things and are of one kind or all levels (no shares)."""
    if index < count:
        return
    sentence = bounds.sentences.back_to(found[index].start)
    before = range(index - count, index)
    names = [_base(metrics[i]) for i in before]
    kinds = {found[i].kind for i in before}
    if (found[index - count].start >= sentence and all(names) and len(set(names)) == count
            and (len(kinds) == 1 or not kinds & set(_SHARE_KINDS))):
        for offset, name in enumerate(names):
            metrics[index + offset] = name + change


_CAUSED = re.compile(f"(?:{alternation(zh.CAUSE_VERBS)})")


def _list_item(items: list[str], offset: int) -> str:
    """The full name of the offset-th of parallel subjects: the last one lends its head
    (城镇、农村居民收入 → 城镇居民收入), the first one its modifier (典型县、镇、村 → 典型镇)."""
    first, last, item = items[0], items[-1], items[offset]
    if len(last) > len(first) and offset < len(items) - 1:
        return item + last[len(first):]
    head = next((h for h in zh.MEASURE_HEADS if last.endswith(h) and len(last) > len(h)), "")
    if head and offset < len(items) - 1:
        # 限上新能源汽车、节能家电零售额: the last one's head is each one's
        return item if item.endswith(zh.MEASURE_HEADS) else item + head
    if len(last) < len(first) and offset > 0:
        return first[: len(first) - len(last)] + item
    return item


def _in_parentheses(text: str, floor: int, offset: int) -> bool:
    """True when an aside (…) is open at `offset`: its figures do not name what follows."""
    before = text[max(floor, offset - WINDOW):offset]
    return before.count("（") + before.count("(") > before.count("）") + before.count(")")


@dataclass(frozen=True)
class _Boundaries:
    """Sentence, clause and segment stops of a text, found in one pass (each set holds the
    one before it: a sentence stop is a clause stop is a segment stop)."""

    sentences: Stops
    clauses: Stops
    segments: Stops

    @classmethod
    def of(cls, text: str) -> _Boundaries:
        at, level = find_stops(text, _STOP_LEVELS)
        length = len(text)
        return cls(Stops.single(at[level == 3], length), Stops.single(at[level >= 2], length),
                   Stops.single(at, length))


def _metric(text: str, bounds: _Boundaries, cand: Candidate, floor: int, ceiling: int,
            previous: str, earlier: str = "") -> str:
    """The words naming what a figure counts, from the words before or after it.

    After a measure word comes the noun it counts (选派1058名职工赴…); with none there, the
    noun stands before the number (职工之家1.38万家).  A percentage names its base after 的
    (90.4%的建会企业…).  A number after a bare change word (…，比上年增长2.3%) takes the
    metric of the last figure named in the sentence (without the change that one states),
    and a number with no words of its own before it (5%—6%, 17.01%和16.02%) takes that metric
    whole.
    """
    led = _led_line_name(text, bounds, cand)
    if led:
        return led
    segment = bounds.segments.back_to(cand.start, floor)
    words = text[segment:cand.start]
    if previous and ("至" in words or "到" in words) and _TO_LEVEL.fullmatch(
            _without_dates(words).strip().removesuffix("的")):
        return _base(previous)  # 由47.6%提升至(2025年的)73.4%: the level the first one names
    after = _words_after(text, cand, min(bounds.segments.forward_to(cand.end), ceiling))
    if after and cand.kind not in _SHARE_KINDS:
        return after  # 选派1058名职工: the words before are not read
    before = _words_before(text, segment, cand.start)
    if after and (len(before) <= 2 or (text.startswith("的", cand.end)
                                       and not before.endswith(_CHANGE_ENDS))):
        # 确保70%以上工会经费…; 赤字率拟按3%安排 (but 对经济增长5.1%的评价: a rate of change
        # is named before it, whatever 的 leads to)
        return after
    if not before and segment > floor and _FROM_ALONE.fullmatch(words):
        # 可再生能源占电力装机的比重，从不到一半提到了七成多: the clause before, with no
        # figure of its own, is the topic whose change the figures tell
        topic = _words_before(text, bounds.segments.back_to(segment - 1, floor), segment - 1)
        if topic and not says_nothing(metric_key(topic)):
            return topic
    colon = segment > floor and text[segment - 1] in "：:|｜"  # (GDP | 5.3万亿元: a label too)
    # the words without those of context and the copula, taken out once for what follows
    unsaid = _CONTEXT_AND_COPULA.sub("", before) if before and (previous or colon) else before
    if colon:
        label = _label(text, bounds, segment - 1, floor) if not unsaid or unsaid in _CHANGE else ""
        if label:  # 粮食总产量：871.6亿斤; 规上工业增加值：增长6%左右; 装机：力争突破1000万千瓦
            return label + unsaid
    if not before and text.startswith("的", cand.end) and cand.kind not in _SHARE_KINDS:
        # 3046公里的环塔克拉玛干沙漠生态屏障, 二十亿元出头的以旧换新补贴: a clause that opens
        # with its figure names it after 的
        named = _words_after(text, cand._replace(end=cand.end + 1),
                             min(bounds.segments.forward_to(cand.end), ceiling))
        if named and not says_nothing(metric_key(named)):
            return named
    if previous and (not unsaid.strip("是为") or unsaid in _REACHED):
        return previous  # GDP增长4% 今年预期目标6%左右: the words only say when, or that it is aimed at
    place = _PLACE_FIRST.match(before) if previous or earlier else None
    if place is not None:
        # 安徽规上工业增加值增长9.4%；浙江增长6.9%，江苏同为2%: another place's figure of
        # the metric before (in the sentence, or before its ；), its place in the name
        # (context reads it as the scope)
        rest = _PLACE_FILLER.sub("", before[place.end():])
        if not rest or rest in _CHANGE:
            named = previous or earlier
            named = _base(named) + rest if rest else named
            own = _PLACE_FIRST.match(named)
            return place.group() + (named[own.end():] if own else named)
    # 今年的目标是增长6%: the words of context and the copula aside, only a change is left
    change = unsaid if previous else before
    if change != before and (change in _CHANGE or change in _GENERIC):
        return _base(previous) + change
    if previous and before in _CONVERSION:
        return previous  # 1600亿斤（折合8000万吨）, 15亿美元，折合人民币108亿元: the one before
    if previous and (before in _HIGHER_OR_LOWER or _comparison_alone(before)):
        return _base(previous) + before  # 增长6.7%、高于全国0.8个百分点: that growth's lead
    if previous and (before in _GENERIC or before in _CHANGE
                     or (before.startswith("占") and before.endswith(_GENERIC_ENDS))
                     or before in _GENERIC_CHANGES):  # 增速加快
        return _base(previous) + before  # 税收收入…，占…的比重为73.8%
    return before


def _led_line_name(text: str, bounds: _Boundaries, cand: Candidate, end: int = -1) -> str:
    """The name of a figure that leads its line (after a list's number at most) and is named
    after a dash or a colon (数说: "1. 4%——全年GDP增速，比上年快…"; 一图读懂: "4.2%：经济顶压
    前行"): the words up to the clause's end; "" for any other figure.  `end`: where the
    figures that lead the line end, if more than this one do (25.3%、7.9%——…)."""
    # (most figures stand after a character no lead ends with: the line's start is not
    # looked for, back through the line, nor the lead tried from it)
    if cand.start and text[cand.start - 1] not in _LINE_LEAD_ENDS:
        return ""
    line = text.rfind("\n", 0, cand.start) + 1
    if not _LINE_LEAD.fullmatch(text, line, cand.start):
        return ""
    dash = _NAMED_AFTER_DASH.match(text, cand.end if end < 0 else end)
    if dash is None or dash.end() >= len(text) or text[dash.end()] in _CLAUSE_END:
        return ""
    return _words_before(text, dash.end(), bounds.clauses.forward_to(dash.end()))


def _running(text: str, bounds: _Boundaries, cand: Candidate, previous: str) -> str:
    """The name of a count of years in a row (粮食总产量连续16年居全国首位): what ran, 连续,
    and the standing it kept; "" for any other duration (五年, 3年内), which names a span."""
    if not text.endswith(zh.IN_A_ROW, 0, cand.start):
        return ""
    segment = bounds.segments.back_to(cand.start, bounds.sentences.back_to(cand.start))
    subject = _strip(_words_before(text, segment, cand.start - len(zh.IN_A_ROW))) or _base(previous)
    held = _AFTER_STOP.split(text[cand.end:bounds.segments.forward_to(cand.end)], maxsplit=1)[0]
    return f"{subject}{zh.IN_A_ROW}{held[:_MAX_HELD]}" if held else ""


def _comparison_alone(words: str) -> bool:
    """Whether words are a comparison and name nothing else (高于全国, 高于全国平均水平)."""
    return bool(_COMPARED.match(words)) and len(words) <= _COMPARED_ALONE


def _compares_previous(metric: str, previous: str) -> bool:
    """Whether a name is the one before with a comparison (规上工业增加值高于全国, after
    规上工业增加值增长): no subject for the figures after it."""
    rest = ""
    if previous:  # (the first figure of a sentence has none: no base is read)
        base = _base(previous)
        rest = metric[len(base):] if metric.startswith(base) else ""
    return rest in _HIGHER_OR_LOWER or bool(rest and _COMPARED.match(rest))


def _label(text: str, bounds: _Boundaries, colon: int, floor: int) -> str:
    """The name a list's line gives the figure after its colon (数读: "城镇新增就业：22.89万人"),
    or "" where the words before the colon name nothing (2026年目标：, 答：)."""
    words = _words_before(text, bounds.clauses.back_to(colon, floor), colon)
    return "" if (len(words) < 2 or words in _SPEAKERS
                  or says_nothing(metric_key(words))) else words


def _base(metric: str) -> str:
    """A metric without the change it states: 工业增加值同比增长 → 工业增加值."""
    while True:  # the change ends the words: it is looked for among the last characters
        found = _CHANGE_SUFFIX_RE.search(metric, max(0, len(metric) - _CHANGE_SUFFIX_LENGTH))
        if found is None:
            return metric
        metric = metric[:found.start()]


def _words_before(text: str, segment_start: int, start: int) -> str:
    words = text[segment_start:start]
    # 迈上5.67万亿元台阶 今年GDP预期增长5%左右: a space between Chinese words parts a
    # headline's phrases
    if _GAP_HOLDS.search(words):
        phrases = _HEADLINE_GAP.split(words)
        words = phrases.pop()
        # 全省地区生产总值 增长4.2%; 社零、固定资产投资 均增长4%左右: a list's line parts its
        # name from the change said of it, which names nothing alone
        while phrases and _strip(words).lstrip("均分别同比") in _CHANGE:
            words = phrases.pop() + words
    words = _drop_parentheses(_CUE.sub("", words))
    words = _QUOTE_CHARS.sub("", _without_dates(words)).lstrip(_BULLETS)  # · 全社会研发…
    if "从" in words or "由" in words:
        words = _FROM_TIME.sub("", words)
    if _COMPARED_HOLDS.search(words):
        words = _COMPARISON_BEFORE_CHANGE.sub("", words)
    words, settled = _stripped(words)
    if "的" in words[:-1]:
        settled = False
        cut = words.rindex("的")
        tail = words[cut + 1:]
        if tail in _GENERIC:
            # 民营经济占全市的比重 → 民营经济占全市比重; 在北方地区的占比 → 在北方地区占比:
            # a share is of what stands before 的
            words = words[:cut] + tail
        elif says_nothing(metric_key(tail)):  # 经济增长的预期目标 → 经济增长
            words = words[:cut]
        elif len(tail) >= 3:  # 成立之初的直属工会 → 直属工会; 达标的城市 stays
            words = tail
    if not settled:
        words = _strip(words)
    return words[-_MAX_METRIC:]


def _without_dates(words: str) -> str:
    """Words without the dates in them (the pattern only where a numeral stands)."""
    return _DATE_IN_WORDS.sub("", words) if _NUMERAL_HOLDS.search(words) else words


def _strip(words: str) -> str:
    """Trim the words that surround a metric without naming it (其中…, …达到)."""
    return _stripped(words)[0]


def _stripped(words: str) -> tuple[str, bool]:
    """The words trimmed (`_strip`), and whether trimming them again would leave them as they
    are: so it would unless a comparison was taken off their start (what it leaves may start
    or end with more to trim), as no word to trim starts or ends what the loop leaves."""
    while True:
        lead = _LEAD_RE.match(words)
        at = lead.end() if lead else 0
        trail = _TRAIL_RE.search(words, max(at, len(words) - _TRAIL_LENGTH))
        if lead is None and trail is None:
            break
        words = words[at:trail.start() if trail else len(words)]
    comparison = _COMPARISON_RE.match(words)
    if comparison:
        words = words[comparison.end():]
    return ("" if words in _EMPTY else words), comparison is None


def _drop_parentheses(words: str) -> str:
    """Drop closed (…) groups; inside an unclosed one, keep only its words (the figure
    stands inside it: …（其中双重管理会员26万人）)."""
    if not _PARENTHESES.search(words):
        return words
    groups: list[list[str]] = [[]]
    for piece in _PARENTHESIS_PIECES.findall(words):  # a parenthesis, or a run of the rest
        if piece in _OPEN:
            groups.append([])
        elif piece in _CLOSE:
            if len(groups) > 1:
                groups.pop()
        else:
            groups[-1].append(piece)
    return "".join(groups[-1])


def _words_after(text: str, cand: Candidate, end: int) -> str:
    words = text[cand.end:end]
    if words[:1].isspace():  # 重庆GDP达3.38万亿元 今年目标…: a space parts a headline's phrases
        return ""
    words = strip_markers(words)  # 增长4.8%[1]: a reference mark, not a name
    words = _AFTER_STOP.split(words, maxsplit=1)[0]
    words = _QUOTE_CHARS.sub("", words)
    if cand.kind == "money":  # 6121亿元人民币: the currency again, not what the money is
        words = _CURRENCY_AFTER.sub("", words)
    if cand.kind in _SHARE_KINDS and words.startswith("的"):
        # 90.4%的建会企业: a share of what follows; …增长3%的预期目标: no name, only context
        named = words[1:_MAX_METRIC + 1]
        return "" if says_nothing(metric_key(named)) else named
    if (words.startswith("的") or words[:1] in _AFTER_NOT_NOUN or _TO_LEVEL.match(words)
            or (cand.kind != "count" and words.startswith(_MILESTONE))):
        # 86.17亿元和个人所得税…, 5%—6%: what follows is the next item, not a noun; nor is
        # the level a figure changes to (5.6万元增至…) or the mark it passes (5000亿元大关;
        # but 两个台阶 counts them)
        return ""
    # only a break among the noun's first characters cuts it (it is cut to them anyway): the
    # search ends where a break word that starts among them would end
    for cut in _BREAK.finditer(words, 0, _MAX_NOUN + _BREAK_REACH):
        if cut.start() == 0 or cut.start() >= 2:  # 大中城市: 中 one char in is no break
            words = words[: cut.start()]
            break
    return words[:_MAX_NOUN].rstrip(_CONJUNCTIONS)
