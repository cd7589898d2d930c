package wire

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/klauspost/compress/zstd"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/byline/byline/article"
)

// MaxDecoded caps a decompressed body, so a corrupt or hostile message
// cannot exhaust memory.
const MaxDecoded = 64 << 20

// ErrBadMessage is wrapped by errors about messages that can never be
// decoded as they are: missing or corrupt headers, corrupt compression, an
// unknown Content-Encoding, invalid JSON, an offloaded body that is gone or
// does not match its name. Retrying cannot help; any other decode error
// (the object store did not answer) may go away on a retry.
var ErrBadMessage = errors.New("bad message")

// ErrNewerSchema is wrapped (with ErrBadMessage) by decode errors about an
// article of a schema_version above article.SchemaVersion, given in the
// Byline-Schema-Version header or in the JSON itself: this version of the
// package cannot read it; upgrade github.com/byline/byline. Keep such a
// message (nak it with a long delay), never terminate it.
var ErrNewerSchema = errors.New("article schema_version newer than this reader's")

// Form is how an ARTICLES message carries its article (see the package
// doc).
type Form string

// The body forms.
const (
	FormPlain  Form = "plain"
	FormZstd   Form = "zstd"
	FormObject Form = "object"
)

// Bodies opens the object store bucket of offloaded bodies. It is called
// only for a message that needs it.
type Bodies func(ctx context.Context) (jetstream.ObjectStore, error)

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
		zDec, zErr = zstd.NewReader(nil, zstd.WithDecoderMaxMemory(MaxDecoded), zstd.WithDecoderConcurrency(0))
	})
	return zEnc, zDec, zErr
}

// Compress returns b zstd-compressed (Content-Encoding: zstd).
func Compress(b []byte) ([]byte, error) {
	enc, _, err := zstdCodec()
	if err != nil {
		return nil, fmt.Errorf("wire: zstd: %w", err)
	}
	return enc.EncodeAll(b, make([]byte, 0, len(b)/4)), nil
}

// Decompress reverses Compress. Corrupt input, or output larger than
// MaxDecoded, is an ErrBadMessage.
func Decompress(b []byte) ([]byte, error) {
	_, dec, err := zstdCodec()
	if err != nil {
		return nil, fmt.Errorf("wire: zstd: %w", err)
	}
	out, err := dec.DecodeAll(b, nil)
	if err != nil {
		return nil, fmt.Errorf("%w: zstd body: %v", ErrBadMessage, err)
	}
	return out, nil
}

// ArticleMsgID is the Nats-Msg-Id of an article:
//
//	"article:" + id + ":" + content_hash + ":" + ArticleFingerprint
//
// Its job is JetStream's de-duplication within the stream's duplicates
// window, and a subscriber's: a true re-publication of the same article
// (a page redelivered after a crash between publish and ack, a re-run or
// a re-fetch that extracts the same article) has the same id, so it is
// stored once; any change a consumer of the article can see has a new id,
// so it is stored and delivered. The content hash alone covers the body
// text only: an edit of just the headline, summary, tags, bylines or
// dates re-fetched within the window used to be dropped as a duplicate,
// leaving the index and every subscriber with the old version. The
// fingerprint covers the whole published article.
//
// The first three parts are what they always were, so a consumer that
// reads the id and content hash out of the msg id keeps working; the
// fingerprint is appended.
func ArticleMsgID(a *article.Article) string {
	return articleMsgID(a, ArticleFingerprint(a))
}

// articleMsgID is ArticleMsgID with the fingerprint given.
func articleMsgID(a *article.Article, fingerprint string) string {
	h := a.ContentHash
	if h == "" {
		h = article.HashContent([]byte(a.Body))
	}
	return "article:" + a.ID + ":" + h + ":" + fingerprint
}

// ArticleFingerprint identifies one version of an article as published:
// the first 16 bytes, hex, of the SHA-256 of its JSON with FetchedAt,
// FetchSeq and PageHash cleared. Those change with fetches of a page
// although the article does not (they say when and what we looked at, not
// what the article says: a page whose furniture changed has another page
// hash), so a re-fetch of an unchanged article keeps its fingerprint and
// is deduplicated; every other field, including the extractor version and
// what the index stage fills in, is part of what consumers see, so a
// change to any of them is a new version. 128 bits are plenty to tell
// apart the versions of one article id.
func ArticleFingerprint(a *article.Article) string {
	c := *a
	c.FetchedAt, c.FetchSeq, c.PageHash = "", 0, ""
	// An Article always marshals (no maps, floats, channels or custom
	// marshalers), as does its copy here.
	b, _ := json.Marshal(&c)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:16])
}

