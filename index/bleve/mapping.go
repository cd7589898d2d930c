package bleveindex

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/char/asciifolding"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/single"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/byline/byline/article"
	"github.com/byline/byline/index"
)

// mappingVersion is stored in the index; an index built with another
// mapping is refused (rebuild it with a fresh data directory).
const mappingVersion = "byline-bleve-3" // 3: story and revised (issue 16)

// Document types and field names. Articles and quotes live in one index as
// two document types told apart by fieldType; every filter field has a raw
// keyword form (facets, display) and a lower-cased "_lc" form (whole-value
// filters); the name fields (site, authors, speakers) also have a "_words"
// form analysed by analyzerName (folded words, for name filters that match
// a surname or part of a site name).
const (
	typeArticle = "article"
	typeQuote   = "quote"

	fieldType        = "doc_type"
	fieldHeadline    = "headline"
	fieldSummary     = "summary"
	fieldBullets     = "bullets"
	fieldBody        = "body"
	fieldQuoteText   = "quote_text"
	fieldSite        = "site"
	fieldSection     = "section"
	fieldLanguage    = "language"
	fieldAuthors     = "authors"
	fieldSpeakers    = "speakers"
	fieldTags        = "tags"
	fieldMonth       = "month"
	fieldDay         = "day" // the UTC publication day, for timelines
	fieldPublished   = "published"
	fieldPublishedAt = "published_at" // the RFC 3339 text, stored for display
	fieldURL         = "url"
	fieldVersion     = "version"
	fieldQuoteCount  = "quote_count"
	fieldSource      = "source" // the article JSON minus body/paragraphs, stored only
	fieldArticleID   = "article_id"
	fieldCue         = "cue"
	fieldStory       = "story"    // the near-duplicate cluster (index.StoryOf), stored: the collapse key
	fieldRevised     = "revised"  // "yes" on an article at revision 2 or more
	fieldRevision    = "revision" // the revision number, stored

	analyzerLowerKeyword = "byline_lower_keyword"
	// analyzerName splits a name into words, folds diacritics to ASCII and
	// lower-cases: the twin of the Elasticsearch byline_name analyzer
	// (standard tokenizer, lowercase, asciifolding).
	analyzerName = "byline_name"
)

// lc names the lower-cased filter twin of a keyword field.
func lc(field string) string { return field + "_lc" }

// words names the analysed name twin of a keyword field.
func words(field string) string { return field + "_words" }

// nameField maps a name filter field to the keyword field it analyses.
var nameField = map[string]string{
	index.FieldSite:    fieldSite,
	index.FieldAuthor:  fieldAuthors,
	index.FieldSpeaker: fieldSpeakers,
}

// filterField maps a query field (index.Field*) to the indexed field that
// filters on it.
var filterField = map[string]string{
	index.FieldSite:     lc(fieldSite),
	index.FieldSection:  lc(fieldSection),
	index.FieldAuthor:   lc(fieldAuthors),
	index.FieldSpeaker:  lc(fieldSpeakers),
	index.FieldLanguage: lc(fieldLanguage),
}

// facetFields maps facet names (the keys of Results.Facets) to fields.
var facetFields = map[string]string{
	"site":      fieldSite,
	"section":   fieldSection,
	"author":    fieldAuthors,
	"speaker":   fieldSpeakers,
	"published": fieldMonth,
}

