// Package wire is Byline's message format on NATS JetStream: subject
// names, header names and the encodings of message bodies. The pipeline
// writes it; the consumer kit (package subscribe) and subscribers in other
// languages read it (see the README, "For downstream teams").
//
// An ARTICLES message body is one article.Article as JSON in one of three
// forms, told apart by headers:
//
//	plain   the JSON itself (almost every article)
//	zstd    Content-Encoding: zstd; the body is the zstd-compressed JSON
//	object  Byline-Body-Ref: NAME; the message body is empty and the object
//	        NAME in the article body bucket holds the JSON (zstd-compressed
//	        when Content-Encoding says so). NAME is "article-" plus the hex
//	        SHA-256 of the object's bytes, so a reader can verify it.
//
// The package depends on the article type, nats.go and zstd only, so a
// downstream service can import it without the pipeline's workers.
package wire
