package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
)

// TestPeakRSSOfHostileCrawls runs the built byline binary ('byline crawl')
// against a hostile site on loopback, one process per case, and reports
// each crawl's peak RSS (the child's rusage maxrss, what /usr/bin/time -v
// prints) and summary: compression bombs of 1 GiB (2 GiB for the 2 MB one)
// under every encoding of issue 13, a page with a million links and a
// sitemap index of 2,000 sitemaps of 100,000 URLs. Each bomb crawl must
// stay under 300 MB. It builds the binary and gigabyte bombs, so it runs
// only with BYLINE_RSS=1 (make rss); BYLINE_RSS_BIN=path measures another
// build instead (the limits are then reported, not asserted).
func TestPeakRSSOfHostileCrawls(t *testing.T) {
	if os.Getenv("BYLINE_RSS") == "" {
		t.Skip("set BYLINE_RSS=1 (make rss) to measure the peak RSS of crawls of the hostile site")
	}
	if runtime.GOOS != "linux" {
		t.Skip("maxrss is read the Linux way")
	}
	dir := t.TempDir()
	bin := os.Getenv("BYLINE_RSS_BIN") // another build to compare, e.g. of main
	if bin == "" {
		bin = filepath.Join(dir, "byline")
		if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
			t.Fatalf("go build: %v\n%s", err, out)
		}
	}
	site := newHostileSite(t)
	cfgPath := filepath.Join(dir, "byline.yaml")
	if err := os.WriteFile(cfgPath, []byte(`crawl:
  defaults: {delay: 0s, auto_throttle: {enabled: false}, retries: 0, timeout: 5m}
  jobs:
    - {name: links, seeds: ["http://127.0.0.1/"], max_body_bytes: 33554432}
`), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		job  string
		args []string
		bomb bool
	}{
		{"gzip bomb, Content-Encoding: gzip", "", []string{"--seed", site.URL + "/bomb/gzip"}, true},
		{"gzip bomb, Content-Encoding: x-gzip", "", []string{"--seed", site.URL + "/bomb/x-gzip"}, true},
		{"gzip bomb, Content-Encoding: gzip, identity", "", []string{"--seed", site.URL + "/bomb/gzip-identity"}, true},
		{"deflate bomb, Content-Encoding: deflate", "", []string{"--seed", site.URL + "/bomb/deflate"}, true},
		{"2 MB bomb (2 GiB), x-gzip", "", []string{"--seed", site.URL + "/bomb/x-gzip-2g"}, true},
		{"sitemap.xml.gz bomb, no encoding", "", []string{"--sitemap", site.URL + "/sitemap.xml.gz"}, true},
		{"sitemap.xml.gz bomb, Content-Encoding: identity", "", []string{"--sitemap", site.URL + "/identity/sitemap.xml.gz"}, true},
		{"sitemap.xml.gz bomb, Content-Encoding: deflate", "", []string{"--sitemap", site.URL + "/deflate/sitemap.xml.gz"}, true},
		{"page with 400,000 links (default max_body_bytes 8 MiB)", "", []string{"--seed", site.URL + "/links/400000", "--max-pages", "1"}, false},
		{"page with 1,000,000 links (max_body_bytes 32 MiB)", "links", []string{"--seed", site.URL + "/links/1000000", "--max-pages", "1"}, false},
		{"sitemap index of 2,000 x 100,000 URLs, --max-pages 12", "", []string{"--sitemap", site.URL + "/flood/index.xml", "--max-pages", "12"}, false},
	}
	var report strings.Builder
	fmt.Fprintf(&report, "%-52s %10s  %s\n", "crawl of", "peak RSS", "summary")
	for _, c := range cases {
		data := filepath.Join(dir, strings.NewReplacer(" ", "_", ",", "", ":", "", "(", "", ")", "").Replace(c.name))
		args := append([]string{"crawl", "--data", data, "--allow-private", "--log-level", "error"}, c.args...)
		if c.job != "" {
			args = append(args, "--config", cfgPath, "--job", c.job)
		}
		cmd := exec.Command(bin, args...)
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		err := cmd.Run()
		if cmd.ProcessState == nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
		rssMB := float64(ru.Maxrss) / 1024 // KiB on Linux
		summary := summaryLines(out.String())
		fmt.Fprintf(&report, "%-52s %7.1f MB  %s\n", c.name, rssMB, summary)
		if os.Getenv("BYLINE_RSS_BIN") != "" {
			continue
		}
		if c.bomb && rssMB >= 300 {
			t.Errorf("%s: peak RSS %.1f MB, want < 300 MB\n%s", c.name, rssMB, out.String())
		}
		if c.bomb && !strings.Contains(out.String(), "too-large=1") {
			t.Errorf("%s: the bomb is not counted too-large:\n%s", c.name, out.String())
		}
		if !c.bomb && !strings.Contains(out.String(), "dropped ") {
			t.Errorf("%s: no summary line says what the caps dropped:\n%s", c.name, out.String())
		}
	}
	t.Logf("peak RSS of 'byline crawl' against the hostile site (GOMAXPROCS %d):\n%s", runtime.GOMAXPROCS(0), report.String())
}

// summaryLines keeps the summary lines worth a report.
func summaryLines(out string) string {
	var keep []string
	seen := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if (strings.HasPrefix(l, "errors:") || strings.HasPrefix(l, "dropped ") || strings.HasPrefix(l, "fetched ")) && !seen[l] {
			seen[l] = true
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, " | ")
}

