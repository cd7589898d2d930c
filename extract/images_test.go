package extract

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/byline/byline/article"
)

// TestImageCredits: a caption that only says where the picture comes from
// is the credit, not a caption; credits lose the brackets and punctuation
// around them but keep a bracketed part of their own.
func TestImageCredits(t *testing.T) {
	body := strings.Repeat("<p>The council met on Tuesday and voted on the new budget for the harbour district, after a long debate.</p>", 4)
	tests := []struct {
		name, figure string
		want         article.Image
	}{
		{"agency alone", `<figcaption>Getty Images</figcaption>`, article.Image{Credit: "Getty Images"}},
		{"via label", `<figcaption>Image via Getty Images</figcaption>`, article.Image{Credit: "Getty Images"}},
		{"copyright sign", `<figcaption>© Jane Doe</figcaption>`, article.Image{Credit: "Jane Doe"}},
		{"caption then credit", `<figcaption>The harbour at dawn. (AP Photo/Evan Vucci)</figcaption>`,
			article.Image{Caption: "The harbour at dawn.", Credit: "AP Photo/Evan Vucci"}},
		{"credit keeps its own brackets", `<figcaption>Foto: Jure Makovec (OC Ljubno)</figcaption>`,
			article.Image{Credit: "Jure Makovec (OC Ljubno)"}},
		{"a label and a credit", `<figcaption>Foto: © Jane Doe</figcaption>`, article.Image{Credit: "Jane Doe"}},
		{"a short caption naming people stays", `<figcaption>Kyle Busch</figcaption>`, article.Image{Caption: "Kyle Busch"}},
		{"a lower-case phrase with a credit word stays", `<figcaption>the photo booth</figcaption>`, article.Image{Caption: "the photo booth"}},
		{"a credit with a bracket of its own, whole", `<figcaption>Instagram (Screenshot)</figcaption>`, article.Image{Credit: "Instagram (Screenshot)"}},
		{"a bracketed credit alone loses its brackets", `<figcaption>(Foto: ABr)</figcaption>`, article.Image{Credit: "ABr"}},
		{"a platform after a slash", `<figcaption>Labour Party / Flickr</figcaption>`, article.Image{Credit: "Labour Party / Flickr"}},
		{"a German source label after the caption", `<figcaption>Die Börsen, nach offenen Kontrakten. Quelle: Coinglass</figcaption>`,
			article.Image{Caption: "Die Börsen, nach offenen Kontrakten.", Credit: "Coinglass"}},
		{"a Chinese picture credit after the caption", `<figcaption>財政部今天公佈統一發票中獎清冊。 圖／財政部</figcaption>`,
			article.Image{Caption: "財政部今天公佈統一發票中獎清冊。", Credit: "財政部"}},
		{"Portuguese reproduction credit", `<figcaption>Reprodução</figcaption>`, article.Image{Credit: "Reprodução"}},
		{"a picture-by label after the caption", `<figcaption>The harbour at dawn. Picture By: Jane Doe/Harbour Press</figcaption>`,
			article.Image{Caption: "The harbour at dawn.", Credit: "Jane Doe/Harbour Press"}},
		// credit words and labels only at a word's start, "by" labels only
		// after a sentence's end or a separator
		{"a credit word inside a word is none", `<figcaption>Liverpool Fans Celebrate</figcaption>`, article.Image{Caption: "Liverpool Fans Celebrate"}},
		{"a label inside a compound is none", `<figcaption>Datenquelle: Statistisches Bundesamt</figcaption>`, article.Image{Caption: "Datenquelle: Statistisches Bundesamt"}},
		{"a by-label in the middle of a sentence is none", `<figcaption>Visitors look at photographs by Dorothea Lange in the harbour museum.</figcaption>`,
			article.Image{Caption: "Visitors look at photographs by Dorothea Lange in the harbour museum."}},
		{"a CJK label inside a word is none", `<figcaption>臺北市地圖／交通路線</figcaption>`, article.Image{Caption: "臺北市地圖／交通路線"}},
		{"a licence in brackets ends no credit", `<figcaption>The harbour at dawn. Photo: Jane Doe (CC BY-SA 2.0)</figcaption>`, article.Image{Caption: "The harbour at dawn.", Credit: "Jane Doe"}},
		{"a bracket that names no licence stays", `<figcaption>The harbour at dawn. Photo: Jane Doe (Harbour Trust)</figcaption>`, article.Image{Caption: "The harbour at dawn.", Credit: "Jane Doe (Harbour Trust)"}},
		{"a credit of labels and a licence only stays as printed", `<figure><img src="/img/boat.jpg"><figcaption>The harbour at dawn. <span class="credit">Foto: (gemeinfrei)</span></figcaption></figure>`, article.Image{Caption: "The harbour at dawn.", Credit: "Foto: (gemeinfrei)"}},
		{"a bracket naming someone beside the licence stays", `<figcaption>The harbour at dawn. Photo: Wikimedia Commons (CC BY-SA 4.0, Jane Doe)</figcaption>`, article.Image{Caption: "The harbour at dawn.", Credit: "Wikimedia Commons (CC BY-SA 4.0, Jane Doe)"}},
		{"a licence after a separator goes with it", `<figcaption>The harbour at dawn. Photo: Jane Doe / Flickr / (CC BY 2.0)</figcaption>`, article.Image{Caption: "The harbour at dawn.", Credit: "Jane Doe / Flickr"}},
		{"copyright signs and years are no source", `<figure><img src="/img/boat.jpg"><figcaption>The harbour at dawn. <span class="credit">(c) 2024 Harbour Trust</span></figcaption></figure>`, article.Image{Caption: "The harbour at dawn.", Credit: "Harbour Trust"}},
		{"a copyright word is a label", `<figure><img src="/img/boat.jpg"><figcaption>The harbour at dawn. <span class="credit">Copyright Jane Doe</span></figcaption></figure>`, article.Image{Caption: "The harbour at dawn.", Credit: "Jane Doe"}},
		{"a label in mojibake is cut as the repaired text reads", `<figure><img src="/img/boat.jpg"><figcaption>The harbour at dawn. <span class="credit">Â© Jane Doe</span></figcaption></figure>`, article.Image{Caption: "The harbour at dawn.", Credit: "Jane Doe"}},
		{"a name of two equal words is no caption printed twice", `<figure><img src="/img/boat.jpg"><figcaption><p>Walla Walla</p><span class="credit">Photo: Jane Doe</span></figcaption></figure>`, article.Image{Caption: "Walla Walla", Credit: "Jane Doe"}},
		{"a caption printed twice without a credit is read once", `<figure><img src="/img/boat.jpg"><figcaption><p>The new ferry leaves the pier.</p><p>The new ferry leaves the pier.</p></figcaption></figure>`, article.Image{Caption: "The new ferry leaves the pier."}},
		// a picture word without a colon before a name or an agency
		{"a bare picture word after the caption", `<figcaption>De burgemeester in de raad. Beeld ANP</figcaption>`,
			article.Image{Caption: "De burgemeester in de raad.", Credit: "ANP"}},
		{"a bare picture word before a name", `<figcaption>Die Fähre verlässt den Hafen. Bild Jane Doe</figcaption>`,
			article.Image{Caption: "Die Fähre verlässt den Hafen.", Credit: "Jane Doe"}},
		{"a bare picture word in brackets", `<figcaption>Il sindaco in consiglio comunale (foto Ansa)</figcaption>`,
			article.Image{Caption: "Il sindaco in consiglio comunale", Credit: "Ansa"}},
		{"a picture word before one word that is no agency stays", `<figure><img src="/img/boat.jpg"><figcaption>Die Fähre verlässt den Hafen. <span class="credit">Bild Zeitung</span></figcaption></figure>`,
			article.Image{Caption: "Die Fähre verlässt den Hafen.", Credit: "Bild Zeitung"}},
		{"a picture word before an outlet's initials", `<figcaption>Паром відходить від причалу / Фото РБК</figcaption>`,
			article.Image{Caption: "Паром відходить від причалу", Credit: "РБК"}},
		{"a picture word before a lower-case word stays", `<figcaption>Паром відходить від причалу / Фото з архіву</figcaption>`,
			article.Image{Caption: "Паром відходить від причалу", Credit: "Фото з архіву"}},
		{"a label's bracket goes with the credit", `<figcaption>(Symbolbild) (Bildquelle: Jane Doe (CC0))</figcaption>`, article.Image{Caption: "(Symbolbild)", Credit: "Jane Doe"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><body><article><h1>Council votes on the harbour budget</h1><figure><img src="https://example.com/a.jpg">` +
				tc.figure + `</figure>` + body + `</article></body></html>`
			a, err := Extract(Input{HTML: []byte(page), URL: "https://example.com/news/harbour-budget"}, Options{NoQuotes: true})
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Images) != 1 {
				t.Fatalf("images = %+v, want one", a.Images)
			}
			got := a.Images[0]
			if got.Caption != tc.want.Caption || got.Credit != tc.want.Credit {
				t.Errorf("caption %q credit %q, want caption %q credit %q", got.Caption, got.Credit, tc.want.Caption, tc.want.Credit)
			}
		})
	}
}

// TestImageLayouts: where templates put a picture's caption and credit
// relative to the picture, and pictures whose address only a script
// knows. Each row is an invented page; want lists the images with a
// caption or credit, in order (the lead image of the metadata, uncaptioned,
// is not listed).
func TestImageLayouts(t *testing.T) {
	const u = "https://northfield-gazette.example/news/2024/03/ferry"
	head := `<title>Ferry to Grest makes first crossing</title><meta property="og:image" content="https://northfield-gazette.example/img/lead.jpg">`
	h1 := `<h1>Ferry to Grest makes first crossing</h1>`
	text := fcProse(0, 4)
	tests := []struct {
		name, body string
		want       []article.Image
	}{
		{"figure in a story column named sidebar", `<article>` + h1 + `<div class="l-sidebar-fixed l-article-body"><div class="entry">` + text +
			`<figure><img src="/img/pier.jpg"><figcaption>The north pier at dawn.</figcaption></figure>` + fcProse(4, 2) + `</div></div></article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/pier.jpg", Caption: "The north pier at dawn."}}},
		{"figcaption after its figure, cite as credit", `<article>` + h1 + `<div class="img"><figure><img src="/img/pier.jpg"></figure><figcaption>The north pier at dawn.</figcaption></div>` +
			`<figure><img src="/img/boat.jpg"><figcaption>The new ferry.</figcaption><cite>Harbour Trust</cite></figure>` + text + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/pier.jpg", Caption: "The north pier at dawn."},
				{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry.", Credit: "Harbour Trust"}}},
		{"hero figure in the header with the headline, credit by itemprop after a label", `<div class="page"><header class="story-header">` + h1 +
			`<figure><img src="/img/boat.jpg"><figcaption><span>The new ferry leaves the pier.</span><span itemprop="copyrightHolder"><span>Credit...</span><span>Tove Lindqvist/Northfield Gazette</span></span></figcaption></figure></header>` +
			`<article><div class="body">` + text + `</div></article></div>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier.", Credit: "Tove Lindqvist/Northfield Gazette"}}},
		{"wire in brackets", `<article>` + h1 + `<figure><img src="/img/boat.jpg"><figcaption>The new ferry leaves the pier. (AP)</figcaption></figure>` + text + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier.", Credit: "AP"}}},
		{"picture block then a meta box holding the caption", `<article>` + h1 + `<div class="asset"><div class="image-image"><img src="/img/boat.jpg"></div><div class="image-meta"><div class="image-caption">The new ferry leaves the pier.</div><div class="image-credit">Tove Lindqvist</div></div></div>` + text + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier.", Credit: "Tove Lindqvist"}}},
		{"the alt text before a platform credit is the caption", `<article>` + h1 + `<figure><img src="/img/pier.jpg" alt="North pier"><figcaption><b>North pier</b> / Flickr</figcaption></figure>` + text + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/pier.jpg", Caption: "North pier", Credit: "Flickr"}}},
		{"a text box after the credit line holds the caption", `<article>` + h1 + text + `<div class="pic"><a href="/img/pier.jpg"><img src="/img/pier.jpg"></a><div class="copyright">Harbour Trust</div>` +
			`<p class="textbox"><span class="copyright">Harbour Trust</span> The north pier at dawn, seen from the ferry.</p></div>` + fcProse(4, 2) + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/pier.jpg", Caption: "The north pier at dawn, seen from the ferry.", Credit: "Harbour Trust"}}},
		{"a line under the picture that goes on from its alt text", `<article>` + h1 + text + `<div align="center"><div class="article-img"><img src="/img/pier.jpg" alt="The north pier"></div><br><span class="small gray">The north pier at dawn, from the ferry</span></div>` + fcProse(4, 2) + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/pier.jpg", Caption: "The north pier at dawn, from the ferry"}}},
		{"crops of one picture in one link, its credit after them", `<article>` + h1 + `<div class="image"><a href="/pics/pier"><img class="r169" src="/img/16-9/pier.jpg" alt="The pier"><img class="r43" src="/img/40_30.png" data-src="/img/4-3/pier.jpg" alt="The pier"></a>` +
			`<div class="copyright">Harbour Trust</div></div>` + text + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/16-9/pier.jpg", Credit: "Harbour Trust"}}},
		{"lazy placeholder in a figure", `<article>` + h1 + text + `<figure><span><div class="js-delayed-image-load" data-src="https://cdn.example/boat.jpg"></div></span><figcaption>The new ferry leaves the pier.</figcaption></figure>` + fcProse(4, 2) + `</article>`,
			[]article.Image{{URL: "https://cdn.example/boat.jpg", Caption: "The new ferry leaves the pier."}}},
		{"lead figure whose address a script knows gets the lead image", `<article>` + h1 + `<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" data-chomp-id="x1"><figcaption>The new ferry leaves the pier.</figcaption></figure>` + text + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/lead.jpg", Caption: "The new ferry leaves the pier."}}},
		{"a lazy loader's empty placeholder between the picture and its caption element", `<article>` + h1 + text + `<div class="media"><img src="/img/boat.jpg" alt="boat"><div class="img__preloader"></div><noscript><img src="/img/boat.jpg"></noscript><div class="media__caption"><div>The new ferry leaves the pier.</div></div></div>` + fcProse(4, 2) + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier."}}},
		{"a rule after the picture is no placeholder", `<article>` + h1 + text + `<p><img src="/img/boat.jpg" alt="boat"></p><hr><div class="story-credit">Reporting by Jane Doe; editing by John Roe</div>` + fcProse(4, 2) + `</article>`,
			nil},
		{"past a placeholder a caption box showing the next picture is not this one's", `<article>` + h1 + text + `<div class="media"><img src="/img/boat.jpg" alt="boat"><div class="img__preloader"></div><div class="caption-box"><img src="/img/pier.jpg"><p>The north pier at dawn.</p></div></div>` + fcProse(4, 2) + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/pier.jpg", Caption: "The north pier at dawn."}}},
		{"past an empty placeholder only a caption-named element is a caption", `<article>` + h1 + text + `<div class="media"><img src="/img/boat.jpg" alt="boat"><div class="img__preloader"></div><div class="related"><em>The new ferry leaves the pier.</em></div></div>` + fcProse(4, 2) + `</article>`,
			nil},
		{"a caption's full and mobile copies side by side are read once", `<article>` + h1 + `<figure><img src="/img/boat.jpg"><div class="caption"><div class="caption-full"><p>The new ferry leaves the pier.</p></div><div class="caption-truncated"><p>The new ferry leaves the pier.</p></div><span class="credit">Photo: Jane Doe</span></div></figure>` + text + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier.", Credit: "Jane Doe"}}},
		{"a video's captioned figure is no picture", `<article>` + h1 + `<figure><video src="/v.mp4"></video><img src="/img/poster.jpg"><figcaption>Watch: the first crossing</figcaption></figure>` + text + `</article>`,
			nil},
		{"inline placeholder beside the picture, caption under the wrapper", `<article>` + h1 + text + `<div class="media"><div class="progressive"><img src="data:image/jpeg;base64,AAAA" alt="The new ferry leaves the pier. — Foto: Jane Doe"><picture><img src="/img/boat.jpg"></picture></div><p class="description">The new ferry leaves the pier. — Foto: Jane Doe</p></div>` + fcProse(4, 2) + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier.", Credit: "Jane Doe"}}},
		{"picture box named img, full-width bracketed credit", `<article>` + h1 + text + `<div class="img"><img src="/img/boat.jpg"><p>渡輪駛離碼頭，首航順利。（取自港務局臉書）</p></div>` + fcProse(4, 2) + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "渡輪駛離碼頭，首航順利。", Credit: "取自港務局臉書"}}},
		{"caption box with a script's enlarge link", `<article>` + h1 + text + `<div class="img-bx"><a href="javascript:void(0)"><div><img src="/img/boat.jpg"></div></a><div class="caption"><p>The new ferry leaves the pier.</p><p><a href="javascript:void(0)">Enlarge</a></p></div></div>` + fcProse(4, 2) + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier."}}},
		{"picture classed caption shows its title", `<article>` + h1 + text + `<div class="field-image"><img class="caption" src="/img/boat.jpg" title="The new ferry leaves the pier. (AP)"></div>` + fcProse(4, 2) + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier.", Credit: "AP"}}},
		{"a video player's poster in a figure is no picture", `<article>` + h1 + `<figure><div class="c-video"><span class="c-video__placeholder"><img src="/img/poster.jpg"><time>0:57</time></span></div><figcaption>WATCH: the first crossing</figcaption></figure>` + text + `</article>`,
			nil},
		{"an embedded story's picture and linked title are no caption", `<article>` + h1 + text + `<div class="embed"><div class="teaseimage"><a href="/news/other-story"><img src="/img/other.jpg"></a></div><div class="media__caption"><a href="/news/other-story">Other story: the old ferry's last crossing</a></div></div>` + fcProse(4, 2) + `</article>`,
			nil},
		{"a caption linking to its source stays a caption", `<article>` + h1 + text + `<div class="article-image"><img src="/img/boat.jpg"></div><div class="caption"><a href="https://video.example/boat">The new ferry leaves the pier. (Harbour Trust/Jane Doe)</a></div>` + fcProse(4, 2) + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier.", Credit: "Harbour Trust/Jane Doe"}}},
		{"gallery counter before the caption", `<article>` + h1 + `<figure><img src="/img/boat.jpg"><figcaption>1of4The new ferry leaves the pier.</figcaption></figure>` + text + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier."}}},
		{"picture wrapper a chrome word names, caption span with its credit inside", `<article>` + h1 + text + `<div class="photo"><p class="withoutCaption"><picture><source srcset="/img/boat.webp"><img class="lazy" src="/img/preloader.gif" data-src="/img/boat.jpg"></picture></p><span class="newsCaption">The new ferry leaves the pier. <span class="caption">(Image: Harbour Trust)</span></span></div>` + fcProse(4, 2) + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier.", Credit: "Harbour Trust"}}},
		{"attribution before the caption text", `<article>` + h1 + text + `<span class="storyimage"><span class="image"><img src="/img/boat.jpg"></span><span class="caption"><span class="attribution">© Jane Doe</span> The new ferry leaves the pier.</span></span>` + fcProse(4, 2) + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier.", Credit: "Jane Doe"}}},
		{"a second figcaption with the credit", `<article>` + h1 + `<figure><img src="/img/boat.jpg"><figcaption class="caption">The new ferry leaves the pier.</figcaption><figcaption class="below-caption">Photo: Getty Images</figcaption></figure>` + text + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier.", Credit: "Getty Images"}}},
		{"an element named as the credit holds the credit alone", `<article>` + h1 + `<div class="thumb"><img src="/img/boat.jpg"></div><small class="avia-copyright">Harbour Trust</small>` + text + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Credit: "Harbour Trust"}}},
		{"credit element holding the caption", `<article>` + h1 + `<div class="main-image"><img src="/img/boat.jpg"></div><div class="article-image-photographer">The new ferry leaves the pier. (Harbour Trust/Jane Doe)</div>` + text + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier.", Credit: "Harbour Trust/Jane Doe"}}},
		{"a line under the picture repeating its alt text", `<article>` + h1 + text + `<div align="center"><div class="article-img"><img src="/img/boat.jpg" alt="The new ferry leaves the pier"></div><br><span class="minor small gray">The new ferry leaves the pier</span></div>` + fcProse(4, 2) + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier"}}},
		{"a line under the picture repeating its alt text, with a credit after it", `<article>` + h1 + text + `<div><picture><img src="/img/boat.jpg" alt="The new ferry leaves the pier."></picture></div><div class="formatted-text">The new ferry leaves the pier. | &copy; Jane Doe/Harbour Press</div>` + fcProse(4, 2) + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier.", Credit: "Jane Doe/Harbour Press"}}},
		{"a teaser's linked title repeating the alt text is no caption", `<article>` + h1 + text + `<div class="teaser"><div class="pic"><img src="/img/boat.jpg" alt="The new ferry leaves the pier"></div><span><a href="/news/ferry">The new ferry leaves the pier</a></span></div>` + fcProse(4, 2) + `</article>`,
			nil},
		{"a picture linked to another page, its title under it, is a card", `<article>` + h1 + text + `<div class="teaser"><a href="/news/ferry"><img src="/img/boat.jpg" alt="The new ferry leaves the pier"></a><span>The new ferry leaves the pier</span></div>` + fcProse(4, 2) + `</article>`,
			nil},
		{"a lightbox link to the picture's file is no card", `<article>` + h1 + text + `<div><a href="/img/boat-big.jpg&w=900"><img src="/img/boat.jpg" alt="The new ferry leaves the pier"></a><div>The new ferry leaves the pier</div></div>` + fcProse(4, 2) + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier"}}},
		{"a span named as a caption box, its text with a linked source", `<article>` + h1 + text + `<p><span class="wf_caption"><a href="https://archive.example/pier"><img src="/img/pier.jpg" alt="pier"></a><span>The north pier at dawn. (<a href="https://archive.example/pier">Harbour Trust/Jane Doe</a>)</span></span></p>` + fcProse(4, 2) + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/pier.jpg", Caption: "The north pier at dawn.", Credit: "Harbour Trust/Jane Doe"}}},
		{"the lead image under another file name, captioned alike, is one picture", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry to Grest makes first crossing","image":{"@type":"ImageObject","url":"https://northfield-gazette.example/img/lead.jpg","caption":"The new ferry leaves the pier."}}</script><article>` + h1 + `<figure><img src="/img/boat-800w.jpg"><figcaption>The new ferry leaves the pier. <span class="credit">Foto: Harbour Trust</span></figcaption></figure>` + text + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat-800w.jpg", Caption: "The new ferry leaves the pier.", Credit: "Harbour Trust"}}},
		{"the credit's figcaption after a caption nested in a tray", `<article>` + h1 + `<figure><img src="/img/boat.jpg"><div class="tray"><figcaption><div>The new ferry leaves the pier.</div></figcaption></div><figcaption><span class="uppercase">Jane Doe / AP</span></figcaption></figure>` + text + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier.", Credit: "Jane Doe / AP"}}},
		{"a credit element after the caption wins over the caption's bracket", `<article>` + h1 + text + `<div class="article_image"><img src="/img/boat.jpg"></div><div class="article_image_extra"><div class="image_caption">The new ferry leaves the pier. (Archive photo)</div><div class="image_photographer"><span>Photo:</span> Jane Doe/Harbour Press</div></div>` + fcProse(4, 2) + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier. (Archive photo)", Credit: "Jane Doe/Harbour Press"}}},
		{"pictures sharing a placeholder address keep their own captions", `<article>` + h1 + text + `<figure><img src="/img/spacer.gif"><figcaption>The north pier at dawn.</figcaption></figure>` + fcProse(4, 1) + `<figure><img src="/img/spacer.gif"><figcaption>The new ferry leaves the pier.</figcaption></figure>` + fcProse(5, 1) + `<figure><img src="/img/spacer.gif"><figcaption>The new ferry leaves the pier.</figcaption></figure></article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/spacer.gif", Caption: "The north pier at dawn."}, {URL: "https://northfield-gazette.example/img/spacer.gif", Caption: "The new ferry leaves the pier."}}},
		{"a copyright line in the figure beside the caption", `<article>` + h1 + `<figure class="align"><div class="image"><img src="/img/boat.jpg"><div class="copy">&copy; Harbour Trust</div></div><figcaption>The new ferry leaves the pier.</figcaption></figure>` + text + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier.", Credit: "Harbour Trust"}}},
		{"a shop's product tile is no picture of the story", `<article>` + h1 + text + `<div class="item-ecommerce item-product--single"><div class="affiliatelinks"><figure><img src="/img/shoe.jpg"><figcaption>Harbour Boots - White - 24,99 € Zum Shop</figcaption></figure></div></div>` + fcProse(4, 2) + `</article>`,
			nil},
		{"a long italic run after the picture in the same block", `<article>` + h1 + text + `<p>The old boats are gone.<br /><img src="/img/boat.jpg" alt=""><br /> <em>The old ferry in 1936, built by the yard at Holmby, in service until 1949; the photograph must have been taken shortly before it was sold, since the harbour wall behind it was rebuilt that spring.</em><br /></p>` + fcProse(4, 2) + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The old ferry in 1936, built by the yard at Holmby, in service until 1949; the photograph must have been taken shortly before it was sold, since the harbour wall behind it was rebuilt that spring."}}},
		{"a figure inside a link to another story is a teaser card", `<article>` + h1 + text + `<ul class="grid"><li><a href="/news/pier-costs"><figure><img src="/img/pier.jpg"><figcaption>Pier costs climb again</figcaption></figure></a></li></ul>` + fcProse(4, 2) + `</article>`,
			nil},
		{"a lightbox link around a figure whose caption is a plain paragraph", `<article>` + h1 + text + `<a href="/img/pier-big.jpg"><figure><img src="/img/pier.jpg"><p>The north pier at dawn.</p></figure></a>` + fcProse(4, 2) + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/pier.jpg", Caption: "The north pier at dawn."}}},
		{"a figure inside a lightbox link to its file is the picture", `<article>` + h1 + text + `<a href="/img/pier-big.jpg"><figure><img src="/img/pier.jpg"><figcaption>The north pier at dawn.</figcaption></figure></a>` + fcProse(4, 2) + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/pier.jpg", Caption: "The north pier at dawn."}}},
		{"a member paper's picture sent on by a wire", `<article>` + h1 + `<figure><img src="/img/boat.jpg"><figcaption>The new ferry leaves the pier. (Jane Doe/The Gazette via AP)</figcaption></figure>` + text + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier.", Credit: "Jane Doe/The Gazette via AP"}}},
		{"one plain paragraph after the picture in its box, credit in brackets", `<article>` + h1 + `<div class="image top"><img src="/img/boat.jpg"><p>The new ferry leaves the pier on Tuesday. (Harbour Trust via AP, File)</p></div>` + text + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier on Tuesday.", Credit: "Harbour Trust via AP, File"}}},
		{"screen-reader labels before the caption and the credit", `<article>` + h1 + `<figure><div><span><img src="/img/boat.jpg" alt="A ferry"></span><span role="text" class="x1-Copyright"><span class="x2-VisuallyHidden">Image source, </span>Harbour Trust</span></div><figcaption class="x3-Caption"><span class="x2-VisuallyHidden">Image caption, </span>The new ferry leaves the pier.</figcaption></figure>` + text + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier.", Credit: "Harbour Trust"}}},
		{"off-screen labels glued to the caption and the credit", `<article>` + h1 + `<figure class="media-landscape"><span class="image-and-copyright-container"><img src="/img/boat.jpg"><span class="off-screen">Image copyright</span><span class="story-image-copyright">Harbour Trust</span></span><figcaption class="media-caption"><span class="off-screen">Image caption</span><span class="media-caption__text">The new ferry leaves the pier.</span></figcaption></figure>` + text + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier.", Credit: "Harbour Trust"}}},
		{"a block after the picture whose parts data-role names, the sign apart", `<article>` + h1 + `<div class="media"><picture><img src="/img/boat.jpg"></picture></div><div class="media__footer"><div class="media__title"><span data-role="title">The new ferry leaves the pier. </span><span data-role="copyright-symbol">© </span><span data-role="copyright">Harbour Trust / Jane Doe</span></div></div>` + text + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier.", Credit: "Harbour Trust / Jane Doe"}}},
		{"a lightbox link keeps the caption and credit in data attributes", `<article>` + h1 + text + `<p><a href="/img/boat-big.jpg" data-caption="The new ferry leaves the pier." data-credit="© Harbour Trust"><img src="/img/boat.jpg"></a></p>` + fcProse(4, 2) + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier.", Credit: "Harbour Trust"}}},
		{"a gallery's pictures labelled with the story's title have no caption", `<article>` + h1 + text + `<div class="gallery"><a href="/1.jpg" data-caption="Ferry to Grest makes its first crossing"><img src="/img/1.jpg"></a><a href="/2.jpg" data-caption="Ferry to Grest makes its first crossing"><img src="/img/2.jpg"></a></div>` + fcProse(4, 2) + `</article>`,
			nil},
		{"a <small> ending the figcaption holds the credit", `<article>` + h1 + `<figure><img src="/img/boat.jpg"><figcaption>The new ferry leaves the pier. <small>Jane Doe</small></figcaption></figure>` + text + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier.", Credit: "Jane Doe"}}},
		{"the one text element of a figure is its caption", `<article>` + h1 + `<figure><img src="/img/boat.jpg"><p>The new ferry leaves the pier. © Harbour Trust</p></figure>` + text + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier.", Credit: "Harbour Trust"}}},
		{"a linked card's figure has no caption", `<article>` + h1 + text + `<ul><li><a href="/other"><figure><img src="/img/boat.jpg"><figurecaption><div>Ferries</div><div>Grest gets a second ferry</div><p>The council approved it.</p></figurecaption></figure></a></li></ul>` + fcProse(4, 2) + `</article>`,
			nil},
		{"the lead image shown above the article without a figure, its caption beside it", `<div class="hero"><img src="/img/lead.jpg"><div class="caption">The new ferry at the pier.</div><div class="credit">ITV, Associated Press</div></div><article>` + h1 + text + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/lead.jpg", Caption: "The new ferry at the pier.", Credit: "ITV, Associated Press"}}},
		{"the credit in its own element right after the figure", `<article>` + h1 + `<figure><img src="/img/boat.jpg"><figcaption>The new ferry leaves the pier.</figcaption></figure><p class="photo-credit">Jane Doe</p>` + text + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier.", Credit: "Jane Doe"}}},
		{"a line in italics under the picture", `<article>` + h1 + text + `<p><a href="/img/boat-big.jpg"><img src="/img/boat.jpg"></a></p><p><em>The new ferry leaves the pier</em></p>` + fcProse(4, 2) + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier"}}},
		{"italics after a line break under the picture", `<article>` + h1 + text + `<div><img src="/img/boat.jpg"><br><em>The new ferry leaves the pier.</em></div>` + fcProse(4, 2) + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier."}}},
		{"a pull quote or a date in italics under the picture is no caption", `<article>` + h1 + text + `<p><img src="/img/boat.jpg"></p><p><em>“The ferry changes everything for the island.”</em></p>` + fcProse(4, 1) + `<p><img src="/img/pier.jpg"></p><p><em>April 3, 2024</em></p>` + fcProse(5, 2) + `</article>`,
			nil},
		{"a figure whose class names its caption", `<article>` + h1 + text + `<figure id="attachment_1" class="wp-caption aligncenter"><img src="/img/boat.jpg"><figcaption class="wp-caption-text">The new ferry leaves the pier. Credit: Harbour Trust</figcaption></figure>` + fcProse(4, 2) + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier.", Credit: "Harbour Trust"}}},
		{"an italic paragraph under a picture is no caption when it is a paragraph", `<article>` + h1 + `<p><img src="/img/boat.jpg"></p><p><em>The council has approved a second ferry for the island, the first new service since the harbour reopened last spring.</em></p>` + text + `</article>`,
			nil},
		{"italics inside the prose after a picture are no caption", `<article>` + h1 + text + `<p><img src="/img/boat.jpg"><br>The skipper called the crossing <em>the smoothest ever</em> and thanked the crew.</p>` + fcProse(4, 2) + `</article>`,
			nil},
		{"a story's credits after the figure are no picture's credit", `<article>` + h1 + `<figure><img src="/img/boat.jpg"><figcaption>The new ferry leaves the pier.</figcaption></figure><div class="story-credits">By Jane Doe and John Roe</div>` + text + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier."}}},
		{"schema.org's credit property anywhere in the figure", `<article>` + h1 + `<figure><img src="/img/boat.jpg"><span itemprop="creditText">Harbour Trust</span><figcaption>The new ferry leaves the pier.</figcaption></figure>` + text + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier.", Credit: "Harbour Trust"}}},
		{"a caption element named in another language (didascalia)", `<article>` + h1 + text + `<div class="foto"><img src="/img/boat.jpg"></div><p class="didascalia">Il nuovo traghetto lascia il molo.</p>` + fcProse(4, 2) + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "Il nuovo traghetto lascia il molo."}}},
		{"a picture labelled as an advert is dropped", `<article>` + h1 + text + `<figure><img src="/img/banner.png"><figcaption>Advertisement</figcaption></figure>` + fcProse(4, 2) + `</article>`,
			nil},
		{"a teaser card's paragraph in a picture box is no caption", `<article>` + h1 + text + `<div class="image"><img src="/img/boat.jpg"><p><a href="/other">Ferries elsewhere (Part 2)</a></p></div>` + fcProse(4, 2) + `</article>`,
			nil},
		{"a paragraph without a credit in a picture box is left alone", `<article>` + h1 + text + `<div class="image"><img src="/img/boat.jpg"><p>Share this picture</p></div>` + fcProse(4, 2) + `</article>`,
			nil},
		{"a block after the picture holding its credit element", `<article>` + h1 + text + `<img src="/img/boat.jpg"><div class="attribute-cc"><div class="wrap"><div class="copyright"><p>© Harbour Trust</p></div></div></div>` + fcProse(4, 2) + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Credit: "Harbour Trust"}}},
		{"an empty credit element after the picture makes no caption", `<article>` + h1 + text + `<div class="header-image"><img src="/img/boat.jpg"></div><div class="summary"><div class="summary-content">Bea<div class="photo_credit"></div></div></div>` + fcProse(4, 2) + `</article>`,
			nil},
		{"a credit block named by a compound word", `<article>` + h1 + text + `<div class="lazy-wrap"><img src="/img/boat.jpg"></div><div class="fotocredit"><p>Bild: <a href="https://photos.example/jane">Jane Doe</a></p></div>` + fcProse(4, 2) + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Credit: "Jane Doe"}}},
		{"a one-cell table framing a picture and its caption", `<article>` + h1 + text + `<table style="margin:auto"><tr><td align="center"><img src="/img/boat.jpg" alt=""><br> The new ferry leaves the pier.</td></tr></table>` + fcProse(4, 2) + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier."}}},
		{"a layout table's cell is no caption", `<article>` + h1 + `<table><tr><td><img src="/img/boat.jpg"><br>The new ferry leaves the pier.</td><td>Fares</td><td>Times</td></tr></table>` + text + `</article>`,
			nil},
		{"a copyright line opening the caption element", `<article>` + h1 + text + `<figure><img src="/img/boat.jpg"><figcaption><div class="small">©Harbour Trust</div> The new ferry leaves the pier.</figcaption></figure>` +
			`<figure><img src="/img/pier.jpg"><figcaption><span class="copy">© Jane Doe</span><p>The north pier at dawn.</p></figcaption></figure>` + fcProse(4, 2) + `</article>`,
			[]article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier.", Credit: "Harbour Trust"},
				{URL: "https://northfield-gazette.example/img/pier.jpg", Caption: "The north pier at dawn.", Credit: "Jane Doe"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(Input{HTML: []byte(fcPage("en", head, tc.body)), URL: u}, Options{NoQuotes: true})
			if err != nil {
				t.Fatal(err)
			}
			var got []article.Image
			for _, im := range a.Images {
				if im.Caption != "" || im.Credit != "" {
					got = append(got, im)
				}
			}
			if len(got) != len(tc.want) {
				t.Fatalf("captioned images %+v, want %+v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("image %d = %+v, want %+v", i, got[i], tc.want[i])
				}
			}
		})
	}
}

// TestSplitCredit: the forms a displayed caption ends on its credit in.
func TestSplitCredit(t *testing.T) {
	d := &doc{w: vocab()}
	const c = "The new ferry leaves the pier."
	tests := []struct{ in, caption, credit string }{
		{c + " (AP Photo/Jane Doe)", c, "AP Photo/Jane Doe"},
		{c + " [Jane Doe/Reuters]", c, "Jane Doe/Reuters"},
		{c + " (Jane Doe/The Gazette via AP)", c, "Jane Doe/The Gazette via AP"},
		{c + " Photo credit: Jane Doe", c, "Photo credit: Jane Doe"},
		{c + " Image credit: Harbour Trust", c, "Image credit: Harbour Trust"},
		{c + " Image source, Getty Images", c, "Image source, Getty Images"},
		{c + " Pic: Reuters", c, "Pic: Reuters"},
		{c + " Photos: Jane Doe", c, "Photos: Jane Doe"},
		{c + " Courtesy of Harbour Trust", c, "Courtesy of Harbour Trust"},
		{c + " © Foto: Harbour Trust", c, "© Foto: Harbour Trust"},
		{c + " Photo : Radio-Canada / Jane Doe", c, "Photo : Radio-Canada / Jane Doe"},
		{c + " Fot. Jan Kowalski", c, "Fot. Jan Kowalski"},
		// licence terms after a press picture's credit are left out
		{c + " © Harbour TV/Jane Doe, royalty-free - use only in connection with the programme named and with the credit given in full, see the terms", c, "© Harbour TV/Jane Doe"},
		{c + " Jane Doe/The Washington Post", c, "Jane Doe/The Washington Post"},
		{c + " REUTERS/Jane Doe", c, "REUTERS/Jane Doe"},
		{c + " Bild Jane Doe", c, "Bild Jane Doe"},
		{c + " Jane Q. Doe / The Washington Post / Getty Images", c, "Jane Q. Doe / The Washington Post / Getty Images"},
		{"渡輪駛離碼頭。（取自港務局臉書）", "渡輪駛離碼頭。", "取自港務局臉書"},
		{". Imagen: Télam", "", "Imagen: Télam"},
		// the first label of the last sentence, not the last label
		{c + " Photo: Jane Doe, courtesy of Harbour Trust", c, "Photo: Jane Doe, courtesy of Harbour Trust"},
		{c + " Photo: Jane Doe / © Harbour Trust", c, "Photo: Jane Doe / © Harbour Trust"},
		// letters whose lower case is shorter do not shift the cut
		{"İZMİR'DE İŞÇİLERİN EYLEMİ SÜRÜYOR FOTO: İHA", "İZMİR'DE İŞÇİLERİN EYLEMİ SÜRÜYOR", "FOTO: İHA"},
		{"Паром відходить від причалу / Фото РБК", "Паром відходить від причалу", "Фото РБК"},
		// one part of a credit of several is not the credit: the whole
		// chain is
		{c + " Jane Doe / The Post / Getty Images", c, "Jane Doe / The Post / Getty Images"},
		// No credit.
		{c + " Bild via", c + " Bild via", ""},
		{c + " Source: the harbour trust's annual report", c + " Source: the harbour trust's annual report", ""},
		{c + " It sails at dawn.", c + " It sails at dawn.", ""},
	}
	for _, tc := range tests {
		caption, credit := d.splitCredit(tc.in)
		if caption != tc.caption || credit != tc.credit {
			t.Errorf("splitCredit(%q) = %q, %q; want %q, %q", tc.in, caption, credit, tc.caption, tc.credit)
		}
	}
	// A caption that is only a credit: a list of sources with a wire in it.
	for s, want := range map[string]bool{"ITV, ASSOCIATED PRESS": true, "Harbour Trust, Reuters": true, "Ferries, Piers And Harbours": false} {
		if got := d.wholeCredit(s); got != want {
			t.Errorf("wholeCredit(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestBestImageURL: the address of a picture as lazy loaders and
// responsive markup write it.
func TestBestImageURL(t *testing.T) {
	tests := []struct{ markup, want string }{
		{`<img src="/a.jpg">`, "/a.jpg"},
		{`<img src="/small.jpg" srcset="/a-400.jpg 400w, /a-1200.jpg 1200w">`, "/a-1200.jpg"},
		{`<img src="data:image/gif;base64,R0lGOD" data-src="/a.jpg">`, "/a.jpg"},
		// a placeholder srcset is no address
		{`<img srcset="data:image/png;base64,iVBORw0KGgo" data-src="/a.jpg">`, "/a.jpg"},
		// a template is no address
		{`<img src="/a.jpg?w={width}&h={height}" data-src="/b.jpg">`, "/b.jpg"},
		// the <source> of a <picture> whose <img> is a placeholder
		{`<picture><source srcset="/a-800.webp 800w, /a-1600.webp 1600w"><img src="data:image/gif;base64,R0lGOD"></picture>`, "/a-1600.webp"},
		{`<img src="data:image/gif;base64,R0lGOD">`, ""},
		{`<img src="/a.jpg?crop[0]=10&crop[1]=20">`, "/a.jpg?crop[0]=10&crop[1]=20"},
		{`<img data-src='[{"w":400,"src":"/a.jpg"}]' src="/b.jpg">`, "/b.jpg"},
		// a lazy loader's placeholder srcset, the real set in data-srcset
		{`<img src="/t.gif" srcset="/t.gif 200w" data-srcset="/a-980.jpg 980w, /a-1960.jpg 1960w">`, "/a-1960.jpg"},
		// a lazy loader's JSON of sizes: the widest, not the placeholder
		{`<img data-src='{"default":{"w":"80","src":"/a-800.jpg"},"small":{"w":"62","src":"/a-600.jpg"}}' src="/spacer.gif">`, "/a-800.jpg"},
		{`<img data-src='{"broken' src="/b.jpg">`, "/b.jpg"},
		// a loader's own attribute names, the large size first
		{`<img class="riloadr-single" data-src-small="/a-335.jpg" data-src-big="/a-1050.jpg" alt="">`, "/a-1050.jpg"},
		{`<img data-lazy="/a.jpg">`, "/a.jpg"},
		{`<img data-id="42" data-title="harbour">`, ""},
	}
	for _, tc := range tests {
		doc, err := html.Parse(strings.NewReader("<body>" + tc.markup + "</body>"))
		if err != nil {
			t.Fatal(err)
		}
		img := findFirst(doc, atom.Img)
		if got := bestImageURL(img); got != tc.want {
			t.Errorf("bestImageURL(%s) = %q, want %q", tc.markup, got, tc.want)
		}
	}
}

// TestCaptionNotInBody: a line the image rules read as a picture's caption
// is not a paragraph of the story.
func TestCaptionNotInBody(t *testing.T) {
	const u = "https://northfield-gazette.example/news/2024/03/ferry"
	page := fcPage("en", `<title>Ferry to Grest makes first crossing</title>`, `<article><h1>Ferry to Grest makes first crossing</h1>`+fcProse(0, 3)+
		`<p><img src="/img/boat.jpg"></p><p><em>The new ferry leaves the pier at dawn</em></p>`+fcProse(3, 3)+`</article>`)
	a, err := Extract(Input{HTML: []byte(page), URL: u}, Options{NoQuotes: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Images) != 1 || a.Images[0].Caption != "The new ferry leaves the pier at dawn" {
		t.Fatalf("images %+v, want the captioned ferry", a.Images)
	}
	for _, p := range a.Paragraphs {
		if strings.Contains(p, "leaves the pier at dawn") {
			t.Errorf("caption kept in the body: %q", p)
		}
	}
	if len(a.Paragraphs) != 6 {
		t.Errorf("body has %d paragraphs, want the story's 6: %q", len(a.Paragraphs), a.Paragraphs)
	}
}

// TestStructuredCaptionStaysInBody: the lead image's caption from JSON-LD,
// which CMSs fill with the first paragraph, does not take that paragraph
// out of the body.
func TestStructuredCaptionStaysInBody(t *testing.T) {
	const u = "https://northfield-gazette.example/news/2024/03/ferry"
	first := "The ferry to Grest made its first crossing on Tuesday morning, two years after the council first promised a service to the island."
	head := `<title>Ferry to Grest makes first crossing</title><meta property="og:image" content="https://northfield-gazette.example/img/lead.jpg">` +
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry to Grest makes first crossing","image":{"@type":"ImageObject","url":"https://northfield-gazette.example/img/lead.jpg","caption":"` + first + `"}}</script>`
	page := fcPage("en", head, `<article><h1>Ferry to Grest makes first crossing</h1><p>`+first+`</p>`+fcProse(0, 4)+`</article>`)
	a, err := Extract(Input{HTML: []byte(page), URL: u}, Options{NoQuotes: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Paragraphs) == 0 || a.Paragraphs[0] != first {
		t.Errorf("first paragraph %q, want the story's first paragraph kept", a.Paragraphs)
	}
}

// TestHiddenCaptionStaysInBody: a lightbox's data-caption, which the page
// does not show, takes no paragraph out of the body even when it repeats
// one.
func TestHiddenCaptionStaysInBody(t *testing.T) {
	const u = "https://northfield-gazette.example/news/2024/03/ferry"
	para := "The ferry to Grest made its first crossing on Tuesday morning, two years late."
	page := fcPage("en", `<title>Ferry to Grest makes first crossing</title>`, `<article><h1>Ferry to Grest makes first crossing</h1>`+fcProse(0, 2)+
		`<p><a href="/img/boat-big.jpg" data-caption="`+para+`"><img src="/img/boat.jpg"></a></p><p>`+para+`</p>`+fcProse(2, 3)+`</article>`)
	a, err := Extract(Input{HTML: []byte(page), URL: u}, Options{NoQuotes: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Images) != 1 || a.Images[0].Caption != para {
		t.Fatalf("images %+v, want the lightbox caption", a.Images)
	}
	found := false
	for _, p := range a.Paragraphs {
		found = found || p == para
	}
	if !found {
		t.Errorf("paragraph %q left the body: %q", para, a.Paragraphs)
	}
}

// TestImageShownTwice: one picture shown twice is one image, with the
// caption one of its showings gives it.
func TestImageShownTwice(t *testing.T) {
	h1 := `<h1>Ferry to Grest makes first crossing</h1>`
	page := fcPage("en", `<title>Ferry to Grest makes first crossing</title>`, `<article>`+h1+fcProse(0, 4)+`<figure><img src="/img/boat.jpg"></figure>`+fcProse(4, 1)+
		`<figure><img src="/img/boat.jpg"><figcaption>The new ferry leaves the pier.</figcaption></figure>`+fcProse(5, 1)+`</article>`)
	a, err := Extract(Input{HTML: []byte(page), URL: "https://northfield-gazette.example/news/ferry"}, Options{NoQuotes: true})
	if err != nil {
		t.Fatal(err)
	}
	want := []article.Image{{URL: "https://northfield-gazette.example/img/boat.jpg", Caption: "The new ferry leaves the pier."}}
	if !slices.Equal(a.Images, want) {
		t.Errorf("images %+v, want %+v", a.Images, want)
	}
}

// TestFileNameCaption: an SEO plugin's ImageObject caption that is only
// the picture's file name is no caption.
func TestFileNameCaption(t *testing.T) {
	tests := []struct {
		caption, url string
		want         bool
	}{
		{"Silkroad Online Mein erstes MMORPG titel title small", "https://img.example/2023/10/Silkroad-Online-Mein-erstes-MMORPG-titel-title-small.jpg", true},
		{"Mammut nimmt Adam Ondra unter Vertrag", "https://img.example/mammut_nimmt_adam_ondra_unter_vertrag-1.jpg?w=800", true},
		{"The new ferry leaves the pier at dawn.", "https://img.example/ferry-pier.jpg", false},
		{"Ferry", "https://img.example/ferry.jpg", false},
		{"Joe Biden", "https://img.example/joe-biden.jpg", false},
	}
	for _, tc := range tests {
		if got := fileNameCaption(tc.caption, tc.url); got != tc.want {
			t.Errorf("fileNameCaption(%q, %q) = %v, want %v", tc.caption, tc.url, got, tc.want)
		}
	}
}

// TestLeadCaptionFileName: the lead image's JSON-LD caption that is only
// its file's name is dropped.
func TestLeadCaptionFileName(t *testing.T) {
	head := `<title>Ferry to Grest</title><meta property="og:image" content="https://img.example/2024/03/Ferry-to-Grest-first-crossing-title-small.jpg">` +
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry to Grest","image":{"@type":"ImageObject","url":"https://img.example/2024/03/Ferry-to-Grest-first-crossing-title-small.jpg","caption":"Ferry to Grest first crossing title small"}}</script>`
	page := fcPage("en", head, `<article><h1>Ferry to Grest</h1>`+fcProse(0, 5)+`</article>`)
	a, err := Extract(Input{HTML: []byte(page), URL: "https://northfield-gazette.example/news/ferry"}, Options{NoQuotes: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Images) != 1 || a.Images[0].Caption != "" {
		t.Errorf("images %+v, want the lead image without a caption", a.Images)
	}
}
