package esindex

import (
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/elastic/go-elasticsearch/v8"
)

// DefaultIndexPrefix names the read alias and prefixes the monthly indices
// (byline-articles-2025.07, byline-articles-undated).
const DefaultIndexPrefix = "byline-articles"

// Config configures the Elasticsearch backend. A zero value of any field
// means "use the default" given in its comment.
type Config struct {
	// Addresses of Elasticsearch nodes, e.g. https://es.example:9200.
	// Ignored when CloudID is set. Default http://127.0.0.1:9200.
	Addresses []string
	// APIKey is a base64 "id:key" API key; it wins over Username/Password.
	APIKey string
	// Username and Password for HTTP basic auth.
	Username, Password string
	// CloudID of an Elastic Cloud deployment (instead of Addresses).
	CloudID string
	// CACert is a PEM bundle to trust for TLS (e.g. the cluster's http_ca.crt).
	CACert []byte

	// IndexPrefix is the read alias and the prefix of the monthly indices
	// and of the index template. Default DefaultIndexPrefix.
	IndexPrefix string
	// Shards and Replicas of each new monthly index. Default 1 shard and
	// no replica (one node cannot allocate a replica); set Replicas 1 or
	// more on a cluster.
	Shards, Replicas int
	// ReadOnly is for processes that only search (byline search, serve,
	// status): New installs the index template and the undated index
	// only when no template of this prefix exists yet, so a reader, which
	// has no shards or replicas configured, never replaces the template
	// the index workers installed (a search server restarted after the
	// workers would otherwise give every later monthly index no replica).
	ReadOnly bool

	// NumWorkers is the number of bulk workers. Default 2.
	NumWorkers int
	// FlushBytes is the bulk request size that triggers a flush. Default
	// 4 MiB (about 400 articles): large enough to amortise a request,
	// small enough to stay far from http.max_content_length and to keep
	// a 429 retry cheap.
	FlushBytes int
	// MaxDocumentBytes is the largest article document (its JSON) Add
	// accepts; a larger one is refused with index.ErrRejected. The bulk
	// indexer sends a document larger than FlushBytes together with what
	// its buffer holds, so a request can reach FlushBytes plus one
	// document: the two must stay under the cluster's
	// http.max_content_length (100mb by default), or the request is
	// refused with 413 and retried for ever. Default 64 MiB.
	MaxDocumentBytes int
	// FlushInterval bounds how long an article waits in a worker buffer.
	// Default 2s.
	FlushInterval time.Duration
	// MaxRetries bounds retries of a whole request (429, 502, 503, 504 and
	// transport errors, done by the client) and of one bulk item rejected
	// with 429 or 5xx (done here). Default 5.
	MaxRetries int
	// RetryBackoffMin and RetryBackoffMax bound the exponential backoff
	// between retries (full jitter). Default 200ms and 30s.
	RetryBackoffMin, RetryBackoffMax time.Duration
	// Refresh is the bulk refresh parameter: "" (default: rely on the
	// index refresh interval), "true" or "wait_for" (tests).
	Refresh string
	// RequestTimeout bounds each search/admin request when the caller's
	// context has no deadline. Default 30s.
	RequestTimeout time.Duration
	// BulkTimeout bounds one bulk request, the client's retries of it
	// included. A node that takes the request and never answers (a long
	// GC pause, a partition that drops packets without a reset) would
	// otherwise hold its articles, and the index worker's messages, until
	// the kernel gives up on the connection, hours later; past the bound
	// the articles fail with index.ErrUnavailable and are written again.
	// Default 2m.
	BulkTimeout time.Duration

	// Transport replaces the HTTP transport (tests). Default: the
	// client's, with CACert applied.
	Transport http.RoundTripper
	// Logger receives retries and failures; nil means slog.Default().
	Logger *slog.Logger
}

