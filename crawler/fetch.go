package crawler

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/netip"
	"net/url"
	"os"
	"strings"
	"syscall"
	"time"

	"github.com/byline/byline/internal/textenc"
	"github.com/gocolly/colly/v2"
)

// Errors a fetch can end with; the Summary counts them by ErrorKind.
var (
	// ErrPrivateAddress means a host resolved to a loopback, private,
	// link-local or otherwise internal address and AllowPrivate is off.
	ErrPrivateAddress = errors.New("refusing to connect to a private address")
	// ErrRedirectLoop means a redirect led back to a URL already visited
	// in the same chain.
	ErrRedirectLoop = errors.New("redirect loop")
	// ErrTooManyRedirects means the chain was longer than MaxRedirects.
	ErrTooManyRedirects = errors.New("too many redirects")
	// ErrTooLarge means the body was over MaxBodyBytes; the page is not
	// published cut.
	ErrTooLarge = errors.New("response body over the size cap")
	// ErrNotHTML means a page URL answered with a type that is not HTML.
	ErrNotHTML = errors.New("not an HTML page")
	// ErrBlocked means the host answered with a block or a bot challenge.
	ErrBlocked = errors.New("blocked by the site")
	// ErrRobots means robots.txt disallows the URL for our user agent.
	ErrRobots = errors.New("disallowed by robots.txt")
	// ErrStatus means an HTTP error status.
	ErrStatus = errors.New("HTTP error status")
	// ErrOffSite means a redirect led off the job's allowed domains; it
	// is not followed.
	ErrOffSite = errors.New("redirect leaves the allowed domains")
)

// redirectElsewhere stops a redirect to another host: that host's
// robots.txt and politeness must apply, so the target is queued as a URL
// of its own instead of being fetched inside this request.
type redirectElsewhere struct{ from, to string }

func (e *redirectElsewhere) Error() string {
	return fmt.Sprintf("%s redirects to another host: %s", e.from, e.to)
}

// response is what one fetch brings back, filled in by colly callbacks.
type response struct {
	status   int
	header   http.Header
	body     []byte
	finalURL string
	abortErr error // why the body was not read
	// read is how many decoded body bytes were read (before the cap
	// check), the figure behind Stats.LargestBody.
	read int64

	accept func(contentType string) bool // content types worth reading
	limit  int64
	// contentType is the Content-Type served, kept while colly reads the
	// body without it (hideContentType).
	contentType string
	// utf8 says body was transcoded to UTF-8 (decodeFeed, toUTF8).
	utf8 bool
}

// hideContentType keeps the Content-Type header of a response from colly,
// which would decode the body by its charset before our callbacks see it:
// by that label alone (a UTF-8 page under a Shift_JIS server default
// becomes mojibake), with the 1024-byte prescan for an unknown label, and
// lossily, so that nothing after it can get the bytes back. The header is
// put back in OnResponse; pages and feeds decode their bodies with
// textenc, which the extractor decides with too (toUTF8, decodeFeed).
func hideContentType(r *colly.Response, res *response) {
	if r.Headers == nil {
		return
	}
	res.contentType = r.Headers.Get("Content-Type")
	r.Headers.Del("Content-Type")
}

// decodeFeed transcodes a feed's body to UTF-8 by textenc.XMLToUTF8: the
// header's charset, else the XML declaration's, unless the bytes
// contradict them, else the bytes. The declaration of the result says
// UTF-8: gofeed decodes by it, and would otherwise read the transcoded
// bytes a second time as the charset they came in.
func (res *response) decodeFeed() {
	if res.utf8 || len(res.body) == 0 {
		return
	}
	if out, _, err := textenc.XMLToUTF8(res.body, res.header.Get("Content-Type")); err == nil {
		res.body, res.utf8 = out, true
	}
}

// toUTF8 transcodes the body to UTF-8 once (textenc.ToUTF8), by its byte
// order mark, its header's charset, its <meta charset> or the bytes. It
// cannot fail for the encodings textenc picks; if it did, the body is kept
// as it came and the extractor decides again.
func (res *response) toUTF8() {
	if res.utf8 || len(res.body) == 0 {
		return
	}
	if out, _, err := textenc.ToUTF8(res.body, res.header.Get("Content-Type")); err == nil {
		res.body, res.utf8 = out, true
	}
}

// minRobotsRedirects is the fewest redirects followed for robots.txt,
// whatever MaxRedirects says (RFC 9309 §2.3.1.2: at least five).
const minRobotsRedirects = 5

const ctxKeyResponse = "byline.response"

