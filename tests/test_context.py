"""A figure's context read from the text around it (checker/extraction/context.py)."""

from __future__ import annotations

from decimal import Decimal

from checker import extract_text
from checker.align import align, pair, same_context
from checker.extraction import Figure

REPORT = """政府工作报告
——2026年1月20日在某省第十四届人民代表大会第五次会议上
一、2025年工作回顾
全省地区生产总值增长5.5%，年末常住人口5032万人，全年城镇新增就业80万人。
五年来，全省地区生产总值年均增长5.8%，2025年人均生产总值提升至7.6万元。
二、2026年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，城镇新增就业75万人以上。
"""


def _by_text(text: str, path: str = "report.txt") -> dict[str, Figure]:
    return {f.text: f for f in extract_text(text, path)}


def _told(text: str, time: str) -> list[tuple[str, str, object, str | None]]:
    """Each figure of a story: its text, metric, `time` field (year or period), scenario."""
    return [(f.text, f.metric, getattr(f, time), f.scenario)
            for f in extract_text(text, "news.txt")]


def test_sections_and_sentences_say_the_year_and_scenario() -> None:
    found = _by_text(REPORT)
    assert (found["5.5%"].year, found["5.5%"].scenario) == (2025, "result")
    assert (found["5032万人"].year, found["5032万人"].period) == (2025, "end")
    assert found["80万人"].period == "year"
    assert (found["5.8%"].year, found["5.8%"].period) == (None, "2021-2025")  # 年均, 五年来
    assert found["7.6万元"].year == 2025  # its own sentence names its year
    assert (found["5%左右"].year, found["5%左右"].scenario) == (2026, "target")
    assert (found["75万人以上"].year, found["75万人以上"].scenario) == (2026, "target")


def test_relative_years_against_the_document_date_and_base_years_left_out() -> None:
    dated = _by_text("2026年2月3日电 去年全市生产总值增长5.4%，今年预期增长5%左右。")
    assert dated["5.4%"].year == 2025 and dated["5%左右"].year == 2026
    undated = _by_text("2025年全市生产总值增长5.4%。报告提出，今年全市生产总值增长5%左右。")
    assert undated["5%左右"].year is None and undated["5%左右"].scenario == "target"
    base = _by_text("人均生产总值从2020年的10.5万元增至约14万元，比2020年增加3.5万元。")
    assert base["10.5万元"].year == 2020
    assert base["约14万元"].year is None and base["3.5万元"].year is None


def test_english_period_basis_and_scenario() -> None:
    found = _by_text(
        "GDP increased by 0.8% in Q2 2014 compared with Q1 2014. GDP was 3.1% higher in "
        "Q2 2014 compared with the same quarter a year ago. The unemployment rate was 6.5% "
        "for March to May 2014. The Committee expects inflation to rise to 2 percent. "
        "The rate was 6.9% for December 2013 to February 2014. Inactivity was 21.7% in the "
        "three months to May 2014. The Committee raised the target range for the federal funds "
        "rate by 25 basis points. It reaffirmed its 3 percent inflation objective.",
        "release.txt")
    assert (found["0.8%"].year, found["0.8%"].period) == (2014, "Q2")
    assert found["3.1%"].basis == "yoy" and found["3.1%"].period == "Q2"
    assert (found["6.5%"].year, found["6.5%"].period) == (2014, "M3-M5")
    assert found["2 percent"].scenario == "forecast"
    assert (found["6.9%"].year, found["6.9%"].period) == (2014, "M12-M2")
    assert (found["21.7%"].year, found["21.7%"].period) == (2014, "M3-M5")
    assert found["25 basis points"].scenario is None  # the range's name, not an aim
    assert found["3 percent"].scenario == "target"  # an aim named after its figure


def test_known_different_contexts_never_pair() -> None:
    # The same name and number: last year's result and this year's target are two facts.
    result = extract_text("一、2025年工作回顾\n全省地区生产总值增长5%。", "review.txt")
    target = extract_text("2026年1月20日 今年预期目标：全省地区生产总值增长5%左右。", "plan.txt")
    assert not same_context(result[0], target[0])
    assert not pair(result, target).pairs
    unsaid = extract_text("海南地区生产总值增长5%。", "story.txt")
    assert [(a.text, b.text) for a, b, _ in pair(result, unsaid).pairs] == [("5%", "5%")]


