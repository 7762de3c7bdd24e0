"""Regenerate the WordNet verb-frame table of the pronoun family (verbs-wordnet.marisa).

Outputs a memory-mappable marisa trie:

``verbs-wordnet.marisa``  RecordTrie ``"B"``: a lower-case English verb form (a past
    participle, a past tense or a third-person present, as English text spells it) → one
    byte of bits (see ``checker/rules/pronoun_predicates.py``):

    - ``NO_PERSON_OBJECT`` (1): the form may be a past participle and NO sense of ANY verb it
      may be a form of has a frame with a person as its object (WordNet's generic sentence
      frames 9 "Somebody ----s somebody", 10 "Something ----s somebody", 14, 17, 18, 20,
      24, 25, 30): its passive subject is no person (``ratified``, ``devalued``, ``enacted``);
    - ``NO_PERSON_ALONE`` (2): NO sense of any verb the form may be of has a frame with a
      person as its subject (frames 2 "Somebody ----s", 7, 8, 9, 13 to 33), and some sense
      has a thing as the subject of a clause without an object (frames 1 "Something
      ----s", 4 "Something is ----ing PP"): used without an object, its subject is no
      person (``occurred``, ``eroded``, ``capsized``).

    A form is any word of the English lexicon (``checker/data/lexicon-en.marisa``) or of
    WordNet's ``verb.exc`` that WordNet's detachment rules (``-s``, ``-es``, ``-ies``,
    ``-ed``, ``-ied``, a doubled consonant before ``-ed``) or ``verb.exc`` turn into a verb
    lemma; a form of several lemmas (``found``: *find* and *found*) keeps a bit only when
    every lemma has it. The hand overrides of ``checker/data/verbs-wordnet-overrides.txt``
    (verbs WordNet's frames mislead on) win.

    Built from WordNet 3.0's verb database (Debian package ``wordnet-base``, files under
    ``/usr/share/wordnet``).

    python tools/build_verb_frames.py [--wordnet /usr/share/wordnet] [--out checker/data]

Needs ``apt-get install wordnet-base``; mtlint reads the trie with marisa-trie alone.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "checker" / "data"

NO_PERSON_OBJECT, NO_PERSON_ALONE = 1, 2
# WordNet's generic frames (wninput(5)) with a person as the direct or indirect object.
PERSON_OBJECT_FRAMES = frozenset({9, 10, 14, 17, 18, 20, 24, 25, 30})
# Frames with a person ("Somebody") as the subject, with or without an object: a verb with
# one may have a person as its subject (and an object put late by machine translation,
# "she founded in 2010 a company", is no clause without one).
PERSON_SUBJECT_FRAMES = frozenset({2, 7, 8, 9} | set(range(13, 34)))
# Frames with a thing as the subject and no object.
THING_ALONE_FRAMES = frozenset({1, 4})
# Lexicographer files whose verbs take people as objects whatever their frames say (the
# frames' "something" is loose: "defeat your enemies" is frame 8): verb.body (29),
# verb.competition (33), verb.emotion (37), verb.perception (39). A verb with a sense in
# one of them never restricts its passive subject.
PERSONAL_FILES = frozenset({29, 33, 37, 39})
PERSONAL_FILE_FRAME = 9  # such a sense counts as "Somebody ----s somebody"
OVERRIDES = "verbs-wordnet-overrides.txt"


def lemma_frames(wordnet: Path) -> dict[str, set[int]]:
    """Every single-word verb lemma → the union of the frame numbers of all its senses (a
    sense of :data:`PERSONAL_FILES` adds :data:`PERSONAL_FILE_FRAME`)."""
    frames: dict[str, set[int]] = defaultdict(set)
    with open(wordnet / "data.verb", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("  "):
                continue  # the licence header
            fields = line.split(" | ", 1)[0].split()
            personal_file = int(fields[1]) in PERSONAL_FILES
            count = int(fields[3], 16)
            words = [fields[4 + 2 * k].lower() for k in range(count)]
            at = 4 + 2 * count
            at += 1 + 4 * int(fields[at])  # the pointers
            by_word: dict[int, set[int]] = defaultdict(set)
            if at < len(fields):
                for k in range(int(fields[at])):
                    frame, word = int(fields[at + 2 + 3 * k]), int(fields[at + 3 + 3 * k], 16)
                    for j in range(count) if word == 0 else (word - 1,):
                        by_word[j].add(frame)
            for j, word in enumerate(words):
                if "_" not in word:
                    frames[word] |= by_word[j] | ({PERSONAL_FILE_FRAME} if personal_file else set())
    return frames


def exceptions(wordnet: Path) -> dict[str, set[str]]:
    """``verb.exc``: an irregular form → its lemmas (``built`` → ``build``)."""
    table: dict[str, set[str]] = defaultdict(set)
    with open(wordnet / "verb.exc", encoding="utf-8") as lines:
        for line in lines:
            form, *lemmas = line.split()
            if "_" not in form:
                table[form].update(lemmas)
    return table


def _detached(form: str) -> set[str]:
    """Lemma candidates of a regular form by WordNet's detachment rules (and -ied, a
    doubled consonant): ``ratified`` → ratify, ``flows`` → flow, ``regretted`` → regret."""
    out = set()
    if form.endswith("ied"):
        out.add(form[:-3] + "y")
    if form.endswith("ies"):
        out.add(form[:-3] + "y")
    if form.endswith("ed"):
        out.update((form[:-2], form[:-1]))
        if len(form) > 4 and form[-3] == form[-4]:
            out.add(form[:-3])  # regretted
    if form.endswith("es"):
        out.update((form[:-2], form[:-1]))
    elif form.endswith("s") and not form.endswith("ss"):
        out.add(form[:-1])
    return out


def forms_to_bits(
    frames: dict[str, set[int]], irregular: dict[str, set[str]], words: list[str]
) -> dict[str, int]:
    """Each verb form → its bits (see the module docstring); forms with no bit are left out."""
    table = {}
    for form in sorted(set(words) | set(irregular)):
        if not form.isalpha() or not form.islower() or form.endswith("ing"):
            continue  # a participle in -ing is no finite verb nor a passive's
        lemmas = {lemma for lemma in irregular.get(form, ()) if lemma in frames}
        regular = {lemma for lemma in _detached(form) if lemma in frames}
        lemmas |= regular
        if not lemmas:
            continue
        participle = form.endswith("ed") or (form in irregular and not form.endswith("s"))
        bits = 0
        if participle and not any(frames[lemma] & PERSON_OBJECT_FRAMES for lemma in lemmas):
            bits |= NO_PERSON_OBJECT
        if not any(frames[lemma] & PERSON_SUBJECT_FRAMES for lemma in lemmas) and any(
            frames[lemma] & THING_ALONE_FRAMES for lemma in lemmas
        ):
            bits |= NO_PERSON_ALONE
        if form in frames and form not in lemmas:
            # A base form that is also a past ("put", "set"): any of its senses may be meant.
            if frames[form] & PERSON_SUBJECT_FRAMES:
                bits &= ~NO_PERSON_ALONE
            if frames[form] & PERSON_OBJECT_FRAMES:
                bits &= ~NO_PERSON_OBJECT
        if bits:
            table[form] = bits
    return table


def read_overrides(path: Path) -> dict[str, int]:
    """The hand overrides: ``lemma<TAB>person_object<TAB>person_alone`` (x: a person fits)."""
    table: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("lemma"):
            continue
        lemma, person_object, person_alone = line.split()
        clear = (NO_PERSON_OBJECT if person_object == "x" else 0) | (
            NO_PERSON_ALONE if person_alone == "x" else 0
        )
        table[lemma] = clear
    return table


def apply_overrides(
    table: dict[str, int], irregular: dict[str, set[str]], overrides: dict[str, int]
) -> None:
    """Clear the bits the hand overrides clear for every form of their lemmas."""
    for form in list(table):
        lemmas = irregular.get(form, set()) | _detached(form) | {form}
        for lemma in lemmas & overrides.keys():
            table[form] &= ~overrides[lemma]
        if not table[form]:
            del table[form]


def english_words(data: Path) -> list[str]:
    """The lower-case words of the English lexicon that may be verb forms."""
    import marisa_trie

    trie = marisa_trie.RecordTrie("BB")
    trie.mmap(str(data / "lexicon-en.marisa"))
    return [w for w in trie.iterkeys() if w.endswith(("s", "ed")) and w.isalpha() and w.islower()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--out", type=Path, default=DATA)
    args = parser.parse_args()
    import marisa_trie

    frames = lemma_frames(args.wordnet)
    irregular = exceptions(args.wordnet)
    table = forms_to_bits(frames, irregular, english_words(DATA))
    apply_overrides(table, irregular, read_overrides(DATA / OVERRIDES))
    trie = marisa_trie.RecordTrie("B", ((form, (bits,)) for form, bits in sorted(table.items())))
    trie.save(str(args.out / "verbs-wordnet.marisa"))
    by_bit = {bit: sum(1 for b in table.values() if b & bit) for bit in (1, 2)}
    print(
        f"verbs-wordnet.marisa: {len(table)} forms "
        f"({by_bit[1]} no person as object, {by_bit[2]} no person without an object)"
    )


if __name__ == "__main__":
    main()
