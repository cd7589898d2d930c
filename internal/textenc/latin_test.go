package textenc

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// TestUndeclaredLatinAndThai: an undeclared page in ISO-8859-2,
// windows-1250 or windows-874 decodes to its text, long or only a title
// and a sentence; a Western European page in windows-1252 keeps it,
// whatever its language, however few its accented letters, with names
// from other languages in it. (Before, the first were all read as
// windows-1252, Thai as EUC-KR or windows-1252.)
func TestUndeclaredLatinAndThai(t *testing.T) {
	page, long := testPage, longPage
	checkUndeclared(t, []undeclaredCase{
		// Central European: ISO-8859-2 and windows-1250 differ for ą ś ź
		// Ą Ś Ź š ž ť ľ Š Ž Ť Ľ; when a page has none of them both read it
		// alike and the first, ISO-8859-2, is named.
		{"polish iso-8859-2", charmap.ISO8859_2, long(plText), "iso-8859-2"},
		{"polish windows-1250", charmap.Windows1250, long(plText), "windows-1250"},
		{"czech iso-8859-2", charmap.ISO8859_2, long(csText), "iso-8859-2"},
		{"czech windows-1250", charmap.Windows1250, long(csText), "windows-1250"},
		{"slovak iso-8859-2", charmap.ISO8859_2, long(skText), "iso-8859-2"},
		{"slovak windows-1250", charmap.Windows1250, long(skText), "windows-1250"},
		{"hungarian iso-8859-2", charmap.ISO8859_2, long(huText), "iso-8859-2"},
		{"hungarian windows-1250", charmap.Windows1250, long(huText), "iso-8859-2"}, // the same bytes
		{"slovenian iso-8859-2", charmap.ISO8859_2, long(slText), "iso-8859-2"},
		{"slovenian windows-1250", charmap.Windows1250, long(slText), "windows-1250"},
		{"croatian windows-1250", charmap.Windows1250, long(hrText), "windows-1250"},
		{"romanian iso-8859-2", charmap.ISO8859_2, long(roText), "iso-8859-2"},
		{"polish short", charmap.ISO8859_2, page("Nowa ścieżka rowerowa", "Budowa ścieżki rozpocznie się wiosną i zakończy się do lata."), "iso-8859-2"},
		{"polish short 1250", charmap.Windows1250, page("Nowa ścieżka rowerowa", "Budowa ścieżki rozpocznie się wiosną i zakończy się do lata."), "windows-1250"},
		{"czech short", charmap.Windows1250, page("Oprava mostu", "Práce na mostě přes řeku začnou v pondělí a potrvají až do září."), "windows-1250"},
		// Read as windows-1252, ő is Portuguese õ and ű French û: here
		// the two ö of the title tell. (A short page whose one telling
		// letter is a single ö stays windows-1252: no one character
		// decides.)
		{"hungarian short", charmap.ISO8859_2, page("Új híd épül a folyó fölött", "A felújítás jövő tavasszal kezdődik, és nyárig tart."), "iso-8859-2"},
		// Thai.
		{"thai", charmap.Windows874, long(thText), "windows-874"},
		{"thai short", charmap.Windows874, page("ข่าวเศรษฐกิจ", "ธนาคารแห่งประเทศไทยคงอัตราดอกเบี้ยนโยบายไว้ที่ร้อยละ 2.5 ในการประชุมเมื่อวันพุธ"), "windows-874"},
		// Western European: windows-1252 stays.
		{"french", charmap.Windows1252, long(frText), "windows-1252"},
		{"german", charmap.Windows1252, long(deText), "windows-1252"},
		{"spanish", charmap.Windows1252, long(esText), "windows-1252"},
		{"portuguese", charmap.Windows1252, long(ptText), "windows-1252"},
		{"italian", charmap.Windows1252, long(itText), "windows-1252"},
		{"danish", charmap.Windows1252, long(daText), "windows-1252"},
		{"icelandic", charmap.Windows1252, long(isText), "windows-1252"},
		{"swedish", charmap.Windows1252, long(svText), "windows-1252"},
		{"dutch", charmap.Windows1252, long(nlText), "windows-1252"},
		{"catalan", charmap.Windows1252, long(caText), "windows-1252"},
		{"french short", charmap.Windows1252, page("Météo", "Il fera beau demain à Paris, selon les prévisions."), "windows-1252"},
		{"french guillemets", charmap.Windows1252, page("« Le cœur », dit l’élu", "« Ça va », a-t-il répondu — « où ça ? »"), "windows-1252"},
		{"german short", charmap.Windows1252, page("Wetter", "Morgen wird es in München sonnig und warm."), "windows-1252"},
		{"german chevrons", charmap.Windows1252, page("»Die Straße«", "»Sie ist größer«, sagte er, »und schöner.«"), "windows-1252"},
		{"spanish short", charmap.Windows1252, page("¿Lloverá mañana?", "¡No! El año empieza con sol en España."), "windows-1252"},
		{"portuguese short", charmap.Windows1252, page("Previsão do tempo", "Amanhã fará sol em São Paulo e não choverá."), "windows-1252"},
		{"danish short", charmap.Windows1252, page("Vejret", "I morgen bliver det solrigt i Århus og på Ærø."), "windows-1252"},
		{"icelandic short", charmap.Windows1252, page("Veðrið", "Á morgun verður sól í Reykjavík og Þórshöfn."), "windows-1252"},
		{"estonian", charmap.Windows1252, page("Ilm", "Öösel on külm, päeval sajab lund; Tõnu ütles, et tänavad on libedad ja šokolaadi pole."), "windows-1252"},
		{"names in english", charmap.Windows1252, page("Transfers", "José Müller met Søren Kjær in Zürich; Björk, Peña and Gonçalves joined them in Málaga."), "windows-1252"},
		{"spanish with german names", charmap.Windows1252, long("El alcalde de Köln, Jürgen Schröder, habló en Düsseldorf sobre Österreich y la unión aduanera."), "windows-1252"},
		{"signs", charmap.Windows1252, page("Price list", "Size 3 m² ± 2 °C, ½ litre, 10 µg, ©2024 Acme® — 5 €, £4, ¥300, nº 5, 1ª"), "windows-1252"},
		{"one accented letter", charmap.Windows1252, page("Café", "The café opened on Monday."), "windows-1252"},
		{"apostrophes and interpuncts", charmap.Windows1252, page("Rock´n´roll", "l´homme, d´accord, col·lecció, a m³h rate"), "windows-1252"},
	})
}

