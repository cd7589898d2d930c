package esindex

import (
	"context"
	"encoding/json"
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
// Each error names the cluster's URL, its password masked.
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
			// Credentials in the URL: the error names the cluster, the
			// password masked.
			scheme, hostport, _ := strings.Cut(tt.srv.URL, "://")
			cfg := testConfig(scheme + "://elastic:s3cret@" + hostport)
			cfg.MaxRetries = 1
			_, err := New(context.Background(), cfg)
			if err == nil {
				t.Fatal("New succeeded")
			}
			if errors.Is(err, index.ErrUnavailable) != tt.unavailable || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("New = %v; want unavailable %v, naming %q", err, tt.unavailable, tt.want)
			}
			if masked := scheme + "://elastic:xxxxx@" + hostport; !strings.Contains(err.Error(), masked) || strings.Contains(err.Error(), "s3cret") {
				t.Errorf("New = %v; want it to name %s, the password masked", err, masked)
			}
		})
	}
}

// TestTarget: the name errors give the cluster never holds a password.
func TestTarget(t *testing.T) {
	tests := []struct {
		cfg  Config
		want string
	}{
		{Config{}, "http://127.0.0.1:9200"},
		{Config{Addresses: []string{"https://es1:9200", "https://elastic:pa%3Ass@es2:9200/"}}, "https://es1:9200, https://elastic:xxxxx@es2:9200/"},
		{Config{CloudID: "prod:ZXUtY2VudHJhbC0xLmF3cy5jbG91ZC5lcy5pbyRhYmMkZGVm"}, "cloud id prod"},
	}
	for _, tt := range tests {
		if got := tt.cfg.Target(); got != tt.want {
			t.Errorf("Target of %+v = %q, want %q", tt.cfg, got, tt.want)
		}
	}
	if got := redact(`Post "https://elastic:s3cret@es:9200/_bulk": EOF`); strings.Contains(got, "s3cret") {
		t.Errorf("redact left the password in %q", got)
	}
}

// TestSearchedFieldsMatchTemplate: every field a search filters, facets,
// matches or collapses on is in the template with the type and analyzer
// checkMappings expects of existing indices.
func TestSearchedFieldsMatchTemplate(t *testing.T) {
	body, err := renderTemplate(Config{}.withDefaults())
	if err != nil {
		t.Fatal(err)
	}
	var tmpl struct {
		Template struct {
			Mappings struct {
				Properties map[string]any `json:"properties"`
			} `json:"mappings"`
		} `json:"template"`
	}
	if err := json.Unmarshal(body, &tmpl); err != nil {
		t.Fatal(err)
	}
	for f, want := range searchedFields {
		if got := mappedAs(tmpl.Template.Mappings.Properties, f); got != want {
			t.Errorf("template maps %s as %q, want %q", f, got, want)
		}
	}
	used := []string{fQSpeakerName, fQText, fQSpeaker, fStory, fRevision, fPublished, fQuotes}
	for _, f := range textFields {
		name, _, _ := strings.Cut(f, "^")
		used = append(used, name)
	}
	for _, m := range []map[string]string{filterFields, nameFields} {
		for _, f := range m {
			used = append(used, f)
		}
	}
	for _, f := range used {
		if _, ok := searchedFields[f]; !ok {
			t.Errorf("searches read %s, which searchedFields (checked on existing indices) lacks", f)
		}
	}
}
