package main

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"time"

	"github.com/byline/byline/article"
	"github.com/byline/byline/cluster"
	"github.com/byline/byline/eval"
	"github.com/byline/byline/extract"
)

// runEvalClusters builds the labelled clustering set from the corpora in
// opts.Dir, extracts and clusters every page in arrival order, and prints
// pairwise precision and recall for all, tune and check stories.
func runEvalClusters(ctx context.Context, opts *evalOptions) error {
	items, err := eval.BuildClusterSet(opts.Dir)
	if err != nil {
		return fmt.Errorf("eval clusters: %w", err)
	}
	// A fixed fetch time keeps the figures stable (dates resolve against it).
	fetched := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	ex := func(url string, page []byte) (*article.Article, error) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		return extract.Extract(extract.Input{HTML: page, URL: url, FetchedAt: fetched}, extract.Options{NoQuotes: true})
	}
	run, err := eval.RunClusters(items, ex, cluster.DefaultConfig)
	if err != nil {
		return fmt.Errorf("eval clusters: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	halves := eval.Halves
	if opts.Half != "" {
		halves = []string{opts.Half}
	}
	var tables [][]eval.Row
	scores := map[string]eval.ClusterScore{}
	for _, h := range halves {
		s := eval.ScoreClusters(items, run.Cluster, run.Origin, h)
		scores[h] = s
		tables = append(tables, s.Rows())
	}
	followups := 0
	for _, it := range items {
		if it.Kind == "followup" {
			followups++
		}
	}
	title := fmt.Sprintf("clusters: %d aeb stories (the real page and 3 generated copies each), %d follow-up stories reusing some of their paragraphs, %d PolNeAR same-day same-topic pairs",
		eval.ClusterStories, followups, eval.ClusterTopicPairs)
	if len(tables) == 1 {
		eval.WriteTable(opts.Stdout, title, tables[0])
	} else {
		eval.WriteColumns(opts.Stdout, title, halves, tables)
	}
	low, high := run.Margin(items)
	fmt.Fprintf(opts.Stdout, "\ncontainment: lowest with which a copy joined its cluster %.3f; highest between two different stories %.3f; threshold %.2f\n",
		low, high, cluster.DefaultConfig.Threshold)
	if len(run.Failed) > 0 {
		ids := make([]string, 0, len(run.Failed))
		for id := range run.Failed {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		fmt.Fprintf(opts.Stdout, "%d pages gave no article (each counted as a cluster of its own):\n", len(ids))
		for _, id := range ids {
			fmt.Fprintf(opts.Stdout, "  %s: %v\n", id, run.Failed[id])
		}
	}
	if opts.JSON {
		b, err := json.Marshal(scores)
		if err != nil {
			return err
		}
		fmt.Fprintln(opts.Stdout, string(b))
	}
	return nil
}
