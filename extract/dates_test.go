package extract

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
)

// TestParseMachineDate checks machine-written dates (ISO 8601, RFC 1123,
// Unix time).
func TestParseMachineDate(t *testing.T) {
	dp := &dateParser{w: vocab(), maxY: 2026}
	tests := []struct {
		in   string
		want string // RFC 3339, "" for no date
		zone bool
	}{
		{"2025-07-04T06:30:00-04:00", "2025-07-04T06:30:00-04:00", true},
		{"2025-07-04T10:30:00.123Z", "2025-07-04T10:30:00Z", true},
		{"2025-07-04T06:30:00+0200", "2025-07-04T06:30:00+02:00", true},
		{"2025-07-04 06:30:00", "2025-07-04T06:30:00Z", false},
		{"2025-07-04", "2025-07-04T00:00:00Z", false},
		{"2025/7/4", "2025-07-04T00:00:00Z", false},
		{"Fri, 04 Jul 2025 06:30:00 GMT", "2025-07-04T06:30:00Z", true},
		{"Wed, 04 May 2022 02:41:00 -0400", "2022-05-04T02:41:00-04:00", true},
		{"2020-12-05T23:15:0Z", "2020-12-05T23:15:00Z", true},
		{"1751625000", "2025-07-04T10:30:00Z", true},
		{"1751625000000", "2025-07-04T10:30:00Z", true},
		{"20250704", "2025-07-04T00:00:00Z", false},
		{"2025-07-04T06:30:00 EDT", "2025-07-04T06:30:00-04:00", true},
		{"10/05/2022 05:22 pm", "2022-05-10T17:22:00Z", false},
		{"1990-01-01", "", false},
		{"2031-01-01", "", false},
		{"2025-02-30", "", false},
		{"not a date", "", false},
		{"", "", false},
	}
	for _, tc := range tests {
		v, ok := dp.parseMachineDate(tc.in)
		got := ""
		if ok {
			got = v.t.Format(time.RFC3339)
		}
		if got != tc.want {
			t.Errorf("parseMachineDate(%q) = %q, want %q", tc.in, got, tc.want)
			continue
		}
		if ok && v.hasZone != tc.zone {
			t.Errorf("parseMachineDate(%q).hasZone = %v, want %v", tc.in, v.hasZone, tc.zone)
		}
	}
}

func TestParseTextDate(t *testing.T) {
	tests := []struct {
		in    string
		order dateOrder
		want  string // YYYY-MM-DD, "" for none
	}{
		{"Published March 14, 2021 at 10:30 am", orderMDY, "2021-03-14"},
		{"Mar. 14th, 2021", orderMDY, "2021-03-14"},
		{"14 March 2021", orderDMY, "2021-03-14"},
		{"Veröffentlicht am 14. März 2021, 10:30 Uhr", orderDMY, "2021-03-14"},
		{"le 14 mars 2021", orderDMY, "2021-03-14"},
		{"14 de marzo de 2021", orderDMY, "2021-03-14"},
		{"14 marzo 2021", orderDMY, "2021-03-14"},
		{"14 de março de 2021", orderDMY, "2021-03-14"},
		{"14 maart 2021", orderDMY, "2021-03-14"},
		{"14 марта 2021 г.", orderDMY, "2021-03-14"},
		{"14 marca 2021", orderDMY, "2021-03-14"},
		{"14 Mart 2021", orderDMY, "2021-03-14"},
		{"14 listopada 2021", orderDMY, "2021-11-14"},
		{"2021年3月14日", orderDMY, "2021-03-14"},
		{"2021년 3월 14일", orderDMY, "2021-03-14"},
		{"14.03.2021", orderDMY, "2021-03-14"},
		{"03/04/2021", orderDMY, "2021-04-03"},
		{"03/04/2021", orderMDY, "2021-03-04"},
		{"03/14/2021", orderDMY, "2021-03-14"},
		{"2021-03-14", orderDMY, "2021-03-14"},
		{"14·03·2021", orderDMY, "2021-03-14"},
		{"03·04·2021", orderMDY, "2021-03-04"},
		{"1·2·3", orderDMY, ""},
		{"14 · 03 · 2021", orderDMY, ""},
		{"Tuesday , 03 May 2022", orderDMY, "2022-05-03"},
		{"It was 2021 and 14 things happened", orderDMY, ""},
		{"Call 030-1234-2021", orderDMY, ""},
		{"March 2021", orderDMY, ""},
		{"15 أبريل 2020", orderDMY, "2020-04-15"},
		{"١٥ أبريل ٢٠٢٠", orderDMY, "2020-04-15"},
		{"15 كانون الثاني 2020", orderDMY, "2020-01-15"},
		{"۱۵/۰۴/۲۰۲۰", orderDMY, "2020-04-15"},
		{"15 sausio 2020", orderDMY, "2020-01-15"},
	}
	for _, tc := range tests {
		dp := &dateParser{w: vocab(), order: tc.order, maxY: 2026}
		v, ok := dp.parseTextDate(tc.in)
		got := ""
		if ok {
			got = v.t.Format("2006-01-02")
		}
		if got != tc.want {
			t.Errorf("parseTextDate(%q, order %d) = %q, want %q", tc.in, tc.order, got, tc.want)
		}
	}
}

