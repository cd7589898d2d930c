package crawler

import (
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// robotsRules is the parsed robots.txt of one host, for our agent.
type robotsRules struct {
	group      *robotstxt.Group // nil: everything allowed
	crawlDelay time.Duration
	sitemaps   []string
	blocked    bool // the robots.txt answer itself was a block/challenge
	// disallowAll: robots.txt was unavailable (429, 5xx, unreachable), so
	// nothing may be fetched for now. robotstxt's own "disallow all" data
	// has no groups, and FindGroup returns nil for it, which reads as
	// "allow all": Byline must keep the verdict itself.
	disallowAll bool
	// unreachable is why robots.txt could not be fetched at all (dns,
	// refused, tls, timeout...): the host's URLs then count as errors of
	// that kind, not as disallowed by robots.txt.
	unreachable ErrorKind
}

// allowed reports whether the path (with query) may be fetched.
func (r *robotsRules) allowed(u *url.URL) bool {
	if r != nil && r.disallowAll {
		return false
	}
	if r == nil || r.group == nil {
		return true
	}
	p := u.EscapedPath()
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return r.group.Test(p)
}

// parseRobots builds the rules from a robots.txt answer, following
// Google's reading of status codes (as robotstxt.FromStatusAndBytes does):
// 2xx parse, 4xx allow everything, 429 and 5xx disallow everything for now.
func parseRobots(status int, body []byte, agent string) *robotsRules {
	if status == http.StatusTooManyRequests {
		// 429 is "slow down", not "no robots.txt": like a 5xx it
		// disallows everything for now (RFC 9309 §2.3.1.3, Google),
		// where robotstxt would read it as a 4xx and allow all.
		status = http.StatusServiceUnavailable
	}
	if status >= 500 && status < 600 {
		return &robotsRules{disallowAll: true}
	}
	data, err := robotstxt.FromStatusAndBytes(status, body)
	if err != nil || data == nil {
		// An unparsable file is treated as allowing everything, like
		// most crawlers; robotstxt is lenient, so this is rare.
		return &robotsRules{}
	}
	g := data.FindGroup(agent)
	r := &robotsRules{group: g, sitemaps: data.Sitemaps}
	if g != nil {
		r.crawlDelay = g.CrawlDelay
	}
	return r
}

// robotsAgent is the product token matched against robots.txt groups:
// Config.RobotsAgent, else the user agent's product name that names a bot
// ("Mozilla/5.0 (compatible; BylineBot/1.0; +url)" gives "BylineBot", not
// "Mozilla", which would pick up rules meant for browsers), else its first
// product name.
func robotsAgent(cfg Config) string {
	if cfg.RobotsAgent != "" {
		return cfg.RobotsAgent
	}
	fields := strings.FieldsFunc(cfg.UserAgent, func(r rune) bool {
		return r == ' ' || r == ';' || r == '(' || r == ')' || r == ','
	})
	first := ""
	for _, f := range fields {
		name, _, _ := strings.Cut(f, "/")
		if name == "" || strings.HasPrefix(name, "+") || strings.Contains(name, ":") {
			continue // "+https://...", URLs
		}
		if first == "" {
			first = name
		}
		l := strings.ToLower(name)
		if strings.Contains(l, "bot") || strings.Contains(l, "crawler") || strings.Contains(l, "spider") {
			return name
		}
	}
	return first
}

// robotsCache keeps one robotsRules per host for the run; concurrent
// lookups of one host wait for a single fetch.
type robotsCache struct {
	mu    sync.Mutex
	hosts map[string]*robotsEntry
}

type robotsEntry struct {
	ready chan struct{}
	rules *robotsRules
}

func newRobotsCache() *robotsCache { return &robotsCache{hosts: map[string]*robotsEntry{}} }

// get returns the host's rules, calling load once per host.
func (c *robotsCache) get(host string, load func() *robotsRules) *robotsRules {
	c.mu.Lock()
	e, ok := c.hosts[host]
	if !ok {
		e = &robotsEntry{ready: make(chan struct{})}
		c.hosts[host] = e
		c.mu.Unlock()
		e.rules = load()
		close(e.ready)
		return e.rules
	}
	c.mu.Unlock()
	<-e.ready
	return e.rules
}

// peek returns the host's rules if they are loaded, without loading them.
func (c *robotsCache) peek(host string) (*robotsRules, bool) {
	c.mu.Lock()
	e, ok := c.hosts[host]
	c.mu.Unlock()
	if !ok {
		return nil, false
	}
	select {
	case <-e.ready:
		return e.rules, true
	default:
		return nil, false
	}
}
