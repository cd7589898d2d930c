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

// Sentences of news text, for the detection tests.
const (
	jaText = "東京都は火曜日、新しい自転車道の計画を発表した。工事は四月に始まり、夏までに完成する予定だという。"
	zhText = "北京市政府周二宣布了新的自行车道计划。工程将于四月开始，预计夏季完工。"
	twText = "台北市政府週二宣布了新的自行車道計畫。工程將於四月開始，預計夏季完工。"
	koText = "서울시는 화요일 새로운 자전거 도로 계획을 발표했다. 공사는 사월에 시작되어 여름까지 완공될 예정이다."
	ruText = "Мэр города заявил во вторник, что строительство новой велосипедной дорожки начнётся весной и завершится к лету. Жители района собрались у здания администрации."
	elText = "Ο δήμαρχος της πόλης ανακοίνωσε την Τρίτη ότι η κατασκευή του νέου ποδηλατόδρομου θα ξεκινήσει την άνοιξη και θα ολοκληρωθεί μέχρι το καλοκαίρι."
	arText = "أعلن رئيس بلدية المدينة يوم الثلاثاء أن بناء مسار الدراجات الجديد سيبدأ في الربيع وينتهي بحلول الصيف، وتجمع السكان أمام مبنى البلدية."
	heText = "ראש העירייה הודיע ביום שלישי כי בניית שביל האופניים החדש תתחיל באביב ותסתיים עד הקיץ, ותושבי השכונה התאספו מול בניין העירייה."
	deText = "Der Bürgermeister äußerte sich am Dienstag zur Lage der Stadt, nachdem die Gebühren für Müll erhöht worden waren. Über Straßen, Brücken und Plätze wird später entschieden."
	frText = "Le maire a déclaré mardi que les travaux commenceront à l'été, après la fête; les élus réunis à l'hôtel de ville ont approuvé le budget à l'unanimité."
	esText = "El alcalde anunció el martes que la construcción del nuevo carril bici comenzará en primavera; los vecinos, según él, están contentos con la decisión del ayuntamiento."
	ptText = "O prefeito anunciou na terça-feira que a construção da nova ciclovia começará na primavera e será concluída até o verão; não há previsão de atrasos."
	plText = "Burmistrz miasta ogłosił we wtorek, że budowa nowej ścieżki rowerowej rozpocznie się wiosną i zakończy się do lata. Mieszkańcy zebrali się przed ratuszem."
	csText = "Starosta města ve čtvrtek oznámil, že stavba nové cyklostezky podél řeky začne na jaře a skončí do léta. Obyvatelé čtvrti se shromáždili před radnicí, kde žádali, aby úřad zveřejnil, kolik bude oprava mostu stát."
	skText = "Primátor mesta vo štvrtok oznámil, že výstavba novej cyklotrasy pozdĺž rieky sa začne na jar a skončí do leta. Obyvatelia štvrte sa zhromaždili pred radnicou a žiadali, aby úrad zverejnil, koľko bude oprava mosta stáť."
	huText = "A polgármester csütörtökön bejelentette, hogy az új kerékpárút építése tavasszal kezdődik, és nyárig befejeződik. A kerület lakói a városháza előtt gyűltek össze, és azt követelték, hogy a hivatal hozza nyilvánosságra a híd felújításának költségeit."
	slText = "Župan je v četrtek sporočil, da se bo gradnja nove kolesarske steze ob reki začela spomladi in končala do poletja. Prebivalci četrti so se zbrali pred mestno hišo in zahtevali, naj občina objavi, koliko bo stala obnova mostu."
	hrText = "Gradonačelnik je u četvrtak najavio da će izgradnja nove biciklističke staze uz rijeku početi na proljeće i završiti do ljeta. Stanovnici četvrti okupili su se ispred gradske vijećnice i tražili da grad objavi koliko će stajati obnova mosta."
	roText = "Primarul a anunţat joi că lucrările la noua pistă de biciclete de-a lungul râului vor începe în primăvară şi se vor încheia până la vară. Locuitorii cartierului s-au adunat în faţa primăriei."
	itText = "Il sindaco ha annunciato martedì che i lavori per la nuova pista ciclabile cominceranno in primavera e finiranno entro l'estate; più di cento cittadini si sono riuniti davanti al municipio, perché temono che la città non rispetterà i tempi."
	daText = "Borgmesteren meddelte tirsdag, at byggeriet af den nye cykelsti langs åen begynder til foråret og vil være færdig før sommeren. Beboerne i kvarteret mødtes foran rådhuset for at høre, hvad det vil koste."
	isText = "Borgarstjórinn tilkynnti á þriðjudag að framkvæmdir við nýja hjólastíginn meðfram ánni hæfust í vor og lyki fyrir sumarið. Íbúar hverfisins söfnuðust saman fyrir framan ráðhúsið og kröfðust svara um kostnaðinn."
	svText = "Borgmästaren meddelade på tisdagen att bygget av den nya cykelbanan längs ån börjar i vår och ska vara klart före sommaren. Invånarna i stadsdelen samlades utanför stadshuset för att höra vad det kommer att kosta."
	nlText = "De burgemeester heeft dinsdag aangekondigd dat de aanleg van het nieuwe fietspad in het voorjaar begint; de ideeën van de bewoners worden één voor één bekeken, zei hij tegen geïnteresseerde journalisten."
	caText = "L'alcalde va anunciar dimarts que les obres del nou carril bici començaran a la primavera; la col·lecció d'opinions dels veïns, segons ell, és molt positiva i l'ajuntament n'està content."
	trText = "Belediye başkanı salı günü yaptığı açıklamada, nehir boyunca uzanacak yeni bisiklet yolunun yapımına ilkbaharda başlanacağını ve çalışmaların yaz gelmeden tamamlanacağını söyledi. Mahalle sakinleri, köprünün onarımının ne kadara mal olacağını öğrenmek için belediye binasının önünde toplandı."
	ltText = "Miesto meras antradienį pranešė, kad naujo dviračių tako palei upę statybos prasidės pavasarį ir bus baigtos iki vasaros. Rajono gyventojai susirinko prie savivaldybės pastato ir reikalavo paskelbti, kiek kainuos tilto remontas."
	lvText = "Pilsētas mērs otrdien paziņoja, ka jaunā veloceliņa būvniecība gar upi sāksies pavasarī un tiks pabeigta līdz vasarai. Apkaimes iedzīvotāji pulcējās pie domes ēkas un pieprasīja, lai pašvaldība atklāj, cik maksās tilta remonts."
	etText = "Linnapea teatas teisipäeval, et uue jalgrattatee ehitus jõe ääres algab kevadel ja lõpeb enne suve. Linnaosa elanikud kogunesid raekoja ette ja nõudsid, et vald avaldaks, kui palju maksab silla remont."
	viText = "Chủ tịch thành phố cho biết hôm thứ Ba rằng việc xây dựng tuyến đường dành cho xe đạp dọc bờ sông sẽ bắt đầu vào mùa xuân và hoàn thành trước mùa hè. Người dân trong khu phố đã tập trung trước trụ sở Ủy ban nhân dân để hỏi chi phí sửa chữa cây cầu."
	thText = "นายกเทศมนตรีกล่าวเมื่อวันอังคารว่า การก่อสร้างทางจักรยานสายใหม่ริมแม่น้ำจะเริ่มขึ้นในฤดูหนาว และคาดว่าจะแล้วเสร็จก่อนฤดูร้อน ประชาชนในพื้นที่ได้รวมตัวกันหน้าศาลากลางจังหวัดเพื่อแสดงความคิดเห็นต่อโครงการนี้ ซึ่งมีงบประมาณกว่า 120 ล้านบาท"
)

