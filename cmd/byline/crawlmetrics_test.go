package main

import (
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/byline/byline/crawler"
)

// TestCrawlMetrics: byline run's crawl counters add up every run of a job
// (a scheduled job runs many times in one process) and split the failed
// URLs by error kind, so an operator sees timeouts apart from 404s and
// refused connections.
func TestCrawlMetrics(t *testing.T) {
	m := newCrawlMetrics()
	runs := []crawler.Summary{
		{Job: "harbor", Stats: crawler.Stats{Fetched: 10, New: 4, Unchanged: 5},
			Errors: map[crawler.ErrorKind]int64{crawler.KindTimeout: 2, crawler.KindStatus: 1}},
		{Job: "harbor", Stats: crawler.Stats{Fetched: 3, New: 1, Resent: 2}, // a re-fetch run
			Errors: map[crawler.ErrorKind]int64{crawler.KindStatus: 4, crawler.KindRefused: 1}},
		{Job: "wire", Stats: crawler.Stats{Fetched: 1, New: 1}, Errors: map[crawler.ErrorKind]int64{}},
	}
	for _, s := range runs {
		m.add(s, nil)
	}
	for _, tc := range []struct {
		metric, job, kind string
		want              float64
	}{
		{"pages", "harbor", "fetched", 13},
		{"pages", "harbor", "new", 5},
		{"pages", "harbor", "resent", 2},
		{"pages", "wire", "resent", 0},
		{"pages", "harbor", "errors", 8},
		{"pages", "wire", "errors", 0},
		{"errors", "harbor", string(crawler.KindTimeout), 2},
		{"errors", "harbor", string(crawler.KindStatus), 5},
		{"errors", "harbor", string(crawler.KindRefused), 1},
	} {
		vec := m.pages
		if tc.metric == "errors" {
			vec = m.errors
		}
		if got := testutil.ToFloat64(vec.WithLabelValues(tc.job, tc.kind)); got != tc.want {
			t.Errorf("%s{job=%q,kind=%q} = %g, want %g", tc.metric, tc.job, tc.kind, got, tc.want)
		}
	}
	if d := m.errors.WithLabelValues("x", "y").Desc().String(); !strings.Contains(d, `"byline_crawl_errors_total"`) {
		t.Errorf("errors metric: %s", d)
	}
}
