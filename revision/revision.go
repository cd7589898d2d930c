// Package revision keeps the editorial history of an article: when a
// re-fetched page gives a different article, the new version becomes the
// next revision, with a structured diff from the one before (headline,
// summary, bylines, dates, paragraphs added, removed or edited, quotes
// added, removed or changed). A publication date counted back from a
// relative age ("2 hours ago") is the same date as long as it agrees
// within its article.Article.PublishedPrecision.
//
// A revision is an editorial version, not a fetch: article.Article's
// FetchSeq (when set) orders fetches of a URL for the index; Revision
// counts the fetches that changed what the article says. Nor is it an
// extraction: an article whose PageHash is that of the page the latest
// revision came from is the page extracted again (after an extractor
// upgrade), which replaces the latest revision's snapshot without a new
// revision (Reextracted).
//
// The package is pure: the index stage of the pipeline keeps a History
// per article in its store (pipeline.History) and calls Apply.
package revision

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"slices"
	"strings"

	"github.com/byline/byline/article"
)

// Snapshot is the part of an article that revisions compare.
type Snapshot struct {
	Headline    string   `json:"headline"`
	Summary     string   `json:"summary,omitempty"`
	Authors     []string `json:"authors,omitempty"`
	PublishedAt string   `json:"published_at,omitempty"`
	ModifiedAt  string   `json:"modified_at,omitempty"`
	Paragraphs  []string `json:"paragraphs,omitempty"`
	Quotes      []Quote  `json:"quotes,omitempty"`
	// PublishedPrecision is the article's: set when PublishedAt was
	// counted back from the fetch time from a relative age.
	PublishedPrecision string `json:"published_precision,omitempty"`
}

// Quote is a direct quote as revisions compare it.
type Quote struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker,omitempty"`
}

// Of takes the compared fields of a, with white space collapsed.
func Of(a *article.Article) Snapshot {
	s := Snapshot{
		Headline:    clean(a.Headline),
		Summary:     clean(a.Summary),
		PublishedAt: a.PublishedAt,
		ModifiedAt:  a.ModifiedAt,

		PublishedPrecision: a.PublishedPrecision,
	}
	for _, au := range a.Authors {
		s.Authors = append(s.Authors, clean(au))
	}
	ps := a.Paragraphs
	if len(ps) == 0 && a.Body != "" {
		ps = strings.Split(a.Body, "\n\n")
	}
	for _, p := range ps {
		if p = clean(p); p != "" {
			s.Paragraphs = append(s.Paragraphs, p)
		}
	}
	for _, q := range a.Quotes {
		var sp string
		if q.Speaker != nil {
			sp = clean(*q.Speaker)
		}
		s.Quotes = append(s.Quotes, Quote{Text: clean(q.Text), Speaker: sp})
	}
	return s
}

