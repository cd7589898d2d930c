package pipeline_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/byline/byline/article"
	"github.com/byline/byline/pipeline"
)

// BenchmarkBus measures the bus alone: publish pages, extract them with a
// stub, write to an in-memory index, on the embedded server with file
// storage. It reports pages/s through all three stages; the real extractor
// and index are measured by BenchmarkRunOnce in cmd/byline.
func BenchmarkBus(b *testing.B) {
	const n = 2000
	for _, conc := range []int{1, 4} {
		b.Run(fmt.Sprintf("concurrency=%d", conc), func(b *testing.B) {
			b.ReportAllocs()
			var total time.Duration
			runs := 0
			for b.Loop() {
				b.StopTimer()
				_, js := startBus(b, 0)
				cfg := pipeline.Config{}
				cfg.Extract.Concurrency = conc
				cfg.Index.Concurrency = 4 * conc
				setup(b, js, cfg)
				pub, err := pipeline.NewPublisher(js, cfg)
				if err != nil {
					b.Fatal(err)
				}
				idx := newFakeIndex()
				pages := make([]*article.Page, 0, n)
				for i := range n {
					pages = append(pages, testPage("bench.example", i))
				}
				_, iw, stop := runWorkers(b, js, cfg, stubExtract(nil), idx)
				b.StartTimer()
				start := time.Now()
				var wg sync.WaitGroup
				sem := make(chan struct{}, 32)
				for _, p := range pages {
					sem <- struct{}{}
					wg.Go(func() {
						defer func() { <-sem }()
						if err := pub.Put(context.Background(), p); err != nil {
							b.Error(err)
						}
					})
				}
				wg.Wait()
				for iw.Stats().Indexed < n {
					time.Sleep(time.Millisecond)
				}
				total += time.Since(start)
				runs++
				b.StopTimer()
				stop()
				b.StartTimer()
			}
			b.ReportMetric(float64(n*runs)/total.Seconds(), "pages/s")
		})
	}
}
