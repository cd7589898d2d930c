package web

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"testing"

	"github.com/byline/byline/index"
)

// TestFailureLogLevel: a search that fails because the index is down or
// the search ran out of time is logged as a warning (every request during
// an index outage would otherwise be an ERROR line); an unexpected failure
// stays an error.
func TestFailureLogLevel(t *testing.T) {
	for _, tc := range []struct {
		name   string
		err    error
		status int
		level  string
	}{
		{"index unavailable", fmt.Errorf("search: %w", index.ErrUnavailable), http.StatusServiceUnavailable, "WARN"},
		{"search timed out", fmt.Errorf("search: %w", context.DeadlineExceeded), http.StatusGatewayTimeout, "WARN"},
		{"unexpected", errors.New("mapping exploded"), http.StatusInternalServerError, "ERROR"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			log := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
			f, h := newTestServer(t, WithLogger(log))
			f.err = tc.err
			res, _ := get(t, h, http.MethodGet, "/api/search?q=harbour")
			if res.StatusCode != tc.status {
				t.Fatalf("status %d, want %d", res.StatusCode, tc.status)
			}
			var line string
			for l := range strings.SplitSeq(buf.String(), "\n") {
				if strings.Contains(l, "web: request failed") {
					line = l
				}
			}
			if !strings.Contains(line, "level="+tc.level) {
				t.Fatalf("want a %s line, log:\n%s", tc.level, buf.String())
			}
		})
	}
}