// newMapping builds the index mapping: English analysis for text, keyword
// fields with doc values for facets, stored fields for hits and Get.
func newMapping() (mapping.IndexMapping, error) {
	im := bleve.NewIndexMapping()
	im.TypeField = fieldType
	im.DefaultAnalyzer = en.AnalyzerName
	if err := im.AddCustomAnalyzer(analyzerLowerKeyword, map[string]any{
		"type":          custom.Name,
		"tokenizer":     single.Name,
		"token_filters": []string{lowercase.Name},
	}); err != nil {
		return nil, fmt.Errorf("bleve mapping: %w", err)
	}
	if err := im.AddCustomAnalyzer(analyzerName, map[string]any{
		"type":          custom.Name,
		"char_filters":  []string{asciifolding.Name},
		"tokenizer":     unicode.Name,
		"token_filters": []string{lowercase.Name},
	}); err != nil {
		return nil, fmt.Errorf("bleve mapping: %w", err)
	}

	text := func(store bool) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = en.AnalyzerName
		f.Store = store
		f.IncludeTermVectors = store // needed to highlight
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	kw := func(store bool) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = store
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = true
		return f
	}
	lower := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = analyzerLowerKeyword
		f.Store = false
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = false
		return f
	}
	name := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = analyzerName
		f.Store = false
		f.IncludeInAll = false
		f.IncludeTermVectors = true // phrase queries need positions
		f.DocValues = false
		return f
	}
	storedOnly := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Index = false
		f.Store = true
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = false
		return f
	}
	num := func() *mapping.FieldMapping {
		f := bleve.NewNumericFieldMapping()
		f.Store = true
		f.Index = false
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	date := func() *mapping.FieldMapping {
		f := bleve.NewDateTimeFieldMapping()
		f.Store = false
		f.IncludeInAll = false
		f.DocValues = true
		return f
	}

	common := func(dm *mapping.DocumentMapping) {
		dm.AddFieldMappingsAt(fieldType, kw(false))
		dm.AddFieldMappingsAt(fieldSite, kw(true))
		dm.AddFieldMappingsAt(lc(fieldSite), lower())
		dm.AddFieldMappingsAt(words(fieldSite), name())
		dm.AddFieldMappingsAt(fieldSection, kw(true))
		dm.AddFieldMappingsAt(lc(fieldSection), lower())
		dm.AddFieldMappingsAt(fieldLanguage, kw(false))
		dm.AddFieldMappingsAt(lc(fieldLanguage), lower())
		dm.AddFieldMappingsAt(fieldAuthors, kw(true))
		dm.AddFieldMappingsAt(lc(fieldAuthors), lower())
		dm.AddFieldMappingsAt(words(fieldAuthors), name())
		dm.AddFieldMappingsAt(fieldSpeakers, kw(true))
		dm.AddFieldMappingsAt(lc(fieldSpeakers), lower())
		dm.AddFieldMappingsAt(words(fieldSpeakers), name())
		dm.AddFieldMappingsAt(fieldMonth, kw(true))
		dm.AddFieldMappingsAt(fieldDay, kw(false))
		dm.AddFieldMappingsAt(fieldPublished, date())
		dm.AddFieldMappingsAt(fieldPublishedAt, storedOnly())
		dm.AddFieldMappingsAt(fieldURL, storedOnly())
		dm.AddFieldMappingsAt(fieldHeadline, text(true))
	}

	art := bleve.NewDocumentStaticMapping()
	common(art)
	art.AddFieldMappingsAt(fieldSummary, text(true))
	art.AddFieldMappingsAt(fieldBullets, text(false))
	art.AddFieldMappingsAt(fieldBody, text(true))
	art.AddFieldMappingsAt(fieldTags, kw(false))
	art.AddFieldMappingsAt(fieldVersion, num())
	art.AddFieldMappingsAt(fieldQuoteCount, num())
	art.AddFieldMappingsAt(fieldSource, storedOnly())
	art.AddFieldMappingsAt(fieldStory, kw(true))
	art.AddFieldMappingsAt(fieldRevised, kw(false))
	art.AddFieldMappingsAt(fieldRevision, num())
	im.AddDocumentMapping(typeArticle, art)

	q := bleve.NewDocumentStaticMapping()
	common(q)
	q.AddFieldMappingsAt(fieldQuoteText, text(true))
	q.AddFieldMappingsAt(fieldArticleID, kw(true))
	q.AddFieldMappingsAt(fieldCue, storedOnly())
	im.AddDocumentMapping(typeQuote, q)

	// No query reads Bleve's "_all" composite field (every query names its
	// fields), and no field is included in it; disabling it spares every
	// document an empty composite field's bookkeeping.
	for _, dm := range []*mapping.DocumentMapping{art, q} {
		dm.AddSubDocumentMapping("_all", bleve.NewDocumentDisabledMapping())
	}

	im.DefaultMapping = bleve.NewDocumentDisabledMapping()
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false
	return im, nil
}

// quoteID is the document id of the i-th quote of an article.
func quoteID(articleID string, i int) string { return fmt.Sprintf("%s#q%d", articleID, i) }

// lowerAll lower-cases every string of ss.
func lowerAll(ss []string) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, strings.ToLower(s))
		}
	}
	return out
}

// nonEmpty drops blank strings.
func nonEmpty(ss []string) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// speakerNames lists the distinct credited speakers of a, from Speakers and
// from the quotes, in first-seen order.
func speakerNames(a *article.Article) []string {
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		s = strings.TrimSpace(s)
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for _, s := range a.Speakers {
		add(s.Name)
	}
	for _, q := range a.Quotes {
		if q.Speaker != nil {
			add(*q.Speaker)
		}
	}
	return out
}

