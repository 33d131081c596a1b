"""The documents question, answered as people type on a phone or paste from a note: ticks and
crosses beside the papers, a relative's paper named beside the worker's, a paper that "should be
somewhere", photocopies, look-alikes. A paper is ticked only when the answer says the worker
has it; when two readings are possible the answer is asked back, never guessed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.engine.parsing.documents import Unsure, read_held
from assistant.engine.reading.lexicon import LANGUAGE

from .conftest import answer_all

SHORT_STAY = ("passport", "short_stay_visa", "work_permit", "health_insurance", "housing_proof")
SINGLE_PERMIT = (
    "fee_payment",
    "passport",
    "employment_contract",
    "health_insurance",
    "housing_proof",
    "medical_certificate",
    "criminal_record",
    "long_stay_visa",
    "sponsorship_undertaking",
)


@pytest.fixture
def said_in() -> Iterator:
    """Reads an answer in the language of the interview it is typed in (the reader hears that
    language and English, as in an interview)."""
    tokens = []

    def read(lang: str, text: str, checklist: tuple[str, ...] = SHORT_STAY):
        tokens.append(LANGUAGE.set(lang))
        return read_held(text, checklist)

    yield read
    for token in reversed(tokens):
        LANGUAGE.reset(token)


@pytest.mark.parametrize(
    ("lang", "text", "held", "missing"),
    [
        (
            "en",
            "passport ✅ visa ❌ work permit ✅ insurance ✅ housing 👎",
            ["passport", "work_permit", "health_insurance"],
            ["short_stay_visa", "housing_proof"],
        ),
        (
            "fr",
            "passeport ✔️ visa ✖️ permis de travail 👍🏽 assurance 👎🏼",
            ["passport", "work_permit"],
            ["short_stay_visa", "health_insurance"],
        ),
        # a checklist pasted from a note: the box comes before its paper
        (
            "de",
            "[x] Pass (Kopie)\n[ ] Arbeitserlaubnis\n[x] Krankenversicherung\n[ ] Mietvertrag",
            ["passport", "health_insurance"],
            ["work_permit", "housing_proof"],
        ),
        (
            "nl",
            "- ✅ paspoort\n- ❌ visum\n- ⏳ huurcontract\n- ✅ verzekering",
            ["passport", "health_insurance"],
            ["short_stay_visa", "housing_proof"],
        ),
        # a cross after two papers crosses both; the words after the last mark are read as words
        (
            "en",
            "passport ✅, insurance & lease ❌",
            ["passport"],
            ["health_insurance", "housing_proof"],
        ),
        (
            "de",
            "Pass ✓ Visum ✗ Versicherung ✓ Arbeitserlaubnis: nur die alte Arbeitskarte B",
            ["passport", "health_insurance"],
            ["short_stay_visa"],
        ),
    ],
)
def test_a_tick_or_a_cross_beside_each_paper(said_in, lang, text, held, missing):
    reading = said_in(lang, text)
    assert reading.held == held
    assert set(missing) <= set(reading.not_held)


def test_boxes_of_a_form_filled_in_on_a_phone(said_in):
    reading = said_in("en", "☑ passport\n☐ visa\n☒ insurance\n☐ lease")
    assert reading.held == ["passport", "health_insurance"]
    assert reading.not_held == ["short_stay_visa", "housing_proof"]


def test_a_question_mark_beside_a_paper_is_not_known(said_in):
    reading = said_in("de", "Pass ✓, Versicherung ❓")
    assert (reading.held, reading.not_known) == (["passport"], ["health_insurance"])


def test_a_crossed_box_with_a_note_keeps_the_note():
    reading = read_held(
        "[x] passeport (périmé en mars, il a fait la demande)\n[x] assurance", SHORT_STAY
    )
    assert reading.held == ["health_insurance"]
    assert "passport" in reading.not_held


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "passport, and my wife has her insurance but not me yet"),
        ("en", "passport yes. insurance: his brother has one, not him"),
        ("fr", "passeport oui. l'assurance c'est ma femme qui a la sienne, moi non"),
        ("nl", "paspoort ja, mijn vrouw heeft haar eigen verzekering"),
        ("de", "Pass ja. Versicherung hat meine Frau, ihre eigene"),
        ("de", "Pass ja, die Versicherung hat nur sein Bruder, er selbst nicht"),
    ],
)
def test_a_relatives_own_paper_is_not_the_workers(said_in, lang, text):
    reading = said_in(lang, text)
    assert reading.held == ["passport"]
    assert "health_insurance" in reading.not_held
    assert reading.unknown == []  # "ihre eigene", "moi non" are understood, not said back


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "passport, and the lease is with his brother"),
        ("fr", "passeport, l'assurance de sa femme"),
    ],
)
def test_a_paper_beside_a_relative_is_asked_back_when_it_may_be_theirs(said_in, lang, text):
    with pytest.raises(Unsure):
        said_in(lang, text)


def test_a_sponsor_who_is_a_relative_signs_the_undertaking_for_the_worker(said_in):
    reading = said_in("en", "passport, contract, and the annex 3bis from his uncle", SINGLE_PERMIT)
    assert reading.held == ["passport", "employment_contract", "sponsorship_undertaking"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "criminal record he should have somewhere at home, the rest nothing yet"),
        ("en", "passport, can't find the insurance"),
        ("fr", "il devrait avoir son contrat quelque part chez lui, le reste je sais pas"),
        ("nl", "kopie paspoort, het medisch attest moet hij ergens hebben, hij zoekt het nog"),
        ("de", "Pass ja, Versicherung müsste ich irgendwo haben"),
    ],
)
def test_a_paper_that_should_be_somewhere_is_asked_back(said_in, lang, text):
    with pytest.raises(Unsure):
        said_in(lang, text, SINGLE_PERMIT)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "passeport et assurance, on cherche encore un logement"),
        ("en", "passport and insurance yes, still looking for housing"),
    ],
)
def test_still_looking_for_housing_is_housing_not_yet(said_in, lang, text):
    reading = said_in(lang, text)
    assert reading.held == ["passport", "health_insurance"]
    assert reading.not_held == ["housing_proof"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "passport, insurance probably"),
        ("fr", "passeport, normalement il a son assurance"),
        ("nl", "paspoort, de verzekering heeft hij normaal gezien wel"),
        ("de", "Pass, Versicherung hat er eigentlich schon"),
    ],
)
def test_a_paper_only_believed_to_be_there_is_asked_back(said_in, lang, text):
    """Beside a paper named bare, a hedge may be on the whole list: asked."""
    with pytest.raises(Unsure):
        said_in(lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "passport yes, insurance probably"),
        ("fr", "passeport oui. l'assurance normalement il l'a, je sais pas"),
        ("nl", "paspoort ja. verzekering heeft hij normaal gezien wel, denk ik"),
        ("de", "Pass ja. Versicherung hat er eigentlich schon, glaube ich"),
    ],
)
def test_a_paper_believed_there_beside_papers_said_plainly_is_not_known(said_in, lang, text):
    """One doubt does not make the whole answer unusable: the paper hedged after its name is
    not known (not counted as held, said back), the others are read."""
    reading = said_in(lang, text)
    assert (reading.held, reading.not_known) == (["passport"], ["health_insurance"])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "passeport oui visa non assurance oui bail non"),
        ("nl", "paspoort ja visum nee verzekering ja huurcontract nee"),
        ("de", "Pass ja Visum nein Versicherung ja Mietvertrag fehlt"),
        ("en", "passport yes visa no insurance yes lease no"),
    ],
)
def test_a_no_closes_its_item_in_a_list_dictated_without_commas(said_in, lang, text):
    reading = said_in(lang, text)
    assert reading.held == ["passport", "health_insurance"]
    assert reading.not_held == ["short_stay_visa", "housing_proof"]


def test_a_no_that_opens_a_longer_cue_stays_with_it(said_in):
    reading = said_in("nl", "paspoort. De verzekering heb ik niet bij mij, die ligt bij de baas")
    assert reading.held == ["passport", "health_insurance"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "passport, the rest nothing yet"),
        ("fr", "passeport, le reste rien encore"),
        ("nl", "paspoort, de rest nog niks"),
        ("de", "Pass, der Rest noch nichts"),
    ],
)
def test_the_rest_nothing_yet(said_in, lang, text):
    assert said_in(lang, text, SINGLE_PERMIT).held == ["passport"]


def test_not_yet_received_names_no_receipt(said_in):
    reading = said_in(
        "fr",
        "le reçu du paiement (358 €), passeport. casier judiciaire demandé, pas encore reçu",
        SINGLE_PERMIT,
    )
    assert reading.held == ["fee_payment", "passport"]
    assert reading.not_held == ["criminal_record"]
    assert reading.unknown == []  # an amount in brackets names no paper


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "photocopy of the passport, insurance yes the copy"),
        ("fr", "photocopie du passeport, assurance oui la photocopie"),
        ("nl", "fotokopie van het paspoort, kopie verzekering"),
        ("de", "Passkopie, Kopie der Versicherung"),
    ],
)
def test_a_photocopy_is_the_paper(said_in, lang, text):
    reading = said_in(lang, text)
    assert reading.held == ["passport", "health_insurance"]
    assert reading.unknown == []


@pytest.mark.parametrize(
    ("lang", "text", "near_miss"),
    [
        ("fr", "passeport, assurance. logement: une attestation de résidence", "proof_of_address"),
        ("en", "passport, insurance, for housing a residence certificate", "proof_of_address"),
        (
            "de",
            "Pass, Versicherung. Arbeitserlaubnis: nur die alte Arbeitskarte B",
            "old_work_permit_b",
        ),
        (
            "nl",
            "paspoort, verzekering en een toeristenvisum van vorig jaar",
            "tourist_schengen_visa",
        ),
        # the look-alike offered for the item named beside it, in one phrase
        (
            "nl",
            "paspoort, verzekering en een elektriciteitsfactuur voor de woning",
            "proof_of_address",
        ),
    ],
)
def test_a_look_alike_is_named_and_never_ticked(said_in, lang, text, near_miss):
    reading = said_in(lang, text)
    assert reading.held == ["passport", "health_insurance"]
    assert [near.id for near in reading.near_misses] == [near_miss]
    assert reading.unknown == []  # the label before the look-alike is not said back


def test_not_yet_in_austrian_german(said_in):
    reading = said_in("de", "hab pass kopie, versicherung noch ned, wohnung macht der chef grad")
    assert reading.held == ["passport"]


def test_an_answer_that_should_be_somewhere_sets_nothing_and_asks(interview_at):
    interview = interview_at()
    step = answer_all(interview, "Morocco", "abroad", "1/4/2026 - 15/6/2026", "no", "31/3/2026")
    assert step.question.id == "documents"
    step = interview.answer("passport ✅ visa ✅ insurance he should have it somewhere")
    assert not step.accepted and step.question.id == "documents"
    assert interview.state.facts.documents is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ahmed has passport and insurance, Youssef only the passport"),
        ("fr", "pour Karim : passeport et assurance. pour Said : juste le passeport"),
        ("nl", "de ene heeft paspoort en verzekering, de andere enkel zijn paspoort"),
        ("de", "beide haben den Pass, nur einer hat die Versicherung"),
        ("en", "one of them has the insurance, the other one not yet"),
    ],
)
def test_the_papers_of_two_workers_in_one_answer_are_asked_back(said_in, lang, text):
    with pytest.raises(Unsure):
        said_in(lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "checklist"),
    [
        ("en", "passport and his old contract", SINGLE_PERMIT),
        ("fr", "passeport et l'assurance de l'an dernier", SHORT_STAY),
        ("nl", "paspoort en zijn oude verzekering", SHORT_STAY),
        ("de", "Pass und die Versicherung vom letzten Jahr", SHORT_STAY),
        ("en", "passport, insurance, a work permit from 2019 (old, type B)", SHORT_STAY),
    ],
)
def test_a_paper_from_an_earlier_season_is_asked_back(said_in, lang, text, checklist):
    with pytest.raises(Unsure):
        said_in(lang, text, checklist)


def test_last_years_look_alike_leaves_the_paper_beside_it_alone(said_in):
    reading = said_in("en", "i have passport and a schengen tourist visa from last year")
    assert reading.held == ["passport"]
    assert [near.id for near in reading.near_misses] == ["tourist_schengen_visa"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "passeport : OK\nvisa : KO\nassurance : OK"),
        ("en", "passport: ok\nvisa: nok\ninsurance: ok"),
        ("de", "Pass: ok\nVisum: angefragt\nVersicherung: ok"),
    ],
)
def test_a_form_line_says_ok_or_not(said_in, lang, text):
    assert said_in(lang, text).held == ["passport", "health_insurance"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "passport, spanish residence permit"),
        ("en", "passport, a visa for Spain"),
        ("de", "Pass und ein spanisches Visum"),
        ("en", "passport, work permit from another employer"),
        ("fr", "passeport, permis de travail d'un autre patron"),
        ("nl", "paspoort, arbeidskaart van de vorige werkgever"),
    ],
)
def test_a_paper_from_another_country_or_another_employer_is_asked_back(said_in, lang, text):
    with pytest.raises(Unsure):
        said_in(lang, text)


def test_the_embassy_that_issued_the_visa_is_no_other_country(said_in):
    reading = said_in("en", "passport, C visa for seasonal work from the Belgian embassy in Rabat")
    assert reading.held == ["passport", "short_stay_visa"]


def test_a_residence_certificate_from_home_leaves_the_contract_beside_it_alone(said_in):
    reading = said_in(
        "de",
        "reisepass und den arbeitsvertrag und eine wohnsitzbescheinigung aus marokko",
        SINGLE_PERMIT,
    )
    assert reading.held == ["passport", "employment_contract"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "passport and a student visa"),
        ("fr", "passeport et un visa étudiant"),
        ("nl", "paspoort en een studentenvisum"),
        ("de", "Pass und ein Visum für Familiennachzug"),
    ],
)
def test_a_visa_for_another_purpose_is_a_look_alike(said_in, lang, text):
    reading = said_in(lang, text)
    assert reading.held == ["passport"]
    assert [near.id for near in reading.near_misses] == ["tourist_schengen_visa"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "passport, copy of the visa application"),
        ("fr", "passeport, récépissé de la demande de visa"),
        ("nl", "paspoort, kopie van de visumaanvraag"),
        ("de", "Pass, Kopie vom Visumantrag"),
    ],
)
def test_a_visa_applied_for_is_not_the_visa(said_in, lang, text):
    assert said_in(lang, text).held == ["passport"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "1. passport - ok\n2. visa - no\n3. work permit - ok\n4. insurance - ok\n5. lease - no",
        ),
        ("fr", "1) passeport : oui 2) visa : non 3) permis de travail : oui 4) assurance : oui"),
    ],
)
def test_the_number_of_an_item_in_a_list_is_no_annex(said_in, lang, text):
    assert said_in(lang, text).held == ["passport", "work_permit", "health_insurance"]


def test_an_annex_number_at_the_end_of_a_sentence_stays_an_annex(said_in):
    reading = said_in("fr", "annexe 3. passeport", ("passport", "annex_3"))
    assert reading.held == ["passport", "annex_3"]


def test_a_chat_pasted_with_a_question_and_its_answer(said_in):
    reading = said_in(
        "en", "Karim: i have passport and insurance\nMe: and the lease?\nKarim: not yet"
    )
    assert reading.held == ["passport", "health_insurance"]
    assert reading.not_held == ["housing_proof"]


def test_a_paper_only_asked_about_is_asked_back(said_in):
    with pytest.raises(Unsure):
        said_in("en", "passport, contract, and the fee?", SINGLE_PERMIT)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "passport (renewal in progress), insurance"),
        ("fr", "passeport (en renouvellement), assurance"),
        ("nl", "paspoort (wordt verlengd), verzekering"),
        ("de", "Pass (wird gerade verlängert), Versicherung"),
        ("en", "passport expired, new one applied for. insurance yes"),
        ("de", "Pass abgelaufen, neuer beantragt. Versicherung ja"),
    ],
)
def test_a_paper_expired_or_being_renewed_is_not_held(said_in, lang, text):
    reading = said_in(lang, text)
    assert reading.held == ["health_insurance"]
    assert reading.not_held == ["passport"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "passport. not yet: insurance, lease"),
        ("fr", "passeport. pas encore : assurance, bail"),
        ("nl", "paspoort. nog niet: verzekering, huurcontract"),
        ("de", "Pass. Fehlt noch: Versicherung, Mietvertrag"),
    ],
)
def test_a_not_yet_before_a_colon_reaches_every_paper_after_it(said_in, lang, text):
    reading = said_in(lang, text)
    assert reading.held == ["passport"]
    assert reading.not_held == ["health_insurance", "housing_proof"]


def test_still_looking_for_a_flat_says_nothing_of_the_papers_after_it(said_in):
    reading = said_in("en", "still looking for a flat, passport and insurance yes")
    assert reading.held == ["passport", "health_insurance"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "passport (pdf), insurance (screenshot)"),
        ("nl", "paspoort (gescand), verzekering (foto)"),
        ("de", "Pass (Scan), Versicherung (Original)"),
        ("fr", "passeport (copie certifiée conforme), assurance (par mail)"),
    ],
)
def test_the_form_of_a_copy_is_not_said_back_as_unrecognised(said_in, lang, text):
    reading = said_in(lang, text)
    assert reading.held == ["passport", "health_insurance"]
    assert reading.unknown == []


@pytest.mark.parametrize(
    "text",
    ["passport ✅ visa ❌ insurance", "[x] passport\n[ ] visa\ninsurance"],
)
def test_a_paper_left_without_its_mark_in_a_marked_list_is_asked_back(said_in, text):
    with pytest.raises(Unsure):
        said_in("en", text)


def test_a_heading_and_a_note_beside_the_marks_are_no_bare_papers(said_in):
    reading = said_in("en", "Documents:\n[x] passport\n[ ] visa\nthe insurance he has too")
    assert reading.held == ["passport", "health_insurance"]
    assert reading.unknown == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "got passport & insurance. lease - nah"),
        ("fr", "passeport ça va, assurance ok, bail nan"),
        ("nl", "paspoort: check, verzekering: check, huurcontract: nop"),
        ("de", "Pass - jo, Versicherung - jo, Mietvertrag - nö"),
    ],
)
def test_a_no_as_people_say_it(said_in, lang, text):
    reading = said_in(lang, text)
    assert reading.held == ["passport", "health_insurance"]
    assert reading.not_held == ["housing_proof"]


def test_a_copy_said_ne_kopie_in_german_is_held(said_in):
    assert said_in("de", "hab ne Kopie vom Pass und ne Versicherung").held == [
        "passport",
        "health_insurance",
    ]


@pytest.mark.parametrize(
    "text",
    ["Karim: passport, insurance\nSaid: passport", "Karim: passport, insurance. Said: passport."],
)
def test_the_same_paper_listed_under_two_names_is_asked_back(said_in, text):
    with pytest.raises(Unsure):
        said_in("en", text)


def test_a_question_answered_by_naming_the_paper_again(said_in):
    reading = said_in("en", "Boss: does he have the passport?\nHim: yes the passport ✅")
    assert reading.held == ["passport"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "only a photocopy of the passport, the original was stolen, insurance ok"),
        ("fr", "passeport volé, assurance ok"),
        ("nl", "paspoort gestolen, verzekering ok"),
        ("de", "Pass wurde gestohlen, Versicherung ok"),
    ],
)
def test_a_stolen_paper_is_not_held(said_in, lang, text):
    reading = said_in(lang, text)
    assert reading.held == ["health_insurance"]
    assert reading.not_held == ["passport"]
