package textenc

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
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

func TestUndecode(t *testing.T) {
	const text = "«Tatort» aus München"
	utf8Bytes := []byte(text)
	// What colly hands on for UTF-8 bytes served as ISO-8859-1: each byte
	// decoded as a letter of its own.
	asLatin1, _ := charmap.ISO8859_1.NewDecoder().Bytes(utf8Bytes)
	asCP1252, _ := charmap.Windows1252.NewDecoder().Bytes(utf8Bytes)
	// A real Latin-1 page, decoded right.
	latin1, _ := charmap.ISO8859_1.NewEncoder().String(text)
	rightLatin1, _ := charmap.ISO8859_1.NewDecoder().Bytes([]byte(latin1))
	tests := []struct {
		name, ct string
		in       []byte
		want     []byte
	}{
		{"utf-8 served as iso-8859-1", "text/html; charset=ISO-8859-1", asLatin1, utf8Bytes},
		{"utf-8 served as windows-1252", `text/html;charset="windows-1252"`, asCP1252, utf8Bytes},
		{"latin1 served as latin1", "text/html; charset=iso-8859-1", rightLatin1, rightLatin1},
		{"no charset", "text/html", asLatin1, asLatin1},
		{"utf-8 header", "text/html; charset=utf-8", utf8Bytes, utf8Bytes},
		{"multi-byte legacy charset", "text/html; charset=Shift_JIS", asLatin1, asLatin1},
	}
	for _, tc := range tests {
		if got := Undecode(tc.in, tc.ct); !bytes.Equal(got, tc.want) {
			t.Errorf("%s: Undecode = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// FuzzUndecode: whatever the body and header, Undecode returns valid UTF-8
// when given valid UTF-8, and changes a body only into bytes that are.
func FuzzUndecode(f *testing.F) {
	f.Add([]byte("MÃ¼nchen"), "text/html; charset=iso-8859-1")
	f.Add([]byte("plain"), "text/html")
	f.Add([]byte("\xff\xfe"), "text/html; charset=windows-1252")
	f.Add([]byte("Grüße"), `text/html; charset="koi8-r"`)
	f.Fuzz(func(t *testing.T, body []byte, ct string) {
		got := Undecode(body, ct)
		if !bytes.Equal(got, body) && !LooksUTF8(got) {
			t.Fatalf("Undecode(%q, %q) = %q: changed into bytes that are not UTF-8", body, ct, got)
		}
		if utf8.Valid(body) && !utf8.Valid(got) {
			t.Fatalf("Undecode(%q, %q) = %q: valid UTF-8 in, invalid out", body, ct, got)
		}
	})
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
