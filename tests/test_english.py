"""English report prose: the same figures, qualifiers and intervals as for Chinese."""

from __future__ import annotations

from decimal import Decimal

from checker import extract, extract_text, load
from checker.extraction import Figure
from tests.conftest import FIXTURES


def _by_text(path: str) -> dict[str, object]:
    return {f.text: f for f in extract(load(FIXTURES / path))}


def test_english_communique_values_units_and_qualifiers() -> None:
    figures = _by_text("english_communique.txt")
    gdp = figures["126,058.2 billion yuan"]
    assert (gdp.value, gdp.unit, gdp.kind, gdp.metric) == (  # type: ignore[attr-defined]
        Decimal(126058200000000), "CNY", "money", "gross domestic product")
    growth = figures["5.2 percent"]
    assert (growth.value, growth.unit, growth.kind) == (Decimal("5.2"), "%", "percent")  # type: ignore[attr-defined]
    points = figures["0.94 percentage points"]
    assert (points.kind, points.metric) == ("points", "urbanization rate rise")  # type: ignore[attr-defined]
    more = figures["More than 300 million"]
    assert (more.qualifier, more.low, more.high) == ("more_than", Decimal(300000000), None)  # type: ignore[attr-defined]
    nearly = figures["nearly 20 million"]
    assert (nearly.qualifier, nearly.low, nearly.high) == (  # type: ignore[attr-defined]
        "nearly", Decimal(18000000), Decimal(20000000))
    assert figures["About $4.67 billion"].unit == "USD"  # type: ignore[attr-defined]
    assert figures["695.41 million tonnes"].kind == "measure"  # type: ignore[attr-defined]
    assert figures["1,234"].metric == "schools"  # type: ignore[attr-defined]


def test_english_non_figures_are_left_out() -> None:
    texts = {f.text for f in extract(load(FIXTURES / "english_communique.txt"))}
    for not_a_figure in ("2023", "2022", "7", "2019", "3", "12", "19", "5", "2"):
        assert not_a_figure not in texts


def test_english_is_chosen_only_for_english_prose() -> None:
    assert extract_text("职工之家1.38万家，参加职工300余万人次。")[0].unit == "家"
    assert extract_text("Worker homes numbered 13,800 in 2019.")[0].value == Decimal(13800)


def test_english_change_named_by_what_follows_it() -> None:
    # A change in points named after it, whoever voted for it (FOMC implementation note).
    found = {f.text: f for f in extract_text(
        "Policymakers of the central bank also voted on Tuesday to approve a 1/2 percentage "
        "point increase in the discount rate.")}
    assert found["1/2 percentage point"].metric == "discount rate rise"


def test_english_level_reached_after_a_change_keeps_the_name() -> None:
    found = {f.text: f for f in extract_text(
        "The number of part-time employees increased by 48,000 to reach 8.12 million.")}
    assert found["8.12 million"].metric == "number of part-time employees"


def test_english_signed_change_in_brackets_is_the_change_of_the_figure_before() -> None:
    # A news story's key-figures box (ONS labour market coverage).
    found = {f.text: f for f in extract_text(
        "Key figures\n\nEmployees: 25.83m (+552,000 on a year earlier)\n"
        "Economically inactive, aged 16-64: 8.78m (-67,000 on the quarter)\n")}
    assert found["+552,000"].metric == "employees rise"
    # a fall, stated by its size as "fell by 67,000" states it (the two pair and agree)
    assert found["-67,000"].metric == "economically inactive fall"
    assert found["-67,000"].value == 67000


def test_english_signed_count_is_a_change_and_basis_marks_name_nothing() -> None:
    # A wire factbox (ONS labour market coverage): signed changes after levels, y/y marks.
    found = {f.text: f for f in extract_text(
        "* Unemployed 2.12m (-121k); on the year -383,000\n"
        "* Jobless women 956k (-25k, y/y -120k)\n"
        "* Self-employed 4.58m, y/y +404k\n")}
    assert found["-383,000"].metric == "unemployed fall"
    assert found["-383,000"].value == 383000
    assert found["-120k"].metric == "jobless women fall"
    assert found["+404k"].metric == "self-employed rise"
    assert found["+404k"].basis == "yoy"


def test_english_count_named_past_the_ages_of_the_people_counted() -> None:
    found = {f.text: f for f in extract_text(
        "In the region 2.41 million people aged 50 and over were in work in June. "
        "There were 1.2 million economically inactive people aged from 16 to 24.")}
    assert found["2.41 million"].metric == "in work"
    assert found["1.2 million"].metric == "economically inactive"


