package textenc

import (
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/korean"
)

// TestLooksThai: Thai text in windows-874 is Thai; Korean in EUC-KR,
// whose bytes lie in the same range and often spell Thai plausibly, is
// not, nor Latin or Cyrillic text, nor signs of 0xA1-0xCE (which read as
// Thai consonants).
func TestLooksThai(t *testing.T) {
	tests := []struct {
		name string
		enc  encoding.Encoding
		text string
		want bool
	}{
		{"thai", charmap.Windows874, thText, true},
		{"thai short", charmap.Windows874, "ข่าวเศรษฐกิจ ธนาคารแห่งประเทศไทยคงอัตราดอกเบี้ยไว้ที่ร้อยละ 2.5", true},
		{"thai with quotes and a date", charmap.Windows874, "“ที่ประชุมมีมติ” เมื่อวันที่ 5 ก.พ. พ.ศ. 2567 …", true},
		{"korean", korean.EUCKR, koText, false},
		{"korean short", korean.EUCKR, "서울 시장이 발표했다", false},
		{"korean headline", korean.EUCKR, "정부, 내년 예산안 발표", false},
		{"french", charmap.Windows1252, frText, false},
		{"german", charmap.Windows1252, deText, false},
		{"polish", charmap.ISO8859_2, plText, false},
		{"russian", charmap.Windows1251, ruText, false},
		{"signs", charmap.Windows1252, "Rock´n´roll, l´homme, col·lecció, 3 m³h, «Oui» ±2 °C ©", false},
	}
	for _, tc := range tests {
		b, err := tc.enc.NewEncoder().Bytes([]byte(tc.text))
		if err != nil {
			t.Fatalf("%s: encode: %v", tc.name, err)
		}
		if got := looksThai(b); got != tc.want {
			t.Errorf("%s: looksThai = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestHangulBytes: Hangul syllables are counted in pairs from the start of
// each run of bytes above ASCII, as EUC-KR decodes them.
func TestHangulBytes(t *testing.T) {
	ko, err := korean.EUCKR.NewEncoder().String("서울 시장")
	if err != nil {
		t.Fatal(err)
	}
	th, err := charmap.Windows874.NewEncoder().String("ที่ ไทย")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, in string
		want     int
	}{
		{"korean", ko, 8},
		{"thai", th, 2}, // ที่ is B7 D5 E8: B7 D5 reads as a syllable, E8 alone; ไทย E4 B7 C2 as hanja and a lone byte
		{"ascii", "plain", 0},
		{"lead at the end", "\xb0", 0},
	}
	for _, tc := range tests {
		if got := hangulBytes([]byte(tc.in)); got != tc.want {
			t.Errorf("%s: hangulBytes(%q) = %d, want %d", tc.name, tc.in, got, tc.want)
		}
	}
}
