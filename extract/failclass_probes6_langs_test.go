package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// Probes for Vietnamese and Thai news pages, which had no word lists for
// pictures, bylines or dates: the conventions are those of the two
// languages' style (Vietnamese papers end a caption with "Ảnh: name",
// write "Thứ ba, 5/3/2024, 14:30 (GMT+7)" and in prose "ngày 5 tháng 3
// năm 2024"; Thai papers credit "ภาพ: name" or "ขอบคุณภาพจาก source",
// sign "โดย name" and count years in the Buddhist era, 543 ahead of the
// common one: "5 มีนาคม 2567" is 5 March 2024). The pages and names are
// made up. TestFailureClasses runs them.

func fcProbe6LanguageCases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcVietThaiCreditCases()...)
	cs = append(cs, fcVietThaiDateCases()...)
	cs = append(cs, fcVietThaiBylineCases()...)
	cs = append(cs, fcMoreLanguagesCreditCases()...)
	cs = append(cs, fcMoreLanguagesBylineCases()...)
	return cs
}

func fcVietThaiCreditCases() []fcCase {
	fig := func(caption string) string {
		return `<figure><img src="/img/deck.jpg" alt=""><figcaption>` + caption + `</figcaption></figure>`
	}
	const viCap, thCap = "Hành khách trên boong tàu trong chuyến đi đầu tiên.", "ผู้โดยสารบนดาดฟ้าเรือในเที่ยวแรก"
	var rows []fcImageRow
	for _, c := range [][4]string{
		{"vi", viCap + " Ảnh: Nhật Minh", viCap, "Nhật Minh"},
		{"vi", viCap + " - Ảnh: NAM TRẦN", viCap, "NAM TRẦN"},
		{"vi", viCap + " (Ảnh: Reuters)", viCap, "Reuters"},
		{"vi", viCap + " Ảnh: Nhật Minh/TTXVN", viCap, "Nhật Minh/TTXVN"},
		{"vi", viCap + " Nguồn: AFP", viCap, "AFP"},
		{"vi", viCap + " (Ảnh minh họa)", viCap + " (Ảnh minh họa)", ""},
		{"vi", "Ảnh: Nhật Minh", "", "Nhật Minh"},
		{"th", thCap + " ภาพ: สมชาย ใจดี", thCap, "สมชาย ใจดี"},
		{"th", thCap + " (ภาพ: รอยเตอร์)", thCap, "รอยเตอร์"},
		{"th", thCap + " ภาพจาก AFP", thCap, "AFP"},
		{"th", thCap + " ขอบคุณภาพจาก สมชาย ใจดี", thCap, "สมชาย ใจดี"},
		{"th", thCap + " ที่มาภาพ: รอยเตอร์", thCap, "รอยเตอร์"},
		// A credit alone, longer than twenty letters: the label stands
		// apart from the source, as it does not in "ภาพจากกล้อง…" (a
		// picture from a camera…), a sentence.
		{"th", "ขอบคุณภาพจาก สำนักข่าวไทย อสมท", "", "สำนักข่าวไทย อสมท"},
		{"th", "ภาพ: สำนักข่าวกรมประชาสัมพันธ์", "", "สำนักข่าวกรมประชาสัมพันธ์"},
		{"th", "ภาพจากกล้องวงจรปิดแสดงคนร้ายหลบหนีออกจากร้าน", "ภาพจากกล้องวงจรปิดแสดงคนร้ายหลบหนีออกจากร้าน", ""},
	} {
		rows = append(rows, fcImageRow{name: c[0] + "/" + c[1], lang: c[0], media: fig(c[1]), want: [][3]string{{"deck", c[2], c[3]}}})
	}
	return fcImageRows("images/vi-th-credit", rows)
}

