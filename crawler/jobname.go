package crawler

import (
	"net/url"
	"strings"
)

// JobNameFor names a job defined by its URLs alone (byline crawl --seed
// ...): the host of the first URL that has one, without "www.", with the
// port as "-PORT" and anything a job name cannot hold as "-". Two ad-hoc
// crawls of different sites so get different names, and with them their
// own frontier, seen-set and page records in a shared data folder. It
// returns "default" when no URL has a host.
func JobNameFor(urls ...string) string {
	for _, raw := range urls {
		u, err := url.Parse(strings.TrimSpace(raw))
		if err != nil || u.Hostname() == "" {
			continue
		}
		name := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
		if p := u.Port(); p != "" {
			name += "-" + p
		}
		name = strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' || r == '_' || r == '-' {
				return r
			}
			return '-'
		}, name)
		name = strings.TrimLeft(name, ".-_")
		if len(name) > 64 {
			name = name[:64]
		}
		if jobNameRE.MatchString(name) {
			return name
		}
	}
	return "default"
}