// storedSource is what the index keeps to rebuild an article in Get: the
// article JSON without Body and Paragraphs when they are recoverable from
// the stored body field.
type storedSource struct {
	*article.Article
	ParagraphsSplit bool `json:"_paragraphs_from_body,omitempty"`
}

// docs turns a into its article document and quote documents.
func docs(a *article.Article) (map[string]any, []map[string]any, error) {
	src := *a
	split := strings.Join(a.Paragraphs, "\n\n") == a.Body && !paragraphsContainBreak(a.Paragraphs)
	src.Body = ""
	if split {
		src.Paragraphs = nil
	}
	raw, err := json.Marshal(storedSource{Article: &src, ParagraphsSplit: split})
	if err != nil {
		return nil, nil, fmt.Errorf("encode article %s: %w", a.ID, err)
	}

	pub := a.Published()
	month, day := "", ""
	if !pub.IsZero() {
		month = pub.UTC().Format(index.MonthKey)
		day = pub.UTC().Format(index.DayKey)
	}
	speakers := speakerNames(a)
	authors := nonEmpty(a.Authors)
	base := func(typ string) map[string]any {
		d := map[string]any{
			fieldType:            typ,
			fieldSite:            a.SiteName,
			lc(fieldSite):        strings.ToLower(a.SiteName),
			words(fieldSite):     a.SiteName,
			fieldSection:         a.Section,
			lc(fieldSection):     strings.ToLower(a.Section),
			fieldLanguage:        a.Language,
			lc(fieldLanguage):    strings.ToLower(a.Language),
			fieldAuthors:         authors,
			lc(fieldAuthors):     lowerAll(authors),
			words(fieldAuthors):  authors,
			fieldPublishedAt:     a.PublishedAt,
			fieldURL:             a.URL,
			fieldHeadline:        a.Headline,
			fieldMonth:           month,
			fieldDay:             day,
			fieldSpeakers:        speakers,
			lc(fieldSpeakers):    lowerAll(speakers),
			words(fieldSpeakers): speakers,
		}
		if !pub.IsZero() {
			d[fieldPublished] = pub.UTC()
		}
		return d
	}

	ad := base(typeArticle)
	ad[fieldSummary] = a.Summary
	ad[fieldBullets] = a.Bullets
	ad[fieldBody] = a.Body
	ad[fieldTags] = nonEmpty(a.Tags)
	ad[fieldVersion] = float64(a.Version())
	ad[fieldQuoteCount] = float64(len(a.Quotes))
	ad[fieldSource] = string(raw)
	ad[fieldStory] = index.StoryOf(a)
	if a.Revision > 1 {
		ad[fieldRevised] = "yes"
		ad[fieldRevision] = float64(a.Revision)
	}

	qds := make([]map[string]any, 0, len(a.Quotes))
	for _, q := range a.Quotes {
		d := base(typeQuote)
		sp := ""
		if q.Speaker != nil {
			sp = strings.TrimSpace(*q.Speaker)
		}
		// In a quote document "speakers" is the quote's own speaker, so the
		// speaker filter and facet mean "quotes by".
		if sp != "" {
			d[fieldSpeakers] = []string{sp}
			d[lc(fieldSpeakers)] = []string{strings.ToLower(sp)}
			d[words(fieldSpeakers)] = []string{sp}
		} else {
			d[fieldSpeakers] = []string{}
			d[lc(fieldSpeakers)] = []string{}
			d[words(fieldSpeakers)] = []string{}
		}
		d[fieldQuoteText] = q.Text
		d[fieldArticleID] = a.ID
		d[fieldCue] = q.Cue
		qds = append(qds, d)
	}
	return ad, qds, nil
}

func paragraphsContainBreak(ps []string) bool {
	for _, p := range ps {
		if strings.Contains(p, "\n\n") {
			return true
		}
	}
	return false
}

// decodeSource rebuilds an article from its stored source and body.
func decodeSource(raw, body string) (*article.Article, error) {
	var a article.Article
	s := storedSource{Article: &a}
	if err := json.Unmarshal([]byte(raw), &s); err != nil {
		return nil, fmt.Errorf("decode stored article: %w", err)
	}
	a.Body = body
	if s.ParagraphsSplit {
		if body == "" {
			a.Paragraphs = []string{}
		} else {
			a.Paragraphs = strings.Split(body, "\n\n")
		}
	}
	a.Normalize()
	return &a, nil
}