def test_english_plan_word_of_another_clause_sets_no_target() -> None:
    # FOMC minutes: "target range" names the instrument of the clause before, not the rate.
    found = _by_text(
        "To back the decision to lift the target range for the policy rate, the board voted to "
        "raise the rate paid on reserve balances by 1/4 percentage point, to 3/4 percent.",
        "minutes.txt")
    assert found["3/4 percent"].scenario is None


def test_english_month_compared_with_is_not_the_figures_month() -> None:
    found = _by_text(
        "Hiring grew at a similar pace in March as in February, and the unemployment rate "
        "stayed at 4.7 percent.", "minutes.txt")
    assert found["4.7 percent"].period == "M3"


def test_expectations_and_comparisons_say_no_target_and_no_scope() -> None:
    # 稳预期 is a policy aim, not this figure's target; 全国 ranks the province, it is not the
    # scope of the growth that follows.
    found = _by_text("一、2025年工作回顾\n全力稳预期，全市招商引资签约项目数增长22.1%。"
                     "全省地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%。")
    assert found["22.1%"].scenario == "result"  # the section's, not a target
    assert found["4.8%"].scope == "local"
    assert _by_text("全国城镇新增就业1267万人。")["1267万人"].scope == "national"


def test_this_years_figures_are_aims_this_years_past_is_not() -> None:
    found = _by_text("今年社会消费品零售总额增长4.5%以上。今年以来，进出口总额增长3%。"
                     "今年一季度，全省生产总值增长5.1%。")
    assert found["4.5%以上"].scenario == "target"
    assert found["3%"].scenario is None and found["5.1%"].scenario is None


def test_a_level_reached_in_a_span_pairs_with_that_years_level() -> None:
    review = extract_text("一、2025年工作回顾\n全市经济总量突破3万亿元，人均地区生产总值突破10万元，"
                          "地区生产总值年均增长5.9%。", "review.txt")
    story = extract_text("回顾“十四五”，全市经济总量突破3万亿元，人均地区生产总值突破10万元。"
                         "五年来地区生产总值年均增长5.9%，今年增长5.9%。", "story.txt")
    paired = {(a.text, b.text) for a, b, _ in pair(review, story).pairs}
    assert {("突破3万亿元", "突破3万亿元"), ("突破10万元", "突破10万元")} <= paired
    average = [b.metric for a, b, _ in pair(review, story).pairs if a.text == "5.9%"]
    assert average == ["地区生产总值年均增长"]  # the average, not this year's growth


def test_where_a_change_starts_is_no_figure_of_the_sections_year() -> None:
    found = _by_text("一、2025年工作回顾\n占全国比重由2020年的7.2%提升至7.4%，"
                     "在北方地区的占比由20.5%提升至21.1%。")
    assert [found[t].year for t in ("7.2%", "7.4%", "20.5%", "21.1%")] == [2020, 2025, None, 2025]
    assert found["20.5%"].metric == "在北方地区占比"  # a share of what stands before 的


def test_aims_reach_past_a_semicolon_and_a_programme_is_no_aim() -> None:
    found = _by_text("今年GDP预期增长5%到5.5%之间，进出口增长6%左右；城镇新增就业68万人左右，"
                     "城镇调查失业率5.5%左右。")
    assert found["68万人左右"].scenario == found["5.5%左右"].scenario == "target"
    plan = _by_text("一、2025年工作回顾\n实施高质量就业挖潜扩容计划，城镇新增就业75.7万人。")
    assert plan["75.7万人"].scenario == "result"
    done = _by_text("一、2025年工作回顾\n超充行动计划顺利完成，全年新能源汽车产量达到129.6万辆。"
                    "今年计划完成投资500亿元。")
    assert done["129.6万辆"].scenario == "result"  # a plan said done after it
    assert done["500亿元"].scenario == "target"  # 计划完成: still a plan
    named = _by_text("一、2025年工作回顾\n“2030启航计划”启动实施，高技术制造业增加值增长11.8%。")
    assert named["11.8%"].scenario == "result"  # a programme's name in quotes is no aim