def test_english_level_after_a_record_is_no_change() -> None:
    found = {f.text: f for f in extract_text(
        "Employment grew by 61,000 on the month to a record 4.9 million.")}
    assert found["61,000"].metric == "employment rise"
    assert found["4.9 million"].metric == "employment"


def test_english_fraction_of_a_percentage_point_is_points() -> None:
    # FOMC coverage: the size of a rate move and the fall of the jobless rate.
    found = {f.text: f for f in extract_text(
        "The Fed raised rates by a quarter of a percentage point. The jobless rate has fallen "
        "by three-quarters of a percentage point over the year.")}
    quarter = found["a quarter of a percentage point"]
    assert (quarter.value, quarter.kind) == (Decimal("0.25"), "points")
    assert found["three-quarters of a percentage point"].value == Decimal("0.75")


def test_english_range_from_zero_in_words() -> None:
    found = {f.text: f for f in extract_text(
        "The Fed kept its benchmark rate in a range of zero to 0.25 percent.")}
    zero = found["zero to 0.25 percent"]
    assert (zero.qualifier, zero.low, zero.high) == ("range", Decimal(0), Decimal("0.25"))


def test_english_larger_after_a_rate_is_a_rise_and_no_name() -> None:
    found = {f.text: f for f in extract_text(
        "The economy was 3.0 per cent larger than a year earlier.")}
    assert found["3.0 per cent"].metric == "economy rise"


def test_english_level_after_an_increase_in_a_rate_is_that_rates_level() -> None:
    found = {f.text: f for f in extract_text(
        "The bank also approved a half-point increase in the discount rate, what it charges "
        "lenders for overnight loans, to 2.75 percent.")}
    assert found["a half-point"].metric == "discount rate rise"
    assert found["2.75 percent"].metric == "discount rate"


def test_english_subtracted_and_a_further_are_falls() -> None:
    # Contributions to growth in news prose: the sign is in the verb, the second one elided.
    found = {f.text: f for f in extract_text(
        "Farming subtracted two-tenths of a percentage point and mining a further 0.3 point.")}
    assert found["two-tenths of a percentage point"].metric == "farming fall"
    assert found["0.3 point"].metric == "mining fall"


def test_english_list_after_this_was_names_its_items_by_the_figure_before() -> None:
    # A statistical bulletin's bullet list: each item restates the figure before the colon.
    found = {f.text: f for f in extract_text(
        "Claimant count was 1.31 million in June. This was:\n\n"
        "down 36,000 from May,\n"
        "down 390,000 on a year earlier, and\n"
        "64,000 fewer than two years earlier.\n")}
    assert found["36,000"].metric == "claimant count fall"
    assert found["390,000"].metric == "claimant count fall"
    assert found["64,000"].metric == "claimant count fall"


def test_english_level_in_brackets_after_a_change_is_named() -> None:
    found = {f.text: f for f in extract_text(
        "On the quarter, the number of unemployed people fell by 48,000 (to 1.73 million).")}
    assert found["48,000"].metric == "number of unemployed people fall"
    assert found["1.73 million"].metric == "number of unemployed people"


def _names(text: str) -> dict[str, str]:
    """Each figure's text and metric."""
    return {f.text: f.metric for f in extract_text(text, "story.txt")}


def _figures(text: str, path: str = "story.txt") -> dict[str, Figure]:
    """Each figure by its text."""
    return {f.text: f for f in extract_text(text, path)}


def test_english_factbox_line_names_its_figure_by_its_label() -> None:
    found = _names(
        "The Fed left rates unchanged on Wednesday.\n\nFACTBOX - THE DECISION IN FIGURES\n"
        "Jobless rate, September: 5.1 percent\nCore PCE prices, 12 months to August: +1.4 "
        "percent\nPayrolls added: 142,000\n")
    assert found["5.1 percent"] == "jobless rate"
    assert found["+1.4 percent"] == "core pce prices"
    assert found["142,000"] == "payrolls added"


def test_english_fractions_of_a_scale_or_a_percent_and_adverbs_before_a_figure() -> None:
    found = {f.text: f for f in extract_text(
        "Almost three-quarters of a million people had been out of work for over a year. "
        "Half a million jobs were created. The Fed kept its rate in a range of zero to a "
        "quarter of a percent. Regular pay, which strips out bonuses, rose by only 0.7 per "
        "cent. Total pay edged up a mere 0.3 per cent.", "story.txt")}
    three = found["Almost three-quarters of a million"]
    assert (three.value, three.kind, three.unit) == (Decimal(750000), "count", "person")
    assert three.interval.low <= 749000 < three.interval.high  # said of 749,000
    assert found["Half a million"].value == 500000
    span = found["zero to a quarter of a percent"]
    assert (span.qualifier, span.interval.low, span.interval.high) == ("range", 0, Decimal("0.25"))
    assert found["0.7 per cent"].metric == "regular pay rise"  # only: no name
    assert found["0.3 per cent"].metric == "pay rise"  # edged up a mere: a rise


