package extract

import (
	"fmt"
	"testing"
)

// BenchmarkExtractBig extracts one synthetic page per op of each shape
// (bigPage) at 1, 4, 8 and 16 MiB and reports the peak heap above the
// heap before the call (peak-MiB, sampled; GOGC as set) and the peak per
// byte of page (peak-B/B).
func BenchmarkExtractBig(b *testing.B) {
	for _, shape := range bigShapes {
		for _, mib := range []int{1, 4, 8, 16} {
			b.Run(fmt.Sprintf("shape=%s/MiB=%d", shape, mib), func(b *testing.B) {
				page := bigPage(shape, mib<<20)
				b.ReportAllocs()
				b.SetBytes(int64(len(page)))
				var peak uint64
				for b.Loop() {
					h := startHeapSampler()
					_, err := Extract(Input{HTML: page, URL: "https://news.example/a"}, Options{})
					peak = max(peak, h.Stop())
					if err != nil {
						b.Logf("%s %d MiB: %v", shape, mib, err)
					}
				}
				b.ReportMetric(float64(peak)/(1<<20), "peak-MiB")
				b.ReportMetric(float64(peak)/float64(len(page)), "peak-B/B")
			})
		}
	}
}

// BenchmarkEstimateMemory times EstimateMemory on the aeb pages (round
// robin), the cost the extract worker adds to every page before Extract.
func BenchmarkEstimateMemory(b *testing.B) {
	pages := loadAEBPages(b)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		EstimateMemory(pages[i%len(pages)], Options{})
		i++
	}
}
