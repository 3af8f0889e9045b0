# SPDX-License-Identifier: GPL-3.0-or-later
# The two commands of the README. Everything else is CMake presets.
.PHONY: run test build deps screenshots bench clean

run:
	@packaging/run.sh

test:
	@packaging/test.sh

deps:
	@packaging/install-deps.sh

build: deps
	@cmake --preset release >/dev/null && cmake --build --preset release

screenshots: build
	@tools/screenshots.sh build/release

bench: build
	@bench/run-all.sh build/release

clean:
	rm -rf build