def test_english_pronoun_subject_takes_the_name_of_the_figure_before() -> None:
    found = {f.text: f for f in extract_text(
        "Unit labour costs fell 1.9% in 2013. They rose 0.1 per cent in the first quarter. "
        "Output per hour grew by a modest 0.2 per cent.", "story.txt")}
    assert found["0.1 per cent"].metric == "unit labour costs rise"
    assert found["0.2 per cent"].metric == "output per hour rise"


def test_english_what_grows_after_with_is_the_subject() -> None:
    found = extract_text("The latest figures show the recovery continuing with GDP in real terms "
                         "growing by 0.8% on the quarter.", "release.txt")
    assert found[0].metric == "gdp in real terms rise"


def test_english_numbers_listed_after_a_name_are_part_of_it() -> None:
    found = [f.text for f in extract_text(
        "Estimates are available at Tables 10 and 11. See Figures 3, 4 and 5. The FTSE 100 and "
        "250 fell 2%. Prices rose 2, 3 and 4 per cent.", "release.txt")]
    assert found == ["2%", "2", "3", "4 per cent"]


def test_english_figure_told_again_for_another_group_is_named_for_it() -> None:
    found = extract_text("The employment rate for men was 78.1% and for women 68.1%. "
                         "Unemployment in London was 7.1% and in Wales 6.4%. Of those aged "
                         "65, 12.3% of men and 8.4% of women were in work.", "release.txt")
    assert [f.metric for f in found if "%" in f.text] == [
        "employment rate for men", "employment rate for women", "unemployment in london",
        "unemployment in wales", "share of men", "share of women in work"]


def test_english_year_records_began_is_no_year_of_the_figure() -> None:
    found = extract_text("More than two in three women of working age now have a job, the "
                         "highest share since records began in 1971.", "story.txt")
    assert found[0].year is None


def test_english_when_a_figure_is_said_of_is_no_part_of_its_name() -> None:
    found = _names(
        "Growth of output per hour in the year to the first quarter of 2014 was 0.4%. The "
        "unemployment rate for March to May 2014 was 6.5%. The rate for the federal funds "
        "market was 0.25%.")
    assert found["0.4%"] == "growth of output per hour"
    assert found["6.5%"] == "unemployment rate"
    assert found["0.25%"] == "rate for the federal funds market"  # no time: kept


def test_english_an_age_span_from_is_no_comparison() -> None:
    found = _names("As shown in Chart 3, the economic inactivity rate for those aged from 16 to "
                   "64 for March to May 2014 was 21.7%.")
    assert found["21.7%"] == "economic inactivity rate"


def test_english_verbs_of_holding_and_running_are_no_part_of_a_name() -> None:
    found = _names("The jobless rate held at 5.0 percent, 0.7 percentage point lower than in "
                   "January. Inflation was running at 1.3 percent.")
    assert (found["5.0 percent"], found["0.7 percentage point"]) == ("jobless rate",
                                                                     "jobless rate fall")
    assert found["1.3 percent"] == "inflation"


def test_english_list_after_it_is_names_its_items_by_the_sentences_subject() -> None:
    # An ONS bulletin: the figure before the list is a run of months, which names nothing.
    found = {f.text: f for f in extract_text(
        "The number of JSA claimants has fallen for 20 consecutive months and it is:\n\n"
        "down 36,300 from May 2014,\ndown 418,900 from a year earlier.\n")}
    assert found["20"].kind == "duration"
    assert [found[t].metric for t in ("36,300", "418,900")] == [
        "number of jsa claimants fall", "number of jsa claimants fall"]


def test_english_figure_leading_its_line_is_named_after_its_colon() -> None:
    # a broadcaster's "by the numbers" box, and a fraction of a point in prose
    found = {f.text: f for f in extract_text(
        "BY THE NUMBERS\n\n0.8%: GDP growth, January to March\n\n"
        "4.7%: rise in GDP in cash terms on a year earlier\n\n"
        "The jobless rate has come down by three-quarters of a point. We meet at 10:30.\n")}
    assert [found[t].metric for t in ("0.8%", "4.7%")] == ["gdp growth", "gdp rise"]
    assert found["three-quarters of a point"].kind == "points"
    assert "10" not in found and "30" not in found


