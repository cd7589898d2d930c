package extract

import (
	"net/url"
	"time"

	"github.com/PuerkitoBio/goquery"
)

// metadata is what the page says about itself outside the article body:
// JSON-LD, Open Graph and article:* meta, microdata, <title>, <time>,
// bylines and the URL. readMetadata fills it; Extract merges it with what
// the body gives.
type metadata struct {
	Headline     string
	SiteName     string
	Section      string
	Language     string
	Description  string // og:description / meta description / JSON-LD description
	CanonicalURL string
	Authors      []string
	Published    time.Time // zero when unknown
	Modified     time.Time
	Tags         []string
	Paywalled    bool   // isAccessibleForFree=false, paywall markers
	Image        string // og:image
	Type         string // JSON-LD @type of the main entity, e.g. "NewsArticle"
	ArticleBody  string // JSON-LD articleBody, when given
}

// readMetadata reads the page's metadata. TODO(meta): implemented by the metadata work.
func readMetadata(doc *goquery.Document, base *url.URL, fetched time.Time) metadata {
	_ = doc
	_ = base
	_ = fetched
	return metadata{}
}
