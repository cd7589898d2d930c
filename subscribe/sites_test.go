package subscribe_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/byline/byline/subscribe"
)

// TestSitesDoNotWiden: subject tokens are lossy (every character other
// than a-z 0-9 - _ becomes '_'), so different hosts can share a subject:
// news.example.com and news_example.com, bücher.example and bächer.example.
// Config.Sites must still deliver the named site only, and a site that is
// a wildcard must not widen the subscription.
func TestSitesDoNotWiden(t *testing.T) {
	e := newEnv(t)
	hosts := []string{"news.example.com", "news_example.com", "bücher.example", "bächer.example", "www.plain.example"}
	byHost := map[string]string{}
	for i, h := range hosts {
		a := makeArticle(h, i, fmt.Sprint("Story ", i))
		e.publish(t, a)
		byHost[h] = a.ID
	}
	tests := []struct {
		sites []string
		want  []string // hosts
	}{
		{[]string{"news.example.com"}, []string{"news.example.com"}},
		{[]string{"news_example.com"}, []string{"news_example.com"}},
		{[]string{"Bücher.example"}, []string{"bücher.example"}},
		{[]string{"bächer.example", "plain.example"}, []string{"bächer.example", "www.plain.example"}},
		{[]string{"*"}, nil},
		{[]string{">"}, nil},
		{[]string{"a>b"}, nil},
	}
	for _, tt := range tests {
		for _, durable := range []string{"", "svc"} {
			t.Run(strings.Join(tt.sites, ",")+"/durable="+durable, func(t *testing.T) {
				var want []string
				for _, h := range tt.want {
					want = append(want, byHost[h])
				}
				if durable != "" {
					durable = fmt.Sprintf("svc%d", len(e.consumerNames(t)))
				}
				var c collector
				sub := run(t, e.js, subscribe.Config{Durable: durable, Sites: tt.sites, StopWhenCaughtUp: true}, c.handle)
				if got := c.ids(); !sameSet(got, want) {
					t.Errorf("Sites %q: got %v, want %v (%v)", tt.sites, got, want, tt.want)
				}
				if st := sub.Stats(); st.Acked != uint64(len(want)) {
					t.Errorf("stats %+v", st)
				}
			})
		}
	}
	for _, s := range []string{"*", ">", "a>b", "a b.example", "x.*.example"} {
		for _, subj := range subscribe.Subjects([]string{s}) {
			if strings.ContainsAny(subj, "*> ") || strings.Count(subj, ".") != 2 {
				t.Errorf("Subjects(%q) = %q: want byline.articles.<one literal token>", s, subj)
			}
		}
	}
}