def test_a_change_named_after_its_figure_may_say_its_kind_first() -> None:
    found = _names("The figures follow the 0.4% annual rise in productivity. Prices saw a "
                   "2.1% year-on-year fall in the fourth quarter.")
    assert found["0.4%"] == "productivity rise"
    assert found["2.1%"] == "prices saw fall"  # a period after "in" names nothing


def test_what_a_change_of_a_figure_is_in_and_a_subject_before_a_verb_clause() -> None:
    found = _names(
        "Exports grew, and there was a decrease of 1.8% in unit wage costs. An increase of 3.1% "
        "in the food and drink deflator added to prices. Retail spending, when compared with a "
        "year earlier, has been rising since 2012 and was 4.2% higher in May. Wages rose by "
        "0.6%, following a 0.4% fall in April.")
    assert {text: found[text] for text in ("1.8%", "3.1%", "4.2%")} == {
        "1.8%": "unit wage costs fall", "3.1%": "food and drink deflator rise",
        "4.2%": "retail spending rise"}
    assert found["0.4%"].startswith("wages")  # the figure before's, compared with


def test_a_change_in_something_of_a_figure_is_named_by_what_changed() -> None:
    found = _names("Lower unit wage costs imply a fall in wage costs per hour of around 0.3%. "
                   "The survey shows a rise in employment of 250,000.")
    assert [found["around 0.3%"], found["250,000"]] == [
        "wage costs per hour fall", "employment rise"]


def test_zero_is_a_level_after_a_qualifier_or_a_verb_and_no_figure_before_a_noun() -> None:
    found = {f.text: f for f in extract_text(
        "Inflation fell to zero in September. The neutral real rate is close to zero. "
        "Zero-hours contracts rose and the firm has zero tolerance.", "story.txt")}
    assert sorted(found) == ["close to zero", "zero"]
    assert (found["zero"].value, found["zero"].metric) == (0, "inflation")
    assert found["close to zero"].qualifier == "nearly"


def test_the_change_in_something_was_a_figure_names_what_changed_and_its_basis() -> None:
    found = {f.text: f for f in extract_text(
        "The 12-month change in the core PCE price index was 1.3 percent in October. Growth "
        "in exports was 2.1% in the quarter.", "story.txt")}
    assert (found["1.3 percent"].metric, found["1.3 percent"].basis) == (
        "core pce price index", "yoy")
    assert found["2.1%"].metric == "exports rise"


def test_a_figure_in_brackets_right_after_a_name_is_that_name_s_value() -> None:
    found = _names("Over the month, the jobless rate rose for older workers (4.2 percent) and "
                   "veterans (3.9 percent). Payroll employment changed little (+41,000) in "
                   "July, as imports (-2.3%) fell more than exports (-0.8%).")
    assert found["4.2 percent"].endswith("for older workers")
    assert found["4.2 percent"].startswith("jobless rate")
    assert found["3.9 percent"].startswith("jobless rate")  # the list's name, its own group
    assert found["3.9 percent"].endswith("for veterans")
    assert found["+41,000"] == "payroll employment rise"
    assert (found["-2.3%"], found["-0.8%"]) == ("imports", "exports")
    # a count in digits after the count in words: the figure before, not its noun
    found = _names("Long-term joblessness eased: almost half a million people (481,000) had "
                   "been out of work for a year.")
    assert found["481,000"] == found["almost half a million"]


def test_a_figure_set_off_by_commas_after_its_name_is_not_the_figure_before_s() -> None:
    found = _names("Both the number of idle workers, 6.3 million, and the jobless rate, 3.8 "
                   "percent, edged up in June. The participation rate, at 62.7 percent, held.")
    assert [found["6.3 million"], found["3.8 percent"], found["62.7 percent"]] == [
        "number of idle workers", "jobless rate", "participation rate"]


def test_after_a_change_and_down_from_a_month_name_the_value_compared_with() -> None:
    found = _figures(
        "The economy grew at a 2.9% annual rate in the fourth quarter after shrinking 0.7% in "
        "the third quarter. Inflation cooled to 6.4% in March, down from 6.9% in February. "
        "Hourly pay was little changed at 12.10 dollars, up 9 cents.")
    assert (found["0.7%"].metric, found["0.7%"].period) == ("economy compared", "Q3")
    assert (found["6.9%"].metric, found["6.9%"].period) == ("inflation compared", "M2")
    assert found["12.10 dollars"].metric == "hourly pay"
    assert (found["9 cents"].unit, found["9 cents"].kind) == ("USX", "money")


