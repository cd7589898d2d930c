package extract

import (
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// testFetched is the fetch time the metadata tests use.
var testFetched = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)

// metaOf parses page and reads its metadata as fetched at testFetched.
func metaOf(t testing.TB, page, pageURL string) metadata {
	t.Helper()
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(page))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	var base *url.URL
	if pageURL != "" {
		if base, err = url.Parse(pageURL); err != nil {
			t.Fatalf("url %q: %v", pageURL, err)
		}
	}
	return readMetadata(doc, base, testFetched)
}

// TestReadMetadataSeed checks every metadata field of the seed page's gold
// file that the metadata reader is responsible for.
func TestReadMetadataSeed(t *testing.T) {
	shared := needShared(t)
	page, err := os.ReadFile(filepath.Join(shared, "seed", "newslooks-trump-putin.html"))
	if err != nil {
		t.Fatalf("seed page: %v", err)
	}
	raw, err := os.ReadFile(filepath.Join(shared, "seed", "newslooks-trump-putin.gold.json"))
	if err != nil {
		t.Fatalf("read seed gold: %v", err)
	}
	var gold struct {
		URL          string   `json:"url"`
		CanonicalURL string   `json:"canonical_url"`
		SiteName     string   `json:"site_name"`
		Section      string   `json:"section"`
		Tags         []string `json:"tags"`
		Language     string   `json:"language"`
		Headline     string   `json:"headline"`
		Authors      []string `json:"authors"`
		PublishedAt  string   `json:"published_at"`
		ModifiedAt   string   `json:"modified_at"`
		Summary      string   `json:"summary"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatalf("parse seed gold: %v", err)
	}
	md := metaOf(t, string(page), gold.URL)
	checks := []struct{ field, got, want string }{
		{"headline", md.Headline, gold.Headline},
		{"site_name", md.SiteName, gold.SiteName},
		{"section", md.Section, gold.Section},
		{"language", md.Language, gold.Language},
		{"canonical_url", md.CanonicalURL, gold.CanonicalURL},
		{"published_at", rfc(md.Published), gold.PublishedAt},
		{"modified_at", rfc(md.Modified), gold.ModifiedAt},
		{"type", md.Type, "NewsArticle"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
		}
	}
	if !slices.Equal(md.Tags, gold.Tags) {
		t.Errorf("tags = %q, want %q", md.Tags, gold.Tags)
	}
	if !slices.Equal(md.Authors, gold.Authors) {
		t.Errorf("authors = %q, want %q", md.Authors, gold.Authors)
	}
	if md.HeadlineNode == nil {
		t.Error("HeadlineNode is nil, want the page's <h1>")
	}
	if md.Paywalled {
		t.Error("paywalled = true, want false")
	}
	if !strings.HasSuffix(md.Image, ".jpg") {
		t.Errorf("image = %q, want the og:image", md.Image)
	}
}

func TestReadMetadataHeadline(t *testing.T) {
	tests := []struct {
		name, page, url, want string
	}{
		{
			name: "site suffix cut from og:title",
			page: `<html><head><meta property="og:site_name" content="Daily Planet"><meta property="og:title" content="Mayor Resigns After Vote | Daily Planet"></head><body></body></html>`,
			want: "Mayor Resigns After Vote",
		},
		{
			name: "site prefix cut from title",
			page: `<html><head><title>Daily Planet - Mayor Resigns After Vote</title><meta property="og:site_name" content="Daily Planet"></head><body></body></html>`,
			want: "Mayor Resigns After Vote",
		},
		{
			name: "section and site cut",
			page: `<html><head><title>Mayor Resigns After Long Council Vote – Politics – Daily Planet</title><meta property="og:site_name" content="Daily Planet"></head><body></body></html>`,
			want: "Mayor Resigns After Long Council Vote",
		},
		{
			name: "host name cut",
			page: `<html><head><title>Mayor Resigns After Vote | DailyPlanet.com</title></head><body></body></html>`,
			url:  "https://www.dailyplanet.com/news/mayor",
			want: "Mayor Resigns After Vote",
		},
		{
			name: "h1 confirmed by title wins with its own punctuation",
			page: `<html><head><title>Mayor’s “last” vote | Daily Planet</title><meta property="og:title" content="Mayor's &quot;last&quot; vote"></head><body><article><h1>Mayor’s “last” vote</h1></article></body></html>`,
			want: "Mayor’s “last” vote",
		},
		{
			name: "JSON-LD headline in @graph",
			page: `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Planet"},{"@type":"NewsArticle","headline":"Floods Reach the Capital"}]}</script><title>Planet</title></head><body></body></html>`,
			want: "Floods Reach the Capital",
		},
		{
			name: "kicker dropped from h1",
			page: `<html><head><title>Climate: Drilling Until It Burns | Planet</title></head><body><article><h1><span class="headline__kicker">Climate</span><span class="visually-hidden">: </span><span>Drilling Until It Burns</span></h1></article></body></html>`,
			want: "Drilling Until It Burns",
		},
		{
			name: "blog name h1 is not the headline",
			page: `<html><head><title>Why Viral Marketing Works | MyBlog</title></head><body><h1>MyBlog</h1><div class="post"><h2>Why Viral Marketing Works</h2></div></body></html>`,
			want: "Why Viral Marketing Works",
		},
		{
			name: "title part a blog heading repeats, site name unknown",
			page: `<html><head><title>Spring Planting in Clay Soil | Notes from a Small Garden</title><meta property="og:title" content="Notes from a Small Garden"></head><body><div id="header"><a href="/">Notes from a Small Garden</a></div><div class="post"><h2>Spring Planting in Clay Soil</h2><p>Clay holds water well, which is why...</p></div></body></html>`,
			url:  "https://smallgarden.example/2024/04/spring",
			want: "Spring Planting in Clay Soil",
		},
		{
			name: "both title parts are headings: no part chosen by headings",
			page: `<html><head><title>Spring Planting in Clay Soil | Notes from a Small Garden</title></head><body><h2>Notes from a Small Garden</h2><div class="post"><h3>Spring Planting in Clay Soil</h3><p>Clay holds water well.</p></div></body></html>`,
			url:  "https://smallgarden.example/2024/04/spring",
			want: "Spring Planting in Clay Soil | Notes from a Small Garden",
		},
		{
			name: "h1 in nav ignored",
			page: `<html><head><meta property="og:title" content="Storm Closes Schools"></head><body><nav><h1>Menu</h1></nav><article><h1>Storm Closes Schools</h1></article></body></html>`,
			want: "Storm Closes Schools",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			md := metaOf(t, tc.page, tc.url)
			if md.Headline != tc.want {
				t.Errorf("headline = %q, want %q", md.Headline, tc.want)
			}
		})
	}
}

