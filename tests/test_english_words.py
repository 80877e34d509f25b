"""English names compared word by word (checker/english_words.py), on report and news prose."""

from __future__ import annotations

from checker import english_words
from checker.align import align, pair
from checker.extraction import extract_text
from checker.rounding import agree


def test_content_words_leave_out_small_words_and_fold_forms() -> None:
    # The metric of "the jobless rate fell to 6.5 per cent" and of "the unemployment rate".
    assert english_words.words("the jobless rates") == ("unemploy", "rat")
    assert english_words.words("unemployment rate") == ("unemploy", "rat")
    assert english_words.words("output per hour slipping") == ("output", "hour", "fall")
    # The value compared with (down from 6.9 per cent) says so in its name, but "compared"
    # tells no metric apart: its period does (6.9% in Dec-Feb is the rate for Dec-Feb).
    assert english_words.words("jobless rate compared") == ("unemploy", "rat")


def test_a_rewrite_that_leaves_out_words_still_pairs() -> None:
    names = [english_words.key(m) for m in (
        "rate paid on required and excess reserve balances", "increase in the discount rate")]
    other = [english_words.key(m) for m in (
        "interest rates on required and excess reserve balances", "board also approved")]
    weights = english_words.Weights.of(names, other)
    assert english_words.score(names[0], other[0], weights) >= 72
    assert english_words.score(names[1], other[0], weights) < 72


def test_a_word_that_is_rare_in_the_pair_decides_over_a_common_one() -> None:
    # "rate" is in every name of both documents, "participation" tells them apart.
    left = [english_words.key(m) for m in ("participation rate", "unemployment rate")]
    right = [english_words.key(m) for m in ("reserve bank left the cash rate",
                                            "jobless rate")]
    weights = english_words.Weights.of(left, right)
    assert english_words.score(left[0], right[0], weights) < 72
    assert english_words.score(left[1], right[1], weights) >= 72


def test_a_level_pairs_with_the_level_and_not_with_the_change_before_it() -> None:
    release = extract_text(
        "The number of apprentices increased by 21,000 to reach 0.74 million. The number of "
        "self-employed people increased by 86,000 to reach 4.91 million.", "release.txt")
    article = extract_text(
        "The number of self-employed people also went up, to 4.9 million.", "article.txt")
    pairs = [(a.text, b.text) for a, b, _ in pair(release, article).pairs]
    assert pairs == [("4.91 million", "4.9 million")]


def test_a_limit_capped_in_the_news_is_the_limit_of_the_release() -> None:
    # A central bank's note against a news story: the per-counterparty limit of $25 billion
    # told as "each counterparty capped at $25 million" (a slip the check must then report).
    release = extract_text(
        "The desk will also conduct reverse repurchase operations, subject to a "
        "per-counterparty limit of $25 billion per day.", "note.txt")
    article = extract_text(
        "Each counterparty will be capped at $25 million a day.", "story.txt")
    pairs = {(a.text, b.text) for a, b, _ in pair(release, article).pairs}
    assert ("$25 billion", "$25 million") in pairs


def test_a_place_is_a_scope_said_or_left_unsaid() -> None:
    # A UK release names no country; the story says "UK unemployment" and compares it with
    # the US rate: the UK figure pairs with the release's rate, the US one only with the US.
    release = [english_words.key(m) for m in (
        "unemployment rate", "unemployment rate for the united states", "employment rate")]
    story = [english_words.key(m) for m in ("uk unemployment", "us unemployment rate")]
    weights = english_words.Weights.of(release, story)
    assert english_words.score(release[0], story[0], weights, rates=True) >= 72
    assert english_words.score(release[1], story[1], weights, rates=True) >= 72
    assert english_words.score(release[1], story[0], weights, rates=True) == 0.0


def test_statistics_named_in_full_and_in_brief_and_places_both_name_pair() -> None:
    release = extract_text(
        "Gross fixed capital formation increased by 2.4% in Q1 2014. Household final "
        "consumption expenditure increased by 0.8%. GDP in the euro area rose by 0.2% in "
        "Q1 2014.", "release.txt")
    story = extract_text(
        "Fixed investment climbed 2.4 per cent. Household spending rose 0.8 per cent. The "
        "eurozone grew 0.2 per cent.", "story.txt")
    assert [(a.text, b.text) for a, b, _ in pair(release, story).pairs] == [
        ("2.4%", "2.4 per cent"), ("0.8%", "0.8 per cent"), ("0.2%", "0.2 per cent")]


def test_a_figure_told_again_in_other_small_words_is_one_statement() -> None:
    release = extract_text("The unemployment rate was 5.1 percent in September.", "r.txt")
    story = extract_text(
        "Fed holds rates\n\nThe jobless rate held at 5.1 percent in September, officials "
        "said.\n\nFACTBOX\n"
        "Unemployment rate, September: 5.1 percent\n", "story.txt")
    groups = [sorted(f.document for f in g.figures) for g in align([release, story])]
    assert ["r.txt", "story.txt", "story.txt"] in groups


