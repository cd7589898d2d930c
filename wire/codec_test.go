package wire_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/byline/byline/article"
	"github.com/byline/byline/pipeline/bus"
	"github.com/byline/byline/wire"
)

// bodyStore starts an in-memory server and returns a Bodies opening a
// fresh bucket on it.
func bodyStore(t *testing.T) (wire.Bodies, jetstream.ObjectStore) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	srv, err := bus.Start(ctx, bus.ServerConfig{Memory: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Shutdown)
	nc, err := srv.Connect()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	store, err := js.CreateObjectStore(ctx, jetstream.ObjectStoreConfig{Bucket: "bodies", Storage: jetstream.MemoryStorage})
	if err != nil {
		t.Fatal(err)
	}
	return func(context.Context) (jetstream.ObjectStore, error) { return store, nil }, store
}

// words returns n bytes of text: repetitive (compresses well) or random
// letters (does not).
func words(n int, random bool) string {
	var b strings.Builder
	r := rand.New(rand.NewPCG(1, 2))
	for b.Len() < n {
		if !random {
			b.WriteString("the council approved the harbour plan on tuesday ")
			continue
		}
		for range 3 + r.IntN(8) {
			b.WriteByte(byte('a' + r.IntN(26)))
		}
		b.WriteByte(' ')
	}
	return b.String()
}

func testArticle(body string) *article.Article {
	a := &article.Article{URL: "https://www.example.com/news/1", Headline: "Harbour plan approved", Body: body, Paragraphs: []string{body}}
	a.ID = a.DefaultID()
	a.ContentHash = article.HashContent([]byte(body))
	a.Normalize()
	return a
}

func TestArticleForms(t *testing.T) {
	bodies, store := bodyStore(t)
	const maxBody = 64 << 10
	tests := []struct {
		name string
		body string
		want wire.Form
	}{
		{"small", "Short story.", wire.FormPlain},
		{"compressible", words(200<<10, false), wire.FormZstd},
		{"incompressible", words(200<<10, true), wire.FormObject},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			a := testArticle(tt.body)
			m, form, err := wire.EncodeArticle(ctx, a, maxBody, bodies)
			if err != nil {
				t.Fatal(err)
			}
			if form != tt.want {
				t.Fatalf("form %s, want %s", form, tt.want)
			}
			if len(m.Data) > maxBody {
				t.Errorf("message body %d bytes, over %d", len(m.Data), maxBody)
			}
			h := m.Header
			if m.Subject != "byline.articles.example_com" || h.Get(wire.HeaderMsgID) != wire.ArticleMsgID(a) ||
				!strings.HasPrefix(h.Get(wire.HeaderMsgID), "article:"+a.ID+":"+a.ContentHash+":") ||
				h.Get(wire.HeaderArticleID) != a.ID || h.Get(wire.HeaderSite) != "example_com" || h.Get(wire.HeaderSchemaVersion) != "1" {
				t.Errorf("subject %s, headers %v", m.Subject, h)
			}
			if ref := h.Get(wire.HeaderBodyRef); (ref != "") != (tt.want == wire.FormObject) {
				t.Errorf("body ref %q for form %s", ref, form)
			} else if ref != "" {
				obj, err := store.GetBytes(ctx, ref)
				if err != nil || wire.ObjectName(obj) != ref || len(m.Data) != 0 {
					t.Errorf("object %s: %d bytes, err %v; message body %d bytes", ref, len(obj), err, len(m.Data))
				}
			}
			got, gform, err := wire.DecodeArticle(ctx, h, m.Data, bodies)
			if err != nil {
				t.Fatal(err)
			}
			want, _ := json.Marshal(a)
			have, _ := json.Marshal(got)
			if gform != form || !bytes.Equal(want, have) {
				t.Errorf("round trip: form %s, article differs: %d vs %d bytes", gform, len(have), len(want))
			}
		})
	}
}

func TestEncodeArticleWithoutStore(t *testing.T) {
	_, _, err := wire.EncodeArticle(context.Background(), testArticle(words(100<<10, true)), 8<<10, nil)
	if err == nil || !strings.Contains(err.Error(), "no body store") {
		t.Errorf("err = %v, want 'no body store'", err)
	}
}

