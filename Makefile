# Sigla: the two commands a newcomer needs (see README.md).
.PHONY: setup build demo test lint clean

setup:
	./Scripts/install-dependencies.sh

build: setup
	swift build

# The main job: build the sample edition in Editions/memorias end to end, into out/demo.
demo: setup
	swift build -c release --product sigla
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
