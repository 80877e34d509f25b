"""The parts alignment is made of, each on its own: names (checker/names.py), unit
dimensions (checker/units.py), rounding (checker/rounding.py), one-to-one assignment."""

from __future__ import annotations

import numpy as np

from checker import extract_text
from checker.align import _value_evidence, align, one_to_one, pair
from checker.checks.base import consistent
from checker.lang import zh
from checker.names import metric_key
from checker.units import same_dimension


def test_names_without_markers_in_simplified_script_without_context_words() -> None:
    assert metric_key("规模以上工业增加值[9]") == metric_key("规模以上工业增加值")
    assert metric_key("科技创新投入①") == metric_key("科技创新投入")
    assert metric_key("國內生產毛額") == metric_key("国内生产总值") == metric_key("GDP")
    assert metric_key("ＧＤＰ") == metric_key("GDP")
    assert metric_key("今年全省GDP预期增长") == metric_key("地区生产总值增长")
    assert metric_key("农村居民人均可支配收入") != metric_key("城镇居民人均可支配收入")


def test_a_reference_mark_after_a_figure_is_no_name_and_keeps_its_unit() -> None:
    chinese = extract_text("湖南省地区生产总值为5.53万亿元，比上年增长4.8%[1]。", "baike.txt")
    assert [(f.text, f.metric) for f in chinese] == [
        ("5.53万亿元", "湖南省地区生产总值"), ("4.8%", "湖南省地区生产总值增长")]
    english = extract_text("Output per hour fell 0.2%³ on the quarter; unemployment fell to "
                           "2.12 million² in May. The site covers 500 m².", "blog.txt")
    assert [(f.text, f.unit) for f in english] == [
        ("0.2%", "%"), ("2.12 million", None), ("500", "m")]


def test_reference_marks_are_blanked_where_they_stand_and_nothing_else_is() -> None:
    from checker.extraction.english import without_references
    text = ("GDP rose 0.8%[3] and the saving ratio[4] fell; see [5] and [[6]].\n"
            "\t[7] Source: ONS. Link [8](https://x.example) stays.\n"
            "A site of 500 m² and 2 km², output up 0.2%³, 2.12 million⁴.")
    blanked = without_references(text)
    assert len(blanked) == len(text)  # (offsets hold)
    assert "[3]" not in blanked and "[4]" not in blanked
    assert "see [5] and [[6]]" in blanked  # after a space or a bracket: no marker
    assert blanked.split("\n")[1].startswith("     Source")  # a line of references, its indent
    assert "[8](https" in blanked  # a link
    assert "500 m² and 2 km²" in blanked and "0.2% ," in blanked and "million ." in blanked


def test_the_traditional_forms_that_tell_a_script_are_opencc_s() -> None:
    # the table that tells a text in traditional script (names.py converts only those) is
    # what the converter library writes for the common characters, in each of its variants
    import opencc

    written = {ch for config in ("s2t", "s2tw", "s2hk")
               for ch in opencc.OpenCC(config).convert(zh.COMMON_SIMPLIFIED)}
    assert sorted(written - set(zh.COMMON_SIMPLIFIED)) == sorted(zh.TRADITIONAL_FORMS)


def test_units_of_one_dimension_pair_and_convert() -> None:
    assert same_dimension("吨", "斤") and same_dimension("元", "人民币")
    assert not same_dimension("元", "美元") and not same_dimension("%", "个百分点")
    report = extract_text("全省粮食产量3100万吨，人均可支配收入41580元。", "report.txt")
    story = extract_text("全省粮食产量620亿斤，人均可支配收入4.158万元。", "story.txt")
    pairs = {(a.text, b.text) for a, b, _ in pair(report, story).pairs}
    assert pairs == {("3100万吨", "620亿斤"), ("41580元", "4.158万元")}
    assert all(consistent(a, b) for a, b, _ in pair(report, story).pairs)
    slip = extract_text("全省粮食产量62亿斤。", "slip.txt")
    assert not consistent(report[0], slip[0])  # a tenfold slip


def test_rounding_read_from_trailing_zeros_and_scale_words() -> None:
    release = extract_text("Employment rose by 52,300 in June, and by 241,560 in the year.",
                           "release.txt")
    news = extract_text("Employment rose by 52,000 in June, and by 24,000 in the year.",
                        "news.txt")
    assert consistent(release[0], news[0])  # rounded to thousands
    assert not consistent(release[1], news[1])  # a tenfold slip
    zh = extract_text("新增就业241560人。", "a.txt")
    assert not consistent(zh[0], extract_text("新增就业2.4萬人。", "b.txt")[0])
    assert consistent(zh[0], extract_text("新增就业24.2万人。", "c.txt")[0])
    exact = extract_text("建成职工书屋2000个。", "d.txt")
    assert not consistent(exact[0], extract_text("建成职工书屋2001个。", "e.txt")[0])


