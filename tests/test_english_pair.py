"""An English statistics release and a newspaper article that repeats 35 of its figures
(en_pair_*): extraction against the hand labels, alignment against the key of shared figures,
and the general rules of English metric naming that the pair showed, each on its own text."""

from __future__ import annotations

from decimal import Decimal

import pytest
import yaml

from checker import Document, extract, extract_text, load
from checker.align import Alignment, align, metric_key, pair
from checker.extraction import Figure
from checker.rounding import agree
from tests.conftest import FIXTURES, mismatched


def _labels(name: str) -> list[dict[str, object]]:
    loaded: list[dict[str, object]] = yaml.safe_load(
        (FIXTURES / name).read_text(encoding="utf-8"))
    return loaded


def _shared(release: str, story: str) -> list[Alignment]:
    """The groups of a release and a story that hold figures of both."""
    groups = align([extract_text(release, "release.txt"), extract_text(story, "story.txt")])
    return [group for group in groups if len(group.documents) > 1]


THRESHOLDS = {"en_pair_release": (0.99, 0.99), "en_pair_article": (0.99, 0.99)}


@pytest.mark.parametrize("name", sorted(THRESHOLDS))
def test_pair_document_extraction_against_labels(name: str) -> None:
    recall, precision = THRESHOLDS[name]
    found = {(f.line, f.column): f for f in extract(load(FIXTURES / f"{name}.txt"))}
    wanted = {(e["line"], e["column"]): e for e in _labels(f"{name}.yaml")}
    matched = [key for key in wanted if key in found]
    assert len(matched) / len(wanted) >= recall, sorted(set(wanted) - set(found))
    assert len(matched) / len(found) >= precision, sorted(set(found) - set(wanted))
    agree = [key for key in matched
             if (found[key].value, found[key].unit, found[key].qualifier)
             == (Decimal(str(wanted[key]["value"])), wanted[key]["unit"],
                 wanted[key]["qualifier"])]
    assert len(agree) / len(matched) >= 0.97


@pytest.mark.parametrize("name", sorted(THRESHOLDS))
def test_pair_document_non_figures(name: str) -> None:
    figures = extract(load(FIXTURES / f"{name}.txt"))
    hits = [item for item in _labels(f"{name}_nonfigures.yaml") if any(
        f.line == item["line"] and f.column < int(str(item["column"])) + len(str(item["text"]))
        and int(str(item["column"])) < f.column + len(f.text) for f in figures)]
    assert not hits


def _pairing() -> tuple[dict[tuple[int, str], tuple[int, str]], set[tuple[int, str]]]:
    release = extract(load(FIXTURES / "en_pair_release.txt"))
    article = extract(load(FIXTURES / "en_pair_article.txt"))
    result = pair(release, article)
    partner = {(b.line, b.text): (a.line, a.text) for a, b, _ in result.pairs}
    paired_release = {(a.line, a.text) for a, _, _ in result.pairs}
    return partner, paired_release


def test_pair_alignment_finds_the_shared_figures_and_no_trap() -> None:
    partner, paired_release = _pairing()
    right = 0
    for item in _labels("en_pair_key.yaml"):
        article, release = item["article"], item["release"]
        assert isinstance(article, dict) and isinstance(release, dict)
        options = [release, *item.get("also", [])]  # type: ignore[list-item]
        got = partner.get((article["line"], article["text"]))
        right += got in [(o["line"], o["text"]) for o in options]
    assert right >= 27
    only = _labels("en_pair_only.yaml")
    assert not [o for o in only if o["document"] == "article"
                and (o["line"], o["text"]) in partner]
    assert not [o for o in only if o["document"] == "release"
                and (o["line"], o["text"]) in paired_release]


def _figures(text: str) -> dict[str, Figure]:
    return {f.text: f for f in extract_text(text)}


def _metrics(text: str) -> dict[str, str]:
    return {f.text: f.metric for f in extract_text(text)}


def test_subject_is_found_past_an_aside() -> None:
    assert _metrics("Wages rose 2%. Trimmed mean inflation, the preferred measure of "
                    "underlying inflation, was 3.1 per cent.")["3.1 per cent"] == (
        "trimmed mean inflation")
    assert _metrics("Rents, up 6.8%, remain the biggest source of pressure.")["6.8%"] == (
        "rents rise")
    assert _metrics("Unemployment in the Far North, at 6.9%, remains high.")["6.9%"] == (
        "unemployment in the far north")
    assert _metrics("Retail turnover, published separately last week, rose 3.1% in the "
                    "quarter.")["3.1%"] == "retail turnover rise"
    assert _metrics("Services, which make up most of output, expanded by 0.9 per cent."
                    )["0.9 per cent"] == "services rise"


