package extract

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html/charset"
)

// The corpus test measures the metadata reader on the shared corpora with
// the reference scorer's rules (../shared/tools/score.py: norm_title,
// date_part, the author substring rule) and fails when a figure drops
// below what was measured when the rules were last tuned.

var metaVerbose = flag.Bool("meta-verbose", false, "log every metadata miss of the corpus test")

// Regression floors: the figures measured when this file was last
// updated, rounded down. The targets are title 0.80, authors 0.75,
// dates 0.90.
// Measured 2026-11-23: title 0.841, authors 0.770, trafilatura dates
// 0.902, htmldate-news dates 0.900.
const (
	floorTitle       = 0.835
	floorAuthors     = 0.765
	floorTrafDates   = 0.90
	floorHtmldateAcc = 0.895
)

// corpusFetched is the fetch time used for corpus pages, whose real fetch
// time is unknown: a fixed recent time keeps the test stable.
var corpusFetched = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)

// sharedDir returns ../shared beside the repository, or "" when absent.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir := filepath.Join("..", "..", "shared")
	if _, err := os.Stat(dir); err != nil {
		return ""
	}
	return dir
}

// corpusItem is one gold entry of the trafilatura or htmldate corpus.
type corpusItem struct {
	URL     string   `json:"url"`
	HTML    string   `json:"html"`
	Title   string   `json:"title"`
	Date    string   `json:"date"`
	Authors []string `json:"authors"`
}

func loadCorpus(t testing.TB, dir string) []corpusItem {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		t.Fatalf("read gold of %s: %v", dir, err)
	}
	var items []corpusItem
	if err := json.Unmarshal(b, &items); err != nil {
		t.Fatalf("parse gold of %s: %v", dir, err)
	}
	return items
}

// loadCorpusDoc reads one gzip page, decodes its charset and parses it.
func loadCorpusDoc(t testing.TB, dir string, it corpusItem) (*goquery.Document, *url.URL) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(dir, it.HTML))
	if err != nil {
		t.Fatalf("read %s: %v", it.HTML, err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("gunzip %s: %v", it.HTML, err)
	}
	page, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("gunzip %s: %v", it.HTML, err)
	}
	var r io.Reader = bytes.NewReader(page)
	if !utf8.Valid(page) {
		if r, err = charset.NewReader(r, "text/html"); err != nil {
			t.Fatalf("charset %s: %v", it.HTML, err)
		}
	}
	doc, err := goquery.NewDocumentFromReader(r)
	if err != nil {
		t.Fatalf("parse %s: %v", it.HTML, err)
	}
	u, _ := url.Parse(it.URL)
	return doc, u
}

var goldDateRE = regexp.MustCompile(`^\s*(\d{4})[-./](\d{1,2})[-./](\d{1,2})`)

