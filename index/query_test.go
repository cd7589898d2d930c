package index

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name, in, want string
		err            bool
	}{
		{name: "empty", in: "   ", want: "*"},
		{name: "word", in: "tariffs", want: "tariffs"},
		{name: "implicit and", in: "trade tariffs", want: "(trade AND tariffs)"},
		{name: "phrase", in: `"climate change" policy`, want: `("climate change" AND policy)`},
		{name: "curly quotes", in: "“climate change”", want: `"climate change"`},
		{name: "or binds looser", in: "a b OR c", want: "((a AND b) OR c)"},
		{name: "explicit and", in: "a AND b", want: "(a AND b)"},
		{name: "not", in: "a NOT b", want: "(a AND NOT b)"},
		{name: "minus and plus", in: "+a -b", want: "(a AND NOT b)"},
		{name: "hyphenated word stays", in: "e-mail well-known", want: "(e-mail AND well-known)"},
		{name: "double negation", in: "NOT -a", want: "a"},
		{name: "parens", in: "(a OR b) c", want: "((a OR b) AND c)"},
		{name: "nested flatten", in: "a AND (b AND c)", want: "(a AND b AND c)"},
		{name: "field", in: "speaker:Biden tariffs", want: "(speaker:Biden AND tariffs)"},
		{name: "field phrase", in: `site:"The Guardian"`, want: `site:"The Guardian"`},
		{name: "field alias", in: "lang:de by:Smith", want: "(language:de AND author:Smith)"},
		{name: "unknown field is a word", in: "foo:bar", want: `"foo:bar"`},
		{name: "lowercase operators are words", in: "war and peace", want: "(war AND and AND peace)"},
		{name: "unclosed quote", in: `"open ended`, want: `"open ended"`},
		{name: "unclosed paren", in: "(a OR b", want: "(a OR b)"},
		{name: "dangling operator", in: "a OR", want: "a"},
		{name: "stray close paren", in: "a ) b", err: true},
		{name: "field without value", in: "site:", err: true},
		{name: "empty phrase", in: `"" a`, want: "a"},
		{name: "too long", in: strings.Repeat("a ", MaxQueryLen), err: true},
		{name: "too deep", in: strings.Repeat("(", 40) + "a", err: true},
		{name: "invalid utf8", in: "a\xff", err: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := Parse(tt.in)
			if tt.err {
				if !errors.Is(err, ErrBadQuery) {
					t.Fatalf("Parse(%q) err = %v, want ErrBadQuery", tt.in, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.in, err)
			}
			if got := NodeString(n); got != tt.want {
				t.Errorf("Parse(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestQueryNormalizeAndFilters(t *testing.T) {
	q := Query{Limit: 5000, From: -3, Site: " BBC ", Speaker: "Ann"}.Normalize()
	if q.Limit != MaxLimit || q.From != 0 || q.Sort != SortNewest {
		t.Errorf("Normalize = %+v", q)
	}
	// The default order: relevance with free-text words, else newest
	// first; "date" is the old name of newest.
	for _, tc := range []struct {
		q    Query
		want Sort
	}{
		{Query{}, SortNewest},
		{Query{Text: "  "}, SortNewest},
		{Query{Text: `speaker:"Ruth Okafor" -rent`}, SortNewest},
		{Query{Text: "rent"}, SortRelevance},
		{Query{Text: `site:x (rent OR homes)`}, SortRelevance},
		{Query{Text: "rent", Sort: SortOldest}, SortOldest},
		{Query{Sort: SortRelevance}, SortRelevance},
		{Query{Sort: SortDate}, SortNewest},
	} {
		if got := tc.q.Normalize().Sort; got != tc.want {
			t.Errorf("Normalize(%+v).Sort = %s, want %s", tc.q, got, tc.want)
		}
	}
	fs := q.Filters()
	if len(fs) != 2 || fs[0].Field != FieldSite || fs[0].Value != "BBC" || fs[1].Field != FieldSpeaker {
		t.Errorf("Filters = %v", fs)
	}
	if got := (Query{}).Normalize().Limit; got != DefaultLimit {
		t.Errorf("default limit = %d", got)
	}
}

func TestDropTerms(t *testing.T) {
	stop := func(t *Term) bool { return t.Value == "the" || t.Value == "&" }
	for _, tc := range []struct{ in, want string }{
		{"a the b", "(a AND b)"},
		{"a & b", "(a AND b)"},
		{"a OR the", "a"},
		{"(the OR &) a", "a"},
		{"a -the", "a"},
		{"site:the a", "(site:the AND a)"}, // filters are not free text
		{"the", "the"},                     // only stop words: kept, matches nothing
		{"the &", "(the AND &)"},
		{"", "*"},
	} {
		n, err := Parse(tc.in)
		if err != nil {
			t.Fatalf("Parse(%q): %v", tc.in, err)
		}
		if got := NodeString(DropTerms(n, stop)); got != tc.want {
			t.Errorf("DropTerms(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

// TestParseHostile: inputs built to exhaust the parser (nesting, operator
// chains, term floods, quote and field-prefix runs, the longest text
// allowed) are parsed or refused with ErrBadQuery, never panic, and never
// yield more than MaxTerms terms or a tree deeper than the nesting cap.
// The lexer's work stays linear: a word of many colons is not lowered
// once per colon (that made 4 MB of garbage per parse).
func TestParseHostile(t *testing.T) {
	fill := func(unit string, tail string) string {
		return strings.Repeat(unit, (MaxQueryLen-len(tail))/len(unit)) + tail
	}
	for _, in := range []string{
		fill("(", "a"), fill(")", ""), fill("(a", ""), fill("a)", ""), fill("-", "a"), fill("+", "a"),
		fill("-(", "a"), fill("NOT ", "a"), fill("! ", "a"), fill("a OR ", "a"), fill("a AND ", "a"),
		fill("a ", ""), fill(`"`, ""), fill(`“`, ""), fill(`"a" `, ""), fill("site:", "x"), fill("site:a ", ""),
		fill("A:", ""), fill("a:", ""), fill("Ä:", ""), fill("((a) OR ", ""), fill("|| ", "a"), fill("&&", ""),
		fill("\u00a0", ""), fill("\x00", ""), fill("a\xff", ""), strings.Repeat("a", MaxQueryLen+1),
		"speaker:", "speaker:\"\"", "-", "NOT", "()", "(\")\"", ":", "a:", ":a",
	} {
		n, err := Parse(in)
		if err != nil {
			if !errors.Is(err, ErrBadQuery) {
				t.Errorf("Parse(%.20q…): %v does not wrap ErrBadQuery", in, err)
			}
			continue
		}
		if c := countTerms(n); c > MaxTerms {
			t.Errorf("Parse(%.20q…): %d terms", in, c)
		}
		if d := depthOf(n); d > maxDepth+1 {
			t.Errorf("Parse(%.20q…): depth %d", in, d)
		}
	}
	if a := testing.AllocsPerRun(3, func() { _, _ = Parse(fill("A:", "")) }); a > 100 {
		t.Errorf("Parse of %d bytes of \"A:\" made %.0f allocations; the lexer lowers every prefix", MaxQueryLen, a)
	}
}

func depthOf(n Node) int {
	d := 0
	switch n := n.(type) {
	case *And:
		for _, c := range n.Children {
			d = max(d, depthOf(c))
		}
	case *Or:
		for _, c := range n.Children {
			d = max(d, depthOf(c))
		}
	case *Not:
		d = depthOf(n.Child)
	case nil:
		return 0
	}
	return d + 1
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "a b", `"a b" OR c`, "NOT (a AND -b)", "site:x speaker:\"y z\"", "((((", "))", `"`, "-", "+-+a", "a:b:c", "lang:", "“x”"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > MaxQueryLen {
			return
		}
		n, err := Parse(s)
		if err != nil {
			if !errors.Is(err, ErrBadQuery) {
				t.Fatalf("Parse(%q) error %v does not wrap ErrBadQuery", s, err)
			}
			return
		}
		// The canonical form must parse again to the same tree.
		again, err := Parse(NodeString(n))
		if n == nil {
			return
		}
		if err != nil {
			t.Fatalf("reparse of %q (%s): %v", s, NodeString(n), err)
		}
		if NodeString(again) != NodeString(n) {
			t.Fatalf("not stable: %q -> %s -> %s", s, NodeString(n), NodeString(again))
		}
	})
}

func ExampleParse() {
	n, err := Parse(`speaker:"Maria Lopez" (tariffs OR "trade war") -opinion`)
	if err != nil {
		panic(err)
	}
	fmt.Println(NodeString(n))
	// Output: (speaker:"Maria Lopez" AND (tariffs OR "trade war") AND NOT opinion)
}
