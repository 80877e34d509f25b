"""Alignment on real text: the seeds' review and interpretation, and a written pair."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from checker import Document, extract, extract_text, load
from checker.align import align, comparable, pair
from checker.rounding import agree
from tests.conftest import FIXTURES, SEEDS, mismatched

REVIEW = SEEDS / "003_002d43a0e4edfa5b.txt"
INTERPRETATION = SEEDS / "001_db9e2ff62b27b720.txt"


def _pairing(left: str, right: str):  # type: ignore[no-untyped-def]
    return pair(extract(load(left)), extract(load(right)))


def _told_together(release: str, story: str) -> set[tuple[str, ...]]:
    """The figures of a release and a story that align, each group as its sorted texts."""
    figures = [extract_text(release, "release.txt"), extract_text(story, "story.txt")]
    return {tuple(sorted(f.text for f in g.figures)) for g in align(figures)}


def test_seed_pair_aligns_every_shared_figure_to_an_equal_one() -> None:
    result = _pairing(str(REVIEW), str(INTERPRETATION))
    assert len(result.pairs) >= 40
    assert all(a.value == b.value and a.unit == b.unit for a, b, _ in result.pairs)
    assert not result.ambiguous
    only_interpretation = {f.text for f in result.only_right}
    assert {"217项", "7.7亿元"} <= only_interpretation
    only_review = {f.text for f in result.only_left}
    assert {"1197名", "1714场", "870场", "1.55万人"} <= only_review


def test_equal_value_under_another_metric_is_not_a_partner() -> None:
    # 10名 一线劳动者 (review) is not 10名 首届“北京大工匠”: only one 10名 may pair, and
    # only with a 10名 that counts the same thing.
    figures = extract(load(REVIEW))
    ten = [f for f in figures if f.text == "10名"]
    assert len(ten) == 2 and ten[0].metric != ten[1].metric
    groups = align([figures, extract(load(INTERPRETATION))])
    for group in groups:
        texts = {f.text for f in group.figures}
        assert not (len(group.documents) > 1 and "10名" in texts)


def test_written_pair_aligns_at_least_ninety_percent_with_the_right_partner() -> None:
    key = yaml.safe_load((FIXTURES / "pair_key.yaml").read_text(encoding="utf-8"))
    result = _pairing(str(FIXTURES / "pair_communique.txt"), str(FIXTURES / "pair_report.txt"))
    partner = {(b.line, b.text): (a.line, a.text) for a, b, _ in result.pairs}
    right = sum(
        partner.get((k["report"]["line"], str(k["report"]["text"])))
        == (k["communique"]["line"], str(k["communique"]["text"]))
        for k in key
    )
    assert right / len(key) >= 0.9, f"{right}/{len(key)}"


def test_written_pair_traps_do_not_pair_with_a_different_thing() -> None:
    only = yaml.safe_load((FIXTURES / "pair_only.yaml").read_text(encoding="utf-8"))
    result = _pairing(str(FIXTURES / "pair_communique.txt"), str(FIXTURES / "pair_report.txt"))
    paired = {(b.line, b.text) for _, b, _ in result.pairs}
    report_only = [(o["line"], str(o["text"])) for o in only if o["document"] == "report"]
    wrongly = [item for item in report_only if item in paired]
    assert not wrongly


def test_work_report_figures_find_their_communique_partner() -> None:
    key = yaml.safe_load((FIXTURES / "national_key.yaml").read_text(encoding="utf-8"))
    result = _pairing(str(FIXTURES / "national_communique.txt"),
                      str(FIXTURES / "national_report.txt"))
    partner = {(b.line, b.column): (a.line, a.column) for a, b, _ in result.pairs}
    for k in key:
        report = (k["report"]["line"], k["report"]["column"])
        assert partner.get(report) == (k["communique"]["line"], k["communique"]["column"]), k
    targets = {"5%左右", "1200万人以上", "3%左右", "1.3万亿斤以上"}
    assert targets <= {f.text for f in result.only_right}


def test_names_with_different_numerals_are_different_things() -> None:
    # 第一产业 and 第三产业 (also written 服务业) differ by one character and by everything
    # that matters; 一季度 is not 二季度.
    communique = extract_text("第一产业增加值占国内生产总值比重为6.9%，第二产业增加值比重为"
                              "36.5%，第三产业增加值比重为56.6%。一季度出口增长4.9%，"
                              "二季度出口增长7.1%。", "communique.txt")
    article = extract_text("第三产业增加值占GDP比重达55.6%，二季度出口增长7.1%。", "article.txt")
    result = pair(communique, article)
    partners = {b.text: a.text for a, b, _ in result.pairs}
    assert partners == {"55.6%": "56.6%", "7.1%": "7.1%"}
    assert not result.ambiguous
    served = extract_text("服务业增加值比重为56.6%。", "served.txt")
    assert [(a.text, b.text) for a, b, _ in pair(communique, served).pairs] == [("56.6%", "56.6%")]


def test_a_fraction_pairs_with_fractions_only() -> None:
    # 三分之一的企业 is a share of the enterprises, not a count of them.
    report = extract_text("全市建会企业1.2万家，其中三分之一的企业建立了职工书屋。", "report.txt")
    article = extract_text("全市约三分之一的企业建立职工书屋，建会企业达1.2万家。", "article.txt")
    partners = sorted((a.text, b.text) for a, b, _ in pair(report, article).pairs)
    assert partners == [("1.2万家", "1.2万家"), ("三分之一", "约三分之一")]
    lone = extract_text("全市三分之一的建会企业建立了职工书屋。", "lone.txt")
    counts = extract_text("全市建会企业1.2万家。", "counts.txt")
    assert not pair(lone, counts).pairs


def test_a_statement_first_told_without_a_name_is_compared_by_the_name_told_later() -> None:
    # ONS: the first 6.5% names only its months; its repeat names the unemployment rate.
    release = extract_text(
        "Chart 8.1 shows the rate since 1971. The unemployment rate for the latest time period, "
        "March to May 2014, was 6.5%.\n\nThe unemployment rate for those aged 16 and over for "
        "March to May 2014 was 6.5%. The rate for women was 6.2%.\n", "release.txt")
    story = extract_text("UK unemployment falls to 6.5%\n\nUK unemployment fell to 6.5 per cent "
                         "in the three months to May, official figures show.\n", "story.txt")
    assert [(a.text, b.text) for a, b, _ in pair(release, story).pairs] == [("6.5%", "6.5%")]


def test_two_ranges_that_meet_at_an_end_are_two_values() -> None:
    new, old = extract_text("The Fed set the target range for the overnight rate at 0.25%-0.5%, "
                            "up from the zero to 0.25% range it had held since 2008.", "n.txt")
    (statement,) = extract_text("The Committee decided to raise the target range for the "
                                "federal funds rate to 1/4 to 1/2 percent.", "s.txt")
    assert not agree(new, old) and agree(statement, new) and not agree(statement, old)


def test_two_stated_ranges_agree_end_by_end() -> None:
    # a range restated with one end changed is another range, though most of it is shared
    (statement,) = extract_text("The Committee raised the target range for the federal funds "
                                "rate to 1/4 to 1/2 percent.", "s.txt")
    told = {f.text: f for f in extract_text(
        "Rates now sit at 0.25%-0.50%. Some had wanted 1/4 to 1/3 percent; others 0.25%-0.6%. "
        "The aim was a range of 1/3 to 1/2 percent.", "t.txt")}
    assert agree(statement, told["0.25%-0.50%"])
    assert not any(agree(statement, told[t]) for t in
                   ("1/4 to 1/3 percent", "0.25%-0.6%", "1/3 to 1/2 percent"))


def test_a_nameless_headline_figure_folds_into_the_statement_written_alike() -> None:
    # 4%左右 may be 4.5%左右 rounded, but the headline's target is the one written alike.
    story = extract_text("数说某省政府工作报告｜去年GDP增长3.7% 今年预期目标4.5%左右\n\n"
                         "今年的主要目标是：GDP增长4.5%左右，社零增长4%左右。\n", "story.txt")
    report = extract_text("今年全省经济社会发展的主要预期目标是：地区生产总值增长4.5%左右，"
                          "社会消费品零售总额增长4%左右。\n", "report.txt")
    groups = {tuple(f.text for f in g.figures) for g in align([report, story])}
    assert ("4.5%左右", "4.5%左右", "4.5%左右") in groups


def test_a_signed_change_pairs_and_agrees_with_the_fall_a_story_words() -> None:
    release = extract_text(
        "In Q1 2014, agriculture contributed minus 0.2 percentage points to the overall "
        "movement in output per hour, and construction contributed minus 0.1 percentage "
        "points.", "release.txt")
    story = extract_text(
        "Agriculture subtracted two-tenths of a percentage point from the quarterly movement "
        "in output per hour, and construction a further 0.1 point.", "story.txt")
    pairs = [(a.text, b.text) for a, b, _ in pair(release, story).pairs]
    assert pairs == [("minus 0.2 percentage points", "two-tenths of a percentage point"),
                     ("minus 0.1 percentage points", "0.1 point")]
    assert agree(release[0], story[0]) and not agree(release[0], story[1])
    (rise,) = extract_text("Agriculture added 0.2 percentage points to the movement.", "s.txt")
    assert not agree(release[0], rise)


def test_a_range_told_three_times_in_a_story_is_one_statement() -> None:
    statement = extract_text("The Committee decided to raise the target range for the federal "
                             "funds rate to 1/4 to 1/2 percent.", "statement.txt")
    story = extract_text("Fed lifts rates to 0.25-0.50%\n\nThe central bank moved its benchmark "
                         "to a range of 0.25 to 0.5 percent on Wednesday.\n\nFACTBOX\n"
                         "New range: 0.25-0.50 percent\n", "story.txt")
    groups = [g for g in align([statement, story]) if len(g.figures) > 1]
    assert len(groups) == 1 and len(groups[0].figures) == 4  # the statement's and all three


def test_a_revision_from_one_level_to_another_pairs_each_level() -> None:
    release = extract_text("Business investment increased by 5.0% in Q1 2014, revised up from the "
                           "previously estimated 2.7% increase.", "release.txt")
    story = extract_text("Business investment growth was revised up from 2.7 per cent to 5.0 per "
                         "cent. Rates of 4 to 6 per cent apply.", "story.txt")
    paired = {tuple(sorted(f.text for f in g.figures)) for g in align([release, story])}
    assert ("5.0 per cent", "5.0%") in paired  # the level after: no longer a revision
    assert ("4 to 6 per cent",) in paired  # a range that is no change stays one figure
    before = next(f for f in comparable(story) if f.text == "2.7 per cent")
    assert (before.value, before.scenario, before.qualifier) == (Decimal("2.7"), "revision", None)


def test_an_earlier_estimate_pairs_with_the_earlier_estimate_a_story_tells() -> None:
    paired = _told_together(
        "Retail sales volumes rose by 1.1% in the second quarter, revised down from the "
        "previously estimated 1.4% increase.",
        "Retail volumes grew 1.1 per cent in the quarter, less than the 1.4 per cent first "
        "estimated.")
    assert {("1.1 per cent", "1.1%"), ("1.4 per cent", "1.4%")} <= paired


def test_counts_of_one_name_for_different_spells_pair_by_their_spell() -> None:
    paired = _told_together(
        "1.02 million people had been unemployed for up to 6 months, 352,000 had been "
        "unemployed for between six and twelve months and 431,000 had been unemployed for "
        "over two years.",
        "Fewer are long-term jobless. In all, 413,000 people had been out of work for more "
        "than two years.")
    assert ("413,000", "431,000") in paired  # a slip of two digits, found as a mismatch


def test_a_value_each_document_states_once_pairs_names_a_story_reworded() -> None:
    paired = _told_together(
        "The number of people claiming Jobseeker's Allowance fell by 36,300 in June 2014 to "
        "reach 1.04 million, the lowest since 2008. Youth unemployment was 17.8%. Pay rose by "
        "0.7%.",
        "The claimant count dropped 36,300 in June to 1.04m. Joblessness among the young was "
        "17.8 per cent, the office said, while weekly earnings climbed 0.7 per cent.")
    assert {("36,300", "36,300"), ("1.04 million", "1.04m"), ("17.8 per cent", "17.8%"),
            ("0.7 per cent", "0.7%")} <= paired


def test_a_value_stated_once_does_not_take_a_figure_whose_name_is_elsewhere() -> None:
    # the story's discount rate is a slip (1.25 for 1.00), its value the release's inflation;
    # a value of one digit (7 percent) is stated of too many things to pair on
    paired = _told_together(
        "The Board approved a rise in the discount rate to 1.00 percent. Core inflation was "
        "1.25 percent. Exports grew 7 percent.",
        "The Fed lifted its discount rate to 1.25 percent. Chinese growth slowed to 7 percent.")
    assert all(len(group) == 1 for group in paired)


def test_an_english_value_stated_once_has_no_rival_in_a_name_only_spelt_alike() -> None:
    # "unemployed" and "in employment" share letters, not a word that tells metrics apart:
    # the story's own name for the 612,000 (long-term joblessness) speaks neither way
    paired = _told_together(
        "There were 612,000 people unemployed for over two years. The employment rate was "
        "72.4%.",
        "Long-term joblessness keeps easing, to 612,000 (just over 600,000). Some 30.1 million "
        "people were in employment.")
    assert ("612,000", "612,000") in paired


def test_a_share_told_as_a_fraction_pairs_with_its_percent() -> None:
    release = "The employment rate for women was 68.1%. Youth unemployment was 17.8%."
    story = ("The employment rate for women is more than two in three. Youth unemployment is "
             "roughly one in six.")
    paired = _told_together(release, story)
    assert {("68.1%", "more than two in three"), ("17.8%", "roughly one in six")} <= paired
    shares = {f.text: f for f in [*extract_text(release, "r.txt"), *extract_text(story, "s.txt")]}
    assert agree(shares["68.1%"], shares["more than two in three"])
    assert agree(shares["17.8%"], shares["roughly one in six"])  # nearer 1/6 than 1/5, 1/7
    assert not agree(shares["17.8%"], shares["more than two in three"])  # 66.7% and more


def test_a_share_told_as_a_fraction_agrees_with_one_told_in_tenths() -> None:
    assert _told_together("全部工业增加值比2020年增加五成以上。", "全部工业增加值比2020年增加一半以上。"
                          ) == {("一半以上", "五成以上")}
    tenths, half = extract_text("增加五成以上。", "a.txt")[0], extract_text("增加一半以上。", "b.txt")[0]
    assert agree(tenths, half)


def test_an_english_statement_told_again_in_fewer_words_is_one_statement() -> None:
    paired = _told_together(
        "The Committee is confident that inflation will move back to its 2 percent objective "
        "over the medium term.",
        "The Fed said it was confident that inflation would move back to its 2 percent "
        "objective.\n\nFACTBOX\nInflation goal: 2 percent\n")
    assert ("2 percent", "2 percent", "2 percent") in paired


def test_years_in_a_row_pair_as_a_count_of_them() -> None:
    paired = _told_together("上海港集装箱吞吐量连续16年居全球港口之首，五年来完成投资。",
                            "上海港连续16年居全球港口之首。")
    assert ("16年", "16年") in paired


def test_a_revision_that_would_be_made_states_the_estimate_now_then_what_it_may_become() -> None:
    release = extract_text("On past form, growth of output per hour in the year to the first "
                           "quarter would be revised down from 0.7% to 0.4%.", "release.txt")
    story = extract_text("Output per hour was 0.7 per cent higher than a year earlier.",
                         "story.txt")
    paired = [sorted(f.text for f in group.figures) for group in align([release, story])
              if len({f.document for f in group.figures}) == 2]
    assert paired == [["0.7 per cent", "0.7%"]]


ONS_ACCOUNTS = SEEDS.parents[1] / "shared" / "corpus" / "en" / (
    "ons_quarterly_national_accounts_2014q1.txt")


@pytest.mark.skipif(not ONS_ACCOUNTS.is_file(),
                    reason=f"the real documents are not here: {ONS_ACCOUNTS}")
def test_figures_left_over_with_a_value_each_document_states_once_pair_by_it() -> None:
    # the release's "construction output increased by 6.7%" and "manufacturing output rose by
    # 3.6%" (on a year earlier), a retelling's "On the year the sector is up 6.7%" and "On the
    # year they are up 3.6%": the retelling's names pair with the quarter's figures first
    story = Path(__file__).parent / "corpus" / "en" / "docs" / (
        "ons_quarterly_national_accounts_2014q1_winnerslosers.txt")
    groups = align([extract(load(str(ONS_ACCOUNTS))), extract(load(str(story)))])
    paired = {tuple(sorted(f.text for f in g.figures)) for g in groups}
    assert {("6.7%", "6.7%"), ("3.6%", "3.6%")} <= paired


def test_a_whole_number_written_with_its_decimal_is_specific_enough_to_pair_on() -> None:
    # 5.0% tells a value to a tenth; 7 percent is stated of too many things
    paired = _told_together("Business investment increased by 5.0%. Household spending rose by "
                            "0.6%.", "Spending by firms jumped 5.0%. Household spending rose "
                                     "by 0.6%.")
    assert ("5.0%", "5.0%") in paired


def test_a_rate_in_a_table_without_its_percent_sign_pairs_with_the_percent() -> None:
    paired = _told_together(
        "The employment rate for people aged 16 to 64 was 74.2%. There were 31.2 million "
        "people in work.",
        "                          Latest\nEmployment rate (aged 16-64)     74.2\n"
        "People in work (millions)        31.2\n")
    assert ("74.2", "74.2%") in paired


def test_a_fall_and_a_rise_of_one_size_are_two_statements_not_one_said_twice() -> None:
    # the story's fall of unit wage costs is no first telling of its total pay: paired with
    # the release's pay rise, it was reported as a mismatch (a fall against a rise)
    groups = align([
        extract_text("Total pay for employees rose by 0.3% on a year earlier.", "release.txt"),
        extract_text("On a year earlier, unit wage costs were 0.3% lower, the first annual fall "
                     "since 2012.\n\nPay has not kept up with prices: regular pay grew only 0.7% "
                     "in the year to March-May, total pay just 0.3%, while prices rose 1.5%.",
                     "story.txt")])
    pay = next(g for g in groups if any(f.document == "release.txt" for f in g.figures))
    assert [(f.document, f.line) for f in pay.figures] == [("release.txt", 1), ("story.txt", 3)]


ZH_REPORTS = SEEDS.parents[1] / "shared" / "corpus" / "zh"


@pytest.mark.skipif(not ZH_REPORTS.is_dir(), reason=f"the real documents are not here: {ZH_REPORTS}")
def test_chinese_figures_left_over_pair_on_their_value_though_a_name_pairs_elsewhere() -> None:
    # 公园总数达到1100座 (a story) and 累计达到1100座 (新增公园, the report): the story's 公园
    # names pair well with the report's other park figures, which Chinese names sharing
    # characters do for other facts too; the value stated once on each side decides
    for province, told in (("shanghai", "1100座"), ("xinjiang", "6482万千瓦")):
        story = Path(__file__).parent / "corpus" / "zh" / "docs" / f"{province}_news.txt"
        groups = align([extract(load(str(ZH_REPORTS / f"gwr2026_{province}.txt"))),
                        extract(load(str(story)))])
        assert (told, told) in {tuple(sorted(f.text for f in g.figures)) for g in groups}


ONS_LABOUR = ONS_ACCOUNTS.parent / "ons_uk_labour_market_2014-07.txt"


@pytest.mark.skipif(not ONS_LABOUR.is_file(), reason=f"the real documents are not here: {ONS_LABOUR}")
def test_a_left_over_change_has_no_rival_in_a_level_of_a_like_name() -> None:
    # a fact-check's "non-UK nationals in work fell by 178,000" (the release: increased by
    # 178,000): the story's other figures of non-UK nationals are levels, no rival to a change,
    # so the value pairs the two, and the check can tell the fall from the rise
    story = Path(__file__).parent / "corpus" / "en" / "docs" / (
        "ons_uk_labour_market_2014-07_factcheck.txt")
    groups = align([extract(load(str(ONS_LABOUR))), extract(load(str(story)))])
    assert ("178,000", "178,000") in {tuple(sorted(f.text for f in g.figures)) for g in groups}


def test_a_value_said_as_a_fraction_is_no_evidence_of_one_fact() -> None:
    # the Fed's rates and inflation run in quarters of a percent: a story's "a mere quarter of
    # a percent" (inflation) is not a release's offering rate of 0.25 percent
    paired = _told_together("The Desk will offer overnight reverse repurchase agreements at an "
                            "offering rate of 0.25 percent.",
                            "Headline inflation was a mere quarter of a percent.")
    assert all(len(group) == 1 for group in paired)


def test_an_english_figure_that_says_no_scenario_may_pair_by_name_with_a_forecast() -> None:
    # "will" names no scenario; the story's figure is the release's forecast, named alike
    paired = _told_together("The Committee expects core inflation to rise to 1.6 percent next "
                            "year.", "Core inflation will rise to 1.6 percent next year, the "
                                     "Fed said.")
    assert ("1.6 percent", "1.6 percent") in paired


def test_a_plan_retold_without_its_time_pairs_with_the_plan() -> None:
    paired = _told_together("政府工作报告\n——2026年1月20日\n一、2025年工作回顾\n新培育智能工厂150家。\n"
                            "二、2026年工作安排\n新培育智能工厂200家，新增可再生能源发电装机700万千瓦。\n",
                            "报告提出，新培育智能工厂200家。可再生能源发电装机新增700万千瓦。")
    assert {group for group in paired if len(group) > 1} == {
        ("200家", "200家"), ("700万千瓦", "700万千瓦")}


def test_common_short_names_of_chinese_reporting_pair_with_the_full_ones() -> None:
    paired = _told_together("今年主要预期目标是：固定资产投资增长7%左右，推出人工智能标志性产品30个。",
                            "今年目标：固投增长7%左右，推出AI标志性产品30个。")
    assert {group for group in paired if len(group) > 1} == {("30个", "30个"), ("7%左右", "7%左右")}


def test_a_plan_retold_without_its_time_leaves_the_result_its_name_matched() -> None:
    paired = _told_together("政府工作报告\n——2026年1月20日\n一、2025年工作回顾\n城镇新增就业18.9万人。\n"
                            "二、2026年工作安排\n城镇新增就业17万人左右。\n", "报告说，城镇新增就业17万人左右。")
    assert {group for group in paired if len(group) > 1} == {("17万人左右", "17万人左右")}


def test_a_retelling_that_states_a_figure_exactly_and_roughly_pairs_both() -> None:
    # a short video's caption and its voice say "nearly five trillion" (元 left unsaid), its
    # data card the exact amount: three statements of the report's one figure
    report = "全省生产总值达到4.93万亿元，增长5.4%。城镇新增就业86万人。"
    story = ("【字幕】河北经济总量：将近五万亿！\n【口播】去年全省经济总量已经将近五万亿。\n"
             "【数据卡】全省生产总值4.93万亿元\n")
    assert ("4.93万亿元", "4.93万亿元", "将近五万亿", "将近五万亿") in _told_together(report, story)


def test_a_figure_with_a_unit_and_no_name_pairs_by_its_value_alone() -> None:
    # an answer key gives the values without their names: each pairs with the one figure of
    # the report that states its value and unit; a number with no unit and no name stays out
    report = "高速公路通车里程达到6895公里，5G基站增加到14.3万座，城乡收入比缩小至2.54。"
    story = "【参考答案】（1）6895公里；14.3万座　（2）2.54\n"
    told = _told_together(report, story)
    assert {("6895公里", "6895公里"), ("14.3万座", "14.3万座")} <= told
    assert ("2.54", "2.54") not in told


def test_a_headline_slip_beside_the_right_figure_is_a_mismatch_a_citys_own_figure_is_not() -> None:
    report = Document.from_text(
        "一、2025年工作回顾\n全省地区生产总值5.3万亿元，增长5.5%；经济总量迈上5万亿元台阶。"
        "规上工业增加值增长8.6%，粮食产量830亿斤，新增新能源装机1900万千瓦。"
        "城镇新增就业70万人，进出口总额8000亿元。\n", "report.txt")
    story = Document.from_text(
        "全省GDP迈上5.4万亿元\n据政府工作报告，2025年全省地区生产总值5.3万亿元，增长5.5%，"
        "新增新能源装机1900万千瓦。我市新增新能源装机86万千瓦。\n", "story.txt")
    mismatches = mismatched(report, story)
    # the slip (two tellings: 5.3 right, 5.4 a digit off; 5万亿元 too rough to be its
    # source) is reported; 86万千瓦 is no slip of 1900万千瓦 but the city's own figure
    assert mismatches == [["5.3万亿元", "5.4万亿元"]]


def test_a_slip_is_told_apart_from_a_like_named_figure_of_another_year() -> None:
    report = Document.from_text(
        "一、2025年工作回顾\n全市生产总值5.67万亿元，增长5.4%。2020年全市生产总值3.87万亿元。"
        "规上工业增加值增长4.1%，社会消费品零售总额1.67万亿元，进出口总额4.27万亿元。\n",
        "report.txt")
    story = Document.from_text(
        "上海生产总值达5.68万亿元\n2025年全市生产总值5.67万亿元，增长5.4%；2020年全市生产总值"
        "3.87万亿元。\n", "story.txt")
    mismatches = mismatched(report, story)
    # two figures of the report have the headline's name, both paired; only this year's is
    # a slip away from it
    assert mismatches == [["5.67万亿元", "5.68万亿元"]]


def test_a_name_told_in_another_order_is_the_name() -> None:
    report = Document.from_text(
        "一、2025年工作回顾\n新增城镇就业8.55万人、农村劳动力转移就业86万人，"
        "城镇调查失业率5.2%，居民人均可支配收入增长5.3%。\n", "report.txt")
    story = Document.from_text("去年城镇新增就业8.35万人。\n", "story.txt")
    assert mismatched(report, story) == [["8.35万人", "8.55万人"]]
