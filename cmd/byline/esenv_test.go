package main

import (
	"context"
	"encoding/base64"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/byline/byline/index"
)

// recordingES answers every request as Elasticsearch would acknowledge an
// admin call and records the method, path and Authorization of each.
type recordingES struct {
	mu   sync.Mutex
	reqs []string
	auth []string
	srv  *httptest.Server
	// templateExists makes HEAD /_index_template/* answer 200.
	templateExists bool
	templateBodies []string
}

func newRecordingES(t *testing.T) *recordingES {
	e := &recordingES{}
	e.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		e.mu.Lock()
		e.reqs = append(e.reqs, r.Method+" "+r.URL.Path)
		e.auth = append(e.auth, r.Header.Get("Authorization"))
		if r.Method == http.MethodPut && strings.HasPrefix(r.URL.Path, "/_index_template/") {
			e.templateBodies = append(e.templateBodies, string(body))
			e.templateExists = true
		}
		exists := e.templateExists
		e.mu.Unlock()
		w.Header().Set("X-Elastic-Product", "Elasticsearch")
		w.Header().Set("Content-Type", "application/json")
		if r.Method == http.MethodHead && strings.HasPrefix(r.URL.Path, "/_index_template/") && !exists {
			w.WriteHeader(http.StatusNotFound)
			return
		}
		if r.Method == http.MethodGet && strings.HasSuffix(r.URL.Path, "/_mapping") {
			_, _ = io.WriteString(w, `{}`) // no index with an older mapping
			return
		}
		_, _ = io.WriteString(w, `{"acknowledged":true}`)
	}))
	t.Cleanup(e.srv.Close)
	return e
}

// TestSearchAndServeReadTheDocumentedESVariables: the README names
// BYLINE_INDEX_ELASTICSEARCH_* as the environment of index.elasticsearch
// (the older BYLINE_ES_* still work, the newer name wins). search --es and
// serve --es read them as the workers do: the credentials go out and the
// index prefix is the one configured.
func TestSearchAndServeReadTheDocumentedESVariables(t *testing.T) {
	for _, v := range []string{"BYLINE_ES_API_KEY", "BYLINE_ES_USERNAME", "BYLINE_ES_PASSWORD", "BYLINE_ES_CLOUD_ID", "BYLINE_ES_CA_CERT", "BYLINE_ES_INDEX"} {
		t.Setenv(v, "")
	}
	es := newRecordingES(t)
	t.Setenv("BYLINE_ES_USERNAME", "reader")
	t.Setenv("BYLINE_ES_PASSWORD", "old-password")
	t.Setenv("BYLINE_INDEX_ELASTICSEARCH_USERNAME", "reader")
	t.Setenv("BYLINE_INDEX_ELASTICSEARCH_PASSWORD", "new-password")
	t.Setenv("BYLINE_INDEX_ELASTICSEARCH_INDEX_PREFIX", "news")
	ix, err := openSearchReader(t, es.srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	_ = ix.Close(context.Background())
	want := "Basic " + base64.StdEncoding.EncodeToString([]byte("reader:new-password"))
	es.mu.Lock()
	defer es.mu.Unlock()
	if len(es.reqs) == 0 {
		t.Fatal("no request reached Elasticsearch")
	}
	for i, r := range es.reqs {
		if es.auth[i] != want {
			t.Errorf("%s: Authorization %q, want %q", r, es.auth[i], want)
		}
		if strings.Contains(r, "byline-articles") {
			t.Errorf("%s: want the prefix of BYLINE_INDEX_ELASTICSEARCH_INDEX_PREFIX (news)", r)
		}
	}
}

// TestSearchAndServeLeaveTheWorkersTemplate: search --es and serve --es
// (the search Deployment of deploy/k8s, the compose search service) have
// no shards or replicas configured; opening the index must not PUT their
// defaults over the template the index workers installed from
// deploy/byline.yaml (index.elasticsearch.replicas: 1).
func TestSearchAndServeLeaveTheWorkersTemplate(t *testing.T) {
	es := newRecordingES(t)
	es.templateExists = true
	ix, err := openSearchReader(t, es.srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	_ = ix.Close(context.Background())
	es.mu.Lock()
	defer es.mu.Unlock()
	for _, r := range es.reqs {
		if !strings.HasPrefix(r, "HEAD ") && !strings.HasPrefix(r, "GET ") {
			t.Errorf("a reader wrote to Elasticsearch: %s", r)
		}
	}
}

// openSearchReader opens Elasticsearch at url the way search --es URL and
// serve --es URL do (readerConfig, then openReaderFor).
func openSearchReader(t *testing.T, url string) (index.Index, error) {
	t.Helper()
	c, err := readerConfig("", "", url, func(f string) bool { return f == "es" })
	if err != nil {
		t.Fatal(err)
	}
	return openReaderFor(context.Background(), c, slog.Default())
}
