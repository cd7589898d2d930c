package pipeline_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/byline/byline/article"
	"github.com/byline/byline/pipeline"
	"github.com/byline/byline/pipeline/bus"
)

// subscribe is the downstream subscriber shown in the README: it replays the
// last day of articles from one site, then follows new ones, with a durable
// consumer so a restart resumes where it stopped. It needs only nats.go and
// the article package (pipeline.DecodeArticle also handles the rare zstd
// body; plain JSON is the norm).
func subscribe(ctx context.Context, url string, handle func(*article.Article)) error {
	nc, err := nats.Connect(url)
	if err != nil {
		return err
	}
	defer nc.Close()
	js, _ := jetstream.New(nc)
	cons, err := js.CreateOrUpdateConsumer(ctx, "ARTICLES", jetstream.ConsumerConfig{
		Durable:       "my-service",
		FilterSubject: "byline.articles.example_com",
		DeliverPolicy: jetstream.DeliverByStartTimePolicy,
		OptStartTime:  ptr(time.Now().Add(-24 * time.Hour)),
	})
	if err != nil {
		return err
	}
	cc, err := cons.Consume(func(m jetstream.Msg) {
		var a article.Article
		if err := json.Unmarshal(m.Data(), &a); err != nil {
			m.Term() // not an article: never redeliver
			return
		}
		handle(&a)
		m.Ack()
	})
	if err != nil {
		return err
	}
	defer cc.Drain()
	<-ctx.Done()
	return nil
}

func ptr[T any](v T) *T { return &v }

// Example_subscriber publishes one article the way the extract worker does
// and receives it with the README's subscriber.
func Example_subscriber() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	srv, err := bus.Start(ctx, bus.ServerConfig{Listen: "127.0.0.1:0", Memory: true})
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Shutdown()
	nc, _ := nats.Connect(srv.ClientURL())
	defer nc.Close()
	js, _ := jetstream.New(nc)
	if err := pipeline.Setup(ctx, js, pipeline.Config{Storage: "memory"}); err != nil {
		log.Fatal(err)
	}
	a := article.Article{ID: article.IDFor("https://www.example.com/a"), URL: "https://www.example.com/a", Headline: "Harbour plan approved"}
	a.Normalize()
	data, _ := json.Marshal(a)
	if _, err := js.Publish(ctx, pipeline.ArticleSubject(pipeline.SiteOf(a.URL)), data); err != nil {
		log.Fatal(err)
	}

	sctx, stop := context.WithCancel(ctx)
	err = subscribe(sctx, srv.ClientURL(), func(a *article.Article) {
		fmt.Println(a.Headline, a.URL)
		stop()
	})
	if err != nil {
		log.Fatal(err)
	}
	// Output: Harbour plan approved https://www.example.com/a
}
