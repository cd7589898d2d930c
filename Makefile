# Byline — make targets. `make demo` runs the whole job offline; `make test`
# runs every test (the README's two commands).
GO      ?= go
BIN     ?= bin/byline
SHARED  ?= ../shared
PKGS    ?= ./...

.PHONY: all build demo test race rss lint vet staticcheck bench bench-pipeline eval fuzz clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/byline

demo: build
	./$(BIN) demo

test:
	$(GO) test -count=1 -timeout 20m $(PKGS)

# The race detector over the packages with concurrency (CI runs it).
RACE_PKGS ?= ./crawler/... ./pipeline/... ./index/... ./web/...
race:
	$(GO) test -race -count=1 -timeout 30m $(RACE_PKGS)

# Peak RSS of crawls of the hostile site (compression bombs, link and
# sitemap floods) by the built binary; see BENCHMARKS.md.
rss:
	BYLINE_RSS=1 $(GO) test -count=1 -timeout 30m -run TestPeakRSSOfHostileCrawls -v ./cmd/byline

vet:
	$(GO) vet $(PKGS)

staticcheck:
	$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 $(PKGS)

lint: vet staticcheck

bench:
	$(GO) test -run '^$$' -bench . -benchmem -count 6 ./extract/... ./index/... ./crawler/... ./pipeline/... | tee bench.txt

# Issue 15's measurement: run --once against extract --jsonl -j 2 on 181
# real pages from ../shared served on loopback (see BENCHMARKS.md).
bench-pipeline:
	$(GO) test -run '^$$' -bench Corpus181 -benchtime 5x -count 3 ./cmd/byline | tee bench-pipeline.txt

# Every corpus, all pages and the tune and check halves side by side (the
# README's table); `byline eval <corpus> --rules` for one corpus's rules.
eval: build
	./$(BIN) eval summary $(SHARED)

fuzz:
	$(GO) test -run '^$$' -fuzz FuzzExtract -fuzztime 30s ./extract

clean:
	rm -rf bin artifacts
