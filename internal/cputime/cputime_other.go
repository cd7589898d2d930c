//go:build !unix

package cputime

import "time"

// Process is not measured on this platform: it returns 0, and Report then
// reports nothing.
func Process() time.Duration { return 0 }