func fcVietThaiDateCases() []fcCase {
	var cs []fcCase
	for _, c := range []struct{ lang, date, want string }{
		{"vi", "Thứ ba, 5/3/2024, 14:30 (GMT+7)", "2024-03-05T14:30:00+07:00"},
		{"vi", "05/03/2024 14:30 GMT+7", "2024-03-05T14:30:00+07:00"},
		{"vi", "Thứ ba, 05/03/2024 - 14:30", "2024-03-05T14:30"},
		{"vi", "Chủ nhật, 10/3/2024", "2024-03-10"},
		{"vi", "Cập nhật ngày 5 tháng 3 năm 2024", "2024-03-05"},
		{"vi", "ngày 14 tháng 12 năm 2023", "2023-12-14"},
		{"vi", "14 tháng 12, 2023", "2023-12-14"},
		{"th", "5 มีนาคม 2567", "2024-03-05"},
		{"th", "5 มี.ค. 2567 14:30 น.", "2024-03-05T14:30"},
		{"th", "วันอังคารที่ 5 มีนาคม พ.ศ. 2567", "2024-03-05"},
		{"th", "14 ธันวาคม 2566", "2023-12-14"},
		{"th", "5 มีนาคม 2024", "2024-03-05"},
		{"vi", "5 thg 3, 2024", "2024-03-05"},
		{"en", "March 5, 2024 14:30 (UTC)", "2024-03-05T14:30:00Z"},
		{"en", "March 5, 2024 2:30 p.m. (GMT+1)", "2024-03-05T14:30:00+01:00"},
		// A bracket after the time that opens with a zone's letters but
		// goes on with words is no zone: Dutch "met" (with) is MET.
		{"nl", "5 juli 2024 14:30 (met video)", "2024-07-05T14:30:00Z"},
	} {
		c := c
		cs = append(cs, fcCase{class: "dates/vi-th/" + c.lang + "/" + c.date, url: fcFerryURL,
			html:  fcPage(c.lang, `<title>Ferry to Grest makes first crossing</title>`, `<article><h1>Ferry to Grest makes first crossing</h1><p class="meta">`+c.date+`</p>`+fcProse(0, 5)+`</article>`),
			check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, c.want) }})
	}
	// "tháng 3 năm nay" is "March this year": no year, no date; a
	// number after a month word is its number, not a day.
	cs = append(cs, fcCase{class: "dates/vi-th/vi/month-of-this-year-is-no-date", url: fcFerryURL,
		html:  fcPage("vi", `<title>Ferry to Grest makes first crossing</title>`, `<article><h1>Ferry to Grest makes first crossing</h1><p>Chuyến đi đầu tiên vào tháng 3 năm nay.</p>`+fcProse(0, 5)+`</article>`),
		check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, "") }})
	return cs
}

func fcVietThaiBylineCases() []fcCase {
	var cs []fcCase
	for _, c := range []struct{ lang, byline, want string }{
		{"vi", `<p class="author">Tác giả: Nhật Minh</p>`, "Nhật Minh"},
		{"vi", `<p class="byline">Bài và ảnh: Nhật Minh</p>`, "Nhật Minh"},
		{"th", `<p class="byline">โดย สมชาย ใจดี</p>`, "สมชาย ใจดี"},
		{"th", `<p class="byline">ผู้เขียน: สมชาย ใจดี</p>`, "สมชาย ใจดี"},
		// Vietnamese words written in plain ASCII are names elsewhere
		// ("Cho", "Trong"): the lexicon's stop words leave them out
		{"en", `<p class="byline">By Cho Min-ji and Nguyen Van Trong</p>`, "Cho Min-ji|Nguyen Van Trong"},
	} {
		c := c
		cs = append(cs, fcCase{class: "authors/vi-th/" + c.lang + "/" + c.byline, url: fcFerryURL,
			html:  fcBylinePage(c.lang, c.byline, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, strings.Split(c.want, "|")...) }})
	}
	return cs
}