def test_decimals_said_aloud_are_figures_to_the_places_said() -> None:
    found = _figures(
        "HOST: Did the economy grow by nought point six per cent?\nGUEST: Yes, point six per "
        "cent, and exports rose two point three per cent. Saving fell to five point one. "
        "They spent four point two billion pounds.", "podcast.txt")
    assert {text: found[text].value for text in found} == {
        "nought point six per cent": Decimal("0.6"), "point six per cent": Decimal("0.6"),
        "two point three per cent": Decimal("2.3"), "five point one": Decimal("5.1"),
        "four point two billion pounds": Decimal(4200000000)}
    assert (found["two point three per cent"].low, found["two point three per cent"].high) == (
        Decimal("2.25"), Decimal("2.35"))
    assert found["point six per cent"].metric == ""  # Yes, …: an answer names nothing
    assert found["two point three per cent"].metric == "exports rise"


def test_an_aside_between_dashes_names_nothing_and_a_dash_opened_list_names_its_groups() -> None:
    found = _names("The employment-population ratio--the share of people aged 16 and over "
                   "with jobs--was 60.1 percent. The jobless rates fell for adult women (3.4 "
                   "percent). Rates for the other groups--adult men (3.0 percent) and teenagers "
                   "(11.9 percent)--showed little change.")
    assert found["60.1 percent"] == "employment-population ratio"
    assert found["3.4 percent"] == "jobless rates for adult women"  # a level: no "fell"
    assert found["3.0 percent"] == "rates for adult men"
    assert found["11.9 percent"] == "rates for teenagers"


def test_jobs_report_names_a_time_phrase_to_its_time_payrolls_as_employment() -> None:
    from checker import align
    found = _names("Employers added 187,000 jobs in March and the unemployment rate dipped to "
                   "3.6 percent.")
    assert found["3.6 percent"] == "unemployment rate"  # not "jobs unemployment rate"
    # payrolls are employment, teens are teenagers, when names are compared
    release = extract_text("Total nonfarm employment rose by 187,000 in March, and the number "
                           "of temporary census jobs fell by 180,000. The jobless rate for "
                           "teenagers was 11.2 percent; the rate for adults was 11.0 percent.",
                           "release.txt")
    story = extract_text("Payrolls grew by nearly 190,000 last month, and teen unemployment "
                         "was about 11 percent.", "story.txt")
    paired = [{f.text for f in group.figures} for group in align([release, story])
              if len({f.document for f in group.figures}) == 2]
    assert {"187,000", "nearly 190,000"} in paired
    assert {"11.2 percent", "about 11 percent"} in paired


def test_revised_to_a_figure_from_another_the_other_is_the_estimate_before() -> None:
    found = _figures(
        "August hiring was revised up to 315,000 from 292,000. Output would be 0.2% higher.")
    assert (found["315,000"].metric, found["315,000"].scenario) == ("hiring", None)
    assert found["292,000"].scenario == "revision"
    assert found["0.2%"].metric == "output rise"  # "would be" no part of it


def test_a_transcript_s_speakers_name_nothing_and_its_bare_decimals_keep_the_unit_said() -> None:
    found = _figures(
        "GUEST: Construction grew two point one per cent. Then mining grew nought point four.\n"
        "HOST: Three per cent on the year?\nGUEST: Investment was first put at one point two; "
        "now it's one point six.", "podcast.txt")
    assert (found["nought point four"].unit, found["nought point four"].metric) == (
        "%", "mining rise")
    assert found["Three per cent"].metric != "host"
    assert found["one point six"].metric == found["one point two"].metric.removesuffix(
        " compared")


def test_signs_and_arrows_after_a_name_are_changes_and_a_time_clause_names_nothing() -> None:
    found = _figures(
        "Unemployment ↓96k q/q, vacancies ↑23k. Output per hour -0.3% QoQ; GVA +0.6%. "
        "The stock's return is -2.5%. The jobless rate for the latest period, June to "
        "August 2019, was 3.9%.", "thread.txt")
    assert (found["96k"].metric, found["23k"].metric) == ("unemployment fall", "vacancies rise")
    assert (found["-0.3%"].metric, found["-0.3%"].value) == ("output per hour fall", Decimal("0.3"))
    assert found["+0.6%"].metric == "gva rise"
    assert (found["-2.5%"].metric, found["-2.5%"].value) == ("stock's return", Decimal("-2.5"))
    assert found["3.9%"].metric.startswith("jobless rate")


