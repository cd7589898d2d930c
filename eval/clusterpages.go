package eval

import (
	"encoding/json"
	"fmt"
	"html"
	"strings"
	"time"
)

// copyPage is a generated copy of a story, before it is put in a
// template.
type copyPage struct {
	url        string
	headline   string
	byline     string
	published  time.Time
	paragraphs []string
}

func esc(s string) string { return html.EscapeString(s) }

// jsonStr is s as a JSON string, safe inside a <script> element.
func jsonStr(s string) string {
	b, _ := json.Marshal(s) // escapes <, > and & as \u003c...
	return string(b)
}

// chromeTeasers are headlines of other stories in the templates' chrome
// (most read, related, more news), as every news page has.
var chromeTeasers = []string{
	"School board delays vote on new bus routes until spring",
	"Five things to do this weekend across the valley",
	"High school football: Eagles stun rivals in overtime",
	"Weather service warns of ice on the mountain passes",
	"Opinion: Our downtown needs more than new parking meters",
	"Obituaries for the week",
	"Police log: Stolen bicycles and a loose goat",
}

// templateDaily is a regional daily's template: header navigation, a
// breaking-news ticker, an <article> with byline and time, a related-links
// box inside the story, a most-read sidebar and a footer.
func templateDaily(p copyPage) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s | The Daily Ledger</title>
<meta property="og:title" content="%s"><meta property="article:published_time" content="%s">
<link rel="canonical" href="%s"></head><body>
<header class="site-header"><a class="logo" href="/">The Daily Ledger</a><nav><ul>
<li><a href="/news">News</a></li><li><a href="/sports">Sports</a></li><li><a href="/business">Business</a></li>
<li><a href="/opinion">Opinion</a></li><li><a href="/life">Life</a></li><li><a href="/obits">Obituaries</a></li></ul></nav>
<div class="ticker"><strong>Breaking:</strong> <a href="/news/ticker">%s</a></div></header>
<main><article class="story"><h1 class="headline">%s</h1>
<div class="byline">By <span class="author">%s</span> · <time datetime="%s">%s</time></div>
`, esc(p.headline), esc(p.headline), p.published.Format(time.RFC3339), p.url, esc(chromeTeasers[0]), esc(p.headline),
		esc(p.byline), p.published.Format(time.RFC3339), p.published.Format("January 2, 2006 3:04 PM"))
	for i, para := range p.paragraphs {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(para))
		if i == 2 {
			fmt.Fprintf(&b, `<aside class="related"><h4>Related</h4><ul><li><a href="/r1">%s</a></li><li><a href="/r2">%s</a></li></ul></aside>
`, esc(chromeTeasers[1]), esc(chromeTeasers[2]))
		}
	}
	fmt.Fprintf(&b, `<p class="copyright">Copyright 2025 The Associated Press. All rights reserved.</p></article>
<aside class="sidebar"><h3>Most read</h3><ol><li><a href="/m1">%s</a></li><li><a href="/m2">%s</a></li><li><a href="/m3">%s</a></li></ol></aside></main>
<footer><p>© 2025 The Daily Ledger · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/contact">Contact us</a></p></footer>
</body></html>`, esc(chromeTeasers[3]), esc(chromeTeasers[4]), esc(chromeTeasers[5]))
	return b.String()
}

// templatePortal is a news portal's div soup: no <article>, ads and a
// newsletter box between paragraphs, share buttons, a comments count.
func templatePortal(p copyPage) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s - Valley Courier</title>
<meta name="description" content="%s"><meta name="pubdate" content="%s"></head><body>
<div id="top-ad" class="ad">Advertisement</div>
<div class="nav-bar"><a href="/">Home</a> <a href="/local">Local</a> <a href="/state">State</a> <a href="/nation">Nation</a> <a href="/subscribe">Subscribe</a></div>
<div class="container"><div class="col-main"><div class="story-header"><h1>%s</h1>
<div class="meta"><span class="by">%s</span> <span class="date">Published %s</span></div>
<div class="share"><a href="#fb">Share</a> <a href="#tw">Tweet</a> <a href="#mail">Email</a></div></div>
<div class="story-body">
`, esc(p.headline), esc(firstWords(p.paragraphs[0], 25)), p.published.Format("2006-01-02T15:04:05Z"), esc(p.headline),
		esc(p.byline), p.published.Format("Jan. 2, 2006"))
	for i, para := range p.paragraphs {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(para))
		switch i {
		case 1:
			b.WriteString(`<div class="ad-slot">Advertisement</div>` + "\n")
		case 3:
			b.WriteString(`<div class="newsletter-signup"><h4>Get the morning briefing</h4><p>Sign up for our free newsletter.</p><form><input type="email"><button>Sign up</button></form></div>` + "\n")
		}
	}
	fmt.Fprintf(&b, `</div><div class="comments"><a href="#comments">12 comments</a></div></div>
<div class="col-side"><h3>More news</h3><ul><li><a href="/a">%s</a></li><li><a href="/b">%s</a></li></ul></div></div>
<div class="footer">Valley Courier · 100 Main St. · <a href="/about">About</a></div></body></html>`, esc(chromeTeasers[6]), esc(chromeTeasers[0]))
	return b.String()
}

// templateBlog is a WordPress-like theme: JSON-LD metadata, an entry
// title, a figure with a caption, tags and "read more" teasers.
func templateBlog(p copyPage) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>%s &#8211; Harbor Gazette</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":%s,"datePublished":%s,"author":{"@type":"Person","name":%s}}</script>
</head><body class="single-post"><div id="page"><header id="masthead"><p class="site-title"><a href="/">Harbor Gazette</a></p>
<nav class="main-navigation"><a href="/category/news">News</a> <a href="/category/harbor">Harbor</a> <a href="/category/events">Events</a></nav></header>
<main id="main"><div class="entry"><h1 class="entry-title">%s</h1><div class="entry-meta">Posted on <time class="entry-date published" datetime="%s">%s</time> by <span class="author vcard">%s</span></div>
<figure class="wp-block-image"><img src="/img/%d.jpg" alt=""><figcaption>File photo. (Harbor Gazette)</figcaption></figure>
<div class="entry-content">
`, esc(p.headline), jsonStr(p.headline), jsonStr(p.published.Format(time.RFC3339)), jsonStr(p.byline), esc(p.headline), p.published.Format(time.RFC3339),
		p.published.Format("2 January 2006"), esc(p.byline), len(p.paragraphs))
	for _, para := range p.paragraphs {
		fmt.Fprintf(&b, "<p>%s</p>\n", esc(para))
	}
	fmt.Fprintf(&b, `</div><footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/news">news</a>, <a href="/tag/region">region</a></span></footer></div>
<section class="read-more"><h2>Read more</h2><article class="teaser"><h3><a href="/x">%s</a></h3></article><article class="teaser"><h3><a href="/y">%s</a></h3></article></section></main>
<footer id="colophon"><p>Proudly powered by WordPress · Harbor Gazette</p></footer></div></body></html>`, esc(chromeTeasers[2]), esc(chromeTeasers[4]))
	return b.String()
}
