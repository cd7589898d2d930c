package wire

import (
	"net/url"
	"strings"

	"github.com/byline/byline/article"
)

// Subject prefixes. A full subject is the prefix, a dot and one sanitised
// token (see Token).
const (
	PagesSubjectPrefix      = "byline.pages"
	ArticlesSubjectPrefix   = "byline.articles"
	DeadLetterSubjectPrefix = "byline.deadletter"
)

// Dead-letter stages, the last token of a DEADLETTER subject.
const (
	StageExtract = "extract"
	StageIndex   = "index"
)

// Header names set on Byline messages. Downstream services may filter on
// these without decoding the body.
const (
	// HeaderSchemaVersion is the message schema version: article.SchemaVersion
	// on ARTICLES, PageSchemaVersion on PAGES.
	HeaderSchemaVersion = "Byline-Schema-Version"
	// HeaderMsgID is JetStream's de-duplication header. On ARTICLES it is
	// ArticleMsgID: the same for every publication of the same article
	// (every field but the fetch time and sequence), so a subscriber can
	// recognise a re-published copy, and new for any edit.
	HeaderMsgID = "Nats-Msg-Id"
	// HeaderContentEncoding is "zstd" when the body (or the object it
	// refers to) is zstd-compressed.
	HeaderContentEncoding = "Content-Encoding"
	// HeaderPage holds the page metadata (article.Page without Body) as
	// compact JSON on PAGES messages; the message body is the page body.
	HeaderPage = "Byline-Page"
	// HeaderBodyRef names the object holding a body too large for a
	// message (then the message body is empty): in the page body bucket on
	// PAGES, in the article body bucket on ARTICLES.
	HeaderBodyRef = "Byline-Body-Ref"
	// HeaderURL is the page or article URL.
	HeaderURL = "Byline-URL"
	// HeaderArticleID is article.Article.ID on ARTICLES messages.
	HeaderArticleID = "Byline-Article-Id"
	// HeaderSite is the sanitised site token also used in the subject.
	HeaderSite = "Byline-Site"
	// HeaderContentHash is article.Page.ContentHash on PAGES (from the
	// crawler the SHA-256 of the page's visible text, else of its body) and
	// the SHA-256 of the article body text on ARTICLES
	// (article.Article.ContentHash).
	HeaderContentHash = "Byline-Content-Hash"

	// HeaderResent is set on the ARTICLES message of a page a re-fetch
	// run handed on again unchanged (article.Page.Resent): the article is
	// the stored one extracted anew, not an edit of it, if the index
	// recorded the fetch that first handed that text on. Its value is that
	// fetch's sequence (article.Page.ResentOf), or "1" when unknown.
	HeaderResent = "Byline-Resent"

	// HeaderDLReason is the failure reason on DEADLETTER messages.
	HeaderDLReason = "Byline-DL-Reason"
	// HeaderDLStage is the stage that gave up (StageExtract, StageIndex).
	HeaderDLStage = "Byline-DL-Stage"
	// HeaderDLDeliveries is how often the original message was delivered.
	HeaderDLDeliveries = "Byline-DL-Deliveries"
	// HeaderDLSubject is the original subject.
	HeaderDLSubject = "Byline-DL-Subject"
	// HeaderDLStream and HeaderDLSequence locate the original message.
	HeaderDLStream   = "Byline-DL-Stream"
	HeaderDLSequence = "Byline-DL-Sequence"
	// HeaderDLTime is when the message was dead-lettered (RFC 3339).
	HeaderDLTime = "Byline-DL-Time"
)

// PageSchemaVersion is the version of the PAGES message layout (body plus
// HeaderPage metadata).
const PageSchemaVersion = 1

// Default stream and bucket names (pipeline.Config can change them).
const (
	DefaultArticlesStream    = "ARTICLES"
	DefaultArticleBodyBucket = "byline-article-bodies"
)

// Token turns s into a single NATS subject token: lower case, with every
// character other than a-z, 0-9, '-' and '_' (dots, wildcards, spaces,
// control characters) replaced by '_'. An empty input becomes "_".
func Token(s string) string {
	if s == "" {
		return "_"
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-', r == '_':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	return b.String()
}

// SiteOf returns the site of a URL as used in subjects and HeaderSite: its
// host name without port and without a leading "www.". It returns "" when
// rawURL has no host.
func SiteOf(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// ArticleSite is the site an article is filed under (EncodeArticle): the
// SiteOf its canonical URL, of its URL when it has none. Subject tokens
// are lossy (news.example.com and news_example.com, bücher.example and
// bächer.example share one), so a subscriber that wants one site checks
// ArticleSite of what it receives.
func ArticleSite(a *article.Article) string {
	return SiteOf(firstNonEmpty(a.CanonicalURL, a.URL))
}

// PageSubject is the PAGES subject for a page URL: byline.pages.<host token>.
func PageSubject(rawURL string) string {
	u, err := url.Parse(rawURL)
	host := ""
	if err == nil {
		host = strings.ToLower(u.Hostname())
	}
	return PagesSubjectPrefix + "." + Token(host)
}

// ArticleSubject is the ARTICLES subject for a site (see SiteOf):
// byline.articles.<site token>. Subscribers filter on it, e.g.
// ArticleSubject("example.com") == "byline.articles.example_com".
func ArticleSubject(site string) string {
	return ArticlesSubjectPrefix + "." + Token(site)
}

// DeadLetterSubject is the DEADLETTER subject for a stage.
func DeadLetterSubject(stage string) string {
	return DeadLetterSubjectPrefix + "." + Token(stage)
}
