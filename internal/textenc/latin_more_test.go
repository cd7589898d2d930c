package textenc

import (
	"fmt"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// encodeIn encodes UTF-8 text in a single-byte charset as a page in it
// is written: a character the charset lacks is written, when it can be,
// as its letter followed by combining marks (windows-1258 has ê and a
// combining dot below, not ệ), as Windows' converters do.
func encodeIn(cm *charmap.Charmap, s string) ([]byte, error) {
	var out []byte
	for _, r := range norm.NFC.String(s) {
		if c, ok := cm.EncodeRune(r); ok {
			out = append(out, c)
			continue
		}
		var base, marks []rune
		for _, d := range norm.NFD.String(string(r)) {
			if _, ok := cm.EncodeRune(d); ok && d >= 0x300 && d <= 0x36F {
				marks = append(marks, d) // a combining mark the charset has
			} else {
				base = append(base, d)
			}
		}
		for _, d := range append([]rune(norm.NFC.String(string(base))), marks...) {
			c, ok := cm.EncodeRune(d)
			if !ok {
				return nil, fmt.Errorf("encode %q in %s: no byte for %q", s, cm, d)
			}
			out = append(out, c)
		}
	}
	return out, nil
}

// TestUndeclaredTurkishBalticVietnamese: an undeclared page in
// windows-1254 or ISO-8859-9 (Turkish), windows-1257 or ISO-8859-13
// (Lithuanian, Latvian, Estonian) or windows-1258 (Vietnamese) decodes to
// its text, long or only a title and a sentence; Western European pages
// keep windows-1252 (TestUndeclaredLatinAndThai has more of them), and so
// do pages too short to tell. (Before, all of these were read as
// windows-1252: "kýþýn", "þàsø", "ViêÒt".)
func TestUndeclaredTurkishBalticVietnamese(t *testing.T) {
	page, long := testPage, longPage
	const ltQuoted = "„Darbai prasidės balandį“, - sakė meras. Gyventojai klausė, kodėl tiltas uždarytas, ir kiek kainuos jo remontas."
	checkUndeclared(t, []undeclaredCase{
		{"turkish windows-1254", charmap.Windows1254, long(trText), "windows-1254"},
		{"turkish iso-8859-9", charmap.ISO8859_9, long(trText), "windows-1254"}, // the Encoding Standard's name for it
		{"turkish short", charmap.Windows1254, page("Köprü trafiğe açıldı", "Çarşamba günü düzenlenen törenle yeni köprü ulaşıma açıldı."), "windows-1254"},
		{"turkish capitals", charmap.Windows1254, page("İSTANBUL'DA ŞİDDETLİ YAĞIŞ", "Çığ uyarısı yapıldı; İzmir ve Muğla'da okullar kapalı, Üsküdar'da yollar göl oldu."), "windows-1254"},
		{"lithuanian windows-1257", charmap.Windows1257, long(ltText), "windows-1257"},
		{"lithuanian iso-8859-13", charmap.ISO8859_13, long(ltText), "windows-1257"}, // no quotation marks: both read it alike
		{"lithuanian quoted 1257", charmap.Windows1257, long(ltQuoted), "windows-1257"},
		{"lithuanian quoted iso-8859-13", charmap.ISO8859_13, long(ltQuoted), "iso-8859-13"},
		{"lithuanian short", charmap.Windows1257, page("Naujas tiltas", "Trečiadienį per upę atidarytas naujas tiltas, pranešė savivaldybė."), "windows-1257"},
		{"latvian windows-1257", charmap.Windows1257, long(lvText), "windows-1257"},
		{"latvian iso-8859-13", charmap.ISO8859_13, long(lvText), "windows-1257"},
		{"latvian short", charmap.Windows1257, page("Jauns tilts pār Daugavu", "Trešdien pilsētā tika atklāts jauns tilts, paziņoja pašvaldība."), "windows-1257"},
		// Estonian: ä ö õ ü are windows-1252's too, which reads it right.
		{"estonian without š or ž", charmap.Windows1257, long(etText), "windows-1252"},
		{"vietnamese", charmap.Windows1258, long(viText), "windows-1258"},
		{"vietnamese short", charmap.Windows1258, page("Cầu mới", "Cây cầu mới đã được thông xe vào thứ Tư."), "windows-1258"},
		{"vietnamese headline only", charmap.Windows1258, page("Giá xăng tăng mạnh", ""), "windows-1258"},
		// Western European pages keep windows-1252 (the plain ones are
		// in TestUndeclaredLatinAndThai).
		{"estonian 1252", charmap.Windows1252, long(etText), "windows-1252"},
		{"portuguese nasal vowels", charmap.Windows1252, page("Lições da eleição", "As eleições de São Tomé mostraram que não há razões para pressões; põe-se a questão dos órgãos."), "windows-1252"},
		{"italian grave accents", charmap.Windows1252, page("Lunedì più caldo", "Città e paesi: però la novità è che lunedì e martedì farà più caldo, perché l'anticiclone è arrivato."), "windows-1252"},
		{"icelandic eth and thorn", charmap.Windows1252, page("Þjóðhátíð", "Þúsundir söfnuðust saman á Þingvöllum; það var í síðasta sinn sem hátíðin var haldin þar."), "windows-1252"},
		{"english with turkish and icelandic names", charmap.Windows1252, page("Talks", "Ms Guðrún Þórsdóttir met Mr Gönül and Ms Çelik in Zürich; Björk sang."), "windows-1252"},
		{"german with icelandic names", charmap.Windows1252, page("Island gewinnt", "Gylfi Sigurðsson und Jóhann Guðmundsson trafen für Island; Trainer Heimir Hallgrímsson war zufrieden, nur die Abwehr um Kári Árnason wackelte. Für Österreich traf Marko Arnautovic nicht."), "windows-1252"},
		{"german with icelandic names, no acute", charmap.Windows1252, page("Island gewinnt", "Sigurðsson und Guðmundsson trafen, Österreich verlor; Ragnar Sigurðsson spielte für Rostow, Björgvinsson blieb auf der Bank."), "windows-1252"},
		{"french with são paulo", charmap.Windows1252, page("Visite au Brésil", "Le président est arrivé à São Paulo après la réunion de São Tomé, où il a rappelé que São Paulo et Brasília sont très liées."), "windows-1252"},
		{"french with são paulo, few accents", charmap.Windows1252, page("Brésil", "Où? À São Paulo, São Vicente, São Luís: là où la fête a lieu."), "windows-1252"},
	})
}

// TestUndeclaredTooFewLetters: a page with too few letters of its own to
// tell (no one character decides) keeps windows-1252, and the letters it
// does not share come out wrong: a Turkish page whose only telling letters
// are ı ğ ş ö reads as Icelandic ý ð þ ö. So does Estonian, which is not
// detected (balticAlphabets says why).
func TestUndeclaredTooFewLetters(t *testing.T) {
	page := testPage
	for _, tc := range []struct {
		name string
		enc  *charmap.Charmap
		html string
	}{
		{"turkish, one telling letter", charmap.Windows1254, page("Haber", "Bugün hava güzel.")},
		{"turkish, icelandic-looking letters", charmap.Windows1254, page("Kış", "Doğu illerinde kış başladı.")},
		{"lithuanian, one letter", charmap.Windows1257, page("Naujienos", "Vilnius ir Šiauliai.")},
		{"vietnamese, one letter", charmap.Windows1258, page("Tin", "Ha Noi, Viet Nam, ngày 5.")},
		{"estonian with š and ž", charmap.Windows1257, page("Žürii otsus", "Šokolaadivabriku žürii kuulutas võitjaks Tõnu Šaripovi, kes sai preemiaks šampanja ja žetoonid.")},
	} {
		b, err := encodeIn(tc.enc, tc.html)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if _, name, err := ToUTF8(b, ""); err != nil || name != "windows-1252" {
			t.Errorf("%s: ToUTF8 = %s, %v, want windows-1252", tc.name, name, err)
		}
	}
}

// TestWindows1258NFC: a windows-1258 page, detected or declared, decodes
// to NFC: a letter and its combining tone mark become the precomposed
// letter a UTF-8 Vietnamese page has.
func TestWindows1258NFC(t *testing.T) {
	const text = "<p>Việt Nam: Hà Nội, Đà Nẵng, Thành phố Hồ Chí Minh, Huế, Cần Thơ, Hải Phòng, Quảng Ngãi.</p>"
	b, err := encodeIn(charmap.Windows1258, text)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := charmap.Windows1258.NewDecoder().Bytes(b)
	if string(raw) == text {
		t.Fatalf("the test page has no combining marks: %q", raw)
	}
	for _, ct := range []string{"", "text/html; charset=windows-1258", "text/html; charset=cp1258"} {
		out, name, err := ToUTF8(b, ct)
		if err != nil || name != "windows-1258" || string(out) != text || !norm.NFC.IsNormal(out) {
			t.Errorf("%q: ToUTF8 = %s, %v: %q", ct, name, err, out)
		}
	}
	// Other charsets are not normalised: windows-1252 keeps its bytes' reading.
	out, _, _ := ToUTF8(b, "text/html; charset=windows-1252")
	if want, _ := charmap.Windows1252.NewDecoder().Bytes(b); string(out) != string(want) {
		t.Errorf("windows-1252 = %q, want %q", out, want)
	}
}

// TestLatinFitMarks: a combining tone mark fits the Vietnamese reading
// after a vowel only; after a consonant, a space or another mark it is
// counted but does not fit (Italian "però" read as windows-1258 is "per"
// and a dot below).
func TestLatinFitMarks(t *testing.T) {
	vi := readLatin[len(readLatin)-1]
	if vi.name != "windows-1258" {
		t.Fatalf("last reading %s, want windows-1258", vi.name)
	}
	tests := []struct {
		in         string
		fit, count int
	}{
		{"e\xf2", 1, 1},          // e + dot below
		{"\xea\xf2", 2, 2},       // ê + dot below
		{"r\xf2", 0, 1},          // r + dot below
		{" \xec", 0, 1},          // a mark after a space
		{"a\xec\xf2", 1, 2},      // a mark after a mark
		{"\xfd\xec", 2, 2},       // ư + acute
		{"\xf0", 1, 1},           // đ
		{"per\xf2 pi\xf9", 1, 2}, // Italian però più: ù is Vietnamese, the dot below on r is not
	}
	for _, tc := range tests {
		fit, n := vi.fit([]byte(tc.in))
		if fit != tc.fit || n != tc.count {
			t.Errorf("fit(%q) = %d of %d, want %d of %d", tc.in, fit, n, tc.fit, tc.count)
		}
	}
}
