package extract

import (
	"fmt"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync/atomic"
	"time"
)

// Big synthetic pages for the memory benchmarks and tests: one per shape,
// grown to a given size in bytes.

// bigShapes names the page shapes bigPage builds.
var bigShapes = []string{"scripts", "listing", "text", "svg", "dense"}

// bigPage returns a page of about size bytes in shape: "scripts" (an
// article with large inline scripts, styles, JSON blobs and data: URIs),
// "listing" (a listing of many small <li><a>), "text" (long plain
// paragraphs), "svg" (an article among comments and inline SVG icons),
// "dense" (paragraphs of many tiny inline elements: the most nodes per
// byte a plausible page has).
func bigPage(shape string, size int) []byte {
	var b strings.Builder
	b.Grow(size + 64<<10)
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A big page</title>` +
		`<meta property="og:type" content="article"><script type="application/ld+json">{"@type":"NewsArticle","headline":"A big page","datePublished":"2026-03-04T10:00:00Z"}</script>` +
		`</head><body><article><h1>A big page</h1><p class="byline">By Ann Writer</p>`)
	for i := 0; i < 8; i++ {
		b.WriteString("<p>" + longPara + "</p>")
	}
	const tail = "</article></body></html>"
	unit := bigUnit(shape)
	for i := 0; ; i++ {
		u := unit(i)
		if b.Len()+len(u)+len(tail) > size {
			break
		}
		b.WriteString(u)
	}
	b.WriteString(tail)
	return []byte(b.String())
}

// bigUnit returns the repeated unit of a shape, given its index.
func bigUnit(shape string) func(i int) string {
	switch shape {
	case "scripts":
		js := "<script>" + strings.Repeat("window.__x=function(a,b){return a<b?a:b};", 1500) + "</script>"
		css := "<style>" + strings.Repeat(".c-card__title{font:700 1rem/1.2 serif;color:#111}", 600) + "</style>"
		blob := `<script type="application/json">{"items":[` + strings.Repeat(`{"id":12345,"title":"Teaser title","url":"/x/y"},`, 1200) + `{}]}</script>`
		img := `<img src="data:image/png;base64,` + strings.Repeat("iVBORw0KGgoAAAANSUhEUgAA", 2000) + `" alt="">`
		return func(int) string { return js + css + blob + img }
	case "listing":
		return func(i int) string {
			return fmt.Sprintf(`<li><a href="/story/%d">Story number %d</a></li>`, i, i)
		}
	case "text":
		return func(int) string { return "<p>" + strings.Repeat(longPara+" ", 8) + "</p>" }
	case "svg":
		icon := `<svg viewBox="0 0 24 24" class="icon">` + strings.Repeat(`<path d="M12 2L2 7l10 5 10-5-10-5z" fill="none" stroke="currentColor"/>`, 20) + `</svg>`
		comment := "<!-- " + strings.Repeat("tracking pixel placeholder ", 150) + "-->"
		return func(int) string { return comment + icon }
	case "dense":
		return func(int) string {
			return "<p>" + strings.Repeat("<b>x</b> <i>y</i> ", 40) + "</p>"
		}
	}
	panic("unknown shape " + shape)
}

// heapSampler samples the bytes of heap objects (live and not yet swept,
// runtime/metrics /memory/classes/heap/objects:bytes) every 200µs and keeps
// the highest.
type heapSampler struct {
	base, peak atomic.Uint64
	stop       chan struct{}
	done       chan struct{}
}

// heapObjects reads /memory/classes/heap/objects:bytes.
func heapObjects() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// startHeapSampler collects garbage, takes the heap as the base and starts
// sampling.
func startHeapSampler() *heapSampler {
	runtime.GC()
	h := &heapSampler{stop: make(chan struct{}), done: make(chan struct{})}
	h.base.Store(heapObjects())
	go func() {
		defer close(h.done)
		t := time.NewTicker(200 * time.Microsecond)
		defer t.Stop()
		for {
			if v := heapObjects(); v > h.peak.Load() {
				h.peak.Store(v)
			}
			select {
			case <-h.stop:
				return
			case <-t.C:
			}
		}
	}()
	return h
}

// Stop ends sampling and returns the peak above the base, in bytes.
func (h *heapSampler) Stop() uint64 {
	if v := heapObjects(); v > h.peak.Load() {
		h.peak.Store(v)
	}
	close(h.stop)
	<-h.done
	p, b := h.peak.Load(), h.base.Load()
	if p < b {
		return 0
	}
	return p - b
}
