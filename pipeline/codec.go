package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/cespare/xxhash/v2"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/nats-io/nuid"

	"github.com/byline/byline/article"
	"github.com/byline/byline/wire"
)

// ErrBadMessage is wrapped by errors about messages that can never be
// decoded (missing or corrupt headers, corrupt compression); they are
// dead-lettered at once. It is wire.ErrBadMessage.
var ErrBadMessage = wire.ErrBadMessage

// PageMsgID is the Nats-Msg-Id of a page:
//
//	"page:" + a hash of its body bytes, final URL and content type + ":" +
//	its URL
//
// so a page republished unchanged within the duplicates window is stored
// once, while a page that could extract differently is stored again. It
// covers what the extractor reads but the fetch time: the body's bytes,
// not p.ContentHash (the crawler's hash of the visible text, the title
// and the editorial meta tags, crawler's editorialMeta: description,
// og: and twitter: title and description, keywords, author, tag and
// section; it misses the rest of the head an article takes things from:
// dates, JSON-LD bylines and dates, og:image, the canonical link, the
// language), the final URL (the article's URL) and the content type (its
// charset). A re-fetch run (crawler.Config.Refetch) handing on a page
// byte for byte the same within the window is stored once too: the
// first copy is the one extracted. Nothing but JetStream reads it, and only to
// tell apart the versions of one URL within the window, so the hash is
// xxHash-64 (stable across processes, ten times SHA-256's speed: a
// SHA-256 of every page body was 1.4 % of a run's CPU) rather than a
// cryptographic one.
func PageMsgID(p *article.Page) string {
	d := xxhash.New()
	_, _ = d.Write(p.Body)
	_, _ = d.WriteString("\x00" + p.FinalURL + "\x00" + p.ContentType)
	return "page:" + strconv.FormatUint(d.Sum64(), 16) + ":" + p.URL
}

// pageEncoder turns pages into PAGES messages.
type pageEncoder struct {
	compressAbove int // -1: only bodies larger than maxBody
	maxBody       int // larger bodies go to the object store
	bodies        func(ctx context.Context) (jetstream.ObjectStore, error)
}

// encoded is a PAGES message and, when the body was offloaded, the object
// holding it.
type encoded struct {
	msg        *nats.Msg
	object     string
	compressed bool
}

func (e *pageEncoder) encode(ctx context.Context, p *article.Page) (*encoded, error) {
	meta := *p
	meta.Body = nil
	if meta.ContentHash == "" {
		meta.ContentHash = article.HashContent(p.Body)
	}
	mj, err := json.Marshal(&meta)
	if err != nil {
		return nil, fmt.Errorf("pipeline: encode page %s: %w", p.URL, err)
	}
	m := nats.NewMsg(PageSubject(p.URL))
	m.Header.Set(HeaderSchemaVersion, strconv.Itoa(PageSchemaVersion))
	m.Header.Set(HeaderMsgID, PageMsgID(p))
	m.Header.Set(HeaderURL, p.URL)
	m.Header.Set(HeaderContentHash, meta.ContentHash)
	m.Header.Set(HeaderPage, string(mj))
	out := &encoded{msg: m}
	body := p.Body
	if e.compressAbove >= 0 && len(body) > e.compressAbove || len(body) > e.maxBody {
		if body, err = wire.Compress(body); err != nil {
			return nil, fmt.Errorf("pipeline: compress page %s: %w", p.URL, err)
		}
		m.Header.Set(HeaderContentEncoding, "zstd")
		out.compressed = true
	}
	if len(body) > e.maxBody {
		// Retried like the publish while the server is unreachable: a
		// large page must not fail where a small one would wait. A put
		// again under the same name replaces what a failed one left.
		name := "page-" + nuid.Next()
		if err := retryUnreachable(ctx, func(ctx context.Context) error {
			store, err := e.bodies(ctx)
			if err != nil {
				return err
			}
			_, err = store.PutBytes(ctx, name, body)
			return err
		}); err != nil {
			return nil, fmt.Errorf("pipeline: store body of page %s (%d bytes) as %s: %w", p.URL, len(body), name, err)
		}
		m.Header.Set(HeaderBodyRef, name)
		out.object = name
		body = nil
	}
	m.Data = body
	return out, nil
}

// decodePage reads a PAGES message, fetching an offloaded body from the
// store. It returns the object name to delete after the ack ("" if none).
func decodePage(ctx context.Context, h nats.Header, data []byte, bodies func(context.Context) (jetstream.ObjectStore, error)) (*article.Page, string, error) {
	mj := h.Get(HeaderPage)
	if mj == "" {
		return nil, "", fmt.Errorf("%w: no %s header", ErrBadMessage, HeaderPage)
	}
	var p article.Page
	if err := json.Unmarshal([]byte(mj), &p); err != nil {
		return nil, "", fmt.Errorf("%w: %s header: %v", ErrBadMessage, HeaderPage, err)
	}
	body := data
	ref := h.Get(HeaderBodyRef)
	if ref != "" {
		store, err := bodies(ctx)
		if err != nil {
			return nil, "", fmt.Errorf("pipeline: page %s: %w", p.URL, err)
		}
		if body, err = store.GetBytes(ctx, ref); err != nil {
			if isNotFound(err) {
				return nil, "", fmt.Errorf("%w: page %s: body object %s is gone", ErrBadMessage, p.URL, ref)
			}
			return nil, "", fmt.Errorf("pipeline: fetch body %s of page %s: %w", ref, p.URL, err)
		}
	}
	switch enc := h.Get(HeaderContentEncoding); enc {
	case "":
	case "zstd":
		var err error
		if body, err = wire.Decompress(body); err != nil {
			return nil, "", fmt.Errorf("page %s: %w", p.URL, err)
		}
	default:
		return nil, "", fmt.Errorf("%w: page %s: unknown %s %q", ErrBadMessage, p.URL, HeaderContentEncoding, enc)
	}
	p.Body = body
	return &p, ref, nil
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
