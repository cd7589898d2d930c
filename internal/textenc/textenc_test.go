package textenc

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

func TestLooksUTF8(t *testing.T) {
	latin1, _ := charmap.ISO8859_1.NewEncoder().String("Grüße aus München")
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"utf-8 with accents", "Grüße aus München", true},
		{"ascii only", "plain text", false},
		{"latin1 bytes", latin1, false},
		{"utf-8 then a broken byte", "Grüße \xff", false},
		{"empty", "", false},
	}
	for _, tc := range tests {
		if got := LooksUTF8([]byte(tc.in)); got != tc.want {
			t.Errorf("%s: LooksUTF8(%q) = %v, want %v", tc.name, tc.in, got, tc.want)
		}
	}
}

func TestRepairMojibake(t *testing.T) {
	tests := []struct{ in, want string }{
		{"President FranÃ§ois Hollande", "President François Hollande"},
		{"an impressive rÃ©sumÃ©", "an impressive résumé"},
		{"Mexican President Enrique PeÃ±a Nieto", "Mexican President Enrique Peña Nieto"},
		{"â€œWe will winâ€\u009d, he said", "“We will win”, he said"},
		{"itâ€™s", "it’s"},
		{"SayunÂ´s Request", "Sayun´s Request"},
		{"Miguel BasÃƒÂ¡Ãƒ±ez", "Miguel Basáñez"}, // encoded twice
		// Left alone: real accented text, and a lead letter without its
		// continuation.
		{"NÃO É POSSÍVEL", "NÃO É POSSÍVEL"},
		{"café crème, Ærø, Ðð", "café crème, Ærø, Ðð"},
		{"Grüße aus München", "Grüße aus München"},
		{"Ã", "Ã"},
		{"", ""},
		{"“Already fine” — isn’t it?", "“Already fine” — isn’t it?"},
	}
	for _, tc := range tests {
		if got := RepairMojibake(tc.in); got != tc.want {
			t.Errorf("RepairMojibake(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzRepairMojibake: repairing keeps valid UTF-8 valid, never grows the
// text, and leaves text without lead characters as it is.
func FuzzRepairMojibake(f *testing.F) {
	for _, s := range []string{"FranÃ§ois", "â€œxâ€\u009d", "NÃO", "Ã", "plain"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		got := RepairMojibake(s)
		if !utf8.ValidString(got) || len(got) > len(s) {
			t.Fatalf("RepairMojibake(%q) = %q", s, got)
		}
	})
}

func TestUTF8UnderMultiByte(t *testing.T) {
	gbk := func(s string) string {
		b, err := simplifiedchinese.GBK.NewEncoder().String(s)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"utf-8 cjk sentence", "北京市政府周二宣布了新的自行车道计划。", true},
		{"utf-8, six accented letters", "Grüße aus München, Köln, Zürich und Düsseldorf", true},
		{"utf-8, one accented letter", "Café du Monde", false},
		{"gbk sentence", gbk("北京市政府周二宣布了新的自行车道计划。"), false},
		// Three GBK characters that happen to be valid UTF-8 (three
		// two-byte characters): a short run is not evidence.
		{"gbk run valid as utf-8", gbk("约为十"), false},
		{"ascii", "plain text", false},
		{"utf-8 then a broken byte", "北京市政府周二宣布 \xff", false},
	}
	for _, tc := range tests {
		b := []byte(tc.in)
		if got := utf8UnderMultiByte(b, utf8.Valid(b)); got != tc.want {
			t.Errorf("%s: utf8UnderMultiByte(%q) = %v, want %v", tc.name, tc.in, got, tc.want)
		}
	}
}

func TestLooksUTF16(t *testing.T) {
	const page = "<!doctype html><html><head><title>Grüße</title></head><body><p>Text</p></body></html>"
	enc := func(e encoding.Encoding) string {
		s, err := e.NewEncoder().String(page)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	tests := []struct {
		name, in string
		want     bool
	}{
		{"utf-16le with BOM", enc(unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)), true},
		{"utf-16be without BOM", enc(unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)), true},
		{"utf-16le without BOM", enc(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)), true},
		{"utf-8", page, false},
		{"png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00", false},
		{"short", "<\x00", false},
	}
	for _, tc := range tests {
		if got := LooksUTF16([]byte(tc.in)); got != tc.want {
			t.Errorf("%s: LooksUTF16 = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestHeadSearchInPlace: the late-<meta> search of an undeclared legacy
// page (headOf, scanMeta) finds tags in any case and reads the page in
// place: it allocates nothing however large the page, where it used to
// lowercase a copy of all of it.
func TestHeadSearchInPlace(t *testing.T) {
	script := "<script>" + strings.Repeat("var x = 'caf\xe9 <b>';\n", 2000) + "</script>"
	tests := []struct {
		name, page, want string
	}{
		{"late meta, upper case", `<HTML><HEAD>` + script + `<META HTTP-EQUIV="Content-Type" CONTENT="text/html; CHARSET=KOI8-R"></HEAD><BODY>x`, "koi8-r"},
		{"late meta charset, mixed case", `<html><Head>` + script + `<Meta Charset='windows-1251'></Head><body>x`, "windows-1251"},
		{"meta in the body is not the head's", `<html><head>` + script + `</HEAD><body><meta charset="koi8-r">x`, ""},
		{"no head end: all of it", `<html>` + script + `<meta name="x"><meta charset="iso-8859-7">x`, "iso-8859-7"},
		{"metas without a charset", `<html><head>` + script + strings.Repeat(`<meta name="viewport" content="width=device-width">`, 50) + `</head>`, ""},
	}
	for _, tc := range tests {
		b := []byte(tc.page)
		if _, got := scanMeta(headOf(b)); got != tc.want {
			t.Errorf("%s: scanMeta(headOf) = %q, want %q", tc.name, got, tc.want)
		}
		if tc.want != "" {
			continue
		}
		if n := testing.AllocsPerRun(5, func() { scanMeta(headOf(b)) }); n != 0 {
			t.Errorf("%s: %v allocations for a %d-byte page, want 0", tc.name, n, len(b))
		}
	}
}

// TestIsASCII: the word-at-a-time scan finds a byte above ASCII wherever
// it is, in the words or in the tail, and checkDeclared's test built on it
// agrees with LooksUTF8.
func TestIsASCII(t *testing.T) {
	for _, s := range []string{"", "a", "plain text", "0123456", "01234567", "012345678", "é", "0123456é", "01234567é", "0123456789abcdefé", "Grüße aus München", "Grüße \xff", "\xff"} {
		b := []byte(s)
		want := true
		for _, c := range b {
			if c >= 0x80 {
				want = false
			}
		}
		if got := isASCII(b); got != want {
			t.Errorf("isASCII(%q) = %v, want %v", s, got, want)
		}
		if got := utf8.Valid(b) && !isASCII(b); got != LooksUTF8(b) {
			t.Errorf("valid && !isASCII(%q) = %v, LooksUTF8 %v", s, got, !got)
		}
	}
}
