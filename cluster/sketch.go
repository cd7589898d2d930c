// Package cluster finds near-duplicate articles: the copies of one story
// that many sites run (a wire story re-headlined, trimmed, with local
// paragraphs added, in another template), across sites and crawl runs.
//
// Each article's body becomes a Sketch: the MinHash signature of its word
// 5-shingles (NumHashes 32-bit minima) and the number of distinct
// shingles. An Index keeps the sketches in memory, banded for
// locality-sensitive hashing (LSH), so a new article meets only the few
// earlier articles that share a band with it, whatever the number of
// articles indexed; the candidates are then compared by estimated
// containment (the share of the shorter text found in the longer), which
// stays high for a trimmed copy or one with paragraphs added, where plain
// Jaccard similarity drops. The article joins the cluster of its closest
// copy above the threshold, or starts its own.
//
// The package is pure: no I/O, no bus. The index stage of the pipeline
// persists the sketches (see pipeline.History) and restores them at start.
package cluster

import (
	"encoding/binary"
	"errors"
	"slices"
	"unicode"
	"unicode/utf8"
)

const (
	// NumHashes is the length of a MinHash signature. The standard error
	// of a Jaccard estimate is sqrt(J(1-J)/NumHashes): 0.04 at J = 0.3.
	NumHashes = 128
	// ShingleWords is the number of words in a shingle.
	ShingleWords = 5
)

// Sketch is the similarity sketch of one article body.
type Sketch struct {
	// Sig holds, for each of NumHashes hash functions, the minimum over
	// the body's shingles.
	Sig [NumHashes]uint32
	// Shingles is the number of distinct shingles (the set's size), which
	// turns a Jaccard estimate into a containment estimate.
	Shingles uint32
}

// SketchSize is the length of a Sketch's binary form.
const SketchSize = 4 + 4*NumHashes

// seeds are the multiply-shift hash functions (a odd, b) of the
// signature, fixed so sketches made by any process compare.
var seedA, seedB = func() (a, b [NumHashes]uint64) {
	s := uint64(0x6279_6c69_6e65_3136) // "byline16"
	for i := range NumHashes {
		a[i] = splitmix(&s) | 1
		b[i] = splitmix(&s)
	}
	return
}()

func splitmix(s *uint64) uint64 {
	*s += 0x9e3779b97f4a7c15
	return mix64(*s)
}

// mix64 is splitmix64's finaliser: a bijection that spreads every input
// bit over the output.
func mix64(z uint64) uint64 {
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// NewSketch sketches a text given as paragraphs. Shingles run across
// paragraph breaks, so splitting or joining paragraphs changes nothing.
// A text of fewer than ShingleWords words has one shingle (all of it);
// an empty text has none and its Sig is all 0xffffffff.
func NewSketch(paragraphs []string) Sketch {
	return sketchOf(shingles(paragraphs, nil))
}

// sketchOf computes the signature of a set of shingle hashes (sorted and
// free of repeats).
func sketchOf(set []uint64) Sketch {
	var s Sketch
	for i := range s.Sig {
		s.Sig[i] = ^uint32(0)
	}
	s.Shingles = uint32(len(set))
	sig := &s.Sig
	for _, x := range set {
		for i := range NumHashes {
			v := uint32((seedA[i]*x + seedB[i]) >> 32)
			if v < sig[i] {
				sig[i] = v
			}
		}
	}
	return s
}

// shingles returns the sorted distinct hashes of the word ShingleWords-
// grams of the text, reusing buf.
func shingles(paragraphs []string, buf []uint64) []uint64 {
	words := make([]uint64, 0, 512)
	for _, p := range paragraphs {
		words = appendWords(words, p)
	}
	out := buf[:0]
	if len(words) == 0 {
		return out
	}
	if len(words) < ShingleWords {
		var h uint64
		for _, w := range words {
			h = h*0x100000001b3 ^ w
		}
		return append(out, mix64(h))
	}
	for i := 0; i+ShingleWords <= len(words); i++ {
		h := words[i]
		for _, w := range words[i+1 : i+ShingleWords] {
			h = h*0x100000001b3 ^ w
		}
		out = append(out, mix64(h))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// appendWords appends the hash of each word of s: a run of letters and
// digits, lower-cased, or one Han or kana character. Punctuation,
// quotation marks and spacing do not count, so typographic edits between
// templates change nothing.
func appendWords(words []uint64, s string) []uint64 {
	const offset, prime = 0xcbf29ce484222325, 0x100000001b3
	h, n := uint64(offset), 0
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		switch {
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		case r >= utf8.RuneSelf && unboundedWord(r):
			// Chinese and Japanese put no spaces between words: each
			// character counts as a word, or a whole clause would be one.
			if n > 0 {
				words = append(words, h)
			}
			words = append(words, (uint64(offset)^uint64(r))*prime)
			h, n = offset, 0
			continue
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			r = unicode.ToLower(r)
		case r == '\'' || r == '’':
			continue // don't, don’t: one word either way
		default:
			if n > 0 {
				words = append(words, h)
				h, n = offset, 0
			}
			continue
		}
		h = (h ^ uint64(r)) * prime
		n++
	}
	if n > 0 {
		words = append(words, h)
	}
	return words
}

// unboundedWord reports whether r is a letter of a script written
// without spaces between words (Han ideographs, kana).
func unboundedWord(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// Jaccard estimates |A∩B| / |A∪B| of the two shingle sets.
func Jaccard(a, b *Sketch) float64 {
	if a.Shingles == 0 || b.Shingles == 0 {
		return 0
	}
	n := 0
	for i := range NumHashes {
		if a.Sig[i] == b.Sig[i] {
			n++
		}
	}
	return float64(n) / NumHashes
}

// Containment estimates |A∩B| / min(|A|, |B|): the share of the shorter
// text's shingles found in the longer one. With J the Jaccard estimate,
// |A∩B| = J(|A|+|B|)/(1+J). It is capped at 1.
func Containment(a, b *Sketch) float64 {
	return containment(Jaccard(a, b), a.Shingles, b.Shingles)
}

func containment(j float64, na, nb uint32) float64 {
	if j == 0 {
		return 0
	}
	inter := j * float64(na+nb) / (1 + j)
	return min(1, inter/float64(min(na, nb)))
}

// MarshalBinary encodes s in SketchSize bytes (little-endian).
func (s *Sketch) MarshalBinary() ([]byte, error) {
	b := make([]byte, SketchSize)
	binary.LittleEndian.PutUint32(b, s.Shingles)
	for i, v := range s.Sig {
		binary.LittleEndian.PutUint32(b[4+4*i:], v)
	}
	return b, nil
}

// ErrBadSketch is returned by UnmarshalBinary for input of the wrong size.
var ErrBadSketch = errors.New("cluster: sketch: wrong length")

// UnmarshalBinary decodes what MarshalBinary wrote.
func (s *Sketch) UnmarshalBinary(b []byte) error {
	if len(b) != SketchSize {
		return ErrBadSketch
	}
	s.Shingles = binary.LittleEndian.Uint32(b)
	for i := range s.Sig {
		s.Sig[i] = binary.LittleEndian.Uint32(b[4+4*i:])
	}
	return nil
}