def test_change_keeps_its_direction_and_a_level_after_to_does_not() -> None:
    metrics = _metrics("Employment rose by 21,400 in the quarter. Employment reached "
                       "3.18 million. The unemployment rate fell by 0.2 points to 4.1%. "
                       "Dwelling approvals rose 8.4 per cent to 12,480.")
    assert metrics["21,400"] == "employment rise"
    assert metrics["3.18 million"] == "employment"
    assert metrics["0.2 points"] == "unemployment rate fall"
    assert metrics["4.1%"] == "unemployment rate"
    assert metrics["8.4 per cent"] == "dwelling approvals rise"
    assert metrics["12,480"] == "dwelling approvals"
    assert _metrics("The median price was $742,000, 5.6% higher than a year earlier."
                    )["5.6%"] == "median price rise"
    assert _metrics("Exports grew by 2.4 percent and imports by 1.7 percent."
                    )["1.7 percent"] == "imports rise"


def test_figure_without_subject_takes_the_one_before_in_its_sentence() -> None:
    metrics = _metrics("Over the year employment grew by 62,700, or 2.0 per cent. Annual "
                       "inflation eased to 2.9%, down from 3.4% in the June quarter.")
    assert metrics["2.0 per cent"] == "employment rise"  # when is no part of what
    assert metrics["2.9%"] == "annual inflation"
    assert metrics["3.4%"] == "annual inflation compared"  # when it was is its period
    assert _metrics("Net debt stood at $61.9 billion, or 16.7 per cent of GSP."
                    )["16.7 per cent"] == "net debt share of gsp"
    assert _metrics("Nominal GDP was EUR 148 billion; over the year it reached €586 billion."
                    )["€586 billion"] == "nominal gdp"


def test_trailing_phrases_and_repeats_are_not_the_metric() -> None:
    metrics = _metrics("Adults now earn $1,912 a week, up from $1,840 a year ago. Exports "
                       "to the United Kingdom were £250m ($492 million).")
    assert metrics["$1,912"] == "adults"
    assert metrics["$1,840"] == "adults a year ago"
    assert metrics["£250m"] == metrics["$492 million"] == "exports to the united kingdom"
    repeat = _metrics("Visitor arrivals were nearly 2 million (1,965,000) in the quarter.")
    # (the exact value in brackets names what the rounded one names: a retelling may give
    # either, and the release's 1,965,000 pairs with it)
    assert repeat == {"nearly 2 million": "visitor arrivals", "1,965,000": "visitor arrivals"}
    assert _metrics("Capital spending of $3.4 billion included $820 million on schools."
                    ) == {"$3.4 billion": "capital spending",
                          "$820 million": "capital spending on schools"}


def test_people_are_named_by_what_is_said_of_them() -> None:
    metrics = _metrics("There were 136,200 unemployed people. Some 136,200 people are out of "
                       "work. Only 10,350 homes were finished. The population was 8.47 "
                       "million, an increase of 1.7% or 141,800 people.")
    assert metrics["136,200"] == "unemployed"
    assert metrics["Some 136,200"] == "out of work"
    assert metric_key(metrics["136,200"]) == metric_key(metrics["Some 136,200"])
    assert metrics["10,350"] == "homes finished"
    assert metrics["1.7%"] == metrics["141,800"] == "population rise"


def test_possessive_and_part_of_a_count() -> None:
    metrics = _metrics("The Capital region accounted for 58.2 per cent of new jobs, and its "
                       "unemployment rate was 3.2%. Employment increased in 9 of the 12 "
                       "regions.")
    assert metrics["58.2 per cent"] == "capital region share of new jobs"
    assert metrics["3.2%"] == "capital region unemployment rate"
    assert metrics["9"] == "regions employment rise"
    assert metrics["12"] == "regions"


def test_english_synonyms_compare_as_one_name() -> None:
    assert metric_key("sales to britain") == metric_key("sales to united kingdom")
    assert metric_key("gross state product rise") == metric_key("economy rise")
    assert metric_key("jobs rise") == metric_key("employment rise")
    assert metric_key("job vacancies") != metric_key("employment vacancies")  # whole words
    assert metric_key("bulk exports") == "bulkexports"  # uk only as a word