def test_a_share_of_people_said_with_what_they_are_names_that_and_pairs_with_its_rate() -> None:
    from checker import align
    release = extract_text("74.2% of people aged from 16 to 64 were in work for May to July "
                           "2019. Of them, 3.9% were self-employed.", "release.txt")
    story = extract_text("The employment rate held at a record 74.2 per cent.", "story.txt")
    assert release[0].metric == "share in work"
    paired = [sorted(f.text for f in group.figures) for group in align([release, story])
              if len({f.document for f in group.figures}) == 2]
    assert paired == [["74.2 per cent", "74.2%"]]


def test_fractions_of_one_character_and_a_quarter_percent() -> None:
    found = _figures("Core inflation was 1¼ percent, wages grew 3 ½ per cent and the funds "
                     "rate was raised to ½ to ¾ percent. Headline inflation was a quarter "
                     "percent.")
    assert [(found[t].value, found[t].unit) for t in
            ("1¼ percent", "3 ½ per cent", "a quarter percent")] == [
        (Decimal("1.25"), "%"), (Decimal("3.5"), "%"), (Decimal("0.25"), "%")]
    assert (found["½ to ¾ percent"].low, found["½ to ¾ percent"].high) == (
        Decimal("0.5"), Decimal("0.75"))


def test_a_list_line_labelled_only_by_when_is_named_by_the_list_s_heading() -> None:
    names = _names("Scorecard\n\nJobless rate\n- June 2014: 6.5%\n- A year before: 7.8%\n\n"
                   "3. Interest on reserves\n- Then: 0.25 percent\n- Now (December): raised to "
                   "0.50 percent.\n- Now: up 0.2%.\n- Our view: unemployment 5.1% is the "
                   "figure to watch.\n")
    assert [names[t] for t in ("6.5%", "7.8%", "0.25 percent", "0.50 percent", "0.2%",
                               "5.1%")] == [
        "jobless rate", "jobless rate", "interest on reserves", "interest on reserves",
        "interest on reserves rise", "unemployment"]


def test_a_change_of_the_period_before_is_named_as_the_change_it_follows() -> None:
    found = _figures("Production output rose by 1.5% in Q1 2014. This follows a 0.7% increase "
                     "in Q4 2013. Exports fell by 0.1%, following a 1.8% increase in Q4 2013.")
    assert [(found[t].metric, found[t].period) for t in ("0.7%", "1.8%")] == [
        ("production output rise", "Q4"), ("exports rise", "Q4")]


def test_a_fraction_of_one_percent_is_that_fraction_of_a_percent() -> None:
    found = _figures("Prices rose a quarter of one percent; pay rose three-tenths of one per cent.")
    assert [(found[t].value, found[t].unit) for t in (
        "a quarter of one percent", "three-tenths of one per cent")] == [
        (Decimal("0.25"), "%"), (Decimal("0.3"), "%")]


def test_a_whole_and_some_quarters_or_thirds_in_words() -> None:
    found = _figures("Core prices rose one and three-quarter per cent; pay rose two and a half "
                     "per cent and rents one and two-thirds percent.")
    assert [(found[t].value, found[t].unit) for t in (
        "one and three-quarter per cent", "two and a half per cent",
        "one and two-thirds percent")] == [
        (Decimal("1.75"), "%"), (Decimal("2.5"), "%"), (Decimal("1.6667"), "%")]


def test_a_percent_after_a_word_of_order_and_a_mere_fraction_are_figures() -> None:
    found = _figures("The rate rose to a round 1%, and inflation was a mere quarter of a percent. "
                     "See Table 10 and Round 3.")
    assert [(f.text, f.value) for f in found.values()] == [
        ("1%", Decimal(1)), ("a mere quarter of a percent", Decimal("0.25"))]


def test_what_an_office_tells_us_and_the_office_for_national_statistics_name_nothing() -> None:
    found = _figures("The Office for National Statistics tells us that the saving ratio rose to "
                     "4.9 per cent.")
    assert (found["4.9 per cent"].metric, found["4.9 per cent"].scope) == (
        "saving ratio", None)  # rose to 4.9 per cent: the level it reached


def test_a_year_before_a_decimal_is_a_time_not_a_phone_number() -> None:
    found = _figures("In June 2014 1.04 million people were claiming Jobseeker's Allowance. "
                     "Call +44 20 7946 0958.")
    assert list(found) == ["1.04 million"]
    assert found["1.04 million"].metric == "claiming jobseeker's allowance"


def test_this_and_that_opening_a_sentence_stand_for_the_figure_before() -> None:
    found = _figures("There were 30.64 million people in work. This was an increase of 254,000 "
                     "on the quarter. Unemployment fell to 2.12 million. That was 121,000 fewer "
                     "than a year before.")
    assert [found[t].metric for t in ("254,000", "121,000")] == [
        "in work rise", "unemployment fall"]


