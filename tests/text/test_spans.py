from checker.text.spans import SpanIndex


def test_at_finds_the_holding_span_or_none():
    spans = SpanIndex([(10, 20), (30, 35)])
    assert spans.at(10) == 0 and spans.at(19) == 0 and spans.at(30) == 1
    assert spans.at(20) == -1 and spans.at(9) == -1 and spans.at(35) == -1
    assert 15 in spans and 25 not in spans and 0 not in spans
    assert spans.span_at(32) == (30, 35) and spans.span_at(29) is None
    assert spans.end_at(12) == 20 and spans.end_at(25) == -1


def test_empty_index_holds_nothing():
    spans = SpanIndex([])
    assert not spans and 0 not in spans and not spans.overlaps(0, 10)
    assert spans.last_from(5) == -1


def test_overlap_and_containment():
    spans = SpanIndex([(30, 35), (10, 20)], sort=True)
    assert spans.starts == [10, 30]
    assert spans.overlaps(15, 40) and spans.overlaps(19, 21) and not spans.overlaps(20, 30)
    assert spans.overlaps_outside(5, 15) and not spans.overlaps_outside(8, 22)
    assert spans.holds(12, 18) and not spans.holds(12, 25) and not spans.holds(0, 5)


def test_overlapping_spans_use_the_furthest_end():
    # (0, 50) reaches past (10, 12): a range after the second still overlaps the first.
    spans = SpanIndex([(0, 50), (10, 12)])
    assert spans.overlaps(40, 45) and not spans.overlaps(50, 60)
    assert spans.last_from(11) == 1
