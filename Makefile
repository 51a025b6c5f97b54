# releasebot: make install | demo | test | lint
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint

install: $(STAMP)

# torch==2.13.0 first, the CPU build: on the project's build machines pip takes the CPU wheel that
# lies on disk; elsewhere PyPI's Linux wheel is a CUDA build of several GB, so point pip at
# PyTorch's CPU index: make install TORCH_INDEX=https://download.pytorch.org/whl/cpu
TORCH_INDEX ?=

$(STAMP): pyproject.toml
	test -x $(BIN)/python || python3 -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip
	$(BIN)/python -m pip install torch==2.13.0 $(if $(TORCH_INDEX),--index-url $(TORCH_INDEX))
	$(BIN)/python -m pip install -e '.[test]'
	$(BIN)/python -c 'import torch; assert torch.version.cuda is None, "torch is not the CPU build"'
	touch $@

demo: install
	$(BIN)/releasebot rebuild
	$(BIN)/releasebot ask "Wer vertrat das Hauptzollamt?"
	$(BIN)/releasebot ask "Who represented the Hauptzollamt?"

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/hadolint Dockerfile