// Hash is the hex SHA-256 of the snapshot without ModifiedAt: two
// versions with the same hash are the same revision. A page whose only
// change is its modified date is no new revision, since many sites stamp
// it on every render.
func (s Snapshot) Hash() string {
	c := s
	c.ModifiedAt = ""
	b, _ := json.Marshal(c)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// fetchOrder orders fetches of one page by our clock: the article's
// index version (its per-URL fetch sequence, else its fetch time), the same
// key the index orders writes by.
func fetchOrder(a *article.Article) int64 { return a.Version() }

func clean(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// History is what the store keeps for one article: its revisions and the
// snapshot of the latest, to diff the next version against.
type History struct {
	Revision  int                `json:"revision"`
	RevisedAt string             `json:"revised_at,omitempty"`
	Revisions []article.Revision `json:"revisions"`
	Last      Snapshot           `json:"last"`
	// Version is the fetch order (see fetchOrder) of the version Last
	// came from: an older fetch arriving late (a redelivery) never
	// becomes a revision.
	Version int64 `json:"version"`
	// Partial is set when Last was kept without its paragraphs and quotes
	// (a text too large for the store): the next revision's diff then
	// compares headline, summary, bylines and dates only.
	Partial bool `json:"partial,omitempty"`
	// PageHash is the page hash (article.Article.PageHash) of the fetch
	// Last came from: an article with this page hash is that page
	// extracted again (Reextracted). Empty in a history recorded before
	// articles carried page hashes, and after a fetch without one: the
	// next article is then compared as it always was (unless the caller
	// knows otherwise and sets it: pipeline.History does for a page the
	// crawler re-sent unchanged).
	PageHash string `json:"page_hash,omitempty"`
}

// DropText empties Last's paragraphs and quotes and marks h Partial, for
// a store that cannot hold a text this large.
func (h *History) DropText() {
	h.Last.Paragraphs, h.Last.Quotes, h.Partial = nil, nil, true
}

// Result says what Apply did.
type Result int

// Apply results.
const (
	First     Result = iota // the first version seen: revision 1
	Unchanged               // the same as a revision already recorded
	Revised                 // a new revision
	Stale                   // an older fetch than the latest revision, and different: not recorded
	// Reextracted: the page the latest revision was made from (the same
	// page hash), extracted differently, by a newer extractor: its
	// extraction replaces the latest revision's snapshot, so later diffs
	// start from it, and no revision is recorded.
	Reextracted
)

// Apply records a in h (h is nil for an article not seen before) and
// sets a's Revision, RevisedAt and Revisions; a publication date counted
// back from a relative age that names the latest revision's date within
// its precision becomes that date (see keepPublished). It returns the
// updated history and what happened; on Revised the diff is the last
// entry of a.Revisions.
//
// An article whose page hash (article.Article.PageHash) is the latest
// fetch's is the same page extracted again: a different extraction of it
// is Reextracted, never Revised. An article without a page hash, or a
// history without one (recorded before page hashes), is compared as
// before: a changed extraction is a revision, since nothing says the
// page is the same; the page hash it brings is recorded for the next.
func Apply(h *History, a *article.Article) (*History, Result) {
	snap := Of(a)
	if h != nil && h.Revision > 0 {
		keepPublished(&h.Last, &snap, a, samePage(h, a))
	}
	hash := snap.Hash()
	seen := a.FetchedAt
	if h == nil || h.Revision == 0 {
		h = &History{Revision: 1, Last: snap, Version: fetchOrder(a), PageHash: a.PageHash,
			Revisions: []article.Revision{{Revision: 1, SeenAt: seen, ContentHash: hash}}}
		fill(a, h, len(h.Revisions))
		return h, First
	}
	// The same content as a recorded revision: a redelivery, a re-fetch
	// of an unchanged article, or a page that went back to an older text.
	// The latest wins; an older match reports that revision.
	for i := len(h.Revisions) - 1; i >= 0; i-- {
		if h.Revisions[i].ContentHash != hash {
			continue
		}
		if i == len(h.Revisions)-1 {
			if v := fetchOrder(a); v > h.Version {
				h.Version, h.PageHash = v, a.PageHash
				h.Last.ModifiedAt = snap.ModifiedAt
			}
			fill(a, h, len(h.Revisions))
			return h, Unchanged
		}
		if fetchOrder(a) <= h.Version {
			fill(a, h, i+1)
			return h, Stale
		}
		break // a newer fetch went back to an earlier text: a revision
	}
	if v := fetchOrder(a); v != 0 && v < h.Version {
		fill(a, h, len(h.Revisions))
		return h, Stale
	}
	if samePage(h, a) {
		return h, h.reextract(a, snap, hash)
	}
	cmp := snap
	if h.Partial {
		cmp.Paragraphs, cmp.Quotes = nil, nil
	}
	d := Diff(&h.Last, &cmp)
	if !h.Partial && !editorial(d) {
		// Another order of the same bylines or quotes (the hash sees
		// order, the diff does not), perhaps with a new modified date:
		// nothing to show, so no revision. Later diffs start from it.
		if v := fetchOrder(a); v > h.Version {
			h.Version = v
		}
		h.Last, h.PageHash = snap, a.PageHash
		fill(a, h, len(h.Revisions))
		return h, Unchanged
	}
	h.Revision++
	h.RevisedAt = seen
	h.Revisions = append(h.Revisions, article.Revision{Revision: h.Revision, SeenAt: seen, ContentHash: hash, Diff: d})
	if n := len(h.Revisions); n > article.MaxRevisions {
		h.Revisions = slices.Clone(h.Revisions[n-article.MaxRevisions:])
	}
	h.Last, h.Partial, h.PageHash = snap, false, a.PageHash
	h.Version = fetchOrder(a)
	fill(a, h, len(h.Revisions))
	return h, Revised
}

// reextract records snap, a's extraction of the page the latest fetch came
// from (samePage; an extractor upgrade and a re-fetch, or a redelivered
// page read by a newer extractor): what the page says did not change, so
// the extraction replaces Last, later diffs start from it, and the
// revision keeps its recorded content hash and diff. It returns
// Reextracted, or Unchanged when Last is that extraction already (a
// redelivery).
func (h *History) reextract(a *article.Article, snap Snapshot, hash string) Result {
	res := Reextracted
	if !h.Partial && h.Last.Hash() == hash {
		res = Unchanged
	}
	h.Version = max(h.Version, fetchOrder(a))
	h.Last, h.Partial = snap, false
	fill(a, h, len(h.Revisions))
	return res
}

// samePage reports whether a was extracted from the page the latest
// fetch recorded in h came from: both have the same page hash.
func samePage(h *History, a *article.Article) bool {
	return a.PageHash != "" && a.PageHash == h.PageHash
}

// keepPublished gives snap, and a, the latest revision's publication date
// when a's was counted back from the fetch ("2 hours ago") and names the
// same time within its precision: a re-fetch of an unchanged page then
// hashes as the same revision, keeps the date its first fetch gave
// instead of one that moves with each fetch, and never replaces an exact
// date with an approximate one. On the page that revision came from
// (samePage) the date is kept however far the two fetch times are apart:
// the page still prints the age it printed then, so the date counted
// back from the earlier fetch is the better one. A date the page states
// (no precision) is taken as extracted.
func keepPublished(last, snap *Snapshot, a *article.Article, samePage bool) {
	if snap.PublishedPrecision == "" || last.PublishedAt == "" ||
		!samePage && !article.SamePublished(last.PublishedAt, last.PublishedPrecision, snap.PublishedAt, snap.PublishedPrecision) {
		return
	}
	snap.PublishedAt, snap.PublishedPrecision = last.PublishedAt, last.PublishedPrecision
	a.PublishedAt, a.PublishedPrecision = last.PublishedAt, last.PublishedPrecision
}

// editorial reports whether d changes more than the modified date.
func editorial(d *article.ArticleDiff) bool {
	if d.Empty() {
		return false
	}
	c := *d
	c.Dates = slices.DeleteFunc(slices.Clone(c.Dates), func(f article.FieldChange) bool { return f.Field == "modified_at" })
	return !c.Empty()
}

// fill copies the history up to its n-th kept revision into a.
func fill(a *article.Article, h *History, n int) {
	revs := h.Revisions[:n]
	last := revs[len(revs)-1]
	a.Revision = last.Revision
	a.RevisedAt = ""
	if last.Revision > 1 {
		a.RevisedAt = last.SeenAt
	}
	a.Revisions = slices.Clone(revs)
}