def test_a_lone_equal_value_pairs_when_its_clause_says_the_same_and_not_otherwise() -> None:
    # The story's name is half a sentence; its clause names the reserves the release names.
    release = extract_text(
        "The Board of Governors voted unanimously to raise the interest rate paid on required "
        "and excess reserve balances to 0.50 percent. The Committee expects the unemployment "
        "rate to be 4.7 percent.", "release.txt")
    story = extract_text(
        "To make the rise stick, the Fed's Board of Governors voted to pay 0.5 percent on "
        "required and excess reserves held by banks. Mortgage rates were little changed at 4.7 "
        "percent, brokers said.", "story.txt")
    assert [(a.text, b.text) for a, b, _ in pair(release, story).pairs] == [
        ("0.50 percent", "0.5 percent")]  # 4.7 percent: one value, two quantities


def test_how_a_quantity_is_measured_is_no_part_of_its_name() -> None:
    assert english_words.words("GDP in real terms rise") == english_words.words("gdp rise")
    assert english_words.words("retail sales, seasonally adjusted") == \
        english_words.words("retail sales")


def test_a_central_banks_words_for_one_thing_are_one_word() -> None:
    key = english_words.key
    assert key("IOER") == key("interest on excess reserves") == key("interest on reserves")
    assert key("rate paid on required and excess reserve balances") == key("IOER")
    assert key("longer-run goal") == key("longer-run objective")
    assert key("claimant count") == key("claimants") == key("claiming JSA")


def test_a_rise_and_a_fall_of_one_name_pair_below_it_and_disagree() -> None:
    rise, fall, other = (english_words.key(m) for m in (
        "unit wage costs rise", "unit wage costs fall", "output per hour fall"))
    weights = english_words.Weights.of([fall, other], [rise])
    opposed = english_words.score(fall, rise, weights, rates=True)
    assert 0 < opposed == english_words.score(rise, rise, weights, rates=True) - \
        english_words.OPPOSED
    assert english_words.score(other, rise, weights, rates=True) == 0
    release = extract_text("Unit wage costs decreased by 1.8%.", "release.txt")[0]
    story = extract_text("Unit wage costs rose 1.8%.", "story.txt")[0]
    assert not agree(release, story)


def test_the_press_s_names_for_the_fed_s_gauge_its_reserves_rate_and_value_added() -> None:
    # each value stated twice in the release: the names alone decide
    release = extract_text(
        "The PCE price index rose 0.9 percent over the year. Import prices rose 0.9 percent. "
        "The discount rate was raised to 0.75 percent. The interest rate on required and excess "
        "reserve balances was raised to 0.75 percent. Exports grew 0.6%. Gross value added "
        "grew 0.6% in the quarter.", "release.txt")
    story = extract_text(
        "The Fed's preferred inflation gauge was up 0.9 percent. The rate on excess reserves is "
        "0.75 percent. GVA grew 0.6 per cent.", "story.txt")
    assert {(a.metric, b.text) for a, b, _ in pair(release, story).pairs} == {
        ("pce price index rise", "0.9 percent"),
        ("interest rate on required and excess reserve balances", "0.75 percent"),
        ("gross value rise", "0.6 per cent")}


def test_an_inflation_target_is_the_inflation_objective() -> None:
    release = extract_text("Inflation is expected to rise to the Committee's longer-run inflation "
                           "objective of 2 percent. Wages rose 2 percent.", "release.txt")
    story = extract_text("Inflation should return to the Fed's inflation target of 2 percent.",
                         "story.txt")
    assert [(a.metric, b.metric) for a, b, _ in pair(release, story).pairs] == [
        ("committee's longer-run inflation objective", "fed's inflation target")]


def test_stockbuilding_and_the_savings_rate_are_their_releases_names() -> None:
    assert english_words.key("inventories") == english_words.key("stockbuilding")
    assert english_words.key("saving ratio") == english_words.key("savings rate")


def test_statistics_called_by_their_initials_are_their_names() -> None:
    assert english_words.key("eci rise") == english_words.key("employment cost index rise")
    assert english_words.key("ahe") == english_words.key("average hourly earnings")


def test_growth_alone_is_the_economy_s() -> None:
    assert english_words.key("growth") == english_words.key("gdp rise")
    assert english_words.key("wage growth") != english_words.key("gdp rise")


def test_the_press_s_plain_words_for_a_release_s_statistics_pair() -> None:
    # every value is stated of three things: only the names can pair them
    release = extract_text(
        "Business investment increased by 0.6% in Q1 2014. Exports increased by 0.6%. Job "
        "vacancies increased by 0.6%.", "release.txt")
    story = extract_text(
        "Exporters' sales abroad rose 0.6 per cent. Spending by firms rose 0.6 per cent. Job "
        "openings grew 0.6 per cent.", "story.txt")
    paired = {(a.metric, b.metric) for a, b, _ in pair(release, story).pairs}
    assert [b for a, b in sorted(paired)] == [
        "spending by firms rise", "exporters' sales abroad rise",
        "job openings rise"]


def test_ages_pay_without_bonuses_and_the_inactive_are_named_as_the_release_names_them() -> None:
    key = english_words.key
    assert set(key("youth unemployment").split()) == set(key("unemployment for 16-24 year olds").split())
    assert key("regular pay rise") == key("pay excluding bonuses rise")
    assert key("economic inactivity rate") == key("economically inactive rate")
    assert key("joblessness") == key("unemployment")
    assert key("regular pay rise") != key("total pay rise")
    assert "youth" not in key("share of 16 to 64 year olds in work")  # (working age)
