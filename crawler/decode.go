package crawler

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// ErrEncoding means a response used a Content-Encoding the crawler does
// not decode (it asks for gzip only), or a body that does not decode.
var ErrEncoding = errors.New("undecodable content encoding")

// decodeTransport is the one place response bodies are decompressed, and
// it decompresses under a size cap: a few kilobytes of gzip that expand to
// gigabytes (a compression bomb) are cut at the cap, never held whole.
//
// It asks for gzip itself, so neither net/http (which decodes only a bare
// "gzip" it asked for) nor colly (which gunzips "x-gzip", "gzip, identity",
// .xml.gz paths and gzip Content-Types after its size limit, with none)
// decodes anything: every response leaves here marked Uncompressed. It
// decodes, in reverse order, each coding of Content-Encoding (gzip,
// x-gzip, deflate, identity), then once more a body that still starts
// with the gzip magic (sitemap.xml.gz served as a file, under any
// encoding), and caps the decoded stream at the request's body limit plus
// one byte, so the reader sees that a body was cut.
type decodeTransport struct {
	next  http.RoundTripper
	limit int64 // decoded bytes kept, when the request sets no limit
}

// bodyLimitKey carries a per-request cap of decoded bytes (sitemaps are
// allowed more than pages).
type bodyLimitKey struct{}

// withBodyLimit makes requests made with ctx keep at most n decoded bytes.
func withBodyLimit(ctx context.Context, n int64) context.Context {
	return context.WithValue(ctx, bodyLimitKey{}, n)
}

func (t *decodeTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Method != http.MethodHead && req.Header.Get("Accept-Encoding") == "" {
		req = req.Clone(req.Context())
		req.Header.Set("Accept-Encoding", "gzip")
	}
	res, err := t.next.RoundTrip(req)
	if err != nil || req.Method == http.MethodHead {
		return res, err
	}
	limit := t.limit
	if n, ok := req.Context().Value(bodyLimitKey{}).(int64); ok && n > 0 {
		limit = n
	}
	body, decoded, err := decodeBody(res.Body, res.Header.Get("Content-Encoding"), res.Uncompressed)
	if err != nil {
		res.Body.Close()
		return nil, fmt.Errorf("decode %s: %w", req.URL, err)
	}
	res.Body = readCloser{io.LimitReader(body, limit+1), res.Body}
	if decoded {
		res.Header.Del("Content-Encoding")
		res.Header.Del("Content-Length")
		res.ContentLength = -1
	}
	res.Uncompressed = true // nothing after us decodes again
	return res, nil
}

// maxCodings bounds the codings of one Content-Encoding header.
const maxCodings = 4

// decodeBody returns a reader of the decoded body and whether anything was
// decoded. A body already decoded by the transport below is only sniffed.
func decodeBody(body io.Reader, contentEncoding string, uncompressed bool) (io.Reader, bool, error) {
	var codings []string
	if !uncompressed {
		for c := range strings.SplitSeq(contentEncoding, ",") {
			c = strings.ToLower(strings.TrimSpace(c))
			if c != "" && c != "identity" {
				codings = append(codings, c)
			}
		}
	}
	if len(codings) > maxCodings {
		return nil, false, fmt.Errorf("%w: %d codings in Content-Encoding %q", ErrEncoding, len(codings), contentEncoding)
	}
	decoded := false
	for i := len(codings) - 1; i >= 0; i-- {
		var err error
		switch codings[i] {
		case "gzip", "x-gzip":
			body, err = gunzip(body)
		case "deflate":
			body, err = inflate(body)
		default:
			return nil, false, fmt.Errorf("%w: Content-Encoding %q (Byline asks for gzip)", ErrEncoding, codings[i])
		}
		if err != nil {
			return nil, false, err
		}
		decoded = true
	}
	// A gzip file served as such (sitemap.xml.gz, often with no encoding
	// or a generic Content-Type) is decoded once more.
	br := bufio.NewReader(body)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gunzip(br)
		return zr, true, err
	}
	return br, decoded, nil
}

func gunzip(r io.Reader) (io.Reader, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: gzip: %w", ErrEncoding, err)
	}
	return zr, nil
}

// inflate reads "deflate", which RFC 9110 defines as zlib but some servers
// send as a raw deflate stream.
func inflate(r io.Reader) (io.Reader, error) {
	br := bufio.NewReader(r)
	hdr, _ := br.Peek(2)
	if len(hdr) == 2 && hdr[0]&0x0f == 8 && (uint16(hdr[0])<<8|uint16(hdr[1]))%31 == 0 {
		zr, err := zlib.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("%w: deflate: %w", ErrEncoding, err)
		}
		return zr, nil
	}
	return flate.NewReader(br), nil
}

type readCloser struct {
	io.Reader
	io.Closer
}
