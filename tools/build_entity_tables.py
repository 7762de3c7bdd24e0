"""Regenerate the WordNet noun table of the pronoun family (checker/data/nouns-wordnet.marisa).

Outputs a memory-mappable marisa trie (the given names are built by
``tools/build_name_tables.py``):

``nouns-wordnet.marisa``  RecordTrie ``"B"``: a lower-case single-word English noun (or a
    two-word one that is institutional, as ``budget deficit``) → one
    byte of class bits (see ``checker/analysis/entities.py``): whether some sense of it is a
    person (hypernym closure under person.n.01, or the noun.person file), an animal, an
    organisation (closure under organization.n.01 or assembly.n.04, the courts and
    councils), a place (closure under location.n.01 or
    the noun.location file), and whether its most frequent sense is of the body, a feeling
    or the mind (``his knee``, ``her anger``, ``his belief``: only a person has those), and
    whether some sense of it is something only a country, a city or a company has (the
    closure of :data:`INSTITUTIONAL_ROOTS`: ``her population``, ``his borders``, ``her
    GDP``, ``his subsidiaries``, ``his shareholders``) while its first sense is none of the
    body, a feeling or the mind; and whether some sense of it is a means of transport
    (closure under conveyance.n.03: a locomotive, a car, an airliner, which English may
    call "she" as it does a ship).
    Built from WordNet 3.0's noun database (Debian package ``wordnet-base``, files under
    ``/usr/share/wordnet``).

    python tools/build_entity_tables.py [--wordnet /usr/share/wordnet] [--out checker/data]

Needs ``apt-get install wordnet-base``; mtlint reads the trie with marisa-trie alone.
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "checker" / "data"

PERSON, ANIMAL, ORGANISATION, PLACE, PERSONAL_POSSESSION, INSTITUTIONAL = 1, 2, 4, 8, 16, 32
VEHICLE = 64  # a means of transport, which English, like a ship, may call "she"
PERSON_ROOT = "00007846"  # person.n.01
ORGANISATION_ROOTS = ("08008335", "08163792")  # organization.n.01, assembly.n.04 (courts)
LOCATION_ROOT = "00027167"  # location.n.01
CONVEYANCE_ROOT = "03100490"  # conveyance.n.03: vehicles, craft, vessels, trains
LEX_PERSON, LEX_ANIMAL, LEX_LOCATION = 18, 5, 15
# What only a country, a city or a company has (never a person: no "his population"). The
# lexicographer files are too coarse for this (a person has a budget, a plan, a record, a
# team, a home, a district), so these are single synsets whose hyponyms fit too.
INSTITUTIONAL_ROOTS = (
    "08179879",  # population.n.01: the people who inhabit a territory or state
    "13257511",  # gross_domestic_product.n.01
    "13257098",  # gross_national_product.n.01
    "08003935",  # subsidiary_company.n.01
    "08009478",  # affiliate.n.02: an organisation affiliated with another
    "10657969",  # stockholder.n.01: a person, but only a company has them
    "08501114",  # frontier.n.02: a boundary line between two countries
    "03306207",  # export.n.01: commodities sold to a foreign country
    "13397519",  # national_debt.n.01
    "13397705",  # public_debt.n.01
    "13396485",  # budget_deficit.n.01
    "13396768",  # trade_deficit.n.01
    "13409363",  # balance_of_trade.n.01 (trade balance)
    "13819074",  # unemployment_rate.n.01
    "15279299",  # inflation_rate.n.01
    "13471052",  # economic_growth.n.01
    "08349916",  # central_bank.n.01
    "08555569",  # airspace.n.01: the space above a nation under its jurisdiction
    "08613000",  # coastline.n.01
    "07049055",  # national_anthem.n.01
    "13256894",  # national_income.n.01
    "13262200",  # per_capita_income.n.01
    "13261916",  # tax_income.n.01 (tax revenue)
    "00952386",  # market_capitalization.n.01
)
# These without their hyponyms (a person has money, a note, a bill, an ideology, a people,
# a soil and a circuit). Not the electorate: an MP's constituency is "her electorate".
INSTITUTIONAL_SYNSETS = (
    "08366753",  # economy.n.01: the system of production and distribution
    "13385913",  # currency.n.01: the metal or paper medium of exchange
    "08493064",  # territory.n.03: the area under a government's jurisdiction (not soil)
    "08512736",  # boundary_line.n.01: the border (not a judge's circuit)
    "03504723",  # headquarters.n.01: a center of operations (not a home office)
    "04323026",  # stock_exchange.n.01 (not the curb market: "her curb")
)
# Not birthrate.n.01: its synonym "fertility" is a woman's.
# Where WordNet misleads: lemmas of those synsets that a person has too ("her home office").
NOT_INSTITUTIONAL = frozenset({"home_office", "home_base", "home_front"})
LEX_PERSONAL = {8, 9, 12}  # noun.body, noun.cognition, noun.feeling
_LEMMA = re.compile(r"[a-z][a-z-]*[a-z]")
# Two-word nouns, kept (as "budget deficit") only when institutional: "her budget deficit".
_COMPOUND = re.compile(r"[a-z]+_[a-z]+")


def read_synsets(
    path: Path,
) -> tuple[dict[str, int], dict[str, list[str]], dict[str, set[str]]]:
    """Each noun synset's lexicographer file number, hypernyms (also of instances) and
    the words it writes in lower case or as an acronym (``mill`` of the factory, not
    ``Mill`` of John Stuart Mill: index.noun lower-cases every lemma)."""
    lexfile: dict[str, int] = {}
    hypernyms: dict[str, list[str]] = {}
    lowercase: dict[str, set[str]] = {}
    with path.open(encoding="latin-1") as handle:
        for line in handle:
            if line.startswith(" "):
                continue  # the licence header
            fields = line.split(" | ")[0].split()
            offset, lex = fields[0], int(fields[1])
            words = int(fields[3], 16)
            k = 4 + 2 * words
            written = (fields[4 + 2 * w] for w in range(words))
            # (an acronym in capitals is a common noun too: GDP, CEO)
            lowercase[offset] = {w.lower() for w in written if w.lower() == w or w.isupper()}
            pointers = int(fields[k])
            ups = []
            for p in range(pointers):
                symbol, target, pos = fields[k + 1 + 4 * p : k + 4 + 4 * p]
                if symbol in ("@", "@i") and pos == "n":
                    ups.append(target)
            lexfile[offset] = lex
            hypernyms[offset] = ups
    return lexfile, hypernyms, lowercase


def closure(root: str, hypernyms: dict[str, list[str]]) -> set[str]:
    """Every synset with ``root`` among its hypernyms (itself included)."""
    below: dict[str, list[str]] = defaultdict(list)
    for synset, ups in hypernyms.items():
        for up in ups:
            below[up].append(synset)
    seen = {root}
    stack = [root]
    while stack:
        for child in below[stack.pop()]:
            if child not in seen:
                seen.add(child)
                stack.append(child)
    return seen


def noun_classes(wordnet: Path) -> dict[str, int]:
    lexfile, hypernyms, lowercase = read_synsets(wordnet / "data.noun")
    people = closure(PERSON_ROOT, hypernyms)
    organisations = set().union(*(closure(root, hypernyms) for root in ORGANISATION_ROOTS))
    places = closure(LOCATION_ROOT, hypernyms)
    vehicles = closure(CONVEYANCE_ROOT, hypernyms)
    institutional = set().union(*(closure(root, hypernyms) for root in INSTITUTIONAL_ROOTS))
    institutional.update(INSTITUTIONAL_SYNSETS)
    table: dict[str, int] = {}
    with (wordnet / "index.noun").open(encoding="latin-1") as handle:
        for line in handle:
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma = fields[0]
            compound = _COMPOUND.fullmatch(lemma) is not None
            if not (_LEMMA.fullmatch(lemma) or compound):
                continue  # longer phrases, capitals, digits
            senses = int(fields[2])
            # Most frequent sense first; not the senses that write the word only with a
            # capital (proper names: Mill, Bush, Pound are people, a mill is not).
            offsets = [o for o in fields[-senses:] if lemma in lowercase[o]]
            if not offsets:
                continue
            bits = 0
            for synset in offsets:
                lex = lexfile[synset]
                if synset in people or lex == LEX_PERSON:
                    bits |= PERSON
                if lex == LEX_ANIMAL:
                    bits |= ANIMAL
                if synset in organisations:
                    bits |= ORGANISATION
                if synset in places or lex == LEX_LOCATION:
                    bits |= PLACE
                if synset in institutional:
                    bits |= INSTITUTIONAL
                if synset in vehicles:
                    bits |= VEHICLE
            if lexfile[offsets[0]] in LEX_PERSONAL:
                bits = bits & ~INSTITUTIONAL | PERSONAL_POSSESSION
            if lemma in NOT_INSTITUTIONAL:
                bits &= ~INSTITUTIONAL
            if compound and not bits & INSTITUTIONAL:
                continue  # other phrases (prime_minister) answer nothing, as before
            table[lemma.replace("_", " ") if compound else lemma] = bits
    return table


def main() -> None:
    import marisa_trie

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--out", type=Path, default=DATA)
    args = parser.parse_args()
    nouns = noun_classes(args.wordnet)
    trie = marisa_trie.RecordTrie("B", sorted((w, (b,)) for w, b in nouns.items()))
    trie.save(str(args.out / "nouns-wordnet.marisa"))
    print(f"nouns-wordnet.marisa: {len(nouns)} nouns")


if __name__ == "__main__":
    main()
