"""Case tables for numeric extraction: `(text, expected rows)`, grouped by where the case came from.

Every sentence here is written for these tests in the style of news copy; none is copied from the
default corpus. An expected row lists only the columns it checks; `None` for low/high means NaN
(no bound). Each table's rows must be exactly the numeric rows `extract` returns for the text.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

from factkit import Article, extract, extract_articles

NUMERIC = {"count", "money", "percent", "measure", "number", "duration"}


def _case_id(case: tuple) -> str:
    return " ".join(case[0].split()[:6])


def _check(text: str, expected: list[dict], published: str | None = None, kinds=NUMERIC) -> None:
    facts = extract(text, published=published)
    got = facts[facts["kind"].isin(kinds)].to_dict("records")
    assert [r["text"] for r in got] == [e["text"] for e in expected], got
    for row, exp in zip(got, expected, strict=True):
        for key, want in exp.items():
            have = row[key]
            if key in ("low", "high"):
                if want is None:
                    assert math.isnan(have), (key, row)
                else:
                    assert have == pytest.approx(want), (key, row)
            else:
                assert have == want, (key, row)


def _rows(*specs: tuple) -> list[dict]:
    keys = ("text", "kind", "low", "high", "qualifier")
    return [dict(zip(keys, s, strict=False)) for s in specs]


CASES_NUMBERS = [
    ("Officials said 1,250 homes were damaged.", _rows(("1,250", "count", 1250, 1250, "exact"))),
    ("The fund now holds 1.5 million dollars.", _rows(("1.5 million dollars", "money", 1.5e6, 1.5e6))),
    ("About 11k fans filled the stadium.", _rows(("About 11k", "count", 11000, 11000, "approx"))),
    # a capital letter glued to a number after a capitalised word is a name: a room, a gate, a block
    ("He was led from Courtroom 4B after the verdict.", []),
    ("Nearly 4B people watched.", _rows(("Nearly 4B", "count", 4e9, 4e9, "approx"))),
    ("They debate it for two weeks, and tens of thousands will watch.",
     _rows(("two weeks", "duration", 14, 14), ("tens of thousands", "count", 20000, 99999, "vague"))),
    # how many times: "twice" is 2 ("twice a week" is a frequency, a date row)
    ("The launch was called off twice.", _rows(("twice", "number", 2, 2))),
    ("Eleven thousand workers walked out.", _rows(("Eleven thousand", "count", 11000, 11000, "exact"))),
    ("Two dozen journalists were detained.", _rows(("Two dozen", "count", 24, 24, "exact"))),
    ("A hundred volunteers cleared the beach.", _rows(("A hundred", "count", 100, 100, "exact"))),
    ("The strike idled one hundred and fifty ships.", _rows(("one hundred and fifty", "count", 150, 150))),
    ("Twenty-five people were rescued.", _rows(("Twenty-five", "count", 25, 25))),
    ("Half a million voters stayed home.", _rows(("Half a million", "count", 5e5, 5e5))),
    ("The census counted 12,34,567 residents.", _rows(("12,34,567", "count", 1234567, 1234567))),
    ("Temperatures fell to -12 overnight.", _rows(("-12", "number", -12, -12))),
    ("The economy shrank by −0.3 in the quarter.", _rows(("−0.3", "number", -0.3, -0.3))),
    ("Only .5 of a point separated them.", _rows((".5", "number", 0.5, 0.5))),
    ("The probe travelled 1.2e9 kilometres.", _rows(("1.2e9 kilometres", "measure", 1.2e9, 1.2e9))),
    ("The index stood at two hundred point zero three.", _rows(("two hundred point zero three", "number", 200.03))),
    ("Three and a half thousand fans came.", _rows(("Three and a half thousand", "count", 3500, 3500))),
    ("Rescuers pulled 3 survivors and 12 bodies from the rubble.",
     _rows(("3", "count", 3, 3), ("12", "count", 12, 12))),
    # thousands grouped by spaces, never "000" = 0
    ("The charity raised 25 000 euros.", _rows(("25 000 euros", "money", 25000, 25000))),
    ("Officials counted 1 204 311 ballots.", _rows(("1 204 311", "count", 1204311, 1204311))),
    ("On June 12 400 runners set off.", _rows(("400", "count", 400, 400))),  # a day, then a count
    # negatives written out
    ("Overnight the gauge read minus 7 degrees.", _rows(("minus 7 degrees", "measure", -7, -7))),
    ("Growth was negative two percent.", _rows(("negative two percent", "percent", -2, -2))),
    # slash and vulgar fractions; "9/11" after "since" stays a date-like label
    ("Nearly 2/3 of the wells ran dry.", _rows(("Nearly 2/3", "percent", 200 / 3, 200 / 3, "approx"))),
    ("Engineers added a 1/4 inch seal.", _rows(("1/4 inch", "measure", 0.25, 0.25))),
    ("Marchers walked 3½ miles.", _rows(("3½ miles", "measure", 3.5, 3.5))),
    ("Security changed after 9/11 and the shop opens 24/7.", []),
    # fractions of a scale word
    ("The bridge cost half million pounds.", _rows(("half million pounds", "money", 5e5, 5e5))),
    ("About a quarter million tourists came.", _rows(("About a quarter million", "count", 2.5e5, 2.5e5, "approx"))),
    ("Two thirds of a million homes lost power.", _rows(("Two thirds of a million", "count", 2e6 / 3, 2e6 / 3))),
    ("The city has 4 million and a half residents.", _rows(("4 million and a half", "count", 4.5e6, 4.5e6))),
    ("The fund reached two billion and a half.", _rows(("two billion and a half", "number", 2.5e9, 2.5e9))),
    # a glued "m" is metres unless money or a plural noun makes it a million
    ("The wall is 4.5m high.", _rows(("4.5m", "measure", 4.5, 4.5))),
    ("Some 2m pensioners will benefit.", _rows(("Some 2m", "count", 2e6, 2e6, "approx"))),
    ("Output rose to 1.2 billion barrels.", _rows(("1.2 billion barrels", "measure", 1.2e9, 1.2e9))),
    ("The score was nine point nought four.", _rows(("nine point nought four", "number", 9.04, 9.04))),
    # digits with scale words, as in transcripts and wire copy
    ("The agency logged 4 thousand 3 hundred and 21 complaints.",
     _rows(("4 thousand 3 hundred and 21", "count", 4321, 4321))),
    ("Police counted 5 thousand three hundred marchers.", _rows(("5 thousand three hundred", "count", 5300, 5300))),
    ("The fine was $5 million 10 years ago.", _rows(("$5 million", "money", 5e6, 5e6))),  # never 5,000,010
    ("It cost 2 million and 20 more were added.", _rows(("2 million", "number", 2e6), ("20", "number", 20))),
    # Indian English scales; "lakh crore" is 10^12
    ("The budget sets aside Rs 5 lakh crore for roads.", _rows(("Rs 5 lakh crore", "money", 5e12, 5e12))),
    ("About 3 hundred thousand pilgrims arrived.", _rows(("About 3 hundred thousand", "count", 3e5, 3e5, "approx"))),
    # more scale suffixes: "tln", finance "MM", "mil", a decimal before "b"
    ("Debt passed 10 tln roubles.", _rows(("10 tln roubles", "money", 1e13, 1e13))),
    ("The fund targets US$ 1MM in revenue.", _rows(("US$ 1MM", "money", 1e6, 1e6))),
    ("Analysts expect 1.2b in sales.", _rows(("1.2b", "number", 1.2e9))),
    ("The shop sold 3 doz eggs.", _rows(("3 doz", "count", 36, 36))),
    # a fraction said in words; "and one half" is a fraction, not "and one"
    ("They have two million and one half shares.", _rows(("two million and one half", "count", 2.5e6, 2.5e6))),
    ("The rate is three and one fourth.", _rows(("three and one fourth", "number", 3.25, 3.25))),
    ("The deal is worth one billion and a half million.",
     _rows(("one billion and a half million", "number", 1.0005e9, 1.0005e9))),
    ("Only three twenty-firsts of it remains.", _rows(("three twenty-firsts", "percent", 300 / 21, 300 / 21))),
    ("The ratio was one over three.", _rows(("one over three", "number", 1 / 3, 1 / 3))),
    ("Deaths rose by 10 over three days.", _rows(("10", "number", 10), ("three days", "duration", 3, 3))),
    ("Over 300 people came.", _rows(("Over 300", "count", 300, None, "more_than"))),
    # scientific notation and powers
    ("The sample held 1.3x10^6 cells.", _rows(("1.3x10^6", "number", 1.3e6, 1.3e6))),
    ("The error rate is 6.23x10^-4.", _rows(("6.23x10^-4", "number", 6.23e-4, 6.23e-4))),
    ("The answer was minus one.", _rows(("minus one", "number", -1, -1))),
]  # fmt: skip

CASES_VAGUE = [
    ("Hundreds of protesters gathered outside.", _rows(("Hundreds", "count", 200, 999, "vague"))),
    ("Tens of thousands of people fled.", _rows(("Tens of thousands", "count", 2e4, 99_999, "vague"))),
    ("Hundreds of thousands of tourists visit.", _rows(("Hundreds of thousands", "count", 2e5, 999_999))),
    ("Dozens of drones were shot down overnight.", _rows(("Dozens", "count", 24, 99, "vague"))),
    ("Several soldiers were injured.", _rows(("Several", "count", 3, 9, "vague"))),
    ("A few hundred supporters waved flags.", _rows(("A few hundred", "count", 200, 500, "vague"))),
    ("Several thousand troops crossed the river.", _rows(("Several thousand", "count", 3000, 9000))),
    ("Millions of viewers tuned in.", _rows(("Millions", "count", 2e6, 999e6, "vague"))),
    ("About two dozen reporters waited.", _rows(("About two dozen", "count", 24, 24, "approx"))),
]  # fmt: skip

CASES_BOUNDS = [
    ("More than 10,000 troops were sent.", _rows(("More than 10,000", "count", 10000, None, "more_than"))),
    ("Over 300 flights were cancelled.", _rows(("Over 300", "count", 300, None, "more_than"))),
    ("At least 12 people were killed.", _rows(("At least 12", "count", 12, None, "at_least"))),
    ("Up to 12,000 soldiers may be involved.", _rows(("Up to 12,000", "count", None, 12000, "up_to"))),
    ("As many as 40 vessels were seized.", _rows(("As many as 40", "count", None, 40, "up_to"))),
    ("Nearly 500 families lost power.", _rows(("Nearly 500", "count", 500, 500, "approx"))),
    ("It has a population of a little over seven million.",
     _rows(("a little over seven million", "count", 7e6, None, "more_than"))),
    ("Some blades were longer than 60cm.", _rows(("longer than 60cm", "measure", 60, None, "more_than"))),
    # a range may open with "one" ("one" alone needs a counted noun to be a figure)
    ("Each patient infects between one and 40 people.", _rows(("between one and 40", "count", 1, 40, "exact"))),
    ("One or two lanes stayed open.", _rows(("One or two", "count", 1, 2, "exact"))),
    ("Almost 90 schools closed.", _rows(("Almost 90", "count", 90, 90, "approx"))),
    ("Around 11,000 troops are deployed.", _rows(("Around 11,000", "count", 11000, 11000, "approx"))),
    ("Some 11,000 troops arrived.", _rows(("Some 11,000", "count", 11000, 11000, "approx"))),
    ("Roughly 2 million people voted.", _rows(("Roughly 2 million", "count", 2e6, 2e6, "approx"))),
    ("An estimated 7,000 migrants crossed.", _rows(("An estimated 7,000", "count", 7000, 7000, "approx"))),
    ("Fewer than 100 survivors were found.", _rows(("Fewer than 100", "count", None, 100, "at_most"))),
    ("Less than 2% of ballots were spoiled.", _rows(("Less than 2%", "percent", None, 2, "at_most"))),
    ("The camp holds 500 or more refugees.", _rows(("500 or more", "count", 500, None, "at_least"))),
    ("Between 10,000 and 12,000 troops took part.",
     _rows(("Between 10,000 and 12,000", "count", 10000, 12000, "exact"))),
    ("Estimates put the crowd at 10,000-12,000 people.",
     _rows(("10,000-12,000", "count", 10000, 12000, "exact"))),
    ("The army lost 10,000 to 12,000 soldiers.", _rows(("10,000 to 12,000", "count", 10000, 12000))),
    ("The blast destroyed two or three buildings.", _rows(("two or three", "count", 2, 3, "exact"))),
    ("The toll rose from 40 to 52 victims.", _rows(("40", "count", 40, 40), ("52", "count", 52, 52))),
    # ... but after a verb of spread "from X to Y" is one range
    ("Ticket prices range from £25 to £95.", _rows(("£25 to £95", "money", 25, 95))),
    ("Estimates vary from 10,000 to 12,000 troops.", _rows(("10,000 to 12,000", "count", 10000, 12000))),
    # "by X to Y": a step and the new total, unless the ends are within x2 ("by 10 to 15 per cent")
    ("The pension rises by 110 rand to 2,425 rand a month.",
     _rows(("110 rand", "money", 110, 110), ("2,425 rand", "money", 2425, 2425), ("a month", "duration", 30, 30))),
    ("The grant rises by 30 to 590 dollars.", _rows(("30", "count", 30, 30), ("590 dollars", "money", 590, 590))),
    ("The firm will cut costs by 10 to 15 per cent.", _rows(("10 to 15 per cent", "percent", 10, 15))),
    ("Stamps rose 5 to 73 dollars.", _rows(("5", "count", 5, 5), ("73 dollars", "money", 73, 73))),
    ("Prices rose 10 to 15 per cent.", _rows(("10 to 15 per cent", "percent", 10, 15))),
    # "go up to": the level reached, not the bound "up to"
    ("The VAT rate will go up to 15.5% from 15%.",
     _rows(("15.5%", "percent", 15.5, 15.5, "exact"), ("15%", "percent", 15, 15))),
    ("They sent up to 12,000 troops.", _rows(("up to 12,000", "count", None, 12000, "up_to"))),
    ("Its cars can go up to 435 miles.", _rows(("up to 435 miles", "measure", None, 435, "up_to"))),
    # the rand's "R" in a text about the rand; elsewhere "R8" is a name
    ("The rand firmed as South Africa set spending at R2.63-trillion; the grant rises to more than R590.",
     _rows(("R2.63-trillion", "money", 2.63e12, 2.63e12), ("more than R590", "money", 590, None, "more_than"))),
    ("The Audi R8 was sold for 150,000 dollars.", _rows(("150,000 dollars", "money", 150000, 150000))),
    # cents glued in lower case ("40C" is a temperature); not after a label ("Room 16c")
    ("Fuel rises 16c a litre.", _rows(("16c", "money", 0.16, 0.16))),
    ("Room 16c was empty.", []),
    # relational phrases and symbols
    ("Loans of less than or equal to 500 dollars are exempt.",
     _rows(("less than or equal to 500 dollars", "money", None, 500, "at_most"))),
    ("Firms with greater than or equal to 50 staff must report.",
     _rows(("greater than or equal to 50", "count", 50, None, "at_least"))),
    ("Rents higher than 900 euros were capped.", _rows(("higher than 900 euros", "money", 900, None, "more_than"))),
    ("Costs exceeded 2 million dollars.", _rows(("exceeded 2 million dollars", "money", 2e6, None, "more_than"))),
    ("Flagged readings: >40 and <=12.",
     _rows((">40", "number", 40, None, "more_than"), ("<=12", "number", None, 12, "at_most"))),
    # an approximate range keeps both ends; a unit may sit on both ends
    ("Tickets cost around 30-45 dollars.", _rows(("around 30-45 dollars", "money", 30, 45, "approx"))),
    ("Doses of 20 mg to 40 mg were tested.", _rows(("20 mg to 40 mg", "measure", 20, 40, "exact"))),
    ("Fees are between 5 euros and 8 euros.", _rows(("between 5 euros and 8 euros", "money", 5, 8))),
    ("Rates of 3% to 4% were discussed.", _rows(("3% to 4%", "percent", 3, 4))),
    ("The plan calls for 6- to 9-metre walls.", _rows(("6- to 9-metre", "measure", 6, 9))),
    ("Turnout ranged 40 through 60 in the polls.", _rows(("40 through 60", "number", 40, 60))),
]  # fmt: skip

CASES_MONEY = [
    # a range keeps its currency: "£65 or €75" is one refund in two currencies
    ("Fans will be refunded £65 or €75 for the cancelled Sunday.",
     _rows(("£65", "money", 65, 65), ("€75", "money", 75, 75))),
    ("Tickets cost £10 to £15.", _rows(("£10 to £15", "money", 10, 15))),
    ("The deal is worth $1.5 billion.", _rows(("$1.5 billion", "money", 1.5e9, 1.5e9, "exact"))),
    ("Moscow paid 1.5 billion rubles.", _rows(("1.5 billion rubles", "money", 1.5e9, 1.5e9))),
    ("The club spent €20m on the striker.", _rows(("€20m", "money", 2e7, 2e7))),
    ("Each family received 500,000 won.", _rows(("500,000 won", "money", 5e5, 5e5))),
    ("Britain pledged £2bn in aid.", _rows(("£2bn", "money", 2e9, 2e9))),
    ("Tickets cost 50 cents.", _rows(("50 cents", "money", 0.5, 0.5))),
    ("The city spent more than $3 million.", _rows(("more than $3 million", "money", 3e6, None, "more_than"))),
    ("Fines range from US$5,000 to US$10,000.", _rows(("US$5,000 to US$10,000", "money", 5000, 10000))),
    ("Hundreds of millions of dollars were lost.",
     _rows(("Hundreds of millions of dollars", "money", 2e8, 999_999_999, "vague"))),
    ("Treatment at the clinic is free of charge.", _rows(("free of charge", "money", 0, 0, "exact"))),
    ("The ministry said the flights were completely free.", _rows(("completely free", "money", 0, 0))),
    ("Residents can park at no cost.", _rows(("at no cost", "money", 0, 0))),
    ("The state offers free tuition to veterans.", _rows(("free", "money", 0, 0))),
    # signs and codes after the amount, glued codes, spaced and lower-case dollar prefixes
    ("A coffee there costs 4 €.", _rows(("4 €", "money", 4, 4))),
    ("The fine was 300$ per day.", _rows(("300$", "money", 300, 300))),
    ("Bonds worth USD250 were sold.", _rows(("USD250", "money", 250, 250))),
    ("The council paid 900GBP for repairs.", _rows(("900GBP", "money", 900, 900))),
    ("The deal is worth hk $ 2.5 billion.", _rows(("hk $ 2.5 billion", "money", 2.5e9, 2.5e9))),
    ("Analysts expect a C $ 40 million charge.", _rows(("C $ 40 million", "money", 4e7, 4e7))),
    ("Shares closed at 12 USD million in value.", _rows(("12 USD million", "money", 1.2e7, 1.2e7))),
    ("He won 10 grand in the lottery.", _rows(("10 grand", "money", 1e4, 1e4))),
    ("She has reached two grand slam finals.", _rows(("two", "count", 2, 2))),
    ("The ministry paid 40 million Kuwaiti dinars.", _rows(("40 million Kuwaiti dinars", "money", 4e7, 4e7))),
    ("Rent is 1,200 ringgit.", _rows(("1,200 ringgit", "money", 1200, 1200))),
    ("The firm bid one-yen for the contract.", _rows(("one-yen", "money", 1, 1))),
    # compound amounts
    ("A loaf now costs 2 dollars 40 cents.", _rows(("2 dollars 40 cents", "money", 2.4, 2.4))),
    ("The fare is seven dollars and twenty-five cents.",
     _rows(("seven dollars and twenty-five cents", "money", 7.25, 7.25))),
    ("A pint was 4 pounds 20.", _rows(("4 pounds 20", "money", 4.2, 4.2))),
    ("Each paid 5 dollars, 20 guests stayed.", _rows(("5 dollars", "money", 5, 5), ("20", "count", 20, 20))),
]  # fmt: skip

CASES_UNITS = [
    # one unit after a bound word ("a mile" alone is an idiom as often as a measure)
    ("The column stretched for well over a kilometre.",
     _rows(("well over a kilometre", "measure", 1, None, "more_than"))),
    ("He lives less than a mile from the site.", _rows(("less than a mile", "measure", None, 1, "at_most"))),
    ("It is a mile away.", []),
    # a glued "m" is a million before a plural noun, after modifiers, and takes a unit written out
    ("Around 1.8m fixed-rate mortgages end this year.", _rows(("Around 1.8m", "count", 1.8e6, 1.8e6, "approx"))),
    ("It mined about 1.5m tonnes of coal.", _rows(("about 1.5m tonnes", "measure", 1.5e6, 1.5e6, "approx"))),
    ("The 1.8m high walls fell.", _rows(("1.8m", "measure", 1.8, 1.8))),
    ("Turnout fell 5% this time.", _rows(("5%", "percent", 5, 5))),
    ("Prices rose 5 percent.", _rows(("5 percent", "percent", 5, 5))),
    ("Unemployment is five per cent.", _rows(("five per cent", "percent", 5, 5))),
    ("The column stretched 40 km along the road.", _rows(("40 km", "measure", 40, 40))),
    ("The storm dumped 300 millimetres of rain.", _rows(("300 millimetres", "measure", 300, 300))),
    ("The ship carried 2,000 tonnes of grain.", _rows(("2,000 tonnes", "measure", 2000, 2000))),
    ("The convoy drove 300 miles.", _rows(("300 miles", "measure", 300, 300))),
    ("A 12-year-old girl was among the injured.", _rows(("12-year-old", "number", 12, 12))),
    ("It was the fifth round of talks.", _rows(("fifth", "number", 5, 5))),
    # a fraction of a whole is a share, kept as percent (CASES_PROPORTIONS)
    ("Two-thirds of the budget went to defence.", _rows(("Two-thirds", "percent", 200 / 3, 200 / 3))),
    ("A quarter of voters stayed home.", _rows(("A quarter", "percent", 25, 25))),
    ("Half of the staff quit.", _rows(("Half", "percent", 50, 50))),
    ("Three quarters of the votes were counted.", _rows(("Three quarters", "percent", 75, 75))),  # a share
    ("The stake grew to one and a half.", _rows(("one and a half", "number", 1.5, 1.5))),
    ("He won a fifth term in office.", _rows(("fifth", "number", 5, 5))),  # an ordinal, not 1/5
    ("Output saw a 20-fold rise.", _rows(("20", "number", 20, 20))),  # "-fold" counts nothing
    ("Marchers walked two and a half miles.", _rows(("two and a half miles", "measure", 2.5, 2.5))),
    ("Prices rose two and a half percent.", _rows(("two and a half percent", "percent", 2.5, 2.5))),
    # a fraction after "by" is a relative change, percent like "rose 33%" ("by a third of a metre" is not)
    ("Revenue rose by a third to 3.4bn.", _rows(("a third", "percent", 100 / 3, 100 / 3), ("3.4bn", "number", 3.4e9))),
    ("Sales fell by nearly a fifth in March.", _rows(("nearly a fifth", "percent", 20, 20, "approx"))),
    # a bare "half" after "by" is a change; "half the" a share
    ("Quarterly profit fell by more than half.", _rows(("more than half", "percent", 50, None, "more_than"))),
    ("Nearly half the village was flattened.", _rows(("Nearly half", "percent", 50, 50, "approx"))),
    # unit words hyphenated as an adjective, symbols after a hyphen, compound symbols
    ("They bought a 2,100-square-foot house.", _rows(("2,100-square-foot", "measure", 2100, 2100))),
    ("Runners set off on a 5-km loop.", _rows(("5-km", "measure", 5, 5))),
    ("Its fleet averaged 104g/km of CO2.", _rows(("104g/km", "measure", 104, 104))),
    ("The coast moved by a third of a metre.", _rows(("a third", "number", 1 / 3, 1 / 3))),
    ("The road was blocked for a third of a mile.", _rows(("a third", "number", 1 / 3, 1 / 3))),
    # heights in feet and inches; an "in" before a noun phrase is the preposition
    ("The suspect is 5 feet and 2 inches tall.", _rows(("5 feet and 2 inches", "measure", 5 + 2 / 12))),
    ("The fence is 6 ft 2 in high.", _rows(("6 ft 2 in", "measure", 6 + 2 / 12))),
    ("The wall stood 6 feet 2 in the old town.", _rows(("6 feet", "measure", 6), ("2", "number", 2))),
    ("A 7lb 3oz baby girl was born on the flight.", _rows(("7lb 3oz", "measure", 7 + 3 / 16))),
    # a glued C/F is a temperature only after a temperature word; "Seat 12F" is a label
    ("Temperatures reached 40C in Seville.", _rows(("40C", "measure", 40, 40))),
    # a glued C or F with a temperature word before or after it; ranges too
    ("Resort roasts at 46.8C as heat grips the coast.", _rows(("46.8C", "measure", 46.8, 46.8))),
    ("Forecasters expect 42-44C inland.", _rows(("42-44C", "measure", 42, 44))),
    ("Room 4F was closed.", []),
    ("The town's weather station registered 46.8C on Monday.", _rows(("46.8C", "measure", 46.8, 46.8))),
    # the other scale in brackets after a temperature; bare "degrees" take the scale the text uses
    ("Heat reached 37C (99F) inland.", _rows(("37C", "measure", 37, 37), ("99F", "measure", 99, 99))),
    # part of one unit; "near" is approximate, and so is a conversion of an approximate amount
    ("The boat was carried half a mile inland.", _rows(("half a mile", "measure", 0.5, 0.5))),
    # a vague magnitude of a plural unit is a vague measure or duration
    ("We were hundreds of miles from land.", _rows(("hundreds of miles", "measure", 200, 999, "vague"))),
    # a unit symbol in capitals in a line of capitals (a tabloid headline)
    ("ENGINE BLOWS AT 37,000FT", _rows(("37,000FT", "measure", 37000, 37000))),
    ("A 40KM QUEUE FORMED", _rows(("40KM", "measure", 40, 40))),
    ("The rescue took hundreds of hours.", _rows(("hundreds of hours", "duration", 200 / 24, 999 / 24, "vague"))),
    # ... and of a percentage point: a percent
    ("VAT rises by half a percentage point.", _rows(("half a percentage point", "percent", 0.5, 0.5))),
    ("The bank made a quarter-point cut.", _rows(("quarter-point", "percent", 0.25, 0.25))),
    ("It lies a quarter of a mile away.", _rows(("a quarter of a mile", "measure", 0.25, 0.25))),
    ("Highs near 92 degrees are forecast.", _rows(("near 92 degrees", "measure", 92, 92, "approx"))),
    ("A station about 9 miles (14 km) offshore.",
     _rows(("about 9 miles", "measure", 9, 9, "approx"), ("14 km", "measure", 14, 14, "approx"))),
    # a fraction before a verb is a share of those just named
    ("Officials say about two-thirds complied.", _rows(("about two-thirds", "percent", 200 / 3, 200 / 3, "approx"))),
    ("The plane made a 90-degree turn.", _rows(("90-degree", "measure", 90, 90))),
    # volumes of reservoirs; a share of a container's capacity
    ("The reservoirs hold 412 hm³, or 412 cubic hectometres.",
     _rows(("412 hm³", "measure", 412, 412), ("412 cubic hectometres", "measure", 412, 412))),
    ("The reservoir is less than a quarter full.", _rows(("less than a quarter", "percent", None, 25, "at_most"))),
    # a conversion in brackets keeps the bound of the amount it converts
    ("Heat stayed above 40C (104F) in the valley.",
     _rows(("above 40C", "measure", 40, None, "more_than"), ("104F", "measure", 104, None, "more_than"))),
    ("The firm paid more than £2m ($2.5m).",
     _rows(("more than £2m", "money", 2e6, None, "more_than"), ("$2.5m", "money", 2.5e6, None, "more_than"))),
    ("Days at or above 40C are rare in a heatwave.", _rows(("at or above 40C", "measure", 40, None, "at_least"))),
    ("He sat in 12F near the wing.", []),
    # a unit on both ends of a dash range; pence and inches glued to the digits
    ("Rates will sit at 5.25%-5.5% this year.", _rows(("5.25%-5.5%", "percent", 5.25, 5.5))),
    ("Petrol hit 150p a litre, up 10p.", _rows(("150p", "money", 1.5, 1.5), ("10p", "money", 0.1, 0.1))),
    ("Bus fares rose to 10p-20p.", _rows(("10p-20p", "money", 0.1, 0.2))),
    ("The storm dumped 30in of rain.", _rows(("30in", "measure", 30, 30))),
    # basis points are hundredths of a percentage point ("bp" in lower case: "BP" is the company)
    ("The bank cut rates by 25 basis points to 4.5%.",
     _rows(("25 basis points", "percent", 0.25), ("4.5%", "percent", 4.5))),
    ("It announced a 50bp hike.", _rows(("50bp", "percent", 0.5, 0.5))),
    # a unit symbol in brackets, as in tables
    ("Load: 20 (kg) per crate.", _rows(("20 (kg)", "measure", 20, 20))),
    # "pounds" is sterling unless a weight word stands near
    ("The baby weighed eight pounds.", _rows(("eight pounds", "measure", 8, 8))),
    ("A metric ton is about 2,204.62 pounds.", _rows(("about 2,204.62 pounds", "measure", 2204.62, 2204.62, "approx"))),
    ("He paid 50 pounds for the ticket.", _rows(("50 pounds", "money", 50, 50))),
    # "percent of 10" at the end of a phrase is 10%, but not after a number
    ("The tax rate was set at percent of 10.", _rows(("percent of 10", "percent", 10, 10))),
    ("Half the staff, 50 percent of 10, left.",
     _rows(("Half", "percent", 50), ("50 percent", "percent", 50), ("10", "number", 10))),
]  # fmt: skip

CASES_DURATIONS = [
    ("The talks lasted two hours.", _rows(("two hours", "duration", 2 / 24, 2 / 24))),
    ("He boarded a two-hour flight.", _rows(("two-hour", "duration", 2 / 24, 2 / 24))),
    ("She returned after a week-long trip.", _rows(("week-long", "duration", 7, 7))),
    ("The siege lasted three weeks.", _rows(("three weeks", "duration", 21, 21))),
    ("A few weeks later the letter arrived.", _rows(("A few weeks", "duration", 14, 35, "vague"))),
    # minutes or hours after an anchor are a duration, not the anchor's day ("two days later" is a date)
    ("The rocket lifted off on 9 June 2026 and released the satellite 58 minutes later.",
     _rows(("58 minutes", "duration", 58 / 1440, 58 / 1440))),
    ("Fighting went on for more than two years.",
     _rows(("more than two years", "duration", 730, None, "more_than"))),
    # "over" after an amount names the period ("3,000 jobs over 10 years"); after a verb it is a bound
    ("It will create 3,000 jobs over 10 years.", _rows(("10 years", "duration", 3650, 3650, "exact"))),
    ("Police get $4-billion over three years.", _rows(("three years", "duration", 1095, 1095, "exact"))),
    ("The siege lasted over 10 years.", _rows(("over 10 years", "duration", 3650, None, "more_than"))),
    # mixed numbers take units like any number
    ("He was jailed for three and a half years.", _rows(("three and a half years", "duration", 1277.5, 1277.5))),
    ("It took 2 and a half years to rebuild.", _rows(("2 and a half years", "duration", 912.5, 912.5))),
    ("She served two-and-a-half years.", _rows(("two-and-a-half years", "duration", 912.5, 912.5))),
    ("The deal took a year and a half.", _rows(("a year and a half", "duration", 547.5, 547.5))),
    ("The captain has more than 18,000 flying hours.",
     _rows(("more than 18,000 flying hours", "duration", 750, None, "more_than"))),
    ("The speech lasted an hour-and-a-half.", _rows(("an hour-and-a-half", "duration", 1.5 / 24, 1.5 / 24))),
    # a smaller unit after a duration is one duration ("P2Y3M"); a rate ("24 hours a day") is not
    ("He served two years and three months in jail.",
     _rows(("two years and three months", "duration", 820, 820))),
    ("It released the satellite 58 min 12 s after liftoff.",
     _rows(("58 min 12 s", "duration", 3492 / 86400, 3492 / 86400))),
    # a glued "s" is seconds after digits only: "tens" is no "ten s"
    ("They debate it for two weeks, and tens of thousands will watch.", _rows(("two weeks", "duration", 14, 14))),
    ("The appeal took 1 year, 2 months.", _rows(("1 year, 2 months", "duration", 425, 425))),
    ("The flight took 3 hours 20 minutes.", _rows(("3 hours 20 minutes", "duration", 200 / 1440, 200 / 1440))),
    ("Staff worked 24 hours a day, 7 days a week.",
     _rows(("24 hours", "duration", 1, 1), ("7 days", "duration", 7, 7))),
    ("The talks lasted 2 days and a night.", _rows(("2 days", "duration", 2, 2))),
]  # fmt: skip

CASES_COUNTED = [
    # (text, figure text, counted lemma, subject)
    ("A 10,000-strong force crossed the border.", "10,000-strong", "force", "force"),
    ("Most of the 600-page report was redacted.", "600-page", "page", "page"),
    ("A nine-member panel will review it.", "nine-member", "member", "member"),
    ("The 300-strong crowd cheered.", "300-strong", "crowd", "crowd"),
    # two modifiers joined by "and" before one noun; a bare number of people taken to hospital
    ("Two dozen fire and rescue vehicles met the jet.", "Two dozen", "vehicle", "fire and rescue vehicles"),
    ("Two were rushed to hospital.", "Two", "person", "rushed"),
    ("Two of them were admitted to hospital.", "Two", "person", "admitted"),
    ("Bongani Zulu, a 34-year-old father of three, was not impressed.", "three", "child", "children"),
    ("The other victim was a dad of 34 with a weak immune system.", "34", None, None),
    ("More than 3,000 North Koreans have been killed.", "More than 3,000", "north korean", "North Koreans"),
    ("Hundreds of Russian soldiers were treated.", "Hundreds", "soldier", "Russian soldiers"),
    ("Some 11,000 troops from North Korea were deployed.", "Some 11,000", "troop", "troops from North Korea"),
    ("He shared a ward with about two dozen other patients.", "about two dozen", "patient", "patients"),
    ("“Hundreds” of wounded veterans were flown out.", "Hundreds", "veteran", "wounded veterans"),
    ("Police detained 40 people overnight.", "40", "person", "people"),
    ("The war displaced hundreds of thousands of Ukrainians.", "hundreds of thousands", "ukrainian",
     "Ukrainians"),
    ("The complex includes about 150 hotels.", "about 150", "hotel", "hotels"),
    # no noun after the number: a state word counts people, "of them" and a bare number take the count
    # before it in the sentence, "toll" counts deaths, "number of X" counts X, "a town of" residents
    ("The ministry reports 5,940 injured.", "5,940", "person", "injured"),
    ("Some 34,000 homes were damaged, 12,500 of them destroyed.", "12,500", "home", "homes"),
    ("There are 23 helicopters, including nine from abroad.", "nine", "helicopter", "helicopters"),
    ("Storm leaves 4 dead, 610,000 without power.", "610,000", "person", None),  # people, not the dead
    # "of the injured" counts people ("of the injured soldiers" soldiers); "of its more than 3,000 staff" staff
    ("Four of the injured were in a critical condition.", "Four", "person", "injured"),
    ("Two of the injured soldiers died.", "Two", "soldier", "injured soldiers"),
    ("Halden employs 1,400 of its more than 3,000 staff.", "1,400", "staff", "staff"),
    ("Three regional party chairmen called for him to go.", "Three", "chairman", "regional party chairmen"),
    # "of them" takes the count of a sentence before, as "N more" does
    ("Some 37 people were taken to hospital. Two of them were in a critical condition.", "Two", "person",
     "people"),
    # "men", "people" end a noun phrase ("three men continues"); a lone "one" with an outcome takes the count
    # before it in the sentence
    ("The search for the remaining three men continues.", "three", "man", "men"),
    ("Two miners were confirmed dead and one remains missing.", "one", "miner", "miners"),
    # "mum-of-two", "a father-of-three" count children; a name's age after it lends no noun
    ("Mum-of-two storms to power.", "two", "child", "children"),
    ("A father-of-three from Brno died.", "three", "child", "children"),
    ("Mum-of-three Rosaria, 29, told local TV.", "29", None, "Mum-of-three Rosaria"),
    # an age's person: a name after "N-year-old"; a headline's capitalised noun is no name
    ("Seven-year-old Madina Yusupova was carried out.", "Seven-year-old", None, "Madina Yusupova"),
    ("Girl, 7, pulled out alive after 62 hours", "7", None, "girl"),
    ("The victims, four women and three men, were aged from 17 to 34.", "34", None, None),
    # after a verb of harm a bare number counts people; "the figure" restates the latest count near its value
    ("Czech train derailment kills at least seven, dozens injured.", "at least seven", "person", None),
    ("Some 45,000 protesters marched. Organisers put the figure at nearly 60,000.", "nearly 60,000", "protester",
     "protesters"),
    ("Some 45 protesters were held. Organisers put the figure at nearly 60,000.", "nearly 60,000", None, None),
    ("Some 612,400 customers had no power. By Thursday, that had fallen to about 388,000.", "about 388,000",
     "customer", "customers"),
    ("Some 2,480 people died. He said the true figure was already \"at least 2,600\".", "at least 2,600", "person",
     "people"),
    ("Officials counted 37 deaths. The true number is at least four times the official one.", "at least four", None,
     None),
    ("Four trains a day run instead of the usual eight.", "eight", "train", "trains"),
    ("The death toll had risen to 2,086 by this morning.", "2,086", "death", "death toll"),
    ("Officials put the number of displaced at about 180,000.", "about 180,000", "displaced", "displaced"),
    ("Boryk, a town of 42,000, was flattened.", "42,000", "person", "people"),
    ("Officials put the number of confirmed cases at 431.", "431", "case", "cases"),
    # after "age" or "retire at", a bare number is an age: it does not count the sentence's people
    ("Thousands of people marched against raising the retirement age to 67.", "67", None, None),
    ("Hundreds of nurses protested plans to make them work until 67.", "67", None, None),
    # the size of a crowd or an attendance counts people
    ("Police put the crowd in the capital at 42,000.", "42,000", "person", "people"),
    ("The firm put peak attendance at 61,500 on Thursday.", "61,500", "person", "people"),
    # of two plural nouns in a row, the second is the head
    ("The city funded 19 sports leagues.", "19", "league", "sports leagues"),
    # "no" before an outcome noun is a count of zero
    ("The region recorded 37 cases and no deaths.", "no", "death", "deaths"),
    ("No new cases were reported on Monday.", "No", "case", "new cases"),
    ("The region recorded 37 measles cases.", "37", "case", "measles cases"),
    ("At least 40 were killed and some 300 died later.", "some 300", "person", "died"),
    # "count of X" is "number of X"; an age after "aged" counts nothing
    ("The ministry raised its count of heat deaths to 41.", "41", "death", "deaths"),
    ("Four more deaths, all of people aged over 80, were confirmed.", "over 80", None, None),
    ("Officials recorded 37 deaths, most of them people over 75.", "over 75", None, None),
    # "who number N" counts its antecedent; "others" are people
    ("It was backed by the union's members, who number some 4,200.", "some 4,200", "member", "members"),
    ("One patient can infect up to 18 others.", "up to 18", "person", "others"),
    # "of us" are people; "list of X" is "number of X"; ages after "aged X and"; no noun across ";"
    ("We had two dozen camp beds between 60 of us.", "60", "person", "us"),
    ("The list of missing people stood at 15 on Friday.", "15", "person", "people"),
    ("Two children, aged six and nine, died.", "nine", None, None),
    # the count before it in the sentence lends its noun across ";" too
    ("Calabria notified 37 cases; nationally, Italy recorded 1,012.", "1,012", "case", "cases"),
    # after "N more" the noun may come from a sentence before (an ellipsis); not "40 more than"
    ("The force had 18,240 officers in December. We need at least 250 more.", "at least 250", "officer", "officers"),
    ("It has 300 staff. It wants 40 more than last year.", "40", None, None),
    # a part of a counted whole counts what the whole counts
    ("Fewer than 100 of the 260 affected villages were reached.", "Fewer than 100", "village", "affected villages"),
    ("The virus is in 58 of the region's 404 municipalities.", "58", "municipality", "municipalities"),
    # the plural subject of a verb of change ("cases rose to"); not prices, rates or other amounts
    ("Cases in the north rose from 61 to 139 in March.", "61", "case", "Cases"),
    ("Cases in the north rose from 61 to 139 in March.", "139", "case", "Cases"),
    ("Arrivals fell sharply to 1,200 in May.", "1,200", "arrival", "Arrivals"),
    ("Prices rose to 140 on Monday.", "140", None, None),
    ("Domestic burglaries fell by around 3% to just over 38,600.", "just over 38,600", "burglary", "burglaries"),
    ("Offences involving a knife rose 7.3% to 9,842.", "9,842", "offence", "Offences"),
    ("Burglaries in the province rose slightly, by 1.2 per cent to 7,480.", "7,480", "burglary", "Burglaries"),
    ("Hospital admissions, an indicator kept by the ministry, rose to 1,370 from 1,290.", "1,290", "admission",
     "admissions"),
    ("Police said deaths rose to 40.", "40", "death", "deaths"),
    # a bare "toll" counts deaths only where the sentence speaks of deaths
    ("The toll of the dead climbed to 2,480.", "2,480", "death", "toll"),
    ("Unions fear the real toll could be worse - up to 9,000 - once agency staff are counted.", "up to 9,000", None,
     None),
    ("Quake toll tops 2,700\n\nRescuers found 40 more dead on Friday.", "tops 2,700", "death", "toll"),
    # a superlative between number and noun; a clause after the number is not its noun phrase
    ("It lost ground in its two most important markets.", "two", "market", "important markets"),
    ("The number of jobs at stake was closer to 9,000 once agency staff came in.", "closer to 9,000", "job", "jobs"),
    # an age set off by commas after a name is that person's age (a number: nothing counted)
    ("Raymond Voss, 61, was also ordered to pay a fine.", "61", None, "Raymond Voss"),
    ("Rescuers carry Madina, 7, from the ruins.", "7", None, "Madina"),
]  # fmt: skip

CASES_ATTRIBUTION = [
    ("According to Kyiv, more than 3,000 soldiers have been killed.", "Kyiv"),
    ("More than 10,000 troops were sent, according to western estimates.", "western estimates"),
    ("The ambassador said hundreds of soldiers were treated.", "The ambassador"),
    ("Ukrainian and Western assessments say that some 11,000 troops were deployed.",
     "Ukrainian and Western assessments"),
    ("“Some 40 people were hurt,” said Dmytro Lubinets.", "Dmytro Lubinets"),
    ("According to the United States, South Korea, and Japan, up to 12,000 troops arrived.",
     "the United States, South Korea, and Japan"),
    ("At least 12 people were killed in the strike.", None),
    # appositive name after the role noun
    ("“About 300 were hurt,” the mayor, Anna Kovalenko, told the BBC.", "Anna Kovalenko"),
    # a list of sources before the verb
    ("Last week, France, Germany and Italy said up to 500 troops would go.", "France, Germany and Italy"),
    # "told" takes an object, not an inverted subject
    ("“Some 40 were arrested,” police told reporters.", "police"),
    # a pronoun takes the last named source of the sentences before
    ("Interior Minister Ihor Klymenko spoke on Monday. He said 14 people died.", "Interior Minister Ihor Klymenko"),
    # a verb whose claim follows it ("warned that") credits nothing before its own clause, but "he"
    ("A tremor killed 868 people in 2004, and a 2019 study by the survey warned that the fault was ready.", None),
    ("The storm had weakened to 105 mph, but the NHC warned that the surge was still deadly.", None),
    ("Aleksei told the Guardian his story. He was treated with about 24 soldiers, but he claimed that the group was"
     " confined.", "Aleksei"),
    ("Fifty people were killed, and hundreds injured, police said.", "police"),
    # a name before an appositive role; a comparison is no source
    ("Dr Bakhtiyor Ismoilov, a seismologist at the centre, said 300 aftershocks were recorded.",
     "Dr Bakhtiyor Ismoilov"),
    ("The centre rates the quake at 7.1 and its focus at 15km, deeper than the USGS estimate.", None),
]  # fmt: skip

CASES_NOT_FIGURES = [
    # URLs, images, e-mail addresses, clock times, phone numbers, years and labels are not figures
    "See https://example.com/2025/02/21/story-123.html for more.",
    "Write to jane.doe2025@example.org with tips.",
    "![photo](https://cdn.example.com/img/1200x800/photo_3.jpg)",
    "The meeting started at 15:28 local time.",
    # a range of two years is two dates, not a count ("2000-2100 copies" would be a count)
    "The 2015-2016 season was the club's worst.",
    "Exports grew between 2018 and 2020.",
    "Call the hotline on 02-2031-1234 today.",
    "Russia annexed Crimea in 2014.",
    "Article 5 of the treaty was invoked.",
    # a plural label word before a list of labels
    "Tram lines 9, 22 and 23 were diverted.",
    "Articles 5, 6, and 7 of the treaty apply.",
    "The F-16 jets arrived; COVID-19 cases fell.",
    "Comment (0/250)",
    "Version 2.3.1 fixed the bug.",
    "One of the first acknowledgments came later.",
    # a name's number inside a sentence, digits glued to letters, a name after a hyphen
    "The crash involved a Boeing 737 and a bus.",
    "Clubs in Ligue 1 spent less this summer.",
    "Operators rolled out 5G and 3D maps.",
    "The 7-Eleven chain grew fast.",
    "He spoke at 10 a.m. and again at 3pm.",
    "Email the desk or call 020 7946 0321 or +44 20 7946 0321.",
    "To donate, call 0800 555 0199.",
    "The quake struck at dawn (2317 GMT Monday).",
    "By Sophie Achterberg | 6 min read",  # an article's reading time
    # a teaser for another story is page furniture, even in text analysed as given
    "Read more: Five things you need to know about earthquakes",
    "Email the newsroom or call (203) 555-0148.",
    # phone numbers: three or more groups after a country code, after a word of calling, a bracketed trunk
    "Helpline for families: +48 62 555 01 99",
    "Families can call the rail helpline on 800 123 456.",
    "Contact Tom Whitfield at tw@example.com or 555-0142.",
    "The desk is on (020) 7946 0958.",
    # spoken and dotted clock times
    "The fire did things at 2 in the morning that we only see at 3 in the afternoon.",
    "Updated 06.00 BST",
    "Comments (143)",
    "It was no surprise that no one came.",
]  # fmt: skip


def test_a_list_after_a_plural_label_word_is_labels_but_a_list_of_counts_is_not():
    """ "lines 9, 22 and 23" are labels; "lines were cut ... and 22 buses" and a list of tolls are counts,
    every number of the list counting the noun after the last ("9, 22 and 23 people")."""
    assert extract("The lines were cut for 3 hours and 22 buses ran.")["text"].tolist() == ["3 hours", "22"]
    facts = extract("Officials said 9, 22 and 23 people died in three towns.")
    assert facts["kind"].tolist() == ["count"] * 4
    assert facts["counted"].tolist()[:3] == ["person"] * 3


#: Headline verbs are bounds ("toll tops 2,700"), "-plus" after a glued scale keeps the scale.
CASES_HEADLINE_BOUNDS = [
    ("Quake death toll tops 2,700.", _rows(("tops 2,700", "count", 2700, None, "more_than"))),
    ("Death toll nears 2,500 as rescuers dig.", _rows(("nears 2,500", "count", 2500, 2500, "approx"))),
    ("Sales surpassed $1bn last year.", _rows(("surpassed $1bn", "money", 1e9, None, "more_than"))),
    ("$300m-plus pledged for the rebuild.", _rows(("$300m-plus", "money", 3e8, None, "more_than"))),
    ("A bid worth £68m plus add-ons was rejected.", _rows(("£68m", "money", 6.8e7, 6.8e7, "exact"))),
    # approximators: "nearer", "in the region of", "perhaps", "barely"
    ("The true gap is nearer $140m.", _rows(("nearer $140m", "money", 1.4e8, 1.4e8, "approx"))),
    ("It is thought to cost in the region of €25m.", _rows(("in the region of €25m", "money", 2.5e7, 2.5e7, "approx"))),
    ("It was asked to take perhaps 15,000 people.", _rows(("perhaps 15,000", "count", 15000, 15000, "approx"))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES_HEADLINE_BOUNDS, ids=[_case_id(c) for c in CASES_HEADLINE_BOUNDS])
def test_headline_bounds(text, expected):
    _check(text, expected)


#: "first" / "second" as ranks after a determiner; elsewhere sequencing words (CASES_NOT_FIGURES)
CASES_RANKS = [
    ("It cut its forecast for the second time this year.", _rows(("second", "number", 2, 2))),
    ("Kessler issued its second profit warning.", _rows(("second", "number", 2, 2))),
    # a rank before a superlative: "second-largest", "third-biggest"; "second-hand" is none
    ("It is Poland's second-largest fertiliser producer.", _rows(("second", "number", 2, 2))),
    ("Halden is the third-biggest private employer.", _rows(("third", "number", 3, 3))),
    ("He ran the second-hand shop.", []),
    # "a pair of" is two, exactly ("a couple of" about two)
    ("The flight will carry a pair of navigation satellites.", _rows(("a pair of", "count", 2, 2, "exact"))),
    # an age by decade: "in her forties" (40-49), "in his early fifties" (50-53); "the sixties" is a date
    ("A woman in her forties died.", _rows(("forties", "number", 40, 49, "vague"))),
    ("The man, in his early fifties, is in hospital.", _rows(("early fifties", "number", 50, 53, "vague"))),
    # "a second" before a noun is a rank; before "longer", "later" it is a moment
    ("A second modeler, CoastRisk, said Wednesday.", _rows(("second", "number", 2, 2))),
    ("The panel lasted a second longer.", []),
    ("The city's first foreign-born treasurer resigned.", _rows(("first", "number", 1, 1))),
    ("Putin first mentioned the camp in June.", []),
    ("Growth slowed in the first half.", []),
    ("It sold 990,000 cars in the first nine months.",
     _rows(("990,000", "count", 990000, 990000), ("nine months", "duration", 270, 270))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES_RANKS, ids=[_case_id(c) for c in CASES_RANKS])
def test_ranks(text, expected):
    _check(text, expected)


#: More bounds and forms from the development corpora
CASES_MORE_FORMS = [
    ("He will appeal within 20 days.", _rows(("within 20 days", "duration", None, 20, "up_to"))),
    ("Cars sell for as little as £8,000.", _rows(("as little as £8,000", "money", 8000, None, "at_least"))),
    ("The true number is closer to 9,000 jobs.", _rows(("closer to 9,000", "count", 9000, 9000, "approx"))),
    ("Quarterly profit falls 58pc.", _rows(("58pc", "percent", 58, 58))),
    # "and" joins number words only after a scale word: "five and seven" is two ends of a range
    ("The defence asked for between five and seven years.",
     _rows(("between five and seven years", "duration", 1825, 2555))),
    # a rate: the count before "per 100,000" is a number, the base no figure at all
    ("The incidence is 22.4 cases per 100,000 people.", _rows(("22.4", "number", 22.4, 22.4))),
    ("That is 87.5 offences for every 1,000 people.", _rows(("87.5", "number", 87.5, 87.5))),
    # an age given as a duration is a number in its own unit
    ("Patients range in age from four months to 61 years.",
     _rows(("four months", "number", 4, 4), ("61 years", "number", 61, 61))),
    ("A few percentage points of coverage are missing.", _rows(("A few percentage points", "percent", 2, 5, "vague"))),
    ("The rate is more than ten times the average.", _rows(("more than ten", "number", 10, None, "more_than"))),
    ("Fevers above 39C are common.", _rows(("above 39C", "measure", 39, None, "more_than"))),
    # "over" after a spelled-out amount names the period, as after digits
    ("Jurors deliberated for about six hours over two days.",
     _rows(("about six hours", "duration", 0.25, 0.25, "approx"), ("two days", "duration", 2, 2))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES_MORE_FORMS, ids=[_case_id(c) for c in CASES_MORE_FORMS])
def test_more_forms(text, expected):
    _check(text, expected)


#: A number of months that is also a stretch of the calendar is a date of those days (TIMEX3 stays P9M)
CASES_REPORTING_PERIODS = [
    ("Sales rose in the first nine months.", "first nine months", "2026-01-01", "2026-09-30"),
    ("Profit fell in the three months to the end of September.", "three months to the end of September",
     "2026-07-01", "2026-09-30"),
    ("Output fell in the three months to December.", "three months to December", "2025-10-01", "2025-12-31"),
    ("Costs rise in the final three months.", "final three months", "2026-10-01", "2026-12-31"),
    ("Exports grew in the first six months of 2025.", "first six months", "2025-01-01", "2025-06-30"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "span", "first", "last"), CASES_REPORTING_PERIODS, ids=[c[1] for c in CASES_REPORTING_PERIODS]
)
def test_reporting_periods(text, span, first, last):
    row = extract(text, published="2026-10-29").set_index("text").loc[span]
    assert row["kind"] == "date" and str(row["date_start"])[:10] == first and str(row["date_end"])[:10] == last
    assert row["timex"].startswith("P") and pd.isna(row["low"])


@pytest.mark.parametrize("text", ["He served three months in jail.", "In the first six months of the war, 40 died."])
def test_months_that_are_no_period(text):
    facts = extract(text, published="2026-10-29")
    assert (facts["kind"] == "duration").any() and facts.loc[facts["kind"] == "duration", "date_start"].isna().all()


CASES_MAGNITUDE = [
    # an earthquake's magnitude is a measure; the word joins the span where it touches the number
    ("The magnitude 7.0 quake struck at dawn.", _rows(("magnitude 7.0", "measure", 7, 7))),
    ("A 7.8-magnitude earthquake hit the coast.", _rows(("7.8-magnitude", "measure", 7.8, 7.8))),
    ("The centre put the magnitude at 7.1.", _rows(("7.1", "measure", 7.1, 7.1))),
    ("The centre rates the quake at 7.1.", _rows(("7.1", "measure", 7.1, 7.1))),

    ("Quakes of magnitude 7 or greater are rare.", _rows(("magnitude 7 or greater", "measure", 7, None, "at_least"))),
    ("In 2004 a magnitude-6.4 tremor hit.", _rows(("magnitude-6.4", "measure", 6.4, 6.4))),
]  # fmt: skip


def test_storm_categories_are_measures_of_their_own_unit():
    """ "a Category 4 hurricane", "weakened to Category 2", "Cat 4" beside a storm word; not "the Cat 5 bus"."""
    facts = extract("The Category 4 hurricane weakened to Category 2. A Cat 4 storm is rare.").set_index("text")
    assert facts.loc[["Category 4", "Category 2", "Cat 4"], "unit"].tolist() == ["category"] * 3
    assert facts.loc[["Category 4", "Category 2", "Cat 4"], "low"].tolist() == [4, 2, 4]
    assert extract("The Cat 5 bus was late.").empty


@pytest.mark.parametrize(("text", "expected"), CASES_MAGNITUDE, ids=[_case_id(c) for c in CASES_MAGNITUDE])
def test_magnitude(text, expected):
    _check(text, expected)
    facts = extract(text)
    assert set(facts.loc[facts["kind"] == "measure", "unit"]) == {"magnitude"}


#: A rate ("11,000 passengers a day", "€35m a day") has no duration; a clock time alone is no row.
CASES_NO_DURATION = [
    "Trains carry about 11,000 passengers a day.",
    "The strike costs the economy €35m a day.",
    "Knife arches can screen up to 1,200 people an hour.",
    "The quake struck at 04:17 local time.",
]


@pytest.mark.parametrize("text", CASES_NO_DURATION)
def test_rates_and_clock_times_are_not_temporal_rows(text):
    assert not extract(text, published="2026-02-23")["kind"].isin(["duration", "date"]).any()


def test_no_date_inside_a_url_or_an_email_address():
    text = "Contact news@epiwatch.eu | https://epiwatch.eu/outbreaks/calabria-measles-2026 or 2026-news@x.org"
    assert extract(text, published="2026-03-19").empty


CASES_BUGS_CAUGHT = [
    # "hundreds of thousands" was once split into "hundreds" + "thousands"
    ("Since the war began, hundreds of thousands of soldiers have returned.",
     _rows(("hundreds of thousands", "count", 2e5, 999_999))),
    # the second half of a hyphenated range was blocked by the "F-16" guard
    ("Crowds of 10,000-12,000 people marched.", _rows(("10,000-12,000", "count", 10000, 12000))),
]  # fmt: skip

#: A lone "one" counts only before a noun and an outcome (casualties, arrests); elsewhere it is a determiner.
CASES_ONE = [
    ("One soldier was wounded.", _rows(("One", "count", 1, 1))),
    # the bare "two" counts what the count before it in the sentence counts (people)
    ("One person died and two were injured.", _rows(("One", "count", 1, 1), ("two", "count", 2, 2))),
    ("Only one civilian was later found dead.", _rows(("one", "count", 1, 1))),
    ("One young volunteer told reporters about the camp.", []),
    ("No one was hurt in the blast.", []),
    ("One day the guards were arrested.", _rows(("One day", "duration", 1, 1))),
    ("Police arrested one man and two women.", _rows(("one", "count", 1, 1), ("two", "count", 2, 2))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES_ONE, ids=[_case_id(c) for c in CASES_ONE])
def test_lone_one(text, expected):
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), CASES_NUMBERS, ids=[_case_id(c) for c in CASES_NUMBERS])
def test_numbers(text, expected):
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), CASES_VAGUE, ids=[_case_id(c) for c in CASES_VAGUE])
def test_vague(text, expected):
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), CASES_BOUNDS, ids=[_case_id(c) for c in CASES_BOUNDS])
def test_bounds(text, expected):
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), CASES_MONEY, ids=[_case_id(c) for c in CASES_MONEY])
def test_money(text, expected):
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), CASES_UNITS, ids=[_case_id(c) for c in CASES_UNITS])
def test_units(text, expected):
    _check(text, expected)


@pytest.mark.parametrize(("text", "expected"), CASES_DURATIONS, ids=[_case_id(c) for c in CASES_DURATIONS])
def test_durations(text, expected):
    _check(text, expected, kinds={"duration"})


@pytest.mark.parametrize(
    ("text", "span", "counted", "subject"), CASES_COUNTED, ids=[_case_id(c) for c in CASES_COUNTED]
)
def test_counted(text, span, counted, subject):
    row = extract(text).set_index("text").loc[span]
    got = tuple(None if pd.isna(v) else v for v in (row["counted"], row["subject"]))
    assert got == (counted, subject)


@pytest.mark.parametrize(("text", "source"), CASES_ATTRIBUTION, ids=[_case_id(c) for c in CASES_ATTRIBUTION])
def test_attribution(text, source):
    got = extract(text)["attribution"].tolist()[0]
    assert pd.isna(got) if source is None else got == source


@pytest.mark.parametrize("text", CASES_NOT_FIGURES, ids=[" ".join(t.split()[:4]) for t in CASES_NOT_FIGURES])
def test_not_figures(text):
    facts = extract(text)
    assert facts[facts["kind"].isin(NUMERIC)].empty, facts[["text", "kind", "rule"]]


@pytest.mark.parametrize(("text", "expected"), CASES_BUGS_CAUGHT, ids=[_case_id(c) for c in CASES_BUGS_CAUGHT])
def test_bugs_caught(text, expected):
    _check(text, expected)


def test_rule_and_sentence_travel_with_each_row():
    text = "Talks failed. Then more than 3,000 soldiers arrived, officials said."
    row = extract(text, doc="d1").iloc[0]
    assert row["sentence"] == "Then more than 3,000 soldiers arrived, officials said."
    assert row["rule"] == "digits+bound.more_than"
    assert row["doc"] == "d1"


def test_empty_text_gives_every_column():
    from factkit import COLUMNS

    facts = extract("")
    assert facts.empty and list(facts.columns) == list(COLUMNS)


def test_bad_published_is_a_clear_error():
    with pytest.raises(ValueError, match="not a date"):
        extract("Two years ago.", published="yesterday-ish")


def test_a_pronoun_before_a_dollar_sign_is_not_a_currency_prefix():
    facts = extract("Rebuilding the bridge cost us $5 million, and US$ 2 million more came from Ottawa.")
    assert facts[["text", "unit", "low"]].values.tolist() == [
        ["$5 million", "USD", 5_000_000.0],
        ["US$ 2 million", "USD", 2_000_000.0],
    ]


def test_facts_tables_with_error_rows_combine_like_any_tables():
    # attrs["errors"] is an ErrorTable: pandas compares the attrs of concat/astype inputs with ==
    a = extract_articles([Article(doc="a", text="Some 300 troops left.")])
    b = extract_articles([Article(doc="b", text="About 40 tanks stayed.")])
    both = pd.concat([a, b], ignore_index=True)
    assert both["text"].tolist() == ["Some 300", "About 40"]
    assert both[["text", "kind"]].astype(str).shape == (2, 2)
    assert list(both.attrs["errors"].columns) == ["doc", "problem"]


#: Proportions are shares: kept as percent so that "one in five" and "20%" from two outlets compare.
CASES_PROPORTIONS = [
    ("One in five adults in the region now smokes.", "One in five", 20.0),
    ("Nearly 1 in 4 households lost power.", "Nearly 1 in 4", 25.0),
    ("Two out of three firms reported losses.", "Two out of three", 200 / 3),
    ("Three in every 10 schools stayed shut.", "Three in every 10", 30.0),
    # a fraction of a whole is a share too ("a third of a mile" is not: test_units)
    ("Two-thirds of voters backed the deal.", "Two-thirds", 200 / 3),
    ("Roughly three-quarters of its members voted.", "Roughly three-quarters", 75.0),
    ("A fifth of the budget went on defence.", "A fifth", 20.0),
    ("Only 3/4 of members turned up.", "3/4", 75.0),
]


@pytest.mark.parametrize(("text", "words", "share"), CASES_PROPORTIONS, ids=[c[1] for c in CASES_PROPORTIONS])
def test_proportions_are_percent(text, words, share):
    row = extract(text).set_index("text").loc[words]
    assert row["kind"] == "percent" and math.isclose(row["low"], share, rel_tol=1e-5) and row["low"] == row["high"]


@pytest.mark.parametrize(
    "text", ["The talks lasted 2 in 3 days of fighting.", "Sales rose 3 in 2024.", "He scored 10 in 10 games."]
)
def test_not_proportions(text):
    assert not (extract(text, published="2025-01-01")["kind"] == "percent").any()


def test_bare_degrees_take_the_scale_the_text_writes() -> None:
    """ "36 to 38 degrees" near a temperature word is °C in a text that writes "40C", °F in one that writes
    "104F"; with both scales, or an angle ("a 90-degree turn"), it stays "°"."""
    unit = lambda t: extract(t).set_index("text")["unit"]  # noqa: E731
    assert (
        unit("Temperatures hit 40C. A drop to between 36 and 38 degrees is forecast.")["between 36 and 38 degrees"]
        == "°C"
    )
    assert unit("Temperatures hit 104F. Highs of 95 degrees are forecast.")["95 degrees"] == "°F"
    assert unit("Temperatures hit 40C (104F). Highs of 35 degrees are forecast.")["35 degrees"] == "°"
    assert unit("Temperatures hit 40C. The plane made a 90-degree turn.")["90-degree"] == "°"


def test_the_rands_r_is_read_only_in_a_text_about_the_rand():
    """ "R30" is 30 rand where the text speaks of the rand (its "R" kept in `text`, offsets intact); the
    same "R" elsewhere is a name and no figure."""
    text = "The child grant rises by R30 to R590 a month, the South African Treasury said."
    facts = extract(text)
    money = facts[facts["kind"] == "money"]
    assert money["text"].tolist() == ["R30", "R590"] and set(money["unit"]) == {"ZAR"}
    assert all(text[s:e] == t for s, e, t in zip(money["start"], money["end"], money["text"], strict=True))
    assert extract("Rain closed the R101 north of the city.").empty
    cents = extract("Debt costs 22c of every rand.")
    assert cents[["text", "unit"]].values.tolist() == [["22c", "ZAR"]]


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("The reform saves 58 billion crowns a year, the Czech finance ministry said.", "58 billion crowns", "CZK"),
        ("Stockholm will spend 3 billion crowns on new Swedish rail links.", "3 billion crowns", "SEK"),
        ("The deficit reached 44.6bn koruna.", "44.6bn koruna", "CZK"),
        ("Oslo set aside 12 billion Norwegian crowns.", "12 billion Norwegian crowns", "NOK"),
        ("The fine was 200,000 dirhams.", "200,000 dirhams", "AED"),
    ],
)
def test_crowns_and_other_currency_names(text, amount, unit):
    """A bare "crowns" is the crown of the country the text names ("Czech" CZK, "Swedish" SEK); "koruna",
    "dirhams" and country-qualified names are money everywhere."""
    row = extract(text).set_index("text").loc[amount]
    assert (row["kind"], row["unit"]) == ("money", unit)


def test_crowns_without_a_crown_country_are_not_money():
    """ "three crowns" in a text that names no crown country is a count (titles, teeth), not money."""
    facts = extract("The club has won three crowns in a row.")
    assert facts["kind"].tolist() == ["count"]
