package crawler

import (
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/article"
)

func TestDetectBlock(t *testing.T) {
	tests := []struct {
		name    string
		status  int
		header  http.Header
		body    string
		blocked bool
	}{
		{"cloudflare interstitial", 200, nil, "<html><head><title>Just a moment...</title></head><body></body></html>", true},
		{"cloudflare 503 challenge", 503, nil, `<html><script src="/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1"></script></html>`, true},
		{"cf-mitigated header", 403, http.Header{"Cf-Mitigated": {"challenge"}}, "", true},
		{"perimeterx", 200, nil, `<div id="px-captcha"></div>`, true},
		{"datadome", 403, nil, `<script src="https://ct.captcha-delivery.com/c.js"></script>`, true},
		{"akamai access denied", 200, nil, "<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD><BODY>Reference #18.1</BODY></HTML>", true},
		{"incapsula", 200, nil, `<iframe src="/_Incapsula_Resource?SWUDNSAI=9"></iframe>`, true},
		{"plain 403", 403, nil, "<html><title>Forbidden</title></html>", true},
		{"plain 429", 429, nil, "slow down", true},
		{"empty 202", 202, nil, "", true},
		{"normal article", 200, nil, articleHTML("Council votes on captcha rules"), false},
		// Real pages on sites behind a CDN or WAF carry its scripts.
		{"article with cloudflare JS detections", 200, nil, strings.Replace(articleHTML("Harbour works"), "</body>",
			`<script>(function(){var a=document.createElement('script');a.src='/cdn-cgi/challenge-platform/scripts/jsd/main.js';document.head.appendChild(a)})();</script></body>`, 1), false},
		{"article with a turnstile comment form", 200, nil, strings.Replace(articleHTML("Harbour works"), "</body>",
			`<form><div class="cf-turnstile" data-sitekey="x"></div><button>Comment</button></form></body>`, 1), false},
		{"article about bot walls", 200, nil, strings.Replace(articleHTML("Bot walls"), "</body>",
			`<p>PerimeterX, DataDome (captcha-delivery.com) and AWSWAF tokens gate many sites; px-captcha is the widget.</p></body>`, 1), false},
		{"review titled access denied", 200, nil, strings.Replace(articleHTML("x"), "<title>x</title>", "<title>Access Denied</title>", 1), false},
		{"perimeterx block page as 403", 403, nil, `<html><body><div id="px-captcha"></div></body></html>`, true},
		{"404", 404, nil, "<title>Not found</title>", false},
		{"normal 503", 503, nil, "<title>Maintenance</title>", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := tt.header
			if h == nil {
				h = http.Header{}
			}
			why, got := detectBlock(tt.status, h, []byte(tt.body))
			if got != tt.blocked {
				t.Errorf("detectBlock = %v (%q), want %v", got, why, tt.blocked)
			}
		})
	}
}

func TestAnalyzeHTML(t *testing.T) {
	u, _ := url.Parse("https://n.example/world/")
	info := analyzeHTML([]byte(`<html><head>
<link rel="canonical" href="/world/story">
<link rel="alternate" type="application/rss+xml" href="/world/rss">
<link rel="alternate" hreflang="de" href="/de/welt">
<meta name="robots" content="noindex, nofollow">
<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":["NewsArticle"]}]}</script>
</head><body><a href="a">A</a><a href="https://other.example/b">B</a></body></html>`), u)
	if info.canonical != "https://n.example/world/story" || len(info.feeds) != 1 || info.feeds[0] != "https://n.example/world/rss" ||
		!info.noindex || !info.nofollow || len(info.links()) != 2 || info.links()[0] != "https://n.example/world/a" {
		t.Errorf("analyzeHTML = %+v", info)
	}
}