func (c Config) withDefaults() Config {
	if len(c.Addresses) == 0 && c.CloudID == "" {
		c.Addresses = []string{"http://127.0.0.1:9200"}
	}
	if c.IndexPrefix == "" {
		c.IndexPrefix = DefaultIndexPrefix
	}
	if c.Shards <= 0 {
		c.Shards = 1
	}
	if c.Replicas < 0 {
		c.Replicas = 0
	}
	if c.NumWorkers <= 0 {
		c.NumWorkers = 2
	}
	if c.FlushBytes <= 0 {
		c.FlushBytes = 4 << 20
	}
	if c.MaxDocumentBytes <= 0 {
		c.MaxDocumentBytes = 64 << 20
	}
	if c.FlushInterval <= 0 {
		c.FlushInterval = 2 * time.Second
	}
	if c.MaxRetries <= 0 {
		c.MaxRetries = 5
	}
	if c.RetryBackoffMin <= 0 {
		c.RetryBackoffMin = 200 * time.Millisecond
	}
	if c.RetryBackoffMax <= 0 {
		c.RetryBackoffMax = 30 * time.Second
	}
	if c.RetryBackoffMax < c.RetryBackoffMin {
		c.RetryBackoffMax = c.RetryBackoffMin
	}
	if c.RequestTimeout <= 0 {
		c.RequestTimeout = 30 * time.Second
	}
	if c.BulkTimeout <= 0 {
		c.BulkTimeout = 2 * time.Minute
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return c
}

// Validate reports contradictory settings.
func (c Config) Validate() error {
	if c.CloudID != "" && len(c.Addresses) > 0 {
		return fmt.Errorf("elasticsearch config: set CloudID or Addresses, not both")
	}
	if (c.Username == "") != (c.Password == "") && c.APIKey == "" {
		return fmt.Errorf("elasticsearch config: username and password go together")
	}
	if strings.ContainsAny(c.IndexPrefix, `*?"<>|, /\#:`) || strings.ToLower(c.IndexPrefix) != c.IndexPrefix {
		return fmt.Errorf("elasticsearch config: index prefix %q is not a valid lower-case index name", c.IndexPrefix)
	}
	for _, a := range c.Addresses {
		if !strings.HasPrefix(a, "http://") && !strings.HasPrefix(a, "https://") {
			return fmt.Errorf("elasticsearch config: address %q: want http:// or https://", a)
		}
	}
	return nil
}

// Target names the cluster for errors and logs: the addresses, each
// with the password of its URL masked, or the Cloud ID's deployment name.
func (c Config) Target() string {
	if c.CloudID != "" {
		name, _, _ := strings.Cut(c.CloudID, ":")
		return "cloud id " + name
	}
	addrs := c.Addresses
	if len(addrs) == 0 {
		addrs = c.withDefaults().Addresses
	}
	out := make([]string, len(addrs))
	for i, a := range addrs {
		out[i] = redactURL(a)
	}
	return strings.Join(out, ", ")
}

// redactURL masks the password of a URL with credentials in it.
func redactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		if at := strings.LastIndex(s, "@"); at >= 0 {
			return "xxxxx" + s[at:]
		}
		return s
	}
	return u.Redacted()
}

// urlWithUser matches a URL with credentials in a message (a transport
// error quotes the URL it called).
var urlWithUser = regexp.MustCompile(`https?://[^\s/@"]+@[^\s"]*`)

// redact masks the password of every URL in a message.
func redact(msg string) string {
	return urlWithUser.ReplaceAllStringFunc(msg, redactURL)
}

// backoff returns the wait before retry attempt (1-based): exponential from
// min, capped at max, with full jitter.
func (c Config) backoff(attempt int) time.Duration {
	d := c.RetryBackoffMin
	for i := 1; i < attempt && d < c.RetryBackoffMax; i++ {
		d *= 2
	}
	d = min(d, c.RetryBackoffMax)
	return d/2 + rand.N(d/2+1)
}

// newClient builds the go-elasticsearch client: auth, CA, and retries with
// exponential backoff on 429/502/503/504 and transport errors.
func newClient(c Config) (*elasticsearch.Client, error) {
	addrs := c.Addresses
	if c.CloudID != "" {
		addrs = nil
	}
	ec := elasticsearch.Config{
		Addresses:     addrs,
		APIKey:        c.APIKey,
		CloudID:       c.CloudID,
		CACert:        c.CACert,
		RetryOnStatus: []int{http.StatusTooManyRequests, http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout},
		MaxRetries:    c.MaxRetries,
		RetryBackoff:  c.backoff,
		Transport:     c.Transport,
	}
	if c.APIKey == "" {
		ec.Username, ec.Password = c.Username, c.Password
	}
	client, err := elasticsearch.NewClient(ec)
	if err != nil {
		return nil, fmt.Errorf("elasticsearch client: %w", err)
	}
	return client, nil
}
