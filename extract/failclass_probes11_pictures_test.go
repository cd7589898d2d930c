package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// An eleventh round of picture probes: the caption written in the
// picture's own paragraph after a line break, as older Chinese, Korean
// and Russian CMSs and WordPress's classic editor print it ("<p
// class=f_center><img><br>caption 记者 X 摄</p>", "<p><img><br>Caption.
// Photo: X</p>"), and a caption <span> after the <img> inside a picture
// box ("<div class=photo><img><span>caption（記者X攝）</span></div>");
// with the paragraphs and boxes that only look so (prose after an inline
// picture, an emoji, a signature, a teaser's linked title).

func fcProbe11PictureCases() []fcCase {
	return append(fcP11ParagraphCases(), fcP11BodyCases()...)
}

// fcP11BodyCases: the caption read from the picture's paragraph or box
// leaves the body; prose after an inline picture stays.
func fcP11BodyCases() []fcCase {
	rows := []struct {
		name, lang, media string
		in, out           []string
	}{
		{name: "xinhua-picture-paragraph-leaves-the-body", lang: "zh-CN",
			media: `<p class="f_center"><img src="/img/deck.jpg" alt=""><br>12月5日拍摄的渡轮首航现场。新华社记者 林远 摄</p>`, out: []string{"林远"}},
		{name: "photo-box-span-with-bracketed-credit-leaves-the-body", lang: "zh-TW",
			media: `<div class="photo"><img src="/img/deck.jpg" alt=""><span>渡輪今天首航。（記者林佳蓉攝）</span></div>`, out: []string{"林佳蓉"}},
		{name: "photo-box-span-with-labelled-credit-leaves-the-body", lang: "zh-TW",
			media: `<div class="photo"><img src="/img/deck.jpg" alt=""><span>港務局說明航班安排。圖／港務局提供</span></div>`, out: []string{"港務局提供"}},
		{name: "prose-after-an-inline-picture-stays", lang: "en",
			media: `<p><img src="/img/deck.jpg" alt=""><br>The ferry left the pier at seven, and by the time it reached the open water the wind had turned. The crew said later that nobody on board had seen a crossing like it in years, and the harbour master agreed that the timetable would have to change.</p>`,
			in:    []string{"The ferry left the pier at seven"}},
	}
	var cs []fcCase
	for _, r := range rows {
		r := r
		cs = append(cs, fcCase{class: "images/p11-body/" + r.name, url: fcFerryURL, html: fcImagePage(r.lang, "", r.media),
			check: func(t *testing.T, a *article.Article) { fcWantBody(t, a, r.in, r.out) }})
	}
	return cs
}

// fcP11ParagraphCases: the caption in the picture's paragraph after a
// break, and in a <span> after the picture in its box.
func fcP11ParagraphCases() []fcCase {
	const img = `<img src="/img/deck.jpg" alt="">`
	return fcImageRows("images/p11-para", []fcImageRow{
		{name: "xinhua-centred-paragraph-credit-after-the-caption", lang: "zh-CN",
			media: `<p class="f_center">` + img + `<br>12月5日拍摄的渡轮首航现场（无人机照片）。新华社记者 林远 摄</p>`,
			want:  [][3]string{{"deck", "12月5日拍摄的渡轮首航现场（无人机照片）。", "新华社记者 林远 摄"}}},
		{name: "wordpress-classic-picture-paragraph-labelled-credit",
			media: `<p><img class="aligncenter size-full wp-image-12" src="/wp-content/uploads/2024/03/deck.jpg" alt="" width="800" height="533"><br>` + fcCap + ` Photo: Nils Brandt</p>`,
			want:  [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		{name: "centred-paragraph-plain-caption", media: `<p style="text-align: center;">` + img + `<br>` + fcCap + `</p>`,
			want: [][3]string{{"deck", fcCap, ""}}},
		{name: "korean-picture-paragraph-bracketed-credit", lang: "ko",
			media: `<p style="text-align:center">` + img + `<br>5일 첫 운항에 나선 여객선 갑판의 승객들. [사진=연합뉴스]</p>`,
			want:  [][3]string{{"deck", "5일 첫 운항에 나선 여객선 갑판의 승객들.", "연합뉴스"}}},
		{name: "russian-picture-paragraph-labelled-credit", lang: "ru",
			media: `<p>` + img + `<br>Пассажиры на палубе во время первого рейса. Фото: Нильс Брандт</p>`,
			want:  [][3]string{{"deck", "Пассажиры на палубе во время первого рейса.", "Нильс Брандт"}}},
		{name: "photo-box-caption-span-bracketed-credit", lang: "zh-TW",
			media: `<div class="photo"><a href="#"><img src="/img/deck.jpg" alt="渡輪"></a><span class="ph_b">渡輪今天首航，乘客在甲板上眺望港口。（記者林佳蓉攝）</span></div>`,
			want:  [][3]string{{"deck", "渡輪今天首航，乘客在甲板上眺望港口。", "記者林佳蓉攝"}}},
		{name: "photo-box-caption-span-labelled-credit", lang: "zh-TW",
			media: `<div class="photo">` + img + `<span>港務局說明航班安排。圖／港務局提供</span></div>`,
			want:  [][3]string{{"deck", "港務局說明航班安排。", "港務局提供"}}},
		{name: "photo-box-caption-span-english-credit", media: `<div class="photo">` + img + `<span>` + fcCap + ` Photo: Nils Brandt</span></div>`,
			want: [][3]string{{"deck", fcCap, "Nils Brandt"}}},
		// negatives
		{name: "prose-after-a-picture-in-its-paragraph-is-no-caption",
			media: `<p>` + img + `<br>The ferry left the pier at seven, and by the time it reached the open water the wind had turned. Photo: the crew said later that nobody on board had seen a crossing like it in years, and the harbour master agreed that the timetable would have to change before the winter storms arrive in earnest.</p>`,
			want:  [][3]string{}},
		{name: "emoji-in-a-line-of-text-is-no-picture", media: `<p>What a day <img class="emoji" src="/smilies/1f600.png" alt="😀" width="16" height="16"><br>We sailed at dawn. Photo: Nils Brandt</p>`,
			want: [][3]string{}},
		{name: "signature-picture-with-a-name-line", media: `<p style="text-align:center"><img src="/img/signature.png" alt="signature" width="160" height="40"><br>Tove Lindqvist, Editor</p>`,
			want: [][3]string{}},
		{name: "plain-line-after-a-picture-without-credit-or-centring", media: `<p>` + img + `<br>More on this story tomorrow</p>`,
			want: [][3]string{}},
		{name: "photo-box-linked-teaser-title-is-no-caption", media: `<div class="photo"><a href="/news/pier-costs">` + img + `</a><span><a href="/news/pier-costs">Pier costs climb again</a></span></div>`,
			want: [][3]string{}},
	})
}