def test_a_pronoun_with_no_figure_before_stands_for_the_subject_before() -> None:
    found = _figures("The claimant count has fallen for 20 consecutive months. It stood at "
                     "1.04 million in June, down 36,300 on May.")
    assert [found[t].metric for t in ("1.04 million", "36,300")] == [
        "claimant count", "claimant count fall"]


def test_what_more_or_fewer_counts_follows_the_change_word() -> None:
    found = _figures("There are 418,900 fewer claimants than a year ago.")
    assert found["418,900"].metric == "claimants fall"


def test_hundreds_and_tens_said_before_a_scale_word_are_one_number() -> None:
    found = _figures("GUEST: Unemployment is about six and a half per cent. About two point one "
                     "million unemployed, three hundred and eighty-three thousand fewer on the "
                     "year, and a hundred and twenty-one thousand fewer on the quarter.")
    assert [(found[t].value, found[t].unit) for t in (
        "About two point one million", "three hundred and eighty-three thousand",
        "a hundred and twenty-one thousand")] == [
        (Decimal(2100000), "unemployed"), (Decimal(383000), "unemployed"),
        (Decimal(121000), "unemployed")]


def test_went_and_a_speakers_er_name_nothing() -> None:
    found = _figures("GUEST: We've got thirty point six million people in work. That went up by "
                     "er two hundred thousand on the quarter.")
    assert found["two hundred thousand"].metric == "in work rise"


def test_a_wire_flashs_abbreviations_of_points_and_scales() -> None:
    found = _figures("14:01 *MINUTES: JOBLESS RATE 5.0% IN NOV; UP 0.75 PCT PT IN 12 MONTHS\n"
                     "14:01 *FED: ON RRP CAP $30 BLN PER DAY\n")
    assert [(found[t].value, found[t].unit) for t in ("0.75 PCT PT", "$30 BLN")] == [
        (Decimal("0.75"), "percentage points"), (Decimal("3E+10"), "USD/day")]


def test_a_continental_house_styles_decimal_commas_and_spaced_thousands() -> None:
    found = _figures("Output per hour slipped 0,1 % and GDP rose by 0,8 per cent; output per job "
                     "was £44 100, or £27,90 per hour; 30 640 000 people were in work. "
                     "Items 1,5 and 7; call +44 20 7946 0958; the Core Ultra 9 285K chip.")
    assert [(t, found[t].value) for t in ("0,1 %", "0,8 per cent", "£44 100", "£27,90",
                                          "30 640 000")] == [
        ("0,1 %", Decimal("0.1")), ("0,8 per cent", Decimal("0.8")),
        ("£44 100", Decimal(44100)), ("£27,90", Decimal("27.9")),
        ("30 640 000", Decimal(30640000))]
    assert not {"1,5", "9 285K", "44 20"} & set(found)


def test_reference_markers_are_no_figures_and_stand_between_nothing() -> None:
    found = _figures("GDP at current market prices rose 1.3%[1] in the first quarter of 2014. "
                     "The saving ratio[4] was 4.9%.\n\nReferences\n[1] ONS, Quarterly National "
                     "Accounts, 27 June 2014.\n")
    assert sorted(found) == ["1.3%", "4.9%"]
    assert (found["1.3%"].period, found["4.9%"].metric) == ("Q1", "saving ratio")
    assert found["1.3%"].context.endswith("rose 1.3%[1] in the first quarter of 2014")


def test_a_full_percentage_point_and_an_exact_value_in_brackets() -> None:
    found = _figures("Employment rose by a quarter of a million (254,000) on the quarter, and "
                     "the jobless rate fell a full percentage point over the year.")
    assert found["254,000"].metric == found["a quarter of a million"].metric == "employment rise"
    assert (found["a full percentage point"].value,
            found["a full percentage point"].unit) == (Decimal(1), "percentage points")


def test_a_forum_posts_shorthand_names_its_changes() -> None:
    # yoy is a basis, not what is counted; Apr-Jun says only when (the name is the figure
    # before's); "in work" names whom a count counts
    found = _figures("- 2.12m unemployed, down 121k on the quarter and 383k yoy\n"
                     "- 30.64m in work\n"
                     "Vacancies 648k for Apr-Jun, +117k yoy.\n"
                     "1.07 million people were employed in public administration.\n"
                     "ULCs +0.1% QoQ, +1.4% YoY.\n")
    assert (found["383k"].metric, found["383k"].basis) == ("unemployed fall", "yoy")
    assert found["30.64m"].metric == "in work"
    assert (found["+117k"].metric, found["+117k"].basis) == ("vacancies rise", "yoy")
    # (and where people were employed is part of what is counted)
    assert found["1.07 million"].metric == "employed in public administration"
    assert found["+1.4%"].metric.startswith("ulcs")  # (QoQ between two figures names neither)


