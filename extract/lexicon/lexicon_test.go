package lexicon

import (
	"encoding/json"
	"reflect"
	"slices"
	"testing"
)

func TestFilesLoad(t *testing.T) {
	langs := Languages()
	if len(langs) < 20 {
		t.Fatalf("only %d languages: %v", len(langs), langs)
	}
	for _, l := range langs {
		lx := Get(l)
		if lx == nil || lx.Language != l {
			t.Fatalf("Get(%q) = %+v", l, lx)
		}
		if len(lx.Months) == 0 && l != "zh" && l != "ja" && l != "ko" {
			t.Errorf("%s: no month names", l) // CJK dates are numeric: 2021年3月14日
		}
		for _, months := range []map[string]int{lx.Months, lx.MonthForms} {
			for w, m := range months {
				if m < 1 || m > 12 {
					t.Errorf("%s: month %q = %d", l, w, m)
				}
			}
		}
		for _, days := range []map[string]int{lx.Weekdays, lx.WeekdayMarks} {
			for w, d := range days {
				if d < 0 || d > 6 {
					t.Errorf("%s: weekday %q = %d", l, w, d)
				}
			}
		}
		published := NewSet(lx.PublishedWords)
		for _, w := range lx.CreatedWords {
			if !published[w] {
				t.Errorf("%s: created word %q is no published word", l, w) // only labels of a publication date are read
			}
		}
		var any map[string]json.RawMessage
		if err := json.Unmarshal(Raw(l), &any); err != nil {
			t.Errorf("%s: %v", l, err)
		}
	}
}

func TestUnionAndGet(t *testing.T) {
	u := Union()
	for w, want := range map[string]int{"march": 3, "märz": 3, "janvier": 1, "listopada": 11, "sausio": 1, "يناير": 1} {
		if got := u.Months[w]; got != want {
			t.Errorf("Union().Months[%q] = %d, want %d", w, got, want)
		}
	}
	if got := Get("hr").Months["listopada"]; got != 10 {
		t.Errorf("Croatian listopada = %d, want 10", got)
	}
	if Get("en-GB") != Get("en") || Get("xx") != nil {
		t.Error("Get does not take the primary subtag")
	}
	labels := NewSet(u.BylineLabels)
	for _, w := range []string{"by", "von", "text von", "erstellt von", "par", "por"} {
		if !labels[w] {
			t.Errorf("byline label %q missing", w)
		}
	}
}

// TestIsPlace: the gazetteer knows cities and countries as GeoNames
// spells them, and their Latin-letter names in other languages; kickers
// and section names are no places.
func TestIsPlace(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Karlsruhe", true}, {"Lüdenscheid", true}, {"Rostow", true}, {"São Paulo", true}, {"Germany", true},
		{"Analyse", false}, {"Migration", false}, {"Update", false}, {"karlsruhe", false}, {"", false},
	} {
		if got := IsPlace(tc.name); got != tc.want {
			t.Errorf("IsPlace(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestUnionLists checks that the union holds every word of every
// language's lists but those tagged union:"-" (read within one language
// only), which it leaves empty.
func TestUnionLists(t *testing.T) {
	u := reflect.ValueOf(Union()).Elem()
	typ := u.Type()
	lists := 0
	for i := range typ.NumField() {
		f := typ.Field(i)
		if f.Type != reflect.TypeFor[[]string]() {
			continue
		}
		got := u.Field(i).Interface().([]string)
		if f.Tag.Get("union") == "-" {
			if len(got) != 0 {
				t.Errorf("union has %d words in %s, which is read within one language only", len(got), f.Name)
			}
			continue
		}
		lists++
		for _, lang := range Languages() {
			for _, w := range reflect.ValueOf(Get(lang)).Elem().Field(i).Interface().([]string) {
				if !slices.Contains(got, w) {
					t.Errorf("union's %s lacks %q of %s", f.Name, w, lang)
				}
			}
		}
	}
	if lists < 80 || len(unionLists) != lists {
		t.Errorf("%d union lists (unionLists has %d), want the same and at least 80", lists, len(unionLists))
	}
}
