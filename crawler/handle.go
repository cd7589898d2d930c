package crawler

// This file acts on an answer by its kind: the links and sitemap entries
// a crawl discovers are queued in batches; a sitemap or feed is read; a
// page is followed and, when it is an article the sink does not have yet,
// handed on (handlePage, handOn).

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/byline/byline/article"
	"github.com/byline/byline/internal/textenc"
)

// batch collects discovered URLs and queues them in transactions of up to
// batchChunk URLs, under the frontier caps (max_queue, max_data_bytes) and,
// for a page's links, max_links_per_page; what a cap drops is counted in
// Summary.Dropped.
type batch struct {
	r     *run
	items []item
	dedup map[string]bool
	// linkCap: at most left more URLs may be queued (a page's links).
	linkCap bool
	left    int
	// overCap counts wanted links seen after left reached 0; they are not
	// deduplicated, so the dedup set stops growing.
	overCap int64
}

// batchChunk is the most URLs queued in one transaction.
const batchChunk = 5000

func (r *run) newBatch() *batch { return &batch{r: r, dedup: map[string]bool{}} }

// newLinkBatch is a batch for the links of one page: at most
// max_links_per_page of them are queued.
func (r *run) newLinkBatch() *batch {
	b := r.newBatch()
	b.linkCap, b.left = true, r.cfg.MaxLinksPerPage
	return b
}

// wantedURL reports whether ref, against base, passes the job's filters.
func (b *batch) wantedURL(base *url.URL, ref string, page bool) bool {
	cu, err := Canonicalize(base, ref)
	if err != nil {
		return false
	}
	u, err := url.Parse(cu)
	return err == nil && b.r.c.wanted(u, page)
}

// add canonicalises ref against base and keeps it if wanted.
func (b *batch) add(base *url.URL, ref string, it item) {
	cu, err := Canonicalize(base, ref)
	if err != nil || b.dedup[cu] {
		return
	}
	u, err := url.Parse(cu)
	if err != nil || !b.r.c.wanted(u, it.Kind == kindPage) {
		return
	}
	if b.linkCap && b.left <= 0 {
		b.overCap++
		return
	}
	b.dedup[cu] = true
	it.URL = cu
	b.items = append(b.items, it)
	if len(b.items) >= batchChunk {
		b.flush()
	}
}

// flush queues what was added.
func (b *batch) flush() {
	r := b.r
	for len(b.items) > 0 {
		n := min(batchChunk, len(b.items))
		o := r.enqueueOpts()
		o.capAdd, o.maxAdd = b.linkCap, b.left
		res, err := r.st.enqueueMany(b.items[:n], o)
		b.items = b.items[n:]
		if err != nil {
			r.log.Error("frontier", "err", err)
			r.countErr(KindStore)
			continue
		}
		b.left -= res.added
		r.countEnqueued(res)
	}
	if b.overCap > 0 {
		n := b.overCap
		b.overCap = 0
		r.count(func(s *Summary) { s.Dropped[DropLinksPerPage] += n })
	}
}

// countEnqueued adds what one enqueueMany did to the summary and wakes
// workers waiting for URLs.
func (r *run) countEnqueued(res enqueueResult) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.sum.Discovered += int64(res.added)
	for cause, n := range map[DropCause]int{DropLinksPerPage: res.overAdd, DropQueueFull: res.queueFull, DropDiskBudget: res.diskFull} {
		if n > 0 {
			if r.sum.Dropped[cause] == 0 {
				r.log.Warn("frontier cap reached: dropping discovered URLs", "cap", cause, "max_links_per_page", r.cfg.MaxLinksPerPage,
					"max_queue", r.cfg.MaxQueue, "max_data_bytes", r.cfg.MaxDataBytes)
			}
			r.sum.Dropped[cause] += int64(n)
		}
	}
	if res.added > 0 {
		r.cond.Broadcast()
	}
}

// enqueue queues one discovered URL.
func (r *run) enqueue(base *url.URL, ref string, it item) {
	b := r.newBatch()
	b.add(base, ref, it)
	b.flush()
}

// sitemapReader streams one sitemap into a batch as it arrives.
type sitemapReader struct {
	r       *run
	it      item
	base    *url.URL
	b       *batch
	index   bool
	entries int
}

