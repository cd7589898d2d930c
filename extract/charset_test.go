package extract

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// cjkCase is one language in one legacy multi-byte charset, with the
// labels it is declared under.
type cjkCase struct {
	label    string
	enc      encoding.Encoding
	headline string
	para     string
}

var cjkCases = []cjkCase{
	{"Shift_JIS", japanese.ShiftJIS, "東京都が新しい自転車道の計画を発表",
		"東京都は火曜日、新しい自転車道の計画を発表した。工事は四月に始まり、夏までに完成する予定だという。関係者によると費用は約十億円。"},
	{"EUC-JP", japanese.EUCJP, "東京都が新しい自転車道の計画を発表",
		"東京都は火曜日、新しい自転車道の計画を発表した。工事は四月に始まり、夏までに完成する予定だという。関係者によると費用は約十億円。"},
	{"GBK", simplifiedchinese.GBK, "北京市政府宣布新的自行车道计划",
		"北京市政府周二宣布了新的自行车道计划。工程将于四月开始，预计夏季完工。据有关人士透露，费用约为十亿元。"},
	{"GB2312", simplifiedchinese.GBK, "北京市政府宣布新的自行车道计划",
		"北京市政府周二宣布了新的自行车道计划。工程将于四月开始，预计夏季完工。据有关人士透露，费用约为十亿元。"},
	{"GB18030", simplifiedchinese.GB18030, "北京市政府宣布新的自行车道计划",
		"北京市政府周二宣布了新的自行车道计划。工程将于四月开始，预计夏季完工。据有关人士透露，费用约为十亿元。"},
	{"Big5", traditionalchinese.Big5, "台北市政府宣布新的自行車道計畫",
		"台北市政府週二宣布了新的自行車道計畫。工程將於四月開始，預計夏季完工。據有關人士透露，費用約為十億元。"},
	{"EUC-KR", korean.EUCKR, "서울시, 새 자전거 도로 계획 발표",
		"서울시는 화요일 새로운 자전거 도로 계획을 발표했다. 공사는 사월에 시작되어 여름까지 완공될 예정이다. 관계자에 따르면 비용은 약 십억 원이다."},
}

// cjkPage is an article page with a headline and three paragraphs.
func cjkPage(meta, headline, para string) string {
	return "<!DOCTYPE html><html><head>" + meta + "<title>" + headline + "</title></head><body><article><h1>" +
		headline + "</h1><p>" + para + "</p><p>" + para + "</p><p>" + para + "</p></article></body></html>"
}

// TestMultiByteCharsets: a page's bytes decide between UTF-8 and the
// multi-byte legacy charset it declares. UTF-8 under a Shift_JIS, EUC-JP,
// GBK, GB18030, Big5 or EUC-KR header or meta (a server's or a theme's
// default) is read as UTF-8; a page really in that charset is read in it,
// declared or not (detection); the headline and the body both come out
// right.
func TestMultiByteCharsets(t *testing.T) {
	type tcase struct {
		name, html, contentType string
		c                       cjkCase
	}
	var tests []tcase
	for _, c := range cjkCases {
		meta := `<meta http-equiv="Content-Type" content="text/html; charset=` + c.label + `">`
		legacy, err := c.enc.NewEncoder().String(cjkPage(meta, c.headline, c.para))
		if err != nil {
			t.Fatalf("%s: encode: %v", c.label, err)
		}
		bare, err := c.enc.NewEncoder().String(cjkPage("", c.headline, c.para))
		if err != nil {
			t.Fatalf("%s: encode: %v", c.label, err)
		}
		header := "text/html; charset=" + c.label
		tests = append(tests,
			tcase{"utf-8 under a " + c.label + " header", cjkPage("", c.headline, c.para), header, c},
			tcase{"utf-8 under a " + c.label + " meta", cjkPage(meta, c.headline, c.para), "", c},
			tcase{c.label + " under its header", bare, header, c},
			tcase{c.label + " under its meta", legacy, "", c},
			tcase{c.label + " under its meta and header", legacy, header, c},
			tcase{c.label + " with no declaration", bare, "", c},
		)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(Input{HTML: []byte(tc.html), ContentType: tc.contentType, URL: "https://news.example/x"}, Options{NoQuotes: true})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if a.Headline != tc.c.headline {
				t.Errorf("headline = %q, want %q", a.Headline, tc.c.headline)
			}
			if !strings.Contains(a.Body, tc.c.para) {
				t.Errorf("body = %.200q, want it to contain %q", a.Body, tc.c.para)
			}
			checkUTF8(t, a)
		})
	}
}