// TestDetectLegacy: an undeclared page in a multi-byte legacy charset, a
// single-byte charset of a non-Latin script, Thai windows-874 or Polish
// ISO-8859-2/windows-1250 is found and decodes to its text; Western
// European text, in windows-1252 or ISO-8859-1/-15, is never taken for
// one and keeps the windows-1252 default. (TestUndeclaredLatinAndThai
// has more of the last three.)
func TestDetectLegacy(t *testing.T) {
	page := func(text string) string {
		title := []rune(text)[:10]
		return "<html><head><title>" + string(title) + "</title></head><body><p>" + text + "</p><p>" + text + "</p></body></html>"
	}
	tests := []struct {
		name string
		enc  encoding.Encoding
		text string
		want string // "" for none
	}{
		{"shift_jis", japanese.ShiftJIS, jaText, "shift_jis"},
		{"euc-jp", japanese.EUCJP, jaText, "euc-jp"},
		{"gbk", simplifiedchinese.GBK, zhText, "gb18030"},
		{"big5", traditionalchinese.Big5, twText, "big5"},
		{"euc-kr", korean.EUCKR, koText, "euc-kr"},
		{"windows-1251 russian", charmap.Windows1251, ruText, "windows-1251"},
		{"koi8-r russian", charmap.KOI8R, ruText, "koi8-r"},
		{"iso-8859-5 russian", charmap.ISO8859_5, ruText, "iso-8859-5"},
		{"iso-8859-7 greek", charmap.ISO8859_7, elText, "iso-8859-7"},
		{"windows-1253 greek", charmap.Windows1253, elText, "iso-8859-7"},
		{"windows-1256 arabic", charmap.Windows1256, arText, "windows-1256"},
		{"iso-8859-6 arabic", charmap.ISO8859_6, arText, "iso-8859-6"},
		{"iso-8859-8 hebrew", charmap.ISO8859_8, heText, "iso-8859-8-i"},
		{"windows-1255 hebrew", charmap.Windows1255, heText, "iso-8859-8-i"},
		{"windows-1252 german", charmap.Windows1252, deText, ""},
		{"iso-8859-1 german", charmap.ISO8859_1, deText, ""},
		{"windows-1252 french", charmap.Windows1252, frText, ""},
		{"iso-8859-15 french", charmap.ISO8859_15, frText, ""},
		{"windows-1252 spanish", charmap.Windows1252, esText, ""},
		{"iso-8859-1 portuguese", charmap.ISO8859_1, ptText, ""},
		{"iso-8859-2 polish", charmap.ISO8859_2, plText, "iso-8859-2"},
		{"windows-1250 polish", charmap.Windows1250, plText, "windows-1250"},
		{"windows-874 thai", charmap.Windows874, thText, "windows-874"},
		{"few high bytes", charmap.Windows1252, "Café " + strings.Repeat("plain words ", 20), ""},
		{"few cyrillic bytes", charmap.Windows1251, "Мэр " + strings.Repeat("plain words ", 20), ""},
	}
	for _, tc := range tests {
		b, err := tc.enc.NewEncoder().Bytes([]byte(page(tc.text)))
		if err != nil {
			t.Fatalf("%s: encode: %v", tc.name, err)
		}
		if _, got, _ := detectLegacy(b); got != tc.want {
			t.Errorf("%s: detectLegacy = %q, want %q", tc.name, got, tc.want)
		}
		if tc.want == "" {
			continue
		}
		out, name, err := ToUTF8(b, "")
		if err != nil || name != tc.want || !strings.Contains(string(out), "<p>"+tc.text+"</p>") {
			t.Errorf("%s: ToUTF8 = %s, %v: %.120q", tc.name, name, err, out)
		}
	}
}