def test_table_row_label_gives_unit_and_scale() -> None:
    text = ("Indicator\tQ3 2025\tQ2 2025\n"
            "Employment (thousands)\t3,184.6\t3,163.2\n"
            "Unemployment rate (%)\t4.1\t4.3\n")
    figures = _figures(text)
    assert (figures["3,184.6"].value, figures["3,184.6"].unit) == (Decimal(3184600), None)
    assert (figures["4.1"].value, figures["4.1"].unit, figures["4.1"].kind) == (
        Decimal("4.1"), "%", "percent")
    assert figures["4.1"].metric == "unemployment rate (%) (q3 2025)"


def test_points_after_a_rate_are_percentage_points() -> None:
    assert _figures("The unemployment rate fell by 0.2 points.")["0.2 points"].unit == (
        "percentage points")
    assert _figures("Employment fell by 0.2 points to 4.1%.")["0.2 points"].unit == (
        "percentage points")
    assert _figures("The stock index fell 12 points.")["12 points"].unit == "point"


def test_range_partners_share_the_unit_and_are_named_as_a_range() -> None:
    figures = _figures("The rate has stayed between 3.9 and 4.4 per cent. People aged 15 to "
                       "64 years work. Sales were 2 to 3 million tonnes.")
    rate = figures["3.9 and 4.4 per cent"]  # a range is one figure (docs/figures.md)
    assert (rate.unit, rate.metric, rate.qualifier, rate.low, rate.high) == (
        "%", "rate range", "range", Decimal("3.9"), Decimal("4.4"))
    assert (figures["15 to 64 years"].unit, figures["15 to 64 years"].kind) == (
        "year", "duration")
    assert (figures["2 to 3 million tonnes"].low, figures["2 to 3 million tonnes"].high,
            figures["2 to 3 million tonnes"].unit) == (Decimal(2000000), Decimal(3000000), "tonne")
    assert _figures("Sales rose from 900 to 1.2 million.")["900 to 1.2 million"].low == Decimal(900)
    scores = _figures("Scores were 3 and 5 per cent.")  # and: a range only after between
    assert scores["3"].qualifier is None and "3 and 5 per cent" not in scores


def test_open_ended_qualifiers_and_non_figures() -> None:
    figures = _figures("People aged 65 years and over; tabled within 45 days. The target is "
                       "a 56,000-a-year pace.")
    assert figures["65 years and over"].qualifier == "at_least"
    assert figures["within 45 days"].qualifier == "at_most"
    assert figures["56,000"].value == Decimal(56000)
    texts = {f.text for f in extract_text(
        "1. Output\nGDP was $5 billion under Part 3 of the code.\n2) Employment\nCall "
        "(08) 9222 4150 today.\n")}
    assert texts == {"$5 billion"}


def test_numbers_written_as_words() -> None:
    figures = _figures("Nearly two million visitors came, about twelve per cent more, and "
                       "employment increased in eight of the 11 regions. Services make up "
                       "three-quarters of output; one in five employed people works in health "
                       "care. Wages have risen for six quarters in a row. Two of the three "
                       "economists agree.")
    nearly = figures["Nearly two million"]
    assert (nearly.value, nearly.qualifier, nearly.low, nearly.high) == (
        Decimal(2000000), "nearly", Decimal(1800000), Decimal(2000000))
    twelve = figures["about twelve per cent"]
    assert (twelve.value, twelve.unit, twelve.place) == (Decimal(12), "%", Decimal(1))
    assert (figures["eight"].value, figures["eight"].metric) == (
        Decimal(8), "regions employment rise")
    assert (figures["three-quarters"].value, figures["three-quarters"].kind) == (
        Decimal("0.75"), "ratio")
    assert figures["three-quarters"].metric == "services share of output"
    assert (figures["one in five"].value, figures["one in five"].metric) == (
        Decimal("0.2"), "share of employed")
    assert (figures["six quarters"].kind, figures["six quarters"].value) == (
        "duration", Decimal(6))
    assert figures["Two"].value == Decimal(2) and figures["three"].metric == "economists agree"
    twenty = _figures("The city opened twenty new schools and twenty-five clinics this year.")
    assert (twenty["twenty"].place, twenty["twenty-five"].value) == (Decimal(10), Decimal(25))


