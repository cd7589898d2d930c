# Byline — make targets. `make demo` runs the whole job offline; `make test`
# runs every test (the README's two commands).
GO      ?= go
BIN     ?= bin/byline
SHARED  ?= ../shared
PKGS    ?= ./...

.PHONY: all build demo test race rss lint fmtcheck vet staticcheck bench bench-pipeline eval fuzz clean es es-node test-es test-cluster bench-cluster

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
	$(GO) test -race -count=1 -run TestExtractConcurrent ./extract

# Peak RSS of crawls of the hostile site (compression bombs, link and
# sitemap floods) by the built binary; see BENCHMARKS.md.
rss:
	BYLINE_RSS=1 $(GO) test -count=1 -timeout 30m -run TestPeakRSSOfHostileCrawls -v ./cmd/byline

vet:
	$(GO) vet $(PKGS)

staticcheck:
	$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 $(PKGS)

fmtcheck:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "not gofmt-ed:"; echo "$$out"; exit 1; fi

lint: fmtcheck vet staticcheck

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
	$(GO) test -run '^$$' -fuzz '^FuzzExtract$$' -fuzztime 30s ./extract
	$(GO) test -run '^$$' -fuzz '^FuzzTextReads$$' -fuzztime 30s ./extract

clean:
	rm -rf bin artifacts $(ES_NODE)/target

# ---- A local Elasticsearch 8 (deploy/es-node: the server from Maven Central,
# one JVM per node) for trying Byline on ES and for the live tests. Production
# uses deploy/ (docker-compose, Kubernetes), not this.
ES_NODE  ?= deploy/es-node
ES_DATA  ?= byline-data/es
ES_HEAP  ?= 512m
ES_NODES ?= 1
ES_PORT  ?= 9200
JAVA     ?= java
MVN      ?= mvn -q -B -Dmaven.test.skip=true
ES_CP     = $(ES_NODE)/target/es-node.jar:$(ES_NODE)/target/lib/*

es-node: $(ES_NODE)/target/es-node.jar

$(ES_NODE)/target/es-node.jar: $(ES_NODE)/pom.xml $(wildcard $(ES_NODE)/src/main/java/*/*/*/*.java $(ES_NODE)/src/main/java/*/*/*/*/*.java)
	cd $(ES_NODE) && $(MVN) package

# make es: one node on http://127.0.0.1:9200 in the foreground (Ctrl-C stops
# it), data in byline-data/es. ES_NODES=3 starts a cluster.
es: es-node
	$(JAVA) -Xmx64m -cp '$(ES_CP)' com.github.byline.esnode.Main --data $(ES_DATA) \
		--nodes $(ES_NODES) --heap $(ES_HEAP) --http-port $(ES_PORT) --transport-port 9300 --log-level info

# make test-es: start a node on free ports, wait for green, run the live
# suite, the other Elasticsearch tests and the end-to-end run against it,
# then stop it.
test-es: es-node
	ES_CP='$(ES_CP)' JAVA='$(JAVA)' GO='$(GO)' bash $(ES_NODE)/test-es.sh

# ---- Past one machine without containers (issue 17): three nats-server
# processes in one JetStream cluster, three Elasticsearch nodes, two extract
# workers, an index worker and a crawl of a 300-article loopback site, each
# a byline process on deploy/byline.yaml, with the PAGES leader, a worker and
# an ES node lost mid-run (deploy/GUIDE.md, "Run a cluster without
# containers"). Needs nats-server and Java; make es-node builds the ES
# launcher. bench-cluster measures one extract worker against two.
test-cluster: es-node
	BYLINE_CLUSTER=1 $(GO) test -count=1 -timeout 20m -v -run '^TestCluster$$' ./cmd/byline

bench-cluster: es-node
	BYLINE_CLUSTER=1 BYLINE_CLUSTER_BENCH=1 $(GO) test -count=1 -timeout 30m -v -run '^TestClusterThroughput$$' ./cmd/byline