// fetcher wraps one colly collector. Every callback is registered here and
// no colly type leaves this file's functions.
type fetcher struct {
	c   *colly.Collector
	cfg Config
	rt  http.RoundTripper
	// stream fetches sitemaps without colly, which reads whole bodies:
	// the same transport, cookie jar, timeout and redirect checks.
	stream *http.Client
	// checkRedirect, if set, vets every redirect hop after the loop,
	// length and scheme checks (robots.txt, allowed domains). Set it
	// before the first request.
	checkRedirect func(req *http.Request, via []*http.Request) error
}

func newFetcher(cfg Config, rt http.RoundTripper) (*fetcher, error) {
	f := &fetcher{cfg: cfg}
	c := colly.NewCollector(
		colly.UserAgent(cfg.UserAgent),
		colly.AllowURLRevisit(),                    // the seen-set decides what to fetch
		colly.MaxBodySize(int(cfg.MaxBodyBytes)+1), // one byte over the cap tells a cut body
		colly.ParseHTTPErrorResponse(),             // we want 4xx/5xx bodies for block detection
		colly.IgnoreRobotsTxt(),                    // robots.txt is ours: colly never reads Crawl-delay
	)
	c.SetRequestTimeout(cfg.Timeout)
	if rt == nil {
		rt = newTransport(cfg)
	}
	dt := &decodeTransport{next: rt, limit: cfg.MaxBodyBytes}
	c.WithTransport(dt)
	jar, err := cookiejar.New(nil)
	if err != nil {
		return nil, fmt.Errorf("cookie jar: %w", err)
	}
	c.SetCookieJar(jar)
	// A "*" rule has one semaphore for all hosts: the global limit.
	if err := c.Limit(&colly.LimitRule{DomainGlob: "*", Parallelism: cfg.GlobalConcurrency}); err != nil {
		return nil, fmt.Errorf("colly limit rule: %w", err)
	}
	checkRedirect := func(req *http.Request, via []*http.Request) error {
		// Coming back once is allowed: sites redirect to a cookie
		// check and back (colly allows it too; the jar keeps the
		// cookie). A second return is a loop.
		seen := 0
		for _, v := range via {
			if v.URL.String() == req.URL.String() {
				seen++
			}
		}
		if seen >= 2 {
			return fmt.Errorf("%w: %s comes back to %s again after %d hops", ErrRedirectLoop, via[0].URL, req.URL, len(via))
		}
		// robots.txt gets at least the five hops RFC 9309 §2.3.1.2 asks
		// for: max_redirects 0 must not make a moved robots.txt count as
		// none, which would allow everything.
		limit := max(cfg.MaxRedirects, 0)
		if via[0].URL.Path == "/robots.txt" {
			limit = max(limit, minRobotsRedirects)
		}
		if len(via) > limit {
			return fmt.Errorf("%w: stopped after %d redirects from %s", ErrTooManyRedirects, limit, via[0].URL)
		}
		if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
			return fmt.Errorf("redirect to unsupported scheme %q", req.URL.Scheme)
		}
		if f.checkRedirect != nil {
			return f.checkRedirect(req, via)
		}
		return nil
	}
	c.SetRedirectHandler(checkRedirect)
	f.stream = &http.Client{Transport: dt, Jar: jar, Timeout: cfg.Timeout, CheckRedirect: checkRedirect}
	c.OnResponseHeaders(func(r *colly.Response) {
		res, _ := r.Ctx.GetAny(ctxKeyResponse).(*response)
		if res == nil {
			return
		}
		hideContentType(r, res)
		if r.StatusCode < 200 || r.StatusCode > 299 {
			return // keep error bodies: they may be challenge pages
		}
		if cl := r.Headers.Get("Content-Length"); cl != "" {
			var n int64
			if _, err := fmt.Sscan(cl, &n); err == nil && n > res.limit {
				res.abortErr = fmt.Errorf("%w: Content-Length %d > %d", ErrTooLarge, n, res.limit)
				r.Request.Abort()
				return
			}
		}
		if ct := res.contentType; res.accept != nil && !res.accept(ct) {
			res.abortErr = fmt.Errorf("%w: Content-Type %q", ErrNotHTML, ct)
			r.Request.Abort()
		}
	})
	c.OnResponse(func(r *colly.Response) {
		res, _ := r.Ctx.GetAny(ctxKeyResponse).(*response)
		if res == nil {
			return
		}
		res.status = r.StatusCode
		if r.Headers != nil {
			res.header = r.Headers.Clone()
			if res.contentType != "" {
				res.header.Set("Content-Type", res.contentType)
			}
		}
		res.body = r.Body
		res.read = int64(len(r.Body))
		res.finalURL = r.Request.URL.String()
	})
	f.c, f.rt = c, rt
	return f, nil
}

