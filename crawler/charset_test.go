package crawler

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

// encodeTo encodes s with e, failing the test when it cannot.
func encodeTo(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode %.40q: %v", s, err)
	}
	return b
}

// withHead puts extra markup at the start of a page's <head>.
func withHead(page, extra string) string {
	return strings.Replace(page, "<head>", "<head>"+extra, 1)
}

// TestPageCharsets: whatever a page's server and markup declare, it is
// handed on in UTF-8, decided by the same rule as the extractor's
// (internal/textenc): the byte order mark first, then the header's and
// the meta's charset unless the bytes contradict them, then the bytes.
// colly must not decode a body by its header first: by the label alone it
// turns UTF-8 under a Shift_JIS default into mojibake no one can undo.
func TestPageCharsets(t *testing.T) {
	const (
		ja = "東京都が新しい自転車道の計画を発表"
		zh = "北京市政府宣布新的自行车道计划"
		tw = "台北市政府宣布新的自行車道計畫"
		ko = "서울시, 새 자전거 도로 계획 발표"
		de = "Grüße aus München"
	)
	// More than colly's 1024-byte prescan of ASCII before anything else.
	filler := "<!-- " + strings.Repeat("layout notes, ", 120) + "-->"
	sjisMeta := `<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">`
	tests := []struct {
		name, ctype, title string
		body               []byte
	}{
		{"utf-8 under a Shift_JIS header", "text/html; charset=Shift_JIS", ja, []byte(articleHTML(ja))},
		{"utf-8 under a GBK header", "text/html; charset=GBK", zh, []byte(articleHTML(zh))},
		{"utf-8 under a Big5 header", "text/html; charset=Big5", tw, []byte(articleHTML(tw))},
		{"utf-8 under an EUC-KR header", "text/html; charset=EUC-KR", ko, []byte(articleHTML(ko))},
		{"Shift_JIS under its header", "text/html; charset=Shift_JIS", ja, encodeTo(t, japanese.ShiftJIS, articleHTML(ja))},
		{"GBK under its header", "text/html; charset=gb2312", zh, encodeTo(t, simplifiedchinese.GBK, articleHTML(zh))},
		{"Big5 under its header", "text/html; charset=big5", tw, encodeTo(t, traditionalchinese.Big5, articleHTML(tw))},
		{"EUC-KR under its header", "text/html; charset=euc-kr", ko, encodeTo(t, korean.EUCKR, articleHTML(ko))},
		{"GBK with no declaration", "text/html", zh, encodeTo(t, simplifiedchinese.GBK, articleHTML(zh))},
		{"EUC-KR with no declaration", "text/html", ko, encodeTo(t, korean.EUCKR, articleHTML(ko))},
		{"Shift_JIS under its meta only", "text/html", ja, encodeTo(t, japanese.ShiftJIS, withHead(articleHTML(ja), sjisMeta))},
		{"Shift_JIS, unknown header label, meta after 1024 bytes", "text/html; charset=foo", ja,
			encodeTo(t, japanese.ShiftJIS, withHead(articleHTML(ja), filler+sjisMeta))},
		{"utf-8, unknown header label, ascii first 1024 bytes", "text/html; charset=foo", de, []byte(withHead(articleHTML(de), filler))},
		{`utf-8 under charset="utf8"`, `text/html; charset="utf8"`, de, []byte(articleHTML(de))},
		{"utf-16le with BOM, no charset", "text/html", de, encodeTo(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), articleHTML(de))},
		{"utf-16be with BOM, no charset", "text/html", ja, encodeTo(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), articleHTML(ja))},
		{"utf-16le BOM against a latin1 header", "text/html; charset=iso-8859-1", de, encodeTo(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), articleHTML(de))},
		{"utf-16le from the header, no BOM", "text/html; charset=utf-16le", de, encodeTo(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), articleHTML(de))},
		{"utf-16be, no BOM, no charset", "text/html", ja, encodeTo(t, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), articleHTML(ja))},
		{"utf-8 BOM against a Shift_JIS header", "text/html; charset=Shift_JIS", ja, append([]byte("\xEF\xBB\xBF"), articleHTML(ja)...)},
	}
	s := newNewsSite(t)
	var paths []string
	for i, tc := range tests {
		path := "/2025/06/01/charset-" + string(rune('a'+i))
		paths = append(paths, path)
		s.set(path, &testPage{ctype: tc.ctype, body: tc.body})
	}
	s.html("/", listingHTML("Home", "", paths...))
	sink := &MemorySink{}
	runJob(t, testConfig(t, "charsets", s.URL("/")), sink)
	pages := pagePaths(s, sink.Pages())
	for i, tc := range tests {
		p := pages[paths[i]]
		if p == nil {
			t.Errorf("%s: not handed on", tc.name)
			continue
		}
		body := string(p.Body)
		if !strings.Contains(body, "<h1>"+tc.title+"</h1>") || !strings.Contains(body, "Paragraph 6 of "+tc.title) ||
			!strings.Contains(p.ContentType, "utf-8") {
			t.Errorf("%s: content type %q, body has no <h1>%s</h1>:\n%.300q", tc.name, p.ContentType, tc.title, body)
		}
	}
}

