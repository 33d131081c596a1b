"""The administrative fee: dated data (RD 1/2/1; RD 105/22 §2, 105/27 §2)."""

from __future__ import annotations

from datetime import date

from .conftest import outcome, period


def single_permit(**facts):
    return outcome(work=period("2026-06-01", days=120), age=30, **facts)


def test_the_fee_in_force_on_the_filing_date_applies():
    assert single_permit(filed_on="2022-05-25").fee.amount_eur == 363
    assert single_permit(filed_on="2022-05-26").fee.amount_eur == 126
    fee = single_permit(filed_on="2025-03-01").fee
    assert (fee.amount_eur, fee.valid_from, fee.to_confirm) == (148, date(2025, 1, 1), True)


def test_a_fee_after_the_last_known_amount_says_so():
    fee = single_permit(today="2026-11-25").fee
    assert fee.amount_eur == 148
    assert fee.to_confirm
    assert fee.notes == ["later_amount_unknown"]


def test_no_fee_for_a_short_stay():
    assert outcome(work=period("2026-04-01", days=60), age=30).fee is None


def test_turkish_nationals_pay_but_the_exemption_is_flagged():
    fee = single_permit(nationality="TR", filed_on="2022-06-01").fee
    assert fee.amount_eur == 126
    assert fee.to_confirm and "exemption_to_confirm" in fee.notes