func TestReadMetadataAuthors(t *testing.T) {
	tests := []struct {
		name, page string
		want       []string
	}{
		{
			name: "Arabic byline label",
			page: `<html lang="ar"><body><article><h1>عنوان</h1><p>بقلم أحمد خالد</p><p>نص المقال هنا.</p></article></body></html>`,
			want: []string{"أحمد خالد"},
		},
		{
			name: "Chinese label noun glued to the name",
			page: `<html lang="zh"><body><article><h1>标题</h1><p>作者： 记者王敬照</p><p>文章的正文在这里。</p></article></body></html>`,
			want: []string{"王敬照"},
		},
		{
			name: "Hungarian label noun",
			page: `<article><h1>Cím</h1><p>Szerző: Kovács Anna</p><p>A cikk szövege.</p></article>`,
			want: []string{"Kovács Anna"},
		},
		{
			name: "Swedish label noun",
			page: `<article><h1>Rubrik</h1><p>Text: Lars Berg</p><p>Artikelns text.</p></article>`,
			want: []string{"Lars Berg"},
		},
		{
			name: "CMS placeholders are no names",
			page: `<meta name="author" content="null"><meta property="article:author" content="No Author"><article><h1>H</h1><div class="byline">Maria Lopez</div></article>`,
			want: []string{"Maria Lopez"},
		},
		{
			name: "wire role line",
			page: `<article><h1>H</h1><div class="byline">By JOHN DOE AP Medical Writer</div></article>`,
			want: []string{"John Doe"}, // capitals are the template's style
		},
		{
			name: "agency and role after a comma",
			page: `<article><h1>H</h1><div class="byline">By Jane Roe, Associated Press Writer</div></article>`,
			want: []string{"Jane Roe"},
		},
		{
			name: "job title before the name",
			page: `<article><h1>H</h1><div class="byline">By Senior Correspondent Jane Roe</div></article>`,
			want: []string{"Jane Roe"},
		},
		{
			name: "desk credit before a name that is no person's stays whole",
			page: `<article><h1>H</h1><div class="byline">By Staff Holmby Courier</div></article>`,
			want: []string{"Staff Holmby Courier"},
		},
		{
			name: "generational suffix keeps its period",
			page: `<article><h1>H</h1><div class="byline">By Martin Luther King Jr.</div></article>`,
			want: []string{"Martin Luther King Jr."},
		},
		{
			name: "author box",
			page: `<article><h1>H</h1><p>Body text.</p><div class="author-box"><h4>Maria Keller</h4><p>Maria Keller writes about cities.</p></div></article>`,
			want: []string{"Maria Keller"},
		},
		{
			name: "date and name line by the headline",
			page: `<article><h1>Ein Titel</h1><p>12. März 2021 – Hans Müller</p><p>Body.</p></article>`,
			want: []string{"Hans Müller"},
		},
		{
			name: "desk credit with the editor's initials",
			page: `<article><h1>H</h1><p class="author">MDR THÜRINGEN/ls</p></article>`,
			want: []string{"MDR THÜRINGEN/ls"},
		},
		{
			name: "a blog owner signs with the blog's name",
			page: `<meta property="og:site_name" content="Jane Doe"><article><h1>H</h1><p>By Jane Doe</p></article>`,
			want: []string{"Jane Doe"},
		},
		{
			name: "label in a heading of its own",
			page: `<article><h1>H</h1><div class="meta"><h4>Autor</h4><p><a href="/p/nh">Nikolai Huke</a>, </p></div></article>`,
			want: []string{"Nikolai Huke"},
		},
		{
			name: "CJK label with a full-width colon",
			page: `<article><h1>标题</h1><p>正文。</p><span>责任编辑： 焦鹏</span></article>`,
			want: []string{"焦鹏"},
		},
		{
			name: "categories after the author are no names",
			page: `<article><h1>H</h1><p>Veröffentlicht von Jana Kurz in Politik, Kultur, Theorie</p></article>`,
			want: []string{"Jana Kurz"},
		},
		{
			name: "JSON-LD people array",
			page: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}]}</script>`,
			want: []string{"Jane Doe", "John Roe"},
		},
		{
			name: "JSON-LD @id reference in @graph",
			page: `<script type="application/ld+json">{"@graph":[{"@type":"Article","headline":"H","author":{"@id":"#p1"}},{"@type":"Person","@id":"#p1","name":"Ana Lima"}]}</script>`,
			want: []string{"Ana Lima"},
		},
		{
			name: "JSON-LD organisation only when no person",
			page: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":{"@type":"Organization","name":"Wire Service"}}</script><div class="byline">By Sam Park</div>`,
			want: []string{"Sam Park"},
		},
		{
			name: "meta author, URL in article:author ignored",
			page: `<meta property="article:author" content="https://example.com/author/x"><meta name="author" content="Maria Rossi">`,
			want: []string{"Maria Rossi"},
		},
		{
			name: "microdata author name",
			page: `<article><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Li Wei</span></span></article>`,
			want: []string{"Li Wei"},
		},
		{
			name: "rel=author link",
			page: `<article><a rel="author" href="/a/jd">Jean Dupont</a></article>`,
			want: []string{"Jean Dupont"},
		},
		{
			name: "byline with two names, role and date",
			page: `<article><h1>H</h1><div class="byline">By Jane Doe and John Roe, Staff Writers | March 3, 2021</div></article>`,
			want: []string{"Jane Doe", "John Roe"},
		},
		{
			name: "three names and an e-mail",
			page: `<article><p class="author">Von Anna Berg, Carl Dorn und Eva Frank (anna.berg@example.de)</p></article>`,
			want: []string{"Anna Berg", "Carl Dorn", "Eva Frank"},
		},
		{
			name: "labelled byline without class",
			page: `<article><h1>H</h1><p>Auteur : Kossi Tiassou</p><p>Body.</p></article>`,
			want: []string{"Kossi Tiassou"},
		},
		{
			name: "site name is not an author",
			page: `<meta property="og:site_name" content="Planet News"><meta name="author" content="Planet News"><div class="author">Rita Moreno</div>`,
			want: []string{"Rita Moreno"},
		},
		{
			name: "microdata author of the article item, template puts it in a sidebar-classed box",
			page: `<div class="sidebar"><div itemscope itemtype="http://schema.org/BlogPosting"><span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Weinrebe</span></span></div></div>`,
			want: []string{"Weinrebe"},
		},
		{
			name: "microdata author in chrome outside an article item is ignored",
			page: `<div class="sidebar"><div itemscope itemtype="http://schema.org/Book"><span itemprop="author">Jojo Moyes</span></div></div>`,
			want: nil,
		},
		{
			name: "bare label element, name in the parent",
			page: `<article><h1>H</h1><p>Body text.</p><a href="#"><b>Von:</b><br><br> Götz Warnke</a></article>`,
			want: []string{"Götz Warnke"},
		},
		{
			name: "comment by the post author names the author",
			page: `<article><h1>H</h1><p>Body.</p></article><ol class="comments"><li class="comment bypostauthor"><cite class="fn"><a href="/">nesselsetzer</a></cite> Sagt:<p>Danke!</p></li></ol>`,
			want: []string{"nesselsetzer"},
		},
		{
			name: "desk credit when nobody is named",
			page: `<meta name="twitter:label1" content="Geschrieben von"><meta name="twitter:data1" content="Redaktion"><article><h1>H</h1></article>`,
			want: []string{"Redaktion"},
		},
		{
			name: "desk credit loses to a person",
			page: `<article><h1>H</h1><span class="author">By Staff Writer</span><p class="byline">By Kim Lee</p></article>`,
			want: []string{"Kim Lee"},
		},
		{
			name: "agency credit of the dateline when nobody is named",
			page: `<meta property="og:description" content="Hamburg (dpa/lno) – Trotz eines Gesprächs blieb es dabei."><article><h1>H</h1></article>`,
			want: []string{"dpa/lno"},
		},
		{
			name: "copyright line of a personal site when nobody else is named",
			page: `<article><h1>H</h1><p>` + strings.Repeat("Text ", 40) + `</p></article><div class="copyrights-area"><p>(c) Johannes Wolf • Weitere Rechte siehe Impressum</p></div>`,
			want: []string{"Johannes Wolf"},
		},
		{
			name: "a photo credit is not the page's copyright",
			page: `<article><h1>H</h1><figure><img src="a.jpg"><figcaption>© Frank Derer</figcaption></figure><div class="image-credit"><span>© Jörg Gemsch</span></div><p>Copyright: Gisele Wender</p></article>`,
			want: nil,
		},
		{
			name: "an organisation holding the copyright is no person",
			page: `<article><h1>H</h1></article><footer><p>© 2021 Deutscher Handballbund</p><p>© Malay Mail</p></footer>`,
			want: nil,
		},
		{
			name: "date and name line just before the headline",
			page: `<div><small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small><h1>Stellungnahme zum Pilotjahr</h1><p>` + strings.Repeat("Text ", 40) + `</p></div>`,
			want: []string{"Uta Helkenberg"},
		},
		{
			name: "date line with a section and an update label names nobody",
			page: `<div><h1>Stellungnahme zum Pilotjahr</h1><p>Politik | 04.02.2022 | Son Güncelleme</p><p>` + strings.Repeat("Text ", 40) + `</p></div>`,
			want: nil,
		},
		{
			name: "right-aligned signature under the article when nobody else is named",
			page: `<table><tr><td><p>` + strings.Repeat("Texte ", 40) + `</p><p align="right"><em>Denis Clerc</em></p></td></tr></table>`,
			want: []string{"Denis Clerc"},
		},
		{
			name: "right-aligned line that is no name",
			page: `<div><p>` + strings.Repeat("Texte ", 40) + `</p><p style="text-align: right">Retour en haut</p></div>`,
			want: nil,
		},
		{
			name: "labelled line ends at its line break",
			page: `<article><h1>Streit um die Fähre</h1><div class="entry-content"><p><strong>HAFEN – Probleme zwischen Pendlern und Reedern</strong></p>` +
				`<p>Von <strong><a href="/a">Jana Müller-Thurgau</a></strong> und <strong><a href="/b">Lars Petersen</a></strong><br><span id="more-1"></span><br>Kakuma /Kenia</p>` +
				`<p>` + strings.Repeat("Der Text des Artikels geht hier weiter. ", 8) + `</p></div></article>`,
			want: []string{"Jana Müller-Thurgau", "Lars Petersen"},
		},
		{
			name: "dedupe across forms",
			page: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":["Jane Doe","jane doe","Jane Doe"]}</script>`,
			want: []string{"Jane Doe"},
		},
		{
			name: "a name spelt without its marks is the same name",
			page: `<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":["Maria Preuß","Maria Preuss","Selina Jüngling","Selina Juengling"]}</script>`,
			want: []string{"Maria Preuß", "Selina Jüngling"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			md := metaOf(t, "<html><head></head><body>"+tc.page+"</body></html>", "")
			if !slices.Equal(md.Authors, tc.want) {
				t.Errorf("authors = %q, want %q", md.Authors, tc.want)
			}
		})
	}
}

