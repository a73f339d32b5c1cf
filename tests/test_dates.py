"""Case tables for `factkit.dates.find_temporal`: news-style sentences written for this suite.

Each case is (text, publication date, expected mentions); an expected date mention is
(span, date_start, date_end, TIMEX3 value, qualifier) and must be found with exactly that span.
Conventions under test are those in the module docstring of `factkit/dates.py`.
"""

from __future__ import annotations

import datetime as dt
import math

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from test_redos import ADVERSARIAL

from factkit import dates
from factkit.dates import find_temporal

D = dt.date.fromisoformat
MON = D("2025-02-10")  # a Monday


def _ids(cases):
    return [" ".join(c[0].split()[:6]) for c in cases]


def _check_dates(text, published, expected):
    found = {m.text: m for m in find_temporal(text, published)}
    for span, start, end, timex, qualifier in expected:
        assert span in found, f"{span!r} not found in {sorted(found)}"
        m = found[span]
        assert m.kind == "date"
        got = (str(m.date_start) if m.date_start else None, str(m.date_end) if m.date_end else None)
        assert got == (start, end), span
        assert (m.timex, m.qualifier) == (timex, qualifier), span


# --- absolute dates: the text alone fixes them ----------------------------------------------------------

CASES_ABSOLUTE = [
    ("Russia launched its full-scale invasion on February 24, 2022, officials recalled.", MON,
     [("February 24, 2022", "2022-02-24", "2022-02-24", "2022-02-24", "exact")]),
    ("The ceasefire collapsed on 24 February 2022 near Kharkiv.", MON,
     [("24 February 2022", "2022-02-24", "2022-02-24", "2022-02-24", "exact")]),
    ("Updated: 21 Feb. 2025, 15:28", MON,
     [("21 Feb. 2025, 15:28", "2025-02-21", "2025-02-21", "2025-02-21T15:28", "exact")]),
    ("On Monday, Feb. 10, 2025, the envoy gave an interview.", MON,
     [("Monday, Feb. 10, 2025", "2025-02-10", "2025-02-10", "2025-02-10", "exact")]),
    ("The deal was reached on the 3rd of March 2021 in Doha.", MON,
     [("3rd of March 2021", "2021-03-03", "2021-03-03", "2021-03-03", "exact")]),
    ("The decree, dated 2025-02-10, was published online.", MON,
     [("2025-02-10", "2025-02-10", "2025-02-10", "2025-02-10", "exact")]),
    ("A memo dated 2/10/2025 was leaked to reporters.", MON,
     [("2/10/2025", "2025-02-10", "2025-02-10", "2025-02-10", "exact")]),
    ("A memo dated 24/2/2022 was leaked to reporters.", MON,
     [("24/2/2022", "2022-02-24", "2022-02-24", "2022-02-24", "exact")]),
    ("The treaty was signed in June 2024 in Pyongyang.", MON,
     [("June 2024", "2024-06-01", "2024-06-30", "2024-06", "exact")]),
    ("Elections were last held in June of 2019.", MON,
     [("June of 2019", "2019-06-01", "2019-06-30", "2019-06", "exact")]),
    ("Ukraine declared independence in 1991 after a referendum.", MON,
     [("1991", "1991-01-01", "1991-12-31", "1991", "exact")]),
    ("Sanctions have only tightened since 2018, diplomats say.", MON,
     [("2018", "2018-01-01", "2018-12-31", "2018", "exact")]),
    ("Between 2018 and 2020, exports to the region doubled.", MON,
     [("Between 2018 and 2020", "2018-01-01", "2020-12-31", "2018", "exact")]),
    ("The 2016 election changed the party for good.", MON, [("2016", "2016-01-01", "2016-12-31", "2016", "exact")]),
    ("Peace talks have been blocked since spring 2022.", MON,
     [("spring 2022", "2022-03-01", "2022-05-31", "2022-SP", "exact")]),
    ("Children of fallen soldiers were sent there in the summer of 2024.", MON,
     [("summer of 2024", "2024-06-01", "2024-08-31", "2024-SU", "exact")]),
    ("Profits fell in the third quarter of 2024, the company said.", MON,
     [("third quarter of 2024", "2024-07-01", "2024-09-30", "2024-Q3", "exact")]),
    ("Revenue rose 4% in Q3 2024 on strong exports.", MON,
     [("Q3 2024", "2024-07-01", "2024-09-30", "2024-Q3", "exact")]),
    ("Output grew in the first half of 2023, the agency said.", MON,
     [("first half of 2023", "2023-01-01", "2023-06-30", "2023-H1", "exact")]),
    ("The factory was built in the 1990s with Soviet parts.", MON,
     [("1990s", "1990-01-01", "1999-12-31", "199", "exact")]),
    ("Such camps date back to the 20th century.", MON, [("20th century", "1900-01-01", "1999-12-31", "19", "exact")]),
    ("The bridge was finished in the late 1990s.", MON, [("late 1990s", "1996-01-01", "1999-12-31", "199", "approx")]),
    ("Prices peaked in early March 2022 and fell back by summer.", MON,
     [("early March 2022", "2022-03-01", "2022-03-10", "2022-03", "approx")]),
    ("A referendum is due in mid-2026, officials said.", MON,
     [("mid-2026", "2026-05-01", "2026-08-31", "2026", "approx")]),
    ("The pipeline is to be finished by the end of 2027.", MON,
     [("by the end of 2027", None, "2027-12-31", "2027", "at_most")]),
]  # fmt: skip


