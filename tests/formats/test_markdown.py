"""The Markdown reader: code, front matter, URLs and HTML are masked; offsets stay true."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from checker.config import Config
from checker.document import Document
from checker.engine import run_rules
from checker.formats import to_documents
from checker.formats.markdown import front_matter_end, read
from checker.types import Hit, Rule, Severity

FRENCH = "Le gouvernement n'a pas encore répondu à nos questions."

ARTICLE = f"""\
---
title: {FRENCH}
---
# A report

The ministry said in a statement that it would reply within a week.

```
{FRENCH}
```

    {FRENCH}

Inline `{FRENCH}` code is not prose.

{FRENCH} <!-- mtlint: disable-line=L -->

The spokesman added: {FRENCH}
"""


def analysis(text: str) -> str:
    (doc,) = read(text, "a.md", Config())
    assert doc.format == "markdown"
    assert len(doc.analysis_text) == len(text)
    return doc.analysis_text


def masked_words(text: str) -> set[str]:
    """Words of ``text`` that the reader blanked."""
    kept = analysis(text)
    return {
        m.group()
        for m in re.finditer(r"\S+", text)
        if kept[m.start() : m.end()].strip() != m.group()
    }


def test_code_blocks_inline_code_and_front_matter_are_blanked_line_breaks_kept() -> None:
    text = analysis(ARTICLE)
    assert text.count("\n") == ARTICLE.count("\n")
    lines = text.splitlines()
    assert lines[0].strip() == lines[1].strip() == lines[2].strip() == ""  # front matter
    assert lines[3] == "# A report"  # heading markers stay: they mark headings
    assert lines[7].strip() == lines[8].strip() == lines[9].strip() == ""  # fence
    assert lines[11].strip() == ""  # indented code
    assert lines[13] == "Inline " + " " * (len(FRENCH) + 2) + " code is not prose."
    assert lines[15].startswith(FRENCH) and "mtlint" not in lines[15]  # comment masked
    assert lines[17] == f"The spokesman added: {FRENCH}"


def test_link_targets_autolinks_bare_urls_and_reference_definitions() -> None:
    text = (
        'See [the full report](https://example.org/rapport-complet "Rapport") and '
        "[another one][rapport], <https://example.org/autre>, www.example.org/page "
        "or https://example.org/x.\n\n"
        "[rapport]: https://example.org/le-rapport\n"
    )
    kept = analysis(text)
    words = "See [the full report] and [another one] , , or ."
    assert kept.split() == words.split()
    assert kept.splitlines()[2].strip() == ""  # the reference definition


def test_html_comments_and_tags_blanked_text_between_tags_kept() -> None:
    text = (
        'A <span lang="fr">word</span> here. <!-- une note -->\n\n'
        '<div class="box">\nprose inside a block\n</div>\n\n'
        "<script>\nvar silencieux = 1;\n</script>\n"
    )
    words = masked_words(text)
    assert {'lang="fr">word</span>', "une", "note", "-->", 'class="box">', "</div>"} <= words
    assert "silencieux" in words and "prose" not in words and "word" not in words
    assert "inside" not in words


def test_code_spans_need_matching_backtick_runs_and_escapes_are_literal() -> None:
    text = "Use ``a ` tick`` and \\`not code\\` and ``` unmatched.\n"
    kept = analysis(text)
    assert "tick" not in kept
    assert "not code" in kept and "unmatched" in kept


def test_links_in_tables_blockquotes_and_lists() -> None:
    text = (
        "| word | link |\n|---|---|\n| `muet` | [x](https://e.org/muet) |\n\n"
        "> quoted `selon lui` and [y](https://e.org/selon)\n\n"
        "- item with `code` and [z](https://e.org/z)\n"
    )
    words = masked_words(text)
    assert "`muet`" in words and "`selon" in words and "lui`" in words
    kept = analysis(text)
    assert "e.org" not in kept and "muet" not in kept and "selon" not in kept
    assert "quoted" in kept and "item with" in kept


def test_front_matter_only_at_the_start_and_closed() -> None:
    assert front_matter_end("---\na: 1\n---\nText\n") == len("---\na: 1\n---\n")
    assert front_matter_end("+++\na = 1\n+++\nText\n") == len("+++\na = 1\n+++\n")
    assert front_matter_end("---\nnever closed\n") == 0
    assert front_matter_end("Text\n---\na: 1\n---\n") == 0
    # a thematic break that does not open the file is prose's business, not front matter
    assert analysis("Text\n\n---\n\nMore text\n").endswith("More text\n")


def test_crlf_files_keep_their_offsets() -> None:
    text = "Intro line.\r\n\r\n```\r\nselon lui\r\n```\r\nAfter `code` end.\r\n"
    kept = analysis(text)
    assert "selon" not in kept and "code" not in kept
    assert kept.endswith("After        end.\r\n")


def test_the_reader_is_chosen_by_file_ending() -> None:
    config = Config()
    (md,) = to_documents("notes.md", b"Some `code` here.\n", config)
    (txt,) = to_documents("notes.txt", b"Some `code` here.\n", config)
    assert md.format == "markdown" and "code" not in md.analysis_text
    assert txt.format == "text" and "code" in txt.analysis_text


def _french_rule() -> Rule:
    """A stand-in language rule: reports FRENCH wherever rules can read it."""

    def french(doc: Document) -> Iterator[Hit]:
        for match in re.finditer(re.escape(FRENCH), doc.analysis_text):
            yield Hit(match.start(), match.end())

    return Rule(
        "L999", "french-sentence", Severity.ERROR, "Accuracy/Untranslated", "French", french
    )


def test_only_the_phrase_outside_code_and_suppression_is_reported_at_its_place() -> None:
    from checker.suppress import apply_comments

    (doc,) = read(ARTICLE, "article.md", Config())
    findings = apply_comments(doc, run_rules(doc, [_french_rule()]))
    assert [(f.line, f.column, f.end_line, f.end_column) for f in findings] == [
        (18, 22, 18, 22 + len(FRENCH))
    ]


def _language_rules_exist() -> bool:
    from checker.registry import load_rules

    return any(code.startswith("L") for code in load_rules("L"))


def test_end_to_end_with_the_real_language_rules(tmp_path) -> None:
    """The issue's acceptance test, through the command line, once family L exists."""
    if not _language_rules_exist():
        pytest.skip("no language (L) rule registered yet")
    import json

    from click.testing import CliRunner

    from checker.cli import main

    path = tmp_path / "article.md"
    path.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(
        main, ["check", "--select", "L", "--source-lang", "fr", "--format", "json", str(path)]
    )
    report = json.loads(result.output)
    places = {(f["line"], f["column"]) for f in report["findings"]}
    assert places, result.output
    assert all(line == 18 for line, _ in places), report["findings"]
    assert min(column for _, column in places) >= 22


