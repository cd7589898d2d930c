package pipeline

import (
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
)

// TestHistogramBucketsCoverTheRange: a latency the pipeline really sees
// lands in a finite bucket no more than 3x its value, so
// histogram_quantile reports it rather than the top bound. Fetch ->
// indexed runs from a fraction of a second to hours (an index outage the
// index worker waits out); an extraction can take up to its 1-minute
// timeout.
func TestHistogramBucketsCoverTheRange(t *testing.T) {
	m, err := NewMetrics(nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		h       prometheus.Histogram
		seconds float64
	}{
		{"fetch_to_indexed quiet", m.IndexLatency, 0.2},
		{"fetch_to_indexed backlog", m.IndexLatency, 90},
		{"fetch_to_indexed 10 min", m.IndexLatency, 600},
		{"fetch_to_indexed 1 h outage", m.IndexLatency, 3600},
		{"fetch_to_indexed 5 h outage", m.IndexLatency, 5 * 3600},
		{"extract fast", m.ExtractDuration, 0.002},
		{"extract slow page", m.ExtractDuration, 30},
		{"extract at the timeout", m.ExtractDuration, 60},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var d dto.Metric
			if err := tc.h.Write(&d); err != nil {
				t.Fatal(err)
			}
			var bound float64
			for _, b := range d.GetHistogram().GetBucket() {
				if b.GetUpperBound() >= tc.seconds {
					bound = b.GetUpperBound()
					break
				}
			}
			if bound == 0 {
				t.Fatalf("%g s falls into +Inf only", tc.seconds)
			}
			if bound > 3*tc.seconds {
				t.Fatalf("%g s lands in the bucket up to %g s: too coarse", tc.seconds, bound)
			}
		})
	}
}