@pytest.mark.parametrize("text,published,expected", CASES_ABSOLUTE, ids=_ids(CASES_ABSOLUTE))
def test_absolute(text, published, expected):
    _check_dates(text, published, expected)


# --- relative dates: resolved against the publication date -----------------------------------------------

CASES_RELATIVE = [
    ("The ambassador gave the interview on Feb. 10.", D("2025-02-21"),
     [("Feb. 10", "2025-02-10", "2025-02-10", "2025-02-10", "exact")]),
    ("The photo was taken on Feb. 8 near the border.", D("2025-02-21"),
     [("Feb. 8", "2025-02-08", "2025-02-08", "2025-02-08", "exact")]),
    ("Talks were held on 10 February in Ankara.", MON,
     [("10 February", "2025-02-10", "2025-02-10", "2025-02-10", "exact")]),
    ("The summit will be held on Feb. 25 in Riyadh.", MON,
     [("Feb. 25", "2025-02-25", "2025-02-25", "2025-02-25", "exact")]),
    # a past verb dates a past event though the sentence also speaks of the future; "will" counts only
    # in the date's clause
    ("The law took effect on 1 January and will be reviewed in five years.", D("2025-03-10"),
     [("1 January", "2025-01-01", "2025-01-01", "2025-01-01", "exact")]),
    ("The summit, held on March 3-4, ended without a deal; talks resume next Tuesday.", D("2025-03-10"),
     [("March 3-4", "2025-03-03", "2025-03-04", "2025-03-03", "exact"),
      ("next Tuesday", "2025-03-11", "2025-03-11", "2025-03-11", "exact")]),
    ("The ministry agreed late on Friday to let the ship dock, where it will unload.", D("2026-03-10"),
     [("Friday", "2026-03-06", "2026-03-06", "2026-03-06", "exact")]),
    ("Riders will pay more after the board voted late Thursday to raise the fare.", D("2026-03-13"),
     [("late Thursday", "2026-03-12", "2026-03-12", "2026-03-12", "approx")]),
    # a range of days joined by "to"
    ("The festival ran from 12 to 16 August.", D("2025-03-13"),
     [("12 to 16 August", "2024-08-12", "2024-08-16", "2024-08-12", "exact")]),
    ("Talks were held August 12 to 14.", D("2025-03-13"),
     [("August 12 to 14", "2024-08-12", "2024-08-14", "2024-08-12", "exact")]),
    # a season written short is one span of years; "2009-2010" is two year dates, as TimeML marks them
    ("Output doubled in 2009-2010, the agency said.", MON,
     [("2009", "2009-01-01", "2009-12-31", "2009", "exact"), ("2010", "2010-01-01", "2010-12-31", "2010", "exact")]),
    ("The union staged six walkouts in its 2023-24 dispute.", MON,
     [("2023-24", "2023-01-01", "2024-12-31", "2023", "exact")]),
    ("The deficit narrows to 4.6% in 2026/27.", MON, [("2026/27", "2026-01-01", "2027-12-31", "2026", "exact")]),
    # a span of days across two months, into the next year when the second month comes first
    ("The fair runs Feb. 27-March 2 in Kyiv.", MON,
     [("Feb. 27-March 2", "2025-02-27", "2025-03-02", "2025-02-27", "exact")]),
    ("The holiday ran Dec. 28-Jan. 3.", MON, [("Dec. 28-Jan. 3", "2024-12-28", "2025-01-03", "2024-12-28", "exact")]),
    ("Talks ran 28 February – 3 March 2024.", MON,
     [("28 February – 3 March 2024", "2024-02-28", "2024-03-03", "2024-02-28", "exact")]),
    # joined by "to", two dates (as TimeML marks them), the end after the start
    ("The campaign runs from 23 March to 3 May.", D("2026-03-17"),
     [("23 March", "2026-03-23", "2026-03-23", "2026-03-23", "exact"),
      ("3 May", "2026-05-03", "2026-05-03", "2026-05-03", "exact")]),
    # a span of months written with a dash is one date; "so far" ends a period at publication
    ("Profit for the July-September quarter fell.", D("2026-10-29"),
     [("July-September", "2026-07-01", "2026-09-30", "2026-07", "exact")]),
    ("The season runs November-February.", D("2026-03-10"),
     [("November-February", "2025-11-01", "2026-02-28", "2025-11", "exact")]),
    ("The stock has lost 31% so far this year.", D("2026-10-29"),
     [("so far this year", "2026-01-01", "2026-10-29", "2026", "exact")]),
    # a future marker in another clause (", and we will ...") does not move a past date
    ("The third quarter was not acceptable, and we will not hide it.", D("2026-10-29"),
     [("third quarter", "2026-07-01", "2026-09-30", "2026-Q3", "exact")]),
    # "on the 11th": a day of the publication month, or of the month before if it has not come yet
    ("The toll rose from 1,417 on the 11th to 2,086 on the 12th.", D("2026-03-14"),
     [("11th", "2026-03-11", "2026-03-11", "2026-03-11", "exact"),
      ("12th", "2026-03-12", "2026-03-12", "2026-03-12", "exact")]),
    ("He died on the 20th.", D("2026-03-14"), [("20th", "2026-02-20", "2026-02-20", "2026-02-20", "exact")]),
    ("The vote will be held on the 20th.", D("2026-03-14"),
     [("20th", "2026-03-20", "2026-03-20", "2026-03-20", "exact")]),
    # "and" joins two days only when they follow each other
    ("A walkout on Feb. 3 and 4 shut the network.", D("2025-02-24"),
     [("Feb. 3 and 4", "2025-02-03", "2025-02-04", "2025-02-03", "exact")]),
    ("Talks on Feb. 3 and 10 failed.", D("2025-02-24"),
     [("Feb. 3", "2025-02-03", "2025-02-03", "2025-02-03", "exact")]),
    # an undated day a few weeks ahead is that coming day (no future marker needed), unless a past verb
    # dates it
    ("The union served notice of a strike from March 16.", D("2026-02-23"),
     [("March 16", "2026-03-16", "2026-03-16", "2026-03-16", "exact")]),
    ("He was arrested on March 16.", D("2026-02-23"),
     [("March 16", "2025-03-16", "2025-03-16", "2025-03-16", "exact")]),
    ("The walkout would take in St Patrick's Day.", D("2026-02-23"),
     [("St Patrick's Day", "2026-03-17", "2026-03-17", "2026-03-17", "exact")]),
    # a reporting verb dates a day right after it only with "on" ("said on March 3") or for a weekday
    # ("said Monday"); "warned St Patrick's Day could be next" is what was said
    ("Union bosses warned St Patrick's Day could be next.", D("2026-02-24"),
     [("St Patrick's Day", "2026-03-17", "2026-03-17", "2026-03-17", "exact")]),
    ("The ministry said on March 3 that the line had reopened.", D("2026-02-24"),
     [("March 3", "2025-03-03", "2025-03-03", "2025-03-03", "exact")]),
    # a forecast, or "tomorrow" in the clause, is about the coming days
    ("Highs of 42-44C are forecast inland through the weekend.", D("2026-08-12"),
     [("weekend", "2026-08-15", "2026-08-16", "2026-W33-WE", "exact")]),
    ("It now expects 4%, down from the 6% it forecast on Sept. 21.", D("2026-10-30"),
     [("Sept. 21", "2026-09-21", "2026-09-21", "2026-09-21", "exact")]),
    ("It forecasts 44C tomorrow, easing from Tuesday.", D("2026-08-12"),
     [("tomorrow", "2026-08-13", "2026-08-13", "2026-08-13", "exact"),
      ("Tuesday", "2026-08-18", "2026-08-18", "2026-08-18", "exact")]),
    ("A crewed flight is planned by the end of the decade.", D("2026-06-09"),
     [("by the end of the decade", None, "2029-12-31", "202", "at_most")]),
    ("Funding needs approval when the council meets in November.", D("2026-06-11"),
     [("November", "2026-11-01", "2026-11-30", "2026-11", "exact")]),
    ("The striker returns to the club where he trained in May.", D("2026-08-12"),
     [("May", "2026-05-01", "2026-05-31", "2026-05", "exact")]),
    ("Residents face curbs from Monday, when a hosepipe ban comes into force.", D("2026-08-12"),
     [("Monday", "2026-08-17", "2026-08-17", "2026-08-17", "exact")]),
    # a weekday after "until / through / by" (a deadline) is the nearest one, before or after publication
    ("The airport cancelled all flights through Wednesday.", D("2026-09-15"),
     [("Wednesday", "2026-09-16", "2026-09-16", "2026-09-16", "exact")]),
    ("The strike lasted until Monday.", D("2026-09-17"),
     [("Monday", "2026-09-14", "2026-09-14", "2026-09-14", "exact")]),
    ("Flood warnings stay in force through at least Sunday.", D("2026-09-17"),
     [("Sunday", "2026-09-20", "2026-09-20", "2026-09-20", "exact")]),
    # a scheduled event in the present tense dates the coming day
    ("The rescue window closes early Friday.", D("2026-03-12"),
     [("early Friday", "2026-03-13", "2026-03-13", "2026-03-13", "approx")]),
    ("Talks resume Monday, officials said.", D("2026-03-12"),
     [("Monday", "2026-03-16", "2026-03-16", "2026-03-16", "exact")]),
    ("The talks began Monday and end Friday.", D("2026-03-12"),
     [("Monday", "2026-03-09", "2026-03-09", "2026-03-09", "exact"),
      ("Friday", "2026-03-13", "2026-03-13", "2026-03-13", "exact")]),
    ("Crowds gathered on Bonfire Night.", D("2026-02-23"),
     [("Bonfire Night", "2025-11-05", "2025-11-05", "2025-11-05", "exact")]),
    # "due to" before a verb is a future marker; "due to the strike" (because of) is not
    ("Trains are due to run again from Thursday.", D("2026-02-24"),
     [("Thursday", "2026-02-26", "2026-02-26", "2026-02-26", "exact")]),
    ("Delays due to the strike on Thursday angered commuters.", D("2026-02-24"),
     [("Thursday", "2026-02-19", "2026-02-19", "2026-02-19", "exact")]),
    # "would" is a future marker ("said it would run no trains until Thursday")
    ("The operator said it would run no trains until Thursday.", D("2026-02-23"),
     [("Thursday", "2026-02-26", "2026-02-26", "2026-02-26", "exact")]),
    # two weekdays of one span: the end comes after the start
    ("It cancelled 3,400 services between Monday and Wednesday.", D("2026-02-23"),
     [("Monday", "2026-02-23", "2026-02-23", "2026-02-23", "exact"),
      ("Wednesday", "2026-02-25", "2026-02-25", "2026-02-25", "exact")]),
    ("Crews worked from Saturday to Monday.", D("2026-02-26"),
     [("Saturday", "2026-02-21", "2026-02-21", "2026-02-21", "exact"),
      ("Monday", "2026-02-23", "2026-02-23", "2026-02-23", "exact")]),
    # the two ends of a span of months fall in one year, start first
    ("The report covers the period from January to June.", D("2025-03-10"),
     [("January", "2024-01-01", "2024-01-31", "2024-01", "exact"),
      ("June", "2024-06-01", "2024-06-30", "2024-06", "exact")]),
    ("The season runs from November to February.", D("2025-03-10"),
     [("November", "2024-11-01", "2024-11-30", "2024-11", "exact"),
      ("February", "2025-02-01", "2025-02-28", "2025-02", "exact")]),
    ("The think tank said last week that losses were mounting.", D("2025-02-21"),
     [("last week", "2025-02-10", "2025-02-16", "2025-W07", "exact")]),
    ("The institute published its report on Monday.", D("2025-02-11"),
     [("Monday", "2025-02-10", "2025-02-10", "2025-02-10", "exact")]),
    ("The newspaper printed the interview on Thursday.", D("2025-02-21"),
     [("Thursday", "2025-02-20", "2025-02-20", "2025-02-20", "exact")]),
    ("Officials confirmed the figure on Monday.", MON, [("Monday", "2025-02-10", "2025-02-10", "2025-02-10", "exact")]),
    ("Negotiators will meet again on Thursday.", MON,
     [("Thursday", "2025-02-13", "2025-02-13", "2025-02-13", "exact")]),
    ("He was wounded and came home last summer.", D("2025-02-20"),
     [("last summer", "2024-06-01", "2024-08-31", "2024-SU", "exact")]),
    ("The resort is due to open this year.", D("2025-02-20"),
     [("this year", "2025-01-01", "2025-12-31", "2025", "exact")]),
    ("The envoy spoke to a state newspaper this month.", D("2025-02-20"),
     [("this month", "2025-02-01", "2025-02-28", "2025-02", "exact")]),
    ("Last June, the two leaders signed a defence pact.", MON,
     [("Last June", "2024-06-01", "2024-06-30", "2024-06", "exact")]),
    ("The leaders met in Pyongyang in June last year.", MON,
     [("June last year", "2024-06-01", "2024-06-30", "2024-06", "exact")]),
    ("The first units arrived in October last year.", MON,
     [("October last year", "2024-10-01", "2024-10-31", "2024-10", "exact")]),
    ("Intelligence reports said troops were deployed by last fall.", MON,
     [("by last fall", None, "2024-11-30", "2024-FA", "at_most")]),
    # "by" before a day or a time of day dates the figure as of then; before a longer period, a deadline
    ("The centre had logged 463 aftershocks by Saturday morning.", MON,
     [("Saturday morning", "2025-02-08", "2025-02-08", "2025-02-08TMO", "exact")]),
    ("By late Tuesday, officials had put the number of dead at 612.", D("2025-02-12"),
     [("late Tuesday", "2025-02-11", "2025-02-11", "2025-02-11", "approx")]),
    ("The carmaker will cut 7,500 jobs by 2028.", MON, [("by 2028", None, "2028-12-31", "2028", "at_most")]),
    # "the year to March": the twelve months ending with the latest March ended by publication
    ("Police recorded 612,480 crimes in the year to December 2024.", MON,
     [("year to December 2024", "2024-01-01", "2024-12-31", "P1Y", "exact")]),
    ("Figures for the year to March will follow.", MON,
     [("year to March", "2023-04-01", "2024-03-31", "P1Y", "exact")]),
    ("At the end of January, a military spokesman said the units had withdrawn.", D("2025-02-11"),
     [("end of January", "2025-01-21", "2025-01-31", "2025-01", "approx")]),
    ("Two years ago, a broadcaster reported shortages of medicine.", D("2025-02-11"),
     [("Two years ago", "2023-01-01", "2023-12-31", "2023", "approx")]),
    ("Three days ago, the convoy crossed the river.", MON,
     [("Three days ago", "2025-02-07", "2025-02-07", "2025-02-07", "exact")]),
    ("A year ago, the town was still occupied.", MON,
     [("A year ago", "2024-02-10", "2024-02-10", "2024-02-10", "approx")]),
    ("Will Smith spoke at the gala on Monday.", D("2025-02-12"),
     [("Monday", "2025-02-10", "2025-02-10", "2025-02-10", "exact")]),
    ("A week ago, the convoy crossed the river.", MON,
     [("A week ago", "2025-02-03", "2025-02-09", "2025-W06", "approx")]),
    ("In recent years, attitudes towards the visitors have warmed.", MON,
     [("recent years", None, "2025-02-10", "PXY", "vague")]),
    ("Fighting has intensified in the coming weeks, officials fear.", MON,
     [("coming weeks", "2025-02-10", None, "PXW", "vague")]),
    ("The strike ended about an hour ago.", MON, [("an hour ago", "2025-02-10", "2025-02-10", "2025-02-10", "approx")]),
    ("At the time, officials denied any losses.", MON, [("At the time", None, "2025-02-10", "PAST_REF", "vague")]),
    # a date right after a past reporting verb is past, even in a sentence with "will"
    ("The company said on Feb. 28 that it will cut 500 jobs.", D("2025-02-11"),
     [("Feb. 28", "2024-02-28", "2024-02-28", "2024-02-28", "exact")]),
    ("The border has been closed since March 3 and will reopen soon.", D("2025-02-11"),
     [("March 3", "2024-03-03", "2024-03-03", "2024-03-03", "exact")]),
    ("Rock music boomed in the nineties.", MON, [("nineties", "1990-01-01", "1999-12-31", "199", "exact")]),
    ("The party was founded in the late sixties.", MON,
     [("late sixties", "1966-01-01", "1969-12-31", "196", "approx")]),
    ("Shops close over Easter.", MON, [("Easter", "2024-03-31", "2024-03-31", "2024-03-31", "exact")]),
    ("The ferry will resume service on Good Friday.", MON,
     [("Good Friday", "2025-04-18", "2025-04-18", "2025-04-18", "exact")]),
    ("The fair runs Feb. 10-12 in Kyiv.", MON, [("Feb. 10-12", "2025-02-10", "2025-02-12", "2025-02-10", "exact")]),
    ("Talks were held on 3-5 March 2021 in Doha.", MON,
     [("3-5 March 2021", "2021-03-03", "2021-03-05", "2021-03-03", "exact")]),
    ("talks resumed on april 22 in geneva", MON, [("april 22", "2024-04-22", "2024-04-22", "2024-04-22", "exact")]),
    ("Revenue fell in fiscal 2024.", MON, [("fiscal 2024", "2024-01-01", "2024-12-31", "FY2024", "approx")]),
    ("The company expects a loss this fiscal year.", MON,
     [("this fiscal year", "2025-01-01", "2025-12-31", "FY2025", "approx")]),
    ("Sales in FY2023 rose 4%.", MON, [("FY2023", "2023-01-01", "2023-12-31", "FY2023", "approx")]),
    ("He graduated from the academy in '58.", MON, [("'58", "1958-01-01", "1958-12-31", "1958", "exact")]),
    ("The club won the league in the 2009 and 2010 seasons.", MON,
     [("2009", "2009-01-01", "2009-12-31", "2009", "exact"), ("2010", "2010-01-01", "2010-12-31", "2010", "exact")]),
    ("The occupation of the border district began in August.", MON,
     [("August", "2024-08-01", "2024-08-31", "2024-08", "exact")]),
    ("Parliament ratified the treaty in November and it took effect in December.", MON,
     [("November", "2024-11-01", "2024-11-30", "2024-11", "exact"),
      ("December", "2024-12-01", "2024-12-31", "2024-12", "exact")]),
    ("The summit will take place in March, diplomats said.", MON,
     [("March", "2025-03-01", "2025-03-31", "2025-03", "exact")]),
    ("Earlier this year, grain prices rose sharply.", MON,
     [("Earlier this year", "2025-01-01", "2025-02-10", "2025", "exact")]),
    ("The plant will close later this year.", MON, [("later this year", "2025-02-10", "2025-12-31", "2025", "exact")]),
    ("Talks resumed yesterday in Istanbul.", MON, [("yesterday", "2025-02-09", "2025-02-09", "2025-02-09", "exact")]),
    ("Shelling continued into last night.", MON,
     [("last night", "2025-02-09", "2025-02-09", "2025-02-09TNI", "exact")]),
    ("The minister arrived at 3 p.m. on Tuesday.", D("2025-02-13"),
     [("3 p.m. on Tuesday", "2025-02-11", "2025-02-11", "2025-02-11T15:00", "exact")]),
    # "by / through the weekend" is a deadline: the nearest weekend (from a Thursday, the coming one)
    ("Crews expect to restore power by the weekend.", D("2025-02-13"),
     [("weekend", "2025-02-15", "2025-02-16", "2025-W07-WE", "exact")]),
    ("Protesters gathered in the capital over the weekend.", MON,
     [("weekend", "2025-02-08", "2025-02-09", "2025-W06-WE", "exact")]),
    ("The outbreak began on March 3, 2020. Two days later, schools closed.", MON,
     [("Two days later", "2020-03-05", "2020-03-05", "2020-03-05", "exact")]),
    # "a year earlier" from a quarter, month or season is that period a year before (TimeBank's "1988-Q3")
    ("Third-quarter profit fell 40% from a year earlier.", D("2025-10-30"),
     [("Third-quarter", "2025-07-01", "2025-09-30", "2025-Q3", "exact"),
      ("a year earlier", "2024-07-01", "2024-09-30", "2024-Q3", "exact")]),
    # "the year before" is the whole year before the anchor's; "a year before -" may end at a dash
    ("Police recorded 118,960 crimes in the 12 months to December, up 9.6 per cent on the year before.", MON,
     [("year before", "2023-01-01", "2023-12-31", "2023", "exact")]),
    ("Profit slumped to £975m - down from £2.3bn a year before - while sales dropped.", MON,
     [("a year before", "2024-02-10", "2024-02-10", "2024-02-10", "approx")]),
    # "between" two dates names one period (TimeML marks two); weekdays stay two dates
    ("Voss made 312 transfers between March 2016 and October 2023.", MON,
     [("between March 2016 and October 2023", "2016-03-01", "2023-10-31", "2016-03", "exact")]),
    ("Mines recorded 14 incidents between 2021 and 2025.", MON,
     [("between 2021 and 2025", "2021-01-01", "2025-12-31", "2021", "exact")]),
    ("In a poll conducted between February 3 and 7, most economists agreed.", MON,
     [("February 3 and 7", "2025-02-03", "2025-02-07", "2025-02-03", "exact")]),
    # dotted dates are day first
    ("WRZOSOW COURIER | Published 20.03.2026", MON,
     [("20.03.2026", "2026-03-20", "2026-03-20", "2026-03-20", "exact")]),
    # a month counts from the last date fine enough for it, not from a year named in between
    ("The fraud surfaced in November 2023. Audits traced it to 2016. He resigned the following month.", MON,
     [("November 2023", "2023-11-01", "2023-11-30", "2023-11", "exact"),
      ("2016", "2016-01-01", "2016-12-31", "2016", "exact"),
      ("following month", "2023-12-01", "2023-12-31", "2023-12", "exact")]),
    ("Now the ministry says the figure is higher.", MON,
     [("Now", "2025-02-10", "2025-02-10", "PRESENT_REF", "approx")]),
    ("The minister recently visited the front.", MON, [("recently", None, "2025-02-10", "PAST_REF", "vague")]),
    ("Police arrived at 3 p.m., witnesses said.", MON,
     [("3 p.m.", "2025-02-10", "2025-02-10", "2025-02-10T15:00", "exact")]),
    ("Fighting eased during the winter, officials said.", MON,
     [("winter", "2024-12-01", "2025-02-28", "2024-WI", "exact")]),
    ("Markets reopened after Christmas.", MON, [("Christmas", "2024-12-25", "2024-12-25", "2024-12-25", "exact")]),
    ("The board will vote on the plan in the fourth quarter.", MON,
     [("fourth quarter", "2025-10-01", "2025-12-31", "2025-Q4", "exact")]),
    ("Losses mounted through late last year.", MON, [("late last year", "2024-09-01", "2024-12-31", "2024", "approx")]),
    ("The results are expected by the end of the month.", MON,
     [("by the end of the month", None, "2025-02-28", "2025-02", "at_most")]),
]  # fmt: skip