func TestDecodeArticleErrors(t *testing.T) {
	bodies, store := bodyStore(t)
	ctx := context.Background()
	big := testArticle(words(100<<10, true))
	m, _, err := wire.EncodeArticle(ctx, big, 8<<10, bodies)
	if err != nil {
		t.Fatal(err)
	}
	ref := m.Header.Get(wire.HeaderBodyRef)
	tampered := wire.ObjectName([]byte("x"))
	if _, err := store.PutBytes(ctx, tampered, []byte("not the body")); err != nil {
		t.Fatal(err)
	}
	down := func(context.Context) (jetstream.ObjectStore, error) { return nil, errors.New("connection refused") }
	tests := []struct {
		name      string
		h         nats.Header
		data      string
		bodies    wire.Bodies
		permanent bool
	}{
		{"bad json", nats.Header{}, "{", nil, true},
		{"bad zstd", nats.Header{wire.HeaderContentEncoding: {"zstd"}}, "not zstd", nil, true},
		{"unknown encoding", nats.Header{wire.HeaderContentEncoding: {"br"}}, "{}", nil, true},
		{"object gone", nats.Header{wire.HeaderBodyRef: {wire.ObjectName([]byte("gone"))}}, "", bodies, true},
		{"object does not match its name", nats.Header{wire.HeaderBodyRef: {tampered}}, "", bodies, true},
		{"store down", nats.Header{wire.HeaderBodyRef: {ref}, wire.HeaderContentEncoding: {"zstd"}}, "", down, false},
		{"no store", nats.Header{wire.HeaderBodyRef: {ref}}, "", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := wire.DecodeArticle(ctx, tt.h, []byte(tt.data), tt.bodies)
			if err == nil {
				t.Fatal("no error")
			}
			if errors.Is(err, wire.ErrBadMessage) != tt.permanent {
				t.Errorf("err = %v; ErrBadMessage %v, want %v", err, errors.Is(err, wire.ErrBadMessage), tt.permanent)
			}
		})
	}
}

func TestSchemaVersionOf(t *testing.T) {
	tests := []struct {
		in      string
		want    int
		wantErr bool
	}{{"", 0, false}, {"1", 1, false}, {"2", 2, false}, {"x", 0, true}, {"-1", 0, true}}
	for _, tt := range tests {
		h := nats.Header{}
		if tt.in != "" {
			h.Set(wire.HeaderSchemaVersion, tt.in)
		}
		got, err := wire.SchemaVersionOf(h)
		if got != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("SchemaVersionOf(%q) = %d, %v", tt.in, got, err)
		}
	}
}

// FuzzDecodeArticle: any body under any encoding header decodes or fails
// with ErrBadMessage; it never panics.
func FuzzDecodeArticle(f *testing.F) {
	small, _ := json.Marshal(testArticle("Short story."))
	z, _ := wire.Compress(small)
	f.Add(small, "")
	f.Add(z, "zstd")
	f.Add([]byte("{"), "zstd")
	f.Add([]byte{0x28, 0xb5, 0x2f, 0xfd, 0, 0}, "zstd")
	f.Fuzz(func(t *testing.T, data []byte, enc string) {
		if len(data) > 1<<20 {
			return
		}
		h := nats.Header{}
		if enc != "" {
			h.Set(wire.HeaderContentEncoding, enc)
		}
		a, _, err := wire.DecodeArticle(context.Background(), h, data, nil)
		if err != nil && !errors.Is(err, wire.ErrBadMessage) {
			t.Fatalf("error not ErrBadMessage: %v", err)
		}
		if err == nil && a == nil {
			t.Fatal("nil article without error")
		}
	})
}

// TestDecodeArticleSchemaVersion: DecodeArticle refuses an article of a
// newer schema_version, named in the header or only in the JSON (a
// producer that sets no header), with an error that says which version
// it got and which it reads; unknown fields of the same version decode.
func TestDecodeArticleSchemaVersion(t *testing.T) {
	ctx := context.Background()
	cur, _ := json.Marshal(testArticle("Short story."))
	future := bytes.Replace(cur, []byte(`"schema_version":1`), []byte(`"schema_version":2`), 1)
	extra := append([]byte(`{"sentiment":0.5,"entities":[{"name":"x"}],`), cur[1:]...)
	tests := []struct {
		name   string
		header string
		data   []byte
		newer  bool
	}{
		{"current", "1", cur, false},
		{"current, no header", "", cur, false},
		{"unknown fields", "1", extra, false},
		{"newer header", "2", cur, true},
		{"newer JSON, no header", "", future, true},
		{"newer JSON, older header", "1", future, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := nats.Header{}
			if tt.header != "" {
				h.Set(wire.HeaderSchemaVersion, tt.header)
			}
			a, _, err := wire.DecodeArticle(ctx, h, tt.data, nil)
			if !tt.newer {
				if err != nil || a.ID == "" {
					t.Fatalf("DecodeArticle = %v, %v", a, err)
				}
				return
			}
			if !errors.Is(err, wire.ErrNewerSchema) || !errors.Is(err, wire.ErrBadMessage) ||
				!strings.Contains(err.Error(), "schema_version 2") || !strings.Contains(err.Error(), "up to 1") {
				t.Errorf("err = %v, want ErrNewerSchema naming versions 2 and 1", err)
			}
		})
	}
}
