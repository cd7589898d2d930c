package extract

import (
	"strings"
	"testing"

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
		{"via label", `<figcaption>Image via Getty Images</figcaption>`, article.Image{Credit: "Image via Getty Images"}},
		{"copyright sign", `<figcaption>© Jane Doe</figcaption>`, article.Image{Credit: "© Jane Doe"}},
		{"caption then credit", `<figcaption>The harbour at dawn. (AP Photo/Evan Vucci)</figcaption>`,
			article.Image{Caption: "The harbour at dawn.", Credit: "AP Photo/Evan Vucci"}},
		{"credit keeps its own brackets", `<figcaption>Foto: Jure Makovec (OC Ljubno)</figcaption>`,
			article.Image{Credit: "Foto: Jure Makovec (OC Ljubno)"}},
		{"a short caption naming people stays", `<figcaption>Kyle Busch</figcaption>`, article.Image{Caption: "Kyle Busch"}},
		{"a lower-case phrase with a credit word stays", `<figcaption>the photo booth</figcaption>`, article.Image{Caption: "the photo booth"}},
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