@pytest.mark.parametrize("text,published,expected", CASES_RELATIVE, ids=_ids(CASES_RELATIVE))
def test_relative(text, published, expected):
    _check_dates(text, published, expected)


# --- no publication date: placeholders, never an invented date -------------------------------------------

CASES_NO_PUBLISHED = [
    ("The institute published its report on Monday.", None, [("Monday", None, None, "XXXX-WXX-1", "exact")]),
    ("Last June, the two leaders signed a defence pact.", None, [("Last June", None, None, "XXXX-06", "exact")]),
    ("The envoy gave the interview today.", None, [("today", None, None, "PRESENT_REF", "exact")]),
    ("The think tank said last week that losses were mounting.", None,
     [("last week", None, None, "XXXX-WXX", "exact")]),
    ("The occupation of the border district began in August.", None, [("August", None, None, "XXXX-08", "exact")]),
    ("The photo was taken on Feb. 8 near the border.", None, [("Feb. 8", None, None, "XXXX-02-08", "exact")]),
    ("He was wounded and came home last summer.", None, [("last summer", None, None, "XXXX-SU", "exact")]),
    ("Two years ago, a broadcaster reported shortages of medicine.", None,
     [("Two years ago", None, None, "XXXX", "exact")]),
    ("Russia launched its full-scale invasion on February 24, 2022.", None,
     [("February 24, 2022", "2022-02-24", "2022-02-24", "2022-02-24", "exact")]),
]  # fmt: skip