// TestCharsetSiblings: byte order marks, odd labels and late declarations
// lose nothing.
func TestCharsetSiblings(t *testing.T) {
	const de = "Der Bürgermeister äußerte sich am Dienstag zur Lage der Stadt, nachdem die Gebühren für Müll erhöht worden waren."
	ja := cjkCases[0]
	page := cjkPage("", "Bürgermeister äußert sich zur Lage", de)
	utf16 := func(o unicode.Endianness, b unicode.BOMPolicy, s string) string {
		out, err := unicode.UTF16(o, b).NewEncoder().String(s)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	sjisMeta := `<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">`
	late := "<!-- " + strings.Repeat("layout notes, ", 800) + "-->" // past the 8 KiB prescan
	sjisLate, _ := japanese.ShiftJIS.NewEncoder().String(cjkPage(late+sjisMeta, ja.headline, ja.para))
	tests := []struct {
		name, html, contentType, headline, want string
	}{
		{"utf-16le BOM, no declaration", utf16(unicode.LittleEndian, unicode.UseBOM, page), "", "Bürgermeister äußert sich zur Lage", de},
		{"utf-16be BOM, no declaration", utf16(unicode.BigEndian, unicode.UseBOM, page), "", "Bürgermeister äußert sich zur Lage", de},
		{"utf-16le BOM against a Shift_JIS header", utf16(unicode.LittleEndian, unicode.UseBOM, page), "text/html; charset=Shift_JIS", "Bürgermeister äußert sich zur Lage", de},
		{"utf-16le from the header, no BOM", utf16(unicode.LittleEndian, unicode.IgnoreBOM, page), "text/html; charset=utf-16le", "Bürgermeister äußert sich zur Lage", de},
		{"utf-8 under a utf-16 header", page, "text/html; charset=utf-16", "Bürgermeister äußert sich zur Lage", de},
		{`charset="utf8"`, cjkPage(`<meta charset="utf8">`, "Bürgermeister äußert sich zur Lage", de), `text/html; charset="utf8"`, "Bürgermeister äußert sich zur Lage", de},
		{"unknown label charset=foo", page, "text/html; charset=foo", "Bürgermeister äußert sich zur Lage", de},
		{"replacement label iso-2022-kr", cjkPage(`<meta charset="iso-2022-kr">`, "Mayor speaks on the state of the city", longPara), "", "Mayor speaks on the state of the city", longPara},
		{"replacement label hz-gb-2312 header", cjkPage("", "Mayor speaks on the state of the city", longPara), "text/html; charset=hz-gb-2312", "Mayor speaks on the state of the city", longPara},
		{"Shift_JIS meta past 8 KiB", sjisLate, "", ja.headline, ja.para},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Extract(Input{HTML: []byte(tc.html), ContentType: tc.contentType, URL: "https://news.example/x"}, Options{NoQuotes: true})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if a.Headline != tc.headline {
				t.Errorf("headline = %q, want %q", a.Headline, tc.headline)
			}
			if !strings.Contains(a.Body, tc.want) {
				t.Errorf("body = %.200q, want it to contain %q", a.Body, tc.want)
			}
			checkUTF8(t, a)
		})
	}
}

