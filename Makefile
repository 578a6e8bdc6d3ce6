# chidao: two commands for a fresh clone (see README).
#   make demo   create .venv, install everything, run the pipeline on samples/, print a summary
#   make test   the same set-up, then the whole test suite
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
APT_STAMP := $(VENV)/.apt
APT_PACKAGES := tesseract-ocr tesseract-ocr-vie poppler-utils hunspell-vi
OUT ?= out/demo

.PHONY: demo test venv system models benchmark clean

demo: venv
	$(BIN)/chidao run samples/text samples/pdf samples/docx --out $(OUT)

# the suite on two pytest-xdist workers (tests/conftest.py: each file on one worker, the tests that
# start processes of their own one after another on one worker); TEST_WORKERS=0 runs it serially
TEST_WORKERS ?= 2
test: venv
	$(BIN)/python -m pytest -q $(if $(filter 0,$(TEST_WORKERS)),,-n $(TEST_WORKERS) --dist loadgroup)

venv: $(STAMP) system

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "installing chidao and its dependencies into $(VENV) (log: $(VENV)/install.log)"
	@$(BIN)/python -m pip install -q --upgrade pip > $(VENV)/install.log 2>&1 || (cat $(VENV)/install.log; exit 1)
	@$(BIN)/python -m pip install -q -e '.[test]' >> $(VENV)/install.log 2>&1 || (cat $(VENV)/install.log; exit 1)
	@touch $(STAMP)

# System packages (Tesseract with its Vietnamese model, poppler): installed when root and
# missing; otherwise a clear message, and the OCR features report what is missing at run time.
system: $(APT_STAMP)

$(APT_STAMP):
	@missing=""; \
	for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then touch $(APT_STAMP); \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	  echo "installing system packages:$$missing"; \
	  (apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null && touch $(APT_STAMP); \
	else \
	  echo "NOTE: not root (or no apt-get): skipping system packages:$$missing"; \
	  echo "      OCR of scanned PDFs needs them: sudo apt-get install$$missing"; \
	fi

models: venv
	$(BIN)/python models/build_models.py
	$(BIN)/python models/build_prose_pairs.py
	$(BIN)/python models/build_gazetteer.py
	$(BIN)/python models/build_names.py
	$(BIN)/python models/build_cited.py
	$(BIN)/python models/build_cited_laws.py
	$(BIN)/python models/build_law_dates.py
	$(BIN)/python models/build_year_ranges.py
	$(BIN)/python models/build_comma_pairs.py
	$(BIN)/python models/build_term_phrases.py
	$(BIN)/python models/build_pair_terms.py
	$(BIN)/python models/build_next_case.py
	$(BIN)/python models/build_directive_verbs.py
	$(BIN)/python models/build_clause_verbs.py
	$(BIN)/python -m pipeline.repair.ocrchannel
	$(BIN)/python models/build_deadline_scorer.py
	$(BIN)/python models/build_office_crf.py

benchmark: venv
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) out .pytest_cache
