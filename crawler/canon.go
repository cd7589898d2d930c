package crawler

import (
	"errors"
	"fmt"
	"net/netip"
	"net/url"
	"sort"
	"strings"

	"golang.org/x/net/idna"
)

// ErrBadURL is wrapped by Canonicalize errors.
var ErrBadURL = errors.New("not a crawlable URL")

// trackingParams are query parameters that only track the visitor; they are
// dropped so one page has one URL. Any parameter starting with "utm_" is
// dropped as well.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "gclsrc": true, "dclid": true, "gbraid": true, "wbraid": true,
	"msclkid": true, "yclid": true, "igshid": true, "mc_cid": true, "mc_eid": true, "_ga": true,
	"_gl": true, "_hsenc": true, "_hsmi": true, "mkt_tok": true, "oly_anon_id": true,
	"oly_enc_id": true, "vero_id": true, "wickedid": true, "ns_mchannel": true, "ns_source": true,
	"ns_campaign": true, "ns_linkname": true, "ns_fee": true, "s_cid": true, "smid": true,
	"sr_share": true, "cmpid": true, "__twitter_impression": true, "ocid": true, "ito": true,
}

// Canonicalize resolves ref against base (which may be nil for an absolute
// ref) and returns the URL in the one form Byline stores it: http or https
// only, lower-case scheme and host (IDNA to ASCII), no default port, no user
// info, no fragment, "/" for an empty path, dot segments resolved, tracking
// parameters (utm_*, fbclid, gclid, ...) removed and the query sorted by
// key. It is idempotent.
func Canonicalize(base *url.URL, ref string) (string, error) {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return "", fmt.Errorf("canonicalize %q: %w", ref, ErrBadURL)
	}
	u, err := url.Parse(ref)
	if err != nil {
		return "", fmt.Errorf("canonicalize %q: %w: %v", ref, ErrBadURL, err)
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return "", fmt.Errorf("canonicalize %q: %w: scheme %q", ref, ErrBadURL, u.Scheme)
	}
	if u.Opaque != "" {
		return "", fmt.Errorf("canonicalize %q: %w: opaque URL", ref, ErrBadURL)
	}
	host := strings.TrimRight(strings.ToLower(u.Hostname()), ".")
	if host == "" {
		return "", fmt.Errorf("canonicalize %q: %w: no host", ref, ErrBadURL)
	}
	if !strings.Contains(host, ":") { // not an IPv6 literal
		ascii, err := idna.Lookup.ToASCII(host)
		if err != nil || ascii == "" || strings.HasSuffix(ascii, ".") {
			return "", fmt.Errorf("canonicalize %q: %w: host %q: %v", ref, ErrBadURL, host, err)
		}
		host = ascii
	} else {
		ip, err := netip.ParseAddr(host)
		if err != nil || ip.Zone() != "" {
			return "", fmt.Errorf("canonicalize %q: %w: host %q", ref, ErrBadURL, host)
		}
		host = "[" + ip.String() + "]"
	}
	port := u.Port()
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	if port != "" {
		host += ":" + port
	}
	u.Host = host
	u.User = nil
	u.Fragment, u.RawFragment = "", ""
	// Resolve dot segments even without a base.
	if u.Path == "" {
		u.Path = "/"
	}
	p := u.EscapedPath()
	if strings.Contains(p, "/.") {
		u = u.ResolveReference(&url.URL{Path: u.Path, RawQuery: u.RawQuery})
	}
	// Re-escape the path in Go's one encoding, unless it holds an encoded
	// slash, whose meaning differs from a literal one.
	if !strings.Contains(strings.ToUpper(u.RawPath), "%2F") {
		u.RawPath = ""
	}
	u.ForceQuery = false
	u.RawQuery = canonicalQuery(u.RawQuery)
	return u.String(), nil
}

// canonicalQuery drops tracking parameters and sorts the rest by key,
// keeping the order of repeated keys.
func canonicalQuery(raw string) string {
	if raw == "" {
		return ""
	}
	type kv struct{ k, v string }
	var kept []kv
	for part := range strings.SplitSeq(raw, "&") {
		if part == "" {
			continue
		}
		k, v, _ := strings.Cut(part, "=")
		dk, err := url.QueryUnescape(k)
		if err != nil {
			dk = k
		}
		dv, err := url.QueryUnescape(v)
		if err != nil {
			dv = v
		}
		lk := strings.ToLower(dk)
		if strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
			continue
		}
		kept = append(kept, kv{dk, dv})
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].k < kept[j].k })
	var b strings.Builder
	for i, p := range kept {
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString(url.QueryEscape(p.k))
		b.WriteByte('=')
		b.WriteString(url.QueryEscape(p.v))
	}
	return b.String()
}
