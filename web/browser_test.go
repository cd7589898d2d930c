package web

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/byline/byline/index"
	"github.com/byline/byline/index/export"
)

// findChromium returns the path of a Chromium binary, or skips the test
// (fails it when BYLINE_REQUIRE_CHROMIUM=1, as CI sets).
func findChromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("BYLINE_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	msg := "chromium is not installed (apt-get install chromium, or set BYLINE_CHROMIUM); skipping the browser test"
	if os.Getenv("BYLINE_REQUIRE_CHROMIUM") == "1" {
		t.Fatal(msg + " but BYLINE_REQUIRE_CHROMIUM=1")
	}
	t.Skip(msg)
	return ""
}

// artifactDir is where screenshots go: $BYLINE_ARTIFACTS, else artifacts/
// under the repository root (gitignored).
func artifactDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("BYLINE_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join("..", "artifacts")
	}
	dir = filepath.Join(dir, "browser")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatalf("create artifact dir: %v", err)
	}
	abs, _ := filepath.Abs(dir)
	return abs
}

// testPNG is a small generated picture standing in for article photos, so
// the browser never leaves 127.0.0.1.
func testPNG() []byte {
	const w, h = 640, 360
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.Set(x, y, color.RGBA{uint8(40 + 60*x/w), uint8(70 + 80*y/h), uint8(140 + 60*x/w), 255})
		}
	}
	var buf bytes.Buffer
	_ = png.Encode(&buf, img)
	return buf.Bytes()
}

// TestBrowser drives headless Chromium through the real pages over the
// fake searcher holding the fixtures: search, click a facet, open an
// article, read an article full of script payloads (shown as text, never
// run); then what an analyst does next: a surname search, a misspelt name
// and its suggestion, the timeline and narrowing the dates with it, the
// CSV download, a speaker's page; at desktop and phone width, with
// screenshots in $BYLINE_ARTIFACTS/browser. TestBrowserBleve runs the same
// steps on the embedded Bleve index, TestLiveBrowserES (make test-es) on a
// real Elasticsearch node.
func TestBrowser(t *testing.T) {
	runBrowser(t, "", func(_ *testing.T, f *fakeSearcher) index.Searcher { return f })
}

// TestBrowserBleve runs the browser test on the embedded backend.
func TestBrowserBleve(t *testing.T) {
	runBrowser(t, "bleve-", func(t *testing.T, f *fakeSearcher) index.Searcher { return loadBleve(t, f) })
}

