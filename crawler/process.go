package crawler

// This file takes one item from the frontier to an answer worth acting
// on: process admits it (config, given-up hosts, robots.txt, the page
// cap), fetches it (conditional headers, retries, redirects) and keeps
// only usable answers, then hands them to handle.go.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"time"
)

// stillWanted reports whether the job's config, which may have changed
// since an earlier run queued it, still wants the page. Every page but a
// seed passed the filters when it was queued; a seed is wanted while it is
// one, or while its host is the job's. Sitemaps and feeds are not checked:
// one may have moved to a CDN host, and what it lists is filtered.
func (r *run) stillWanted(it item, u *url.URL) bool {
	if it.Kind != kindPage {
		return true
	}
	if it.Via == "seed" {
		return r.c.allowedHost(u.Hostname()) || slices.ContainsFunc(r.cfg.Seeds, func(s string) bool {
			cu, err := Canonicalize(nil, s)
			return err == nil && cu == it.URL
		})
	}
	return r.c.wanted(u, true)
}

// process fetches one item and acts on the answer.
func (r *run) process(ctx context.Context, it item) {
	log := r.log.With("url", it.URL)
	u, ok := r.admit(ctx, it, log)
	if !ok {
		return
	}
	res, sm, ok := r.fetchItem(ctx, it, u, log)
	if !ok || !r.usable(it, u.Host, res, log) {
		return
	}
	switch it.Kind {
	case kindSitemap:
		r.handleSitemap(it, res, sm, log)
	case kindFeed:
		r.handleFeed(it, u, res, log)
	default:
		r.handlePage(ctx, it, u, res, log)
	}
}

// admit decides whether the item is fetched in this run: a URL that
// parses, still wanted by the job's config, on a host not given up, not a
// file by its extension, allowed by robots.txt, and within MaxPages. An
// item refused is recorded (done, failed, dropped or requeued) and, but for
// a requeue over MaxPages, counted.
func (r *run) admit(ctx context.Context, it item, log *slog.Logger) (*url.URL, bool) {
	u, err := url.Parse(it.URL)
	if err != nil {
		r.countErr(KindParse)
		r.markState(it.URL, stateDone)
		return nil, false
	}
	host := u.Host
	if !r.stillWanted(it, u) {
		log.Debug("dropped: queued by an earlier run, no longer wanted by the job's config")
		r.count(func(s *Summary) { s.Dropped[DropConfigChanged]++ })
		if err := r.st.drop(it.URL); err != nil {
			r.log.Error("seen-set", "err", err)
			r.countErr(KindStore)
		}
		return nil, false
	}
	if r.gate.givenUp(host) {
		r.count(func(s *Summary) { s.Blocked[host]++ })
		r.markFailed(it)
		return nil, false
	}
	if it.Kind == kindPage && nonHTMLByExtension(u) {
		log.Debug("skipped: not HTML by extension")
		r.countErr(KindNotHTML)
		r.markState(it.URL, stateDone)
		return nil, false
	}
	if r.cfg.RespectRobots && !r.robotsAllow(ctx, it, u, log) {
		return nil, false
	}
	r.mu.Lock()
	if r.cfg.MaxPages > 0 && r.dispatched >= r.cfg.MaxPages {
		r.mu.Unlock()
		// Over the cap (robots lookups raced): back to the frontier.
		r.requeue(it)
		return nil, false
	}
	r.dispatched++
	r.mu.Unlock()
	return u, true
}

// robotsAllow reports whether the host's robots.txt lets the job fetch u;
// an item it refuses is recorded as failed (checked again next run).
func (r *run) robotsAllow(ctx context.Context, it item, u *url.URL, log *slog.Logger) bool {
	host := u.Host
	rules := r.robots.get(host, func() *robotsRules { return r.loadRobots(ctx, u) })
	switch {
	case rules.blocked:
		r.count(func(s *Summary) { s.Blocked[host]++ })
	case rules.allowed(u):
		return true
	case rules.unreachable != "":
		// The host did not answer at all: a failure of its own kind,
		// tried again next run.
		log.Debug("skipped: host unreachable", "kind", rules.unreachable)
		r.countErr(rules.unreachable)
	default:
		log.Debug("skipped", "err", ErrRobots)
		r.count(func(s *Summary) { s.RobotsSkipped++ })
	}
	r.markFailed(it)
	return false
}

