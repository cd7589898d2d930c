package eval

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/byline/byline/article"
	"github.com/byline/byline/extract"
)

func sp(s string) *string { return &s }

func TestFieldsNorm(t *testing.T) {
	for _, c := range []struct {
		norm     func(string) string
		in, want string
	}{
		{NormDateline, "WASHINGTON", "washington"},
		{NormDateline, "  Washington —", "washington"},
		{NormDateline, "SPRINGFIELD,  Vermont", "springfield, vermont"},
		{NormDateline, "PORTLAND, Ore.", "portland, ore"},
		{NormDateline, "", ""},
		{NormCaption, "“Blue Moon”", "blue moon"},
		{NormCaption, "The band plays\n at the town hall.", "the band plays at the town hall"},
		{NormCredit, "(AP Photo/Evan Vucci, File)", "ap photo/evan vucci, file"},
		{NormCredit, "Photo: NEWSWIRE / Pool", "newswire/pool"},
		{NormCredit, "© Jo Doe", "jo doe"},
		{NormCredit, "Foto: Bildagentur/dpa", "bildagentur/dpa"},
		{NormCredit, "Image credit: All About Space", "all about space"},
		{NormCredit, "Imagen ilustrativa: Archivo", "archivo"},
		{NormCredit, "Image: © NASA/ESA/J. Doe/Lab", "nasa/esa/j. doe/lab"},
		{NormCredit, "Fot. Jan Kowalski", "jan kowalski"},
		{NormCredit, "Foto. Jo Doe", "jo doe"},
		{NormCredit, "Getty Images", "getty images"},
		{NormCredit, "Jo Doe | Bloomberg | Getty Images", "jo doe | bloomberg | getty images"},
	} {
		if got := c.norm(c.in); got != c.want {
			t.Errorf("norm(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTextsMatch(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"a cat on a mat", "a cat on a mat", true},
		{"", "", false},
		{"a cat on a mat", "", false},
		// contained, 14 of 16 runes (0.875)
		{"a cat on a mat", "a cat on a mat 2", true},
		{"a cat on a mat 2", "a cat on a mat", true},
		// contained, but 5 of 14 runes
		{"a cat", "a cat on a mat", false},
		// not contained
		{"a cat on a mat", "a dog on a mat", false},
	} {
		if got := TextsMatch(c.a, c.b); got != c.want {
			t.Errorf("TextsMatch(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestScoreFields(t *testing.T) {
	gold := []FieldsPage{
		{ID: "p1", Dateline: sp("WASHINGTON"), Images: []FieldsImage{
			{Caption: sp("President Trump speaks in the Oval Office."), Credit: sp("AP Photo/Evan Vucci, File")},
			{Caption: nil, Credit: sp("Getty Images")},
		}},
		{ID: "p2", Dateline: nil, Images: []FieldsImage{
			{Caption: sp("A view of the harbour."), Credit: nil},
		}},
		{ID: "p3", Dateline: sp("LONDON"), Images: nil},
		{ID: "p4", Dateline: nil, Images: []FieldsImage{
			{Caption: nil, Credit: sp("9 Nachrichten")},
			{Caption: nil, Credit: sp("9 Nachrichten")},
		}},
	}
	for _, c := range []struct {
		name  string
		preds map[string]FieldsPrediction
		want  FieldsScores
	}{
		{"nothing predicted", map[string]FieldsPrediction{}, FieldsScores{
			Pages: 4, Missing: 4, DatelineGold: 2, CaptionGold: 2, CreditGold: 4,
		}},
		{"all right, labels and case aside", map[string]FieldsPrediction{
			"p1": {Dateline: "Washington —", Images: []article.Image{
				{Caption: "President Trump speaks in the Oval Office", Credit: "(AP Photo/Evan Vucci, File)"},
				{Credit: "Photo: Getty Images"},
			}},
			"p2": {Images: []article.Image{{Caption: "A view of the harbour."}}},
			"p3": {Dateline: "LONDON"},
			"p4": {Images: []article.Image{{Credit: "©9 Nachrichten"}, {Credit: "© 9 Nachrichten"}}},
		}, FieldsScores{
			Pages: 4, DatelineGold: 2, DatelinePredicted: 2, DatelineRight: 2, DatelineP: 1, DatelineR: 1, DatelineF1: 1,
			CaptionGold: 2, CaptionPredicted: 2, CaptionMatched: 2, CaptionP: 1, CaptionR: 1,
			CreditGold: 4, CreditPredicted: 4, CreditMatched: 4, CreditP: 1, CreditR: 1,
		}},
		{"wrong dateline, extra dateline, caption with the credit glued on, duplicate credit", map[string]FieldsPrediction{
			"p1": {Dateline: "New York", Images: []article.Image{
				// 42 of 70 runes: too long to match
				{Caption: "President Trump speaks in the Oval Office. (AP Photo/Evan Vucci, File)"},
			}},
			"p2": {Dateline: "HARBOUR", Images: []article.Image{{Caption: "A view of the harbour.", Credit: "Staff"}}},
			"p3": {},
			"p4": {Images: []article.Image{{Credit: "9 Nachrichten"}}},
		}, FieldsScores{
			Pages: 4, DatelineGold: 2, DatelinePredicted: 2, DatelineRight: 0,
			CaptionGold: 2, CaptionPredicted: 2, CaptionMatched: 1, CaptionP: 0.5, CaptionR: 0.5,
			CreditGold: 4, CreditPredicted: 2, CreditMatched: 1, CreditP: 0.5, CreditR: 0.25,
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := ScoreFields(gold, c.preds)
			got.Misses = nil
			eq := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
			if got.Pages != c.want.Pages || got.Missing != c.want.Missing ||
				got.DatelineGold != c.want.DatelineGold || got.DatelinePredicted != c.want.DatelinePredicted || got.DatelineRight != c.want.DatelineRight ||
				!eq(got.DatelineP, c.want.DatelineP) || !eq(got.DatelineR, c.want.DatelineR) || !eq(got.DatelineF1, c.want.DatelineF1) ||
				got.CaptionGold != c.want.CaptionGold || got.CaptionPredicted != c.want.CaptionPredicted || got.CaptionMatched != c.want.CaptionMatched ||
				!eq(got.CaptionP, c.want.CaptionP) || !eq(got.CaptionR, c.want.CaptionR) ||
				got.CreditGold != c.want.CreditGold || got.CreditPredicted != c.want.CreditPredicted || got.CreditMatched != c.want.CreditMatched ||
				!eq(got.CreditP, c.want.CreditP) || !eq(got.CreditR, c.want.CreditR) {
				t.Errorf("ScoreFields:\n got %+v\nwant %+v", got, c.want)
			}
		})
	}
}

func TestScoreFieldsHead(t *testing.T) {
	gold := []FieldsPage{
		{ID: "p1", Head: &FieldsHead{Headline: sp("Trump And Putin Discuss Ukraine"), Authors: []string{"J. Mansour", "Ann Lee"}}},
		{ID: "p2", Head: &FieldsHead{Headline: sp("Rain Again"), Authors: nil}},
		{ID: "p3"}, // not annotated: counts nowhere
	}
	preds := map[string]FieldsPrediction{
		// case and spaces aside right; one author found, one extra
		"p1": {Headline: "trump and  putin discuss Ukraine", Authors: []string{"J. MANSOUR", "Newslooks Staff"}},
		// a headline with the site's name is wrong; a name where the
		// page credits nobody is an extra
		"p2": {Headline: "Rain Again | Daily", Authors: []string{"Admin"}},
		"p3": {Headline: "anything", Authors: []string{"anyone"}},
	}
	got := ScoreFields(gold, preds)
	want := FieldsScores{HeadPages: 2, HeadlineGold: 2, HeadlineRight: 1, HeadlineAcc: 0.5,
		AuthorGold: 2, AuthorFound: 1, AuthorPredicted: 3, AuthorRight: 1, AuthorR: 0.5, AuthorP: 1.0 / 3}
	if got.HeadPages != want.HeadPages || got.HeadlineGold != want.HeadlineGold || got.HeadlineRight != want.HeadlineRight ||
		math.Abs(got.HeadlineAcc-want.HeadlineAcc) > 1e-9 || got.AuthorGold != want.AuthorGold || got.AuthorFound != want.AuthorFound ||
		got.AuthorPredicted != want.AuthorPredicted || got.AuthorRight != want.AuthorRight ||
		math.Abs(got.AuthorR-want.AuthorR) > 1e-9 || math.Abs(got.AuthorP-want.AuthorP) > 1e-9 {
		t.Errorf("ScoreFields head:\n got %+v\nwant %+v", got, want)
	}
	if m := strings.Join(got.Misses["p2"], "; "); !strings.Contains(m, "headline") || !strings.Contains(m, `author extra: "admin"`) {
		t.Errorf("misses of p2 = %q, want the headline and the extra author", m)
	}
}

func TestFieldsRuleGold(t *testing.T) {
	g := FieldsRuleGold(&FieldsGold{Pages: []FieldsPage{
		{ID: "p1", Dateline: sp("KYIV, Ukraine"), Images: []FieldsImage{{Caption: sp("A tank."), Credit: sp("Reuters")}}},
		{ID: "p2"},
		{ID: "p4", Head: &FieldsHead{Headline: sp("Rain Again"), Authors: []string{"Ann Lee"}}},
		{ID: "p5", Head: &FieldsHead{}},
	}})
	for _, c := range []struct {
		id, field, value string
		want             Judgement
	}{
		{"p1", "dateline", "Kyiv, Ukraine", Right},
		{"p1", "dateline", "KYIV", Wrong},
		{"p2", "dateline", "LONDON", Wrong},
		{"p3", "dateline", "LONDON", Unknown},
		{"p1", "images", "https://x/a.jpg | A tank. | Photo: Reuters", Right},
		{"p1", "images", "https://x/a.jpg | A tank. | ", Right},
		{"p1", "images", "https://x/a.jpg | Related story | ", Wrong},
		{"p1", "images", "https://x/a.jpg |  | ", Unknown},
		{"p1", "headline", "x", Unknown},
		{"p4", "headline", "rain  again", Right},
		{"p4", "headline", "Rain Again | Daily", Wrong},
		{"p4", "authors", "By Ann Lee", Right},
		{"p4", "authors", "Bob Roe", Wrong},
		{"p5", "authors", "Admin", Wrong},
		{"p5", "headline", "Rain", Unknown},
	} {
		if got := g.Judge(c.id, c.field, c.value); got != c.want {
			t.Errorf("Judge(%s, %s, %q) = %v, want %v", c.id, c.field, c.value, got, c.want)
		}
	}
}

// TestFieldsGoldFile checks the annotation file: ids, halves, and that
// every page is in the shared corpora and every span rebuilds its text
// (skipped without ../shared unless BYLINE_REQUIRE_SHARED=1).
func TestFieldsGoldFile(t *testing.T) {
	corpus := filepath.Join(sharedDir(t), "corpus")
	g, err := LoadFieldsGold(filepath.Join("testdata", "fields.json"), corpus)
	if err != nil {
		t.Fatal(err)
	}
	halves := map[string]int{}
	for _, p := range g.Pages {
		halves[p.Half]++
		for _, im := range p.Images {
			if im.Caption == nil && im.Credit == nil {
				t.Errorf("%s: a picture with neither caption nor credit is not listed", p.ID)
			}
		}
	}
	if len(g.Pages) < 60 || halves[HalfTune] < 25 || halves[HalfCheck] < 25 {
		t.Errorf("annotation has %d pages (%v), want >= 60 with both halves", len(g.Pages), halves)
	}
	for _, p := range g.Pages {
		if _, err := os.Stat(p.Path(corpus)); err != nil {
			t.Errorf("%s: %v", p.ID, err)
		}
	}
}

// TestFieldsFloors runs the extractor over the annotated pages and fails
// when a dateline, caption or credit figure on either half drops below
// its floor: the figure measured when the extractor last changed,
// rounded down (as TestCorpusFloors does for the corpus figures).
func TestFieldsFloors(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus run skipped with -short")
	}
	corpus := filepath.Join(sharedDir(t), "corpus")
	g, err := LoadFieldsGold(filepath.Join("testdata", "fields.json"), corpus)
	if err != nil {
		t.Fatal(err)
	}
	preds := map[string]FieldsPrediction{}
	for _, p := range g.Pages {
		preds[p.ID] = extractFields(t, p.Path(corpus))
	}
	measure := func(half string) map[string]float64 {
		s := ScoreFields(g.InHalf(half), preds)
		return map[string]float64{
			"dateline F1": s.DatelineF1, "caption recall": s.CaptionR, "caption precision": s.CaptionP,
			"credit recall": s.CreditR, "credit precision": s.CreditP,
			"headline": s.HeadlineAcc, "author recall": s.AuthorR, "author precision": s.AuthorP,
		}
	}
	tune, check := measure(HalfTune), measure(HalfCheck)
	for _, f := range []floor{
		// Rebased to the 443-page annotation (the eighth round, see
		// testdata/fields.md).
		// The check half rose with the wire forms probed on synthetic
		// pages (2026-12-06), and again with the fifth probe round's
		// dateline forms and caption and credit markup (0.6.1).
		// The eighth round's dateline forms raised tune, the rules
		// audit's narrowing of the slash byline's place check (0.6.3).
		// The ninth round's lead-paragraph dateline raised check (0.6.4).
		// The seventeenth round's "PLACE. AGENCY –" forms raised check (0.6.6).
		{"dateline F1", 0.96, 0.83},
		// The seventh round's picture layouts raised both halves (0.6.2),
		// the eighth round's "Source:" label the check half (0.6.3).
		// The ninth round's credit forms raised tune (0.6.4).
		// The nineteenth round's picture-box credit lines raised check
		// (0.6.7).
		// The twenty-second round's credit-only captions raised check
		// caption recall, caption precision and credit recall (0.6.10).
		{"caption recall", 0.92, 0.71},
		// The twelfth round's picture markups raised check (0.6.5).
		{"caption precision", 0.94, 0.835},
		{"credit recall", 0.91, 0.675},
		// The nineteenth round's other stories' <article> cards gave no
		// pictures: check 0.775 -> 0.882 (0.6.7).
		{"credit precision", 0.98, 0.88},
		// The head round (testdata/fields.md), before any rule was
		// written on it.
		{"headline", 0.94, 0.98},
		{"author recall", 0.89, 0.83},
		// Raised with the sixth probe round's teaser bylines (0.6.2),
		// the ninth's publisher-only JSON-LD author (0.6.4), the
		// eleventh's Nordic job titles or desk folders (0.6.5), the
		// nineteenth's source line breaks read as spaces (0.6.7).
		{"author precision", 0.96, 0.765},
	} {
		t.Logf("%-18s tune %.3f  check %.3f", f.metric, tune[f.metric], check[f.metric])
		if tune[f.metric] < f.tune {
			t.Errorf("%s on the tune half: %.3f, floor %.3f", f.metric, tune[f.metric], f.tune)
		}
		if check[f.metric] < f.check {
			t.Errorf("%s on the check half: %.3f, floor %.3f", f.metric, check[f.metric], f.check)
		}
	}
}

// extractFields extracts one page and keeps the fields ScoreFields reads.
func extractFields(t *testing.T, path string) FieldsPrediction {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if raw, err = io.ReadAll(zr); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
	}
	a, err := extract.Extract(extract.Input{HTML: raw, FetchedAt: corpusFetched}, extract.Options{NoQuotes: true})
	var na *extract.NotArticleError
	if errors.As(err, &na) {
		a = na.Page
	}
	if a == nil {
		return FieldsPrediction{}
	}
	return FieldsPrediction{Dateline: a.Dateline, Images: a.Images, Headline: a.Headline, Authors: a.Authors}
}
