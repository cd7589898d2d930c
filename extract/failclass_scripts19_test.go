package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// Round-19 rows: the length limits on bylines, captions, credits,
// datelines, date lines and headlines count characters (textOver), not
// bytes, so a field of the same length reads alike in Cyrillic, Greek,
// Arabic, Hebrew (two bytes a letter), Hindi, Thai (three) and Chinese,
// Japanese, Korean (three bytes a character, which counts two). Each row
// is long but real for its kind. Names, places and sites are invented.
// TestFailureClasses runs them.
func fcScripts19Cases() []fcCase {
	var cs []fcCase
	for _, s := range fcScripts19 {
		cs = append(cs, fcScripts19Rows(s)...)
	}
	return cs
}

// fcScript19 is one script's fields: the page's language, prose, a
// headline, a byline element's text and the names it holds, a picture's
// caption and credit line and the credit, a dated meta line and its date,
// and an opening dateline with its place.
type fcScript19 struct {
	lang, prose, headline string
	byline                string
	names                 []string
	caption, creditLine   string
	credit                string
	metaLine, date        string
	opening, place        string
}

func fcScripts19Rows(s fcScript19) []fcCase {
	prose := strings.Repeat("<p>"+s.prose+"</p>\n", 5)
	page := func(head, body string) string {
		return fcPage(s.lang, `<title>`+s.headline+`</title>`+head, `<article>`+body+`</article>`)
	}
	cls := "scripts19/" + s.lang + "/"
	rows := []fcCase{
		{class: cls + "byline", html: page("", `<h1>`+s.headline+`</h1><div class="byline">`+s.byline+`</div>`+prose),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, s.names...) }},
		{class: cls + "caption-credit", html: page("", `<h1>`+s.headline+`</h1>`+prose[:len(prose)/5]+
			`<figure><img src="/img/a.jpg" width="800" height="500" alt=""><figcaption>`+s.caption+` `+s.creditLine+`</figcaption></figure>`+prose),
			check: func(t *testing.T, a *article.Article) {
				if len(a.Images) == 0 || a.Images[0].Credit != s.credit || !strings.HasPrefix(a.Images[0].Caption, s.caption[:len(s.caption)/2]) {
					t.Errorf("images = %+v, want caption %q credit %q", a.Images, s.caption, s.credit)
				}
			}},
		{class: cls + "meta-line-date", html: page("", `<h1>`+s.headline+`</h1><div class="entry-meta"><span class="date">`+s.metaLine+`</span></div>`+prose),
			check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, s.date) }},
		{class: cls + "dateline", html: page("", `<h1>`+s.headline+`</h1><p>`+s.opening+`</p>`+prose),
			check: func(t *testing.T, a *article.Article) {
				if a.Dateline != s.place {
					t.Errorf("dateline = %q, want %q", a.Dateline, s.place)
				}
			}},
		{class: cls + "headline", html: page("", `<h1>`+s.headline+`</h1>`+prose),
			check: func(t *testing.T, a *article.Article) {
				if strings.Join(strings.Fields(a.Headline), " ") != strings.Join(strings.Fields(s.headline), " ") {
					t.Errorf("headline = %q, want %q", a.Headline, s.headline)
				}
			}},
	}
	// (a script's row left out where its convention, not its length,
	// is a known limit: see fcScripts19)
	var out []fcCase
	for i, r := range rows {
		if i == 0 && s.byline == "" || i == 1 && s.credit == "" || i == 3 && s.opening == "" {
			continue
		}
		out = append(out, r)
	}
	return out
}

