# Sigla: the two commands a newcomer needs (see README.md).
.PHONY: setup build release demo test lint clean

setup:
	./Scripts/install-dependencies.sh

build: setup
	swift build

# The sigla command, optimised, with the Swift runtime and Foundation linked in: it starts
# in half the time of a dynamically linked one (Docs/decisions.md, "Speed").
release: setup
	swift build -c release --product sigla --static-swift-stdlib

# The main job: build the sample edition in Editions/memorias end to end, into out/demo.
demo: release
	rm -rf out/demo
	.build/release/sigla demo --out out/demo

# All tests (they run the real git, jing and the other validators).
test: setup
	swift build --build-tests
	swift test --skip-build

lint:
	swift format lint --recursive Sources Tests

clean:
	rm -rf .build
