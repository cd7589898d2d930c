package esindex

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/byline/byline/index"
)

// TestNewTellsOutagesFromConfigErrors: New's error is what the index
// worker and the search server decide on at start (index.OpenWaiting):
// ErrUnavailable means wait (the cluster is restarting), anything else is
// a configuration to fix, reported at once. A cluster answering 503 is an
// outage; bad credentials, a server that is not Elasticsearch and a
// certificate that does not verify are not: waiting would never end.
func TestNewTellsOutagesFromConfigErrors(t *testing.T) {
	answer := func(status int, product bool, body string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			if product {
				w.Header().Set("X-Elastic-Product", "Elasticsearch")
			}
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(status)
			_, _ = io.WriteString(w, body)
		}
	}
	tests := []struct {
		name        string
		srv         *httptest.Server
		unavailable bool
		want        string
	}{
		{"503 while the cluster restarts", httptest.NewServer(answer(503, true, `{"error":{"type":"cluster_block_exception","reason":"state not recovered"},"status":503}`)), true, "503"},
		{"401 bad credentials", httptest.NewServer(answer(401, true, `{"error":{"type":"security_exception","reason":"unable to authenticate user"},"status":401}`)), false, "security_exception"},
		{"403 missing privileges", httptest.NewServer(answer(403, true, `{"error":{"type":"security_exception","reason":"action [indices:admin/index_template/put] is unauthorized"},"status":403}`)), false, "unauthorized"},
		{"not Elasticsearch", httptest.NewServer(answer(200, false, `{}`)), false, "not Elasticsearch"},
		{"certificate not trusted", httptest.NewTLSServer(answer(200, true, `{}`)), false, "certificate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defer tt.srv.Close()
			cfg := testConfig(tt.srv.URL)
			cfg.MaxRetries = 1
			_, err := New(context.Background(), cfg)
			if err == nil {
				t.Fatal("New succeeded")
			}
			if errors.Is(err, index.ErrUnavailable) != tt.unavailable || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("New = %v; want unavailable %v, naming %q", err, tt.unavailable, tt.want)
			}
		})
	}
}