// fetchItem fetches an admitted item: conditionally (ETag,
// Last-Modified) unless it is a re-fetch, a sitemap parsed as it streams
// in (sm). It returns false when there is no answer to act on: the run
// was interrupted (the item requeued), the host redirected elsewhere (the
// target queued), robots.txt refused a redirect, or the fetch failed.
func (r *run) fetchItem(ctx context.Context, it item, u *url.URL, log *slog.Logger) (res *response, sm *sitemapReader, ok bool) {
	rec, _, err := r.st.get(it.URL)
	if err != nil {
		log.Error("seen-set", "err", err)
	}
	hdr := http.Header{}
	// A re-fetch asks for an article page whole: a 304 would leave the
	// sink without the page to extract again.
	if !it.Refetch {
		if rec.ETag != "" {
			hdr.Set("If-None-Match", rec.ETag)
		}
		if rec.LastModified != "" {
			hdr.Set("If-Modified-Since", rec.LastModified)
		}
	}
	accept := isHTML
	if it.Kind != kindPage {
		accept = isXMLish
	}
	var stream *bodyStream
	if it.Kind == kindSitemap {
		// Sitemaps may be 50 MB: parsed as they stream in.
		sm = r.newSitemapReader(it, u)
		stream = &bodyStream{limit: r.cfg.MaxSitemapBytes, read: sm.read}
	}
	res, err = r.fetch(ctx, u, hdr, accept, stream)
	if ctx.Err() != nil {
		r.requeue(it) // interrupted: the next run resumes it
		return nil, nil, false
	}
	var elsewhere *redirectElsewhere
	switch {
	case errors.As(err, &elsewhere):
		// Queued as a URL of its own, under its host's robots.txt and
		// politeness.
		log.Debug("redirect to another host: queued", "to", elsewhere.to)
		r.count(func(s *Summary) { s.Redirected++ })
		next := item{Kind: it.Kind, Via: it.Via, Depth: it.Depth, Lastmod: it.Lastmod, News: it.News, Nest: it.Nest, Refetch: it.Refetch}
		if it.Kind == kindPage {
			r.enqueue(u, elsewhere.to, next)
		} else {
			// A sitemap or feed may move to a CDN host off the job's
			// domains; what it lists is still filtered.
			r.enqueueSource(elsewhere.to, next)
		}
		r.markState(it.URL, stateDone)
		return nil, nil, false
	case errors.Is(err, ErrRobots):
		log.Debug("skipped", "err", err)
		r.count(func(s *Summary) { s.RobotsSkipped++ })
		r.markFailed(it) // checked again next run
		return nil, nil, false
	case err != nil:
		r.fetchFailed(it, u.Host, sm, err, log)
		return nil, nil, false
	}
	r.count(func(s *Summary) { s.Fetched++ })
	return res, sm, true
}