def test_word_numerals_that_are_not_figures() -> None:
    texts = {f.text for f in extract_text(
        "One of the regions grew, and no one expects the two of them to merge. The "
        "third quarter was the twelfth rise in a row; a two-year plan starts. "
        "Employment rose by 3,000 over twelve months.")}
    assert texts == {"3,000", "twelve months", "two-year"}  # a two-year plan: 2 year


def test_changes_and_levels_after_a_figure() -> None:
    metrics = _metrics("The number of people out of work rose by 142,000 to 1.6 million. The "
                       "number of vacancies decreased by 10,000 on the quarter to 717,000. "
                       "Regular pay was up 4.7 per cent, down from 4.8 per cent.")
    assert metrics["142,000"] == "number of people out of work rise"  # not a range
    assert metrics["1.6 million"] == "number of people out of work"
    assert metrics["717,000"] == "number of vacancies"  # on the quarter says when
    assert metrics["4.8 per cent"] == "regular pay compared"
    figures = _figures("Sales rose from 9 to 12 million tonnes.")  # one range
    assert (figures["9 to 12 million tonnes"].unit, figures["9 to 12 million tonnes"].low,
            figures["9 to 12 million tonnes"].high, figures["9 to 12 million tonnes"].metric) == (
        "tonne", Decimal(9000000), Decimal(12000000), "sales range")


def test_subject_after_a_verb_of_saying_and_small_words() -> None:
    metrics = _metrics("The minister said two-thirds of the rise in borrowing was interest. "
                       "The youth unemployment rate for those aged under 25 years stood at "
                       "11.2 percent. The OECD average was 1.6 percent.")
    assert metrics["two-thirds"] == "share of rise"
    assert metrics["11.2 percent"] == "youth unemployment rate"
    assert metrics["1.6 percent"] == "oecd average"


def test_budget_prose() -> None:
    figures = _figures("The deficit is forecast at $38.2 billion, compared with a surplus of "
                       "$15.8 billion last year. Spending on the scheme is expected to grow by "
                       "an average of 10.3% a year, reaching $64.3 billion. Tax receipts are "
                       "estimated to be $11.6 billion higher than forecast. A payment of $250 "
                       "to 5.3 million households begins soon; the top 10 projects cost most.")
    assert {text: f.metric for text, f in figures.items()} == {
        "$38.2 billion": "deficit", "$15.8 billion": "surplus",
        "10.3%": "spending on the scheme rise", "$64.3 billion": "spending on the scheme",
        "$11.6 billion": "tax receipts rise", "$250": "payment",
        "5.3 million": "households"}
    assert (figures["5.3 million"].unit, figures["$250"].value) == ("household", Decimal(250))


def test_a_noun_phrase_completed_by_of_names_its_figure() -> None:
    # an FOMC implementation note: the cap is named by its own phrase, not by the rate before
    found = _figures("The Desk is directed to conduct overnight reverse repurchase operations at "
                     "an offering rate of 0.25 percent, in amounts limited only by the value of "
                     "securities held outright and by a per-counterparty limit of $30 billion "
                     "per day. Unemployment fell to a rate of 6.5%.")
    assert found["$30 billion"].metric == "per-counterparty limit"
    assert found["0.25 percent"].metric == "offering rate"
    assert "unemployment" in found["6.5%"].metric  # a rate of: the kind of number only


def test_revisions_listed_with_one_verb_state_two_levels_each() -> None:
    release = extract_text(
        "Gross fixed capital formation increased by 2.4% in Q1 2014. Construction output "
        "increased by 1.5% in Q1 2014.", "release.txt")
    story = extract_text(
        "Business investment growth was revised up from 2.7 per cent to 5.0 per cent, total "
        "fixed investment from 0.6 per cent to 2.4 per cent, and construction output from "
        "0.9 per cent to 1.5 per cent.", "story.txt")
    assert [f.metric for f in story] == ["business investment growth range",
                                         "fixed investment range", "construction output range"]
    paired = {(a.text, b.text) for a, b, _ in pair(release, story).pairs}
    assert ("1.5%", "1.5 per cent") in paired


def test_a_contribution_given_in_per_cent_pairs_with_points() -> None:
    release = extract_text("Net trade made a positive contribution of 0.3% to GDP growth.",
                           "release.txt")
    story = extract_text("Net trade added 0.3 points to growth.", "story.txt")
    assert [(a.text, b.text) for a, b, _ in pair(release, story).pairs] == [("0.3%", "0.3 points")]


