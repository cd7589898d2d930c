package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// Round-21 rows: bylines in scripts other than Latin that name several
// people or a person of three words, joined by the script's own joiner
// (Arabic "و" glued to the next name or apart, Hebrew "ו" glued, Hindi
// "और", Persian "و", Chinese and Japanese "、", Korean "및" and "·"), and
// the same forms where they name no one: a desk, an agency, a place, a
// sentence. Names, places and sites are invented (the pools of
// metamorphic_scripts_test.go). TestFailureClasses runs them.
func fcFix21ScriptsCases() []fcCase {
	prose := map[string]string{"fa": "کشتی تازه میان هولمبی و جزیره گرست نخستین سفر خود را صبح دوشنبه با چهل مسافر انجام داد. مسئولان شهر گفتند این خدمت در تابستان روزی چهار بار انجام می\u200cشود."}
	head := map[string]string{"fa": "کشتی تازه میان هولمبی و جزیره گرست نخستین سفر خود را انجام داد"}
	for _, s := range fcScripts19 {
		prose[s.lang], head[s.lang] = s.prose, s.headline
	}
	page := func(lang, byline, after string) string {
		body := strings.Repeat("<p>"+prose[lang]+"</p>\n", 5)
		return fcPage(lang, `<title>`+head[lang]+`</title>`, `<article><h1>`+head[lang]+`</h1><div class="byline">`+byline+`</div>`+after+body+`</article>`)
	}
	want := func(names ...string) func(t *testing.T, a *article.Article) {
		return func(t *testing.T, a *article.Article) { t.Helper(); fcWantAuthors(t, a, names...) }
	}
	// none checks that no author is one of the halves a joiner would cut
	// the form into, nor holds one of the words: the desk's or agency's
	// credit may stand whole, never split into two "people".
	none := func(words ...string) func(t *testing.T, a *article.Article) {
		return func(t *testing.T, a *article.Article) {
			for _, n := range a.Authors {
				for _, w := range words {
					if n == w || strings.HasPrefix(w, "~") && strings.Contains(n, w[1:]) {
						t.Errorf("authors = %q: %q is no person", a.Authors, w)
					}
				}
			}
		}
	}
	cs := []fcCase{
		// Arabic: "و" glued to the second name, and apart after the Arabic comma.
		{class: "fix21/ar-glued-waw", html: page("ar", "بقلم: شهد الكعبي ومهند المنهالي", ""), check: want("شهد الكعبي", "مهند المنهالي")},
		{class: "fix21/ar-three-comma-waw", html: page("ar", "بقلم: غدير الرميثي، سديم المزروعي و نواف الزعابي", ""),
			check: want("غدير الرميثي", "سديم المزروعي", "نواف الزعابي")},
		{class: "fix21/ar-three-part-name", html: page("ar", "كتب: هزاع راشد الفلاسي", ""), check: want("هزاع راشد الفلاسي")},
		{class: "fix21/ar-four-part-name", html: page("ar", "بقلم: مشاعل حمدان سيف الظاهري", ""), check: want("مشاعل حمدان سيف الظاهري")},
		// A name's own word may open with the letter "و" (Walid): three words are one person.
		{class: "fix21/ar-waw-name", html: page("ar", "بقلم: خالد وليد الشامسي", ""), check: want("خالد وليد الشامسي")},
		// An author box: a job line and a link line after the name are no names.
		{class: "fix21/ar-writer-box", html: page("ar", "بقلم: هزاع راشد الفلاسي", `<div class="writer-box"><b>هزاع راشد الفلاسي</b>`+
			`<p>محررة الشؤون الاقتصادية والنقل</p><a href="/writer/1">جميع مقالات الكاتبة</a></div>`),
			check: want("هزاع راشد الفلاسي")},
		{class: "fix21/ar-desk-not-split", html: page("ar", "إعداد: قسم الأخبار والتقارير الدولية", ""),
			check: none("قسم الأخبار", "التقارير الدولية")},
		{class: "fix21/ar-agency-not-split", html: page("ar", "المصدر: وكالة الأنباء والمعلومات الوطنية", ""),
			check: none("وكالة الأنباء", "المعلومات الوطنية")},
		// A place and a sentence where a byline stands.
		{class: "fix21/hi-places-not-names", html: page("hi", "नई दिल्ली और मुंबई", ""), check: none("नई दिल्ली", "मुंबई")},
		{class: "fix21/ar-sentence-not-names", html: page("ar", "وقال الوزير إن الخط سيخدم المدينة والقرى المجاورة", ""),
			check: none("~الوزير", "القرى المجاورة")},
		{class: "fix21/zh-agencies-not-names", html: page("zh", "来源：新华社、中国新闻社", ""), check: none("新华社", "中国新闻社")},
		// Persian and Hebrew.
		{class: "fix21/fa-va", html: page("fa", "نویسنده: سیاوش نیکپور و یاسمن فرهمند", ""), check: want("سیاوش نیکپور", "یاسمن فرهمند")},
		{class: "fix21/he-glued-vav", html: page("he", "מאת נגה אלמוג ועמרי שפירא", ""), check: want("נגה אלמוג", "עמרי שפירא")},
		{class: "fix21/he-three", html: page("he", "מאת הדס הורוביץ, ינון שפירא ושקד גלעדי", ""), check: want("הדס הורוביץ", "ינון שפירא", "שקד גלעדי")},
		// Hindi: a name of three words, and "और".
		{class: "fix21/hi-three-word-name", html: page("hi", "लेखक: अनिकेत प्रसाद त्रिवेदी", ""), check: want("अनिकेत प्रसाद त्रिवेदी")},
		{class: "fix21/hi-aur", html: page("hi", "लेखक: अनिकेत प्रसाद त्रिवेदी और मेघना बाजपेयी", ""), check: want("अनिकेत प्रसाद त्रिवेदी", "मेघना बाजपेयी")},
		// Thai, Greek: the script's "and".
		{class: "fix21/th-lae", html: page("th", "โดย ณัฐวุฒิ วงศ์ไพบูลย์ และ กมลชนก แก้วประเสริฐ", ""), check: want("ณัฐวุฒิ วงศ์ไพบูลย์", "กมลชนก แก้วประเสริฐ")},
		{class: "fix21/el-kai", html: page("el", "Του Ορέστη Καλλιγά και της Φοίβης Λιανού", ""), check: want("Ορέστη Καλλιγά", "Φοίβης Λιανού")},
		// Chinese, Japanese, Korean: "、", "및".
		{class: "fix21/zh-dunhao", html: page("zh", "作者：祁若溪、闫思琪", ""), check: want("祁若溪", "闫思琪")},
		{class: "fix21/ja-touten", html: page("ja", `<span class="author">葛西陸、柚木あや</span>`, ""), check: want("葛西陸", "柚木あや")},
		{class: "fix21/ko-mit", html: page("ko", "한도윤 및 백서린 기자", ""), check: want("한도윤", "백서린")},
		{class: "fix21/ko-middot", html: page("ko", "한도윤·백서린 기자", ""), check: want("한도윤", "백서린")},
		// A Xinhua story: the reporters in the dateline's bracket, the
		// photographer in the caption's: only the reporters write it.
		{class: "fix21/zh-photo-credit-bracket", html: fcPage("zh", `<title>`+head["zh"]+`</title>`, `<article><h1>`+head["zh"]+`</h1>`+
			`<p>新华社北京3月5日电（记者祁若溪、闫思琪）`+prose["zh"]+`</p><figure><img src="/img/a.jpg" width="800" height="500" alt=""><figcaption>`+
			`3月5日，渡轮停靠在码头。（新华社记者 甘嘉禾 摄）</figcaption></figure>`+strings.Repeat("<p>"+prose["zh"]+"</p>\n", 4)+`</article>`),
			check: want("祁若溪", "闫思琪")},
	}
	return cs
}