// TestNonLatinWords: the word rule of single-byte detection tells scripts
// written wholly above ASCII from Latin text with accented letters.
func TestNonLatinWords(t *testing.T) {
	tests := []struct {
		name string
		enc  encoding.Encoding
		text string
		want bool
	}{
		{"russian", charmap.Windows1251, ruText, true},
		{"greek", charmap.ISO8859_7, elText, true},
		{"arabic", charmap.Windows1256, arText, true},
		{"hebrew", charmap.ISO8859_8, heText, true},
		{"german", charmap.Windows1252, deText, false},
		{"french", charmap.Windows1252, frText, false},
		{"spanish", charmap.Windows1252, esText, false},
		{"portuguese", charmap.ISO8859_1, ptText, false},
		{"polish", charmap.ISO8859_2, plText, false},
	}
	for _, tc := range tests {
		b, err := tc.enc.NewEncoder().Bytes([]byte(tc.text))
		if err != nil {
			t.Fatalf("%s: encode: %v", tc.name, err)
		}
		if got := nonLatinWords(b); got != tc.want {
			t.Errorf("%s: nonLatinWords = %v, want %v", tc.name, got, tc.want)
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
// UTF-8 or an error, UTF-8 input decided to be UTF-8 loses no byte, and a
// charset detected for undeclared bytes decodes them without U+FFFD.
func FuzzToUTF8(f *testing.F) {
	f.Add([]byte("<meta charset=shift_jis>東京都"), "")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "text/html; charset=iso-8859-1")
	f.Add([]byte("<\x00h\x00t\x00m\x00l\x00>\x00<\x00b\x00o\x00d\x00y\x00>\x00"), "text/html; charset=utf-16le")
	f.Add([]byte("plain"), "text/html; charset=hz-gb-2312")
	for _, tc := range []struct {
		enc  encoding.Encoding
		text string
	}{{charmap.Windows874, thText}, {charmap.ISO8859_2, plText}, {charmap.Windows1250, csText}, {charmap.Windows1252, frText},
		{charmap.Windows1254, trText}, {charmap.Windows1257, ltText}, {charmap.ISO8859_13, lvText}, {charmap.Windows1258, viText}} {
		b, err := encodeIn(tc.enc.(*charmap.Charmap), "<p>"+tc.text+"</p>")
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, "")
	}
	f.Fuzz(func(t *testing.T, b []byte, ct string) {
		out, name, err := ToUTF8(b, ct)
		if err != nil {
			return
		}
		if !utf8.Valid(out) {
			t.Fatalf("ToUTF8(%q, %q) = %q as %s: not UTF-8", b, ct, out, name)
		}
		// A detected charset is one the page decodes in cleanly.
		if e, name, decoded := detectLegacy(b); e != nil {
			if clean, ok := decodesClean(e, b); !ok || !bytes.Equal(clean, decoded) {
				t.Fatalf("detectLegacy(%q) = %s: does not decode cleanly, or not to %q", b, name, decoded)
			}
		}
		if name == "utf-8" && utf8.Valid(b) && !bytes.Equal(out, bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))) {
			t.Fatalf("ToUTF8(%q, %q) = %q: UTF-8 input changed", b, ct, out)
		}
	})
}