func TestReadMetadataDates(t *testing.T) {
	tests := []struct {
		name, page, url string
		pub, mod        string // RFC 3339; "" for none
	}{
		{
			name: "meta published and modified keep the page offset",
			page: `<meta property="article:published_time" content="2025-07-04T06:30:00-04:00"><meta property="article:modified_time" content="2025-07-04T07:10:00-04:00">`,
			pub:  "2025-07-04T06:30:00-04:00", mod: "2025-07-04T07:10:00-04:00",
		},
		{
			name: "US zone after a 12-hour clock, daylight time from the second Sunday of March",
			page: `<article><h1>Headline</h1><div class="meta">Published March 10, 2024 at 3:30 a.m. ET</div></article>`,
			pub:  "2024-03-10T03:30:00-04:00",
		},
		{
			name: "US zone in standard time from the first Sunday of November",
			page: `<article><h1>Headline</h1><div class="meta">Published 2:15 p.m. CT Nov. 3, 2024</div></article>`,
			pub:  "2024-11-03T14:15:00-06:00",
		},
		{
			name: "a machine time in UTC shown on the page in a US zone keeps the page's zone",
			page: `<meta property="article:published_time" content="2019-11-19T02:24:00Z"><article><h1>Headline</h1><time class="date">Nov 18, 2019 9:24 pm ET</time></article>`,
			pub:  "2019-11-18T21:24:00-05:00",
		},
		{
			name: "French et after a time is no zone",
			page: `<html lang="fr"><article><h1>Titre</h1><div class="meta">Publié le 3 mars 2024 à 09h30 et mis à jour</div></article></html>`,
			pub:  "2024-03-03T09:30:00Z",
		},
		{
			name: "JSON-LD before meta",
			page: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","datePublished":"2024-01-02T08:00:00+01:00","dateModified":"2024-01-03T08:00:00+01:00"}</script><meta name="date" content="2024-05-05">`,
			pub:  "2024-01-02T08:00:00+01:00", mod: "2024-01-03T08:00:00+01:00",
		},
		{
			name: "a date in the future of the fetch is dropped",
			page: `<meta property="article:published_time" content="2027-01-01T00:00:00Z"><article><h1>H</h1><p class="date">5 May 2024</p></article>`,
			pub:  "2024-05-05T00:00:00Z",
		},
		{
			name: "implausibly old dates are dropped",
			page: `<meta property="article:published_time" content="1970-01-01T00:00:00Z">`,
		},
		{
			name: "URL date",
			page: `<article><h1>H</h1><p>No date here.</p></article>`,
			url:  "https://example.com/2021/03/14/story.html",
			pub:  "2021-03-14T00:00:00Z",
		},
		{
			name: "date-only midnight in the page's offset",
			page: `<meta property="article:modified_time" content="2021-03-15T10:00:00+02:00"><article><h1>H</h1></article>`,
			url:  "https://example.com/2021/03/14/story.html",
			pub:  "2021-03-14T00:00:00+02:00", mod: "2021-03-15T10:00:00+02:00",
		},
		{
			name: "visible German date near the headline",
			page: `<article><h1>Die Überschrift</h1><div>Von Anna Berg | 14. März 2021</div><p>` + strings.Repeat("Text ", 60) + `</p></article>`,
			pub:  "2021-03-14T00:00:00Z",
		},
		{
			name: "updated date in text is not the publication date",
			page: `<article><h1>Headline</h1><div class="meta">Updated March 20, 2021 · Published March 14, 2021</div></article>`,
			pub:  "2021-03-14T00:00:00Z", mod: "2021-03-20T00:00:00Z",
		},
		{
			name: "time pubdate",
			page: `<article><h1>H</h1><time datetime="2019-06-01T12:00:00+02:00" pubdate>1 June</time></article>`,
			pub:  "2019-06-01T12:00:00+02:00",
		},
		{
			name: "time in a related list is ignored",
			page: `<article><h1>H</h1><p>x</p></article><aside><time class="published" datetime="2018-01-01">1 Jan</time></aside>`,
		},
		{
			name: "UTC time shown in the offset given elsewhere on the page",
			page: `<meta property="article:published_time" content="2022-05-04T03:37:37+00:00"><article><h1>H</h1><time class="entry-date" datetime="2022-05-03T23:37:37-04:00">3 May 2022</time></article>`,
			pub:  "2022-05-03T23:37:37-04:00",
		},
		{
			name: "UTC time moved to the day the page shows",
			page: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","datePublished":"2020-12-05T23:15:00Z"}</script><article><h1>H</h1><p class="date">Domenica 06 Dicembre 2020 | 00:36</p></article>`,
			pub:  "2020-12-06T00:15:00+01:00",
		},
		{
			name: "a time in a site-named comment box is not the article's",
			page: `<div><h1>H</h1><p>` + strings.Repeat("Text ", 60) + `</p></div><div class="kb-recipe-comment-box-middle"><p>Lecker!</p><time datetime="2020-09-23T18:19:06+02:00">23.09.2020</time></div>`,
		},
		{
			name: "a byline that dates itself",
			page: `<div><h1>H</h1></div><div><span>von <a href="/u/m">Marianne1</a><br> am 20.09.2020</span></div><div><p>` + strings.Repeat("Text ", 60) + `</p></div>`,
			pub:  "2020-09-20T00:00:00Z",
		},
		{
			name: "generic date meta loses to the shown date",
			page: `<meta name="date" content="2020-04-30"><article><h1>H</h1><ul class="Infoline"><li class="Date">29.04.2020, 12:01 Uhr</li></ul></article>`,
			pub:  "2020-04-29T12:01:00Z",
		},
		{
			name: "a shown update date, the only date shown, wins over the structured first date",
			page: `<script type="application/ld+json">{"@type":"Article","headline":"H","datePublished":"2016-08-29T21:54:39Z"}</script><article><h1>H</h1><div class="date">Updated May 06, 2019</div><p>` + strings.Repeat("Text ", 60) + `</p></article>`,
			pub:  "2019-05-06T00:00:00Z",
		},
		{
			name: "a shown update date beside a shown publication date does not",
			page: `<script type="application/ld+json">{"@type":"Article","headline":"H","datePublished":"2016-08-29T21:54:39Z"}</script><article><h1>H</h1><div class="date">Published Aug 29, 2016</div><div class="date">Updated May 06, 2019</div><p>` + strings.Repeat("Text ", 60) + `</p></article>`,
			pub:  "2016-08-29T21:54:39Z",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			md := metaOf(t, "<html><head></head><body>"+tc.page+"</body></html>", tc.url)
			checkDates(t, md, tc.pub, tc.mod)
		})
	}
}

