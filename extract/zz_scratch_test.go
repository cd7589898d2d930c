package extract

import (
	"fmt"
	"testing"
)

func TestZZImages(t *testing.T) {
	img := `<img src="/img/ferry.jpg" alt="The ferry" width="800" height="500">`
	for _, c := range []struct{ lang, name, fig string }{
		{"en", "figcaption+photo label", `<figure>` + img + `<figcaption>The ferry leaves Holmby harbour on Monday. Photo: Jane Doe/Reuters</figcaption></figure>`},
		{"en", "figcaption spans", `<figure>` + img + `<figcaption><span class="caption-text">The ferry leaves Holmby harbour on Monday.</span> <span class="credit">Jane Doe/Reuters</span></figcaption></figure>`},
		{"en", "wp-caption", `<div class="wp-caption aligncenter">` + img + `<p class="wp-caption-text">The ferry leaves Holmby harbour on Monday.</p></div>`},
		{"en", "cite in figcaption", `<figure>` + img + `<figcaption>The ferry leaves Holmby harbour on Monday. <cite>Jane Doe/Reuters</cite></figcaption></figure>`},
		{"en", "figcaption p + credit p", `<figure><picture><source srcset="/img/ferry.webp">` + img + `</picture><figcaption><p>The ferry leaves Holmby harbour on Monday.</p><p class="credit">Jane Doe/Reuters</p></figcaption></figure>`},
		{"en", "div image-caption/credit", `<div class="image">` + img + `<div class="image-caption">The ferry leaves Holmby harbour on Monday.</div><div class="image-credit">Jane Doe/Reuters</div></div>`},
		{"en", "p.caption sibling", img + `<p class="caption">The ferry leaves Holmby harbour on Monday.</p>`},
		{"en", "photo by in parens", `<figure>` + img + `<figcaption>The ferry leaves Holmby harbour on Monday. (Photo by Jane Doe/Getty Images)</figcaption></figure>`},
		{"de", "Foto: dpa", `<figure>` + img + `<figcaption>Die Fähre verlässt am Montag den Hafen von Holmby. Foto: dpa</figcaption></figure>`},
		{"de", "Bild: Keystone", `<figure>` + img + `<figcaption>Die Fähre verlässt am Montag den Hafen von Holmby. Bild: Keystone</figcaption></figure>`},
		{"fr", "Crédit photo", `<figure>` + img + `<figcaption>Le ferry quitte le port de Holmby lundi. Crédit photo : AFP</figcaption></figure>`},
		{"en", "copyright sign", `<figure>` + img + `<figcaption>The ferry leaves Holmby harbour on Monday. © Jane Doe</figcaption></figure>`},
		{"en", "credit before caption", `<figure>` + img + `<span class="photo-credit">Getty Images</span><figcaption>The ferry leaves Holmby harbour on Monday.</figcaption></figure>`},
		{"en", "blogger table", `<table class="tr-caption-container"><tbody><tr><td><a href="/img/ferry.jpg">` + img + `</a></td></tr><tr><td class="tr-caption">The ferry leaves Holmby harbour on Monday.</td></tr></tbody></table>`},
		{"en", "dl wp-caption", `<dl class="wp-caption"><dt>` + img + `</dt><dd class="wp-caption-dd">The ferry leaves Holmby harbour on Monday.</dd></dl>`},
		{"en", "lazy data-src", `<figure><img data-src="/img/ferry.jpg" src="data:image/gif;base64,R0lGOD" alt=""><figcaption>The ferry leaves Holmby harbour on Monday. Photo: Jane Doe</figcaption></figure>`},
		{"en", "small copyright", `<figure>` + img + `<figcaption>The ferry leaves Holmby harbour on Monday. <small>Jane Doe for The Courier</small></figcaption></figure>`},
		{"es", "Foto: EFE", `<figure>` + img + `<figcaption>El ferry sale del puerto de Holmby el lunes. Foto: EFE</figcaption></figure>`},
		{"en", "credit | caption reversed", `<figure>` + img + `<figcaption>The ferry leaves Holmby harbour on Monday. | Jane Doe/AP</figcaption></figure>`},
		{"en", "Image: credit", `<figure>` + img + `<figcaption>The ferry leaves Holmby harbour on Monday. Image: Jane Doe</figcaption></figure>`},
		{"en", "Credit: X", `<figure>` + img + `<figcaption>The ferry leaves Holmby harbour on Monday. Credit: Jane Doe/AP</figcaption></figure>`},
		{"en", "Getty trailing", `<figure>` + img + `<figcaption>The ferry leaves Holmby harbour on Monday. Getty Images</figcaption></figure>`},
		{"en", "AP Photo/", `<figure>` + img + `<figcaption>The ferry leaves Holmby harbour on Monday. (AP Photo/Jane Doe)</figcaption></figure>`},
		{"en", "amp-img", `<figure><amp-img src="/img/ferry.jpg" width="800" height="500" layout="responsive"></amp-img><figcaption>The ferry leaves Holmby harbour on Monday. Photo: Jane Doe</figcaption></figure>`},
	} {
		h := fcPage(c.lang, `<title>Ferry makes first crossing</title>`, `<article><h1>Ferry makes first crossing</h1>`+fcProse(0, 2)+c.fig+fcProse(2, 3)+`</article>`)
		a, _ := Extract(Input{HTML: []byte(h), URL: "https://holmby-courier.example/news/ferry-first-crossing"}, Options{NoQuotes: true})
		if len(a.Images) == 0 {
			fmt.Printf("%-28s -> NO IMAGE\n", c.name)
			continue
		}
		for _, im := range a.Images {
			fmt.Printf("%-28s -> %q | %q | %q\n", c.name, im.URL, im.Caption, im.Credit)
		}
	}
}