// hostileSite serves the bombs and floods, built once.
type hostileSite struct {
	*httptest.Server
	once  sync.Once
	bombs map[string][]byte
}

const gib = 1 << 30

func newHostileSite(t *testing.T) *hostileSite {
	s := &hostileSite{bombs: map[string][]byte{}}
	page := func(w io.Writer, n int64) {
		_, _ = io.WriteString(w, "<!doctype html><html><head><title>bomb</title></head><body>")
		chunk := bytes.Repeat([]byte("<p>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</p>\n"), 1<<12)
		for w2 := int64(0); w2 < n; w2 += int64(len(chunk)) {
			_, _ = w.Write(chunk)
		}
	}
	sitemap := func(w io.Writer, n int64) {
		_, _ = io.WriteString(w, `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		entry := []byte("<url><loc>https://elsewhere.invalid/a</loc></url>\n")
		blank := bytes.Repeat([]byte(" "), 64<<10)
		for w2 := int64(0); w2 < n; w2 += int64(len(entry) + len(blank)) {
			_, _ = w.Write(entry)
			_, _ = w.Write(blank)
		}
	}
	compress := func(format string, n int64, body func(io.Writer, int64)) []byte {
		var buf bytes.Buffer
		var zw io.WriteCloser
		if format == "zlib" {
			zw, _ = zlib.NewWriterLevel(&buf, zlib.BestCompression)
		} else {
			zw, _ = gzip.NewWriterLevel(&buf, gzip.BestCompression)
		}
		body(zw, n)
		_ = zw.Close()
		return buf.Bytes()
	}
	build := func() {
		s.bombs["page"] = compress("gzip", gib, page)
		s.bombs["page2g"] = compress("gzip", 2*gib, page)
		s.bombs["page-zlib"] = compress("zlib", gib, page)
		s.bombs["sitemap"] = compress("gzip", gib, sitemap)
		s.bombs["sitemap-zlib"] = compress("zlib", int64(len(s.bombs["sitemap"])), func(w io.Writer, _ int64) { _, _ = w.Write(s.bombs["sitemap"]) })
		t.Logf("bombs: 1 GiB page as gzip %d bytes, 2 GiB %d bytes, zlib %d bytes; 1 GiB sitemap gzip %d bytes",
			len(s.bombs["page"]), len(s.bombs["page2g"]), len(s.bombs["page-zlib"]), len(s.bombs["sitemap"]))
	}
	serve := func(w http.ResponseWriter, ctype, enc string, body []byte) {
		w.Header().Set("Content-Type", ctype)
		if enc != "" {
			w.Header().Set("Content-Encoding", enc)
		}
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		_, _ = w.Write(body)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/bomb/{enc}", func(w http.ResponseWriter, r *http.Request) {
		s.once.Do(build)
		switch r.PathValue("enc") {
		case "gzip":
			serve(w, "text/html", "gzip", s.bombs["page"])
		case "x-gzip":
			serve(w, "text/html", "x-gzip", s.bombs["page"])
		case "gzip-identity":
			serve(w, "text/html", "gzip, identity", s.bombs["page"])
		case "deflate":
			serve(w, "text/html", "deflate", s.bombs["page-zlib"])
		case "x-gzip-2g":
			serve(w, "text/html", "x-gzip", s.bombs["page2g"])
		}
	})
	mux.HandleFunc("/sitemap.xml.gz", func(w http.ResponseWriter, r *http.Request) {
		s.once.Do(build)
		serve(w, "application/octet-stream", "", s.bombs["sitemap"])
	})
	mux.HandleFunc("/identity/sitemap.xml.gz", func(w http.ResponseWriter, r *http.Request) {
		s.once.Do(build)
		serve(w, "application/xml", "identity", s.bombs["sitemap"])
	})
	mux.HandleFunc("/deflate/sitemap.xml.gz", func(w http.ResponseWriter, r *http.Request) {
		s.once.Do(build)
		serve(w, "application/xml", "deflate", s.bombs["sitemap-zlib"])
	})
	mux.HandleFunc("/links/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.PathValue("n"))
		w.Header().Set("Content-Type", "text/html")
		bw := bufio.NewWriterSize(w, 64<<10)
		fmt.Fprint(bw, "<!doctype html><html><head><title>links</title></head><body>")
		for i := range n {
			fmt.Fprintf(bw, "<a href=/%d>x</a>", i)
		}
		fmt.Fprint(bw, "</body></html>")
		_ = bw.Flush()
	})
	mux.HandleFunc("/flood/index.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		bw := bufio.NewWriter(w)
		fmt.Fprint(bw, `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for i := range 2000 {
			fmt.Fprintf(bw, "<sitemap><loc>%s/flood/%d.xml</loc></sitemap>\n", s.URL, i)
		}
		fmt.Fprint(bw, "</sitemapindex>")
		_ = bw.Flush()
	})
	mux.HandleFunc("/flood/{n}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		bw := bufio.NewWriterSize(w, 64<<10)
		fmt.Fprint(bw, `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
		for j := range 100_000 {
			fmt.Fprintf(bw, "<url><loc>%s/%s/story-%d</loc></url>\n", s.URL, r.PathValue("n"), j)
		}
		fmt.Fprint(bw, "</urlset>")
		_ = bw.Flush()
	})
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}
