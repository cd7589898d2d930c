package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// fcFix23JaProse is n invented Japanese paragraphs.
func fcFix23JaProse(n int) string {
	s := []string{
		"市は５日、駅前広場の改修工事を来月から始めると発表した。完成は来年秋の予定で、総事業費は約１２億円を見込む。",
		"広場には屋根付きのバス待合所と休憩スペースを新たに設ける。市の担当者は「誰もが使いやすい場所にしたい」と話している。",
		"工事期間中は広場の一部が通行止めとなり、バス乗り場も仮設の場所へ移る。市は案内板を設けて利用者に周知する。",
		"改修は地元の商店会が長く求めてきたもので、会長は「人の流れが戻るきっかけになれば」と期待を寄せた。",
	}
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString("<p>" + s[i%len(s)] + "</p>\n")
	}
	return b.String()
}

// fcFix23AuthorsCases are the Japanese papers' bracketed reporter
// signature "（記者・NAME）" (authorsign.go), read after the text or under
// the headline, and lines of the same look it must not read: a
// photographer's credit, a picture credit behind the role word, the
// bracket inside a sentence, and one in the middle of a long text.
func fcFix23AuthorsCases() []fcCase {
	want := func(names ...string) func(t *testing.T, a *article.Article) {
		return func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, names...) }
	}
	page := func(body string) string {
		return fcPage("ja", `<title>駅前広場を改修へ | 北浜新報</title>`, `<article><h1>駅前広場を改修へ　来年秋に完成</h1>`+body+`</article>`)
	}
	return []fcCase{
		{class: "fix23 （記者・NAME） closing the text", html: page(fcFix23JaProse(5) + `<p>（記者・森下 真理子）</p>`),
			check: want("森下 真理子")},
		{class: "fix23 （特派員・NAME） unspaced, in a right-aligned div", html: page(fcFix23JaProse(5) + `<div align="right">（特派員・川口俊介）</div>`),
			check: want("川口俊介")},
		{class: "fix23 the signature beside the date under the headline", html: page(`<div class="meta"><span>2024年3月5日 10時12分</span> <span>（記者・高野 亮）</span></div>` + fcFix23JaProse(5)),
			check: want("高野 亮")},
		{class: "fix23 two reporters joined by 、", html: page(fcFix23JaProse(5) + `<p>（記者・森下 真理子、川口俊介）</p>`),
			check: want("森下 真理子", "川口俊介")},
		{class: "fix23 a photographer's （撮影・NAME） is no signature", html: page(fcFix23JaProse(5) + `<p>（撮影・中村 大輔）</p>`),
			check: want()},
		{class: "fix23 （記者・NAME撮影） credits a picture", html: page(fcFix23JaProse(5) + `<p>（記者・中村撮影）</p>`),
			check: want()},
		{class: "fix23 the bracket inside a sentence is no signature", html: page(fcFix23JaProse(4) + `<p>会見には地元紙の記者（記者・山本）も同席し、質問が相次いだ。</p>`),
			check: want()},
		{class: "fix23 the bracket closing a paragraph mid-text is not read", html: page(fcFix23JaProse(4) + `<p>当時の様子を伝えた記事の筆者は（記者・山本）</p>` + fcFix23JaProse(4)),
			check: want()},
	}
}
