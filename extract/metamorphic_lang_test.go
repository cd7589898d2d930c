package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestMetamorphicLanguage changes what every whole invented page
// declares its language to be, as real sites get it wrong, and checks
// that the extraction stays the ORIGINAL page's own, field by field (the
// fields of TestMetamorphicMarkup): a field that changes was read with
// the lexicon of the declared language where the text's own should
// decide. Each variant alone:
//
//   - nolang: <html lang> (and xml:lang), the og:locale,
//     Content-Language, language and DC.language metas and JSON-LD
//     inLanguage removed (a theme that prints none);
//   - wronglang-en: a page not in English declared "en-US" in all those
//     places (WordPress left at its default language, Yoast's og:locale
//     en_US);
//   - wronglang-other: an English page declared "de-DE", a German page
//     "fr-FR" (a theme that hard-codes its author's language).
//
// The page's language is the one its original extraction reports. A
// row's known-wrong fields are not compared.
func TestMetamorphicLanguage(t *testing.T) {
	variants := langVariants()
	jobs, results := mkupRunAll(func(j mkupJob) []mkupResult { return langRun(j.page, j.set, variants) })
	floors := make([]mkupFloor, len(variants))
	for i, v := range variants {
		floors[i] = mkupFloor{v.name, v.floor}
	}
	mkupReport(t, jobs, results, langExempt, floors)
}

// langExempt lists the pages whose fields a variant changes, by variant,
// with why. The files are named without ".html".
var langExempt = []mkupExemption{}

// langVariant is one change of a page's declared language: the tag it
// declares for a page whose language is lang ("" removes the
// declaration), or false when the variant does not apply to it.
type langVariant struct {
	name  string
	floor int
	tag   func(lang string) (string, bool)
}

func langVariants() []langVariant {
	return []langVariant{
		{name: "nolang", floor: 300, tag: func(string) (string, bool) { return "", true }},
		{name: "wronglang-en", floor: 150, tag: func(lang string) (string, bool) {
			return "en-US", lang != "en" && lang != ""
		}},
		{name: "wronglang-other", floor: 150, tag: func(lang string) (string, bool) {
			switch lang {
			case "en":
				return "de-DE", true
			case "de":
				return "fr-FR", true
			}
			return "", false
		}},
	}
}

// langRun extracts a page and each variant of it and compares.
func langRun(c cmsPage, set cmsPageSet, variants []langVariant) []mkupResult {
	page, err := os.ReadFile(filepath.Join("testdata", "cms", c.file))
	if err != nil {
		return []mkupResult{{variant: "read", err: err.Error()}}
	}
	orig, skipField, err := mkupOriginal(page, set.fetched, c)
	if err != nil {
		return []mkupResult{{variant: "original", err: err.Error()}}
	}
	var out []mkupResult
	for _, v := range variants {
		r := mkupResult{variant: v.name}
		tag, ok := v.tag(orig.Language)
		var changed []byte
		if ok {
			changed, ok = langDeclare(page, tag)
		}
		if !ok || bytes.Equal(changed, page) {
			r.skip = true
			out = append(out, r)
			continue
		}
		a, err := Extract(Input{HTML: changed, FetchedAt: set.fetched}, Options{NoQuotes: true})
		if err != nil {
			r.err = err.Error()
			out = append(out, r)
			continue
		}
		was, got := mkupFields(orig), mkupFields(a)
		for _, f := range mkupFieldNames {
			if !skipField[f] && was[f] != got[f] {
				r.diffs = append(r.diffs, mkupDiff{f, was[f], got[f]})
			}
		}
		out = append(out, r)
	}
	return out
}

// langMetaNames are the metas that declare a page's language.
var langMetaNames = set("og:locale", "content-language", "language", "dc.language")

var langLDRe = regexp.MustCompile(`"inLanguage"\s*:\s*"[^"]*"`)

// langDeclare writes the page declaring tag ("en-US") as its language in
// <html lang>, every language meta (og:locale as "en_US") and JSON-LD
// inLanguage, adding <html lang> and og:locale where missing; with tag
// "" it removes them all. It reports false when it cannot.
func langDeclare(page []byte, tag string) ([]byte, bool) {
	toks := mkupTokens(page)
	var b bytes.Buffer
	sawHTML, sawLocale, inLD := false, false, false
	for i := range toks {
		tk := &toks[i]
		switch {
		case tk.typ == html.TextToken && inLD:
			repl := []byte(`"inLanguage":"` + tag + `"`)
			b.Write(langLDRe.ReplaceAllLiteral(tk.raw, repl))
			continue
		case tk.typ == html.StartTagToken && tk.name == "html":
			sawHTML = true
			langSetAttrs(tk, tag)
		case (tk.typ == html.StartTagToken || tk.typ == html.SelfClosingTagToken) && tk.name == "meta":
			key, _ := tk.attr("property")
			if key == "" {
				key, _ = tk.attr("name")
			}
			if key == "" {
				key, _ = tk.attr("http-equiv")
			}
			key = strings.ToLower(key)
			if !langMetaNames[key] {
				break
			}
			if tag == "" {
				continue // the meta dropped
			}
			val := tag
			if key == "og:locale" {
				sawLocale, val = true, strings.ReplaceAll(tag, "-", "_")
			}
			for j := range tk.attrs {
				if tk.attrs[j].Key == "content" {
					tk.attrs[j].Val = val
				}
			}
			tk.style = mkupStyleDouble
		case tk.typ == html.StartTagToken && tk.name == "head" && tag != "":
			tk.write(&b)
			b.WriteString(`<meta property="og:locale" content="` + strings.ReplaceAll(tag, "-", "_") + `">`)
			sawLocale = true
			continue
		}
		inLD = false
		if tk.typ == html.StartTagToken && tk.name == "script" {
			typ, _ := tk.attr("type")
			inLD = strings.Contains(strings.ToLower(typ), "ld+json")
		}
		tk.write(&b)
	}
	if tag != "" && (!sawHTML || !sawLocale) {
		return nil, false
	}
	return b.Bytes(), true
}

// langSetAttrs sets (or with tag "" removes) an <html> tag's lang and
// xml:lang.
func langSetAttrs(tk *mkupTok, tag string) {
	var attrs []html.Attribute
	for _, a := range tk.attrs {
		if a.Key != "lang" && a.Key != "xml:lang" {
			attrs = append(attrs, a)
		} else if tag != "" && a.Key == "xml:lang" {
			attrs = append(attrs, html.Attribute{Key: a.Key, Val: tag})
		}
	}
	if tag != "" {
		attrs = append([]html.Attribute{{Key: "lang", Val: tag}}, attrs...)
	}
	tk.attrs, tk.style = attrs, mkupStyleDouble
}
