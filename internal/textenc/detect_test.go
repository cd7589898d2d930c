package textenc

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// TestDetectMultiByte: an undeclared page in a multi-byte legacy charset
// is found; single-byte legacy text is never taken for one.
func TestDetectMultiByte(t *testing.T) {
	page := func(text string) string {
		title := []rune(text)[:10]
		return "<html><head><title>" + string(title) + "</title></head><body><p>" + text + "</p><p>" + text + "</p></body></html>"
	}
	const (
		ja = "東京都は火曜日、新しい自転車道の計画を発表した。工事は四月に始まり、夏までに完成する予定だという。"
		zh = "北京市政府周二宣布了新的自行车道计划。工程将于四月开始，预计夏季完工。"
		tw = "台北市政府週二宣布了新的自行車道計畫。工程將於四月開始，預計夏季完工。"
		ko = "서울시는 화요일 새로운 자전거 도로 계획을 발표했다. 공사는 사월에 시작되어 여름까지 완공될 예정이다."
		de = "Der Bürgermeister äußerte sich am Dienstag zur Lage der Stadt, nachdem die Gebühren für Müll erhöht worden waren. Über Straßen, Brücken und Plätze wird später entschieden."
		fr = "Le maire a déclaré mardi que les travaux commenceront à l'été, après la fête; les élus réunis à l'hôtel de ville ont approuvé le budget à l'unanimité."
		ru = "Мэр города заявил во вторник, что строительство новой велосипедной дорожки начнётся весной и завершится к лету."
	)
	tests := []struct {
		name string
		enc  encoding.Encoding
		text string
		want string // "" for none
	}{
		{"shift_jis", japanese.ShiftJIS, ja, "shift_jis"},
		{"euc-jp", japanese.EUCJP, ja, "euc-jp"},
		{"gbk", simplifiedchinese.GBK, zh, "gb18030"},
		{"big5", traditionalchinese.Big5, tw, "big5"},
		{"euc-kr", korean.EUCKR, ko, "euc-kr"},
		{"windows-1252 german", charmap.Windows1252, de, ""},
		{"windows-1252 french", charmap.Windows1252, fr, ""},
		{"windows-1251 russian", charmap.Windows1251, ru, ""},
		{"few high bytes", charmap.Windows1252, "Café " + strings.Repeat("plain words ", 20), ""},
	}
	for _, tc := range tests {
		b, err := tc.enc.NewEncoder().Bytes([]byte(page(tc.text)))
		if err != nil {
			t.Fatalf("%s: encode: %v", tc.name, err)
		}
		_, got := detectMultiByte(b)
		if got != tc.want {
			t.Errorf("%s: detectMultiByte = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// BenchmarkToUTF8Undeclared: the most work ToUTF8 does, an undeclared
// multi-byte legacy page of several megabytes (detection, late-meta search
// and a full decode).
func BenchmarkToUTF8Undeclared(b *testing.B) {
	para := "<p>" + strings.Repeat("東京都は火曜日、新しい自転車道の計画を発表した。", 20) + "</p>\n"
	page, err := japanese.ShiftJIS.NewEncoder().String("<html><head><title>東京</title></head><body>" + strings.Repeat(para, 8000) + "</body></html>")
	if err != nil {
		b.Fatal(err)
	}
	in := []byte(page)
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		if _, name, err := ToUTF8(in, ""); err != nil || name != "shift_jis" {
			b.Fatalf("ToUTF8 = %s, %v", name, err)
		}
	}
}

// FuzzToUTF8: whatever the bytes and the header, ToUTF8 returns valid
// UTF-8 or an error, and UTF-8 input decided to be UTF-8 loses no byte.
func FuzzToUTF8(f *testing.F) {
	f.Add([]byte("<meta charset=shift_jis>東京都"), "")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "text/html; charset=iso-8859-1")
	f.Add([]byte("<\x00h\x00t\x00m\x00l\x00>\x00<\x00b\x00o\x00d\x00y\x00>\x00"), "text/html; charset=utf-16le")
	f.Add([]byte("plain"), "text/html; charset=hz-gb-2312")
	f.Fuzz(func(t *testing.T, b []byte, ct string) {
		out, name, err := ToUTF8(b, ct)
		if err != nil {
			return
		}
		if !utf8.Valid(out) {
			t.Fatalf("ToUTF8(%q, %q) = %q as %s: not UTF-8", b, ct, out, name)
		}
		if name == "utf-8" && utf8.Valid(b) && !bytes.Equal(out, bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))) {
			t.Fatalf("ToUTF8(%q, %q) = %q: UTF-8 input changed", b, ct, out)
		}
	})
}
