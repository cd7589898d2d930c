package status

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/byline/byline/pipeline"
)

func TestNew(t *testing.T) {
	tests := []struct {
		name        string
		p           pipeline.Progress
		indexed     uint64
		notArticles uint64
		idle        bool
		reconciled  bool
		verdict     string
	}{
		{"all indexed", pipeline.Progress{PagesPublished: 302, ArticlesPublished: 300}, 300, 2, true, true,
			"reconcile ok: 302 published = 300 articles + 2 not articles + 0 dead-lettered; 300 articles = 300 indexed + 0 dead-lettered"},
		{"dead letters count on both sides", pipeline.Progress{PagesPublished: 10, ArticlesPublished: 8, DeadExtract: 1, DeadIndex: 2, DeadLetters: 3}, 6, 1, true, true,
			"reconcile ok: 10 published = 8 articles + 1 not articles + 1 dead-lettered; 8 articles = 6 indexed + 2 dead-lettered"},
		{"pages still queued", pipeline.Progress{PagesPublished: 10, PagesQueued: 4, ExtractPending: 4, ArticlesPublished: 6}, 6, 0, false, false,
			"reconcile pending: work is still queued or in flight"},
		{"index lagging", pipeline.Progress{PagesPublished: 5, ArticlesPublished: 5, IndexAckPending: 2}, 3, 0, false, false,
			"reconcile pending"},
		{"articles missing from the index", pipeline.Progress{PagesPublished: 5, ArticlesPublished: 5}, 4, 0, true, false,
			"reconcile differs: 5 article messages, 4 indexed + 0 dead-lettered"},
		{"index holds more", pipeline.Progress{PagesPublished: 5, ArticlesPublished: 5}, 9, 0, true, false,
			"reconcile differs: the index holds 9 articles, more than the 5 article messages"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := New(tt.p, tt.indexed)
			if r.NotArticles != tt.notArticles || r.Idle != tt.idle || r.Reconciled != tt.reconciled || r.Indexed != tt.indexed {
				t.Errorf("New = %+v, want not_articles %d, idle %v, reconciled %v", r, tt.notArticles, tt.idle, tt.reconciled)
			}
			if v := r.Verdict(); !strings.HasPrefix(v, tt.verdict) {
				t.Errorf("Verdict = %q, want prefix %q", v, tt.verdict)
			}
			var b strings.Builder
			if err := r.WriteText(&b); err != nil {
				t.Fatal(err)
			}
			if lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n"); len(lines) != 4 || lines[3] != r.Verdict() {
				t.Errorf("WriteText:\n%s", b.String())
			}
		})
	}
}

// An index that cannot be counted leaves the streams' counts and a
// verdict that says why the counts cannot reconcile.
func TestUnknownIndex(t *testing.T) {
	r := Unknown(pipeline.Progress{PagesPublished: 5, ArticlesPublished: 5}, errors.New("open index: in use by another process"))
	if r.Reconciled || r.PagesPublished != 5 || r.IndexError == "" {
		t.Errorf("Unknown = %+v", r)
	}
	var b strings.Builder
	if err := r.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"pages     published 5", "index     indexed ?,", "reconcile unknown: the index could not be read: open index: in use by another process"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("WriteText lacks %q:\n%s", want, b.String())
		}
	}
	j, _ := json.Marshal(r)
	if !strings.Contains(string(j), `"index_error":"open index: in use by another process"`) {
		t.Errorf("JSON %s lacks index_error", j)
	}
	// A script reading "indexed" alone must not take an unknown count for
	// an empty index.
	if !strings.Contains(string(j), `"indexed":null`) || !strings.Contains(string(j), `"pages_published":5`) {
		t.Errorf("JSON %s: want indexed null beside the streams' counts", j)
	}
	var back Report
	if err := json.Unmarshal(j, &back); err != nil || back.PagesPublished != 5 || back.IndexError == "" {
		t.Errorf("JSON does not read back: %v %+v", err, back)
	}
}

