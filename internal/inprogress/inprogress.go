// Package inprogress keeps a JetStream message from being redelivered while
// slow work on it goes on: it tells the server the message is in progress
// every third of the consumer's ack wait until stopped. The pipeline's
// workers and the subscriber kit (package subscribe) use it.
package inprogress

import (
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// Keep sends InProgress for msg every ackWait/3 (at least every 10 ms)
// until stop is called; stop may be called more than once. With now it
// also sends one at once, for waits that restart often.
func Keep(msg jetstream.Msg, ackWait time.Duration, now bool) (stop func()) {
	if now {
		_ = msg.InProgress()
	}
	every := max(ackWait/3, 10*time.Millisecond)
	quit := make(chan struct{})
	var once sync.Once
	go func() {
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-quit:
				return
			case <-t.C:
				_ = msg.InProgress()
			}
		}
	}()
	return func() { once.Do(func() { close(quit) }) }
}
