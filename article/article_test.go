package article

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestIDForIsStable(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://example.com/a", IDFor("https://example.com/a")},
	}
	for _, tt := range tests {
		got := IDFor(tt.url)
		if got != tt.want || len(got) != 32 {
			t.Errorf("IDFor(%q) = %q", tt.url, got)
		}
	}
	if IDFor("https://example.com/a") == IDFor("https://example.com/b") {
		t.Error("different URLs share an id")
	}
}

func TestNormalizeGivesArrays(t *testing.T) {
	var a Article
	a.Normalize()
	b, err := json.Marshal(&a)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"authors", "bullets", "paragraphs", "images", "tags", "quotes", "attributions", "speakers", "dates_mentioned"} {
		if !strings.Contains(string(b), `"`+f+`":[]`) {
			t.Errorf("%s is not an empty array in %s", f, b)
		}
	}
	if a.SchemaVersion != SchemaVersion {
		t.Errorf("schema_version = %d", a.SchemaVersion)
	}
}

func TestVersionIsOurs(t *testing.T) {
	tests := []struct {
		name string
		a    Article
		want int64
	}{
		{"fetch seq wins", Article{FetchSeq: 1751673600123, FetchedAt: "2025-07-05T00:00:00Z", ModifiedAt: "2030-01-01T00:00:00Z"}, 1751673600123},
		{"fetch time without a seq", Article{FetchedAt: "2025-07-05T00:00:00Z", ModifiedAt: "2030-01-01T00:00:00Z", PublishedAt: "2025-07-04T06:30:00-04:00"}, 1751673600000},
		{"publisher dates are not versions", Article{ModifiedAt: "2025-07-04T07:10:00-04:00", PublishedAt: "2025-07-04T06:30:00-04:00"}, 0},
		{"nothing", Article{}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.Version(); got != tt.want {
				t.Errorf("Version() = %d, want %d", got, tt.want)
			}
		})
	}
	// The bug of issue 13: an edited page re-fetched with the same
	// modified date was skipped as "older"; with fetch_seq it wins.
	first := Article{ModifiedAt: "2025-07-04T07:10:00-04:00", FetchedAt: "2025-07-04T12:00:00Z", FetchSeq: 1751630400000}
	edited := Article{ModifiedAt: "2025-07-04T07:10:00-04:00", FetchedAt: "2025-07-04T12:05:00Z", FetchSeq: 1751630700000}
	if edited.Version() <= first.Version() {
		t.Errorf("re-fetch of an edited page: version %d <= %d", edited.Version(), first.Version())
	}
}

func TestDefaultIDPrefersCanonical(t *testing.T) {
	tests := []struct {
		name string
		a    Article
		want string
	}{
		{"canonical", Article{URL: "https://x.example/a?utm=1", CanonicalURL: "https://x.example/a"}, IDFor("https://x.example/a")},
		{"url when no canonical", Article{URL: "https://x.example/b"}, IDFor("https://x.example/b")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.a.DefaultID(); got != tt.want {
				t.Errorf("DefaultID() = %s, want %s", got, tt.want)
			}
		})
	}
}

// Two publication dates are one when they agree within the coarser
// precision of the two: an age counted back from two fetch times.
func TestSamePublished(t *testing.T) {
	tests := []struct {
		name     string
		a, aPrec string
		b, bPrec string
		want     bool
	}{
		{"equal exact", "2025-07-04T09:00:00Z", "", "2025-07-04T09:00:00Z", "", true},
		{"exact, a minute apart", "2025-07-04T09:00:00Z", "", "2025-07-04T09:01:00Z", "", false},
		{"hours ago, fetched 40 minutes apart", "2025-07-04T08:00:00Z", PrecisionHour, "2025-07-04T08:40:00Z", PrecisionHour, true},
		{"hours ago against the exact date it came from", "2025-07-04T08:40:00+02:00", PrecisionHour, "2025-07-04T06:10:00Z", "", true},
		{"hours ago, more than an hour off", "2025-07-04T08:00:00Z", PrecisionHour, "2025-07-04T09:30:00Z", "", false},
		{"yesterday across midnight", "2025-07-03T00:00:00Z", PrecisionDay, "2025-07-04T00:00:00Z", PrecisionDay, true},
		{"days ago, two days off", "2025-07-02T00:00:00Z", PrecisionDay, "2025-07-04T00:00:00Z", PrecisionDay, false},
		{"minutes ago, then hours ago", "2025-07-04T09:20:00Z", PrecisionMinute, "2025-07-04T09:40:00Z", PrecisionHour, true},
		{"not a date", "soon", PrecisionHour, "2025-07-04T09:40:00Z", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SamePublished(tt.a, tt.aPrec, tt.b, tt.bPrec); got != tt.want {
				t.Errorf("SamePublished(%s %q, %s %q) = %v, want %v", tt.a, tt.aPrec, tt.b, tt.bPrec, got, tt.want)
			}
			if got := SamePublished(tt.b, tt.bPrec, tt.a, tt.aPrec); got != tt.want {
				t.Errorf("SamePublished is not symmetric for %s %q, %s %q", tt.a, tt.aPrec, tt.b, tt.bPrec)
			}
		})
	}
}

// An age's unit names its precision: the finest one that spans it.
func TestPrecisionOf(t *testing.T) {
	tests := []struct {
		unit time.Duration
		want string
	}{
		{0, ""}, {time.Second, PrecisionSecond}, {time.Minute, PrecisionMinute}, {time.Hour, PrecisionHour},
		{24 * time.Hour, PrecisionDay}, {7 * 24 * time.Hour, PrecisionWeek}, {90 * time.Minute, PrecisionDay},
	}
	for _, tt := range tests {
		if got := PrecisionOf(tt.unit); got != tt.want {
			t.Errorf("PrecisionOf(%v) = %q, want %q", tt.unit, got, tt.want)
		}
		if tt.want != "" && PrecisionSpan(tt.want) < tt.unit {
			t.Errorf("PrecisionSpan(%q) = %v, shorter than %v", tt.want, PrecisionSpan(tt.want), tt.unit)
		}
	}
}