def test_a_number_without_unit_pairs_only_with_one_of_its_size() -> None:
    note = extract_text("Overnight operations are capped by a per-counterparty limit of "
                        "$30 billion per day.", "note.txt")
    blog = extract_text("Strategists' view of the corridor. Limit: 50", "blog.txt")
    assert not pair(note, blog).pairs


def test_a_name_that_says_only_a_rise_restates_no_other_figure() -> None:
    shared = _shared("Services output increased by 2.8% between Q1 2013 and Q1 2014. Japan's "
                     "economy, having risen for five quarters, increased by 2.8%.",
                     "Services output rose 2.8 per cent over the year.")
    assert [[f.text for f in g.figures] for g in shared] == [["2.8%", "2.8 per cent"]]
    assert "japan" not in shared[0].figures[0].metric


def test_a_value_of_many_digits_outweighs_a_name_told_alike_elsewhere() -> None:
    shared = _shared(
        "The number of unemployed people fell by 121,000 (to 2.12 million) on the quarter. "
        "24,000 people had been unemployed for over two years, 24,000 fewer than a year ago.",
        "There were 121,000 fewer unemployed people than in the previous quarter.")
    assert [[f.text for f in g.figures] for g in shared] == [["121,000", "121,000"]]


def test_consumer_prices_are_the_consumer_prices_index() -> None:
    shared = _shared("Wages rose 0.3%. The Consumer Prices Index increased by 1.5% in the year "
                     "to May 2014. Output rose 1.5% in the quarter.",
                     "Consumer prices climbed 1.5% over the year.")
    assert [[f.metric for f in g.figures] for g in shared] == [
        ["consumer prices index rise", "consumer prices rise"]]


def test_a_contribution_knocked_off_agrees_with_its_minus() -> None:
    release = extract_text("In Q1 2014, agriculture contributed minus 0.2 percentage points to the "
                           "overall movement in output per hour, and construction contributed "
                           "minus 0.1 percentage points.", "release.txt")
    story = extract_text("Agriculture knocked 0.2 percentage points off the overall movement and "
                         "construction a further 0.1 point.", "story.txt")
    result = pair(release, story)
    assert len(result.pairs) == 2
    assert all(agree(a, b) for a, b, _ in result.pairs)


def test_a_fact_told_under_two_names_scores_by_the_nearer() -> None:
    # The release names its 1.3% twice (in current prices; at current market prices), and
    # states 1.3% of other things too; the story uses the second name, which the release's
    # 4.7% of the year also bears: its 1.3% pairs with the release's, nearly as near as the
    # 4.7%s are (the release's other names for it would leave it unpaired).
    release = extract_text(
        "GDP in volume terms grew by 0.8% in Q1 2014. GDP in current prices was estimated to "
        "have increased by 1.3% between Q4 2013 and Q1 2014. Imports fell by 1.3% in Q4 "
        "2013. Exports of goods fell by 1.3% in Q1 2014.\n\nGDP at current market prices "
        "rose by 1.3% in Q1 2014. Compared with the same quarter a year ago, GDP at current "
        "market prices increased by 4.7%.", "release.txt")
    story = extract_text("In cash terms, GDP at current market prices rose 1.3% in the "
                         "quarter and 4.7% over the year.", "story.txt")
    scores = {(a.text, b.text): score for a, b, score in pair(release, story).pairs}
    assert scores[("1.3%", "1.3%")] >= scores[("4.7%", "4.7%")] - 5


def test_a_run_told_otherwise_pairs_with_the_release_s_count() -> None:
    shared = _shared("The claimant count fell by 36,300 in June. It has fallen for 20 "
                     "consecutive months.",
                     "Claimants fell 36,300 in June and have now fallen twenty months running.")
    assert sorted(sorted(f.text for f in g.figures) for g in shared) == [
        ["20", "twenty months"], ["36,300", "36,300"]]


def test_a_change_told_in_the_opposite_direction_is_a_mismatch() -> None:
    # The story flips the release's fall of 0.2% into a rise; the release also gives the
    # same income's rises of other years, whose names are nearer (no change word against
    # "rise"): the change of one size still pairs, and is reported as a mismatch.
    release = Document.from_text(
        "Real households' disposable income fell by 0.2% between Q4 2013 and Q1 2014.\n\n"
        "For the year 2013, real household disposable income decreased by 0.3% following a "
        "rise of 2.5% in 2012.", "release.txt")
    story = Document.from_text("Real household disposable income rose 0.2 percent "
                               "quarter-on-quarter, the statistics office said.", "story.txt")
    mismatches = mismatched(release, story)
    assert mismatches == [["0.2 percent", "0.2%"]]


