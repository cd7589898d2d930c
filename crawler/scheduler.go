package crawler

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/robfig/cron/v3"
)

// cronParser accepts standard 5-field expressions and descriptors such as
// @hourly and @every 10m.
var cronParser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

// parseSchedule parses a job's schedule and refuses what the cron library
// takes silently but never does as written: "@every" below a second, or
// not in whole seconds (it would run every second, or on a rounded
// period), and a date that never comes ("0 0 30 2 *": the job would never
// run, without a word). The schedule it returns runs across DST changes
// as Vixie cron and cronie do (see dstSchedule).
func parseSchedule(expr string) (cron.Schedule, error) {
	if hasZone(expr) && !strings.Contains(expr, " ") {
		return nil, errors.New("a time zone and no schedule after it") // the cron library panics on it
	}
	sched, err := cronParser.Parse(expr)
	if err != nil {
		return nil, err
	}
	if _, ok := sched.(cron.ConstantDelaySchedule); ok {
		_, after, _ := strings.Cut(expr, "@every ")
		d, err := time.ParseDuration(strings.TrimSpace(after))
		if err != nil {
			return nil, err
		}
		if d < time.Second || d%time.Second != 0 {
			return nil, fmt.Errorf("@every %s: want a whole number of seconds, at least 1s", d)
		}
		return sched, nil
	}
	if spec, ok := sched.(*cron.SpecSchedule); ok {
		sched = newDSTSchedule(spec, wallClockJob(expr))
	}
	if sched.Next(time.Now()).IsZero() {
		return nil, errors.New("no such date: the job would never run")
	}
	return sched, nil
}

// Scheduler runs crawl jobs on their cron schedules. A job whose previous
// run is still going when its time comes again is skipped, with a log
// line: a job never runs twice at once.
type Scheduler struct {
	log  *slog.Logger
	jobs []*scheduledJob
	cron *cron.Cron

	mu      sync.Mutex
	runCtx  context.Context // the ctx given to Run; nil when not running
	started chan struct{}   // closed once Run has started
	manual  sync.WaitGroup  // runs started by RunNow, which cron.Stop does not wait for
}

type scheduledJob struct {
	crawler *Crawler
	mu      sync.Mutex // held while a run is going
	skipped atomic.Int64
	runs    atomic.Int64
}

// NewScheduler builds a crawler for each job that has a Schedule; jobs
// without one are ignored. opts apply to every job's crawler. The jobs
// share one Politeness: the one given with WithPoliteness (to share it
// with other crawlers of the process too), else a new one.
func NewScheduler(jobs []Config, sink Sink, opts ...Option) (*Scheduler, error) {
	s := &Scheduler{log: slog.New(slog.DiscardHandler), started: make(chan struct{})}
	probe := &Crawler{log: s.log}
	for _, o := range opts {
		if err := o(probe); err != nil {
			return nil, err
		}
	}
	s.log = probe.log
	if probe.polite == nil {
		opts = append(opts[:len(opts):len(opts)], WithPoliteness(NewPoliteness()))
	}
	s.cron = cron.New(cron.WithParser(cronParser))
	for _, cfg := range jobs {
		if cfg.Schedule == "" {
			s.log.Info("job has no schedule: not scheduled", "job", cfg.Name)
			continue
		}
		c, err := New(cfg, sink, opts...)
		if err != nil {
			return nil, fmt.Errorf("schedule job %s: %w", cfg.Name, err)
		}
		j := &scheduledJob{crawler: c}
		sched, err := parseSchedule(cfg.Schedule)
		if err != nil {
			return nil, fmt.Errorf("schedule job %s: %q: %w", cfg.Name, cfg.Schedule, err)
		}
		s.cron.Schedule(sched, cron.FuncJob(func() { s.fire(j) }))
		s.jobs = append(s.jobs, j)
	}
	if len(s.jobs) == 0 {
		return nil, errors.New("schedule: no job has a schedule")
	}
	return s, nil
}

// fire runs one job now unless it is still running.
func (s *Scheduler) fire(j *scheduledJob) {
	name := j.crawler.cfg.Name
	if !j.mu.TryLock() {
		n := j.skipped.Add(1)
		s.log.Warn("previous run still going: skipping this one", "job", name, "skipped", n)
		return
	}
	defer j.mu.Unlock()
	ctx := s.ctx()
	if ctx.Err() != nil {
		return
	}
	j.runs.Add(1)
	s.log.Info("scheduled run starting", "job", name)
	sum, err := j.crawler.Run(ctx)
	if err != nil && !errors.Is(err, context.Canceled) {
		s.log.Error("scheduled run failed", "job", name, "err", err)
		return
	}
	s.log.Info("scheduled run done", append([]any{"job", name}, sum.LogAttrs()...)...)
}

// ctx returns the context of the current Run, or a cancelled one.
func (s *Scheduler) ctx() context.Context {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.runCtx != nil {
		return s.runCtx
	}
	c, cancel := context.WithCancel(context.Background())
	cancel()
	return c
}

// Jobs returns the names of the scheduled jobs.
func (s *Scheduler) Jobs() []string {
	out := make([]string, len(s.jobs))
	for i, j := range s.jobs {
		out[i] = j.crawler.cfg.Name
	}
	return out
}

// Started is closed once Run has started.
func (s *Scheduler) Started() <-chan struct{} { return s.started }

// RunNow starts every job once now, in the background, with the same
// skip-if-running rule; Run must be going.
func (s *Scheduler) RunNow() {
	for _, j := range s.jobs {
		s.manual.Go(func() { s.fire(j) })
	}
}

// Run starts the schedule and blocks until ctx is cancelled; then it
// cancels running crawls, scheduled or started by RunNow, and waits for
// them to return (so the caller may close the sink).
func (s *Scheduler) Run(ctx context.Context) error {
	s.mu.Lock()
	if s.runCtx != nil {
		s.mu.Unlock()
		return errors.New("schedule: already running")
	}
	s.runCtx = ctx
	select {
	case <-s.started:
	default:
		close(s.started)
	}
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.runCtx = nil
		s.mu.Unlock()
	}()
	for _, j := range s.jobs {
		s.log.Info("job scheduled", "job", j.crawler.cfg.Name, "schedule", j.crawler.cfg.Schedule)
	}
	s.cron.Start()
	<-ctx.Done()
	stopped := s.cron.Stop() // no new runs; running ones see ctx cancelled
	<-stopped.Done()
	s.manual.Wait()
	return nil
}
