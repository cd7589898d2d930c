package pipeline

import (
	"regexp"
	"testing"
)

// TestHostKey: host keys are valid KV keys of one token, stable, and
// never shared by two hosts.
func TestHostKey(t *testing.T) {
	valid := regexp.MustCompile(`^[-_=a-zA-Z0-9]+$`)
	seen := map[string]string{}
	for _, tc := range []struct{ host, want string }{
		{"news.example.com", "news_example_com"},
		{"News.Example.COM:8080", "news_example_com=3A8080"},
		{"127.0.0.1:80", "127_0_0_1=3A80"},
		{"[::1]:8080", "=5B=3A=3A1=5D=3A8080"},
		{"a_b.example", "a=5Fb_example"},
		{"a.b_example", "a_b=5Fexample"},
		{"example.com.", "example_com_"},
		{"xn--bcher-kva.example", "xn--bcher-kva_example"},
	} {
		got, err := hostKey(tc.host)
		if err != nil || got != tc.want {
			t.Errorf("hostKey(%q) = %q, %v; want %q", tc.host, got, err, tc.want)
		}
		if !valid.MatchString(got) {
			t.Errorf("hostKey(%q) = %q: not a single-token KV key", tc.host, got)
		}
		if other, ok := seen[got]; ok {
			t.Errorf("%q and %q share the key %q", other, tc.host, got)
		}
		seen[got] = tc.host
	}
	if _, err := hostKey(""); err == nil {
		t.Error("hostKey(\"\") made a key")
	}
}
