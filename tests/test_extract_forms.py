"""tests/fixtures/forms.txt: every form of number, hand-labelled, and planted non-figures."""

from __future__ import annotations

from decimal import Decimal

import yaml

from checker import extract, extract_text, load
from checker.names import metric_key, says_nothing
from tests.conftest import FIXTURES

FORMS = FIXTURES / "forms.txt"


def _decimal(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def test_forms_figures_values_units_qualifiers_intervals() -> None:
    labels = yaml.safe_load((FIXTURES / "forms.yaml").read_text(encoding="utf-8"))
    found = {(f.line, f.column): f for f in extract(load(FORMS))}
    wanted = {(e["line"], e["column"]): e for e in labels}
    assert sorted(found) == sorted(wanted)
    for key, label in wanted.items():
        figure = found[key]
        got = (figure.text, figure.value, figure.unit, figure.qualifier, figure.kind,
               figure.low, figure.high, figure.interval.bounds)
        want = (str(label["text"]), _decimal(label["value"]), label["unit"], label["qualifier"],
                label["kind"], _decimal(label["low"]), _decimal(label["high"]), label["bounds"])
        assert got == want, key


def test_planted_non_figures_are_not_extracted() -> None:
    planted = yaml.safe_load((FIXTURES / "forms_nonfigures.yaml").read_text(encoding="utf-8"))
    figures = extract(load(FORMS))
    for item in planted:
        overlapping = [
            f.text for f in figures
            if f.line == item["line"]
            and f.column < item["column"] + len(str(item["text"]))
            and item["column"] < f.column + len(f.text)
        ]
        assert not overlapping, item


def test_traditional_script_is_named_with_the_word_lists_of_simplified() -> None:
    # 增長 after a figure takes that figure's metric, as 增长 does; names read in simplified.
    found = _named(
        "去年上海機場旅客吞吐量1.35億人次，增長8.3%。地方一般公共預算收入增長1.5%。")
    assert found["8.3%"] == "去年上海机场旅客吞吐量增长"
    assert found["1.5%"] == "地方一般公共预算收入增长"


def test_a_change_after_a_level_takes_its_name_deep_in_a_long_sentence() -> None:
    opening = "面对错综复杂的国际形势和艰巨繁重的改革发展稳定任务，" * 8  # past the window
    found = _named(
        opening + "全体居民人均可支配收入达39545元、增长5%。")
    assert found["5%"] == "全体居民人均可支配收入增长"


def test_a_bare_change_takes_the_subject_not_a_comparison_nor_a_count_of_marks() -> None:
    found = _named(
        "全省规模工业增加值增长6.2%，高于全国平均0.3个百分点，今年的目标是增长6%。"
        "全省生产总值连续跨越8万亿、9万亿两个大台阶，年均增长5.9%。"
        "重庆提出固定资产投资增长3%的预期目标。")
    assert found["6%"] == "规模工业增加值增长"
    assert found["5.9%"] == "生产总值增长"
    assert found["3%"] == "重庆提出固定资产投资增长"  # 的预期目标 names no share


def test_lists_and_marks_passed_name_their_subjects() -> None:
    found = _named(
        "地区生产总值连续迈上4个万亿元台阶、达14.2万亿元。"
        "力争全年交通、水利、能源领域投资额分别达2400亿元、450亿元、1700亿元。"
        "技術合同成交額6121億元人民幣。")
    assert found["14.2万亿元"] == "地区生产总值"
    assert (found["2400亿元"], found["450亿元"]) == ("交通领域投资额", "水利领域投资额")
    assert found["6121億元"] == "技术合同成交额"  # the currency said again names nothing
    aim = _named("今年全省经济增长的预期目标定为5.5%左右。")
    assert aim["5.5%左右"] == "今年全省经济增长"  # not the words of context after 的


def test_names_in_a_list_right_before_as_many_figures_name_each_in_turn() -> None:
    # as after 分别, with no 分别: the n-th name is the n-th figure's
    found = _named("推进城市生命线安全工程，改造老旧供热、燃气、排水管网800公里、600公里、300公里，"
                   "完成水库增容工程。城镇、农村居民人均可支配收入增长4.4%、6.3%。")
    assert [found[v] for v in ("800公里", "600公里", "300公里")] == [
        "改造老旧供热", "改造燃气", "改造排水管网"]
    assert (found["4.4%"], found["6.3%"]) == ("城镇居民人均可支配收入增长", "农村居民人均可支配收入增长")
    # names that are not as many as the figures are not shared out
    three = _named("新能源、新材料产业增长5%、6%和7%。")
    assert three["5%"] == three["6%"] == three["7%"]


def test_emphasis_marks_and_a_bullet_are_no_part_of_a_name() -> None:
    found = _named("· 首批千项万亿重大项目完成投资**1.5万亿元**，"
                   "打造“两岸青山·千里林带”示范区12个。")
    assert found["1.5万亿元"] == "首批千项万亿重大项目完成投资"
    assert "·" in found["12个"]  # (a dot inside a name's quotes stays)


def _named(text: str) -> dict[str, str]:
    """Each figure of a text, by its text, with the metric it is named."""
    return {f.text: f.metric for f in extract_text(text)}


def test_a_comparison_after_a_change_is_named_by_that_change() -> None:
    found = _named(
        "规上工业增加值增长6.7%、高于全国0.8个百分点；地区生产总值年均增长5.7%，比“十三五”时期"
        "高1.2个百分点。固定资产投资增长4%，社会消费品零售总额增长4.3%，增速分别高于全国7.8、"
        "0.6个百分点。")
    assert found["0.8个百分点"] == "规上工业增加值高于全国"
    assert found["1.2个百分点"] == "地区生产总值年均高"
    assert (found["7.8"], found["0.6个百分点"]) == ("固定资产投资高于全国", "社会消费品零售总额高于全国")


def test_a_target_whose_words_only_say_so_takes_the_name_before() -> None:
    found = _named("海南：封关首年GDP增长4% 今年预期目标6%左右\n城镇居民收入增长4.4%，今年目标为5%。")
    assert found["6%左右"] == found["4%"] == "封关首年GDP增长"
    assert found["5%"] == "城镇居民收入增长"


def test_a_list_line_names_its_figure_past_the_change_and_a_conversion_the_one_before() -> None:
    found = _named("全省地区生产总值 增长4.2%\n规上工业增加值 增长5%以上；服务业增加值 增长5%左右\n"
                   "粮食产量 1600亿斤以上（合8000万吨以上）\n实际使用外资15亿美元，折合人民币108亿元。")
    assert found["4.2%"] == "地区生产总值增长"
    assert (found["5%以上"], found["5%左右"]) == ("规上工业增加值增长", "服务业增加值增长")
    assert found["8000万吨以上"] == found["1600亿斤以上"] == "粮食产量"
    assert found["108亿元"] == "实际使用外资"


def test_a_size_after_a_count_is_part_of_its_noun_and_what_a_report_asks_no_name() -> None:
    found = _named("今年，湖北将推进12200个亿元以上新建续建项目。"
                   "报告要求今年电子信息、有色金属、装备制造业规模分别达到1.28万亿元、1.18万亿元和0.82万亿元。")
    assert found["12200个"] == "亿元以上新建续建项目"
    assert (found["1.28万亿元"], found["1.18万亿元"]) == ("电子信息业规模", "有色金属业规模")


def test_town_and_country_before_a_list_names_each_and_its_changes_follow() -> None:
    found = _named("城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、5.3%。")
    assert (found["6.9万元"], found["3.4万元"]) == ("城镇居民人均可支配收入", "农村居民人均可支配收入")
    assert (found["4.2%"], found["5.3%"]) == ("城镇居民人均可支配收入增长", "农村居民人均可支配收入增长")


def test_a_figure_leading_its_line_is_named_after_its_dash() -> None:
    # a 数说 list: each line leads with its figures and names them after a dash
    named = _named("【回望2025】\n1. 4%——全年GDP增速，比2024年快1.8个百分点。\n"
                   "5. 25.3%、7.9%——新能源产业、装备制造业增加值增速。\n"
                   "8. 47.3万人——城镇新增就业。\n")
    assert [named[t] for t in ("4%", "25.3%", "7.9%", "47.3万人")] == [
        "GDP增速", "新能源产业增加值增速", "装备制造业增加值增速", "城镇新增就业"]


def test_tenths_of_a_cheng_and_qualifiers_after_a_ratio_or_an_amount() -> None:
    found = {f.text: f for f in extract_text(
        "碳酸锂增长超两成五，占全部装机九成三以上，外送电量增长三成多，二十亿元出头的补贴。",
        "news.txt")}
    assert found["超两成五"].value == Decimal("2.5")
    assert found["九成三以上"].value == Decimal("9.3")
    assert found["九成三以上"].qualifier == "at_least"
    assert found["三成多"].qualifier == "more_than"
    assert found["二十亿元出头"].qualifier == "more_than"


def test_what_a_line_aims_at_or_who_speaks_names_nothing() -> None:
    named = _named("今年瞄准4.5%左右。\n代表：“2.15万亿元，增长5.5%。”她说。\n")
    assert says_nothing(metric_key(named["4.5%左右"]))
    assert named["2.15万亿元"] != "代表"


def test_a_clause_opened_by_its_figure_is_named_after_de() -> None:
    named = _named("城镇化率已经到了61.61%，3046公里的沙漠生态屏障也合龙了。二十亿元出头的以旧换新补贴，"
                   "拉动消费两百一十五亿元。")
    assert [named[t] for t in ("3046公里", "二十亿元出头")] == ["沙漠生态屏障", "以旧换新补贴"]


def test_what_a_sum_drives_is_no_name_of_it() -> None:
    named = _named("以旧换新补贴34.38亿元带动消费261.6亿元。")
    assert [named[t] for t in ("34.38亿元", "261.6亿元")] == ["以旧换新补贴", "带动消费"]


def test_a_bullet_a_heading_s_bracket_and_a_title_bar_part_a_name() -> None:
    found = {f.text: f.metric for f in extract_text(
        "甘南速览｜去年GDP增长5.1%\n【一句话看报告】全区地区生产总值1234亿元\n▶固投增长5%左右\n"
        "| 指标 | 新认定12家 |\n", "brief.txt")}
    assert found["5.1%"] == "去年GDP增长"
    assert found["1234亿元"] == "地区生产总值"  # (全区: its scope)
    assert found["5%左右"] == "固投增长"
    assert found["12家"] == "新认定"


def test_a_thousand_that_begins_a_unit_ends_a_chinese_numeral() -> None:
    found = {f.text: (f.value, f.unit) for f in extract_text(
        "装机达到三千万千瓦，管网延长两千千米，产量一千二百万千瓦时。", "plan.txt")}
    assert found == {"三千万千瓦": (30000000, "千瓦"), "两千千米": (2000, "千米"),
                     "一千二百万千瓦时": (12000000, "千瓦时")}


def test_a_caption_s_bar_labels_its_figure_and_an_arrow_is_its_change() -> None:
    found = {f.text: f.metric for f in extract_text(
        "▌经济总量\nGDP | 48000亿元\n增速 | 2024年 ↑5.8%　2025年目标 5.5%左右\n", "card.txt")}
    assert found["48000亿元"] == "GDP"
    assert found["5.8%"] == "增速↑"
    assert found["5.5%左右"].startswith("增速")



def test_a_figure_in_brackets_or_before_an_arrow_is_named_after_them() -> None:
    # a 数说 poster: each line opens with its figures, in 【】 or before an arrow
    named = _named("【5696亿元】全区地区生产总值\n【6%、5.2%】一产、二产增加值增速\n"
                   "6.9% → 规上工业增加值\n四十件 → 民生实事，全部完成\n【两个确立】不是数字\n")
    assert named == {"5696亿元": "地区生产总值", "6%": "一产增加值增速",
                     "5.2%": "二产增加值增速", "6.9%": "规上工业增加值", "四十件": "民生实事"}


def test_another_places_figure_of_the_metric_before_takes_its_name() -> None:
    named = _named("安徽规上工业增加值增长9.4%，在三省中居首；浙江增长6.9%。"
                   "上海地方一般公共预算收入增长2%，江苏同为2%。")
    assert [named[t] for t in ("6.9%", "2%")] == [
        "浙江规上工业增加值增长", "江苏地方一般公共预算收入增长"]


def test_a_quote_that_holds_a_figure_is_no_name() -> None:
    named = _named("报告提出，GDP“增长4.5%左右”，城镇新增就业“年均超过46万人”，落实“十四五”规划。")
    assert named == {"4.5%左右": "GDP增长", "超过46万人": "城镇新增就业年均"}


def test_a_spoken_change_from_one_level_to_another_names_both() -> None:
    # a short video's script: 涨到 and 提到了 lead to a level, as 增加到 does; a topic told
    # before its comma names the change after it; 已经到了 only says it got there; a cue in
    # brackets before a caption's words is no part of its name
    named = _named("【字幕】河北经济总量：将近五万亿！\n"
                   "全省生产总值是三万六千多亿，去年已经到了将近五万一千亿。\n"
                   "居民人均可支配收入从两万七千多元涨到三万六千多元。\n"
                   "可再生能源占电力装机的比重，从不到一半提到了七成多。\n")
    assert named == {"将近五万亿": "河北经济总量", "三万六千多亿": "生产总值",
                     "将近五万一千亿": "生产总值", "两万七千多元": "居民人均可支配收入",
                     "三万六千多元": "居民人均可支配收入", "不到一半": "可再生能源占电力装机比重",
                     "七成多": "可再生能源占电力装机比重"}


def test_parallel_subjects_share_the_last_one_s_measure_and_a_cause_is_no_subject() -> None:
    named = _named("消费品以旧换新带动限上新能源汽车、节能家电零售额分别增长21.2%、39.5%。")
    assert named["21.2%"] == "限上新能源汽车零售额增长"
    assert named["39.5%"] == "节能家电零售额增长"
    assert _named("城镇、农村居民人均可支配收入分别增长5.1%和7.6%。")["5.1%"] == (
        "城镇居民人均可支配收入增长")


def test_a_sum_in_chinese_numerals_and_a_scale_word_takes_its_qualifier() -> None:
    figure = next(f for f in extract_text("重大项目完成投资一万亿以上。", "a.txt"))
    assert (figure.text, figure.qualifier, figure.metric) == ("一万亿以上", "at_least",
                                                               "重大项目完成投资")
    assert [f.text for f in extract_text("市级以上单位3家。", "a.txt")] == ["3家"]


def test_spoken_approximations_read_as_more_than_their_told_digits() -> None:
    found = {f.text: (f.qualifier, str(f.interval), f.unit) for f in extract_text(
        "电力总装机三个多亿千瓦，利润增长百分之五点几，增速高出5点几个百分点。", "chat.txt")}
    assert found["三个多亿千瓦"] == ("more_than", "(300000000, 400000000)", "千瓦")
    assert found["百分之五点几"] == ("more_than", "(5, 6)", "%")
    assert found["5点几个百分点"][:2] == ("more_than", "(5, 6)")
    # (个多 before a scale word only: 一个多元化的市场 holds no figure)
    assert [f.text for f in extract_text("一个多元化的市场有3家。", "a.txt")] == ["3家"]


def test_a_first_time_between_name_and_figure_is_no_part_of_the_name() -> None:
    assert _named("对共建一带一路国家进出口占比第一次超过一半。")["超过一半"] == (
        "共建一带一路国家进出口占比")


def test_a_figure_after_an_arrow_from_another_is_named_as_that_one() -> None:
    named = _named("【字幕】可再生能源装机占比　47.6%→73.4%\n")
    assert named["73.4%"] == named["47.6%"] == "可再生能源装机占比"
