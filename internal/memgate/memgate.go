// Package memgate admits work by the memory it is estimated to need, so
// that what runs at once stays within a budget: a task waits (in arrival
// order) until its estimate fits beside the others, and a task whose
// estimate is over the whole budget is refused at once with an error
// that says both numbers. The extract worker and `byline extract -j`
// admit pages by extract.EstimateMemory through one Gate per process,
// with a budget derived from GOMEMLIMIT (DefaultBudget).
package memgate

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"math"
	"os"
	"runtime/debug"
	"strconv"
	"strings"

	"golang.org/x/sync/semaphore"
)

// BudgetShare is the part of the process's memory limit that DefaultBudget
// gives to admitted work: the rest is the process's own heap (connections,
// buffers, the messages it holds) and the collector's headroom, which
// GOMEMLIMIT needs to avoid running the collector without pause.
const BudgetShare = 0.7

// fallbackLimit is the memory limit assumed when neither GOMEMLIMIT, a
// cgroup limit nor /proc/meminfo says one.
const fallbackLimit = 4 << 30

// Gate admits tasks by weight (bytes) within a budget.
type Gate struct {
	sem    *semaphore.Weighted
	budget int64
}

// New returns a gate admitting at most budget bytes at once (at least 1).
func New(budget int64) *Gate {
	budget = max(budget, 1)
	return &Gate{sem: semaphore.NewWeighted(budget), budget: budget}
}

// Budget returns the gate's budget in bytes.
func (g *Gate) Budget() int64 { return g.budget }

// OverBudgetError is returned by Acquire for a task whose estimate is over
// the whole budget: it could not run even alone.
type OverBudgetError struct {
	Need, Budget int64 // bytes
}

// Error implements error.
func (e *OverBudgetError) Error() string {
	return fmt.Sprintf("needs an estimated %s of memory, over the budget of %s (%.0f%% of the memory limit; raise GOMEMLIMIT or the container's limit)",
		Bytes(e.Need), Bytes(e.Budget), BudgetShare*100)
}

// Acquire waits until need bytes fit in the budget beside what is admitted
// and returns the function that gives them back (call it once, when the
// task's memory is free again). It returns an *OverBudgetError at once
// when need is over the budget, and ctx's error if ctx ends first.
func (g *Gate) Acquire(ctx context.Context, need int64) (release func(), err error) {
	need = max(need, 1)
	if need > g.budget {
		return nil, &OverBudgetError{Need: need, Budget: g.budget}
	}
	if err := g.sem.Acquire(ctx, need); err != nil {
		return nil, fmt.Errorf("wait for %s of memory: %w", Bytes(need), err)
	}
	return func() { g.sem.Release(need) }, nil
}

// DefaultBudget returns BudgetShare of the process's memory limit and
// where the limit came from: GOMEMLIMIT (debug.SetMemoryLimit), else the
// cgroup's memory.max, else the machine's memory, else 4 GiB.
func DefaultBudget() (budget int64, source string) {
	limit, source := memoryLimit()
	return int64(float64(limit) * BudgetShare), source
}

// memoryLimit returns the memory limit that applies to the process.
func memoryLimit() (int64, string) {
	if l := debug.SetMemoryLimit(-1); l > 0 && l < math.MaxInt64 {
		return l, "GOMEMLIMIT"
	}
	if b, err := os.ReadFile("/sys/fs/cgroup/memory.max"); err == nil {
		if l, err := strconv.ParseInt(string(bytes.TrimSpace(b)), 10, 64); err == nil && l > 0 {
			return l, "cgroup memory.max"
		}
	}
	if l := memTotal(); l > 0 {
		return l, "MemTotal"
	}
	return fallbackLimit, "default"
}

// memTotal reads MemTotal from /proc/meminfo, or 0.
func memTotal() int64 {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		rest, ok := strings.CutPrefix(sc.Text(), "MemTotal:")
		if !ok {
			continue
		}
		kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
		if err != nil {
			return 0
		}
		return kb << 10
	}
	return 0
}

// Bytes formats n bytes for people: "850 KiB", "12.5 MiB", "1.2 GiB".
func Bytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d B", n)
}
