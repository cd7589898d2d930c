package textenc

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// BenchmarkToUTF8Paths: ToUTF8 on a page of about 200 KB in each of the
// paths that decide by the whole page: UTF-8 under a single-byte label
// (a server's ISO-8859-1 default), and undeclared pages that detection
// reads in a legacy charset (chardet's Cyrillic, the Central European
// and Thai letter statistics).
func BenchmarkToUTF8Paths(b *testing.B) {
	page := func(text string) string {
		return "<html><head><title>x</title></head><body>" + strings.Repeat("<p>"+text+"</p>\n", 200<<10/len(text)) + "</body></html>"
	}
	tests := []struct {
		name, contentType string
		enc               encoding.Encoding // nil: UTF-8
		text, want        string
	}{
		{"utf-8 declared latin1", "text/html; charset=iso-8859-1", nil, deText, "utf-8"},
		{"undeclared windows-1251", "", charmap.Windows1251, ruText, "windows-1251"},
		{"undeclared iso-8859-2", "", charmap.ISO8859_2, plText, "iso-8859-2"},
		{"undeclared windows-874", "", charmap.Windows874, thText, "windows-874"},
		{"undeclared windows-1252", "", charmap.Windows1252, frText, "windows-1252"},
	}
	for _, tc := range tests {
		in := []byte(page(tc.text))
		if tc.enc != nil {
			var err error
			if in, err = tc.enc.NewEncoder().Bytes(in); err != nil {
				b.Fatalf("%s: encode: %v", tc.name, err)
			}
		}
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			for b.Loop() {
				if _, name, err := ToUTF8(in, tc.contentType); err != nil || name != tc.want {
					b.Fatalf("ToUTF8 = %s, %v, want %s", name, err, tc.want)
				}
			}
		})
	}
}