// TestReadMetadataDateOfFetchDay checks that a bare date equal to the
// fetch day's next calendar day in UTC (a page in a zone ahead of UTC) is
// kept with an offset in which that day had begun, never after the fetch.
func TestReadMetadataDateOfFetchDay(t *testing.T) {
	fetched := time.Date(2026, 11, 1, 20, 0, 0, 0, time.UTC)
	tests := []struct{ name, page, pub string }{
		{"next day in UTC, already begun east of UTC", `<meta name="date" content="2026-11-02">`, "2026-11-02T00:00:00+04:00"},
		{"two days ahead is the future", `<meta name="date" content="2026-11-03">`, ""},
		{"same day", `<meta name="date" content="2026-11-01">`, "2026-11-01T00:00:00Z"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := goquery.NewDocumentFromReader(strings.NewReader("<html><head>" + tc.page + "</head><body></body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			md := readMetadata(doc, nil, fetched)
			if got := rfc(md.Published); got != tc.pub {
				t.Errorf("published = %q, want %q", got, tc.pub)
			}
			if md.Published.After(fetched) {
				t.Errorf("published %v after fetch %v", md.Published, fetched)
			}
		})
	}
}

func checkDates(t *testing.T, md metadata, pub, mod string) {
	t.Helper()
	if got := rfc(md.Published); got != pub {
		t.Errorf("published = %q, want %q", got, pub)
	}
	if got := rfc(md.Modified); got != mod {
		t.Errorf("modified = %q, want %q", got, mod)
	}
	if md.Published.After(testFetched) {
		t.Errorf("published %v is after the fetch time", md.Published)
	}
}

// FuzzParseDate checks that the date parsers never panic and only return
// plausible dates, and that the whole metadata reader survives the same
// input as a title, an author, JSON-LD, a byline and a date.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"2025-07-04T06:30:00-04:00", "Fri, 04 Jul 2025 06:30:00 GMT", "14. März 2021", "03/04/2021",
		"2021年3月14日", "1751625000", "March 14th, 2021 at 10:30 pm EST", "31.10.23", "2020-12-05T23:15:0Z",
		"+99:99", "9999-99-99T99:99:99+99:99", "\xff\xfe", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 2*maxDateInput {
			return
		}
		for _, order := range []dateOrder{orderDMY, orderMDY} {
			dp := &dateParser{w: vocab(), order: order, maxY: 2026}
			for _, parse := range []func(string) (dateVal, bool){dp.parseMachineDate, dp.parseTextDate} {
				v, ok := parse(s)
				if !ok {
					continue
				}
				if y := v.t.Year(); y < minYear-1 || y > 2027 {
					t.Fatalf("parse(%q) gave implausible year %d", s, y)
				}
			}
		}
		// The page-level path, with the date in several places.
		e := htmlAttrEscape(s)
		page := `<html><head><title>` + e + ` | Site</title><meta name="author" content="` + e + `"><meta property="article:published_time" content="` + e + `"><script type="application/ld+json">` + e + `</script></head><body><article><h1>H</h1><p class="byline">By ` + e + `</p><p class="date">` + e + `</p></article></body></html>`
		doc, err := goquery.NewDocumentFromReader(strings.NewReader(page))
		if err != nil {
			return
		}
		md := readMetadata(doc, nil, testFetched)
		if md.Published.After(testFetched) {
			t.Fatalf("published %v after fetch for %q", md.Published, s)
		}
		for _, a := range append([]string{md.Headline}, md.Authors...) {
			if !utf8.ValidString(a) {
				t.Fatalf("invalid UTF-8 %q for %q", a, s)
			}
		}
	})
}

