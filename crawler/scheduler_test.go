package crawler

import (
	"context"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestSchedulerSkipsOverlappingRuns runs a job every second whose runs
// take longer than that: the scheduler must skip, never overlap.
func TestSchedulerSkipsOverlappingRuns(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for the cron clock (about 3s)")
	}
	s := newNewsSite(t)
	var inFlight, maxInFlight atomic.Int32
	s.set("/", &testPage{handler: func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for {
			m := maxInFlight.Load()
			if n <= m || maxInFlight.CompareAndSwap(m, n) {
				break
			}
		}
		select {
		case <-time.After(1500 * time.Millisecond):
		case <-r.Context().Done():
		}
		w.Header().Set("Content-Type", "text/html")
		_, _ = w.Write([]byte(listingHTML("Home", "")))
	}})
	cfg := testConfig(t, "sched", s.URL("/"))
	cfg.Schedule = "@every 1s"
	cfg.RespectRobots = false
	unscheduled := testConfig(t, "manual", s.URL("/"))
	sched, err := NewScheduler([]Config{cfg, unscheduled}, &MemorySink{}, WithLogger(testLogger(t)), WithClassifier(testClassify))
	if err != nil {
		t.Fatal(err)
	}
	if got := sched.Jobs(); len(got) != 1 || got[0] != "sched" {
		t.Fatalf("Jobs() = %v, want [sched]", got)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3500*time.Millisecond)
	defer cancel()
	if err := sched.Run(ctx); err != nil {
		t.Fatal(err)
	}
	j := sched.jobs[0]
	if j.runs.Load() < 1 || j.skipped.Load() < 1 {
		t.Errorf("runs = %d, skipped = %d; want both >= 1", j.runs.Load(), j.skipped.Load())
	}
	if m := maxInFlight.Load(); m != 1 {
		t.Errorf("%d runs overlapped", m)
	}
}

func TestNewSchedulerErrors(t *testing.T) {
	cfg := testConfig(t, "x", "https://a.example/")
	if _, err := NewScheduler([]Config{cfg}, &MemorySink{}); err == nil {
		t.Error("no error for jobs without schedules")
	}
	cfg.Schedule = "61 * * * *"
	if _, err := NewScheduler([]Config{cfg}, &MemorySink{}); err == nil {
		t.Error("no error for a bad schedule")
	}
}

// TestSchedulerRunWaitsForRunNow: Run returns only after the runs RunNow
// started have finished, so the caller can close the sink safely.
func TestSchedulerRunWaitsForRunNow(t *testing.T) {
	s := newNewsSite(t)
	hit := make(chan struct{}, 1)
	s.set("/", &testPage{handler: func(w http.ResponseWriter, r *http.Request) {
		select {
		case hit <- struct{}{}:
		default:
		}
		<-r.Context().Done()
	}})
	cfg := testConfig(t, "now", s.URL("/"))
	cfg.Schedule = "@yearly"
	cfg.RespectRobots = false
	cfg.Retries = 0
	var finished atomic.Bool
	sched, err := NewScheduler([]Config{cfg}, &MemorySink{}, WithLogger(testLogger(t)), WithClassifier(testClassify),
		WithOnFinish(func(Summary, error) {
			time.Sleep(50 * time.Millisecond) // a run that takes a moment to wind down
			finished.Store(true)
		}))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- sched.Run(ctx) }()
	<-sched.Started()
	sched.RunNow()
	<-hit // the RunNow crawl is fetching
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if !finished.Load() {
		t.Error("Run returned while a RunNow crawl was still going")
	}
}

// TestScheduleValidation: a schedule the cron library accepts but would not
// keep as written (a period below a second or with a fraction of one, a date
// that never comes) is an error naming the job, from Validate (config
// check, every command) and from NewScheduler.
func TestScheduleValidation(t *testing.T) {
	tests := []struct {
		schedule string
		want     string // "" means valid
	}{
		{"*/10 * * * *", ""},
		{"@hourly", ""},
		{"@every 90s", ""},
		{"@every 1h30m", ""},
		{"CRON_TZ=Europe/Berlin 30 2 * * *", ""},
		{"0 0 29 2 *", ""}, // leap days come
		{"61 * * * *", "above maximum"},
		{"CRON_TZ=Nowhere/Land 1 * * * *", "unknown time zone"},
		{"CRON_TZ=Europe/Berlin", "no schedule"},
		{"TZ=UTC", "no schedule"},
		{"@every 0s", "at least 1s"},
		{"@every -5m", "at least 1s"},
		{"@every 500ms", "at least 1s"},
		{"@every 1500ms", "whole number of seconds"},
		{"0 0 30 2 *", "never run"},
		{"0 0 31 4 *", "never run"},
	}
	for _, tt := range tests {
		t.Run(tt.schedule, func(t *testing.T) {
			cfg := testConfig(t, "news", "https://a.example/")
			cfg.Schedule = tt.schedule
			verr := cfg.Validate()
			_, serr := NewScheduler([]Config{cfg}, &MemorySink{})
			for _, err := range []error{verr, serr} {
				switch {
				case tt.want == "" && err != nil:
					t.Errorf("error %v, want none", err)
				case tt.want != "" && err == nil:
					t.Errorf("no error, want %q", tt.want)
				case tt.want != "" && (!strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "news")):
					t.Errorf("error %v, want it to name the job and contain %q", err, tt.want)
				}
			}
		})
	}
}

// TestSchedulerJobsSharePoliteness: the scheduled jobs of one scheduler
// keep one per-host politeness, the given one if any.
func TestSchedulerJobsSharePoliteness(t *testing.T) {
	a, b := testConfig(t, "a", "https://a.example/"), testConfig(t, "b", "https://a.example/x")
	a.Schedule, b.Schedule = "@hourly", "@hourly"
	given := NewPoliteness()
	for _, tt := range []struct {
		name string
		opts []Option
		want *Politeness
	}{{"default", nil, nil}, {"given", []Option{WithPoliteness(given)}, given}} {
		s, err := NewScheduler([]Config{a, b}, &MemorySink{}, tt.opts...)
		if err != nil {
			t.Fatal(err)
		}
		p0, p1 := s.jobs[0].crawler.polite, s.jobs[1].crawler.polite
		if p0 == nil || p0 != p1 || tt.want != nil && p0 != tt.want {
			t.Errorf("%s: jobs' politeness %p and %p, want one shared (%p if given)", tt.name, p0, p1, tt.want)
		}
	}
}
