package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/article"
)

// TestRuleEdgeCases: invented pages at the edges of rules that read a
// pattern (a list of one-word names, a wire's filing place, a heading's
// link to a folder of the page, an image's upload folder, the clock a
// page shows): each row a page the rule must leave alone.
func TestRuleEdgeCases(t *testing.T) {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	nov25 := time.Date(2024, 11, 25, 10, 0, 0, 0, time.UTC)
	zhBody := `<p>新渡輪今天上午首航，共有四十名乘客。官員表示，夏季每天將有四班，冬季每天兩班。島上居民十多年來一直要求可靠的交通。</p><p>這艘船在本島的造船廠建造，可載十二輛汽車以及自行車和小型貨車。票價是在公眾諮詢之後訂定的。</p><p>港務長說，最初幾週將顯示時刻表是否需要在旺季之前調整。當地商店預計遊客會增加。</p>`
	cases := []struct {
		name    string
		url     string
		fetched time.Time
		html    string
		check   func(t *testing.T, a *article.Article)
	}{
		// labelList: three one-word names are "labels"; Chinese names
		// have no spaces, so a three-reporter credit is dropped.
		{"three-chinese-reporters", u, time.Time{},
			fcPage("zh-TW", `<title>渡輪首航 - 荷姆比日報</title><meta property="og:site_name" content="荷姆比日報">`,
				`<article><h1>渡輪首航</h1><p>〔記者王小明、李大華、陳美玲／台北報導〕新渡輪今天上午首航，共有四十名乘客。官員表示，夏季每天將有四班。</p>`+zhBody+`</article>`),
			func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "王小明", "李大華", "陳美玲") }},
		// labelList: three wires credited together are no tag list.
		{"three-wires", u, time.Time{},
			fcBylinePage("de", `<div class="byline">dpa/AFP/Reuters</div>`, fcProse(0, 5)),
			func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "dpa", "AFP", "Reuters") }},
		// withoutWirePlace: a second wire is no filing place.
		{"two-wires", u, time.Time{},
			fcBylinePage("en", `<div class="byline">AFP, Reuters</div>`, fcProse(0, 5)),
			func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "AFP", "Reuters") }},
		// folderOf: page 2 of a story; its <h1> links to page 1, a
		// folder of the page's own path.
		{"headline-links-to-page-one", "https://holmby-courier.example/news/ferry-fares-rise/2/", time.Time{},
			fcPage("en", `<title>Holmby Courier</title>`,
				`<div class="site-header"><a href="/">Holmby Courier</a></div><article><h1><a href="https://holmby-courier.example/news/ferry-fares-rise/">Ferry fares to rise in April</a></h1>`+fcProse(0, 5)+`</article>`),
			func(t *testing.T, a *article.Article) {
				if a.Headline != "Ferry fares to rise in April" {
					t.Errorf("headline = %q", a.Headline)
				}
			}},
		// uploadYear: a site-wide default og:image filed years ago in the
		// same month decides the year of this year's "November 20".
		{"default-image-upload-year", u, nov25,
			fcPage("en", `<title>Ferry to Grest makes first crossing</title><meta property="og:image" content="https://holmby-courier.example/wp-content/uploads/2019/11/courier-logo.png">`,
				`<article><h1>Ferry to Grest makes first crossing</h1><div class="meta"><span class="date">November 20</span></div>`+fcProse(0, 5)+`</article>`),
			func(t *testing.T, a *article.Article) { fcWantDate(t, a, "2024-11-20") }},
		// shownZone: a date-only published_time serialised as midnight
		// UTC beside a shown "1:30 pm" is read as the zone +13:30 (no
		// such offset exists); nothing says the two are one instant.
		{"midnight-utc-placeholder-not-a-zone", u, time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC),
			fcPage("en-US", `<title>Ferry to Grest makes first crossing</title><meta property="article:published_time" content="2024-03-05T00:00:00Z">`,
				`<article><h1>Ferry to Grest makes first crossing</h1><div class="meta"><span class="date">March 5, 2024 at 1:30 pm</span></div>`+fcProse(0, 5)+`</article>`),
			func(t *testing.T, a *article.Article) {
				if strings.HasSuffix(a.PublishedAt, "+13:30") {
					t.Errorf("published = %q: an invented zone", a.PublishedAt)
				}
			}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(Input{HTML: []byte(tc.html), URL: tc.url, FetchedAt: tc.fetched}, Options{NoQuotes: true})
			if err != nil {
				t.Fatal(err)
			}
			tc.check(t, a)
		})
	}
}
