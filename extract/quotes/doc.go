package quotes

import (
	"strings"
	"time"
	"unicode"
)

// para is one analysed paragraph.
type para struct {
	idx   int
	r     []rune
	spans []qspan
	toks  []token
	// sentStart[s] is the index of the first token of sentence s; one extra
	// entry holds len(toks).
	sentStart []int
	nwords    int // word count, -1 until computed
	// per quote span: the token of its opening mark and its last token
	// (-1 when the span has no opening mark), and whether it reproduces
	// nobody's words (a title, a date, a link)
	opens, lasts []int
	nq           []bool
}

// Entity kinds.
const (
	kindUnknown = 'u'
	kindPerson  = 'p'
	kindOrg     = 'o'
)

// entity is a person or organisation the article names.
type entity struct {
	name   string   // most complete name
	words  []string // lower-cased name words
	kind   byte
	gender byte // 'm', 'f' or 0
	titles []string
	tset   set // lower-cased words of all titles
	// known: a person by structure (a title, a first name, a he/she that
	// referred to it, its surname alone as a subject), not only by speaking
	known bool
}

// mention is one occurrence of an entity outside quotes.
type mention struct {
	para, tok, sent int
	ent             *entity
}

// NP kinds.
const (
	npName       = 'n' // a proper name
	npPronoun    = 'p'
	npDefinite   = 'd' // "the Russian leader"
	npAnonymous  = 'a' // "a U.S. official", "officials"
	npAsWritten  = 'x' // "Swift's rep"
	npUnresolved = 0
)

// np is a speaker phrase found next to a reporting verb.
type np struct {
	s, e   int // token range in the paragraph
	kind   byte
	text   string // as written
	head   string // lower-cased head word
	title  string
	name   []string // name words (npName)
	gender byte
	anon   bool
	and    *np // a name coordinated with this one ("Ann Ford and Joe Tan")
}

// cue is one reporting construction: a reporting verb (or "according to")
// with its speaker and the range of what was reported.
type cue struct {
	para, sent int
	s, e       int    // token range of the cue words
	head       string // lower-cased first cue word
	text       string // cue as written, with its object/adjunct ("told reporters")
	subj       *np
	inverted   bool // "said Smith", "according to Smith"
	relay      bool // "according to"
	speaker    *string
	ent        *entity
	title      string
	anon       bool
	viaOf      *cue // ", according to X" right after this cue's clause
	relayFor   *cue // this relay cue passes on that cue's words
	parent     *cue // the cue whose reported content contains this one
	cs, ce     int  // content token range [cs, ce); cs < 0 when none
	trailing   bool // content precedes the cue ("X, according to Y")
	index      int
}

// doc is the analysis state of one article.
type doc struct {
	l              *lang
	paras          []*para
	published      time.Time
	lowerSeen      set // words seen in lower case in the article
	capMid         set // words seen capitalised inside a sentence, outside quotes
	ents           []*entity
	byWord         map[string][]*entity // lower-cased last (and first) name word -> entities
	mentions       []mention
	cues           []*cue
	byPara         [][]*cue           // cues by paragraph
	mentionsByPara [][]mention        // mentions by paragraph
	counts         map[*entity]int    // mentions per entity, built on first use
	speech         [][]bool           // per paragraph: tokens in reported speech
	referents      map[string]*entity // descriptor ("leader|russian") -> entity
	titles         map[string]string  // speaker name -> first title
}

func newDoc(paragraphs []string, l *lang, published time.Time) *doc {
	d := &doc{l: l, published: published, lowerSeen: set{}, capMid: set{}, byWord: map[string][]*entity{}}
	for i, s := range paragraphs {
		p := &para{idx: i, r: []rune(s), nwords: -1}
		p.spans = findQuoteSpans(p.r)
		if n := len(p.spans); n > 0 && p.spans[n-1].close < 0 && !p.spans[n-1].double && l.elidedWord(p.r[p.spans[n-1].start:]) {
			p.spans = p.spans[:n-1] // "‘Tis the season": an apostrophe, no open quote
		}
		if l.dialogueDash && len(p.spans) == 0 {
			p.spans = dashSpan(p.r, l)
		}
		if l.incises {
			p.spans = splitIncises(p.r, p.spans, l)
		}
		p.toks = tokenize(p.r, p.spans, l)
		n := splitSentences(p.toks, p.r, p.spans, l)
		p.sentStart = make([]int, n+1)
		for s := range p.sentStart {
			p.sentStart[s] = -1
		}
		for ti := len(p.toks) - 1; ti >= 0; ti-- {
			p.sentStart[p.toks[ti].sent] = ti
		}
		p.sentStart[n] = len(p.toks)
		for s := n - 1; s >= 0; s-- {
			if p.sentStart[s] < 0 {
				p.sentStart[s] = p.sentStart[s+1]
			}
		}
		for ti, t := range p.toks {
			switch {
			case t.kind != tWord || t.s > 0 && strings.ContainsRune("@#_/.", p.r[t.s-1]):
				// not a word of prose: a handle, a hashtag, a path
			case !t.cap:
				d.lowerSeen[t.low] = true
			case t.q < 0 && ti > p.sentStart[t.sent] && p.toks[ti-1].kind != tOpenQ && !p.punct(ti-1, ":"):
				d.capMid[t.low] = true
			}
		}
		d.paras = append(d.paras, p)
	}
	for _, p := range d.paras {
		d.markSpans(p)
	}
	return d
}

// markSpans records where each quote span opens and ends and which spans
// are no quotations.
func (d *doc) markSpans(p *para) {
	p.opens, p.lasts, p.nq = make([]int, len(p.spans)), make([]int, len(p.spans)), make([]bool, len(p.spans))
	for k := range p.opens {
		p.opens[k], p.lasts[k] = -1, -1
	}
	for ti, t := range p.toks {
		if t.q >= 0 {
			if t.kind == tOpenQ {
				p.opens[t.q] = ti
			}
			p.lasts[t.q] = ti
		}
	}
	for k, sp := range p.spans {
		if p.opens[k] < 0 || sp.end-sp.start < 5 {
			continue
		}
		q := &quoteRef{p: p, k: k, sp: sp, open: p.opens[k], cls: p.lasts[k], text: string(p.r[sp.start:sp.end]), sent: p.toks[p.opens[k]].sent}
		p.nq[k] = d.notQuotation(q)
	}
}

// inTitle reports a token of a quoted span that is no quotation (a title):
// the clause around it reads through it.
func (p *para) inTitle(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].q >= 0 && p.nq[p.toks[i].q]
}

func (p *para) sentEnd(s int) int { return p.sentStart[s+1] }

// words is the paragraph's word count, computed once.
func (p *para) words() int {
	if p.nwords < 0 {
		p.nwords = wordCount(p.r)
	}
	return p.nwords
}

func (p *para) word(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == tWord && p.toks[i].q < 0
}

func (p *para) punct(i int, chars string) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == tPunct && p.toks[i].q < 0 && strings.Contains(chars, p.toks[i].text)
}

func (p *para) textOf(s, e int) string {
	if s >= e {
		return ""
	}
	return string(p.r[p.toks[s].s:p.toks[e-1].e])
}

// elidedWord reports text opening with a word cut at the front ("Tis the
// season" after a ‘ that is its apostrophe).
func (l *lang) elidedWord(r []rune) bool {
	k := 0
	for k < len(r) && unicode.IsLetter(r[k]) {
		k++
	}
	return k > 0 && k < 6 && l.frontElided[strings.ToLower(string(r[:k]))]
}
