package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// memPage writes a page of about size bytes: head, one article paragraph,
// then unit repeated.
func memPage(t *testing.T, name string, size int, unit func(i int) string) string {
	t.Helper()
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><title>Big page</title></head><body><article><h1>Big page</h1><p>` +
		strings.Repeat("The council met on Tuesday and agreed the plan. ", 20) + `</p>`)
	for i := 0; ; i++ {
		u := unit(i)
		if b.Len()+len(u) > size-64 {
			break
		}
		b.WriteString(u)
	}
	b.WriteString("</article></body></html>")
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// heapPeak samples /memory/classes/heap/objects:bytes every 200µs until
// stop is called, which returns the peak above the heap at the start.
func heapPeak() (stop func() uint64) {
	read := func() uint64 {
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		metrics.Read(s)
		return s[0].Value.Uint64()
	}
	runtime.GC()
	base := read()
	var peak atomic.Uint64
	done, quit := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		for {
			if v := read(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-quit:
				return
			case <-time.After(200 * time.Microsecond):
			}
		}
	}()
	return func() uint64 {
		close(quit)
		<-done
		return max(peak.Load(), base) - base
	}
}

// TestExtractMemoryBounded runs `byline extract -j 2` as a 256 MiB
// worker would (GOMEMLIMIT 256 MiB, so a budget of 179 MiB) on two 16 MiB
// script-heavy pages, a 16 MiB page of dense inline markup (about 1.1 GB
// of tree: over the budget) and a 6 MiB listing. The heap above the
// test's own must stay under the limit; the dense page must fail, naming
// its size and estimate, and the others must be extracted.
func TestExtractMemoryBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 44 MiB of pages")
	}
	const limit = 256 << 20
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(limit))
	js := "<script>" + strings.Repeat("window.__x=function(a,b){return a<b?a:b};", 1500) + "</script>" +
		"<style>" + strings.Repeat(".card{font:700 1rem/1.2 serif}", 1000) + "</style>" +
		`<script type="application/json">{"items":[` + strings.Repeat(`{"id":1,"url":"/x/y"},`, 2000) + `{}]}</script>` +
		`<img src="data:image/png;base64,` + strings.Repeat("iVBORw0KGgo", 4000) + `">`
	scripts := memPage(t, "scripts.html", 16<<20-4096, func(int) string { return js })
	dense := memPage(t, "dense.html", 16<<20-4096, func(int) string { return "<p>" + strings.Repeat("<b>x</b> <i>y</i> ", 40) + "</p>" })
	listing := memPage(t, "listing.html", 6<<20, func(i int) string {
		return `<li><a href="/story/` + strconv.Itoa(i) + `">Story number ` + strconv.Itoa(i) + `</a></li>`
	})
	paths := []string{scripts, dense, listing, scripts}
	var out, errOut bytes.Buffer
	opts := &extractOptions{JSONL: true, Jobs: 2, NoQuotes: false, MaxBytes: 16 << 20, Paths: paths, Stdout: &out, Stderr: &errOut}
	stop := heapPeak()
	err := runExtract(context.Background(), opts)
	peak := stop()
	t.Logf("peak heap %.1f MiB above the test's own; limit %d MiB", float64(peak)/(1<<20), limit>>20)
	if peak >= limit {
		t.Errorf("peak heap %d bytes, over the %d MiB limit", peak, limit>>20)
	}
	if err == nil {
		t.Error("runExtract succeeded; want the dense page to fail")
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != len(paths) {
		t.Fatalf("%d results for %d pages:\n%s", len(lines), len(paths), out.String())
	}
	for i, line := range lines {
		var r struct{ Source, Error, Headline string }
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		switch {
		case paths[i] == dense:
			for _, want := range []string{"16.0 MiB page", "needs an estimated", "over the budget of 179.2 MiB"} {
				if !strings.Contains(r.Error, want) {
					t.Errorf("dense page: error %q does not say %q", r.Error, want)
				}
			}
		case r.Headline != "Big page":
			t.Errorf("%s: headline %q, error %q; want it extracted", filepath.Base(r.Source), r.Headline, r.Error)
		}
	}
}