TECHNICAL_NOTE = """\
---
title: "Rapport « final »"
lang: fr
---
# Release notes

Run the converter on the French export before publishing:

```sh
convert --input « rapport final ».txt --lang fr   # le rapport est prêt ?
```

The option `--titre "Le gouvernement a répondu"` keeps the original title.
See [the guide](https://example.org/guide/le-rapport-est-prêt?lang=fr&page=11 000)
or <https://example.org/notes-de-version>, and www.example.org/aide-en-ligne.

<!-- Note de l'éditeur : le texte français reste à relire ! -->
<span class="note">Checked by the desk.</span>

    Le gouvernement n'a pas encore répondu à nos questions ?

[notes]: https://example.org/les-notes "Les notes de version"
"""


def test_code_urls_front_matter_and_comments_raise_nothing_with_every_rule(tmp_path) -> None:
    """Precision: everything French or French-typeset here is code, a URL or a comment."""
    import json

    from click.testing import CliRunner

    from checker.cli import main

    markdown = tmp_path / "notes.md"
    markdown.write_text(TECHNICAL_NOTE, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "json", str(markdown)])
    findings = json.loads(result.stdout)["findings"]
    assert [f for f in findings if f["severity"] != "info"] == [], findings
    # the same text read as plain text is full of findings: the masking is what helps
    plain = tmp_path / "notes.txt"
    plain.write_text(TECHNICAL_NOTE, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "json", str(plain)])
    families = {f["code"][0] for f in json.loads(result.stdout)["findings"]}
    assert families >= {"L", "Q", "T"}


def test_unclosed_html_comments_cost_linear_work() -> None:
    from checker.formats.markdown import _html_pieces

    # Every opener but the last is unclosed: each used to rescan to the end of the block.
    block = "<!-- open " * 50_000 + "<b>bold</b>"
    assert list(_html_pieces(block)) == [(500_000, 500_003), (500_007, 500_011)]
    mixed = "a <b>x</b> <!-- c --> <?php ?> <![CDATA[ y ]]> <!DOCTYPE html> < 3"
    expected = [(2, 5), (6, 10), (11, 21), (22, 30), (31, 46), (47, 62)]
    assert list(_html_pieces(mixed)) == expected
