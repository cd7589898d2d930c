package pipeline

import "github.com/byline/byline/wire"

// The subject and header names are the wire format, defined in package
// wire (which the consumer kit imports without the workers); these are the
// same values under the names the pipeline has always used.

// Subject prefixes (see wire).
const (
	PagesSubjectPrefix      = wire.PagesSubjectPrefix
	ArticlesSubjectPrefix   = wire.ArticlesSubjectPrefix
	DeadLetterSubjectPrefix = wire.DeadLetterSubjectPrefix
)

// Dead-letter stages, the last token of a DEADLETTER subject.
const (
	StageExtract = wire.StageExtract
	StageIndex   = wire.StageIndex
)

// Header names set on Byline messages (see wire for their meaning).
const (
	HeaderSchemaVersion   = wire.HeaderSchemaVersion
	HeaderMsgID           = wire.HeaderMsgID
	HeaderContentEncoding = wire.HeaderContentEncoding
	HeaderPage            = wire.HeaderPage
	HeaderBodyRef         = wire.HeaderBodyRef
	HeaderURL             = wire.HeaderURL
	HeaderArticleID       = wire.HeaderArticleID
	HeaderSite            = wire.HeaderSite
	HeaderContentHash     = wire.HeaderContentHash

	HeaderDLReason     = wire.HeaderDLReason
	HeaderDLStage      = wire.HeaderDLStage
	HeaderDLDeliveries = wire.HeaderDLDeliveries
	HeaderDLSubject    = wire.HeaderDLSubject
	HeaderDLStream     = wire.HeaderDLStream
	HeaderDLSequence   = wire.HeaderDLSequence
	HeaderDLTime       = wire.HeaderDLTime
)

// PageSchemaVersion is the version of the PAGES message layout.
const PageSchemaVersion = wire.PageSchemaVersion

// Token turns s into a single NATS subject token (wire.Token).
func Token(s string) string { return wire.Token(s) }

// SiteOf returns the site of a URL as used in subjects (wire.SiteOf).
func SiteOf(rawURL string) string { return wire.SiteOf(rawURL) }

// PageSubject is the PAGES subject for a page URL (wire.PageSubject).
func PageSubject(rawURL string) string { return wire.PageSubject(rawURL) }

// ArticleSubject is the ARTICLES subject for a site (wire.ArticleSubject).
func ArticleSubject(site string) string { return wire.ArticleSubject(site) }

// DeadLetterSubject is the DEADLETTER subject for a stage.
func DeadLetterSubject(stage string) string { return wire.DeadLetterSubject(stage) }
