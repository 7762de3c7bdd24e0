"""The rule registry: the ``@rule`` decorator, the RULES table and rule selection.

A rule is declared once, on its function: code, kebab-case name, default severity, MQM
category and message template; the docstring says what it catches and why, with ``Okay:``
and ``CODE:`` example lines. Rule modules are imported only for the families a run selects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from checker.types import FAMILIES, Rule, RuleCheck, Severity

RULES: dict[str, Rule] = {}

# One module per family; E (input) findings are made by the readers, not by a rule module.
RULE_MODULES: dict[str, str] = {
    "L": "checker.rules.language",
    "Q": "checker.rules.quotes",
    "T": "checker.rules.typography",
    "P": "checker.rules.pronouns",
    "N": "checker.rules.names",
    "B": "checker.rules.bilingual",
    "E": "checker.rules.input",
}
FAMILY_LETTERS: dict[str, str] = {name: letter for letter, name in FAMILIES.items()}


def rule(
    code: str,
    name: str,
    severity: Severity,
    *,
    category: str,
    message: str,
    fixable: bool = False,
) -> Callable[[RuleCheck], RuleCheck]:
    """Register ``check`` as the rule ``code``."""
    if len(code) != 4 or code[0] not in FAMILIES or not code[1:].isdigit():
        raise ValueError(f"bad rule code {code!r}")

    def register(check: RuleCheck) -> RuleCheck:
        if code in RULES and RULES[code].check is not check:
            raise ValueError(f"rule code {code} registered twice")
        RULES[code] = Rule(
            code=code,
            name=name,
            severity=severity,
            category=category,
            message=message,
            check=check,
            doc=check.__doc__ or "",
            fixable=fixable,
        )
        return check

    return register


def code_of(check: RuleCheck) -> str:
    """The code ``check`` is registered under: a rule's handle, so that no module that makes
    the rule's findings (the readers, the engine, the suppression logic) writes the code again."""
    for registered in RULES.values():
        if registered.check is check:
            return registered.code
    raise LookupError(f"{check.__qualname__} is not a registered rule")


def normalize_selector(selector: str) -> str:
    """``quotes`` → ``Q``, ``q1`` → ``Q1``, ``ALL`` → ``""``; raises ValueError otherwise."""
    token = selector.strip()
    if token.lower() in FAMILY_LETTERS:
        return FAMILY_LETTERS[token.lower()]
    if token.upper() == "ALL":
        return ""
    upper = token.upper()
    if (
        upper
        and upper[0] in FAMILIES
        and (upper[1:].isdigit() or len(upper) == 1)
        and len(upper) <= 4
    ):
        return upper
    raise ValueError(
        f"unknown rule selector {selector!r} (use a code such as Q102, a prefix such as Q1, "
        f"a family name such as quotes, or ALL)"
    )


def load_rules(letters: Iterable[str] | None = None) -> dict[str, Rule]:
    """Import the rule modules of the given families (all by default); return RULES."""
    wanted = RULE_MODULES if letters is None else {k: RULE_MODULES[k] for k in letters}
    for module in wanted.values():
        try:
            # __import__, not importlib.import_module: the import statement's own path, which
            # ``python -X importtime`` reports (it does not see importlib.import_module)
            __import__(module)
        except ModuleNotFoundError as error:
            if error.name != module:
                raise
    return RULES


def unknown_selectors(selectors: Iterable[str]) -> list[str]:
    """The normalized selectors that match no rule (``ALL`` and a family always match)."""
    unknown = []
    for selector in selectors:
        if len(selector) > 1:
            rules = load_rules(selector[0])
            if not any(code.startswith(selector) for code in rules):
                unknown.append(selector)
    return unknown


def is_selected(code: str, select: Iterable[str], ignore: Iterable[str]) -> bool:
    """Longest matching prefix wins; on a tie, ignore wins."""
    best_select = max((len(p) for p in select if code.startswith(p)), default=-1)
    best_ignore = max((len(p) for p in ignore if code.startswith(p)), default=-1)
    return best_select > best_ignore


def families_needed(select: Iterable[str], ignore: Iterable[str]) -> list[str]:
    """Family letters that may have a selected rule, so only their modules are imported."""
    select = list(select)
    ignore = list(ignore)
    needed = []
    for letter in RULE_MODULES:
        family_ignored = max((len(p) for p in ignore if p in ("", letter)), default=-1)
        if any((p == "" or p[0] == letter) and len(p) > family_ignored for p in select):
            needed.append(letter)
    return needed


def selected_rules(select: Iterable[str], ignore: Iterable[str]) -> list[Rule]:
    """The rules a run executes, in code order."""
    select = list(select)
    ignore = list(ignore)
    rules = load_rules(families_needed(select, ignore))
    return [rules[c] for c in sorted(rules) if is_selected(c, select, ignore)]