def test_about_is_an_aim_only_after_an_aim_in_its_own_sentence() -> None:
    found = _by_text("一、2025年工作回顾\n全年预期目标全面完成。人工智能核心产业营收6800亿元左右。")
    assert found["6800亿元左右"].scenario == "result"



def test_numbered_parts_of_a_story_say_their_time_and_a_reports_topics_keep_theirs() -> None:
    story = _by_text("数说某省政府工作报告\n1. 去年经济答卷如何？\n全省地区生产总值增长3.7%。\n"
                     "2. 今年的主要目标是什么？\nGDP增长4.5%左右；城镇新增就业48万人以上。\n")
    assert story["3.7%"].scenario == "result"
    assert story["4.5%左右"].scenario == story["48万人以上"].scenario == "target"
    report = _by_text("一、2025年工作回顾\n（二）聚力落实国家重大战略任务\n口岸货物吞吐量增长3.4%。\n")
    assert (report["3.4%"].year, report["3.4%"].scenario) == (2025, "result")


def test_a_time_opening_a_sentence_holds_to_the_end_of_its_paragraph() -> None:
    found = _by_text("——2026年1月20日\n一、2025年工作回顾\n全省粮食产量增长2.1%。五年来，绿色发展底色鲜明。"
                     "PM2.5浓度下降19%。\n全省进出口增长3.3%。\n")
    assert found["2.1%"].year == found["3.3%"].year == 2025
    assert found["19%"].year is None  # of the five years, not of 2025


def test_a_change_against_the_last_plan_period_is_of_that_basis_not_of_that_period() -> None:
    found = _by_text("——2026年1月20日\n一、2025年和“十四五”时期工作回顾\n实际使用外资33.8亿美元，"
                     "增长10%。五年来，实际使用外资比“十三五”时期增长78.9%。\n")
    growth = found["78.9%"]
    # the five years against the five before: the span is its own, the plan period its base
    assert (growth.metric, growth.basis, growth.period) == ("实际使用外资增长", "plan", "2021-2025")
    assert found["10%"].basis is None


def test_english_periods_belong_to_the_figure_they_are_said_of() -> None:
    found = _by_text(
        "The deficit narrowed from £5.5 billion in Q4 2013 to £4.2 billion in Q1 2014. GDP "
        "grew by 0.8% between Q4 2013 and Q1 2014. Output grew by 0.7% between January and "
        "March 2014. Investment rose by 5 per cent, following a 1.5 per cent increase at the "
        "end of 2013. Output rose 1.6 per cent, its best quarter since the spring of 2010. "
        "Comparing March to May 2014 with December 2013 to February 2014, unemployment fell "
        "by 121,000.", "release.txt")
    assert (found["£5.5 billion"].year, found["£5.5 billion"].period) == (2013, "Q4")
    assert (found["£4.2 billion"].year, found["£4.2 billion"].period) == (2014, "Q1")
    assert (found["0.8%"].year, found["0.8%"].period) == (2014, "Q1")  # between: the later
    assert (found["0.7%"].year, found["0.7%"].period) == (2014, "Q1")  # a calendar quarter
    assert found["5 per cent"].year is None  # 2013 is the other figure's
    assert found["1.6 per cent"].year is None  # 2010 is what it is compared with
    assert (found["121,000"].year, found["121,000"].period) == (2014, "M3-M5")
    assert _by_text("1-3月全省出口增长4.1%。")["4.1%"].period == "Q1"


