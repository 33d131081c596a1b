"""A person corrects what they just typed: the value after the correction is the one read, the
rest of the answer stays (assistant/engine/reading/corrections.py)."""

from __future__ import annotations

import pytest

from assistant.engine.reading.corrections import corrected


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("1... sorry I mean 3, from the union", "3, from the union"),
        ("52.. no sorry 53", "53"),
        ("52 – nein, 53, vertippt", "53"),
        ("27... non 28, j'ai eu mon anniversaire", "28, j'ai eu mon anniversaire"),
        ("42, nee sorry, 43 jaar", "43 jaar"),
        ("from May 1st... sorry, May 3rd to June 30th", "from May 3rd to June 30th"),
        ("du 1er mai... non pardon du 3 mai au 30 juin", "du 3 mai au 30 juin"),
        ("15/6 to 15/9 – no wait, contract says 16/6 to 15/9", "contract says 16/6 to 15/9"),
        ("Sri Lankan... sorry, typo, he is Bangladeshi", "he is Bangladeshi"),
        ("bin aus dem Kosovo... nein, aus Serbien", "aus Serbien"),
        ("mexican -- no sorry, guatemalan", "guatemalan"),
        ("aus der mongolei nein entschuldigung aus kasachstan", "aus kasachstan"),
        ("25 non 26, j'ai eu mon anniversaire", "26, j'ai eu mon anniversaire"),
    ],
)
def test_the_corrected_value_gives_way(typed, meant):
    assert corrected(typed) == meant


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("am 3. – nein, am 4., der 3. war ja ein Sonntag", "am 4."),
        ("the 14th, sorry, the 16th of June. 14th was the old booking", "the 16th of June"),
        (
            "on the 5th — no sorry the 6th of October, on the 5th they are closed",
            "on the 6th of October",
        ),
        ("op 2/11... nee, de 3de, want op 2 november is ons gemeentehuis dicht", "3/11"),
        ("de 28ste, nee sorry de 29ste september", "de 29ste september"),
    ],
)
def test_the_reason_the_old_value_was_wrong_is_not_read_as_a_second_date(typed, meant):
    assert corrected(typed) == meant


def test_dictated_without_a_pause_a_no_before_a_word_said_again_corrects():
    assert corrected("ich bin in belgien mit der anlage drei nein anlage sechs") == (
        "ich bin in belgien mit der anlage sechs"
    )


def test_a_correction_in_a_later_sentence_leaves_the_sentence_before_it_whole():
    typed = "Peruanerin, 27, noch in Lima. Arbeit vom 1., sorry, vom 3. Juni bis 31. August."
    assert corrected(typed, bare_no=False) == (
        "Peruanerin, 27, noch in Lima. Arbeit vom 3. Juni bis 31. August."
    )


def test_the_rest_of_a_description_stays_around_the_correction():
    typed = "Moroccan, 26, I arrive 1 May... sorry, 3 May, and work from 4 May until 30 June"
    assert corrected(typed, bare_no=False) == (
        "Moroccan, 26, I arrive 3 May, and work from 4 May until 30 June"
    )


@pytest.mark.parametrize(
    "typed",
    [
        "I am Moroccan, sorry for my bad English",
        "passport yes, no visa",
        "sorry, I don't know",
        "no, never",
        "nee, nooit",
        "1/4 - 15/6",
        "passeport, non pas le visa",
        "moldave... enfin il a aussi la nationalité roumaine",
    ],
)
def test_an_answer_without_a_correction_is_read_as_typed(typed):
    assert corrected(typed) == typed


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        (
            "servus, bin aus dem kosovo... nein, aus serbien, 38 jahre",
            "servus, aus serbien, 38 jahre",
        ),
        ("from Albania... no, from Kosovo", "from Kosovo"),
    ],
)
def test_in_a_description_a_no_before_where_someone_comes_from_corrects(typed, meant):
    assert corrected(typed, bare_no=False) == meant


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("van de 3de april, nee de 5de, tot 3 juli", "van de 5de april, tot 3 juli"),
        ("from the 1st of May... sorry, the 3rd, to 30 June", "from the 3rd May, to 30 June"),
    ],
)
def test_a_correction_of_the_day_alone_keeps_the_month(typed, meant):
    assert corrected(typed) == meant


def test_in_a_description_a_dash_and_no_lists_papers_it_does_not_correct():
    assert corrected("passport – no visa yet", bare_no=False) == "passport – no visa yet"


def test_a_writer_who_says_month_first_has_each_numeric_date_turned_round():
    from assistant.engine.reading.corrections import day_first

    assert (
        day_first("US format: 5/4/2026 through 7/31/2026")
        == "US format: 4/5/2026 through 31/7/2026"
    )
    assert day_first("DOB 07/04/1990 (US date)") == "DOB 04/07/1990 (US date)"


def test_without_it_a_numeric_date_stays_day_first():
    from assistant.engine.reading.corrections import day_first

    assert day_first("from 5/4 to 6/7") == "from 5/4 to 6/7"
