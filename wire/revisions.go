package wire

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/nats-io/nats.go"

	"github.com/byline/byline/article"
)

// RevisionsSubjectPrefix is the prefix of revision events:
// byline.revisions.<site token>, one event each time a re-fetched page
// gave a different article (see RevisionEvent).
const RevisionsSubjectPrefix = "byline.revisions"

// DefaultRevisionsStream is the stream that keeps revision events for
// replay (pipeline.Config.RevisionsStream).
const DefaultRevisionsStream = "REVISIONS"

// HeaderRevision is the article's revision number on REVISIONS messages.
const HeaderRevision = "Byline-Revision"

// RevisionSubject is the REVISIONS subject for a site (see SiteOf):
// RevisionSubject("example.com") == "byline.revisions.example_com".
func RevisionSubject(site string) string {
	return RevisionsSubjectPrefix + "." + Token(site)
}

// RevisionEvent is the body of a REVISIONS message (JSON): an article
// changed between two fetches. The new version is on ARTICLES too, but
// as the extractor published it, before the index stage numbered it: an
// ARTICLES message carries no revision, revised_at, revisions or
// cluster fields (they are in the index and here). On ARTICLES a changed
// article is one whose id you have seen with another Nats-Msg-Id; the
// event is where the revision number and the diff are, for services that
// want edits.
type RevisionEvent struct {
	ID        string               `json:"id"` // article.Article.ID
	URL       string               `json:"url"`
	Site      string               `json:"site"` // as in the subject, before Token
	Headline  string               `json:"headline"`
	Revision  int                  `json:"revision"`   // the new revision: 2, 3, ...
	RevisedAt string               `json:"revised_at"` // RFC 3339 fetch time of the new version
	Previous  string               `json:"previous"`   // RFC 3339 fetch time of the revision before
	Summary   string               `json:"summary"`    // one line for people: "headline changed; 1 paragraph added"
	Diff      *article.ArticleDiff `json:"diff"`
	ClusterID string               `json:"cluster_id,omitempty"`
}

// RevisionMsgID is the Nats-Msg-Id of an event: the same for every
// publication of one revision of one article, so the stream's duplicate
// window drops a republished event and a subscriber can recognise one.
func RevisionMsgID(id string, revision int) string {
	return id + "/revision/" + strconv.Itoa(revision)
}

// EncodeRevision makes the message of an event.
func EncodeRevision(ev *RevisionEvent) (*nats.Msg, error) {
	b, err := json.Marshal(ev)
	if err != nil {
		return nil, fmt.Errorf("wire: encode revision of %s: %w", ev.ID, err)
	}
	m := nats.NewMsg(RevisionSubject(ev.Site))
	m.Data = b
	m.Header.Set(HeaderMsgID, RevisionMsgID(ev.ID, ev.Revision))
	m.Header.Set(HeaderArticleID, ev.ID)
	m.Header.Set(HeaderURL, ev.URL)
	m.Header.Set(HeaderSite, Token(ev.Site))
	m.Header.Set(HeaderRevision, strconv.Itoa(ev.Revision))
	m.Header.Set(HeaderSchemaVersion, strconv.Itoa(article.SchemaVersion))
	return m, nil
}

// DecodeRevision reads the body of a REVISIONS message.
func DecodeRevision(data []byte) (*RevisionEvent, error) {
	var ev RevisionEvent
	if err := json.Unmarshal(data, &ev); err != nil {
		return nil, fmt.Errorf("wire: decode revision event: %w", err)
	}
	if ev.ID == "" || ev.Revision < 2 {
		return nil, fmt.Errorf("wire: decode revision event: id %q, revision %d: want an id and a revision >= 2", ev.ID, ev.Revision)
	}
	return &ev, nil
}
