//go:build unix

package cluster_test

import (
	"syscall"
	"time"
)

// processCPU is the process's user plus system CPU time (rusage).
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
