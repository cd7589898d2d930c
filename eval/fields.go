package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/byline/byline/article"
)

// This file scores the fields no shared corpus has gold for: the
// dateline and the captions and credits of the article's pictures,
// against the hand annotation in testdata/fields.json (conventions and
// selection rule in testdata/fields.md); and, on the annotated pages of
// corpora without gold titles and authors, the headline and the authors.
//
// Dateline: one value per page, compared exactly after NormDateline
// (white space collapsed, case folded, trailing punctuation cut). A page
// whose gold has no dateline and whose prediction has none counts
// nowhere; a predicted dateline that is not the gold one is a false
// positive (and, when the gold has one, also a false negative).
//
// Captions and credits: per page, the gold list against the predicted
// list, each text used once; a predicted text matches a gold text when
// their normalised forms (NormCaption, NormCredit) are equal, or one
// contains the other and the shorter is at least 0.8 of the longer (in
// runes). Recall is matched gold / gold texts, precision matched
// predicted / predicted texts, both summed over the pages of the half.
//
// Headline and authors, on the pages whose Head is annotated: the
// headline is right when equal to the gold one after case folding and
// white space collapsing (as the trafilatura corpus's title accuracy);
// a gold author is found when its folded form is in the predicted names
// joined (as that corpus's author recall), and a predicted name is right
// when it holds a gold name or a gold name holds it (precision).

// FieldsGold is the hand annotation of datelines, captions, credits,
// headlines and authors.
type FieldsGold struct {
	Pages []FieldsPage `json:"pages"`
}

// FieldsPage is one annotated page.
type FieldsPage struct {
	Corpus string `json:"corpus"` // folder under ../shared/corpus
	ID     string `json:"id"`     // page id (ItemKey of File)
	File   string `json:"file"`   // the page, relative to the corpus folder
	Half   string `json:"half"`   // Half(ID), recorded for readers
	// DatelineAt is where the dateline is in the page; null: it has none.
	DatelineAt *FieldSpan    `json:"dateline"`
	Images     []FieldsImage `json:"images"` // the article's pictures with a caption or a credit
	// Head is the headline and the authors; nil where not annotated (the
	// trafilatura corpus's pages, which have gold titles and authors).
	Head *FieldsHead `json:"head,omitempty"`
	Note string      `json:"note,omitempty"`

	// Dateline is DatelineAt's text, rebuilt by LoadFieldsGold.
	Dateline *string `json:"-"`
}

// FieldsImage is one picture's caption and credit; either may be null.
// The file holds their places (CaptionAt, CreditAt); LoadFieldsGold
// rebuilds their texts (Caption, Credit), which the scorer reads.
type FieldsImage struct {
	CaptionAt *FieldSpan `json:"caption"`
	CreditAt  *FieldSpan `json:"credit"`

	Caption *string `json:"-"`
	Credit  *string `json:"-"`
}

// FieldsHead is the article's headline (null: the page shows none) and
// its authors as the page credits them (empty: nobody), as places in the
// page; LoadFieldsGold rebuilds their texts (Headline, Authors).
type FieldsHead struct {
	HeadlineAt *FieldSpan  `json:"headline"`
	AuthorsAt  []FieldSpan `json:"authors"`

	Headline *string  `json:"-"`
	Authors  []string `json:"-"`
}

