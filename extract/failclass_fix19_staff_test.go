package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// fcFix19StaffCases: the furniture a WeChat article (and the Chinese
// self-media pages that copy its layout) carries inside its text, round
// 19 class "body furniture inside the text": a reading-time line before
// the text ("本文约2600字，阅读需要7分钟"), the closing staff lines ("作者 |
// X", "编辑 丨 X", "图片 | X"), the follow prompt and its arrow; the
// reading-time lines of other languages; and the lines the rules must
// leave alone: a story's sentence about reading time, a quote naming an
// editor, a table row "作者 | 书名" between paragraphs.
func fcFix19StaffCases() []fcCase {
	head := `<title>县城书店的第十年</title><meta property="og:title" content="县城书店的第十年"><meta name="author" content="沈知秋">`
	prose := `<p>在皖北一个不大的县城里，这家书店已经开了整整十年，店主说最难的是头三年。</p>
<p>书店二楼改成了自习室，每到周末都坐满了准备考试的学生和带着孩子的家长。</p>
<p>十年里，县城先后开过五家书店，如今只剩下这一家，其余几家都改成了奶茶店或者服装店。</p>
<p>店主说，书店能活下来，靠的是熟客：不少人从中学时就来这里看书，现在带着自己的孩子来。</p>
<p>店里每个月办一次读书会，来的人从十几个增加到五十多个，最远的读者从邻县坐大巴赶来。</p>
<p>店主打算明年在隔壁开一家旧书店，专门收本地人家里不再翻看的藏书。</p>
`
	row := func(name, before, after string, in, out []string) fcCase {
		return fcCase{class: "fix19/staff/" + name, url: "https://wenzhai-shudian.example/a/10001",
			html: fcPage("zh-CN", head, `<div id="js_article"><h1 class="rich_media_title">县城书店的第十年</h1><div class="rich_media_content" id="js_content">`+before+prose+after+`</div></div>`),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, append([]string{"这家书店已经开了整整十年", "专门收本地人家里"}, in...), out)
			}}
	}
	enHead := `<title>Ferry to Grest makes first crossing</title><meta property="og:title" content="Ferry to Grest makes first crossing">`
	other := func(name, lang, line string) fcCase {
		return fcCase{class: "fix19/staff/" + name, url: "https://holmby-courier.example/news/ferry-first-crossing",
			html: fcPage(lang, enHead, `<article><h1>Ferry to Grest makes first crossing</h1><div class="entry-content"><p>`+line+`</p>`+fcProse(0, 4)+`</div></article>`),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{fcSentences[0][:30]}, []string{line})
			}}
	}
	staff := `<p><span style="color:#888">作者 | 沈知秋</span></p><p><span style="color:#888">编辑 | 林小满</span></p><p><span style="color:#888">图片 | 受访者提供</span></p>`
	return []fcCase{
		row("wechat-reading-time-staff-and-prompt", `<section><span style="font-size:14px">本文约2600字，阅读需要7分钟</span></section>`,
			staff+`<section><span>点击下方卡片，关注我们</span></section><section><span>▼</span></section>`,
			nil, []string{"阅读需要7分钟", "作者 | 沈知秋", "编辑 | 林小满", "图片 | 受访者提供", "点击下方卡片", "▼"}),
		row("stroke-bars-other-labels", `<p>阅读时间约 5 分钟</p>`,
			`<p>撰文 丨 沈知秋</p><p>责编 丨 林小满</p><p>排版 丨 小周</p><p>审核 丨 王一鸣</p>`,
			nil, []string{"阅读时间约", "撰文 丨", "责编 丨 林小满", "排版 丨 小周", "审核 丨"}),
		row("word-count-and-labelled-reading-time", `<p>全文共3100字，预计阅读时间：8分钟</p>`,
			`<p>编辑｜林小满</p><p>视觉｜小周</p>`,
			nil, []string{"全文共3100字", "编辑｜林小满", "视觉｜小周"}),
		row("top-follow-prompt", `<p>点击上方蓝字，关注我们</p>`, staff, nil, []string{"点击上方蓝字", "作者 | 沈知秋"}),
		row("zh-tw-staff-lines", ``, `<p>編輯｜林小滿</p><p>攝影｜陳大文</p>`, nil, []string{"編輯｜林小滿", "攝影｜陳大文"}),
		other("de-lesezeit", "de", "Lesezeit: 4 Minuten"),
		other("fr-temps-de-lecture", "fr", "Temps de lecture : 3 min"),
		other("en-min-read", "en", "5 min read"),
		// must NOT fire
		row("story-reading-time-sentence-kept", `<p>孩子每天阅读时间不少于30分钟，是学校今年提出的新要求。</p>`, ``,
			[]string{"孩子每天阅读时间不少于30分钟"}, nil),
		row("short-reading-sentence-kept", `<p>阅读需要耐心，也需要一个安静的地方</p>`, ``,
			[]string{"阅读需要耐心"}, nil),
		row("closing-quote-naming-an-editor-kept", ``, `<p>“我当了二十年编辑，”她说，“从没见过这么爱读书的县城。”</p>`,
			[]string{"我当了二十年编辑"}, nil),
		row("table-row-between-paragraphs-kept", `<p>店里卖得最好的三本书如下。</p><p>作者 | 书名</p><p>路遥 | 平凡的世界</p>`, ``,
			[]string{"作者 | 书名", "路遥 | 平凡的世界"}, nil),
		row("closing-line-with-unknown-label-kept", ``, `<p>下期预告 | 县城的旧书生意</p>`,
			[]string{"下期预告 | 县城的旧书生意"}, nil),
	}
}
