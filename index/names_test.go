package index

import (
	"errors"
	"slices"
	"testing"
)

func TestFoldAndNameTokens(t *testing.T) {
	tests := []struct {
		in   string
		fold string
		toks []string
	}{
		{"Ruth Okafor", "ruth okafor", []string{"ruth", "okafor"}},
		{"Zoë Ólafsdóttir", "zoe olafsdottir", []string{"zoe", "olafsdottir"}},
		{"Jürgen Weiß", "jurgen weiss", []string{"jurgen", "weiss"}},
		{"Łódź Søren", "lodz soren", []string{"lodz", "soren"}},
		{"Martin O’Malley", "martin o'malley", []string{"martin", "o'malley"}},
		{"Jennifer Ngo-Anh", "jennifer ngo-anh", []string{"jennifer", "ngo", "anh"}},
		{"The Harbor Times", "the harbor times", []string{"the", "harbor", "times"}},
		{"  'quoted' — ", "  'quoted' - ", []string{"quoted"}},
		{"", "", nil},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.fold {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.fold)
		}
		if got := NameTokens(tt.in); !slices.Equal(got, tt.toks) {
			t.Errorf("NameTokens(%q) = %q, want %q", tt.in, got, tt.toks)
		}
	}
}

func TestNameMatches(t *testing.T) {
	tests := []struct {
		value, name string
		want        bool
	}{
		{"Okafor", "Ruth Okafor", true},
		{"ruth okafor", "Ruth Okafor", true},
		{"Ruth Okafor", "Ruth Okafor", true},
		{"Harbor Times", "The Harbor Times", true},
		{"harbor", "The Harbor Times", true},
		{"Olafsdottir", "Zoë Ólafsdóttir", true},
		{"Ólafsdóttir", "Zoe Olafsdottir", true},
		{"Oka", "Ruth Okafor", false},
		{"Okafor Ruth", "Ruth Okafor", false},
		{"Times Harbor", "The Harbor Times", false},
		{"Ruth Smith", "Ruth Okafor", false},
		{"—", "—", true}, // no words: the whole value, case-insensitively
		{"—", "Ruth", false},
	}
	for _, tt := range tests {
		if got := NameMatches(tt.value, tt.name); got != tt.want {
			t.Errorf("NameMatches(%q, %q) = %v, want %v", tt.value, tt.name, got, tt.want)
		}
	}
}

func TestRankNames(t *testing.T) {
	cands := []Facet{
		{"Ruth Okafor", 5}, {"Ruth Okonkwo", 1}, {"Okafor Industries", 2}, {"Daniel Ashcombe", 9},
		{"Clara Nwosu", 4}, {"Ruth Okafor", 5}, {"", 3},
	}
	tests := []struct {
		value string
		want  []string
	}{
		{"Okafr", []string{"Ruth Okafor", "Okafor Industries"}},
		{"Ruth Okafr", []string{"Ruth Okafor", "Ruth Okonkwo", "Okafor Industries"}},
		{"Nwoso", []string{"Clara Nwosu"}},
		{"Ash", []string{"Daniel Ashcombe"}},
		{"Zyzzyva", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, f := range RankNames(tt.value, cands, 3) {
			got = append(got, f.Value)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("RankNames(%q) = %q, want %q", tt.value, got, tt.want)
		}
	}
	if got := RankNames("Ruth", cands, 1); len(got) != 1 {
		t.Errorf("RankNames with n=1 returned %v", got)
	}
}

func TestNameQueryNormalize(t *testing.T) {
	q, err := NameQuery{Field: FieldSpeaker, Value: " Okafor ", Limit: 500}.Normalize()
	if err != nil || q.Value != "Okafor" || q.Limit != MaxSuggestions {
		t.Errorf("Normalize = %+v, %v", q, err)
	}
	q, err = NameQuery{Field: FieldSite, Value: "x"}.Normalize()
	if err != nil || q.Limit != DefaultSuggestions {
		t.Errorf("Normalize = %+v, %v", q, err)
	}
	for _, bad := range []NameQuery{
		{Field: FieldSection, Value: "x"},
		{Field: FieldAuthor, Value: "x", Quotes: true},
		{Field: FieldSpeaker, Value: string(make([]byte, 300))},
		{Field: FieldSpeaker, Value: "a\xff"},
	} {
		if _, err := bad.Normalize(); !errors.Is(err, ErrBadQuery) {
			t.Errorf("Normalize(%+v) = %v, want ErrBadQuery", bad, err)
		}
	}
}

func TestParseSort(t *testing.T) {
	for in, want := range map[string]Sort{"": "", "relevance": SortRelevance, "Newest": SortNewest, "date": SortNewest, " oldest ": SortOldest} {
		if got, err := ParseSort(in); err != nil || got != want {
			t.Errorf("ParseSort(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseSort("score"); !errors.Is(err, ErrBadQuery) {
		t.Errorf("ParseSort(score) = %v, want ErrBadQuery", err)
	}
}

func TestMarkCuts(t *testing.T) {
	tests := map[string]string{
		"The mayor said so.":                   "The mayor said so.",
		"and then the <mark>mayor</mark> said": "…and then the <mark>mayor</mark> said…",
		"…already marked…":                     "…already marked…",
		"“Quoted,” she said":                   "“Quoted,” she said…",
		"2021 was a <mark>year</mark>.":        "2021 was a <mark>year</mark>.",
		"&quot;Escaped&quot; start":            "&quot;Escaped&quot; start…",
		"   ":                                  "   ",
	}
	for in, want := range tests {
		if got := MarkCuts(in); got != want {
			t.Errorf("MarkCuts(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHasFreeText(t *testing.T) {
	for in, want := range map[string]bool{"": false, "a": true, "-a": false, "site:x": false, "site:x a": true, "a OR site:x": true, "NOT (a OR b)": false} {
		n, err := Parse(in)
		if err != nil {
			t.Fatal(err)
		}
		if got := HasFreeText(n); got != want {
			t.Errorf("HasFreeText(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestNameFilters(t *testing.T) {
	q := Query{Text: `rates speaker:Okafor (site:"Harbor Times" OR author:Nwosu) -speaker:Smith section:City`, Author: "Pell", Language: "en"}
	var got []string
	for _, f := range q.NameFilters() {
		got = append(got, f.Field+"="+f.Value)
	}
	want := []string{"author=Pell", "speaker=Okafor", "site=Harbor Times", "author=Nwosu"}
	if !slices.Equal(got, want) {
		t.Errorf("NameFilters = %q, want %q", got, want)
	}
}