// LoadFieldsGold reads the annotation file, checks that every page's id
// and half agree with its file, and rebuilds every dateline, caption and
// credit from its span in the page under corpusRoot (../shared/corpus),
// failing, with the page and the entry named, when a span does not
// rebuild the annotated text (its hash).
func LoadFieldsGold(path, corpusRoot string) (*FieldsGold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g FieldsGold
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	seen := map[string]bool{}
	for _, p := range g.Pages {
		if p.ID == "" || ItemKey(p.File) != p.ID {
			return nil, fmt.Errorf("%s: page %q: id is not the file's key %q", path, p.ID, ItemKey(p.File))
		}
		if p.Half != Half(p.ID) {
			return nil, fmt.Errorf("%s: page %q: half %q, want %q", path, p.ID, p.Half, Half(p.ID))
		}
		if seen[p.ID] {
			return nil, fmt.Errorf("%s: page %q twice", path, p.ID)
		}
		seen[p.ID] = true
	}
	for i := range g.Pages {
		p := &g.Pages[i]
		if err := p.resolve(corpusRoot); err != nil {
			return nil, fmt.Errorf("%s: page %s (%s/%s): %w", path, p.ID, p.Corpus, p.File, err)
		}
	}
	return &g, nil
}

// Path is the page's file under the corpus root (../shared/corpus).
func (p FieldsPage) Path(corpusRoot string) string {
	return filepath.Join(corpusRoot, p.Corpus, filepath.FromSlash(p.File))
}

// InHalf returns the pages of one half.
func (g *FieldsGold) InHalf(half string) []FieldsPage {
	var out []FieldsPage
	for _, p := range g.Pages {
		if InHalf(p.ID, half) {
			out = append(out, p)
		}
	}
	return out
}

// FieldsPrediction is what the fields scorer reads of one extracted page.
type FieldsPrediction struct {
	Dateline string
	Images   []article.Image
	Headline string
	Authors  []string
}

// FieldsScores are the dateline, caption and credit figures of one half.
type FieldsScores struct {
	Pages int `json:"pages"`

	DatelineGold      int     `json:"dateline_gold"`
	DatelinePredicted int     `json:"dateline_predicted"`
	DatelineRight     int     `json:"dateline_right"`
	DatelineP         float64 `json:"dateline_precision"`
	DatelineR         float64 `json:"dateline_recall"`
	DatelineF1        float64 `json:"dateline_f1"`

	CaptionGold      int     `json:"caption_gold"`
	CaptionPredicted int     `json:"caption_predicted"`
	CaptionMatched   int     `json:"caption_matched"`
	CaptionP         float64 `json:"caption_precision"`
	CaptionR         float64 `json:"caption_recall"`

	CreditGold      int     `json:"credit_gold"`
	CreditPredicted int     `json:"credit_predicted"`
	CreditMatched   int     `json:"credit_matched"`
	CreditP         float64 `json:"credit_precision"`
	CreditR         float64 `json:"credit_recall"`

	HeadPages     int     `json:"head_pages"` // pages with an annotated head
	HeadlineGold  int     `json:"headline_gold"`
	HeadlineRight int     `json:"headline_right"`
	HeadlineAcc   float64 `json:"headline_accuracy"`

	AuthorGold      int     `json:"author_gold"`
	AuthorFound     int     `json:"author_found"`
	AuthorPredicted int     `json:"author_predicted"`
	AuthorRight     int     `json:"author_right"`
	AuthorR         float64 `json:"author_recall"`
	AuthorP         float64 `json:"author_precision"`

	Missing int `json:"missing"` // pages without a prediction (scored as empty)

	// Misses lists, per page id, what the extractor got wrong.
	Misses map[string][]string `json:"-"`
}

// scoreTexts matches a page's predicted texts of one kind (captions or
// credits) to its gold ones, reports each miss and extra through miss, and
// returns the number matched.
func scoreTexts(kind string, gold, pred []string, norm func(string) string, miss func(string, ...any)) int {
	m, unmatched, extra := matchTexts(gold, pred, norm)
	for _, t := range unmatched {
		miss("%s missed: %q", kind, clip(t))
	}
	for _, t := range extra {
		miss("%s extra: %q", kind, clip(t))
	}
	return m
}