@pytest.mark.parametrize("text,published,expected", CASES_NO_PUBLISHED, ids=_ids(CASES_NO_PUBLISHED))
def test_no_published(text, published, expected):
    _check_dates(text, published, expected)


# --- number-less durations (durations with a number belong to numbers.py) --------------------------------

CASES_DURATIONS = [
    # (text, published, span, low, high, unit, timex, qualifier)
    ("North Korea had adhered to the moratorium strictly for years.", MON, "years", 730, None, "year", "PXY", "vague"),
    ("After months of talks, the two sides agreed on a swap.", MON, "months", 60, None, "month", "PXM", "vague"),
    ("The conflict has simmered for decades.", MON, "decades", 7300, None, "decade", "PXDE", "vague"),
    ("Investment has slowed over the past decade.", MON, "past decade", 3650, 3650, "decade", "P1DE", "exact"),
    ("Prices have risen over the past year.", MON, "past year", 365, 365, "year", "P1Y", "exact"),
    ("Prices have risen over the past three years.", MON, "past three years", 1095, 1095, "year", "P3Y", "exact"),
    ("Prices should fall over the next few months.", MON, "next few months", 60, 150, "month", "PXM", "vague"),
    ("The plant was closed for a decade.", MON, "a decade", 3650, 3650, "decade", "P1DE", "exact"),
    ("The strike lasted an hour.", MON, "an hour", 1 / 24, 1 / 24, "hour", "PT1H", "exact"),
    ("The siege lasted more than a year.", MON, "more than a year", 365, None, "year", "P1Y", "more_than"),
    ("Talks broke down a week after the vote.", MON, "a week", 7, 7, "week", "P1W", "exact"),
    ("Just days after the vote, the minister resigned.", MON, "days", 2, None, "day", "PXD", "vague"),
    ("Months of talks produced nothing.", MON, "Months", 60, None, "month", "PXM", "vague"),
    ("The bridge fell, and weeks later the town was cut off.", MON, "weeks", 14, None, "week", "PXW", "vague"),
    # hours and centuries once raised (KeyError 'hour'; a start before year 1)
    ("Russia lost 1,500 soldiers in the past 24 hours.", MON, "past 24 hours", 1, 1, "hour", "PT24H", "exact"),
    ("The town has stood for the past 24 centuries.", MON, "past 24 centuries", 876_000, 876_000, "century",
     "P24CE", "exact"),
    ("The deal took a year and a half.", MON, "a year and a half", 547.5, 547.5, "year", "P1.5Y", "exact"),
    # parts and modifiers of one unit ("half a year" once read as "a year"; now its own duration)
    ("The lease runs for half a year.", MON, "half a year", 182.5, 182.5, "year", "P0.5Y", "exact"),
    ("The hearing lasted half an hour.", MON, "half an hour", 1 / 48, 1 / 48, "hour", "PT0.5H", "exact"),
    ("Police held him for more than half an hour.", MON, "more than half an hour", 1 / 48, None, "hour",
     "PT0.5H", "more_than"),
    ("Voters queued for a quarter of an hour.", MON, "a quarter of an hour", 1 / 96, 1 / 96, "hour", "PT0.25H",
     "exact"),
    ("The vote took three quarters of an hour.", MON, "three quarters of an hour", 0.75 / 24, 0.75 / 24, "hour",
     "PT0.75H", "exact"),
    ("Staff were given a half-day off.", MON, "a half-day", 0.5, 0.5, "day", "P0.5D", "exact"),
    ("The trains stopped for a full day.", MON, "a full day", 1, 1, "day", "P1D", "exact"),
    ("They spent an entire month at sea.", MON, "an entire month", 30, 30, "month", "P1M", "exact"),
    ("Talks will go on for another week.", MON, "another week", 7, 7, "week", "P1W", "exact"),
    ("Unions called an all-day strike.", MON, "all-day", 1, 1, "day", "P1D", "exact"),
    ("Rescuers dug all day in the rubble.", MON, "all day", 1, 1, "day", "P1D", "exact"),
]  # fmt: skip