// The JSON form is byline status --json's, read by scripts: the stream
// counts flat beside the reconciliation.
func TestReportJSON(t *testing.T) {
	b, err := json.Marshal(New(pipeline.Progress{PagesPublished: 3, ArticlesPublished: 2}, 2))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]any{"pages_published": 3.0, "articles_published": 2.0, "not_articles": 1.0, "indexed": 2.0, "idle": true, "reconciled": true, "dead_letters": 0.0} {
		if m[k] != want {
			t.Errorf("%s = %v, want %v (%s)", k, m[k], want, b)
		}
	}
}

// Read given no index and no reason (a caller with nothing to count)
// still reports the streams as not reconciled, instead of panicking on
// the missing reason.
func TestUnknownWithoutReason(t *testing.T) {
	r := Unknown(pipeline.Progress{PagesPublished: 2}, nil)
	if r.Reconciled || r.IndexError == "" || r.PagesPublished != 2 {
		t.Errorf("Unknown(p, nil) = %+v", r)
	}
}

// nrtIndex counts like Elasticsearch: a write is counted once a refresh
// made it visible. calls records the requests in order.
type nrtIndex struct {
	written, visible uint64
	refreshErr       error
	calls            []string
}

func (x *nrtIndex) Count(context.Context) (uint64, error) {
	x.calls = append(x.calls, "count")
	return x.visible, nil
}

func (x *nrtIndex) Refresh(context.Context) error {
	x.calls = append(x.calls, "refresh")
	if x.refreshErr != nil {
		return x.refreshErr
	}
	x.visible = x.written
	return nil
}

// plainIndex has no refresh (Bleve): counted as it is.
type plainIndex struct{ n uint64 }

func (x plainIndex) Count(context.Context) (uint64, error) { return x.n, nil }

// An idle pipeline is reconciled against a refreshed count: the last
// article written but not yet refreshed on the copy that answers must not
// read as missing (TestCluster once saw status say 300 indexed, then 299).
// A busy pipeline is counted without a refresh; an index without Refresh
// is counted as it is; a failed refresh leaves the count and says why.
func TestReconcileRefreshesAnIdlePipeline(t *testing.T) {
	ctx := context.Background()
	idle := pipeline.Progress{PagesPublished: 300, ArticlesPublished: 300}
	busy := pipeline.Progress{PagesPublished: 300, ArticlesPublished: 300, IndexAckPending: 1}

	x := &nrtIndex{written: 300, visible: 299}
	r := reconcile(ctx, idle, x)
	if !r.Reconciled || r.Indexed != 300 || r.RefreshError != "" || strings.Join(x.calls, ",") != "refresh,count" {
		t.Errorf("idle: %+v after %v, want 300 indexed and reconciled after refresh,count", r, x.calls)
	}

	x = &nrtIndex{written: 300, visible: 299}
	r = reconcile(ctx, busy, x)
	if r.Reconciled || r.Indexed != 299 || strings.Join(x.calls, ",") != "count" {
		t.Errorf("busy: %+v after %v, want the count as it is, no refresh", r, x.calls)
	}

	if r := reconcile(ctx, idle, plainIndex{300}); !r.Reconciled || r.Indexed != 300 {
		t.Errorf("index without Refresh: %+v", r)
	}

	x = &nrtIndex{written: 300, visible: 299, refreshErr: errors.New("403 security_exception")}
	r = reconcile(ctx, idle, x)
	if r.Reconciled || r.Indexed != 299 || r.IndexError != "" || r.RefreshError != "403 security_exception" {
		t.Errorf("refresh refused: %+v, want the count as it is and the refresh error", r)
	}
	if v := r.Verdict(); !strings.HasPrefix(v, "reconcile differs") || !strings.Contains(v, "could not be refreshed") || !strings.Contains(v, "403 security_exception") {
		t.Errorf("refresh refused: verdict %q, want it to say the count may trail", v)
	}
	if j, _ := json.Marshal(r); !strings.Contains(string(j), `"refresh_error":"403 security_exception"`) {
		t.Errorf("refresh refused: JSON %s lacks refresh_error", j)
	}
}