def test_a_value_said_again_without_a_name_joins_its_statement() -> None:
    # a list's bare "- 0.8%" restates the one 0.8% of its story; where two facts of the
    # story have the value, it is neither's
    release = "Gross domestic product rose by 0.8% in Q1 2014. Services output rose by 1.0%."
    once = _shared(release, "Britain's economy grew 0.8 per cent in the first quarter, "
                            "services 1 per cent.\n\n- 0.8%\n")
    assert [sorted(f.text for f in g.figures) for g in once] == [
        ["0.8 per cent", "0.8%", "0.8%"], ["1 per cent", "1.0%"]]
    twice = _shared(release, "Britain's economy grew 0.8 per cent in the first quarter, "
                             "and wages 0.8 per cent.\n\n- 0.8%\n")
    assert all(len(g.figures) == 2 for g in twice)


def test_the_aim_an_outlook_rises_toward_pairs_with_the_aim() -> None:
    # "expects inflation to rise toward 2 percent" is read as a forecast, "their 2 percent
    # target" as an aim: one figure, the aim, told both ways
    shared = _shared("The Committee expects inflation to rise gradually toward 2 percent over "
                     "the medium term. The unemployment rate was 5.8 percent.",
                     "Officials still expect inflation to rise gradually toward their 2 percent "
                     "target.")
    assert [sorted(f.text for f in g.figures) for g in shared] == [["2 percent", "2 percent"]]


def test_a_fact_told_twice_in_words_the_repeats_miss_joins_its_group() -> None:
    # the story names the aim twice, in words its repeats do not take as one statement; the
    # second telling, with the value of the release's, joins the pair, and no rival is made
    groups = align([
        extract_text("The unemployment rate was 5.0 percent. Inflation has continued to run "
                     "below the Committee's 2 percent longer-run objective.", "release.txt"),
        extract_text("Inflation has continued to run below the 2 percent longer-run objective. "
                     "The unemployment rate was 5.0 percent. Officials noted that inflation "
                     "remained below that longer-run objective of two per cent.", "story.txt")])
    aim = next(g for g in groups if any(f.text == "two per cent" for f in g.figures))
    assert sorted(f.text for f in aim.figures) == ["2 percent", "2 percent", "two per cent"]
    assert not aim.ambiguous


def test_a_fact_told_twice_once_wrong_is_a_mismatch_of_the_wrong_telling() -> None:
    # the story tells the aim twice, the second time with a slip: that telling joins the
    # group and is reported against the release, and the right telling is in no mismatch;
    # a value the release states of another fact (the range before) is no slip
    release = Document.from_text(
        "The unemployment rate was 5.0 percent. Payrolls rose by 211,000 in November. "
        "Inflation has continued to run below the Committee's 2 percent longer-run objective. "
        "The Committee raised the target range to 1/4 to 1/2 percent; it had been 0 to 1/4 "
        "percent. Core PCE prices rose 1.3 percent.", "release.txt")
    story = Document.from_text(
        "Inflation has continued to run below the 2 percent longer-run objective. Officials "
        "noted that inflation remained below that longer-run objective of 3 per cent. The "
        "target range is now 1/4 to 1/2 percent; the target range was 0 to 1/4 percent.",
        "story.txt")
    mismatches = mismatched(release, story)
    assert mismatches == [["2 percent", "3 per cent"]]


def test_a_specific_value_with_two_digits_swapped_is_the_fact_told_wrong() -> None:
    # 794,000 is 749,000 with two digits swapped: too specific to be alike by chance, it
    # pairs with the release's count against the like-named 817,000 and is a mismatch
    release = Document.from_text(
        "There were 2.12 million unemployed people. There were 817,000 people unemployed for "
        "more than six months and 749,000 people unemployed for over 12 months.", "release.txt")
    story = Document.from_text("Some 794,000 people were out of work for over 12 months.",
                               "story.txt")
    mismatches = mismatched(release, story)
    assert mismatches == [["749,000", "Some 794,000"]]


def test_a_fact_box_line_led_by_a_dash_is_named_after_its_colon() -> None:
    figures = _figures("BY THE NUMBERS\n— 0.50 percent: interest on reserves\n"
                       "● 1 percent: discount rate\n")
    assert figures["0.50 percent"].metric == "interest on reserves"
    assert figures["1 percent"].metric == "discount rate"
