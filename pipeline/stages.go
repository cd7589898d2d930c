package pipeline

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// stages runs long-running stages together and stops them step by step, in
// the order the steps were added: a step is cancelled after the one before
// it returned, and all its stages at once. The whole stop shares one
// shutdown budget: a step that is still running at its settle mark is
// given up on (named in the error), and the later steps are cancelled with
// the drain deadline already passed, so they stop at once.
type stages struct {
	sd      *shutdown
	names   []string
	steps   []int // the step of each stage
	runs    []func(context.Context) error
	cancels []context.CancelFunc
	dones   []chan struct{}
	mu      sync.Mutex
	errs    []error
	stopErr error
	stopped chan struct{}
	failed  chan struct{}
	once    sync.Once
}

// add adds a stage as a step of its own.
func (s *stages) add(name string, f func(context.Context) error) {
	step := 0
	if n := len(s.steps); n > 0 {
		step = s.steps[n-1] + 1
	}
	s.names = append(s.names, name)
	s.steps = append(s.steps, step)
	s.runs = append(s.runs, f)
}

// join adds a stage to the last step: it is stopped together with it.
func (s *stages) join(name string, f func(context.Context) error) {
	s.add(name, f)
	if n := len(s.steps); n > 1 {
		s.steps[n-1] = s.steps[n-2]
	}
}

// start starts every stage.
func (s *stages) start() {
	s.stopped = make(chan struct{})
	s.failed = make(chan struct{}, len(s.runs))
	s.errs = make([]error, len(s.runs))
	for i, f := range s.runs {
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		s.cancels = append(s.cancels, cancel)
		s.dones = append(s.dones, done)
		go func() {
			defer close(done)
			if err := f(ctx); err != nil {
				s.mu.Lock()
				s.errs[i] = fmt.Errorf("%s: %w", s.names[i], err)
				s.mu.Unlock()
				s.failed <- struct{}{}
			}
		}()
	}
}

// wait returns after stop (or after a stage failed, e.g. its consumer is
// missing, which stops the rest): the stages' errors and the stop's.
func (s *stages) wait() error {
	select {
	case <-s.stopped:
	case <-s.failed:
	}
	err := s.stop()
	s.mu.Lock()
	defer s.mu.Unlock()
	return errors.Join(append(slices.Clone(s.errs), err)...)
}

// stop begins the shutdown budget and cancels the steps in order, waiting
// for each until the budget's settle mark; then it cancels what is left and
// waits until the give-up mark. It returns an error naming the stages
// still running then (what they hold is redelivered).
func (s *stages) stop() error {
	s.once.Do(func() {
		s.sd.begin()
		close(s.stopped)
		settle := s.sd.settleContext()
		for i := 0; i < len(s.cancels) && settle.Err() == nil; {
			j := i
			for ; j < len(s.cancels) && s.steps[j] == s.steps[i]; j++ {
				s.cancels[j]()
			}
			for k := i; k < j; k++ {
				select {
				case <-s.dones[k]:
				case <-settle.Done():
				}
			}
			i = j
		}
		giveUp := s.sd.giveUpContext()
		var late []string
		for _, cancel := range s.cancels {
			cancel()
		}
		for k := range s.cancels {
			select {
			case <-s.dones[k]:
			case <-giveUp.Done():
				if !isClosed(s.dones[k]) {
					late = append(late, s.names[k])
				}
			}
		}
		if len(late) > 0 {
			s.stopErr = fmt.Errorf("pipeline: stop: %w after %s: %s still running (their unacked messages are redelivered)",
				ErrShutdownTimeout, s.sd.timeout, strings.Join(late, ", "))
		}
	})
	return s.stopErr
}

// ErrShutdownTimeout is returned (wrapped) by Run when a stage was still
// stopping when the shutdown budget (Options.ShutdownTimeout) ran out.
var ErrShutdownTimeout = errors.New("shutdown timeout reached")
