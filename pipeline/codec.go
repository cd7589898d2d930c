package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"sync"

	"github.com/klauspost/compress/zstd"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/nats-io/nuid"

	"github.com/byline/byline/article"
)

// maxDecoded caps a decompressed body, so a corrupt or hostile message cannot
// exhaust memory.
const maxDecoded = 64 << 20

// ErrBadMessage is wrapped by errors about messages that can never be
// decoded (missing or corrupt headers, corrupt compression); they are
// dead-lettered at once.
var ErrBadMessage = errors.New("pipeline: bad message")

var (
	zOnce sync.Once
	zEnc  *zstd.Encoder
	zDec  *zstd.Decoder
	zErr  error
)

func zstdCodec() (*zstd.Encoder, *zstd.Decoder, error) {
	zOnce.Do(func() {
		zEnc, zErr = zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedFastest), zstd.WithEncoderConcurrency(1))
		if zErr != nil {
			return
		}
		zDec, zErr = zstd.NewReader(nil, zstd.WithDecoderMaxMemory(maxDecoded), zstd.WithDecoderConcurrency(0))
	})
	return zEnc, zDec, zErr
}

func compress(b []byte) ([]byte, error) {
	enc, _, err := zstdCodec()
	if err != nil {
		return nil, fmt.Errorf("pipeline: zstd: %w", err)
	}
	return enc.EncodeAll(b, make([]byte, 0, len(b)/4)), nil
}

func decompress(b []byte) ([]byte, error) {
	_, dec, err := zstdCodec()
	if err != nil {
		return nil, fmt.Errorf("pipeline: zstd: %w", err)
	}
	out, err := dec.DecodeAll(b, nil)
	if err != nil {
		return nil, fmt.Errorf("%w: zstd body: %v", ErrBadMessage, err)
	}
	return out, nil
}

// PageMsgID is the Nats-Msg-Id of a page: its URL plus the hash of its
// body, so a page republished unchanged within the duplicates window is
// stored once while a changed page is stored again.
func PageMsgID(p *article.Page) string {
	return "page:" + pageHash(p) + ":" + p.URL
}

// ArticleMsgID is the Nats-Msg-Id of an article: its id plus the hash of
// its body.
func ArticleMsgID(a *article.Article) string {
	h := a.ContentHash
	if h == "" {
		h = article.HashContent([]byte(a.Body))
	}
	return "article:" + a.ID + ":" + h
}

func pageHash(p *article.Page) string {
	if p.ContentHash != "" {
		return p.ContentHash
	}
	return article.HashContent(p.Body)
}

// pageEncoder turns pages into PAGES messages.
type pageEncoder struct {
	compressAbove int // -1: never
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
	meta.ContentHash = pageHash(p)
	mj, err := json.Marshal(&meta)
	if err != nil {
		return nil, fmt.Errorf("pipeline: encode page %s: %w", p.URL, err)
	}
	m := nats.NewMsg(PageSubject(p.URL))
	m.Header.Set(HeaderSchemaVersion, strconv.Itoa(PageSchemaVersion))
	m.Header.Set(HeaderMsgID, PageMsgID(&meta))
	m.Header.Set(HeaderURL, p.URL)
	m.Header.Set(HeaderContentHash, meta.ContentHash)
	m.Header.Set(HeaderPage, string(mj))
	out := &encoded{msg: m}
	body := p.Body
	if e.compressAbove >= 0 && len(body) > e.compressAbove {
		if body, err = compress(body); err != nil {
			return nil, fmt.Errorf("pipeline: compress page %s: %w", p.URL, err)
		}
		m.Header.Set(HeaderContentEncoding, "zstd")
		out.compressed = true
	}
	if len(body) > e.maxBody {
		store, err := e.bodies(ctx)
		if err != nil {
			return nil, fmt.Errorf("pipeline: page %s (%d bytes): %w", p.URL, len(body), err)
		}
		name := "page-" + nuid.Next()
		if _, err := store.PutBytes(ctx, name, body); err != nil {
			return nil, fmt.Errorf("pipeline: store body of page %s (%d bytes): %w", p.URL, len(body), err)
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
		if body, err = decompress(body); err != nil {
			return nil, "", fmt.Errorf("page %s: %w", p.URL, err)
		}
	default:
		return nil, "", fmt.Errorf("%w: page %s: unknown %s %q", ErrBadMessage, p.URL, HeaderContentEncoding, enc)
	}
	p.Body = body
	return &p, ref, nil
}

// encodeArticle turns an article into an ARTICLES message. Bodies larger than
// maxBody are zstd-compressed (Content-Encoding: zstd); almost every article
// is plain JSON.
func encodeArticle(a *article.Article, maxBody int) (*nats.Msg, error) {
	data, err := json.Marshal(a)
	if err != nil {
		return nil, fmt.Errorf("pipeline: encode article %s: %w", a.URL, err)
	}
	site := SiteOf(firstNonEmpty(a.CanonicalURL, a.URL))
	m := nats.NewMsg(ArticleSubject(site))
	m.Header.Set(HeaderSchemaVersion, strconv.Itoa(article.SchemaVersion))
	m.Header.Set(HeaderMsgID, ArticleMsgID(a))
	m.Header.Set(HeaderArticleID, a.ID)
	m.Header.Set(HeaderURL, a.URL)
	m.Header.Set(HeaderSite, Token(site))
	m.Header.Set(HeaderContentHash, a.ContentHash)
	if len(data) > maxBody {
		if data, err = compress(data); err != nil {
			return nil, fmt.Errorf("pipeline: compress article %s: %w", a.URL, err)
		}
		m.Header.Set(HeaderContentEncoding, "zstd")
	}
	m.Data = data
	return m, nil
}

// DecodeArticle decodes the body of an ARTICLES message (plain or zstd JSON,
// per the Content-Encoding header) into an Article. Go subscribers use it;
// others read the JSON directly and honour Content-Encoding.
func DecodeArticle(h nats.Header, data []byte) (*article.Article, error) {
	switch enc := h.Get(HeaderContentEncoding); enc {
	case "":
	case "zstd":
		var err error
		if data, err = decompress(data); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("%w: unknown %s %q", ErrBadMessage, HeaderContentEncoding, enc)
	}
	var a article.Article
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&a); err != nil {
		return nil, fmt.Errorf("%w: article JSON: %v", ErrBadMessage, err)
	}
	return &a, nil
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