def test_one_to_one_assignment_is_best_overall_not_greedy() -> None:
    # Greedy takes (0, 0) at 95 and leaves row 1 alone; both rows can have a partner.
    rows, columns = np.array([0, 0, 1]), np.array([0, 1, 0])
    chosen = one_to_one(rows, columns, np.array([95.0, 90.0, 88.0]), 72.0)
    assert [(r, c) for r, c, _ in chosen] == [(0, 1), (1, 0)]
    assert one_to_one(np.array([0]), np.array([0]), np.array([70.0]), 72.0) == []


def _pairs(left: str, right: str) -> set[tuple[str, str]]:
    found = pair(extract_text(left, "report.txt"), extract_text(right, "story.txt"))
    return {(a.metric, b.metric) for a, b, _ in found.pairs}


def test_an_average_over_years_is_not_one_years_figure() -> None:
    report = "2025年全省居民人均可支配收入增长4.1%。"
    story = "五年来居民人均可支配收入年均增长5%，上海居民人均可支配收入增长4.1%。"
    assert _pairs(report, story) == {("居民人均可支配收入增长", "上海居民人均可支配收入增长")}


def test_growth_of_one_thing_is_not_growth_of_another_for_the_word_they_share() -> None:
    # 入境游客增长 and 地区生产总值增长 share 增长 only; the abbreviation 社零 still pairs.
    report = "去年地区生产总值增长4.8%，社会消费品零售总额增长4%。"
    story = "入境游客增长19.1%。社零总额增长4%。"
    assert _pairs(report, story) == {("社会消费品零售总额增长", "社零总额增长")}


def test_where_names_cannot_tell_the_same_value_beats_a_value_that_may_be() -> None:
    report = "今年发展主要预期目标是：城镇新增就业1200万人以上；居民消费价格涨幅3%左右。" \
             "过去一年，城镇新增就业1244万人。"
    story = "全年城镇新增就业1244万人。"
    found = pair(extract_text(report, "report.txt"), extract_text(story, "story.txt"))
    assert [(a.text, b.text) for a, b, _ in found.pairs] == [("1244万人", "1244万人")]
    assert [f.scenario for f in extract_text(report)[:2]] == ["target", "target"]


def test_a_headline_repeat_that_names_nothing_joins_its_statement() -> None:
    story = extract_text("重庆GDP达3.38万亿元 今年目标增长5%以上\n"
                         "2025年重庆地区生产总值达到33757.93亿元，约合3.38万亿元。", "story.txt")
    assert story[0].metric == "重庆GDP"  # not the next phrase of the headline
    report = extract_text("2025年全市地区生产总值33757.93亿元。", "report.txt")
    groups = align([report, story])
    joined = next(g for g in groups if any(f.text == "33757.93亿元" for f in g.figures))
    assert sorted(f.text for f in joined.figures) == \
        ["3.38万亿元", "33757.93亿元", "33757.93亿元", "约合3.38万亿元"]


def test_taiwan_trillions_and_the_short_names_of_statistics() -> None:
    story = {f.text: f for f in extract_text("上海全年GDP達5.67兆元，年增5.4%。裝機容量300兆瓦。")}
    assert story["5.67兆元"].value == 567 * 10**10 and story["5.67兆元"].unit == "元"
    assert story["300兆瓦"].unit == "兆瓦"  # mega before other units
    assert metric_key(story["5.4%"].metric) == "上海国内生产总值增速"
    assert metric_key("今年研发投入强度目标") == metric_key("研发经费支出占GDP比重") == "研发经费投入强度"
    assert metric_key("物价涨幅") == metric_key("居民消费价格涨幅")
    assert metric_key("地区生产毛额") == metric_key("地区生产总值")
    assert metric_key("全社会研发经费支出相当于全市生产总值的比例") == "全社会研发经费投入强度"
    assert metric_key("比全国高") == metric_key("高于全国")


def test_a_level_reached_in_a_span_is_a_level_whatever_grew_before_it() -> None:
    review = extract_text("一、2025年工作回顾\n服务业增加值达到1.98万亿元，人均生产总值提升至7.6万元。",
                          "review.txt")
    story = extract_text("回顾“十四五”，服务业增加值达到1.98万亿元，人均生产总值提升至7.6万元。",
                         "story.txt")
    assert len(pair(review, story).pairs) == 2


def test_a_figure_that_names_nothing_pairs_by_its_value_when_only_one_can() -> None:
    report = extract_text("2026年1月 今年主要预期目标：城镇新增就业70万人，新增市场主体3万户。",
                          "report.txt")
    story = extract_text("2026年1月 今年目标70万人。", "story.txt")
    assert [(a.metric, b.text) for a, b, _ in pair(report, story).pairs] == \
        [("城镇新增就业", "70万人")]


def test_a_nameless_headline_figure_with_two_statements_of_its_value_joins_neither() -> None:
    story = extract_text("海南：今年预期目标6%左右\n今年全省GDP预期增长6%左右，"
                         "社会消费品零售总额增长6%左右。", "story.txt")
    report = extract_text("今年主要预期目标：地区生产总值增长6%左右，社会消费品零售总额增长6%左右，"
                          "城镇调查失业率5.5%以内。", "report.txt")
    groups = align([report, story])
    joined = {tuple(sorted(metric_key(f.metric) for f in g.figures)) for g in groups
              if len(g.figures) > 1}
    assert joined == {("国内生产总值增速", "国内生产总值增速"),
                      ("社会消费品零售总额增速", "社会消费品零售总额增速")}