var fcScripts19 = []fcScript19{
	{lang: "ru",
		prose:      "Новый паром между Холмском и островом Грест совершил первый рейс в понедельник утром, на борту было сорок пассажиров. Городские власти сообщили, что летом паром будет ходить четыре раза в день, а зимой дважды.",
		headline:   "Новый паром между Холмском и островом Грест совершил первый рейс: жители острова ждали этого больше десяти лет",
		byline:     "Александра Константиновна Воскресенская, Вячеслав Преображенский, Екатерина Долгорукова-Шереметева и Святослав Верещагин",
		names:      []string{"Александра Константиновна Воскресенская", "Вячеслав Преображенский", "Екатерина Долгорукова-Шереметева", "Святослав Верещагин"},
		caption:    "Паром «Грест» у причала в Холмске в понедельник утром, перед первым рейсом на остров с сорока пассажирами на борту.",
		creditLine: "Фото: Анастасия Преображенская-Воскресенская / Холмское городское информационное агентство",
		credit:     "Анастасия Преображенская-Воскресенская / Холмское городское информационное агентство",
		metaLine:   "Опубликовано: 5 марта 2024 года, 14:30. Обновлено: 6 марта 2024 года, 09:15",
		date:       "2024-03-05",
		opening:    "ПЕТРОПАВЛОВСК-КАМЧАТСКИЙ, 5 марта 2024 года (Интерфакс) — Новый паром между Холмском и островом Грест совершил первый рейс.",
		place:      "ПЕТРОПАВЛОВСК-КАМЧАТСКИЙ"},
	{lang: "el",
		prose:      "Το νέο πορθμείο ανάμεσα στο Χόλμπι και το νησί Γκρεστ έκανε το πρώτο του δρομολόγιο τη Δευτέρα το πρωί με σαράντα επιβάτες. Οι αρχές της πόλης είπαν ότι το καλοκαίρι θα εκτελεί τέσσερα δρομολόγια την ημέρα.",
		headline:   "Το νέο πορθμείο ανάμεσα στο Χόλμπι και το νησί Γκρεστ έκανε το πρώτο του δρομολόγιο: οι κάτοικοι το περίμεναν χρόνια",
		byline:     "Αικατερίνη Παπαχριστοδούλου, Κωνσταντίνος Καραμανλόπουλος, Ευαγγελία Χατζηγεωργίου, Θεόδωρος Αναστασόπουλος",
		names:      []string{"Αικατερίνη Παπαχριστοδούλου", "Κωνσταντίνος Καραμανλόπουλος", "Ευαγγελία Χατζηγεωργίου", "Θεόδωρος Αναστασόπουλος"},
		caption:    "Το πορθμείο «Γκρεστ» στην αποβάθρα του Χόλμπι τη Δευτέρα το πρωί, πριν από το πρώτο δρομολόγιο προς το νησί.",
		creditLine: "Φωτογραφία: Παναγιώτης Χριστοδουλόπουλος / Ελληνικό Φωτογραφικό Πρακτορείο",
		credit:     "Παναγιώτης Χριστοδουλόπουλος / Ελληνικό Φωτογραφικό Πρακτορείο",
		metaLine:   "Δημοσίευση: 5 Μαρτίου 2024, 14:30 · Τελευταία ενημέρωση: 6 Μαρτίου 2024, 09:15",
		date:       "2024-03-05",
		opening:    "ΘΕΣΣΑΛΟΝΙΚΗ, 5 Μαρτίου 2024 (ΑΠΕ-ΜΠΕ) — Το νέο πορθμείο ανάμεσα στο Χόλμπι και το νησί Γκρεστ έκανε το πρώτο του δρομολόγιο.",
		place:      "ΘΕΣΣΑΛΟΝΙΚΗ"},
	{lang: "ar",
		prose:      "قامت العبارة الجديدة بين مدينة هولمبي وجزيرة غريست بأول رحلة لها صباح يوم الاثنين وعلى متنها أربعون راكبا. وقال مسؤولو المدينة إن الخدمة ستعمل أربع مرات يوميا خلال فصل الصيف.",
		headline:   "العبارة الجديدة بين مدينة هولمبي وجزيرة غريست تقوم بأول رحلة لها بعد انتظار دام أكثر من عشر سنوات لسكان الجزيرة",
		byline:     "",
		caption:    "العبارة غريست عند رصيف ميناء هولمبي صباح يوم الاثنين قبل أول رحلة لها إلى الجزيرة وعلى متنها أربعون راكبا.",
		creditLine: "تصوير: عبد الرحمن بن عبد العزيز الشمري / وكالة هولمبي للأنباء",
		credit:     "عبد الرحمن بن عبد العزيز الشمري / وكالة هولمبي للأنباء",
		metaLine:   "تاريخ النشر: 5 مارس 2024، 14:30 - آخر تحديث: 6 مارس 2024، 09:15",
		date:       "2024-03-05",
		opening:    "",
		place:      ""},
	{lang: "he",
		prose:      "המעבורת החדשה בין הולמבי לאי גרסט יצאה להפלגתה הראשונה ביום שני בבוקר ועל סיפונה ארבעים נוסעים. ראשי העירייה אמרו כי בקיץ תפעל המעבורת ארבע פעמים ביום ובחורף פעמיים.",
		headline:   "המעבורת החדשה בין הולמבי לאי גרסט יצאה להפלגתה הראשונה: תושבי האי חיכו לה יותר מעשר שנים",
		byline:     "אליעזר בן-יהודה רוזנבלום, שושנה מרגלית אברמוביץ, יהונתן בן-שמעון גולדשטיין",
		names:      []string{"אליעזר בן-יהודה רוזנבלום", "שושנה מרגלית אברמוביץ", "יהונתן בן-שמעון גולדשטיין"},
		caption:    "המעבורת גרסט ליד המזח בהולמבי ביום שני בבוקר, לפני ההפלגה הראשונה לאי עם ארבעים נוסעים על סיפונה.",
		creditLine: "צילום: אליעזר בן-יהודה רוזנבלום / סוכנות הצילום והחדשות של מחוז הולמבי",
		credit:     "אליעזר בן-יהודה רוזנבלום / סוכנות הצילום והחדשות של מחוז הולמבי",
		metaLine:   "פורסם: 05.03.2024, 14:30 | עודכן לאחרונה: 06.03.2024, 09:15",
		date:       "2024-03-05",
		opening:    "",
		place:      ""},
	{lang: "hi",
		prose:      "होल्मबी और ग्रेस्ट द्वीप के बीच नई नौका ने सोमवार सुबह चालीस यात्रियों के साथ अपनी पहली यात्रा पूरी की। नगर के अधिकारियों ने कहा कि गर्मियों में नौका दिन में चार बार चलेगी।",
		headline:   "होल्मबी और ग्रेस्ट द्वीप के बीच नई नौका ने पहली यात्रा पूरी की, द्वीप के लोग दस साल से इंतजार कर रहे थे",
		byline:     "राजेन्द्र श्रीवास्तव, अनुराधा चक्रवर्ती, विश्वनाथ त्रिपाठी",
		names:      []string{"राजेन्द्र श्रीवास्तव", "अनुराधा चक्रवर्ती", "विश्वनाथ त्रिपाठी"},
		caption:    "सोमवार सुबह होल्मबी के घाट पर ग्रेस्ट नौका, द्वीप की पहली यात्रा से पहले चालीस यात्रियों के साथ।",
		creditLine: "फोटो: राजेन्द्र श्रीवास्तव / होल्मबी समाचार सेवा",
		credit:     "राजेन्द्र श्रीवास्तव / होल्मबी समाचार सेवा",
		metaLine:   "प्रकाशित: 5 मार्च 2024, 14:30 | अपडेटेड: 6 मार्च 2024, 09:15",
		date:       "2024-03-05",
		opening:    "वाराणसी, 5 मार्च (भाषा) होल्मबी और ग्रेस्ट द्वीप के बीच नई नौका ने सोमवार सुबह अपनी पहली यात्रा पूरी की।",
		place:      "वाराणसी"},
	{lang: "th",
		prose:      "เรือข้ามฟากลำใหม่ระหว่างเมืองโฮล์มบีกับเกาะเกรสต์ออกเดินทางเที่ยวแรกเมื่อเช้าวันจันทร์ พร้อมผู้โดยสารสี่สิบคน เจ้าหน้าที่เมืองกล่าวว่าในฤดูร้อนเรือจะวิ่งวันละสี่เที่ยว",
		headline:   "เรือข้ามฟากลำใหม่ระหว่างเมืองโฮล์มบีกับเกาะเกรสต์ออกเดินทางเที่ยวแรก ชาวเกาะรอคอยมากว่าสิบปี",
		byline:     "สมศักดิ์ ประเสริฐวงศ์ศักดิ์, วราภรณ์ ศรีสุวรรณรัตน์, ธีรพงษ์ เจริญพัฒนกุล",
		names:      []string{"สมศักดิ์ ประเสริฐวงศ์ศักดิ์", "วราภรณ์ ศรีสุวรรณรัตน์", "ธีรพงษ์ เจริญพัฒนกุล"},
		caption:    "เรือเกรสต์จอดที่ท่าเรือเมืองโฮล์มบีเมื่อเช้าวันจันทร์ ก่อนออกเดินทางเที่ยวแรกไปยังเกาะ",
		creditLine: "ภาพ: สมศักดิ์ ประเสริฐวงศ์ศักดิ์ / สำนักข่าวโฮล์มบี",
		credit:     "สมศักดิ์ ประเสริฐวงศ์ศักดิ์ / สำนักข่าวโฮล์มบี",
		metaLine:   "เผยแพร่: 5 มีนาคม 2567 14:30 น. | ปรับปรุงล่าสุด: 6 มีนาคม 2567 09:15 น.",
		date:       "2024-03-05",
		opening:    "",
		place:      ""},
	{lang: "zh",
		prose:      "霍尔姆比市与格雷斯特岛之间的新渡轮周一上午首航，船上载有四十名乘客。市政府官员表示，渡轮夏季每天运行四班，冬季每天两班。岛上居民十多年来一直要求开通可靠的航线。",
		headline:   "霍尔姆比市与格雷斯特岛之间的新渡轮周一首航 岛上居民等待了十多年",
		byline:     "",
		caption:    "3月4日，新渡轮“格雷斯特”号停靠在霍尔姆比市码头，准备首航前往格雷斯特岛，船上载有四十名乘客。",
		creditLine: "",
		credit:     "",
		metaLine:   "发布时间：2024年03月05日 14:30 来源：霍尔姆比日报 作者：欧阳振华 编辑：司马文静 责任编辑：诸葛明远",
		date:       "2024-03-05",
		opening:    "",
		place:      ""},
	{lang: "ja",
		prose:      "ホルムビー市とグレスト島を結ぶ新しいフェリーが月曜日の朝、四十人の乗客を乗せて初めて運航した。市の担当者によると、夏は一日四往復、冬は二往復する予定だという。",
		headline:   "ホルムビー市とグレスト島を結ぶ新しいフェリーが初運航　島民が十年以上待ち望んだ航路",
		byline:     "",
		caption:    "初運航を前にホルムビー港の岸壁に停泊する新しいフェリー「グレスト」（４日午前、ホルムビー市で）",
		creditLine: "写真：長谷川美智子（ホルムビー新聞社写真部）／ホルムビー通信社提供",
		credit:     "長谷川美智子（ホルムビー新聞社写真部）／ホルムビー通信社提供",
		metaLine:   "公開日：2024年3月5日 14時30分　更新日：2024年3月6日 9時15分",
		date:       "2024-03-05",
		opening:    "",
		place:      ""},
	{lang: "ko",
		prose:      "홀름비시와 그레스트섬을 잇는 새 여객선이 월요일 아침 승객 사십 명을 태우고 첫 운항을 했다. 시 관계자는 여름에는 하루 네 차례, 겨울에는 두 차례 운항할 예정이라고 밝혔다.",
		headline:   "홀름비시와 그레스트섬을 잇는 새 여객선 첫 운항…섬 주민들 십 년 넘게 기다려",
		byline:     "남궁민수 기자, 황보지현 기자, 선우영진 기자, 제갈현우 기자",
		names:      []string{"남궁민수", "황보지현", "선우영진", "제갈현우"},
		caption:    "새 여객선 그레스트호가 4일 오전 홀름비항 부두에 정박해 첫 운항을 준비하고 있다.",
		creditLine: "사진: 남궁민수 기자 / 홀름비일보 사진부 제공",
		credit:     "남궁민수 기자 / 홀름비일보 사진부 제공",
		metaLine:   "입력 2024.03.05 14:30 | 수정 2024.03.06 09:15",
		date:       "2024-03-05",
		opening:    "",
		place:      ""},
}
