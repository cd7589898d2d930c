// Package secret hides the credentials of URLs for logs and printed
// configuration.
package secret

import "strings"

// MaskUserinfo replaces everything between a URL's scheme ("nats://") and
// its last "@" with mask, and reports whether there was an "@". It works on
// the text, not on a parse: a password or token holding "/", "?", "#" or a
// bare "%" makes url.Parse end the host early or fail, and must be hidden
// all the same.
func MaskUserinfo(u, mask string) (string, bool) {
	start := 0
	if i := strings.Index(u, "://"); i >= 0 {
		start = i + 3
	}
	j := strings.LastIndex(u[start:], "@")
	if j < 0 {
		return u, false
	}
	return u[:start] + mask + u[start+j:], true
}