@pytest.mark.parametrize(
    "text,published,span,low,high,unit,timex,qualifier", CASES_DURATIONS, ids=_ids(CASES_DURATIONS)
)
def test_durations(text, published, span, low, high, unit, timex, qualifier):
    found = {m.text: m for m in find_temporal(text, published)}
    assert span in found, sorted(found)
    m = found[span]
    assert (m.kind, m.low, m.unit, m.timex, m.qualifier) == ("duration", low, unit, timex, qualifier)
    assert math.isnan(m.high) if high is None else m.high == high


def test_past_three_years_cover_the_years_before_publication():
    (m,) = find_temporal("Prices have risen over the past three years.", MON)
    assert (m.date_start, m.date_end) == (D("2022-02-11"), MON)


def test_a_duration_counted_from_an_event_is_a_duration():
    """ "three days before the vote" counts from an event, not a date: the duration (numbers.py), no date."""
    from factkit import extract

    facts = extract("Three days before the vote, polls closed.", published=MON)
    assert facts[["text", "kind", "timex"]].values.tolist() == [["Three days", "duration", "P3D"]]


# --- SET: frequencies (TIMEX3 type SET), date mentions with a SET value and no days, but "every N units" --

CASES_SETS = [
    ("The ferry runs every week.", "every week", "P1W"),
    ("Patrols pass every other day.", "every other day", "P2D"),
    ("Officials meet twice a week.", "twice a week", "P1W"),
    ("The rebels struck three times a month.", "three times a month", "P1M"),
    ("The council meets each Tuesday.", "each Tuesday", "XXXX-WXX-2"),
    ("Every morning, a queue forms outside the bakery.", "Every morning", "XXXX-XX-XXTMO"),
    ("The market opens on Mondays.", "Mondays", "XXXX-WXX-1"),
    ("Volunteers cook on Friday evenings.", "Friday evenings", "XXXX-WXX-5TEV"),
    ("Floods return every spring.", "every spring", "XXXX-SP"),
    ("The paper is published daily.", "daily", "P1D"),
    ("The daily briefing was cancelled.", "daily", "P1D"),
    ("The report is updated annually.", "annually", "XXXX"),
]  # fmt: skip