// datePart is score.py's date_part: YYYY-MM-DD from the start of s, or "".
func datePart(s string) string {
	m := goldDateRE.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	return m[1] + "-" + twoDigits(mo) + "-" + twoDigits(d)
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// scoreNormTitle is score.py's norm_title.
func scoreNormTitle(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

func rfc(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}

func TestMetaCorpusTrafilatura(t *testing.T) {
	shared := sharedDir(t)
	if shared == "" {
		t.Skip("../shared not found: corpus test skipped")
	}
	dir := filepath.Join(shared, "corpus", "trafilatura")
	if _, err := os.Stat(filepath.Join(dir, "gold.json")); err != nil {
		t.Skipf("trafilatura corpus not found in %s", dir)
	}
	items := loadCorpus(t, dir)
	var titleN, titleOK, authN, authOK, dateN, dateOK int
	var predN, predOK int // predicted names on pages with gold authors, and those that match one
	for _, it := range items {
		doc, u := loadCorpusDoc(t, dir, it)
		md := readMetadata(doc, u, corpusFetched)
		if g := scoreNormTitle(it.Title); g != "" {
			titleN++
			if scoreNormTitle(md.Headline) == g {
				titleOK++
			} else if *metaVerbose {
				t.Logf("TITLE %s\n  gold %q\n  got  %q", it.HTML, it.Title, md.Headline)
			}
		}
		joined := make([]string, len(md.Authors))
		for i, a := range md.Authors {
			joined[i] = strings.Join(strings.Fields(a), " ")
		}
		pred := strings.ToLower(strings.Join(joined, " ; "))
		if len(it.Authors) > 0 {
			goldJoined := strings.ToLower(strings.Join(it.Authors, " ; "))
			for _, a := range md.Authors {
				predN++
				if strings.Contains(goldJoined, strings.ToLower(a)) || strings.Contains(strings.ToLower(a), strings.ToLower(it.Authors[0])) {
					predOK++
				}
			}
		}
		for _, a := range it.Authors {
			a = strings.ToLower(strings.Join(strings.Fields(a), " "))
			if a == "" {
				continue
			}
			authN++
			if strings.Contains(pred, a) {
				authOK++
			} else if *metaVerbose {
				t.Logf("AUTHOR %s\n  gold %q\n  got  %q", it.HTML, it.Authors, md.Authors)
			}
		}
		if g := datePart(it.Date); g != "" {
			dateN++
			if datePart(rfc(md.Published)) == g {
				dateOK++
			} else if *metaVerbose {
				t.Logf("DATE %s %s\n  gold %q\n  got  %q", it.HTML, it.URL, it.Date, rfc(md.Published))
			}
		}
	}
	title := float64(titleOK) / float64(max(titleN, 1))
	auth := float64(authOK) / float64(max(authN, 1))
	dates := float64(dateOK) / float64(max(dateN, 1))
	t.Logf("trafilatura: title accuracy %.3f (%d/%d), author recall %.3f (%d/%d), date accuracy %.3f (%d/%d)",
		title, titleOK, titleN, auth, authOK, authN, dates, dateOK, dateN)
	t.Logf("trafilatura: author precision %.3f (%d of %d predicted names match a gold author)",
		float64(predOK)/float64(max(predN, 1)), predOK, predN)
	if title < floorTitle || auth < floorAuthors || dates < floorTrafDates {
		t.Errorf("trafilatura metadata regressed: title %.3f (floor %.2f), authors %.3f (floor %.2f), dates %.3f (floor %.2f)",
			title, floorTitle, auth, floorAuthors, dates, floorTrafDates)
	}
}

func TestMetaCorpusHtmldate(t *testing.T) {
	shared := sharedDir(t)
	if shared == "" {
		t.Skip("../shared not found: corpus test skipped")
	}
	dir := filepath.Join(shared, "corpus", "htmldate-news")
	if _, err := os.Stat(filepath.Join(dir, "gold.json")); err != nil {
		t.Skipf("htmldate corpus not found in %s", dir)
	}
	items := loadCorpus(t, dir)
	var n, ok, undated, undatedGiven int
	for _, it := range items {
		doc, u := loadCorpusDoc(t, dir, it)
		md := readMetadata(doc, u, corpusFetched)
		got := datePart(rfc(md.Published))
		g := datePart(it.Date)
		if g == "" {
			undated++
			if got != "" {
				undatedGiven++
			}
			continue
		}
		n++
		if got == g {
			ok++
		} else if *metaVerbose {
			t.Logf("DATE %s %s\n  gold %q\n  got  %q", it.HTML, it.URL, it.Date, rfc(md.Published))
		}
	}
	acc := float64(ok) / float64(max(n, 1))
	t.Logf("htmldate-news: date accuracy %.3f (%d/%d); undated pages %d, given a date anyway %d", acc, ok, n, undated, undatedGiven)
	if acc < floorHtmldateAcc {
		t.Errorf("htmldate-news date accuracy regressed: %.3f (floor %.2f)", acc, floorHtmldateAcc)
	}
}
