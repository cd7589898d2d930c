package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/article"
	"golang.org/x/net/html"
)

// Review of round 21's extractor changes: rows a plausible page gives
// that the round's rules got wrong. A firm's possessive after "in" is no
// locative mention of a place; an Arabic byline of one person whose
// compound given name ("عبد الرحمن") precedes a father's name opening with
// "و" (Walid, Wael) is not two people; a short story's <article> whose
// footer heading links out is no teaser (its <h1> is its first heading),
// and a comment's <article> is never the page's; a sidebar's "Recent
// posts" of hentry teasers is chrome as its widget says. Names, sites and
// text are invented.

func fcRev21Cases() []fcCase {
	var cs []fcCase
	// dateline: "in Quorvex's shares" is a noun phrase, the firm a topic
	firm := `<p class="byline">By Chinedu Okafor</p><div class="article-body"><p>Quorvex — The electric carmaker delivered fewer vehicles than analysts expected in the first quarter, its first fall in deliveries in almost four years.</p>` +
		`<p>The drop in Quorvex%ss shares on Tuesday wiped about 30 billion dollars off its market value, and rivals gained ground over the quarter.</p>` + fcProse(2, 3) + `</div>`
	cs = append(cs, fcDatelineRow("rev21/en-firm-possessive", "en", strings.Replace(firm, "%s", "'", 1), ""),
		fcDatelineRow("rev21/en-firm-possessive-curly", "en", strings.Replace(firm, "%s", "’", 1), ""))

	// authors: Arabic glued "و" against a compound given name
	arProse := "بدأت العبارة الجديدة بين الميناء والجزيرة أولى رحلاتها صباح الاثنين وعلى متنها أربعون راكبا، وقال مسؤولو المدينة إن الخدمة ستعمل أربع مرات يوميا خلال الصيف."
	arPage := func(byline string) string {
		return fcPage("ar", `<title>افتتاح خط العبارات الجديد</title>`, `<article><h1>افتتاح خط العبارات الجديد</h1><div class="byline">`+byline+`</div>`+
			strings.Repeat("<p>"+arProse+"</p>\n", 4)+`</article>`)
	}
	for _, c := range []struct {
		name, byline string
		want         []string
	}{
		{"ar-abd-walid-one-person", "بقلم: عبد الرحمن وليد الحمادي", []string{"عبد الرحمن وليد الحمادي"}},
		{"ar-abd-wael-one-person", "بقلم: عبد الله وائل الكعبي", []string{"عبد الله وائل الكعبي"}},
		{"ar-abu-walid-one-person", "بقلم: أبو بكر وليد السعدي", []string{"أبو بكر وليد السعدي"}},
		{"ar-abd-then-glued-second", "بقلم: عبد الله الكعبي ومهند المنهالي", []string{"عبد الله الكعبي", "مهند المنهالي"}},
	} {
		c := c
		cs = append(cs, fcCase{class: "authors/rev21/" + c.name, html: arPage(c.byline),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, c.want...) }})
	}

	// article pick: a short story whose footer's related heading links
	// out, and a comment's <article> after it
	brief := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour road closed for repairs</title></head><body><main id="main">` +
		`<article class="post type-post"><header class="entry-header"><h1 class="entry-title">Harbour road closed for repairs</h1>` +
		`<div class="entry-meta"><span class="byline">By Tove Lindqvist</span> <span class="posted-on">March 5, 2024</span></div></header>` +
		`<div class="entry-content"><p>The harbour road will be closed for three weeks from Monday while workers replace the drains under the quay, the council said.</p>` +
		`<p>Buses will use the ring road, and the ferry terminal stays open to cars coming from the north.</p></div>` +
		`<footer class="entry-footer"><h3 class="related-title"><a href="https://holmby-news.example/2024/02/ferry-timetable/">New ferry timetable</a></h3></footer></article>` +
		`<div id="comments" class="comments-area"><ol class="comment-list"><li id="comment-2" class="comment"><article id="div-comment-2" class="comment-body">` +
		`<footer class="comment-meta"><b class="fn">Magnus Berg</b> <span class="says">says:</span> <a href="#comment-2"><time datetime="2024-03-07T18:20:00+01:00">March 7, 2024 at 6:20 pm</time></a></footer>` +
		`<div class="comment-content"><p>About time. The drains have flooded the quay every winter since the storm, and the shops there lost a lot of stock each time.</p></div></article></li></ol></div>` +
		`</main></body></html>`
	cs = append(cs, fcCase{class: "scope/rev21/short-story-related-heading-and-comment", url: "https://holmby-news.example/2024/03/harbour-road/", html: brief,
		check: func(t *testing.T, a *article.Article) {
			root, err := html.Parse(strings.NewReader(brief))
			if err != nil {
				t.Fatal(err)
			}
			d := newDoc(root, nil, time.Time{}, nil)
			if d.article == nil || attr(d.article, "class") != "post type-post" {
				t.Errorf("article scope = %v, want the story's <article>", d.article)
			}
			fcWantAuthors(t, a, "Tove Lindqvist")
			fcWantDate(t, a, "2024-03-05")
		}})

	// chrome: a sidebar's "Recent posts" widget of hentry teasers, before
	// a post that names no writer
	side := `<div id="sidebar-left" class="sidebar widget-area"><div class="widget widget_recent_posts"><h3 class="widget-title">Recent posts</h3>` +
		`<div class="post-12 post hentry"><h4 class="entry-title"><a href="https://holmby-news.example/2024/02/ferry-timetable/">New ferry timetable for the spring</a></h4><span class="published">February 27, 2024</span> <span class="author vcard">by <span class="fn">Magnus Berg</span></span></div>` +
		`<div class="post-11 post hentry"><h4 class="entry-title"><a href="https://holmby-news.example/2024/02/pier/">Pier costs climb again</a></h4><span class="published">February 20, 2024</span> <span class="author vcard">by <span class="fn">Magnus Berg</span></span></div></div></div>`
	for _, cls := range []string{"post-13 post type-post", "post-13 post type-post hentry"} {
		page := fcPage("en", `<title>Harbour road closed for repairs – Holmby Post</title>`, `<div id="page">`+side+
			`<main id="main"><div class="`+cls+`"><h1 class="entry-title">Harbour road closed for repairs</h1><div class="entry-content">`+fcProse(0, 3)+`</div></div></main></div>`)
		cs = append(cs, fcCase{class: "authors/rev21/hentry-recent-posts-widget/" + cls, html: page,
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a) }})
	}
	return cs
}
