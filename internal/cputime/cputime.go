// Package cputime measures the CPU time a process has used, for
// benchmarks that report CPU per operation: wall time is skewed on a
// shared, loaded machine.
package cputime

import (
	"testing"
	"time"
)

// Report adds the process CPU time per operation since start (a value of
// Process) to b as the "cpu-ns/op" metric. Single-threaded work is best
// measured so: the figure is the work done.
func Report(b *testing.B, start time.Duration) {
	if start == 0 || b.N == 0 {
		return
	}
	b.ReportMetric(float64(Process()-start)/float64(b.N), "cpu-ns/op")
}