func (r *run) newSitemapReader(it item, base *url.URL) *sitemapReader {
	return &sitemapReader{r: r, it: it, base: base, b: r.newBatch()}
}

// read parses body, queuing entries as they come; it is called once per
// attempt (a retried fetch reads again; the batch's dedup set and the
// seen-set keep entries single).
func (sm *sitemapReader) read(body io.Reader, contentType string) error {
	sm.entries = 0
	var dropped, tooDeep int64
	index, err := readSitemap(body, contentType, func(index bool, e sitemapEntry) {
		sm.entries++
		if index && sm.it.Nest >= maxSitemapNesting {
			if sm.b.wantedURL(sm.base, e.Loc, false) {
				tooDeep++
			}
			return
		}
		if sm.entries > maxSitemapEntries {
			if sm.b.wantedURL(sm.base, e.Loc, !index) {
				dropped++
			}
			return
		}
		if index {
			sm.b.add(sm.base, e.Loc, item{Kind: kindSitemap, Via: "sitemap", Depth: sm.it.Depth, Lastmod: e.Lastmod, Nest: sm.it.Nest + 1})
		} else {
			sm.b.add(sm.base, e.Loc, item{Kind: kindPage, Via: "sitemap", Depth: sm.it.Depth + 1, Lastmod: e.Lastmod, News: e.News})
		}
	})
	sm.index = index
	sm.b.flush()
	if dropped > 0 {
		sm.r.count(func(s *Summary) { s.Dropped[DropSitemapURLs] += dropped })
	}
	if tooDeep > 0 {
		sm.r.log.Warn("sitemap index nested too deep: its sitemaps are dropped", "url", sm.it.URL, "nesting", sm.it.Nest, "max", maxSitemapNesting)
		sm.r.count(func(s *Summary) { s.Dropped[DropSitemapNesting] += tooDeep })
	}
	if err != nil {
		return fmt.Errorf("%w: %w", errSitemap, err)
	}
	return nil
}

// handleSitemap finishes a sitemap read by its sitemapReader.
func (r *run) handleSitemap(it item, res *response, sm *sitemapReader, log *slog.Logger) {
	log.Debug("sitemap read", "index", sm.index, "entries", sm.entries, "bytes", res.read)
	r.count(func(s *Summary) { s.Sources++ })
	r.markFetched(it, res, "")
}

func (r *run) handleFeed(it item, u *url.URL, res *response, log *slog.Logger) {
	res.decodeFeed()
	entries, err := parseFeed(res.body)
	if err != nil {
		log.Warn("feed unreadable", "kind", KindParse, "err", err)
		r.countErr(KindParse)
		r.markFailed(it)
		return
	}
	b := r.newBatch()
	for _, e := range entries {
		b.add(u, e.Loc, item{Kind: kindPage, Via: "feed", Depth: it.Depth + 1, Lastmod: e.Lastmod})
	}
	b.flush()
	log.Debug("feed read", "entries", len(entries))
	r.count(func(s *Summary) { s.Sources++ })
	r.markFetched(it, res, "")
}

// markFetched records a successful fetch with its validators, and what
// more records say.
func (r *run) markFetched(it item, res *response, hash string, more ...func(*record)) {
	r.mark(it.URL, func(rec *record) {
		rec.State, rec.Kind, rec.FetchedAt = stateDone, it.Kind, time.Now().UTC()
		rec.ETag, rec.LastModified = res.header.Get("ETag"), res.header.Get("Last-Modified")
		if hash != "" {
			rec.Hash = hash
		}
		if !it.Lastmod.IsZero() {
			rec.Lastmod = it.Lastmod
		}
		for _, f := range more {
			f(rec)
		}
	})
}

