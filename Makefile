# SPDX-License-Identifier: GPL-3.0-or-later
# The README's commands, and the longer runs of docs/reliability.md. Everything else is CMake presets.
.PHONY: run test package build deps screenshots bench fuzz crash clean

run:
	@packaging/run.sh

test:
	@packaging/test.sh

# The release .deb (build/package/keyward_<version>_<arch>.deb); docs/packaging.md.
package: deps
	@cmake --preset package >/dev/null && cmake --build --preset package
	@cd build/package && cpack -G DEB
	@ls build/package/keyward_*.deb

deps:
	@packaging/install-deps.sh

build: deps
	@cmake --preset release >/dev/null && cmake --build --preset release

screenshots: build
	@tools/screenshots.sh build/release

bench: build
	@bench/run-all.sh build/release

# docs/reliability.md: libFuzzer targets (clang) for FUZZ_SECONDS each; the crash harness for TRIALS.
FUZZ_SECONDS ?= 60
TRIALS ?= 200
fuzz: deps
	@tests/fuzz/run.sh $(FUZZ_SECONDS)

crash: deps
	@cmake --preset dev >/dev/null && cmake --build --preset dev --target keyward && tests/crash/run.sh $(TRIALS)

clean:
	rm -rf build