def test_a_memos_rates_and_abbreviations() -> None:
    # a slash before a rate's denominator is no date's; i.e. and c. end no clause, and c.
    # glued to a sum says about; a list's letter names nothing
    found = _figures("Average total pay was £478/week in May; it runs 24/7 in 2014/15.\n"
                     "- Target range now 1/4-1/2% (statement and note agree), i.e. 0.25%-0.50%.\n"
                     "- Profit was c.£2bn.\n"
                     "3. b) Joblessness held at 5.1% in September.\n")
    assert (found["£478"].unit, found["£478"].metric) == ("GBP/week", "average total pay")
    assert not {"24", "7", "15"} & set(found)
    assert found["0.25%-0.50%"].metric == "target range"
    assert (found["c.£2bn"].value, found["c.£2bn"].qualifier) == (Decimal(2000000000), "about")
    assert found["5.1%"].metric == "joblessness"  # (a quiz answer's letter is no word)


def test_a_whole_number_and_a_fraction_with_a_space_and_points_in_brief() -> None:
    found = _figures("Average hourly earnings rose 2 1/4% over the year and compensation "
                     "3 1/2 percent; the discount rate went up +1/4pt to 1%.")
    assert found["2 1/4%"].value == Decimal("2.25")
    assert found["3 1/2 percent"].value == Decimal("3.5")
    assert (found["+1/4pt"].value, found["+1/4pt"].unit) == (Decimal("0.25"),
                                                             "percentage points")


def test_circa_glued_to_a_rate_and_circa_in_full_say_about() -> None:
    found = _figures("Over the year construction output rose by c.6.7%, and revenue was circa "
                     "£4.2bn; output rose ca. 3% on the quarter.")
    assert (found["c.6.7%"].value, found["c.6.7%"].qualifier) == (Decimal("6.7"), "about")
    assert found["c.6.7%"].metric == "construction output rise"
    assert found["circa £4.2bn"].qualifier == "about"
    assert found["ca. 3%"].qualifier == "about"


def test_a_numbered_label_opening_a_sentence_is_no_name() -> None:
    # (the clause after the label opens the sentence: no aside, though it opens with "The")
    found = _figures("Headline 3: The proportion of people in work continued to rise, "
                     "reaching 73.1% for March to May 2014.\n")
    assert found["73.1%"].metric.startswith("proportion of people in work")


def test_a_figure_said_again_alone_and_one_after_an_aside_of_clauses() -> None:
    # a speech repeats a figure as a sentence of its own: the figure before's name; an aside
    # set off by dashes that holds commas names nothing of the figure after it
    found = _figures("There are 4.2 million households renting privately. Four point two million. "
                     "There are 1.3 million empty homes — a scandal, frankly, a national "
                     "scandal — yet that is 40,000 fewer than last year.\n")
    assert found["Four point two million"].metric == found["4.2 million"].metric
    assert found["40,000"].metric == f"{found['1.3 million'].metric} fall"


def test_a_run_of_periods_is_a_figure_named_as_a_run() -> None:
    # a count of periods in a row is named by what ran, its change and "in a row"; a span of
    # time alone names nothing, and an ordinal is no figure, a run's either
    found = _figures("The claimant count has fallen for 20 consecutive months.\n"
                     "Household spending rose by 0.8%, its tenth consecutive quarterly rise.\n"
                     "Claimant numbers have fallen for twenty months on the trot.\n"
                     "Prices rose over 15 years, the 20th straight monthly rise.\n")
    assert {t: (f.metric, f.value, f.unit) for t, f in found.items() if f.kind == "duration"} == {
        "20": ("claimant count fall in a row", 20, "month"),
        "twenty months": ("claimant numbers fall in a row", 20, "month"),
        "15 years": ("", 15, "year")}


def test_a_value_in_brackets_after_a_dated_name_and_the_previous_month() -> None:
    # the name before the brackets holds a date; "the previous May" is May a year before
    found = _figures("The single month growth rate for total pay for May 2014 (0.4%) was "
                     "unusually low, partly due to a growth rate of 1.8% the previous May.")
    assert (found["0.4%"].metric, found["0.4%"].year) == (
        "single month growth rate for total pay", 2014)
    assert (found["1.8%"].year, found["1.8%"].period) == (2013, "M5")
