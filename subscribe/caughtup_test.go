package subscribe_test

import (
	"context"
	"testing"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/byline/byline/subscribe"
	"github.com/byline/byline/wire"
)

// TestCaughtUpWithUndecodableKept: a durable with StopWhenCaughtUp returns
// once every article it can read is handled, even when the stream also
// holds an article of a newer schema version. That article is kept for a
// later (upgraded) run, not waited for: it would only come back, still
// undecodable, every UndecodableDelay, and Run would never return.
func TestCaughtUpWithUndecodableKept(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	e.publish(t, makeArticle("example.com", 1, "A good story."))
	m := nats.NewMsg(wire.ArticleSubject("example.com"))
	m.Header.Set(wire.HeaderSchemaVersion, "2")
	m.Header.Set(wire.HeaderMsgID, "future")
	m.Data = []byte(`{"schema_version":2,"id":"x"}`)
	if _, err := e.js.PublishMsg(ctx, m); err != nil {
		t.Fatal(err)
	}
	e.publish(t, makeArticle("example.com", 2, "Another good story."))
	sub, err := subscribe.New(e.js, subscribe.Config{Durable: "svc", StopWhenCaughtUp: true})
	if err != nil {
		t.Fatal(err)
	}
	rctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	var c collector
	if err := sub.Run(rctx, c.handle); err != nil {
		t.Fatal(err)
	}
	if rctx.Err() != nil {
		t.Fatal("Run did not return once caught up: it waits for the undecodable article")
	}
	st := sub.Stats()
	if st.Acked != 2 || st.Undecodable != 1 || st.Rejected != 0 {
		t.Errorf("stats %+v", st)
	}
	if n := e.ackPending(t, "svc"); n != 1 {
		t.Errorf("consumer holds %d unacked, want the undecodable article kept", n)
	}
}
