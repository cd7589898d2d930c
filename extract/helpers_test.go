package extract

import (
	"net/url"
	"time"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// metadata is what the page says about itself, as the metadata tests
// check it: the fields of the site, headline, authors and dates
// resolvers.
type metadata struct {
	Headline, SiteName, Section, Language, Description, CanonicalURL string
	Authors                                                          []string
	Published, Modified                                              time.Time
	Tags                                                             []string
	Paywalled                                                        bool
	Image, Type, ArticleBody                                         string
	HeadlineNode                                                     *html.Node
}

// readMetadata runs the resolvers the metadata tests check on a parsed
// page.
func readMetadata(gq *goquery.Document, base *url.URL, fetched time.Time) metadata {
	d := newDoc(gq.Nodes[0], base, fetched, nil)
	d.resolveLanguage()
	d.resolveSiteName()
	d.resolveHeadline()
	d.resolveBody()
	d.findVisibleByline()
	md := metadata{
		Headline: d.headline, SiteName: d.siteName, Language: d.lang, Description: d.description(),
		CanonicalURL: d.resolveCanonical(), Authors: d.resolveAuthors(), Tags: d.resolveTags(),
		Paywalled: d.ld.Paywalled || d.metaPaywalled(), Image: d.metaImage(), Type: d.ld.Type,
		ArticleBody: cleanBody(d.ld.ArticleBody), HeadlineNode: d.headlineNode,
	}
	md.Section = d.resolveSection()
	md.Published, md.Modified, _ = d.resolveDates()
	return md
}

// splitAuthors cleans one raw author value found in page text and splits
// it into names.
func splitAuthors(raw string) []string { return vocab().splitAuthorNames(raw, false) }

// rfc formats t as RFC 3339, "" for the zero time.
func rfc(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}