def test_english_bases_belong_to_the_figure_they_follow() -> None:
    found = _by_text(
        "GDP grew by 0.8% compared with the previous quarter and by 3.0% between Q1 2013 and "
        "Q1 2014. Spending was 2.2 per cent higher than in the same period of 2013. The deficit "
        "narrowed to £4.2bn in January to March from £5.5bn in the previous quarter. Compared "
        "with a year earlier, exports rose 5% and imports 3%.", "release.txt")
    assert found["0.8%"].basis == "pop"
    assert found["3.0%"].basis == "yoy"  # the same quarter a year apart, not "previous"
    assert (found["2.2 per cent"].basis, found["2.2 per cent"].year) == ("yoy", None)
    assert found["£4.2bn"].basis is None  # the previous quarter is the other figure's
    assert found["£5.5bn"].period == "Q4"  # the quarter before January to March
    assert found["5%"].basis == found["3%"].basis == "yoy"  # an opening comparison holds


def test_a_lists_lines_name_their_figures_and_bracketed_titles_say_the_year() -> None:
    assert _told("吉林去年经济运行平稳。\n【数读2025】\n城镇新增就业：22.89万人\n"
                 "高技术制造业增加值：增长13%\n【数读2026】\n城镇新增就业：21万人\n"
                 "新增装机：力争突破1000万千瓦\n【数读五年】\n城镇新增就业：超124万人\n"
                 "答：增长5%\n", "year") == [
        ("22.89万人", "城镇新增就业", 2025, None),
        ("13%", "高技术制造业增加值增长", 2025, None),
        ("21万人", "城镇新增就业", 2026, "target"),  # a later year than the part before
        ("突破1000万千瓦", "新增装机", 2026, "target"),
        ("超124万人", "城镇新增就业", None, None),  # 五年: no year of its own
        ("5%", "增长", None, None),  # 答 names nothing
    ]


def test_where_a_change_starts_names_and_times_nothing_of_the_level_it_reaches() -> None:
    found = _by_text("年末城镇调查失业率从上半年5.5%降到5.3%。全省粮食产量由上年的500亿斤增至520亿斤。"
                     "2025年总量比2020年增加超7400亿元，PM2.5浓度同比下降5%。", "news.txt")
    assert (found["5.5%"].metric, found["5.5%"].period) == ("城镇调查失业率", "H1")
    assert (found["5.3%"].metric, found["5.3%"].period) == ("城镇调查失业率", "end")
    assert found["500亿斤"].metric == found["520亿斤"].metric == "粮食产量"
    assert found["超7400亿元"].metric == "总量增加"  # 比 of 比2020年 goes with the year
    assert found["5%"].metric == "PM2.5浓度同比下降"  # 同比 stays


def test_an_interviewers_question_sets_the_time_and_aim_of_the_answer() -> None:
    assert _told("记者：先请您概括一下去年的经济表现。\n负责人：全市地区生产总值增长4.8%。\n"
                 "记者：回头看“十四五”，哪些数字最有分量？\n负责人：五年间GDP年均增长4.4%。\n"
                 "记者：今年的目标是怎么定的？\n负责人：地区生产总值增长4.5%，城镇新增就业28万人。\n"
                 "“十四五”以来，好的预期不断释放，居民收入年均增长5%。\n", "period") == [
        ("4.8%", "地区生产总值增长", None, None),
        ("五年", "", "2021-2025", None),
        ("4.4%", "GDP年均增长", "2021-2025", None),  # 五年间 names nothing
        ("4.5%", "地区生产总值增长", None, "target"),
        ("28万人", "城镇新增就业", None, "target"),
        ("5%", "居民收入年均增长", "2021-2025", None),  # expectations are no aim
    ]


def test_a_bare_trillion_after_a_milestone_verb_is_a_figure() -> None:
    found = _by_text("进出口总额突破万亿元，集装箱吞吐量突破千万标箱。", "news.txt")
    assert found["突破万亿元"].value == Decimal(10) ** 12
    assert found["突破万亿元"].metric == "进出口总额"


def test_a_paragraph_opened_with_this_years_plans_sets_aims_for_its_sentences() -> None:
    found = _by_text("据介绍，今年全区将完成生态建设任务4000万亩。民生方面，普惠性幼儿园覆盖率达到"
                     "93%以上。\n去年新增离境退税商店675家，今年将达到1000家。外贸出口总额增长8%。\n",
                     "news.txt")
    assert found["93%以上"].scenario == "target"
    assert found["8%"].scenario is None  # a paragraph of last year and this: its own words