@pytest.mark.parametrize("text,span,timex", CASES_SETS, ids=_ids(CASES_SETS))
def test_sets(text, span, timex):
    found = {m.text: m for m in find_temporal(text, MON)}
    assert span in found, sorted(found)
    m = found[span]
    assert (m.kind, m.timex, m.date_start, m.date_end, m.rule) == ("date", timex, None, None, "set.frequency")


CASES_EVERY_N = [
    ("Inspectors visit every two years.", "every two years", "P2Y", 730.0, "year"),
    ("The satellite will image all land every five days.", "every five days", "P5D", 5.0, "day"),
    ("Trains will run every 12 minutes at peak times.", "every 12 minutes", "PT12M", 12 / 1440, "minute"),
]  # fmt: skip


@pytest.mark.parametrize("text,span,timex,days,unit", CASES_EVERY_N, ids=_ids(CASES_EVERY_N))
def test_every_n_units_is_the_duration_of_its_interval(text, span, timex, days, unit):
    """ "every five days" names an interval that outlets also write as "a five-day revisit": a duration
    (the interval, in days) with its TIMEX3 SET value; "every week", "twice a week" stay date SETs."""
    (m,) = [m for m in find_temporal(text, MON) if m.text == span]
    assert (m.kind, m.timex, m.unit, m.rule) == ("duration", timex, unit, "set.frequency")
    assert m.low == m.high == pytest.approx(days)


