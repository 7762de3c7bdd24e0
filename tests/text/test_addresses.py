from checker.text.addresses import (
    address_spans,
    code_spans,
    email_spans,
    untouchable_spans,
    url_spans,
)


def _found(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[start:end] for start, end in spans]


def test_urls_start_at_the_scheme_or_www_and_leave_the_sentence_punctuation() -> None:
    text = "See https://example.org/a?b=1. Or (www.example.com), ftp://x.net/f!"
    assert _found(text, url_spans(text)) == [
        "https://example.org/a?b=1",
        "www.example.com",
        "ftp://x.net/f",
    ]


def test_trailing_keeps_the_punctuation_after_a_url() -> None:
    text = "Go to www.example.com. Then stop."
    assert _found(text, url_spans(text, trailing=True)) == ["www.example.com."]


def test_a_url_stops_at_quotation_marks_and_angle_brackets() -> None:
    text = 'He wrote “http://a.org/x” and <https://b.org/y> and "www.c.org"'
    assert _found(text, url_spans(text)) == ["http://a.org/x", "https://b.org/y", "www.c.org"]


def test_no_url_without_a_marker_or_inside_a_word() -> None:
    assert url_spans("Nothing here, not even example.org.") == []
    assert url_spans("Sawww.ing is no host") == []


def test_email_addresses_take_their_local_part() -> None:
    text = "Write to first.last+tag@mail.example.org or @handle today."
    assert _found(text, email_spans(text)) == ["first.last+tag@mail.example.org"]


def test_code_spans_are_single_backtick_runs_on_one_line() -> None:
    text = "Run `make test` then `not\nthis`."
    assert _found(text, code_spans(text)) == ["`make test`"]


def test_address_and_untouchable_spans_are_sorted_and_merged() -> None:
    text = "Mail a@b.org, see `x` and http://www.example.com/p."
    assert _found(text, address_spans(text)) == ["a@b.org", "http://www.example.com/p"]
    assert _found(text, untouchable_spans(text)) == [
        "a@b.org",
        "`x`",
        "http://www.example.com/p.",
    ]


def test_untouchable_spans_find_each_kind_whole_and_merge_overlaps() -> None:
    text = "See https://example.org/a?b=3,5 or www.site.com, ann.lee+x@mail.example.org `a ? b`."
    assert _found(text, untouchable_spans(text)) == [
        "https://example.org/a?b=3,5",
        "www.site.com,",
        "ann.lee+x@mail.example.org",
        "`a ? b`",
    ]
    assert _found("`see https://x.org` now", untouchable_spans("`see https://x.org` now")) == [
        "`see https://x.org`"
    ]
    assert untouchable_spans("Nothing here: 3,5 million @ noon.") == []