def test_a_list_lines_label_says_its_aim_but_a_funds_rate_target_is_a_setting() -> None:
    found = _by_text("The Fed held rates.\n\nFACTBOX\nFed funds target: 0.25-0.5%\n"
                     "Inflation goal: 2 percent\n", "story.txt")
    assert found["2 percent"].scenario == "target"
    assert found["0.25-0.5%"].scenario is None


def test_life_expectancy_is_no_aim_and_an_outlook_heading_is() -> None:
    found = _by_text("【回望2025】\n人均预期寿命提高到79.5岁。\n\n【展望“十五五”】\n常住人口城镇化率 71%\n",
                     "news.txt")
    assert found["79.5岁"].scenario is None
    assert (found["71%"].scenario, found["71%"].period) == ("target", "2026-2030")


def test_a_five_year_increment_is_of_the_five_years() -> None:
    found = _by_text(REPORT + "地区生产总值迈上5万亿台阶、五年增量超1.36万亿元。\n")
    assert (found["超1.36万亿元"].year, found["超1.36万亿元"].period) == (None, "2021-2025")


def test_a_year_after_below_its_level_is_the_year_compared_with() -> None:
    found = _by_text("Output per hour remains 4.3 percentage points below its level in the "
                     "first quarter of 2008. GDP is still 0.6 per cent short of its 2008 peak.")
    assert found["4.3 percentage points"].year is None
    assert found["0.6 per cent"].year is None


def test_a_year_after_a_comparison_word_is_the_year_compared_with() -> None:
    found = _by_text("2025年，全省地区生产总值增长4%，快于2024年1.8个百分点。")
    assert found["1.8个百分点"].year == 2025


def test_a_year_still_ahead_after_dao_is_a_target() -> None:
    found = _by_text("按照规划纲要草案，到2030年城镇化率要达到67%左右。")
    assert (found["67%左右"].scenario, found["67%左右"].metric) == ("target", "城镇化率要")


def test_a_wires_span_of_months_and_what_the_fed_wants() -> None:
    found = _by_text("* ILO jobless rate 6.5% in March-May, down from 6.9% in Dec-Feb\n"
                     "The Fed wants inflation of 2%.\n")
    assert (found["6.5%"].period, found["6.9%"].period) == ("M3-M5", "M12-M2")
    assert found["2%"].scenario == "target"


def test_when_a_level_was_last_seen_is_no_year_of_the_figure() -> None:
    found = _by_text("The economic inactivity rate for March to May 2014 was 21.7%. The rate was "
                     "last at 19.8% in 1990, and the employment rate last reached 73.1% in 2005.")
    assert [(found[t].year, found[t].metric) for t in ("19.8%", "73.1%")] == [
        (None, "rate"), (None, "employment rate")]


def test_an_earlier_estimate_is_the_figure_before_it_and_a_revision_to_a_level_is_not() -> None:
    found = _by_text("Retail sales volumes rose by 1.1% in the second quarter, revised down from the "
                     "previously estimated 1.4% increase. Online spending was revised up to "
                     "12.3%. Rents grew 2.5 per cent, against the 2.9 per cent first estimated.")
    assert (found["1.4%"].scenario, found["1.4%"].metric) == (
        "revision", "retail sales volumes rise")  # the 1.1%'s name: the same change
    assert (found["1.1%"].scenario, found["12.3%"].scenario, found["12.3%"].qualifier) == (
        None, None, None)
    assert (found["2.9 per cent"].scenario, found["2.9 per cent"].metric) == (
        "revision", "rents compared")


def test_a_figure_measured_against_its_aim_is_a_result_named_before_it() -> None:
    found = _by_text("“增速高于预期目标、高于全国”，这是报告对全区经济增长5.1%的评价。")
    assert found["5.1%"].scenario is None
    assert found["5.1%"].metric.endswith("经济增长")  # 的评价 names no rate of change


