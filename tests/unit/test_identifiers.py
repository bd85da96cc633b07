"""The forms of PICs, LEIs, EU VAT numbers and Erasmus codes (qa_checker.identifiers), which MC-VC-006 judges.

An LEI's check digits are ISO 7064 MOD 97-10 over its other 18 characters: any LEI made by that computation holds, and
changing any one of its digits for another breaks it (the change is a multiple of a power of ten by 1 to 9, which 97,
a prime, never divides), which the properties below check on generated identifiers rather than on a few known ones. A
letter changed for a digit may go unseen: a letter stands for two digits.
"""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qa_checker.identifiers import (
    ERASMUS_COUNTRIES,
    EU_MEMBER_STATES,
    erasmus_country,
    erasmus_letters,
    lei_check_digits_hold,
    lei_well_formed,
    pic_well_formed,
    vat_prefix,
    vat_prefix_given,
    vat_well_formed,
)
from tests.timing import assert_linear

ALPHANUMERIC = string.digits + string.ascii_uppercase
BASES = st.text(alphabet=ALPHANUMERIC, min_size=18, max_size=18)


def _with_check_digits(base: str) -> str:
    """An LEI of ``base`` and the check digits ISO 7064 MOD 97-10 gives it."""
    remainder = int("".join(str(int(char, 36)) for char in base + "00")) % 97
    return f"{base}{98 - remainder:02d}"


@given(BASES)
def test_an_lei_with_its_computed_check_digits_holds(base: str) -> None:
    lei = _with_check_digits(base)
    assert lei_well_formed(lei)
    assert lei_check_digits_hold(lei)
    assert lei_check_digits_hold(lei.lower())


@given(BASES, st.integers(min_value=0, max_value=19), st.sampled_from(string.digits))
def test_changing_one_digit_of_an_lei_breaks_it(base: str, place: int, digit: str) -> None:
    lei = _with_check_digits(base)
    changed = lei[:place] + digit + lei[place + 1 :]
    if lei[place].isdigit() and changed != lei:
        assert not lei_check_digits_hold(changed)


@pytest.mark.parametrize("lei", ["529900T8BM49AURSDO55", "5493001KJTIIGC8Y1R12", "5493 001K JTII GC8Y 1R12"])
def test_published_leis_hold(lei: str) -> None:
    assert lei_well_formed(lei)
    assert lei_check_digits_hold(lei)


@pytest.mark.parametrize("lei", ["529900T8BM49AURSDO5", "529900T8BM49AURSDO5X", "529900T8BM49AURSDO555", "LEI"])
def test_leis_of_another_form_are_not_well_formed(lei: str) -> None:
    assert not lei_well_formed(lei)


@pytest.mark.parametrize(("pic", "well_formed"), [("949123456", True), ("949 123 456", True), ("949.123.456", True)])
def test_a_pic_has_nine_digits_however_grouped(pic: str, well_formed: bool) -> None:
    assert pic_well_formed(pic) is well_formed


@pytest.mark.parametrize("pic", ["94912345", "9491234567", "PIC949123456", "９４９１２３４５６", ""])
def test_a_pic_of_another_form_is_not(pic: str) -> None:
    assert not pic_well_formed(pic)


def test_the_vat_prefix_of_each_member_state_is_its_code_but_greeces() -> None:
    assert len(EU_MEMBER_STATES) == 27
    assert vat_prefix("GR") == "EL"
    assert all(vat_prefix(code) == code for code in EU_MEMBER_STATES - {"GR"})
    assert vat_prefix("GB") is None
    assert vat_prefix("CH") is None


@pytest.mark.parametrize(
    ("value", "prefix"), [("EL094014201", "EL"), ("atu 12345678", "AT"), ("801234567B01", None), ("-", None)]
)
def test_the_prefix_a_vat_number_is_written_with(value: str, prefix: str | None) -> None:
    assert vat_prefix_given(value) == prefix


@pytest.mark.parametrize(
    "value", ["EL094014201", "NL 8012.34.567.B01", "801234567B01", "ATU12345678", "ESQ2818014I", "IE1234567WA"]
)
def test_vat_numbers_of_member_states_are_well_formed(value: str) -> None:
    assert vat_well_formed(value)


@pytest.mark.parametrize("value", ["vatIdentifier123", "DE1", "-", "NLABCDEFGHIJ", "DE1234567890123"])
def test_texts_that_are_no_vat_number_are_not(value: str) -> None:
    assert not vat_well_formed(value)


def test_an_identifier_of_any_length_is_judged_in_linear_time() -> None:
    assert_linear(
        lambda n: (
            pic_well_formed("9 " * n),
            lei_well_formed("A." * n),
            vat_prefix_given("-" * n),
            vat_well_formed("A" * n),
            vat_well_formed("1A" * n),
            erasmus_country("D " + "A" * n),
            erasmus_country("D " + "A-" * n + "01"),
        )
    )


def test_every_member_state_has_its_erasmus_letters_and_they_name_it_back() -> None:
    assert all(ERASMUS_COUNTRIES[erasmus_letters(code) or ""] == code for code in EU_MEMBER_STATES)
    assert (erasmus_letters("DE"), erasmus_letters("FI"), erasmus_letters("IE")) == ("D", "SF", "IRL")
    assert erasmus_letters("EL") == erasmus_letters("GR") == "G"
    assert erasmus_letters("UK") == erasmus_letters("GB") == "UK"
    assert erasmus_letters("CH") == "CH" and erasmus_country("CH ZURICH10") == "CH"
    assert erasmus_letters("US") is None


@given(
    st.sampled_from(sorted(ERASMUS_COUNTRIES)),
    st.text(alphabet=string.ascii_uppercase, min_size=1, max_size=7),
    st.integers(min_value=1, max_value=999),
    st.booleans(),
)
def test_an_erasmus_code_names_the_country_of_its_letters(letters: str, city: str, number: int, lower: bool) -> None:
    code = f"{letters:<3}{city}{number:02d}" if len(letters) < 3 else f"{letters}{city}{number:02d}"
    assert erasmus_country(code.lower() if lower else code) == ERASMUS_COUNTRIES[letters]


@pytest.mark.parametrize("value", ["BERLIN01", "DBERLIN01", "X  PARIS01", "F  PARIS", "NL DELFT01A", "D  01", ""])
def test_texts_that_are_no_erasmus_code_are_not(value: str) -> None:
    assert erasmus_country(value) is None
