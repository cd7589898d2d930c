//go:build unix

package quotes

import (
	"syscall"
	"time"
)

// processCPU returns the user+system CPU time of this process, so that the
// benchmark can report CPU time per page, which stays meaningful on a loaded
// machine where wall-clock ns/op does not.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