def test_the_spell_a_count_of_people_is_for_is_its_scope() -> None:
    found = _by_text("Of the unemployed, 612,000 had been out of work for over two years, 288,000 "
                     "for between six and twelve months and 1.1 million for up to 6 months. "
                     "Prices rose 2% for the year.")
    assert [found[t].scope for t in ("612,000", "288,000", "1.1 million", "2%")] == [
        "over 24 months", "6-12 months", "up to 6 months", None]


def test_in_the_year_to_a_period_is_a_change_on_a_year_earlier() -> None:
    found = {f.text: f for f in extract_text(
        "Output per hour rose 0.6% in the year to the second quarter. Sales in the year to "
        "date rose 3%.", "release.txt")}
    assert (found["0.6%"].basis, found["0.6%"].period) == ("yoy", "Q2")
    assert found["3%"].basis is None  # the year to date: a sum so far, no basis


def test_a_rate_over_the_year_to_a_month_is_that_month_s() -> None:
    found = _by_text(
        "Average hourly earnings rose 2-1/4 percent over the 12 months ending in November. "
        "Prices went up by 1.5 per cent in the year to May 2014. Between May 2013 and May 2014 "
        "the index increased by 1.4%. Regular pay grew 0.7% in the year to March-May.")
    assert (found["2-1/4 percent"].period, found["2-1/4 percent"].basis) == ("M11", "yoy")
    assert (found["1.5 per cent"].year, found["1.5 per cent"].period) == (2014, "M5")
    assert found["1.4%"].period == "M5"  # one month to the same month: the year to it
    assert found["0.7%"].period != "M3"  # the year to a span of months is no month's


def test_the_same_period_is_the_one_named_last_before() -> None:
    found = _by_text(
        "Consumer prices in August were unchanged from 12 months earlier. Core inflation was "
        "1-1/4 percent over the same 12-month period. Wages rose 3 percent. Rents rose 4% in "
        "the year to May, and fees 5% over the same period. Pay was up 2.5 percent in the "
        "year to June. Bonuses were up 9 percent over that year, as against 7 percent in the "
        "12 months to March.")
    assert found["1-1/4 percent"].period == "M8"
    assert found["3 percent"].period is None
    assert found["5%"].period == "M5"  # (in its own sentence, before it)
    assert found["9 percent"].period == "M6"  # not the period after it, compared with


def test_a_month_s_meeting_or_minutes_is_no_period_of_a_figure() -> None:
    found = _by_text("As the October minutes noted, the jobless rate was 5.1 percent. At the "
                     "December meeting it stood at 5.0 percent.")
    assert found["5.1 percent"].period is None
    assert found["5.0 percent"].period is None


def test_a_revision_is_said_of_the_first_figure_after_it_and_of_a_level_before_it() -> None:
    found = _by_text(
        "Spending by councils grew 0.3%, revised down 0.2 percentage points from the earlier "
        "estimate and follows a 0.4% fall in the fourth quarter. Farm output was revised up "
        "sharply, to growth of 4.1% from 2.6%. Mining output rose 1.7%, well above the 0.9% "
        "first pencilled in.")
    assert found["0.2 percentage points"].scenario == "revision"
    assert found["0.4%"].scenario is None  # a figure of its own after the revision's
    assert (found["4.1%"].scenario, found["2.6%"].scenario) == (None, "revision")
    assert found["0.9%"].scenario == "revision"


def test_a_period_a_change_is_counted_from_is_not_the_figure_s_own() -> None:
    found = _by_text(
        "Retail jobs numbered 3.10 million in June 2015, up 41,000 on March 2015. Hiring was "
        "18,000 higher than in the previous three months (January to March).")
    assert (found["41,000"].year, found["41,000"].period) == (2015, "M6")
    assert found["18,000"].period is None


def test_a_dateline_names_no_period_and_the_first_three_months_are_a_quarter() -> None:
    found = _by_text("PARIS, March 14 -- Retail volumes rose 1.1 percent in the first three "
                     "months of 2015, the agency said. Wages rose 2% on 16 July.")
    assert (found["1.1 percent"].year, found["1.1 percent"].period) == (2015, "Q1")
    assert found["2%"].period is None


