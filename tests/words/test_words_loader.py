"""The loader of checker/data/words/: a list is a table, a kind is a column."""

from __future__ import annotations

import pytest

from checker.words import loader


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(loader, "DATA", tmp_path)
    loader.table.cache_clear()
    loader.words.cache_clear()
    loader.values.cache_clear()
    yield tmp_path
    loader.table.cache_clear()
    loader.words.cache_clear()
    loader.values.cache_clear()


def test_columns_select_kinds(data_dir) -> None:
    (data_dir / "verbs.tsv").write_text(
        "# a comment\nword\tinverts\tspeech\nsaid\tx\tx\n\ntold\t-\tx\nknew\t-\t-\n",
        encoding="utf-8",
    )
    assert loader.words("verbs") == {"said", "told", "knew"}
    assert loader.words("verbs", "inverts") == {"said"}
    assert loader.words("verbs", "speech") == {"said", "told"}


def test_unknown_column_and_bad_rows_are_errors(data_dir) -> None:
    (data_dir / "verbs.tsv").write_text("word\tinverts\nsaid\tx\n", encoding="utf-8")
    with pytest.raises(KeyError):
        loader.words("verbs", "speech")
    (data_dir / "short.tsv").write_text("word\tinverts\nsaid\n", encoding="utf-8")
    with pytest.raises(ValueError, match="cells"):
        loader.words("short")
    (data_dir / "headless.tsv").write_text("said\tx\n", encoding="utf-8")
    with pytest.raises(ValueError, match="first column"):
        loader.words("headless")


def test_value_columns_give_each_entry_its_value(data_dir) -> None:
    (data_dir / "numbers.tsv").write_text(
        "word\tvalue\tordinal\ntwo\t2\t-\nhalf\t0.5\t-\nsecond\t2\tx\n", encoding="utf-8"
    )
    assert loader.values("numbers", "value") == {"two": "2", "half": "0.5", "second": "2"}
    assert list(loader.values("numbers", "value")) == ["two", "half", "second"]  # file order
    assert loader.values("numbers", "value", "ordinal") == {"second": "2"}
    with pytest.raises(KeyError):
        loader.values("numbers", "ordinal")  # a kind, not a value column
    with pytest.raises(KeyError):
        loader.values("numbers", "powers")  # no such column


def test_a_missing_list_is_an_error_not_an_empty_list(data_dir) -> None:
    with pytest.raises(FileNotFoundError):
        loader.words("nothing")


def test_every_shipped_list_is_well_formed() -> None:
    files = sorted(loader.DATA.glob("*.tsv"))
    assert files
    for path in files:
        columns, rows = loader.table(path.stem)
        assert len(columns) == len(set(columns)), f"{path.name}: duplicate columns"
        entries = [row[0] for row in rows]
        assert len(entries) == len(set(entries)), f"{path.name}: duplicate entries"
        for row in rows:
            assert row[0] == row[0].strip() and row[0], path.name
            kinds = [
                cell
                for column, cell in zip(columns, row, strict=True)
                if column not in loader.VALUE_COLUMNS
            ]
            assert all(cell in (loader.YES, loader.NO) for cell in kinds[1:]), (path.name, row)
            assert all(cell for cell in row), (path.name, row)


def test_plain_lists_share_the_comment_and_blank_line_rules(tmp_path) -> None:
    (tmp_path / "places.txt").write_text(
        "# countries\n\nFrance\n  South Korea  \n   # an indented comment\nU.S.\n",
        encoding="utf-8",
    )
    assert loader.entries("places", tmp_path) == ("France", "South Korea", "U.S.")
    with pytest.raises(FileNotFoundError):
        loader.entries("missing", tmp_path)


def test_the_gazetteers_are_read_by_this_loader() -> None:
    from checker.analysis import gazetteers

    assert gazetteers.entries is loader.entries
    assert "France" in gazetteers.entries("countries")