func htmlAttrEscape(s string) string {
	var b bytes.Buffer
	for _, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		case '&':
			b.WriteString("&amp;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// TestReadMetadataRegionZone checks that a page whose machine dates are
// all UTC is dated in the zone of the country its language tag names, and
// that tags which name no country (or are CMS defaults) leave UTC alone.
func TestReadMetadataRegionZone(t *testing.T) {
	const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","datePublished":"2020-08-25T00:23:33Z"}</script>`
	instant := time.Date(2020, 8, 25, 0, 23, 33, 0, time.UTC)
	tests := []struct{ name, head, day string }{
		{"fr-CA in DC.language: the evening before in Canada", `<meta name="dc.language" content="fr-ca">`, "2020-08-24"},
		{"de_AT og:locale: same day", `<meta property="og:locale" content="de_AT">`, "2020-08-25"},
		{"en-US is a CMS default, UTC kept", `<meta http-equiv="content-language" content="en-US">`, "2020-08-25"},
		{"ar_AR is Arabic, not Argentina", `<meta property="og:locale" content="ar_AR">`, "2020-08-25"},
		{"no country", `<meta name="dc.language" content="fr">`, "2020-08-25"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			md := metaOf(t, "<html><head>"+tc.head+"</head><body>"+ld+"<article><h1>H</h1></article></body></html>", "")
			if !md.Published.Equal(instant) {
				t.Fatalf("published = %v, want the instant %v", md.Published, instant)
			}
			if got := md.Published.Format(time.DateOnly); got != tc.day {
				t.Errorf("published day = %s (%v), want %s", got, md.Published, tc.day)
			}
		})
	}
}