// handlePage reads an HTML page: it follows its links, and hands an
// article page on to the sink unless the sink has its text already; a
// listing (or a noindex page) is recorded, its feeds discovered.
func (r *run) handlePage(ctx context.Context, it item, u *url.URL, res *response, log *slog.Logger) {
	ct, ok := r.readHTML(it, res, log)
	if !ok {
		return
	}
	final := u
	if res.finalURL != "" {
		if fu, err := url.Parse(res.finalURL); err == nil {
			final = fu
		}
	}
	info := analyzeHTML(res.body, final)
	xrt := strings.ToLower(res.header.Get("X-Robots-Tag"))
	noindex := info.noindex || strings.Contains(xrt, "noindex") || strings.Contains(xrt, "none")
	nofollow := info.nofollow || strings.Contains(xrt, "nofollow") || strings.Contains(xrt, "none")

	// Follow links and discover feeds.
	b := r.newLinkBatch()
	if !nofollow && r.cfg.MaxDepth >= 0 && it.Depth+1 <= r.cfg.MaxDepth {
		for _, l := range info.links() {
			b.add(final, l, item{Kind: kindPage, Via: "link", Depth: it.Depth + 1})
		}
	}
	b.flush()

	isArticle := !noindex
	if isArticle && r.c.classify != nil {
		isArticle = r.c.classify(res.body, final, ClassifyHints{NewsSitemap: it.News})
	}
	if !isArticle {
		// Feeds are discovered on listings only: on articles they are
		// mostly per-article comment feeds.
		if r.cfg.DiscoverFeeds {
			fb := r.newLinkBatch()
			for _, f := range info.feeds {
				fb.add(final, f, item{Kind: kindFeed, Via: "link", Depth: it.Depth})
			}
			fb.flush()
		}
		r.count(func(s *Summary) { s.NonArticles++ })
		r.markFetched(it, res, info.textHash, func(rec *record) { rec.Listing = true })
		return
	}
	r.handOn(ctx, it, final, ct, res, info, log)
}

// readHTML decodes the page to UTF-8 for the links, the classifier and
// the sink, and returns its content type; a body that is binary or not
// HTML is an error of its own kind (the URL is done).
func (r *run) readHTML(it item, res *response, log *slog.Logger) (ct string, ok bool) {
	// Binary is judged on the bytes served (UTF-16 text has NULs).
	sniffed, binary := binaryBody(res.body)
	if binary && textenc.LooksUTF16(res.body) {
		binary = false
	}
	if !binary {
		res.toUTF8()
	}
	ct = res.header.Get("Content-Type")
	if ct == "" {
		ct = http.DetectContentType(res.body)
	}
	if binary || !isHTML(ct) {
		log.Warn("fetch failed", "kind", KindNotHTML, "err", fmt.Errorf("%w: %s, bytes sniffed as %s", ErrNotHTML, ct, sniffed))
		r.countErr(KindNotHTML)
		r.markState(it.URL, stateDone)
		return "", false
	}
	return ct, true
}

// handOn hands an article page to the sink, unless the sink has its text
// already under its URL or an alias (seenText), and records it: the
// page, and the aliases as done with its text.
func (r *run) handOn(ctx context.Context, it item, final *url.URL, ct string, res *response, info *pageInfo, log *slog.Logger) {
	keys, prev, seen, sentSeq := r.seenText(it, final, info, log)
	if seen == textSent {
		r.count(func(s *Summary) { s.Unchanged++ })
		r.markFetched(it, res, info.textHash, func(rec *record) {
			if prev.Hash != info.textHash { // an alias handed this text on first
				rec.HashSeq = sentSeq
			}
		})
		return
	}
	page := &article.Page{
		URL:         it.URL,
		FinalURL:    final.String(),
		Status:      res.status,
		Headers:     selectHeaders(res.header),
		FetchedAt:   time.Now().UTC(),
		ContentType: utf8ContentType(ct, res.utf8),
		Body:        res.body,
		CrawlID:     r.id,
		Job:         r.cfg.Name,
		Depth:       it.Depth,
		FoundVia:    it.Via,
		ContentHash: info.textHash,
		Resent:      seen == textResent,
	}
	if page.Resent {
		page.ResentOf = sentSeq
	}
	// The write order of this URL's articles: ours to advance, never
	// below the previous one, never below our clock (see
	// article.Article.FetchSeq).
	page.FetchSeq = max(prev.FetchSeq+1, page.FetchedAt.UnixMilli())
	if err := r.c.sink.Put(ctx, page); err != nil {
		log.Error("sink failed: the page will be fetched again next run", "kind", KindSink, "err", err)
		r.countErr(KindSink)
		r.markFailed(it)
		return
	}
	r.count(func(s *Summary) {
		if seen == textResent {
			s.Resent++
		} else {
			s.New++
		}
	})
	// An article now, whatever it was when first fetched (a placeholder):
	// a known article page for a re-fetch (knownArticle).
	r.markFetched(it, res, info.textHash, func(rec *record) {
		rec.FetchSeq, rec.Sent, rec.Listing = page.FetchSeq, r.id, false
		switch {
		case prev.Hash != info.textHash: // a text new to this URL: handed on now, or first by an alias
			rec.HashSeq = cmp.Or(page.ResentOf, page.FetchSeq)
		case rec.HashSeq == 0: // an older record: the text's first hand-on as seenText found it
			rec.HashSeq = page.ResentOf
		}
	})
	for _, k := range keys[1:] {
		r.mark(k, func(rec *record) {
			if rec.State != stateQueued {
				rec.State = stateDone
			}
			if rec.Hash != info.textHash {
				rec.HashSeq = cmp.Or(page.ResentOf, page.FetchSeq) // as the page's own (above)
			}
			rec.Kind, rec.Hash, rec.LastRun, rec.Sent = kindPage, info.textHash, r.id, r.id
		})
	}
}