// TestTextHash: the content hash is of the visible text, with white
// space squeezed, and of the head's title and editorial metadata, so
// markup, scripts, formatting and date stamps do not count as new
// content while an edit of the headline, standfirst or tags in the head
// alone does.
func TestTextHash(t *testing.T) {
	u, _ := url.Parse("https://n.example/a")
	hash := func(s string) string {
		return analyzeHTML([]byte(s), u).textHash
	}
	base := hash(`<html><head><title>T</title></head><body><p>Hello   world.</p><p>Second</p></body></html>`)
	same := []string{
		`<html><head><title>T</title><script>var x = 1</script><meta property="article:modified_time" content="2025-01-02"></head><body>
		<p class="x">Hello world.</p><p>Second</p><script>track()</script><style>p{}</style></body></html>`,
		"<title> T </title><body>\n <div>Hello\tworld.</div><p>Second</p><noscript>enable JS</noscript></body>",
	}
	for _, s := range same {
		if h := hash(s); h != base {
			t.Errorf("hash of %q differs from the same visible text", s)
		}
	}
	// Pages the scan must read as a parser does: a head never closed, a
	// self-closing <title/> in an SVG icon, template content.
	for _, s := range []string{
		`<html><head><title>T</title><div>Hello world.</div><p>Second</p>`,
		`<title>T</title><body><svg><title/><path d="M0"/></svg><p>Hello world.</p><p>Second</p></body>`,
		`<title>T</title><body><template><p>Sign in</p></template><p>Hello world.</p>Second</body>`,
	} {
		if h := hash(s); h != base {
			t.Errorf("hash of %q differs from the same visible text", s)
		}
	}
	for _, s := range []string{
		`<title>T</title><body><p>Hello world.</p><p>Changed</p></body>`,
		`<title>T, updated</title><body><p>Hello world.</p><p>Second</p></body>`,
		`<title>T</title><meta name="description" content="A new standfirst"><body><p>Hello world.</p><p>Second</p></body>`,
		`<title>T</title><meta property="article:tag" content="climate"><body><p>Hello world.</p><p>Second</p></body>`,
	} {
		if hash(s) == base {
			t.Errorf("hash of %q is the unchanged page's", s)
		}
	}
	if want := article.HashContent([]byte("Hello world.Second\x00T")); base != want {
		t.Errorf("hash = %s, want the hash of the squeezed text and title %q", base, "Hello world.Second\x00T")
	}
	if got, want := hash(`<p>Hello world.</p><p>Second</p>`), article.HashContent([]byte("Hello world.Second")); got != want {
		t.Errorf("no head: hash = %s, want the hash of the text alone", got)
	}
}

// TestAnalyzeHTMLScan: links after an SVG icon with a self-closing
// <title/> are found, a <base href> after the links still resolves them,
// and markup inside scripts and comments is not read as links.
func TestAnalyzeHTMLScan(t *testing.T) {
	u, _ := url.Parse("https://n.example/world/")
	info := analyzeHTML([]byte(`<html><head><script>document.write('<a href="/js">x</a>')</script>
<!-- <a href="/commented"> --></head><body><svg viewBox="0 0 1 1"><title/><path d="M0"/></svg>
<a href="story?a=1&amp;b=2">A</a><A HREF='/Caps'>B</A><base href="https://cdn.example/base/"></body></html>`), u)
	want := []string{"https://cdn.example/base/story?a=1&b=2", "https://cdn.example/Caps"}
	if strings.Join(info.links(), " ") != strings.Join(want, " ") {
		t.Errorf("links = %q, want %q", info.links(), want)
	}
}

// TestAnalyzeHTMLForeign: SVG and MathML end where a parser ends them. An
// icon left unclosed must not hide the article's text from the hash (an
// edit would read as unchanged), and a script after an unclosed formula is
// still a script, not links and text.
func TestAnalyzeHTMLForeign(t *testing.T) {
	u, _ := url.Parse("https://n.example/a")
	hash := func(s string) string { return analyzeHTML([]byte(s), u).textHash }
	if hash(`<body><p>Icon <svg><path d="M0"></p><p>Hello world.</p></body>`) == hash(`<body><p>Icon <svg><path d="M0"></p><p>Changed.</p></body>`) {
		t.Error("text after an unclosed <svg> is missing from the hash")
	}
	if hash(`<body><div>Icon <svg><g><div>Hello world.</div></div></body>`) != hash(`<body><div>Icon <div>Hello world.</div></div></body>`) {
		t.Error("a <div> inside an unclosed <svg> is not HTML again")
	}
	info := analyzeHTML([]byte(`<body><p>Formula <math><mi>x</mi> is.</p><script>var a = "<a href='/from-js'>x</a>";</script><a href="/real">r</a></body>`), u)
	if got := info.links(); len(got) != 1 || got[0] != "https://n.example/real" {
		t.Errorf("links = %q, want only /real", got)
	}
}