// usable reports whether an answer carries a body to act on: not a 304
// (unchanged, recorded), not a bot wall (the host's block count goes up),
// a 2xx status (a 4xx but 408 and 429 is gone for good, anything else is
// tried again next run).
func (r *run) usable(it item, host string, res *response, log *slog.Logger) bool {
	if res.status == http.StatusNotModified {
		r.count(func(s *Summary) { s.Unchanged++ })
		r.gate.ok(host)
		r.mark(it.URL, func(rec *record) {
			rec.State, rec.FetchedAt = stateDone, time.Now().UTC()
			if !it.Lastmod.IsZero() {
				rec.Lastmod = it.Lastmod
			}
		})
		return false
	}
	if why, blocked := detectBlock(res.status, res.header, res.body); blocked {
		r.count(func(s *Summary) { s.Blocked[host]++ })
		log.Warn("fetch failed", "kind", "blocked", "status", res.status, "err", fmt.Errorf("%w: %s", ErrBlocked, why))
		if gaveUp, n := r.gate.blocked(host, why); gaveUp {
			log.Warn("giving up host for this run", "host", host, "threshold", n)
		}
		r.markFailed(it)
		return false
	}
	if res.status < 200 || res.status > 299 {
		r.gate.ok(host) // an answer, if not the one we wanted
		r.countErr(KindStatus)
		log.Warn("fetch failed", "kind", KindStatus, "status", res.status, "err", fmt.Errorf("%w %d", ErrStatus, res.status))
		if res.status >= 400 && res.status < 500 && res.status != http.StatusRequestTimeout && res.status != http.StatusTooManyRequests {
			r.markState(it.URL, stateDone) // 404, 410: gone
		} else {
			r.markFailed(it)
		}
		return false
	}
	r.gate.ok(host)
	return true
}

// fetch does one GET with retries: exponential backoff with jitter for
// timeouts, connection errors and 5xx, Retry-After for 429 and 503. A
// Retry-After longer than MaxRetryAfter gives the host up for the run. The
// host slot is held until the pause is set, so no other request to the
// host slips in before the wait.
//
// With stream set, a 2xx body is not read into memory but handed to
// stream.read as it arrives (up to stream.limit).
func (r *run) fetch(ctx context.Context, u *url.URL, hdr http.Header, accept func(string) bool, stream *bodyStream) (*response, error) {
	host := u.Host
	for attempt := 0; ; attempt++ {
		if err := r.gate.acquire(ctx, host); err != nil {
			return nil, err
		}
		res, retry, wait, err := r.fetchOnce(ctx, u, hdr, accept, stream, attempt)
		if retry {
			r.gate.pause(host, wait)
		}
		r.gate.release(host)
		if !retry {
			return res, err
		}
	}
}

// fetchOnce does one attempt and decides whether to retry and after how
// long; call it holding the host slot.
func (r *run) fetchOnce(ctx context.Context, u *url.URL, hdr http.Header, accept func(string) bool, stream *bodyStream, attempt int) (res *response, retry bool, wait time.Duration, err error) {
	host := u.Host
	start := time.Now()
	if stream != nil {
		res, err = r.f.getStream(ctx, u.String(), hdr.Clone(), accept, *stream)
	} else {
		res, err = r.f.get(u.String(), hdr.Clone(), accept)
	}
	latency := time.Since(start)
	r.count(func(s *Summary) {
		s.Requests++
		if res != nil {
			s.LargestBody = max(s.LargestBody, res.read)
		}
	})
	if ctx.Err() != nil {
		return nil, false, 0, ctx.Err()
	}
	status := 0
	if err == nil {
		status = res.status
	}
	r.gate.observe(host, latency, status)
	switch {
	case err != nil:
		_, retry = classify(err)
	case status == http.StatusTooManyRequests || status == http.StatusServiceUnavailable:
		retry = true
		if ra, ok := parseRetryAfter(res.header.Get("Retry-After"), time.Now()); ok {
			if ra > r.cfg.MaxRetryAfter {
				r.gate.giveUp(host, "Retry-After "+ra.String())
				r.log.Warn("host asks to wait longer than max_retry_after: giving it up for this run",
					"host", host, "retry_after", ra, "max_retry_after", r.cfg.MaxRetryAfter)
				return res, false, 0, nil
			}
			wait = ra
		}
	case status >= 500:
		retry = true
	}
	if !retry || attempt >= r.cfg.Retries {
		return res, false, 0, err
	}
	if wait == 0 {
		wait = backoff(r.cfg.RetryBase, attempt, r.cfg.MaxRetryAfter)
	}
	r.log.Debug("retrying", "url", u.String(), "attempt", attempt+1, "wait", wait, "status", status, "err", err)
	r.count(func(s *Summary) { s.Retries++ })
	return res, true, wait, err
}