// textSeen says whether the sink has an article page's text already.
type textSeen int

const (
	textNew    textSeen = iota // not handed on before: handed on
	textSent                   // handed on before: unchanged, not handed on again
	textResent                 // handed on before, handed on again by a re-fetch run
)

// seenText looks the page's text hash up under its URL, its canonical
// and its final URL (keys, the URL first; the others are the aliases on
// the job's domains): the same text as before under any of them is
// unchanged. An item of a re-fetch (item.Refetch) is handed on again all
// the same, once: unless this run handed the text on under an alias.
// own is the URL's record; sentSeq, when the text was handed on before,
// the fetch sequence of the hand-on that first handed it on
// (record.HashSeq, or in an older record its FetchSeq; 0 when unknown).
func (r *run) seenText(it item, final *url.URL, info *pageInfo, log *slog.Logger) (keys []string, own record, seen textSeen, sentSeq int64) {
	keys = []string{it.URL}
	for _, alt := range []string{info.canonical, final.String()} {
		if alt == "" {
			continue
		}
		if cu, err := Canonicalize(nil, alt); err == nil && cu != it.URL {
			if pu, err := url.Parse(cu); err == nil && r.c.allowedHost(pu.Hostname()) {
				keys = append(keys, cu)
			}
		}
	}
	for _, k := range keys {
		// Hash is set by a fetch that was handed on (or by an alias of
		// one), so equal hashes mean the sink has this content; and by
		// the fetch of a listing, which was not: a listing that turns
		// into an article with the same text waits for its text to
		// change (a re-fetch run does not queue listings either).
		rec, ok, err := r.st.get(k)
		if err != nil {
			log.Error("seen-set", "err", err)
		}
		if k == it.URL {
			own = rec
		}
		if err != nil || !ok || rec.Hash != info.textHash {
			continue
		}
		if sentSeq == 0 {
			sentSeq = cmp.Or(rec.HashSeq, rec.FetchSeq)
		}
		if !it.Refetch || rec.Sent == r.id {
			return keys, own, textSent, sentSeq
		}
		seen = textResent
	}
	return keys, own, seen, sentSeq
}

// headersKept are the response headers a page record carries.
var headersKept = []string{"ETag", "Last-Modified", "Content-Type", "Content-Language", "Date",
	"Cache-Control", "Expires", "Link", "X-Robots-Tag", "Content-Location"}

func selectHeaders(h http.Header) map[string]string {
	out := map[string]string{}
	for _, k := range headersKept {
		if v := h.Get(k); v != "" {
			out[k] = v
		}
	}
	return out
}

// utf8ContentType returns the page's content type as handed on: a body
// transcoded to UTF-8 (response.toUTF8) says so in its charset (the
// served header stays in Headers["Content-Type"]).
func utf8ContentType(ct string, transcoded bool) string {
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil {
		if transcoded {
			return "text/html; charset=utf-8"
		}
		return ct
	}
	cs := strings.ToLower(params["charset"])
	if !transcoded && (cs == "" || cs == "utf-8" || cs == "utf8") {
		return ct
	}
	params["charset"] = "utf-8"
	return mime.FormatMediaType(mt, params)
}
