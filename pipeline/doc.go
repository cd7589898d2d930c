// Package pipeline moves pages and articles between Byline's stages over NATS
// JetStream.
//
// Three streams carry the work (see Config for names and limits):
//
//	PAGES       byline.pages.<host>        work queue: one extract worker takes each page
//	ARTICLES    byline.articles.<site>     limits: kept for MaxAge so subscribers can replay
//	DEADLETTER  byline.deadletter.<stage>  failed messages with the failure reason
//
// A Publisher (a crawler.Sink) puts fetched pages on PAGES. An ExtractWorker
// consumes PAGES with a durable pull consumer, runs an injected ExtractFunc
// and publishes each article to ARTICLES. An IndexWorker consumes ARTICLES
// with its own durable consumer and writes through an ArticleWriter; it acks
// a message only once the write is durable. Messages that keep failing are
// copied to DEADLETTER with the reason in headers and then terminated, so
// they stop blocking the rest.
//
// The package never imports the crawler, the extractor or an index backend:
// cmd/byline injects them. The embedded NATS server lives in pipeline/bus.
package pipeline