// fingerprintOf returns ArticleFingerprint(a) from data, a's JSON as
// json.Marshal wrote it, without encoding a a second time. FetchedAt,
// WordCount, FetchSeq and PageHash are the last fields of an Article, in
// that order, and all but WordCount are omitted when empty: data ends
//
//	[,"fetched_at":<string>],"word_count":<n>[,"fetch_seq":<n>][,"page_hash":<string>]}
//
// and the fingerprint's JSON is data without the optional parts, which
// are cut out of the hashed bytes (no copy). ok is false when data does
// not end so (a field added after them): the caller then encodes.
func fingerprintOf(a *article.Article, data []byte) (fingerprint string, ok bool) {
	end := len(data) - 1
	if end < 0 || data[end] != '}' {
		return "", false
	}
	if a.PageHash != "" {
		ph, err := json.Marshal(a.PageHash) // escaped as in data
		if err != nil {
			return "", false
		}
		if end, ok = cutSuffix(data[:end], `,"page_hash":`+string(ph)); !ok {
			return "", false
		}
	}
	if a.FetchSeq != 0 {
		if end, ok = cutSuffix(data[:end], `,"fetch_seq":`+strconv.FormatInt(a.FetchSeq, 10)); !ok {
			return "", false
		}
	}
	words := `,"word_count":` + strconv.Itoa(a.WordCount)
	start, ok := cutSuffix(data[:end], words)
	if !ok {
		return "", false
	}
	if a.FetchedAt != "" {
		at, err := json.Marshal(a.FetchedAt) // escaped as in data
		if err != nil {
			return "", false
		}
		if start, ok = cutSuffix(data[:start], `,"fetched_at":`+string(at)); !ok {
			return "", false
		}
	}
	h := sha256.New()
	h.Write(data[:start])
	h.Write([]byte(words + "}"))
	var sum [sha256.Size]byte
	return hex.EncodeToString(h.Sum(sum[:0])[:16]), true
}

// cutSuffix returns the length of b without suffix, and whether b ends
// with it.
func cutSuffix(b []byte, suffix string) (int, bool) {
	if !bytes.HasSuffix(b, []byte(suffix)) {
		return 0, false
	}
	return len(b) - len(suffix), true
}

// objectPrefix starts the name of every offloaded article body.
const objectPrefix = "article-"

// ObjectName is the content-addressed name of an offloaded article body:
// "article-" + the hex SHA-256 of data.
func ObjectName(data []byte) string {
	sum := sha256.Sum256(data)
	return objectPrefix + hex.EncodeToString(sum[:])
}

// EncodeArticle turns a into an ARTICLES message on ArticleSubject of its
// site. The JSON is the body as it is while it fits in maxBody bytes;
// larger JSON is zstd-compressed; JSON that still does not fit is stored
// (compressed) in the bucket that bodies opens, under ObjectName, and the
// message carries HeaderBodyRef and an empty body. Storing first and
// publishing second means a message never refers to a missing object; a
// message that is then not published leaves an object the bucket's TTL
// removes.
func EncodeArticle(ctx context.Context, a *article.Article, maxBody int, bodies Bodies) (*nats.Msg, Form, error) {
	data, err := json.Marshal(a)
	if err != nil {
		return nil, "", fmt.Errorf("wire: encode article %s: %w", a.URL, err)
	}
	site := ArticleSite(a)
	m := nats.NewMsg(ArticleSubject(site))
	m.Header.Set(HeaderSchemaVersion, strconv.Itoa(article.SchemaVersion))
	fingerprint, ok := fingerprintOf(a, data) // from the JSON just made: one encoding
	if !ok {
		fingerprint = ArticleFingerprint(a)
	}
	m.Header.Set(HeaderMsgID, articleMsgID(a, fingerprint))
	m.Header.Set(HeaderArticleID, a.ID)
	m.Header.Set(HeaderURL, a.URL)
	m.Header.Set(HeaderSite, Token(site))
	m.Header.Set(HeaderContentHash, a.ContentHash)
	form := FormPlain
	if len(data) > maxBody {
		if data, err = Compress(data); err != nil {
			return nil, "", fmt.Errorf("wire: compress article %s: %w", a.URL, err)
		}
		m.Header.Set(HeaderContentEncoding, "zstd")
		form = FormZstd
	}
	if len(data) > maxBody {
		if bodies == nil {
			return nil, "", fmt.Errorf("wire: article %s is %d bytes compressed, over %d, and there is no body store", a.URL, len(data), maxBody)
		}
		store, err := bodies(ctx)
		if err != nil {
			return nil, "", fmt.Errorf("wire: article %s (%d bytes): %w", a.URL, len(data), err)
		}
		name := ObjectName(data)
		if _, err := store.PutBytes(ctx, name, data); err != nil {
			return nil, "", fmt.Errorf("wire: store body of article %s (%d bytes): %w", a.URL, len(data), err)
		}
		m.Header.Set(HeaderBodyRef, name)
		data, form = nil, FormObject
	}
	m.Data = data
	return m, form, nil
}