// Sentences of news text in scripts other than Latin and in Western
// European languages, for TestUndeclaredSingleByte.
var singleByteCases = []struct {
	lang, headline, para string
	encs                 []encoding.Encoding
}{
	{"russian", "Мэр Москвы объявил о новой велосипедной дорожке",
		"Мэр города заявил во вторник, что строительство новой велосипедной дорожки начнётся весной и завершится к лету. Жители района собрались у здания администрации.",
		[]encoding.Encoding{charmap.Windows1251, charmap.KOI8R}},
	{"greek", "Ο δήμαρχος ανακοίνωσε νέο ποδηλατόδρομο",
		"Ο δήμαρχος της πόλης ανακοίνωσε την Τρίτη ότι η κατασκευή του νέου ποδηλατόδρομου θα ξεκινήσει την άνοιξη και θα ολοκληρωθεί μέχρι το καλοκαίρι.",
		[]encoding.Encoding{charmap.ISO8859_7, charmap.Windows1253}},
	{"arabic", "رئيس البلدية يعلن عن مسار دراجات جديد",
		"أعلن رئيس بلدية المدينة يوم الثلاثاء أن بناء مسار الدراجات الجديد سيبدأ في الربيع وينتهي بحلول الصيف، وتجمع السكان أمام مبنى البلدية.",
		[]encoding.Encoding{charmap.Windows1256}},
	{"hebrew", "ראש העירייה הודיע על שביל אופניים חדש",
		"ראש העירייה הודיע ביום שלישי כי בניית שביל האופניים החדש תתחיל באביב ותסתיים עד הקיץ, ותושבי השכונה התאספו מול בניין העירייה.",
		[]encoding.Encoding{charmap.ISO8859_8}},
	{"german", "Bürgermeister äußert sich zur Lage der Stadt",
		"Der Bürgermeister äußerte sich am Dienstag zur Lage der Stadt, nachdem die Gebühren für Müll erhöht worden waren. Über Straßen, Brücken und Plätze wird später entschieden.",
		[]encoding.Encoding{charmap.Windows1252, charmap.ISO8859_1}},
	{"french", "Le maire a présenté le budget de l'été",
		"Le maire a déclaré mardi que les travaux commenceront à l'été, après la fête; les élus réunis à l'hôtel de ville ont approuvé le budget à l'unanimité.",
		[]encoding.Encoding{charmap.Windows1252, charmap.ISO8859_15}},
	{"spanish", "El alcalde anunció un nuevo carril bici",
		"El alcalde anunció el martes que la construcción del nuevo carril bici comenzará en primavera; los vecinos, según él, están contentos con la decisión del ayuntamiento.",
		[]encoding.Encoding{charmap.Windows1252}},
	{"portuguese", "Prefeito anuncia construção de ciclovia",
		"O prefeito anunciou na terça-feira que a construção da nova ciclovia começará na primavera e será concluída até o verão; não há previsão de atrasos.",
		[]encoding.Encoding{charmap.ISO8859_1}},
}

// TestUndeclaredSingleByte: an undeclared page in a single-byte charset
// of a non-Latin script (Cyrillic, Greek, Arabic, Hebrew) comes out right
// in headline and body instead of as Latin gibberish, and Western European
// pages in windows-1252 or ISO-8859-1/-15 keep coming out right.
func TestUndeclaredSingleByte(t *testing.T) {
	for _, c := range singleByteCases {
		for _, e := range c.encs {
			t.Run(fmt.Sprintf("%s %v", c.lang, e), func(t *testing.T) {
				b, err := e.NewEncoder().Bytes([]byte(cjkPage("", c.headline, c.para)))
				if err != nil {
					t.Fatalf("encode: %v", err)
				}
				a, err := Extract(Input{HTML: b, URL: "https://news.example/x"}, Options{NoQuotes: true})
				if err != nil {
					t.Fatalf("Extract: %v", err)
				}
				if a.Headline != c.headline {
					t.Errorf("headline = %q, want %q", a.Headline, c.headline)
				}
				if !strings.Contains(a.Body, c.para) {
					t.Errorf("body = %.200q, want it to contain %q", a.Body, c.para)
				}
				checkUTF8(t, a)
			})
		}
	}
}
