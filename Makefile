# The two entry points of the README: `make demo` (the main job) and `make test` (every test).
SHELL := /bin/bash
PYTHON := /usr/bin/python3


.PHONY: deps system-deps node-deps build demo demo-cli test test-ts test-py wheel catalog labextension host test-ui bench-ui test-msref graph-fixtures test-graph-heavy

system-deps:
	scripts/install-system-deps.sh

node_modules/.package-lock.json: package-lock.json
	npm ci
	@touch $@

node-deps: node_modules/.package-lock.json

deps: system-deps node-deps

build: node-deps
	npm run build

# The main job: the CLI on examples/lenet.py, then JupyterLab (the host under ui-tests/, with this extension) on 127.0.0.1 with the
# example notebooks; prints the URL, Ctrl-C stops it.
demo: demo-cli labextension host
	ui-tests/host/demo.sh

# The command-line converter on examples/lenet.py.
demo-cli: deps build
	node bin/mindconverter.js --in_file examples/lenet.py --output output --overwrite
	@echo; echo "converted: output/lenet.py   report: output/report_of_lenet.txt"; echo
	@cat output/report_of_lenet.txt

test-ts: build
	npx jest

# The kernel-side shim (python_shim/): export, .pth CLI path, comm channel in a real kernel, magics, wheel.
test-py:
	$(PYTHON) -m pytest -q -rs python_shim/tests

# The Python wheel (prebuilt labextension + shim) in dist/. --skip-dependency-check: Debian 12's
# hatchling declares `editables` (used only by editable installs), which Debian does not ship.
wheel: labextension
	$(PYTHON) -m build --wheel --no-isolation --skip-dependency-check --outdir dist

# The prebuilt JupyterLab extension (what the wheel ships): jupyterlab_mindconverter/labextension.
# Its shared-module versions come from the host core's metadata, generated from what npm installed.
labextension: build
	node ui-tests/host/build-core.js
	npx build-labextension --core-path ui-tests/host/build/core .

# The JupyterLab 4 host under ui-tests/host (module-federation core built from the @jupyterlab npm packages).
host: node-deps
	npm run build:host -w ui-tests

# Playwright in Debian's Chromium against the host (Debian's jupyter_server + a torch kernel); starts
# and stops its own server on a free loopback port.
test-ui: labextension host
	cd ui-tests && npx playwright test

# Time from the convert-cell command to the inserted cell (300-line cell), in the real host.
bench-ui: labextension host
	cd ui-tests && npx playwright test -c playwright.bench.config.ts

# Graph mode's test models exported to ONNX with Debian's torch (random weights, no downloads), cached
# under tests/fixtures/.cache/torch-<version>/; the jest tests export whatever is still missing themselves.
graph-fixtures:
	$(PYTHON) tests/fixtures/export_models.py --opset 13

# Not in `test` (minutes, GBs): graph mode on 13 larger torchvision architectures (export_models.py HEAVY_MODELS,
# and ViT-B/16): converted, compiled, checkpoints checked, then proven equivalent on msref with the large corpus models.
test-graph-heavy: build
	GRAPH_HEAVY=1 npx jest tests/converter/graph/models.test.ts -t 'larger torchvision'
	MSREF_HEAVY=1 $(PYTHON) -m pytest -q tests/msref/test_graph_model_equivalence.py

# labextension before test-py: the wheel test packages the one built here instead of building its own.
test: deps graph-fixtures test-ts labextension test-py test-ui test-msref

# Regenerate the MindSpore API catalogs (needs ../shared/msapi or MINDCONVERTER_SHARED).
catalog:
	$(PYTHON) scripts/build-catalog.py

# msref: the test-only MindSpore reference, its fidelity against MindSpore's documented outputs,
# and the equivalence tests built on it (tests/msref/README.md).
test-msref: build
	$(PYTHON) -m pytest -q tests/msref

