package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDate9Trace(t *testing.T) {
	want := os.Getenv("D9")
	for _, tc := range fcProbe9DateCases() {
		if want == "" || !strings.Contains(tc.class, want) {
			continue
		}
		tr := &Trace{}
		a, _ := Extract(Input{HTML: []byte(tc.html), URL: tc.url}, Options{NoQuotes: true, Trace: tr})
		fmt.Println(tc.class, "=>", a.PublishedAt)
		for _, p := range tr.Events {
			if p.Field == "published" || p.Field == "modified" {
				fmt.Printf("  %s %s %s %v\n", p.Field, p.Rule, p.Value, p.Chosen)
			}
		}
	}
}
