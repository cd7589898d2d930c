package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// fcFix24AbsentCases are the classes TestMetamorphicAbsent found with a
// field's answer missing from the page (metamorphic_absent_test.go):
//
//   - a byline whose name element is empty leaves its label or the
//     date line's first word ("Veröffentlicht von", "Geschrieben von",
//     "Publisert", "Tue", Vietnamese "bởi" now a byline label): no
//     author (authorlabelonly.go), while a name
//     in the same place, "Tue Hansen" among them, is still read;
//   - a caption element holding only a credit ("(Jane Doe/The
//     Standard)", "（共同）", "Jane Doe/The Standard"): no caption, it is the
//     credit (imagecreditalone.go), while a bracket after a caption's
//     sentence is still split off and a bracket that is no credit stays
//     the caption;
//   - a credit that is its label alone ("PHOTO", "(foto", "Beeld"):
//     no credit (imagecreditalone.go's creditNotLabel), while the same
//     label before a name still gives the name;
//   - a gallery's counter alone in the caption element ("1/3", "2 of
//     9"): no caption (imagenoise.go's galleryCounterFree), while a
//     counter before a caption's text is still cut from it;
//   - a caption ending in an empty bracket ("… in 1936. ()"): no crash
//     (captionmarkup.go's sourceAfterSentence).
func fcFix24AbsentCases() []fcCase {
	dePage := func(byline string) string {
		return fcPage("de", `<title>Neue Fähre für die Insel | Inselbote</title>`, `<article><h1>Neue Fähre für die Insel</h1>`+byline+
			`<p>Die Gemeinde hat am Dienstag eine neue Fähre für die Verbindung zur Insel bestellt. Sie soll im Herbst in Dienst gehen.</p>
<p>Der Bürgermeister sprach von einem wichtigen Tag für die Insel. Die alte Fähre fährt seit mehr als dreißig Jahren.</p>
<p>Die Kosten liegen bei rund vier Millionen Euro. Das Land übernimmt einen großen Teil davon, teilte die Gemeinde mit.</p>
<p>Die Bewohner der Insel hatten lange auf eine neue Fähre gewartet. Im Winter fiel die alte oft wegen Schäden aus.</p></article>`)
	}
	enPage := func(byline string) string {
		return fcPage("en", `<title>Ferry to Grest makes first crossing</title>`, `<article><h1>Ferry to Grest makes first crossing</h1>`+byline+fcProse(0, 5)+`</article>`)
	}
	noPage := func(byline string) string {
		return fcPage("no", `<title>Ny ferje til øya | Kystposten</title>`, `<article><h1>Ny ferje til øya</h1>`+byline+
			`<p>Kommunen har bestilt en ny ferje til sambandet ut til øya. Den skal settes i drift til høsten.</p>
<p>Ordføreren kalte det en viktig dag for øya. Den gamle ferja har gått i mer enn tretti år.</p>
<p>Prisen er rundt førti millioner kroner. Fylket tar en stor del av regningen, opplyser kommunen.</p>
<p>Folk på øya har ventet lenge på en ny ferje. Om vinteren ble den gamle ofte innstilt på grunn av skader.</p></article>`)
	}
	viPage := func(byline string) string {
		return fcPage("vi", `<title>Trồng rau sạch trên sân thượng | Vườn nhà mình</title>`, `<article><h1>Trồng rau sạch trên sân thượng</h1>`+byline+
			`<p>Nhiều gia đình ở thành phố đã bắt đầu trồng rau trên sân thượng để có nguồn rau sạch cho bữa ăn hằng ngày.</p>
<p>Theo các chuyên gia, chỉ cần vài thùng xốp và đất tốt là có thể bắt đầu, nhưng cần chú ý đến ánh nắng và nước tưới.</p>
<p>Chị Lan, một người trồng rau lâu năm, cho biết mỗi tuần gia đình chị thu hoạch được vài ký rau các loại.</p>
<p>Những loại rau dễ trồng nhất là rau muống, cải xanh và rau thơm, phù hợp với người mới bắt đầu.</p></article>`)
	}
	return []fcCase{
		{class: "fix24absent/authors: 'Veröffentlicht von' with an empty author link is no name",
			html:  dePage(`<div class="post-meta"><span class="byline">Veröffentlicht von <a class="author" href="/autor/"></a></span></div>`),
			check: fcCheckAuthors()},
		{class: "fix24absent/authors: 'Geschrieben von' alone in the byline is no name",
			html:  dePage(`<div class="byline">Geschrieben von <span class="author-name"></span></div>`),
			check: fcCheckAuthors()},
		{class: "fix24absent/authors: a real 'Geschrieben von NAME' is still read",
			html:  dePage(`<div class="byline">Geschrieben von <span class="author-name">Jana Weber</span></div>`),
			check: fcCheckAuthors("Jana Weber")},
		{class: "fix24absent/authors: the date line's weekday 'Tue' with an empty author span is no name",
			html:  enPage(`<div class="article-author-date"><span class="author"></span> <span class="date">Tue 5 Mar 2024, 11:27 AM</span></div>`),
			check: fcCheckAuthors()},
		{class: "fix24absent/authors: 'Tue Hansen' beside the same date line is still read",
			html:  enPage(`<div class="article-author-date"><span class="author">Tue Hansen</span> <span class="date">Tue 5 Mar 2024, 11:27 AM</span></div>`),
			check: fcCheckAuthors("Tue Hansen")},
		{class: "fix24absent/authors: Norwegian 'Publisert:' before the time is no name",
			html:  noPage(`<div class="article-byline"><span class="author"></span><span class="timestamp">Publisert: <time datetime="2024-03-05T15:41:00+01:00">05.03.2024 15:41</time></span></div>`),
			check: fcCheckAuthors()},
		{class: "fix24absent/authors: a Norwegian byline 'Av NAME' is still read",
			html:  noPage(`<div class="article-byline"><span class="author">Av Ingrid Solberg Haug</span><span class="timestamp">Publisert: <time datetime="2024-03-05T15:41:00+01:00">05.03.2024 15:41</time></span></div>`),
			check: fcCheckAuthors("Ingrid Solberg Haug")},
		{class: "fix24absent/authors: Vietnamese 'bởi' with an empty author link is no name",
			html:  viPage(`<div class="entry-meta"><span class="posted-on">Đăng vào <a href="/trong-rau/" rel="bookmark"><time class="entry-date published" datetime="2024-03-05T07:30:00+07:00">05/03/2024</time></a></span> <span class="byline">bởi <span class="meta-author vcard"><a class="url fn n" href="/author/thuha/"></a></span></span></div>`),
			check: fcCheckAuthors()},
		{class: "fix24absent/authors: a Vietnamese 'bởi NAME' is still read",
			html:  viPage(`<div class="entry-meta"><span class="posted-on">Đăng vào <a href="/trong-rau/" rel="bookmark"><time class="entry-date published" datetime="2024-03-05T07:30:00+07:00">05/03/2024</time></a></span> <span class="byline">bởi <span class="meta-author vcard"><a class="url fn n" href="/author/thuha/">Nguyễn Thu Hà</a></span></span></div>`),
			check: fcCheckAuthors("Nguyễn Thu Hà")},
		{class: "fix24absent/images: a caption element holding only '(Name/Outlet)' is the credit",
			html:  enPage(`<figure><img src="/img/ferry-pier.jpg" alt="ferry"><figcaption>(Renata Kowalczyk-Byrne/The Holmby Courier)</figcaption></figure>`),
			check: fcFix24Image("ferry-pier", "", "Renata Kowalczyk-Byrne/The Holmby Courier")},
		{class: "fix24absent/images: a caption element holding only '(Courtesy: City of Joplin)' is the credit",
			html:  enPage(`<figure><img src="/img/ferry-map.jpg" alt="map"><figcaption>(Courtesy: City of Joplin)</figcaption></figure>`),
			check: fcFix24Image("ferry-map", "", "Courtesy: City of Joplin")},
		{class: "fix24absent/images: a caption element holding only 'Name/Outlet' is the credit",
			html:  enPage(`<figure><img src="/img/ferry-pier.jpg" alt="ferry"><figcaption>Bethany Hale-Osborne/The Holmby Courier</figcaption></figure>`),
			check: fcFix24Image("ferry-pier", "", "Bethany Hale-Osborne/The Holmby Courier")},
		{class: "fix24absent/images: a caption with a lower-case slash part stays the caption",
			html:  enPage(`<figure><img src="/img/ferry-pier.jpg" alt="ferry"><figcaption>The old pier/the new pier</figcaption></figure>`),
			check: fcFix24Image("ferry-pier", "The old pier/the new pier", "")},
		{class: "fix24absent/images: a caption with the same bracket after its sentence keeps both",
			html:  enPage(`<figure><img src="/img/ferry-pier.jpg" alt="ferry"><figcaption>The ferry leaves the pier at Holmby. (Renata Kowalczyk-Byrne/The Holmby Courier)</figcaption></figure>`),
			check: fcFix24Image("ferry-pier", "The ferry leaves the pier at Holmby.", "Renata Kowalczyk-Byrne/The Holmby Courier")},
		{class: "fix24absent/images: a bracketed caption that names no source stays the caption",
			html:  enPage(`<figure><img src="/img/ferry-old.jpg" alt="ferry"><figcaption>(the old ferry at the pier in the winter of 1936)</figcaption></figure>`),
			check: fcFix24Image("ferry-old", "(the old ferry at the pier in the winter of 1936)", "")},
		{class: "fix24absent/images: a gallery counter alone ('2 of 3') is no caption",
			html:  enPage(`<figure><img src="/img/ferry-pier.jpg" alt="ferry"><figcaption>2 of 3</figcaption></figure>`),
			check: fcFix24Image("ferry-pier", "", "")},
		{class: "fix24absent/images: a counter before a caption ('2/3 The ferry …') leaves the caption",
			html:  enPage(`<figure><img src="/img/ferry-pier.jpg" alt="ferry"><figcaption>2/3 The ferry leaves the pier at Holmby.</figcaption></figure>`),
			check: fcFix24Image("ferry-pier", "The ferry leaves the pier at Holmby.", "")},
		{class: "fix24absent/images: a credit element holding its label alone ('PHOTO') gives no credit",
			html:  enPage(`<figure><img src="/img/ferry-pier.jpg" alt="ferry"><figcaption>The ferry leaves the pier at Holmby. <span class="credit">PHOTO</span></figcaption></figure>`),
			check: fcFix24Image("ferry-pier", "The ferry leaves the pier at Holmby.", "")},
		{class: "fix24absent/images: a credit element with its label and a name keeps the name",
			html:  enPage(`<figure><img src="/img/ferry-pier.jpg" alt="ferry"><figcaption>The ferry leaves the pier at Holmby. <span class="credit">PHOTO Jane Doe</span></figcaption></figure>`),
			check: fcFix24Image("ferry-pier", "The ferry leaves the pier at Holmby.", "Jane Doe")},
		{class: "fix24absent/images: a caption ending in an empty bracket does not crash",
			html: enPage(`<figure><img src="/img/ferry-old.jpg" alt="ferry"><figcaption>The old ferry at the pier in 1936. ()</figcaption></figure>`),
			check: func(t *testing.T, a *article.Article) {
				if im := fcFix24Find(a, "ferry-old"); im == nil || !strings.Contains(im.Caption, "The old ferry") {
					t.Errorf("images = %+v", a.Images)
				}
			}},
	}
}

func fcFix24Find(a *article.Article, name string) *article.Image {
	for i := range a.Images {
		if strings.Contains(a.Images[i].URL, name) {
			return &a.Images[i]
		}
	}
	return nil
}

// fcFix24Image wants the picture named so with that caption and credit.
func fcFix24Image(name, caption, credit string) func(t *testing.T, a *article.Article) {
	return func(t *testing.T, a *article.Article) {
		im := fcFix24Find(a, name)
		if im == nil || im.Caption != caption || im.Credit != credit {
			t.Errorf("images = %+v, want %s with caption %q, credit %q", a.Images, name, caption, credit)
		}
	}
}