// ScoreFields scores predictions (by page id) on the given gold pages.
func ScoreFields(pages []FieldsPage, preds map[string]FieldsPrediction) FieldsScores {
	s := FieldsScores{Pages: len(pages), Misses: map[string][]string{}}
	for _, p := range pages {
		pred, ok := preds[p.ID]
		if !ok {
			s.Missing++
		}
		miss := func(f string, a ...any) { s.Misses[p.ID] = append(s.Misses[p.ID], fmt.Sprintf(f, a...)) }
		gd, pd := "", NormDateline(pred.Dateline)
		if p.Dateline != nil {
			gd = NormDateline(*p.Dateline)
		}
		if gd != "" {
			s.DatelineGold++
		}
		if pd != "" {
			s.DatelinePredicted++
		}
		if gd != "" && gd == pd {
			s.DatelineRight++
		} else if gd != "" || pd != "" {
			miss("dateline: gold %q, got %q", gd, pred.Dateline)
		}
		var gcap, gcred, pcap, pcred []string
		for _, im := range p.Images {
			if im.Caption != nil && *im.Caption != "" {
				gcap = append(gcap, *im.Caption)
			}
			if im.Credit != nil && *im.Credit != "" {
				gcred = append(gcred, *im.Credit)
			}
		}
		for _, im := range pred.Images {
			if im.Caption != "" {
				pcap = append(pcap, im.Caption)
			}
			if im.Credit != "" {
				pcred = append(pcred, im.Credit)
			}
		}
		s.CaptionMatched += scoreTexts("caption", gcap, pcap, NormCaption, miss)
		s.CaptionGold += len(gcap)
		s.CaptionPredicted += len(pcap)
		s.CreditMatched += scoreTexts("credit", gcred, pcred, NormCredit, miss)
		s.CreditGold += len(gcred)
		s.CreditPredicted += len(pcred)
		if p.Head != nil {
			s.scoreHead(p.Head, pred, miss)
		}
	}
	s.DatelineP = ratio(float64(s.DatelineRight), float64(s.DatelinePredicted))
	s.DatelineR = ratio(float64(s.DatelineRight), float64(s.DatelineGold))
	s.DatelineF1 = FScore(s.DatelineP, s.DatelineR)
	s.CaptionP = ratio(float64(s.CaptionMatched), float64(s.CaptionPredicted))
	s.CaptionR = ratio(float64(s.CaptionMatched), float64(s.CaptionGold))
	s.CreditP = ratio(float64(s.CreditMatched), float64(s.CreditPredicted))
	s.CreditR = ratio(float64(s.CreditMatched), float64(s.CreditGold))
	s.HeadlineAcc = ratio(float64(s.HeadlineRight), float64(s.HeadlineGold))
	s.AuthorR = ratio(float64(s.AuthorFound), float64(s.AuthorGold))
	s.AuthorP = ratio(float64(s.AuthorRight), float64(s.AuthorPredicted))
	return s
}

// scoreHead adds one page's headline and authors to s.
func (s *FieldsScores) scoreHead(h *FieldsHead, pred FieldsPrediction, miss func(string, ...any)) {
	s.HeadPages++
	if h.Headline != nil {
		s.HeadlineGold++
		if normTitle(pred.Headline) == normTitle(*h.Headline) {
			s.HeadlineRight++
		} else {
			miss("headline: gold %q, got %q", clip(*h.Headline), clip(pred.Headline))
		}
	}
	var gold, got []string
	for _, a := range h.Authors {
		if a = casefold(collapseWS(a)); a != "" {
			gold = append(gold, a)
		}
	}
	for _, a := range pred.Authors {
		if a = casefold(collapseWS(a)); a != "" {
			got = append(got, a)
		}
	}
	joined := strings.Join(got, " ; ")
	for _, a := range gold {
		s.AuthorGold++
		if strings.Contains(joined, a) {
			s.AuthorFound++
		} else {
			miss("author missed: %q", a)
		}
	}
	for _, a := range got {
		s.AuthorPredicted++
		right := false
		for _, g := range gold {
			if sameAuthor(a, g) {
				right = true
				break
			}
		}
		if right {
			s.AuthorRight++
		} else {
			miss("author extra: %q", a)
		}
	}
}

