package wire

import (
	"testing"

	"github.com/byline/byline/article"
)

func TestRevisionRoundTrip(t *testing.T) {
	ev := &RevisionEvent{ID: "abc", URL: "https://www.example.com/a", Site: "example.com", Revision: 2,
		Diff: &article.ArticleDiff{Headline: &article.TextChange{From: "a", To: "b"}}}
	m, err := EncodeRevision(ev)
	if err != nil {
		t.Fatal(err)
	}
	if m.Subject != "byline.revisions.example_com" || m.Header.Get(HeaderMsgID) != "abc/revision/2" || m.Header.Get(HeaderRevision) != "2" {
		t.Errorf("message: %s %v", m.Subject, m.Header)
	}
	back, err := DecodeRevision(m.Data)
	if err != nil || back.Diff.Headline.To != "b" {
		t.Errorf("decode: %+v, %v", back, err)
	}
	for _, bad := range []string{`{`, `{"id":"x","revision":1}`, `{"revision":3}`} {
		if _, err := DecodeRevision([]byte(bad)); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}