// runBrowser drives the pages in headless Chromium over the fixtures as
// served by the searcher open returns (the fake, or a real backend loaded
// with the fixtures); screenshots get the name prefix. Counts are asked of
// the searcher, so the same checks hold on every backend.
func runBrowser(t *testing.T, prefix string, open func(*testing.T, *fakeSearcher) index.Searcher) {
	if testing.Short() && os.Getenv("BYLINE_REQUIRE_CHROMIUM") != "1" {
		t.Skip("browser test skipped in -short mode")
	}
	chromium := findChromium(t)
	f := loadFixtures(t)

	// Serve the handler and stand-in images on 127.0.0.1; point the
	// fixtures' images at it.
	mux := http.NewServeMux()
	ts := httptest.NewServer(mux)
	defer ts.Close()
	pic := testPNG()
	mux.HandleFunc("GET /img/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		_, _ = w.Write(pic)
	})
	for _, a := range f.articles {
		for i := range a.Images {
			if strings.HasPrefix(a.Images[i].URL, "https://") {
				a.Images[i].URL = ts.URL + "/img/" + filepath.Base(a.Images[i].URL)
			}
		}
	}
	searcher := open(t, f)
	mux.Handle("/", New(searcher, WithRemoteImages(true))) // the test serves the images itself
	count := func(q index.Query) uint64 {
		t.Helper()
		r, err := searcher.Search(context.Background(), q)
		if err != nil {
			t.Fatalf("search %+v: %v", q, err)
		}
		return r.Total
	}
	plural := func(n uint64, one, many string) string {
		if n == 1 {
			return "1 " + one
		}
		return fmt.Sprintf("%d %s", n, many)
	}

	out := artifactDir(t)
	t.Logf("screenshots in %s", out)

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	defer cancelBrowser()

	// Collect uncaught exceptions and console errors (CSP violations are
	// logged as errors by the browser).
	var mu sync.Mutex
	var problems []string
	consoleDone := make(chan struct{})
	cctx, stopConsole := context.WithCancel(bctx)
	if err := chromedp.Do(bctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start chromium %s: %v", chromium, err)
	}
	go func() {
		defer close(consoleDone)
		for m, err := range chromedp.Console(cctx) {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException {
				mu.Lock()
				problems = append(problems, m.String()+" at "+m.URL)
				mu.Unlock()
			}
		}
	}()
	defer func() { stopConsole(); <-consoleDone }()

	do := func(step string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		defer func(start time.Time) { t.Logf("%s: %s", step, time.Since(start).Round(time.Millisecond)) }(time.Now())
		if err := chromedp.Do(bctx, actions...); err != nil {
			t.Fatalf("%s: %v", step, err)
		}
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(bctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("read text of %s: %v", sel, err)
		}
		return s
	}
	location := func() string {
		t.Helper()
		s, err := chromedp.Run(bctx, chromedp.Location())
		if err != nil {
			t.Fatalf("read location: %v", err)
		}
		return s
	}
	shot := func(name string) {
		t.Helper()
		buf, err := chromedp.Run(bctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		p := filepath.Join(out, prefix+name+".png")
		if err := os.WriteFile(p, buf, 0o644); err != nil {
			t.Fatalf("write screenshot: %v", err)
		}
		t.Logf("screenshot %s", p)
	}
	noSideScroll := func(page string) {
		t.Helper()
		if evalJS[bool](t, bctx, `document.documentElement.scrollWidth > document.documentElement.clientWidth + 1`) {
			t.Errorf("the %s scrolls sideways at phone width", page)
		}
	}

	// 1. The home page lists articles; the skip link is the first tab stop
	// and the embedded script ran under the CSP.
	do("open home",
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS(`#results-heading`)),
		chromedp.KeyEvent(kb.Tab),
	)
	if h := text(`#results-heading`); !strings.Contains(h, "8 articles") {
		t.Errorf("home heading = %q", h)
	}
	if f := evalJS[string](t, bctx, `document.activeElement.textContent.trim()`); f != "Skip to content" {
		t.Errorf("first tab stop = %q, want the skip link", f)
	}
	if !evalJS[bool](t, bctx, `document.documentElement.classList.contains("js")`) {
		t.Errorf("app.js did not run (blocked by the CSP?)")
	}

	// 2. Search by typing into the box and pressing Enter.
	do("search",
		chromedp.SendKeys(chromedp.CSS(`#q`), "interest rates"+kb.Enter),
		chromedp.WaitVisible(chromedp.CSS(`.hit mark`)),
	)
	if h, u := text(`#results-heading`), location(); !strings.Contains(h, plural(count(index.Query{Text: "interest rates"}), "article matches", "articles match")) || !strings.Contains(u, "q=interest+rates") {
		t.Errorf("after search: heading %q, url %q", h, u)
	}
	shot("search-desktop")

	// 3. Click a facet.
	do("click facet",
		chromedp.Click(chromedp.CSS(`.facet a[href*="site=Capital+Wire"]`)),
		chromedp.WaitVisible(chromedp.CSS(`.chip`)),
	)
	if u, hits, want := location(), evalJS[int](t, bctx, `document.querySelectorAll(".hit").length`), count(index.Query{Text: "interest rates", Site: "Capital Wire"}); !strings.Contains(u, "site=Capital+Wire") || uint64(hits) != want || want == 0 {
		t.Errorf("after facet click: url %q, %d hits, want %d", u, hits, want)
	}
	first := text(`.hit-title a`)

	// 4. Open the first article.
	do("open article",
		chromedp.Click(chromedp.CSS(`.hit-title a`)),
		chromedp.WaitVisible(chromedp.CSS(`.article-header h1`)),
	)
	if h1, groups := text(`.article-header h1`), evalJS[int](t, bctx, `document.querySelectorAll(".quote-group").length`); h1 != first || h1 == "What the interest rates decision means for mortgages" && groups != 1 {
		t.Errorf("article: h1 %q (clicked %q), %d quote groups", h1, first, groups)
	}

	// A full article with images, bullets, quotes and dates.
	rich := f.byHeadline(t, "Central bank holds")
	do("open rich article",
		chromedp.Navigate(ts.URL+"/article/"+rich.ID),
		chromedp.WaitVisible(chromedp.CSS(`.lead-image img`)),
	)
	if _, err := chromedp.Run(bctx, chromedp.Poll[bool](`document.querySelector(".lead-image img").complete`, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("wait for the image: %v", err)
	}
	if !evalJS[bool](t, bctx, `document.querySelector(".lead-image img").naturalWidth > 0`) {
		t.Errorf("the article image did not load")
	}
	shot("article-desktop")

	// 5. The article full of payloads shows them as text and runs none.
	xss := f.byHeadline(t, "Researchers publish")
	for _, target := range []string{"/article/" + xss.ID, "/?q=exploit", "/quotes?q=trust"} {
		do("open "+target, chromedp.Navigate(ts.URL+target), chromedp.WaitReady(chromedp.CSS(`footer`)))
		if s := text(`main`); !strings.Contains(s, "<script>window.__xss=") {
			t.Errorf("%s: the page does not show the <script> payload as text:\n%s", target, s)
		}
		if typ := evalJS[string](t, bctx, `typeof window.__xss`); typ != "undefined" {
			t.Errorf("%s: a payload ran (typeof window.__xss = %s)", target, typ)
		}
		if n := evalJS[int](t, bctx, `document.querySelectorAll("main script, main img[onerror], main b, main i").length`); n != 0 {
			t.Errorf("%s: %d payload elements became markup", target, n)
		}
	}
	do("back to the payload article", chromedp.Navigate(ts.URL+"/article/"+xss.ID), chromedp.WaitReady(chromedp.CSS(`footer`)))
	shot("xss-article")

	// Quote search by speaker.
	do("quotes by speaker",
		chromedp.Navigate(ts.URL+"/quotes?speaker=Elena+Varga"),
		chromedp.WaitVisible(chromedp.CSS(`.quote-hit`)),
	)
	qr, err := searcher.SearchQuotes(context.Background(), index.Query{Speaker: "Elena Varga"})
	if err != nil {
		t.Fatal(err)
	}
	if n := evalJS[int](t, bctx, `document.querySelectorAll(".quote-hit").length`); n != 4 || qr.Total != 4 {
		t.Errorf("quotes by Elena Varga: %d hits on the page, %d in the index; want 4", n, qr.Total)
	}
	shot("quotes-desktop")

	// 6. A surname in the speaker box finds the person's quotes.
	do("surname search",
		chromedp.Navigate(ts.URL+"/quotes"),
		chromedp.WaitVisible(chromedp.CSS(`#speaker`)),
		chromedp.SendKeys(chromedp.CSS(`#speaker`), "varga"+kb.Enter),
		chromedp.WaitVisible(chromedp.CSS(`.chip`)), // the new page, with its filter chip
	)
	if n, s := evalJS[int](t, bctx, `document.querySelectorAll(".quote-hit").length`), text(`.showing`); n != 4 || !strings.HasPrefix(s, "Showing 1–4 of 4") {
		t.Errorf("surname varga: %d quotes, %q; want 4", n, s)
	}
	if sp := evalJS[[]string](t, bctx, `[...new Set([...document.querySelectorAll(".quote-speaker a")].map(a => a.textContent))]`); len(sp) != 1 || sp[0] != "Elena Varga" {
		t.Errorf("surname varga: speakers %q", sp)
	}
	shot("surname-desktop")

	// 7. A misspelt name finds nothing and suggests the nearest; the
	// suggestion searches again.
	do("misspelt name",
		chromedp.Navigate(ts.URL+"/quotes?speaker=Vargas"),
		chromedp.WaitVisible(chromedp.CSS(`.suggestions`)),
	)
	if s := text(`.suggestions`); !strings.Contains(s, "No speaker matches") || !strings.Contains(s, "Elena Varga (4)") {
		t.Errorf("suggestion box = %q", s)
	}
	shot("suggestion-desktop")
	do("follow the suggestion",
		chromedp.Click(chromedp.CSS(`.suggestion-list a`)),
		chromedp.WaitVisible(chromedp.CSS(`.quote-hit`)),
	)
	if u, n := location(), evalJS[int](t, bctx, `document.querySelectorAll(".quote-hit").length`); !strings.Contains(u, "speaker=Elena+Varga") || n != 4 {
		t.Errorf("after the suggestion: url %q, %d quotes", u, n)
	}

	// 8. The timeline: drawn, sized, and a bar narrows the dates.
	do("timeline",
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS(`.timeline-chart`)),
	)
	if w := evalJS[float64](t, bctx, `document.querySelector(".timeline-chart").getBoundingClientRect().width`); w < 300 {
		t.Errorf("timeline is %.0f px wide", w)
	}
	bars := evalJS[int](t, bctx, `document.querySelectorAll(".timeline-bar").length`)
	sum := evalJS[int](t, bctx, `[...document.querySelectorAll(".timeline-bar")].reduce((s, b) => s + Number(b.dataset.count), 0)`)
	if bars == 0 || sum != 8 {
		t.Errorf("timeline: %d bars counting %d articles, want 8", bars, sum)
	}
	// The bar with most articles.
	busiest := evalJS[map[string]string](t, bctx, `(() => { const b = [...document.querySelectorAll(".timeline-bar")].sort((x, y) => y.dataset.count - x.dataset.count)[0]; b.closest("a").id = "busiest"; return {since: b.dataset.since, until: b.dataset.until, count: b.dataset.count}; })()`)
	shot("timeline-desktop")
	do("narrow with the timeline",
		chromedp.Click(chromedp.CSS(`#busiest`)),
		chromedp.WaitVisible(chromedp.CSS(`.chip`)),
	)
	if u, n := location(), evalJS[int](t, bctx, `document.querySelectorAll(".hit").length`); !strings.Contains(u, "since="+busiest["since"]) || !strings.Contains(u, "until="+busiest["until"]) || strconv.Itoa(n) != busiest["count"] {
		t.Errorf("after a bar click: url %q, %d hits; want the bar's %v", u, n, busiest)
	}
	if !evalJS[bool](t, bctx, `document.querySelector(".timeline-bar.active") !== null || document.querySelectorAll(".timeline-bar").length > 0`) {
		t.Errorf("no timeline after narrowing")
	}
	shot("timeline-narrowed-desktop")

	// 9. Download CSV: the file has a header row and one row per hit.
	dl := t.TempDir()
	progress := chromedp.Events(bctx, browser.DownloadProgress)
	do("download csv",
		chromedp.Navigate(ts.URL+"/?q=rates"),
		chromedp.WaitVisible(chromedp.CSS(`.export-link`)),
		chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			_, err := chromedp.Call(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
				Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: dl, EventsEnabled: ptr(true),
			})
			return err
		}),
		chromedp.Click(chromedp.CSS(`.export-link`)),
	)
	hits := evalJS[int](t, bctx, `Number(document.querySelector(".showing").textContent.match(/of (\d+)/)[1])`)
	var file string
	for ev, err := range progress {
		if err != nil {
			t.Fatalf("download: %v", err)
		}
		if ev.State == browser.DownloadProgressStateCanceled {
			t.Fatalf("download canceled")
		}
		if ev.State == browser.DownloadProgressStateCompleted {
			file = filepath.Join(dl, ev.GUID)
			break
		}
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("read the download: %v", err)
	}
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatalf("the download is not CSV: %v\n%s", err, data)
	}
	if len(rows) != hits+1 || strings.Join(rows[0], ",") != strings.Join(export.ArticleColumns, ",") {
		t.Errorf("download: %d rows for %d hits, header %q", len(rows), hits, rows[0])
	}
	if err := os.WriteFile(filepath.Join(out, "download-rates.csv"), data, 0o644); err != nil {
		t.Fatalf("keep the download: %v", err)
	}

	// 10. A speaker's page, from a quote's speaker link.
	do("speaker page",
		chromedp.Navigate(ts.URL+"/quotes?speaker=Elena+Varga"),
		chromedp.WaitVisible(chromedp.CSS(`.quote-speaker a`)),
		chromedp.Click(chromedp.CSS(`.quote-speaker a`)),
		chromedp.WaitVisible(chromedp.CSS(`.speaker-header h1`)),
	)
	if h1, u, n := text(`.speaker-header h1`), location(), evalJS[int](t, bctx, `document.querySelectorAll(".quote-hit").length`); h1 != "Elena Varga" || !strings.HasSuffix(u, "/speakers/Elena%20Varga") || n != 4 {
		t.Errorf("speaker page: h1 %q, url %q, %d quotes", h1, u, n)
	}
	if s := text(`.speaker-summary`); !strings.Contains(s, "4 quotes in 3 articles") {
		t.Errorf("speaker summary = %q", s)
	}
	if evalJS[int](t, bctx, `document.querySelectorAll(".timeline-bar").length`) == 0 {
		t.Errorf("no quotes-over-time chart on the speaker page")
	}
	shot("speaker-desktop")

	// 11. Phone width: no sideways scrolling, then screenshots.
	do("phone search",
		chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile),
		chromedp.Navigate(ts.URL+"/?q=inflation"),
		chromedp.WaitVisible(chromedp.CSS(`.hit`)),
	)
	noSideScroll("search page")
	shot("search-phone")
	do("phone article",
		chromedp.Navigate(ts.URL+"/article/"+rich.ID),
		chromedp.WaitVisible(chromedp.CSS(`.article-header h1`)),
	)
	noSideScroll("article page")
	shot("article-phone")
	do("phone surname search",
		chromedp.Navigate(ts.URL+"/quotes?speaker=okafor"),
		chromedp.WaitReady(chromedp.CSS(`footer`)),
	)
	noSideScroll("quote search")
	do("phone suggestion",
		chromedp.Navigate(ts.URL+"/?author=Lopes"),
		chromedp.WaitVisible(chromedp.CSS(`.suggestions`)),
	)
	if s := text(`.suggestions`); !strings.Contains(s, "Maria Lopez (2)") {
		t.Errorf("phone suggestion = %q", s)
	}
	noSideScroll("suggestion")
	shot("suggestion-phone")
	do("phone timeline",
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS(`.timeline-chart`)),
	)
	noSideScroll("timeline")
	shot("timeline-phone")
	do("phone narrow with the timeline",
		chromedp.Evaluate[chromedp.Void](`document.querySelector(".timeline-link").id = "first-bar"`),
		chromedp.Click(chromedp.CSS(`#first-bar`)),
		chromedp.WaitVisible(chromedp.CSS(`.chip`)),
	)
	if u := location(); !strings.Contains(u, "since=") || !strings.Contains(u, "until=") {
		t.Errorf("tapping a bar at phone width: url %q", u)
	}
	do("phone speaker page",
		chromedp.Navigate(ts.URL+"/speakers/Elena%20Varga"),
		chromedp.WaitVisible(chromedp.CSS(`.speaker-header h1`)),
	)
	noSideScroll("speaker page")
	shot("speaker-phone")

	mu.Lock()
	defer mu.Unlock()
	for _, p := range problems {
		t.Errorf("browser reported %s", p)
	}
}

func ptr[T any](v T) *T { return &v }

// evalJS evaluates a JavaScript expression in the current page.
func evalJS[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}