def test_a_basis_in_a_clause_that_goes_on_to_a_figure_of_its_own_is_that_figure_s() -> None:
    found = _by_text("Exports grow 0.6 percent in Q2, annual growth revised up to 4 percent. "
                     "Imports rose 0.9% in Q2, compared with the same quarter a year ago.")
    assert found["0.6 percent"].basis is None
    assert found["0.9%"].basis == "yoy"


def test_hong_kong_s_year_on_year_and_quarter_on_quarter_are_bases() -> None:
    found = _by_text("去年本地生產總值按年增長4.8%，零售總額按季下跌1.2%。")
    assert (found["4.8%"].basis, found["1.2%"].basis) == ("yoy", "pop")


def test_a_box_of_facts_beside_the_story_takes_no_part_s_aims() -> None:
    found = _by_text("二、2026年目标任务\n全市经济增长5%左右。\n\n【数据链接】\n全市技术合同成交额："
                     "约0.52万亿元\n")
    assert found["5%左右"].scenario == "target"
    assert (found["约0.52万亿元"].scenario, found["约0.52万亿元"].year) == (None, None)


def test_having_national_influence_is_no_national_scope() -> None:
    found = _by_text("省会建设具有全国影响力的创新中心，重大科技基础设施达到6个。全国粮食产量1.4万亿斤。")
    assert found["6个"].scope is None
    assert found["1.4万亿斤"].scope == "national"


def test_last_year_s_figure_beside_this_year_s_aims_is_a_result() -> None:
    found = _by_text("今年的预期目标是：全市经济增长5%左右，比去年的5.6%略低；城镇新增就业30万人。")
    assert [found[t].scenario for t in ("5%左右", "5.6%", "30万人")] == [
        "target", "result", "target"]


def test_a_part_after_two_times_set_against_each_other_follows_neither() -> None:
    found = _by_text("去年改造老旧小区1.1万套，今年再改造1.5万套；建成便民桥300座。")
    assert [found[t].scenario for t in ("1.5万套", "300座")] == ["target", None]


def test_an_aim_named_after_a_list_s_figure_and_its_colon() -> None:
    found = _by_text("BY THE NUMBERS\n2%: the inflation target\n0.25-0.5%: the new target range\n")
    assert (found["2%"].scenario, found["0.25-0.5%"].scenario) == ("target", None)


def test_a_provincial_text_s_figures_are_local_and_a_national_subject_holds_its_sentence() -> None:
    found = _by_text("全省地区生产总值增长5.4%。全省粮食产量620亿斤，新增就业70万人。全省居民收入"
                     "增长5.1%。城镇新增就业68万人。争创全国文明城市，新建口袋公园120个。"
                     "全国粮食总产量1.4万亿斤，增长1.3%。")
    assert [found[t].scope for t in ("5.4%", "68万人", "120个", "1.4万亿斤", "1.3%")] == [
        "local", "local", "local", "national", "national"]
    found = _by_text("粮食产量620亿斤，新增就业70万人。")  # a text that does not say whose
    assert found["70万人"].scope is None


def test_a_figure_named_after_a_province_is_of_that_place_and_a_text_s_own_place_is_its_figures() -> None:
    report = extract_text("全省经济增长5.5%。安徽加快建设创新高地，安徽制造业增加值增长9.4%。"
                          "安徽居民收入增长5.1%。全省新增就业70万人。", "report.txt")
    story = extract_text("江苏制造业增加值增长9.4%，与安徽制造业增加值增长9.4%持平。", "story.txt")
    assert {f.scope for f in report} == {"安徽"}  # its own place, named most
    assert [(f.text, f.scope) for f in story] == [("9.4%", "江苏"), ("9.4%", "安徽")]
    groups = [sorted((f.document, f.column) for f in g.figures)
              for g in align([report, story]) if len(g.figures) > 1]
    assert groups == [[("report.txt", 33), ("story.txt", 27)]]  # Anhui's with Anhui's


def test_a_title_set_between_rules_and_a_year_in_chinese_numerals_set_the_time() -> None:
    # an undated poster: the part after the year of the part before holds this year's aims
    told = _told("数说报告\n━━ 2025，这样走过来 ━━\n【5.2%】城镇调查失业率\n"
                 "━━ 二〇二六年这样干 ━━\n【5.5%左右】城镇调查失业率\n", "year")
    assert [(t, y, s) for t, _, y, s in told] == [
        ("5.2%", 2025, None), ("5.5%左右", 2026, "target")]