// checkRedirect vets one redirect hop: the target must be on the job's
// domains, not fetched already in this run and, on the same host,
// allowed by its robots.txt. A hop to
// another host is not followed: its robots.txt may not be loaded and its
// politeness gate is not held, so the target is queued instead.
// robots.txt itself may redirect anywhere (RFC 9309 §2.3.1.2); the dialer
// still refuses private addresses.
func (r *run) checkRedirect(req *http.Request, via []*http.Request) error {
	from := via[0].URL
	if from.Path == "/robots.txt" {
		return nil
	}
	if !r.c.allowedHost(req.URL.Hostname()) {
		if r.sourceURL(from.String()) {
			return &redirectElsewhere{from: from.String(), to: req.URL.String()}
		}
		return fmt.Errorf("%w: %s redirects to %s", ErrOffSite, from, req.URL)
	}
	if req.URL.Host != via[len(via)-1].URL.Host {
		return &redirectElsewhere{from: from.String(), to: req.URL.String()}
	}
	if r.fetchedThisRun(req.URL, from) {
		// Old URLs and short links of a page already fetched: not
		// fetched again, the target is known like a link to it.
		return &redirectElsewhere{from: from.String(), to: req.URL.String()}
	}
	if !r.cfg.RespectRobots {
		return nil
	}
	rules, ok := r.robots.peek(req.URL.Host)
	if !ok {
		return &redirectElsewhere{from: from.String(), to: req.URL.String()}
	}
	if rules.blocked || !rules.allowed(req.URL) {
		return fmt.Errorf("%w: %s redirects to %s", ErrRobots, from, req.URL)
	}
	return nil
}

// fetchedThisRun reports whether a redirect target u was fetched with
// success in this run; from, the URL being fetched, does not count (a
// redirect to a cookie check and back is no refetch).
func (r *run) fetchedThisRun(u, from *url.URL) bool {
	cu, err := Canonicalize(nil, u.String())
	if err != nil || cu == from.String() {
		return false
	}
	rec, ok, err := r.st.get(cu)
	return err == nil && ok && rec.LastRun == r.id && rec.State == stateDone
}

// sourceURL reports whether u (canonical) is a sitemap or feed of the job.
func (r *run) sourceURL(u string) bool {
	rec, ok, err := r.st.get(u)
	return err == nil && ok && (rec.Kind == kindSitemap || rec.Kind == kindFeed)
}

// enqueueSource queues a sitemap or feed that redirected to another host,
// without the domain filter.
func (r *run) enqueueSource(ref string, it item) {
	cu, err := Canonicalize(nil, ref)
	if err != nil {
		r.countErr(KindParse)
		return
	}
	it.URL = cu
	res, err := r.st.enqueueMany([]item{it}, r.enqueueOpts())
	if err != nil {
		r.log.Error("frontier", "err", err)
		r.countErr(KindStore)
		return
	}
	r.countEnqueued(res)
}

// fetchFailed settles a URL whose fetch failed before any HTTP answer:
// counted by kind, the host noted unreachable or given up after too many
// unanswered requests in a row, the URL done or tried again.
func (r *run) fetchFailed(it item, host string, sm *sitemapReader, err error, log *slog.Logger) {
	kind, _ := classify(err)
	if sm != nil && kind == KindTooLarge {
		log.Warn("sitemap over max_sitemap_bytes: keeping the URLs before the cut", "kind", kind, "entries", sm.entries, "err", err)
	} else {
		log.Warn("fetch failed", "kind", kind, "err", err)
	}
	r.countErr(kind)
	_, _, hostLevel := connectKind(err)
	if hostLevel {
		r.noteUnreachable(host, kind, err)
	}
	// A host that leaves request after request unanswered (after the
	// retries) costs Timeout × (Retries+1) per URL, one after another:
	// given up for the run like a host that blocks us, its URLs tried
	// again next run. Any HTTP answer resets the count.
	if hostLevel || kind == KindTimeout || kind == KindNetwork {
		if gaveUp, n := r.gate.blocked(host, fmt.Sprintf("requests in a row unanswered (%s)", kind)); gaveUp {
			log.Warn("giving up host for this run: requests in a row unanswered", "host", host, "kind", kind, "threshold", n)
		}
	}
	// Pages that will not become fetchable are done; the rest is
	// tried again when found again.
	if kind == KindNotHTML || kind == KindTooLarge {
		r.markState(it.URL, stateDone)
	} else {
		r.markFailed(it)
	}
}

