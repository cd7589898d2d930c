// Package article defines the types every Byline stage exchanges: the Page a
// crawler fetches and the Article the extractor makes of it. It depends on
// nothing but the standard library and does no I/O, so any stage, and any
// downstream service, can import it.
package article

import (
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// SchemaVersion is the version of the Article JSON contract. It changes only
// when a field is removed or changes meaning; adding a field does not bump it.
// The published JSON Schema is schema/article.schema.json, generated from
// these types (go generate ./schema).
const SchemaVersion = 1

// Article is one news article as extracted from a page. Its JSON form is the
// contract read by the index, the NATS subscribers and downstream services;
// field names never change. Field comments become the descriptions in the
// JSON Schema.
type Article struct {
	SchemaVersion int      `json:"schema_version"`          // Version of this contract; see SchemaVersion
	ID            string   `json:"id"`                      // IDFor(CanonicalURL), or of URL when there is no canonical URL: stable, the index document id
	URL           string   `json:"url"`                     // URL of the page, after redirects (empty only for a file extracted without --url)
	CanonicalURL  string   `json:"canonical_url,omitempty"` // The page's rel=canonical (or og:url) URL
	SiteName      string   `json:"site_name,omitempty"`     // Publication name, e.g. "The Guardian"
	Section       string   `json:"section,omitempty"`       // Section of the site, e.g. "Politics"
	Language      string   `json:"language,omitempty"`      // BCP 47, e.g. "en", "de"
	Headline      string   `json:"headline"`                // Main headline
	Summary       string   `json:"summary,omitempty"`       // Standfirst / dek
	Authors       []string `json:"authors"`                 // Bylines, one person or organisation each
	Dateline      string   `json:"dateline,omitempty"`      // Where the story was filed, e.g. "WASHINGTON"
	// PublishedAt and ModifiedAt are RFC 3339 timestamps in the page's own
	// offset; absent when unknown.
	PublishedAt      string   `json:"published_at,omitempty" jsonschema:"format=date-time"`
	ModifiedAt       string   `json:"modified_at,omitempty" jsonschema:"format=date-time"` // RFC 3339; absent when unknown
	Bullets          []string `json:"bullets"`                                             // Key-point list ("Quick Look", "Key points", ...)
	Body             string   `json:"body"`                                                // Paragraphs joined by "\n\n"
	Paragraphs       []string `json:"paragraphs"`                                          // The article text, one string per paragraph; no captions, ads or chrome
	Images           []Image  `json:"images"`                                              // Pictures that belong to the article
	Tags             []string `json:"tags"`                                                // Keywords and topics the page gives
	Paywalled        bool     `json:"paywalled"`                                           // True when only a teaser is served
	ContentHash      string   `json:"content_hash"`                                        // SHA-256 of Body, hex
	ExtractorVersion string   `json:"extractor_version"`                                   // Version of the extractor that made this article

	// PublishedPrecision is set when the page gives no date but a
	// relative age ("3 hours ago", "vor 2 Tagen", "yesterday") and
	// PublishedAt was counted back from the fetch time: the unit of that
	// age (hour for "3 hours ago", day for "yesterday"), by which
	// PublishedAt may be off. Another fetch of the same page gives
	// another PublishedAt within it; revisions count the two as one date.
	// Absent when the page states the date.
	PublishedPrecision string `json:"published_precision,omitempty" jsonschema:"enum=second,enum=minute,enum=hour,enum=day,enum=week"`

	// Fields filled by the quote layer (extract/quotes).

	Quotes         []Quote       `json:"quotes"`          // Direct quotes: one per contiguous span in quotation marks
	Attributions   []Attribution `json:"attributions"`    // Reported speech without quotation marks
	Speakers       []Speaker     `json:"speakers"`        // Each distinct speaker with counts
	DatesMentioned []DateMention `json:"dates_mentioned"` // Date and day references in the body

	// Fields filled by the index stage, which keeps state across articles
	// (near-duplicate clusters, revision history); absent on an article
	// straight from the extractor (byline extract, the ARTICLES stream).

	ClusterID     string `json:"cluster_id,omitempty"`     // Near-duplicate cluster of copies of one story across sites and runs: named after the first article of it seen (with ~2, ~3... when that article left it for another story); kept by a revision that still matches the cluster
	ClusterSize   int    `json:"cluster_size,omitempty"`   // Articles in the cluster when this one was indexed, itself included (search counts the live size)
	ClusterOrigin string `json:"cluster_origin,omitempty"` // Id of the cluster's probable origin: a wire-credited copy first (byline or dateline such as "(AP)"), then the earliest published
	// Revision counts editorial versions: 1 for the first version of the
	// article seen, one more each time a re-fetched page gave a different
	// article (headline, summary, authors, paragraphs, quotes or
	// publication date). It is not a fetch counter: a re-fetch that
	// extracts the same article keeps the revision, and so does one whose
	// publication date, counted back from a relative age, agrees with the
	// latest revision's within its PublishedPrecision (it then gets that
	// revision's date). The index stage sets it (and RevisedAt, Revisions
	// and the cluster fields): they are in the index and on REVISIONS
	// events, absent on ARTICLES messages.
	Revision  int        `json:"revision,omitempty"`
	RevisedAt string     `json:"revised_at,omitempty" jsonschema:"format=date-time"` // RFC 3339: when the latest revision was seen (its fetch time); absent at revision 1
	Revisions []Revision `json:"revisions,omitempty"`                                // The revisions seen, oldest first (the latest MaxRevisions), each with its diff from the one before

	// Extra, useful fields beyond the base contract.

	Subheadline string `json:"subheadline,omitempty"`                              // Second headline under the main one
	Edition     string `json:"edition,omitempty"`                                  // Edition named beside the byline, e.g. "Morning Edition"
	FetchedAt   string `json:"fetched_at,omitempty" jsonschema:"format=date-time"` // RFC 3339, when the page was fetched
	WordCount   int    `json:"word_count"`                                         // Words in Body
	FetchSeq    int64  `json:"fetch_seq,omitempty"`                                // Write order of this URL's fetches: advanced by the crawler alone, to max(previous + 1, fetch time in Unix ms by our clock), never by publisher dates; the index keeps the highest (see Version). Not an editorial revision count; absent when unknown
	// PageHash identifies the page the article was extracted from: the
	// crawler's hash of the page (Page.ContentHash: hex SHA-256 of its
	// visible text and editorial meta tags; of its body bytes for a page
	// handed on without one). The same page hash on two articles of one
	// id means one page extracted twice, by different extractor versions
	// perhaps: the index stage then replaces the stored extraction
	// instead of recording a revision. Like FetchedAt and FetchSeq it
	// says which fetch the article came from, not what it says. Absent
	// when there was no page record (byline extract on files).
	PageHash string `json:"page_hash,omitempty"`
}

// The values of Article.PublishedPrecision, finest first.
const (
	PrecisionSecond = "second"
	PrecisionMinute = "minute"
	PrecisionHour   = "hour"
	PrecisionDay    = "day"
	PrecisionWeek   = "week"
)

// precisions are the precisions with their spans, finest first.
var precisions = [...]struct {
	name string
	span time.Duration
}{
	{PrecisionSecond, time.Second}, {PrecisionMinute, time.Minute}, {PrecisionHour, time.Hour},
	{PrecisionDay, 24 * time.Hour}, {PrecisionWeek, 7 * 24 * time.Hour},
}

// PrecisionOf returns the finest precision whose span is at least d
// (a relative age's unit), or "" for d <= 0: an exact date.
func PrecisionOf(d time.Duration) string {
	if d <= 0 {
		return ""
	}
	for _, p := range precisions {
		if d <= p.span {
			return p.name
		}
	}
	return PrecisionWeek
}

// PrecisionSpan returns the span of a PublishedPrecision value: 0 for ""
// (an exact date) and for a value it does not know.
func PrecisionSpan(p string) time.Duration {
	for _, q := range precisions {
		if q.name == p {
			return q.span
		}
	}
	return 0
}

// SamePublished reports whether two publication dates (RFC 3339) with
// their PublishedPrecision values name the same time: equal, or, when
// either is approximate, no further apart than the coarser precision.
func SamePublished(a, aPrec, b, bPrec string) bool {
	if a == b {
		return true
	}
	span := max(PrecisionSpan(aPrec), PrecisionSpan(bPrec))
	if span == 0 {
		return false
	}
	ta, errA := time.Parse(time.RFC3339, a)
	tb, errB := time.Parse(time.RFC3339, b)
	if errA != nil || errB != nil {
		return false
	}
	d := ta.Sub(tb)
	return d <= span && d >= -span
}

// MaxRevisions is how many revisions Article.Revisions keeps: the newest
// ones, so a live page edited every few minutes cannot grow its document
// without bound. Article.Revision still counts them all.
const MaxRevisions = 20

// Revision is one editorial version of an article and how it differs from
// the version before it.
type Revision struct {
	Revision    int          `json:"revision"`                              // 1, 2, ...
	SeenAt      string       `json:"seen_at" jsonschema:"format=date-time"` // RFC 3339: fetch time of the page that gave this version
	ContentHash string       `json:"content_hash"`                          // Hex SHA-256 of the compared fields: equal hashes, same version
	Diff        *ArticleDiff `json:"diff,omitempty"`                        // Changes from the previous revision; absent on revision 1
}

// ArticleDiff is a structured diff between two versions of an article.
// Empty parts are omitted; a diff with no part set means no change.
type ArticleDiff struct {
	Headline   *TextChange       `json:"headline,omitempty"`   // The headline changed
	Summary    *TextChange       `json:"summary,omitempty"`    // The standfirst changed
	Authors    *ListChange       `json:"authors,omitempty"`    // Bylines added or removed
	Dates      []FieldChange     `json:"dates,omitempty"`      // published_at or modified_at changed
	Paragraphs []ParagraphChange `json:"paragraphs,omitempty"` // Paragraphs added, removed or edited, in reading order
	Quotes     []QuoteChange     `json:"quotes,omitempty"`     // Direct quotes added, removed or changed
}

// TextChange is a field's value before and after.
type TextChange struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// ListChange lists the values a list field gained and lost.
type ListChange struct {
	Added   []string `json:"added,omitempty"`
	Removed []string `json:"removed,omitempty"`
}

// FieldChange is a named field's value before and after ("" = absent).
type FieldChange struct {
	Field string `json:"field"` // published_at or modified_at
	From  string `json:"from"`
	To    string `json:"to"`
}

// Paragraph change operations.
const (
	OpAdded   = "added"
	OpRemoved = "removed"
	OpEdited  = "edited"
	OpChanged = "changed" // a quote whose words or speaker changed
)

// ParagraphChange is one paragraph added, removed or edited.
type ParagraphChange struct {
	Op   string `json:"op"`            // added, removed or edited
	From int    `json:"from"`          // Index in the previous revision's paragraphs; -1 when added
	To   int    `json:"to"`            // Index in this revision's paragraphs; -1 when removed
	Old  string `json:"old,omitempty"` // Text before (removed, edited)
	New  string `json:"new,omitempty"` // Text after (added, edited)
}

// QuoteChange is one direct quote added, removed or changed (its words
// corrected, or credited to someone else).
type QuoteChange struct {
	Op         string `json:"op"`                    // added, removed or changed
	Old        string `json:"old,omitempty"`         // Quote text before (removed, changed)
	New        string `json:"new,omitempty"`         // Quote text after (added, changed)
	OldSpeaker string `json:"old_speaker,omitempty"` // Speaker before, when known
	Speaker    string `json:"speaker,omitempty"`     // Speaker after, when known
}

// Empty reports whether d records no change.
func (d *ArticleDiff) Empty() bool {
	return d == nil || d.Headline == nil && d.Summary == nil && d.Authors == nil &&
		len(d.Dates) == 0 && len(d.Paragraphs) == 0 && len(d.Quotes) == 0
}

// Image is a picture that belongs to the article, with its caption and
// credit. Credit names the picture's source as the page prints it, without
// the label or brackets around it: "Jane Doe/Harbour Press" for "Photo:
// Jane Doe/Harbour Press" or "(Jane Doe/Harbour Press)", "Getty Images"
// for "Image via Getty Images"; "Courtesy of Jane Doe" keeps its words.
type Image struct {
	URL     string `json:"url"`
	Caption string `json:"caption,omitempty"` // Caption as displayed, without its credit
	Credit  string `json:"credit,omitempty"`  // Credit names the source, without its label ("Photo:", "©") or brackets
}

// Quote is one contiguous span inside quotation marks that reproduces
// someone's words.
type Quote struct {
	Text         string  `json:"text"`
	Speaker      *string `json:"speaker"` // null when nobody is credited
	SpeakerTitle string  `json:"speaker_title,omitempty"`
	Via          *string `json:"via"`
	Cue          string  `json:"cue,omitempty"`
	Paragraph    int     `json:"paragraph"` // index into paragraphs
	Start        int     `json:"start"`     // rune offset of text in the paragraph
	End          int     `json:"end"`       // rune offset just past text
}

// Attribution is reported speech without quotation marks.
type Attribution struct {
	Speaker   string  `json:"speaker"`
	Cue       string  `json:"cue"`
	Text      string  `json:"text"`
	Via       *string `json:"via"`
	Anonymous bool    `json:"anonymous"`
	Paragraph int     `json:"paragraph"`
	Start     int     `json:"start"`
}

// Speaker is a distinct speaker with how often the article cites them.
type Speaker struct {
	Name         string `json:"name"`
	Title        string `json:"title,omitempty"`
	Quotes       int    `json:"quotes"`
	Attributions int    `json:"attributions"`
}

// DateMention is a date or day reference in the body.
type DateMention struct {
	Text string `json:"text"`
	// Resolved is ISO 8601 at the precision the text gives (2025-06-22,
	// 2025-06, 2025, 2025-W27); null for vague references.
	Resolved  *string `json:"resolved"`
	Paragraph int     `json:"paragraph"`
	Start     int     `json:"start"`
}

// Page is one fetched web page as the crawler hands it on.
type Page struct {
	URL         string            `json:"url"`       // the URL requested
	FinalURL    string            `json:"final_url"` // after redirects
	Status      int               `json:"status"`
	Headers     map[string]string `json:"headers,omitempty"` // selected response headers
	FetchedAt   time.Time         `json:"fetched_at"`
	ContentType string            `json:"content_type,omitempty"`
	Body        []byte            `json:"body,omitempty"`
	CrawlID     string            `json:"crawl_id,omitempty"`
	Job         string            `json:"job,omitempty"`
	Depth       int               `json:"depth"`
	FoundVia    string            `json:"found_via,omitempty"`    // "seed", "sitemap", "feed", "link", "refetch" (a known article page a re-fetch run fetched again)
	ContentHash string            `json:"content_hash,omitempty"` // the crawler's hash of the page: hex SHA-256 of its visible text and editorial meta tags (the articles' PageHash)
	FetchSeq    int64             `json:"fetch_seq,omitempty"`    // the crawler's per-URL write order (see Article.FetchSeq)
	// Resent is set on a page a re-fetch run handed on again with the text
	// it handed on before: the page the stored article was extracted
	// from, fetched again to be extracted anew.
	Resent bool `json:"resent,omitempty"`
	// ResentOf is, on a Resent page, the FetchSeq of the hand-on that
	// first handed its text on (0 when the crawler does not know it): the
	// stored article is that page's only if the index recorded that fetch
	// (or a later one).
	ResentOf int64 `json:"resent_of,omitempty"`
}

// IDFor returns the stable article id for a canonical URL: the first 16 bytes
// of its SHA-256, hex-encoded.
func IDFor(canonicalURL string) string {
	sum := sha256.Sum256([]byte(canonicalURL))
	return hex.EncodeToString(sum[:16])
}

// DefaultID returns the id the contract gives a: IDFor of its canonical
// URL, or of its URL when it has none.
func (a *Article) DefaultID() string {
	if a.CanonicalURL != "" {
		return IDFor(a.CanonicalURL)
	}
	return IDFor(a.URL)
}

// HashContent returns the hex SHA-256 of s.
func HashContent(s []byte) string {
	sum := sha256.Sum256(s)
	return hex.EncodeToString(sum[:])
}

// Normalize makes nil slices empty so the JSON form always has arrays, and
// fills SchemaVersion.
func (a *Article) Normalize() {
	a.SchemaVersion = SchemaVersion
	if a.Authors == nil {
		a.Authors = []string{}
	}
	if a.Bullets == nil {
		a.Bullets = []string{}
	}
	if a.Paragraphs == nil {
		a.Paragraphs = []string{}
	}
	if a.Images == nil {
		a.Images = []Image{}
	}
	if a.Tags == nil {
		a.Tags = []string{}
	}
	if a.Quotes == nil {
		a.Quotes = []Quote{}
	}
	if a.Attributions == nil {
		a.Attributions = []Attribution{}
	}
	if a.Speakers == nil {
		a.Speakers = []Speaker{}
	}
	if a.DatesMentioned == nil {
		a.DatesMentioned = []DateMention{}
	}
}

// Published returns PublishedAt parsed, or the zero time.
func (a *Article) Published() time.Time {
	t, _ := time.Parse(time.RFC3339, a.PublishedAt)
	return t
}

// Version returns the ordering key of idempotent index writes (the
// Elasticsearch external version, Bleve's write order): FetchSeq, or, for
// an article with none, its fetch time (FetchedAt) in Unix milliseconds;
// 0 when neither is known. Both come from our clock, never the
// publisher's: modified and published dates say nothing about which of
// two fetches is newer. A newer version wins; an older or repeated one is
// skipped.
func (a *Article) Version() int64 {
	if a.FetchSeq > 0 {
		return a.FetchSeq
	}
	if t, err := time.Parse(time.RFC3339, a.FetchedAt); err == nil {
		return t.UnixMilli()
	}
	return 0
}