// Rows lays the scores out for the eval tables.
func (s FieldsScores) Rows() []Row {
	return []Row{
		{"dateline F1", fmt.Sprintf("%s  (p=%s r=%s, gold=%d)", f3(s.DatelineF1), f3(s.DatelineP), f3(s.DatelineR), s.DatelineGold)},
		{"caption recall", fmt.Sprintf("%s  (%d/%d)", f3(s.CaptionR), s.CaptionMatched, s.CaptionGold)},
		{"caption precision", fmt.Sprintf("%s  (%d/%d)", f3(s.CaptionP), s.CaptionMatched, s.CaptionPredicted)},
		{"credit recall", fmt.Sprintf("%s  (%d/%d)", f3(s.CreditR), s.CreditMatched, s.CreditGold)},
		{"credit precision", fmt.Sprintf("%s  (%d/%d)", f3(s.CreditP), s.CreditMatched, s.CreditPredicted)},
		{"headline", fmt.Sprintf("%s  (%d/%d)", f3(s.HeadlineAcc), s.HeadlineRight, s.HeadlineGold)},
		{"author recall", fmt.Sprintf("%s  (%d/%d)", f3(s.AuthorR), s.AuthorFound, s.AuthorGold)},
		{"author precision", fmt.Sprintf("%s  (%d/%d)", f3(s.AuthorP), s.AuthorRight, s.AuthorPredicted)},
		{"pages", fmt.Sprint(s.Pages)},
		{"missing predictions", fmt.Sprint(s.Missing)},
	}
}

func clip(s string) string {
	if utf8.RuneCountInString(s) <= 60 {
		return s
	}
	return string([]rune(s)[:60]) + "…"
}

// matchTexts pairs gold and predicted texts one to one, equal normalised
// forms first, then containment: it returns the number of pairs and the
// gold and predicted texts left unpaired.
func matchTexts(gold, pred []string, norm func(string) string) (int, []string, []string) {
	gn := make([]string, len(gold))
	for i, g := range gold {
		gn[i] = norm(g)
	}
	pn := make([]string, len(pred))
	for i, p := range pred {
		pn[i] = norm(p)
	}
	gUsed := make([]bool, len(gold))
	pUsed := make([]bool, len(pred))
	n := 0
	for pass := 0; pass < 2; pass++ {
		for i := range gold {
			if gUsed[i] || gn[i] == "" {
				continue
			}
			for j := range pred {
				if pUsed[j] || pn[j] == "" {
					continue
				}
				if pass == 0 && gn[i] == pn[j] || pass == 1 && TextsMatch(gn[i], pn[j]) {
					gUsed[i], pUsed[j] = true, true
					n++
					break
				}
			}
		}
	}
	var ug, up []string
	for i, g := range gold {
		if !gUsed[i] {
			ug = append(ug, g)
		}
	}
	for j, p := range pred {
		if !pUsed[j] {
			up = append(up, p)
		}
	}
	return n, ug, up
}

// TextsMatch reports whether two normalised texts are equal, or one
// contains the other and the shorter has at least 0.8 of the longer's
// runes.
func TextsMatch(a, b string) bool {
	if a == b {
		return a != ""
	}
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if la == 0 || lb == 0 {
		return false
	}
	if la > lb {
		a, b, la, lb = b, a, lb, la
	}
	return strings.Contains(b, a) && float64(la) >= 0.8*float64(lb)
}

// edgePunct are the characters cut from both ends of a normalised text.
const edgePunct = " .,;:!?-–—|/()[]«»\"'“”„‘’"

// NormDateline collapses white space, folds case and cuts punctuation at
// both ends ("WASHINGTON —" and "Washington" are one dateline).
func NormDateline(s string) string {
	return strings.Trim(casefold(collapseWS(s)), edgePunct)
}

