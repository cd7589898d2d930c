package extract

import (
	"bytes"

	"golang.org/x/net/html/atom"

	"github.com/byline/byline/internal/htmlscan"
)

// Memory model. Extract's peak heap grows with the nodes of the parsed
// tree and the per-element records the walk keeps (body statistics, class
// tokens), not with the page's bytes: a page of large inline scripts,
// styles, comments or data: URIs keeps 1.3–3.3 bytes live per byte of
// page, a listing of <li><a> about 17, a page of tiny inline elements
// about 70 (BenchmarkExtractBig, TestEstimateMemory; BENCHMARKS.md). The quote layer adds up to
// about 100 bytes per byte of the paragraph text it reads, which
// Options.MaxQuoteBytes caps. EstimateMemory turns that into a number a
// caller can admit pages by (see internal/memgate).

// Coefficients of EstimateMemory, fitted on the BenchmarkExtractBig shapes
// and the aeb corpus pages (live heap sampled at GOGC=10) so that the
// estimate stays above the measured peak: the peak is at most 0.8 of it
// on the synthetic shapes at 1 and 4 MiB, under half of it on the corpus
// pages (TestEstimateMemory holds the bound).
const (
	memBase      = 8 << 20 // the extractor's fixed working set
	memPerByte   = 2       // the decoded copy of the page and its text
	memPerToken  = 320     // one tag or text run: a node, its attributes, the walk's records
	memPerQuoteB = 128     // one byte of text the quote layer reads
	// estimateScanFrom is the estimate from the '<' count alone (an upper
	// bound of the tokens) above which EstimateMemory scans the page's
	// tokens to leave out scripts, styles and comments: below it the
	// scan would cost more than the precision is worth. Pages over about
	// 200 KB pass it (the bound takes all their text as quote text): on
	// the aeb pages (190 KB on average) the estimate costs 68 µs a page,
	// 2% of an extraction (BenchmarkEstimateMemory).
	estimateScanFrom = 32 << 20
)

// EstimateMemory returns an upper estimate of the peak heap, in bytes,
// that Extract(Input{HTML: page}, opts) takes, without parsing: from the
// count of '<' for small pages, and for a page whose count says it may
// need more than 32 MiB from a token scan (internal/htmlscan, about a
// twentieth of an extraction) that counts the elements and text runs a
// parser builds, leaving out the content of scripts, styles and comments. A page
// over opts.MaxBytes costs nothing: Extract refuses it before parsing.
func EstimateMemory(page []byte, opts Options) int64 {
	maxBytes := opts.MaxBytes
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	if len(page) > maxBytes {
		return memBase
	}
	quoteMax := int64(0)
	if !opts.NoQuotes {
		quoteMax = int64(opts.MaxQuoteBytes)
		if quoteMax <= 0 {
			quoteMax = DefaultMaxQuoteBytes
		}
	}
	n := int64(len(page))
	// Every '<' starts at most one element, and one text run follows it.
	upper := memEstimate(n, 2*int64(bytes.Count(page, []byte{'<'}))+1, min(n, quoteMax))
	if upper <= estimateScanFrom {
		return upper
	}
	tokens, text := scanTokens(page)
	return memEstimate(n, tokens, min(text, quoteMax))
}

// memEstimate is the memory model: a page of n bytes whose tree has
// tokens elements and text runs, and of whose text the quote layer reads
// quoteText bytes.
func memEstimate(n, tokens, quoteText int64) int64 {
	return memBase + memPerByte*n + memPerToken*tokens + memPerQuoteB*quoteText
}

// scanTokens counts the start tags and text runs of page as a parser sees
// them, and the bytes of text outside links (what body paragraphs, and
// so the quote layer, can hold). Scripts, styles and other raw text count
// as one text run; comments count nothing.
func scanTokens(page []byte) (tokens, text int64) {
	s := htmlscan.New(page)
	links, raw := 0, atom.Atom(0)
	for {
		switch s.Next() {
		case htmlscan.EOF:
			return tokens, text
		case htmlscan.StartTag:
			tokens++
			raw = 0
			switch a := s.Tag(); a {
			case atom.A:
				links++
			case atom.Script, atom.Style, atom.Textarea, atom.Title, atom.Xmp, atom.Iframe,
				atom.Noembed, atom.Noframes, atom.Noscript, atom.Plaintext:
				raw = a
			}
		case htmlscan.EndTag:
			if s.Tag() == atom.A && links > 0 {
				links--
			}
		case htmlscan.Text:
			tokens++
			if links == 0 && raw == 0 {
				text += int64(len(s.Text()))
			}
			raw = 0
		}
	}
}