func TestPublicAddr(t *testing.T) {
	tests := map[string]bool{
		"127.0.0.1": false, "10.1.2.3": false, "172.16.0.1": false, "192.168.1.1": false, "169.254.169.254": false,
		"100.64.0.1": false, "0.0.0.0": false, "::1": false, "fe80::1": false, "fc00::1": false, "::ffff:127.0.0.1": false,
		"224.0.0.1": false, "93.184.216.34": true, "2606:4700::1111": true, "8.8.8.8": true,
		// IPv4 inside NAT64 and 6to4 addresses.
		"64:ff9b::7f00:1": false, "64:ff9b::a9fe:a9fe": false, "64:ff9b::808:808": true,
		"2002:7f00:1::1": false, "2002:c0a8:101::1": false, "2002:808:808::1": true,
	}
	for s, want := range tests {
		if got := publicAddr(netip.MustParseAddr(s)); got != want {
			t.Errorf("publicAddr(%s) = %v, want %v", s, got, want)
		}
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"120", 2 * time.Minute, true},
		{" 0 ", 0, true},
		{"Sun, 01 Jun 2025 12:00:30 GMT", 30 * time.Second, true},
		{"Sun, 01 Jun 2025 11:00:00 GMT", 0, true},
		{"-5", 0, false},
		{"soon", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		got, ok := parseRetryAfter(tt.in, now)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseRetryAfter(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestBackoffAndAutoThrottle(t *testing.T) {
	for attempt := range 5 {
		full := time.Second << attempt
		if d := backoff(time.Second, attempt, time.Minute); d < full/2 || d > full {
			t.Errorf("backoff(1s, %d) = %v, want in [%v, %v]", attempt, d, full/2, full)
		}
	}
	// Bounded: many retries or a huge base never wait past the ceiling
	// (nor overflow into a negative wait, which made rand.N panic).
	for _, tt := range []struct {
		base    time.Duration
		attempt int
		ceiling time.Duration
	}{{time.Second, 30, 5 * time.Minute}, {24 * time.Hour, 62, 5 * time.Minute}, {time.Hour, 200, 0}} {
		d := backoff(tt.base, tt.attempt, tt.ceiling)
		if d <= 0 || tt.ceiling > 0 && (d > tt.ceiling || d < tt.ceiling/2) {
			t.Errorf("backoff(%v, %d, %v) = %v, want in [ceiling/2, ceiling]", tt.base, tt.attempt, tt.ceiling, d)
		}
	}
	cfg := DefaultConfig()
	cfg.Delay = 100 * time.Millisecond
	cfg.AutoThrottle.StartDelay = time.Second
	cfg.AutoThrottle.MaxDelay = 4 * time.Second
	g := newHostGate(cfg)
	g.observe("h", 200*time.Millisecond, 200)
	if d := g.host("h").throttle; d != 600*time.Millisecond {
		t.Errorf("after a 200ms answer: delay %v, want 600ms (halfway to latency)", d)
	}
	g.observe("h", 10*time.Millisecond, 404)
	if d := g.host("h").throttle; d != 600*time.Millisecond {
		t.Errorf("an error answer lowered the delay to %v", d)
	}
	g.observe("h", 10*time.Millisecond, 429)
	g.observe("h", 10*time.Millisecond, 503)
	g.observe("h", 10*time.Millisecond, 503)
	if d := g.host("h").throttle; d != 4*time.Second {
		t.Errorf("after 429/503s: delay %v, want the 4s ceiling", d)
	}
	g.setCrawlDelay("h2", 2*time.Second)
	g.observe("h2", time.Millisecond, 200)
	if d := g.host("h2").throttle; d < 2*time.Second {
		t.Errorf("AutoThrottle went below Crawl-delay: %v", d)
	}
}