// NormCaption collapses white space, folds case and cuts punctuation at
// both ends.
func NormCaption(s string) string {
	return strings.Trim(casefold(collapseWS(s)), edgePunct)
}

// creditLabelRE is a label before a credit: "Photo:", "Foto ©",
// "Image credit:", "Bildquelle:", "Imagen ilustrativa:", "(c)", "©"...
// (one to three words before a colon, or a copyright sign); a picture
// word opening the credit without a colon ("Fot. X", "Bild X") is cut
// once, first (creditWordRE), with or without a full stop ("Fot. X",
// "Foto. X": fields.md drops "Fot." and "Foto:", and "Foto." is the same
// label).
var (
	creditLabelRE = regexp.MustCompile(`^(?:(?:\p{L}+\.?\s*){1,3}:\s*|©\s*|\(c\)\s*|copyright\s+)+`)
	creditWordRE  = regexp.MustCompile(`^(?:photos?|fotos?|fot|bild|image|imagen|picture)\.?\s+`)
)

// NormCredit is NormCaption with a leading label and a copyright sign
// cut and the spaces around slashes dropped ("Photo: REUTERS / Pool" and
// "REUTERS/POOL" are one credit).
func NormCredit(s string) string {
	t := creditWordRE.ReplaceAllString(NormCaption(s), "")
	for {
		u := strings.Trim(creditLabelRE.ReplaceAllString(t, ""), edgePunct)
		if u == t {
			break
		}
		t = u
	}
	t = strings.ReplaceAll(t, " /", "/")
	t = strings.ReplaceAll(t, "/ ", "/")
	return strings.TrimFunc(t, func(r rune) bool { return unicode.IsSpace(r) })
}

// fieldsRuleGold judges dateline and image rule proposals on annotated
// pages.
type fieldsRuleGold map[string]FieldsPage

// FieldsRuleGold judges rule traces against the annotation: a dateline
// proposal is right when it is the page's dateline; an image proposal
// ("url | caption | credit") is right when its caption and credit are
// each empty or one of the page's; on pages with an annotated head, a
// headline proposal is right when it is the headline, an author
// proposal when it holds one of the page's authors or one holds it.
func FieldsRuleGold(g *FieldsGold) RuleGold {
	m := fieldsRuleGold{}
	for _, p := range g.Pages {
		m[p.ID] = p
	}
	return m
}

func (g fieldsRuleGold) Judge(id, field, value string) Judgement {
	p, ok := g[id]
	if !ok {
		return Unknown
	}
	switch field {
	case FieldHeadline:
		if p.Head == nil || p.Head.Headline == nil {
			return Unknown
		}
		return judge(normTitle(value) == normTitle(*p.Head.Headline))
	case FieldAuthors:
		if p.Head == nil {
			return Unknown
		}
		// the page credits nobody: any name proposed is wrong
		v := casefold(collapseWS(value))
		for _, a := range p.Head.Authors {
			if sameAuthor(v, casefold(collapseWS(a))) {
				return Right
			}
		}
		return Wrong
	case "dateline":
		if p.Dateline != nil && NormDateline(*p.Dateline) == NormDateline(value) {
			return Right
		}
		return Wrong
	case "images":
		parts := strings.SplitN(value, " | ", 3)
		if len(parts) != 3 || parts[1] == "" && parts[2] == "" {
			return Unknown
		}
		in := func(v string, norm func(string) string, caption bool) bool {
			if v == "" {
				return true
			}
			for _, im := range p.Images {
				t := im.Credit
				if caption {
					t = im.Caption
				}
				if t != nil && TextsMatch(norm(*t), norm(v)) {
					return true
				}
			}
			return false
		}
		if in(parts[1], NormCaption, true) && in(parts[2], NormCredit, false) {
			return Right
		}
		return Wrong
	}
	return Unknown
}