func TestSplitAuthors(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"By Jane Doe", []string{"Jane Doe"}},
		{"Christoph von Ritter", []string{"Christoph von Ritter"}},
		{"Par Loïc Le Clerc", []string{"Loïc Le Clerc"}},
		{"04.02.2022 | 13:10 Uhr | Uta Helkenberg", []string{"Uta Helkenberg"}},
		{"Eine Kolumne von Nils Pickert", []string{"Nils Pickert"}},
		{"Autor: Petra Ruland", []string{"Petra Ruland"}},
		{"By X, Y and Z", nil},
		{"By Al Smith, Bo Jones and Cy Young", []string{"Al Smith", "Bo Jones", "Cy Young"}},
		{"Staff Writer", nil},
		{"Juan Carlos Muñoz C.", []string{"Juan Carlos Muñoz C."}},
		{"Posted on March 3, 2021 by Kim Lee", []string{"Kim Lee"}},
		{"Redaktion: Eberhard Fuhr (Pressesprecher)", []string{"Eberhard Fuhr"}},
		{"Even though the singer is", nil},
		{"user42", []string{"user42"}},
		{"det/dpa", []string{"det/dpa"}},
		{"Von Anna Berg/dpa", []string{"Anna Berg", "dpa"}},
		{"AFP/Reuters", []string{"AFP", "Reuters"}},
		{"Ana Lund, PhD", []string{"Ana Lund"}},
		{"記者王小明／即時報導", []string{"王小明"}},
		{"〔記者王小明、李大華／台北報導〕", []string{"王小明", "李大華"}},
		{"【记者 李华/北京报道】", []string{"李华"}},
		{"Ana Lund, MS, RD and Bo Berg, BSc", []string{"Ana Lund", "Bo Berg"}},
		{"Ana Lund, MBBS", []string{"Ana Lund"}},
		{"Ana Lund, PharmD", []string{"Ana Lund"}},
		{"Ana Lund, PHD", []string{"Ana Lund"}},
		{"Ana Lund, DO", []string{"Ana Lund"}},
	}
	for _, tc := range tests {
		if got := splitAuthors(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("splitAuthors(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestReadMetadataPageFields(t *testing.T) {
	tests := []struct {
		name, page, url string
		check           func(t *testing.T, md metadata)
	}{
		{
			name: "site name from JSON-LD publisher, section from breadcrumbs",
			page: `<html><head><script type="application/ld+json">[{"@type":"NewsArticle","headline":"Long Headline About Things","publisher":{"@type":"Organization","name":"The Courier"}},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"},{"@type":"ListItem","position":2,"name":"Sport"},{"@type":"ListItem","position":3,"name":"Long Headline About Things"}]}]</script></head><body></body></html>`,
			check: func(t *testing.T, md metadata) {
				if md.SiteName != "The Courier" || md.Section != "Sport" {
					t.Errorf("site %q section %q, want The Courier / Sport", md.SiteName, md.Section)
				}
			},
		},
		{
			name: "a publisher named like the generator is the platform, not the site",
			page: `<html><head><meta content='blogger' name='generator'/><script type="application/ld+json">{"@type":"BlogPosting","headline":"Quilts","publisher":{"@type":"Organization","name":"Blogger"}}</script></head><body></body></html>`,
			url:  "https://quilters-of-kenmore.blogspot.example/2024/03/quilts.html",
			check: func(t *testing.T, md metadata) {
				if md.SiteName != "quilters-of-kenmore.blogspot.example" {
					t.Errorf("site %q, want the blog's host, not the platform", md.SiteName)
				}
			},
		},
		{
			name: "site name from the host, DOM breadcrumbs",
			page: `<html><body><ol class="breadcrumb"><li><a href="/">Start</a></li><li><a href="/politik">Politik</a></li></ol><h1>Titel</h1></body></html>`,
			url:  "https://www.example.de/politik/titel",
			check: func(t *testing.T, md metadata) {
				if md.SiteName != "example.de" || md.Section != "Politik" {
					t.Errorf("site %q section %q, want example.de / Politik", md.SiteName, md.Section)
				}
			},
		},
		{
			name: "language from og:locale, canonical resolved",
			page: `<html><head><meta property="og:locale" content="de_DE"><link rel="canonical" href="/a/b?x=1"></head><body></body></html>`,
			url:  "https://example.de/a/b?utm=1",
			check: func(t *testing.T, md metadata) {
				if md.Language != "de" || md.CanonicalURL != "https://example.de/a/b?x=1" {
					t.Errorf("language %q canonical %q", md.Language, md.CanonicalURL)
				}
			},
		},
		{
			name: "language guessed from text",
			page: `<html><body><article><p>Die Regierung hat am Montag beschlossen, dass die neuen Regeln für alle gelten und nicht nur für die Städte, die es sich leisten können. Es ist ein Schritt, der auch von der Opposition begrüßt wird.</p></article></body></html>`,
			check: func(t *testing.T, md metadata) {
				if md.Language != "de" {
					t.Errorf("language %q, want de", md.Language)
				}
			},
		},
		{
			name: "tags from keywords, paywall from JSON-LD",
			page: `<html><head><meta name="keywords" content="Energy, Oil ,energy, Climate"><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","isAccessibleForFree":"False","hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".paywall"}}</script></head><body></body></html>`,
			check: func(t *testing.T, md metadata) {
				if !slices.Equal(md.Tags, []string{"Energy", "Oil", "Climate"}) || !md.Paywalled {
					t.Errorf("tags %q paywalled %v", md.Tags, md.Paywalled)
				}
			},
		},
		{
			name: "broken JSON-LD with raw newlines still read",
			page: "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Line\none\",\"articleBody\":\"Para one.\nPara two.\"}</script></head><body></body></html>",
			check: func(t *testing.T, md metadata) {
				if md.Headline != "Line one" || md.ArticleBody != "Para one. Para two." || md.Type != "NewsArticle" {
					t.Errorf("headline %q body %q type %q", md.Headline, md.ArticleBody, md.Type)
				}
			},
		},
		{
			name: "empty document",
			page: ``,
			check: func(t *testing.T, md metadata) {
				if md.Headline != "" || !md.Published.IsZero() || md.Authors != nil {
					t.Errorf("empty page gave %+v", md)
				}
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.check(t, metaOf(t, tc.page, tc.url))
		})
	}
}

func TestGuessLanguage(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The government said on Monday that the new rules will apply to all of the cities and that it is a step forward.", "en"},
		{"Le gouvernement a annoncé lundi que les nouvelles règles seront appliquées dans toutes les villes et que ce n'est pas une surprise.", "fr"},
		{"El gobierno anunció el lunes que las nuevas reglas se aplicarán en todas las ciudades y que no es una sorpresa para los ciudadanos.", "es"},
		{"Правительство объявило в понедельник, что новые правила будут действовать во всех городах, и это не стало сюрпризом для жителей.", "ru"},
		{"政府は月曜日に新しい規則をすべての都市に適用すると発表しました。これは市民にとって驚きではありませんでした。", "ja"},
		{"short", ""},
	}
	for _, tc := range tests {
		if got := guessLanguage(tc.text); got != tc.want {
			t.Errorf("guessLanguage(%.30q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestClassHintCustomElements(t *testing.T) {
	tests := []struct {
		page, tag, want string
	}{
		{`<byline class="x">Von Karl Beispiel</byline>`, "byline", "byline x"},
		{`<site-header id="Top">Menu</site-header>`, "site-header", "site-header top"},
		{`<div class="Byline">B</div>`, "div", "byline"},
		{`<p>plain</p>`, "p", ""},
	}
	for _, tc := range tests {
		root, err := html.Parse(strings.NewReader(tc.page))
		if err != nil {
			t.Fatal(err)
		}
		var n *html.Node
		var find func(*html.Node)
		find = func(c *html.Node) {
			if c.Type == html.ElementNode && c.Data == tc.tag && n == nil {
				n = c
			}
			for k := c.FirstChild; k != nil; k = k.NextSibling {
				find(k)
			}
		}
		find(root)
		if got := classHint(n); got != tc.want {
			t.Errorf("classHint(%s) = %q, want %q", tc.page, got, tc.want)
		}
	}
}