// fcMoreLanguagesCreditCases: the credit labels of languages whose
// lexicon files had none, or not the common one, as their papers print
// them after a caption: Hindi "फोटो:" and "तस्वीर:", Bengali "ছবি:",
// Persian "عکس:", Arabic "صورة:", Romanian "Sursa foto:", Malay
// "Gambar:", Greek "Φωτό:", Turkish "Foto:".
func fcMoreLanguagesCreditCases() []fcCase {
	fig := func(caption string) string {
		return `<figure><img src="/img/deck.jpg" alt=""><figcaption>` + caption + `</figcaption></figure>`
	}
	var rows []fcImageRow
	for _, c := range [][4]string{
		{"hi", "पहली यात्रा के दौरान डेक पर यात्री। फोटो: नील ब्रांट", "पहली यात्रा के दौरान डेक पर यात्री।", "नील ब्रांट"},
		{"hi", "पहली यात्रा के दौरान डेक पर यात्री। तस्वीर: रॉयटर्स", "पहली यात्रा के दौरान डेक पर यात्री।", "रॉयटर्स"},
		{"hi", "पहली यात्रा के दौरान डेक पर यात्री। (फोटो साभार: नील ब्रांट)", "पहली यात्रा के दौरान डेक पर यात्री।", "नील ब्रांट"},
		{"bn", "প্রথম যাত্রায় ডেকে যাত্রীরা। ছবি: নিলস ব্রান্ট", "প্রথম যাত্রায় ডেকে যাত্রীরা।", "নিলস ব্রান্ট"},
		{"fa", "مسافران روی عرشه در نخستین سفر. عکس: نیلس برانت", "مسافران روی عرشه در نخستین سفر.", "نیلس برانت"},
		{"ar", "ركاب على سطح العبارة خلال الرحلة الأولى. صورة: نيلس براندت", "ركاب على سطح العبارة خلال الرحلة الأولى.", "نيلس براندت"},
		{"ar", "ركاب على سطح العبارة خلال الرحلة الأولى. (المصدر: رويترز)", "ركاب على سطح العبارة خلال الرحلة الأولى.", "رويترز"},
		{"ro", "Pasageri pe punte în timpul primei traversări. Sursa foto: Nils Brandt", "Pasageri pe punte în timpul primei traversări.", "Nils Brandt"},
		{"ms", "Penumpang di dek semasa pelayaran pertama. Gambar: Nils Brandt", "Penumpang di dek semasa pelayaran pertama.", "Nils Brandt"},
		{"el", "Επιβάτες στο κατάστρωμα κατά το πρώτο ταξίδι. Φωτό: Νιλς Μπραντ", "Επιβάτες στο κατάστρωμα κατά το πρώτο ταξίδι.", "Νιλς Μπραντ"},
		{"tr", "İlk seferde güvertedeki yolcular. Foto: Nils Brandt", "İlk seferde güvertedeki yolcular.", "Nils Brandt"},
	} {
		rows = append(rows, fcImageRow{name: c[0] + "/" + c[1], lang: c[0], media: fig(c[1]), want: [][3]string{{"deck", c[2], c[3]}}})
	}
	return fcImageRows("images/more-languages-credit", rows)
}

// fcMoreLanguagesBylineCases: byline labels of languages whose lexicon
// files had none, as a byline element prints them: Hebrew "מאת" (by),
// Turkish "Haber:" (report) and "Yazar:" (writer), Persian "نویسنده:",
// Hindi "लेखक:", Romanian "Autor:", Malay "Oleh", Russian "Текст:"
// (text), Greek "Συντάκτης:" (writer), Lithuanian "Autorius:".
func fcMoreLanguagesBylineCases() []fcCase {
	var cs []fcCase
	for _, c := range []struct{ lang, byline, want string }{
		{"he", `<p class="byline">מאת נילס ברנדט</p>`, "נילס ברנדט"},
		{"tr", `<p class="byline">Haber: Nils Brandt</p>`, "Nils Brandt"},
		{"tr", `<p class="byline">Yazar: Nils Brandt</p>`, "Nils Brandt"},
		{"fa", `<p class="byline">نویسنده: نیلس برانت</p>`, "نیلس برانت"},
		{"hi", `<p class="byline">लेखक: नील ब्रांट</p>`, "नील ब्रांट"},
		{"ro", `<p class="byline">Autor: Nils Brandt</p>`, "Nils Brandt"},
		{"ms", `<p class="byline">Oleh Nils Brandt</p>`, "Nils Brandt"},
		{"ru", `<p class="byline">Текст: Нильс Брандт</p>`, "Нильс Брандт"},
		{"el", `<p class="byline">Συντάκτης: Νιλς Μπραντ</p>`, "Νιλς Μπραντ"},
		{"lt", `<p class="byline">Autorius: Nils Brandt</p>`, "Nils Brandt"},
	} {
		c := c
		cs = append(cs, fcCase{class: "authors/more-languages/" + c.lang + "/" + c.byline, url: fcFerryURL,
			html:  fcBylinePage(c.lang, c.byline, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, c.want) }})
	}
	return cs
}