def test_past_decade_covers_the_decade_before_publication():
    (m,) = find_temporal("Investment has slowed over the past decade.", MON)
    assert (m.date_start, m.date_end) == (D("2015-02-11"), MON)


# --- not dates -------------------------------------------------------------------------------------------

CASES_NOT_DATES = [
    ("May I ask one more question?", MON),
    ("Rosalind cost $14 billion in today's dollars.", MON),  # a price level, no date
    ("Thousands joined a march on the capital.", MON),
    ("Organisers called it the March on Washington.", MON),
    ("Sat on the bench, he waited for the verdict.", MON),
    ("He sat on the bench until Sun Yat-sen Park closed.", MON),
    ("The clip lasts 5 seconds and was filmed in a second take.", MON),
    ("June Carter sang at the gala.", MON),
    ("Prices could fall sharply, analysts warned.", MON),
    ("The children went to summer camp by the sea.", MON),
    ("Crowds celebrated the fall of the Berlin Wall.", MON),
    ("Resolution 2118 was adopted unanimously.", MON),
    ("A crowd of 2000 protesters gathered outside.", MON),
    ("The guests flew to Mar-a-Lago.", MON),
    ("The full story is at https://example.com/2025/02/10/story-1 online.", MON),
    ("The score was 15:28 at half-time.", MON),
    ("He earns $5 a day and works six days a week.", MON),
    ("The suspect is in his forties.", MON),
    ("Tourists flocked to Easter Island.", MON),
    ("He longed for the days of the empire.", MON),
    ("The Daily Mail ran the story.", MON),
    ("He told the British daily that he was wounded.", MON),
    ("She lives on the 11th floor.", MON),
    ("It is on course for a full-year profit.", MON),  # "full-year" is annual, no duration
]  # fmt: skip