def test_values_say_more_the_less_they_leave_open() -> None:
    def evidence(a: str, b: str) -> float:
        return _value_evidence(extract_text("收入" + a)[0], extract_text("收入" + b)[0])

    assert evidence("3507.6亿元", "约3500亿元") == 1.0  # agree within their rounding
    assert evidence("20%以上", "20%以上") == 1.0  # one open value written alike
    assert evidence("1244万人", "1200万人以上") == 0.5  # open: any value past it agrees
    assert evidence("3507.6亿元", "超1.6万亿元") == 0.0


def test_a_space_parts_a_headlines_phrases() -> None:
    named = {f.text: f.metric for f in extract_text(
        "上海经济总量迈上5.67万亿元台阶 今年GDP预期增长5%左右\n正文。")}
    assert named == {"5.67万亿元": "上海经济总量", "5%左右": "今年GDP预期增长"}


def test_tenths_pair_with_percent_and_a_monthly_amount_with_its_amount() -> None:
    report = extract_text("八成以上财政资金用于民生。城市低保人均保障标准从796元/月提高至842元/月。",
                          "report.txt")
    story = extract_text("80%以上的财政资金用于民生。城市低保人均保障标准由每月796元提高到842元。",
                         "story.txt")
    assert report[1].unit == "元/月" and report[1].metric == "城市低保人均保障标准"
    assert {(a.text, b.text) for a, b, _ in pair(report, story).pairs} == {
        ("八成以上", "80%以上"), ("796元/月", "796元"), ("842元/月", "842元")}


def test_a_specific_value_said_twice_under_like_names_is_one_statement() -> None:
    story = extract_text("湖北经济总量达6.27万亿元。回望“十四五”，十四五末经济总量62661亿元。"
                         "出口1.23万亿元，进口1.23万亿元。", "story.txt")
    groups = align([story])
    sizes = sorted(len(g.figures) for g in groups)
    assert sizes == [1, 1, 2]  # 出口 and 进口 of one value stay two statements
    assert metric_key("经济增长") == metric_key("GDP增长")


def test_a_target_set_to_a_value_is_named_without_the_setting_verb() -> None:
    assert metric_key(extract_text("上海将GDP增长目标设定为5%左右。")[0].metric) == \
        "上海将国内生产总值增速"
    assert metric_key("今年GDP预期成长") == metric_key("今年GDP预期增长")  # Taiwan usage


def test_a_place_that_grows_is_its_economy() -> None:
    # 安徽增长5.5%: the province's growth is its GDP's; a part of it that grows is not
    assert metric_key("安徽增长") == metric_key("安徽地区生产总值增长")
    assert metric_key("江苏按增长") == metric_key("江苏GDP增长")
    assert metric_key("安徽农村增长") != metric_key("安徽地区生产总值增长")
    report = extract_text("全省地区生产总值增长5.5%，农村居民收入增长5.9%。", "report.txt")
    story = extract_text("去年安徽增长5.5%，农村增长5.9%。", "story.txt")
    assert ("5.5%", "5.5%") in [(a.text, b.text) for a, b, _ in pair(report, story).pairs]


def test_a_clause_with_only_its_figure_weighs_neither_way() -> None:
    report = extract_text("税收持续增长，地方一般公共预算收入突破4000亿元。", "report.txt")
    story = extract_text("地方一般公共预算收入达到4211亿元，突破4000亿元，其中税收收入增长3%。",
                         "story.txt")
    assert [(a.text, b.text) for a, b, _ in pair(report, story).pairs] == \
        [("突破4000亿元", "突破4000亿元")]


def test_a_rounded_value_is_not_specific_enough_to_make_a_repeat() -> None:
    release = extract_text("The number of unemployed people fell by 121,000. Unemployed women "
                           "fell by 120,000.", "release.txt")
    assert sorted(len(g.figures) for g in align([release])) == [1, 1]


def test_names_left_out_by_their_characters_are_those_wratio_scores_below_the_cutoff() -> None:
    # _bulk scores only the pairs of names that share enough characters (_may_pass): every
    # score must be what cdist gives for all pairs, whitespace, repeats and lengths aside.
    import random

    from checker.align import _FILTER_FROM, _bulk, _Group, _Letters

    draw = random.Random(17)
    alphabet = "增长率总值产业一二三收入GDP 增增\u3000"
    for _ in range(60):
        sides = [[("".join(draw.choice(alphabet) for _ in range(draw.randint(0, most))))
                  for _ in range(count)] for most, count in ((12, 30), (40, 50))]
        counted = [_Group.of(np.arange(len(names)), names, _Letters.count(names))
                   for names in sides]
        plain = [_Group.of(np.arange(len(names)), names) for names in sides]
        assert len(counted[0].names) * len(counted[1].names) >= _FILTER_FROM
        for threshold in (40.0, 72.0, 90.0):
            assert (_bulk(*counted, threshold) == _bulk(*plain, threshold)).all()