// close drops idle keep-alive connections so a finished run leaves no
// goroutines behind.
func (f *fetcher) close() {
	if t, ok := f.rt.(interface{ CloseIdleConnections() }); ok {
		t.CloseIdleConnections()
	}
}

// setContext makes every request of the collector follow ctx.
func (f *fetcher) setContext(ctx context.Context) { f.c.Context = ctx }

// get fetches u. An HTTP answer of any status is a response, not an error.
func (f *fetcher) get(u string, hdr http.Header, accept func(string) bool) (*response, error) {
	res := &response{accept: accept, limit: f.cfg.MaxBodyBytes}
	cctx := colly.NewContext()
	cctx.Put(ctxKeyResponse, res)
	if hdr == nil {
		hdr = http.Header{}
	}
	hdr.Set("User-Agent", f.cfg.UserAgent)
	if hdr.Get("Accept") == "" {
		hdr.Set("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
	}
	err := f.c.Request(http.MethodGet, u, nil, cctx, hdr)
	if res.abortErr != nil {
		return res, res.abortErr
	}
	if err != nil {
		return res, err
	}
	if int64(len(res.body)) > f.cfg.MaxBodyBytes {
		res.body = nil
		return res, fmt.Errorf("%w: body over %d bytes", ErrTooLarge, f.cfg.MaxBodyBytes)
	}
	return res, nil
}

// bodyStream says how getStream hands a 2xx body on: to read, with its
// Content-Type, as it streams in, decoded and cut one byte past limit. With cut, a body over
// limit is read up to limit and is not an error (robots.txt: RFC 9309
// §2.5 parses the first bytes of an oversized file).
type bodyStream struct {
	limit int64
	cut   bool
	read  func(body io.Reader, contentType string) error
}

// getStream fetches u like get, but a 2xx body is handed to s.read as it
// streams in instead of being read whole. A body over s.limit is
// ErrTooLarge unless s.cut (what read consumed before the cut stays
// consumed); an error of read is returned as it is, a read error of the
// body as the read error. Other statuses are read up to MaxBodyBytes into
// res.body, for block detection.
func (f *fetcher) getStream(ctx context.Context, u string, hdr http.Header, accept func(string) bool, s bodyStream) (*response, error) {
	limit := s.limit
	req, err := http.NewRequestWithContext(withBodyLimit(ctx, limit), http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	for k, v := range hdr {
		req.Header[k] = v
	}
	req.Header.Set("User-Agent", f.cfg.UserAgent)
	if req.Header.Get("Accept") == "" {
		req.Header.Set("Accept", "application/xml,text/xml;q=0.9,*/*;q=0.8")
	}
	hres, err := f.stream.Do(req)
	if err != nil {
		return nil, err
	}
	defer hres.Body.Close()
	res := &response{status: hres.StatusCode, header: hres.Header.Clone(), finalURL: hres.Request.URL.String(), limit: limit}
	if hres.StatusCode < 200 || hres.StatusCode > 299 {
		res.body, err = io.ReadAll(io.LimitReader(hres.Body, f.cfg.MaxBodyBytes))
		res.read = int64(len(res.body))
		return res, err
	}
	if hres.ContentLength > limit && !s.cut {
		return res, fmt.Errorf("%w: Content-Length %d > %d", ErrTooLarge, hres.ContentLength, limit)
	}
	if ct := hres.Header.Get("Content-Type"); accept != nil && !accept(ct) {
		return res, fmt.Errorf("%w: Content-Type %q", ErrNotHTML, ct)
	}
	body := &streamBody{r: hres.Body}
	if s.cut {
		body.r = io.LimitReader(hres.Body, limit)
	}
	err = s.read(body, hres.Header.Get("Content-Type"))
	res.read = body.n
	switch {
	case body.n > limit:
		return res, fmt.Errorf("%w: body over %d bytes", ErrTooLarge, limit)
	case body.err != nil:
		return res, body.err
	}
	return res, err
}

// streamBody counts what is read of a body and remembers a read error, so
// a network failure is not taken for a parse error of the consumer.
type streamBody struct {
	r   io.Reader
	n   int64
	err error
}

func (b *streamBody) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	b.n += int64(n)
	if err != nil && err != io.EOF {
		b.err = err
	}
	return n, err
}

// newTransport is the default HTTP transport: no proxy (a proxy would hide
// the address we connect to), and a dialer that refuses internal addresses
// after DNS resolution, so a public name pointing at 127.0.0.1 or a
// redirect to 169.254.169.254 is refused too.
func newTransport(cfg Config) *http.Transport {
	d := &net.Dialer{Timeout: min(cfg.Timeout, 15*time.Second), KeepAlive: 30 * time.Second}
	if !cfg.AllowPrivate {
		d.Control = func(network, address string, _ syscall.RawConn) error {
			host, _, err := net.SplitHostPort(address)
			if err != nil {
				return fmt.Errorf("dial %s: %w", address, err)
			}
			ip, err := netip.ParseAddr(host)
			if err != nil {
				return fmt.Errorf("dial %s: %w", address, err)
			}
			if !publicAddr(ip) {
				return fmt.Errorf("%w: %s", ErrPrivateAddress, ip)
			}
			return nil
		}
	}
	return &http.Transport{
		Proxy:                 nil,
		DialContext:           d.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          100,
		MaxIdleConnsPerHost:   max(cfg.Parallelism, 2),
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: cfg.Timeout,
		ExpectContinueTimeout: time.Second,
	}
}

var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"), // carrier-grade NAT
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"), // benchmarking
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("64:ff9b:1::/48"),
	netip.MustParsePrefix("2001:db8::/32"),
}