// TestUndeclaredSingleByteCharsets: a page served with no charset in a
// single-byte charset of a non-Latin script is handed on in UTF-8 as
// written (the extractor's rule, internal/textenc), and Western European
// pages in windows-1252 or ISO-8859-1 still are.
func TestUndeclaredSingleByteCharsets(t *testing.T) {
	tests := []struct {
		name, title, para string
		enc               encoding.Encoding
	}{
		{"windows-1251", "Мэр Москвы объявил о новой велосипедной дорожке",
			"Мэр города заявил во вторник, что строительство новой велосипедной дорожки начнётся весной и завершится к лету.", charmap.Windows1251},
		{"koi8-r", "Мэр Москвы объявил о новой велосипедной дорожке",
			"Мэр города заявил во вторник, что строительство новой велосипедной дорожки начнётся весной и завершится к лету.", charmap.KOI8R},
		{"iso-8859-7", "Ο δήμαρχος ανακοίνωσε νέο ποδηλατόδρομο",
			"Ο δήμαρχος της πόλης ανακοίνωσε την Τρίτη ότι η κατασκευή του νέου ποδηλατόδρομου θα ξεκινήσει την άνοιξη.", charmap.ISO8859_7},
		{"windows-1256", "رئيس البلدية يعلن عن مسار دراجات جديد",
			"أعلن رئيس بلدية المدينة يوم الثلاثاء أن بناء مسار الدراجات الجديد سيبدأ في الربيع وينتهي بحلول الصيف.", charmap.Windows1256},
		{"iso-8859-8", "ראש העירייה הודיע על שביל אופניים חדש",
			"ראש העירייה הודיע ביום שלישי כי בניית שביל האופניים החדש תתחיל באביב ותסתיים עד הקיץ.", charmap.ISO8859_8},
		{"windows-1252 german", "Bürgermeister äußert sich zur Lage der Stadt",
			"Der Bürgermeister äußerte sich am Dienstag zur Lage der Stadt, nachdem die Gebühren für Müll erhöht worden waren.", charmap.Windows1252},
		{"iso-8859-1 french", "Le maire a présenté le budget de l'été",
			"Le maire a déclaré mardi que les travaux commenceront à l'été, après la fête; les élus ont approuvé le budget.", charmap.ISO8859_1},
	}
	s := newNewsSite(t)
	var paths []string
	for i, tc := range tests {
		path := fmt.Sprintf("/2025/06/01/single-byte-%d", i)
		paths = append(paths, path)
		page := `<!doctype html><html><head><title>` + tc.title + `</title><meta property="og:type" content="article"></head><body><article><h1>` +
			tc.title + "</h1>" + strings.Repeat("<p>"+tc.para+"</p>", 3) + "</article></body></html>"
		s.set(path, &testPage{ctype: "text/html", body: encodeTo(t, tc.enc, page)})
	}
	s.html("/", listingHTML("Home", "", paths...))
	sink := &MemorySink{}
	runJob(t, testConfig(t, "single-byte", s.URL("/")), sink)
	pages := pagePaths(s, sink.Pages())
	for i, tc := range tests {
		p := pages[paths[i]]
		if p == nil {
			t.Errorf("%s: not handed on", tc.name)
			continue
		}
		if body := string(p.Body); !strings.Contains(body, "<h1>"+tc.title+"</h1>") || !strings.Contains(body, "<p>"+tc.para+"</p>") {
			t.Errorf("%s: body has no <h1>%s</h1> and paragraph:\n%.300q", tc.name, tc.title, body)
		}
	}
}