// noteUnreachable keeps the first cause of a host's failure to answer
// for the summary.
func (r *run) noteUnreachable(host string, kind ErrorKind, err error) {
	r.count(func(s *Summary) {
		if _, ok := s.Unreachable[host]; !ok {
			s.Unreachable[host] = string(kind) + ": " + errorCause(err)
		}
	})
}

// maxRobotsBytes is how much of a robots.txt is parsed; the rest is
// ignored, as Google does (RFC 9309 §2.5 asks for at least 500 KiB).
const maxRobotsBytes = 500 << 10

// loadRobots fetches and parses the host's robots.txt and applies its
// Crawl-delay and Sitemap: lines.
func (r *run) loadRobots(ctx context.Context, u *url.URL) *robotsRules {
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	// Read whatever the size: a file over the cap is cut and parsed, not
	// taken for no robots.txt, which would allow everything.
	var body []byte
	stream := &bodyStream{limit: maxRobotsBytes, cut: true, read: func(rd io.Reader, _ string) error {
		var err error
		body, err = io.ReadAll(rd)
		// The Crawl-delay applies before the host slot is released, so
		// no request of another job slips in at the old delay.
		if d := parseRobots(http.StatusOK, body, robotsAgent(r.cfg)).crawlDelay; err == nil && d > 0 {
			r.gate.setCrawlDelay(u.Host, min(d, time.Minute))
		}
		return err
	}}
	res, err := r.fetch(ctx, ru, http.Header{"Accept": {"text/plain,*/*;q=0.5"}}, nil, stream)
	if err == nil && res.status >= 200 && res.status <= 299 {
		res.body = body
	}
	if err != nil {
		kind, transient := classify(err)
		if transient {
			// Unreachable (timeout, connection errors): the rules are
			// unknown, so nothing may be fetched (RFC 9309 §2.3.1.4).
			// The host's URLs are robots-skipped and tried next run.
			r.log.Warn("robots.txt unreachable: skipping the host's URLs for this run", "url", ru.String(), "kind", kind, "err", err)
			r.noteUnreachable(u.Host, kind, err)
			rules := parseRobots(http.StatusServiceUnavailable, nil, "")
			rules.unreachable = kind
			return rules
		}
		// A private address, a redirect loop...: the page fetch meets
		// the same refusal and reports it under its own kind.
		r.log.Warn("robots.txt unavailable", "url", ru.String(), "kind", kind, "err", err)
		return &robotsRules{}
	}
	if res.status == http.StatusOK || res.status == http.StatusAccepted {
		if why, blocked := detectBlock(res.status, res.header, res.body); blocked {
			r.log.Warn("robots.txt answer is a block page: skipping host", "host", u.Host, "why", why)
			r.gate.giveUp(u.Host, why)
			return &robotsRules{blocked: true}
		}
	}
	rules := parseRobots(res.status, res.body, robotsAgent(r.cfg))
	if rules.crawlDelay > 0 { // set as the body was read
		r.log.Info("robots.txt crawl-delay", "host", u.Host, "delay", min(rules.crawlDelay, time.Minute))
	}
	if r.cfg.DiscoverSitemaps {
		for _, s := range rules.sitemaps {
			su, err := url.Parse(s)
			if err != nil || !r.c.allowedHost(su.Hostname()) {
				continue
			}
			r.enqueue(ru, s, item{Kind: kindSitemap, Via: "robots"})
		}
	}
	return rules
}