def test_a_title_between_dashes_ends_the_time_a_paragraph_opened() -> None:
    # an explainer's look ahead, then its readers' comments on last year's figures
    told = _told("到2030年，居民人均可支配收入达到9万元左右。\n\n—— 精选留言 ——\n\n"
                 "@阿杰：外贸出口增长12.7%？\n", "year")
    assert [(t, y) for t, _, y, _ in told] == [("9万元左右", 2030), ("12.7%", None)]


def test_last_years_figure_under_a_part_of_aims_is_a_result() -> None:
    # a broker's note: its part on the aims compares them with last year's results
    told = _told("某证券研究所\n2026年2月3日\n一、目标设定\n城镇新增就业目标45万人，较去年实际的47.3万人"
                 "少2.3万人。去年投资增速快于全国3.4个百分点。\n二、回顾：2025年\n民间投资增长2.8%。\n"
                 "三、投资启示\n水利投资超220亿元。\n", "year")
    assert [(t, y, s) for t, _, y, s in told] == [
        ("45万人", None, "target"), ("47.3万人", None, "result"), ("2.3万人", None, "target"),
        ("3.4个百分点", 2025, "result"), ("2.8%", 2025, "result"), ("超220亿元", None, None)]


def test_yao_right_before_what_is_aimed_at_marks_an_aim() -> None:
    told = _told("代表说：“数字经济核心产业营收去年增长10.9%；战略性新兴产业营收要增长15%左右。"
                 "这很重要，主要增长5%。”", "year")
    assert [(t, s) for t, _, _, s in told] == [
        ("10.9%", None), ("15%左右", "target"), ("5%", None)]


def test_a_span_of_months_with_a_year_before_its_dash_is_one_period() -> None:
    found = _by_text("There were 30.64 million people in work in March–May 2014, an increase of "
                     "254,000 compared with December 2013–February 2014. The rate was 6.9% in "
                     "December 2013–February 2014.", "release.txt")
    assert [(found[t].year, found[t].period) for t in ("30.64 million", "254,000", "6.9%")] == [
        (2014, "M3-M5"), (2014, "M3-M5"), (2014, "M12-M2")]


def test_the_year_a_list_s_lead_says_holds_for_each_of_its_parts() -> None:
    # (an encyclopedia's numbered heading, "7 2026年预期目标", is no section the reader knows)
    found = extract_text("6 回顾\n2025年全省地区生产总值增长5.2%。\n\n7 2026年预期目标\n根据政府工作报告，"
                         "2026年主要预期目标为：地区生产总值增长5%左右；地方一般公共预算收入增长1.5%左右；"
                         "城镇新增就业70万人。", "baike.txt")
    assert [(f.text, f.year) for f in found] == [
        ("5.2%", 2025), ("5%左右", 2026), ("1.5%左右", 2026), ("70万人", 2026)]
    # a list without a year in its lead tells none of its parts
    parts = extract_text("回顾：2025年地区生产总值增长5%；2024年进出口总额增长3%；城镇新增就业70万人。",
                         "b.txt")
    assert [f.year for f in parts] == [2025, 2024, None]


def test_an_aim_that_says_no_year_is_not_the_reviewed_year_of_its_paragraph() -> None:
    found = extract_text(
        "海南省政府新闻发布会（文字实录）\n\n时间：2026年1月28日上午10时\n\n发言人：\n"
        "先说去年。2025年是封关之年，全省地区生产总值仍然增长了4%。\n消费方面，去年社零增长5%。\n\n"
        "记者：\n离岛免税是海南的一张名片。另外，报告提出接待国内外游客增长8%，这个目标怎么实现？\n",
        "pressconf.txt")
    years = {f.text: (f.year, f.scenario) for f in found}
    assert years["4%"] == years["5%"] == (2025, None)
    assert years["8%"] == (None, "target")