// DecodeArticle decodes an ARTICLES message (headers h, body data) in any
// of its forms, fetching an offloaded body through bodies. Errors wrapping
// ErrBadMessage are permanent; others (the store did not answer) may pass.
func DecodeArticle(ctx context.Context, h nats.Header, data []byte, bodies Bodies) (*article.Article, Form, error) {
	a, _, form, err := DecodeArticleJSON(ctx, h, data, bodies)
	return a, form, err
}

// DecodeArticleJSON is DecodeArticle that also returns the article's JSON
// as the producer wrote it (decompressed, fetched when offloaded),
// fields this version of Article does not know included.
//
// An article of a newer schema_version, in the header or in the JSON, is
// an error wrapping ErrNewerSchema: its fields may have changed meaning,
// so it is not half-decoded into this version's Article.
func DecodeArticleJSON(ctx context.Context, h nats.Header, data []byte, bodies Bodies) (*article.Article, []byte, Form, error) {
	v, err := SchemaVersionOf(h)
	if err != nil {
		return nil, nil, FormPlain, err
	}
	if err := checkSchemaVersion(v); err != nil {
		return nil, nil, FormPlain, err
	}
	data, form, err := articleJSON(ctx, h, data, bodies)
	if err != nil {
		return nil, nil, form, err
	}
	var a article.Article
	if err := json.NewDecoder(bytes.NewReader(data)).Decode(&a); err != nil {
		return nil, nil, form, fmt.Errorf("%w: article JSON: %v", ErrBadMessage, err)
	}
	if err := checkSchemaVersion(a.SchemaVersion); err != nil {
		return nil, nil, form, err
	}
	return &a, data, form, nil
}

// checkSchemaVersion refuses a schema_version this package cannot read.
func checkSchemaVersion(v int) error {
	if v > article.SchemaVersion {
		return fmt.Errorf("%w: %w: schema_version %d, this decoder reads up to %d", ErrBadMessage, ErrNewerSchema, v, article.SchemaVersion)
	}
	return nil
}

// articleJSON returns the JSON an ARTICLES message carries, in any form.
func articleJSON(ctx context.Context, h nats.Header, data []byte, bodies Bodies) ([]byte, Form, error) {
	form := FormPlain
	if ref := h.Get(HeaderBodyRef); ref != "" {
		form = FormObject
		var err error
		if data, err = fetchBody(ctx, ref, bodies); err != nil {
			return nil, form, err
		}
	}
	switch enc := h.Get(HeaderContentEncoding); enc {
	case "":
	case "zstd":
		if form == FormPlain {
			form = FormZstd
		}
		var err error
		if data, err = Decompress(data); err != nil {
			return nil, form, err
		}
	default:
		return nil, form, fmt.Errorf("%w: unknown %s %q", ErrBadMessage, HeaderContentEncoding, enc)
	}
	return data, form, nil
}

// fetchBody reads an offloaded article body and checks it against its
// content-addressed name.
func fetchBody(ctx context.Context, ref string, bodies Bodies) ([]byte, error) {
	if bodies == nil {
		return nil, fmt.Errorf("wire: body object %s: no body store configured", ref)
	}
	store, err := bodies(ctx)
	if err != nil {
		return nil, fmt.Errorf("wire: body object %s: %w", ref, err)
	}
	data, err := store.GetBytes(ctx, ref)
	if err != nil {
		if errors.Is(err, jetstream.ErrObjectNotFound) {
			return nil, fmt.Errorf("%w: body object %s is gone (older than the bucket's TTL?)", ErrBadMessage, ref)
		}
		return nil, fmt.Errorf("wire: fetch body object %s: %w", ref, err)
	}
	if strings.HasPrefix(ref, objectPrefix) && ObjectName(data) != ref {
		return nil, fmt.Errorf("%w: body object %s does not match its SHA-256 (%s)", ErrBadMessage, ref, ObjectName(data))
	}
	return data, nil
}

// SchemaVersionOf returns the Byline-Schema-Version header of h, or 0 when
// there is none.
func SchemaVersionOf(h nats.Header) (int, error) {
	s := h.Get(HeaderSchemaVersion)
	if s == "" {
		return 0, nil
	}
	v, err := strconv.Atoi(s)
	if err != nil || v < 0 {
		return 0, fmt.Errorf("%w: %s %q", ErrBadMessage, HeaderSchemaVersion, s)
	}
	return v, nil
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