@pytest.mark.parametrize("text,published", CASES_NOT_DATES, ids=_ids(CASES_NOT_DATES))
def test_not_dates(text, published):
    assert [m.text for m in find_temporal(text, published)] == []


# --- invariants ------------------------------------------------------------------------------------------

ALL_TEXTS = [(c[0], c[1]) for c in CASES_ABSOLUTE + CASES_RELATIVE + CASES_NO_PUBLISHED + CASES_DURATIONS] + [
    (c[0], MON) for c in CASES_SETS
]


@pytest.mark.parametrize("text,published", ALL_TEXTS, ids=_ids(ALL_TEXTS))
def test_spans_are_exact_and_intervals_ordered(text, published):
    mentions = find_temporal(text, published)
    assert mentions
    for m in mentions:
        assert text[m.start : m.end] == m.text and m.start < m.end
        assert m.kind in ("date", "duration") and m.rule
        if m.date_start and m.date_end:
            assert m.date_start <= m.date_end
        assert not (m.sentence or m.counted or m.subject or m.attribution)
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:], strict=False)), "mentions overlap"


def test_every_rule_has_a_case():
    names = {rule[0] for rule in dates.RULES + dates.ANAPHORIC_RULES}
    seen = {m.rule for text, published in ALL_TEXTS for m in find_temporal(text, published)}
    assert names - seen == set()


# --- hostile input: every pattern is checked with a timeout in tests/test_redos.py ---------------------------


@pytest.mark.parametrize("label", sorted(ADVERSARIAL))
def test_find_temporal_on_hostile_input_keeps_its_offsets(label):
    text = ADVERSARIAL[label][:20_000]
    for m in find_temporal(text, MON):
        assert text[m.start : m.end] == m.text


def test_patterns_are_compiled_regex():
    assert len(dates.PATTERNS) > 20 and all(isinstance(p, regex.Pattern) for _, p in dates.PATTERNS)


# --- robustness: any mix of date words parses without error ---------------------------------------------

TOKENS = (
    "Feb.", "February", "29", "31", "2024", "1999", "May", "March", "last", "next", "this", "past", "the", "of",
    "Monday", "Sat.", "summer", "winter", "week", "weekend", "years", "ago", "later", "earlier", "a", "two",
    "third", "quarter", "half", "Q4", "early", "mid-", "end", "by", "in", "since", "3", "p.m.", "15:28", ",",
    ".", "\n", "recent", "now", "today", "tonight", "night", "Christmas", "1990s", "'90s", "20th", "century",
    "following", "same", "day", "that", "for", "will", "2/30/2024", "2025-02-30", "0", "1600", "2199",
    "minutes", "hours", "decade", "centuries", "before", "after", "noon", "Thursday", "every", "twice", "daily",
    "Mondays", "fiscal", "FY2024", "nineties", "Easter", "'58", "10-12", "several", "few", "an", "hour",
)  # fmt: skip


@given(
    words=st.lists(st.sampled_from(TOKENS), max_size=30),
    published=st.one_of(st.none(), st.dates(dt.date(1700, 1, 1), dt.date(2190, 12, 31))),
)
@settings(max_examples=300, deadline=None)
def test_any_mix_of_date_words_parses(words, published):
    text = " ".join(words)
    for m in find_temporal(text, published):
        assert text[m.start : m.end] == m.text
        assert m.date_start is None or m.date_end is None or m.date_start <= m.date_end


def test_minutes_or_hours_after_an_anchor_are_no_date():
    """ "Thirty minutes later" once raised KeyError, then resolved to the anchor's day; now it is no date
    (the duration "Thirty minutes" is the figure, test_extract); "two days later" stays one."""
    texts = [
        m.text for m in find_temporal("The blast came on March 3, 2020. Thirty minutes later, sirens sounded.", MON)
    ]
    assert texts == ["March 3, 2020"]
    texts = [m.text for m in find_temporal("The blast came on March 3, 2020. Two days later, sirens sounded.", MON)]
    assert texts == ["March 3, 2020", "Two days later"]