// publicAddr reports whether ip is a global unicast, non-private address.
func publicAddr(ip netip.Addr) bool {
	ip = ip.Unmap()
	if !ip.IsValid() || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() ||
		ip.IsLinkLocalMulticast() || ip.IsInterfaceLocalMulticast() || ip.IsMulticast() ||
		ip.IsUnspecified() || !ip.IsGlobalUnicast() {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(ip) {
			return false
		}
	}
	// IPv6 forms that carry an IPv4 address a gateway connects to:
	// NAT64 64:ff9b::/96 (bytes 12-15) and 6to4 2002::/16 (bytes 2-5).
	// 64:ff9b::7f00:1 reaches 127.0.0.1 through a NAT64 gateway.
	if b := ip.As16(); ip.Is6() {
		switch {
		case nat64.Contains(ip):
			return publicAddr(netip.AddrFrom4([4]byte(b[12:16])))
		case sixToFour.Contains(ip):
			return publicAddr(netip.AddrFrom4([4]byte(b[2:6])))
		}
	}
	return true
}

var (
	nat64     = netip.MustParsePrefix("64:ff9b::/96")
	sixToFour = netip.MustParsePrefix("2002::/16")
)

// ErrorKind names a class of failure in a Summary.
type ErrorKind string

// Error kinds counted in Summary.Errors.
const (
	KindTimeout        ErrorKind = "timeout"
	KindStatus         ErrorKind = "status"
	KindRedirectLoop   ErrorKind = "redirect-loop"
	KindRedirects      ErrorKind = "too-many-redirects"
	KindTooLarge       ErrorKind = "too-large"
	KindNotHTML        ErrorKind = "non-html"
	KindPrivateAddress ErrorKind = "private-address"
	KindNetwork        ErrorKind = "network"
	KindParse          ErrorKind = "parse"
	KindSink           ErrorKind = "sink"
	KindStore          ErrorKind = "store"
	KindOffSite        ErrorKind = "off-site-redirect"

	// Outcomes the crawl counts elsewhere than Summary.Errors.
	kindRobots   ErrorKind = "robots"   // Summary.RobotsSkipped
	kindRedirect ErrorKind = "redirect" // Summary.Redirected
)

// classify maps a fetch error to its kind and whether a retry may help.
func classify(err error) (ErrorKind, bool) {
	if k, transient, ok := connectKind(err); ok {
		return k, transient
	}
	var ne net.Error
	var re *redirectElsewhere
	switch {
	case errors.As(err, &re):
		return kindRedirect, false
	case errors.Is(err, ErrRobots):
		return kindRobots, false
	case errors.Is(err, ErrOffSite):
		return KindOffSite, false
	case errors.Is(err, ErrPrivateAddress):
		return KindPrivateAddress, false
	case errors.Is(err, ErrRedirectLoop):
		return KindRedirectLoop, false
	case errors.Is(err, ErrTooManyRedirects):
		return KindRedirects, false
	case errors.Is(err, ErrTooLarge):
		return KindTooLarge, false
	case errors.Is(err, ErrNotHTML):
		return KindNotHTML, false
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, os.ErrDeadlineExceeded),
		errors.As(err, &ne) && ne.Timeout():
		return KindTimeout, true
	case errors.Is(err, gzip.ErrHeader), errors.Is(err, gzip.ErrChecksum), errors.Is(err, ErrEncoding),
		errors.Is(err, errSitemap):
		return KindParse, false
	}
	var ue *url.Error
	if errors.As(err, &ue) || errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return KindNetwork, true
	}
	return KindNetwork, strings.Contains(err.Error(), "connection")
}
