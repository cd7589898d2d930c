package subscribe_test

import (
	"context"
	"fmt"
	"log"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/byline/byline/article"
	"github.com/byline/byline/pipeline"
	"github.com/byline/byline/pipeline/bus"
	"github.com/byline/byline/subscribe"
	"github.com/byline/byline/wire"
)

// follow is the README's downstream subscriber: the last day of one site's
// articles, then new ones as they come, with a durable consumer so a
// restart resumes where it stopped. Run returns when ctx is done.
func follow(ctx context.Context, url string, handle func(*article.Article)) error {
	nc, err := nats.Connect(url) // byline run --nats-listen 127.0.0.1:4222
	if err != nil {
		return err
	}
	defer nc.Drain()
	js, err := jetstream.New(nc)
	if err != nil {
		return err
	}
	sub, err := subscribe.New(js, subscribe.Config{
		Durable: "my-service",                    // resume here after a restart
		Sites:   []string{"example.com"},         // byline.articles.example_com
		Since:   time.Now().Add(-24 * time.Hour), // where a new durable starts
	})
	if err != nil {
		return err
	}
	return sub.Run(ctx, func(ctx context.Context, m *subscribe.Message) error {
		handle(m.Article)
		return nil // ack; an error is retried later, subscribe.Reject(err) drops it for good
	})
}

// Example_subscriber publishes two articles the way the extract worker
// does, one small and one kept in the object store, and reads them with
// the README's subscriber.
func Example_subscriber() {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	srv, err := bus.Start(ctx, bus.ServerConfig{Listen: "127.0.0.1:0", Memory: true})
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Shutdown()
	nc, err := nats.Connect(srv.ClientURL())
	if err != nil {
		log.Fatal(err)
	}
	defer nc.Close()
	js, _ := jetstream.New(nc)
	if err := pipeline.Setup(ctx, js, pipeline.Config{Storage: "memory"}); err != nil {
		log.Fatal(err)
	}
	bodies := func(ctx context.Context) (jetstream.ObjectStore, error) {
		return js.ObjectStore(ctx, wire.DefaultArticleBodyBucket)
	}
	for i, body := range []string{"The plan passed.", text(64<<10, true, 1)} {
		a := &article.Article{URL: fmt.Sprintf("https://www.example.com/%d", i), Headline: fmt.Sprint("Harbour plan approved, part ", i+1), Body: body}
		a.ID = a.DefaultID()
		a.Normalize()
		m, _, err := wire.EncodeArticle(ctx, a, 16<<10, bodies)
		if err != nil {
			log.Fatal(err)
		}
		if _, err := js.PublishMsg(ctx, m); err != nil {
			log.Fatal(err)
		}
	}

	sctx, stop := context.WithCancel(ctx)
	n := 0
	err = follow(sctx, srv.ClientURL(), func(a *article.Article) {
		fmt.Println(a.Headline, a.URL, strings.Count(a.Body, " ") > 1000)
		if n++; n == 2 {
			stop()
		}
	})
	if err != nil {
		log.Fatal(err)
	}
	// Output:
	// Harbour plan approved, part 1 https://www.example.com/0 false
	// Harbour plan approved, part 2 https://www.example.com/1 true
}