// testPage is a page of a title (also its <h1>) and one paragraph.
func testPage(title, body string) string {
	return "<!doctype html><html><head><title>" + title + "</title></head><body><h1>" + title + "</h1><p>" + body + "</p></body></html>"
}

// longPage is a page titled with text's first four words, the paragraph
// twice.
func longPage(text string) string {
	words := strings.Fields(text)
	return testPage(strings.Join(words[:4], " "), text+"</p><p>"+text)
}

// undeclaredCase is a page written in enc without a declaration, and the
// charset ToUTF8 must name for it.
type undeclaredCase struct {
	name string
	enc  *charmap.Charmap
	html string
	want string
}

// checkUndeclared writes each case's page in its charset (encodeIn) and
// checks that ToUTF8 names the wanted charset and gives the page back.
func checkUndeclared(t *testing.T, cases []undeclaredCase) {
	t.Helper()
	for _, tc := range cases {
		b, err := encodeIn(tc.enc, tc.html)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		out, name, err := ToUTF8(b, "")
		if err != nil || name != tc.want || string(out) != tc.html {
			t.Errorf("%s: ToUTF8 = %s, %v, want %s: %.200q", tc.name, name, err, tc.want, out)
		}
	}
}

// FuzzWesternKeeps1252: a text whose letters above ASCII all belong to one
// Western European alphabet keeps windows-1252, whatever they are and
// however they are arranged: no Central European, Turkish, Baltic or
// Vietnamese reading is taken for it.
func FuzzWesternKeeps1252(f *testing.F) {
	f.Add("Le maire a déclaré mardi", 0)
	f.Add("Grüße aus München", 1)
	f.Add("¿Qué? ¡Sí! España", 2)
	f.Add("Þjóðhátíð á Þingvöllum, síðasta sinn", 9)  // Icelandic ð þ ý are Turkish ğ ş ı in windows-1254
	f.Add("Previsão: São Paulo, Brasília, lições", 3) // Portuguese ã õ are Vietnamese ă ơ in windows-1258
	f.Add("Lunedì più caldo, però la città", 4)       // Italian ì ò are Vietnamese tone marks in windows-1258
	f.Add("Blåbærsyltetøy og rødgrøt", 7)             // Danish æ ø are Lithuanian ę ų in windows-1257
	f.Fuzz(func(t *testing.T, s string, lang int) {
		alphabet := westernAlphabets[uint(lang)%uint(len(westernAlphabets))]
		alphabet += strings.ToUpper(alphabet)
		var b []byte
		for _, r := range s {
			if r >= 0x80 && !strings.ContainsRune(alphabet, r) {
				continue
			}
			if c, ok := charmap.Windows1252.EncodeRune(r); ok {
				b = append(b, c)
			}
		}
		if _, name, _ := detectLatin(b, b); name != "" {
			t.Fatalf("detectLatin(%q) = %s", b, name)
		}
	})
}
