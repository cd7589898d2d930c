// Package status reconciles the pipeline's counts: what the crawlers
// published on PAGES, what the extract workers made of it (articles on
// ARTICLES, pages that held no article, dead letters), and what the index
// holds. The counts come from the NATS servers (stream and consumer state)
// and the index itself, never from a worker's memory, so they hold across
// worker restarts, lost nodes and any number of machines; `byline status`
// prints them and the cluster test checks them.
//
// The package reads the index through a one-method interface, so it knows
// neither Bleve nor Elasticsearch.
package status

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/byline/byline/pipeline"
)

// Counter counts the articles in an index (index.Index satisfies it).
type Counter interface {
	Count(ctx context.Context) (uint64, error)
}

// Refresher is a Counter whose count sees a write only once the index has
// refreshed: Elasticsearch (*esindex.Index), where each copy of a shard
// refreshes on its own schedule and a count reads one copy, so two counts
// a moment apart can differ with nothing lost. Read refreshes such an
// index before it counts an idle pipeline.
type Refresher interface {
	Refresh(ctx context.Context) error
}

// Report is the pipeline's state and whether it reconciles. Its JSON form
// is what `byline status --json` prints.
type Report struct {
	pipeline.Progress
	// NotArticles are pages that left PAGES without an article or a dead
	// letter (see pipeline.Progress.NotArticles).
	NotArticles uint64 `json:"not_articles"`
	// Indexed is the index's document count.
	Indexed uint64 `json:"indexed"`
	// Idle is true when nothing is queued or in flight.
	Idle bool `json:"idle"`
	// Reconciled is true when the pipeline is idle and every article
	// message is in the index or dead-lettered.
	Reconciled bool `json:"reconciled"`
	// IndexError says why the index could not be counted (Elasticsearch
	// down, the embedded index held by a running byline run); Indexed is
	// then 0 and the counts cannot reconcile, while the streams' counts
	// stand.
	IndexError string `json:"index_error,omitempty"`
	// RefreshError says why the index could not be refreshed before it
	// was counted (credentials without the maintenance privilege):
	// Indexed may then trail the last second's writes.
	RefreshError string `json:"refresh_error,omitempty"`
}

// New reconciles a Progress read from the servers with the index's count.
func New(p pipeline.Progress, indexed uint64) Report {
	r := Report{Progress: p, NotArticles: p.NotArticles(), Indexed: indexed, Idle: p.Idle()}
	r.Reconciled = r.Idle && r.Indexed+r.DeadIndex == r.ArticlesPublished
	return r
}

// Unknown is the report of the streams when the index cannot be counted
// (err says why; nil: no index was given): it does not reconcile.
func Unknown(p pipeline.Progress, err error) Report {
	if err == nil {
		err = errNoIndex
	}
	r := New(p, 0)
	r.Reconciled, r.IndexError = false, err.Error()
	return r
}

// errNoIndex is Unknown's reason when it was given none.
var errNoIndex = errors.New("no index to count")

// Read reads the streams and consumers named by cfg, then the index (in
// that order, so an article indexed in between is not missing from the
// index's count), and reconciles them. An index that cannot be counted
// (ix nil with ixErr, or a failing Count) still gives the streams' counts,
// in a report that says why it does not reconcile (Unknown); an error is
// returned only when the streams cannot be read.
func Read(ctx context.Context, js jetstream.JetStream, cfg pipeline.Config, ix Counter, ixErr error) (Report, error) {
	p, err := pipeline.Status(ctx, js, cfg)
	if err != nil {
		return Report{}, fmt.Errorf("status: %w", err)
	}
	if ix == nil {
		return Unknown(p, ixErr), nil
	}
	return reconcile(ctx, p, ix), nil
}

// reconcile counts ix and reconciles the count with p. When p is idle and
// ix is a Refresher, it refreshes ix first, so the count holds every
// write acknowledged before (p was read first: every article message was
// acknowledged, so its write was). Without the refresh, status could say
// "reconcile ok" from a copy that had refreshed and, a moment later, 299
// of 300 "missing" from one that had not, as a CI run of TestCluster did.
// A busy pipeline is not refreshed: its verdict is "pending" whatever the
// count, and a refresh on every poll would make Elasticsearch cut a small
// segment on every copy each time. A failed refresh leaves the count as
// it is, with the reason in RefreshError.
func reconcile(ctx context.Context, p pipeline.Progress, ix Counter) Report {
	var rerr error
	if rf, ok := ix.(Refresher); ok && p.Idle() {
		rerr = rf.Refresh(ctx)
	}
	n, err := ix.Count(ctx)
	if err != nil {
		return Unknown(p, fmt.Errorf("count the index: %w", err))
	}
	r := New(p, n)
	if rerr != nil {
		r.RefreshError = rerr.Error()
	}
	return r
}

// Verdict says in one line whether the counts reconcile and, if not, why.
func (r Report) Verdict() string {
	switch {
	case r.IndexError != "":
		return "reconcile unknown: the index could not be read: " + r.IndexError
	case r.Reconciled:
		return fmt.Sprintf("reconcile ok: %d published = %d articles + %d not articles + %d dead-lettered; %d articles = %d indexed + %d dead-lettered",
			r.PagesPublished, r.ArticlesPublished, r.NotArticles, r.DeadExtract, r.ArticlesPublished, r.Indexed, r.DeadIndex)
	case !r.Idle:
		return "reconcile pending: work is still queued or in flight"
	case r.Indexed+r.DeadIndex < r.ArticlesPublished:
		v := fmt.Sprintf("reconcile differs: %d article messages, %d indexed + %d dead-lettered (revisions replace their article in the index; anything else is missing)",
			r.ArticlesPublished, r.Indexed, r.DeadIndex)
		if r.RefreshError != "" {
			v += "; the index could not be refreshed, so the count may miss the last seconds' writes: " + r.RefreshError
		}
		return v
	default:
		return fmt.Sprintf("reconcile differs: the index holds %d articles, more than the %d article messages minus %d dead-lettered (an index shared with another pipeline?)",
			r.Indexed, r.ArticlesPublished, r.DeadIndex)
	}
}

// WriteText prints the report for people: one line per stage, then the
// verdict.
func (r Report) WriteText(w io.Writer) error {
	_, err := fmt.Fprintf(w, "pages     published %d, queued %d (extract: %d waiting, %d in flight)\n"+
		"extract   articles %d, not articles %d, dead-lettered %d\n"+
		"index     indexed %s, dead-lettered %d (index: %d waiting, %d in flight)\n"+
		"%s\n",
		r.PagesPublished, r.PagesQueued, r.ExtractPending, r.ExtractAckPending,
		r.ArticlesPublished, r.NotArticles, r.DeadExtract,
		r.indexed(), r.DeadIndex, r.IndexPending, r.IndexAckPending,
		r.Verdict())
	return err
}

// MarshalJSON is the report's JSON form (byline status --json): "indexed"
// is null when the index could not be counted (IndexError), rather than a
// count of 0 that a script reading it alone would take for an empty index.
func (r Report) MarshalJSON() ([]byte, error) {
	type plain Report // without this method
	b, err := json.Marshal(plain(r))
	if err != nil || r.IndexError == "" {
		return b, err
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, err
	}
	m["indexed"] = json.RawMessage("null")
	return json.Marshal(m)
}

// indexed is the index's count for people: "?" when it is unknown.
func (r Report) indexed() string {
	if r.IndexError != "" {
		return "?"
	}
	return fmt.Sprint(r.Indexed)
}
