package extract

import (
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// Round-14 fix rows: meta and sign-off lines left in a story's text
// (metalines.go) — a date and time before an update, publication or
// source label, a writer's line of date and view count, a wire's filing
// stamp, the Portuguese-language wires' "X/Fim", an editor's credit in
// brackets, a rights notice closed by its words, a broadcaster's crew
// line, a desk's sign-off in capitals — and story lines of the same look
// that stay: a sentence that opens with a date, a count of views in
// prose, a date before a story's words. Prose, names and sites are
// invented. TestFailureClasses runs them.

// fcFix14Prose adds the invented council story in languages fc9Prose
// lacks.
var fcFix14Prose = map[string][]string{
	"zh": {"市议会周二经过四个多小时的激烈讨论，最终以多数票通过了明年的财政预算方案，这份预算将从一月起执行。", "反对派议员特别批评了削减市立图书馆和游泳馆经费的计划，认为这会影响普通市民尤其是老年人的日常生活。", "市长以过去两年能源费用大幅上涨为由，为这一计划辩护，并表示如果明年经济好转，将优先恢复相关服务。", "表决结果为二十一票对十七票，比市政府此前预想的更为接近，多名议员在投票前仍在要求修改部分条款。"},
	"ko": {"시의회는 화요일 네 시간 넘는 토론 끝에 내년도 예산안을 통과시켰다.", "야당은 특히 시립 도서관과 수영장 예산을 줄이는 계획을 비판했다.", "시장은 지난 2년간 크게 오른 에너지 비용을 들어 계획의 필요성을 강조했다.", "표결은 21대 17로, 시 당국이 예상한 것보다 근소한 차이였다."},
	"ca": {"El ple municipal va aprovar dimarts el pressupost de l'any vinent després d'un debat de més de quatre hores.", "L'oposició va criticar sobretot les retallades previstes a les biblioteques i a les piscines de la ciutat.", "L'alcaldessa va defensar el pla i va recordar l'augment del cost de l'energia dels darrers dos anys.", "La votació, vint-i-un vots contra disset, va ser més ajustada del que esperava el govern municipal."},
}

// fcFix14MetaRows are the rows: out must go, in must stay.
func fcFix14MetaRows() []fc9BodyRow {
	return []fc9BodyRow{
		// A date and time, then an update, publication or source label.
		{name: "dated/ca-actualitzat", lang: "ca", lead: `<p>05/03/2024 14:32 Actualitzat el 5 de març de 2024 a les 17:02</p>`, out: []string{"Actualitzat"}},
		{name: "dated/es-actualizado", lang: "es", lead: `<p>05 de marzo 2024, 02:32 p. m. Actualizado: 05 de marzo 2024, 05:02 p. m.</p>`, out: []string{"Actualizado"}},
		{name: "dated/pt-atualizado", lang: "pt", lead: `<p>05/03/2024 09h12 Atualizado em 05/03/2024 11h40</p>`, out: []string{"Atualizado"}},
		{name: "dated/de-quelle", lang: "de", lead: `<p>05.03.2024, 14:32 Uhr Quelle: dpa</p>`, out: []string{"Quelle"}},
		{name: "dated/ko-songgo-tail", lang: "ko", tail: `<p>2024/03/05 10:21 송고</p>`, out: []string{"송고"}},
		{name: "dated/ko-ipryeok", lang: "ko", lead: `<p>입력 2024.03.05 (21:12) 수정 2024.03.05 (22:02)</p>`, out: []string{"입력"}},
		{name: "dated/zh-laiyuan", lang: "zh", lead: `<p>2024年03月09日 10:12　来源：东岸网　参与互动</p>`, out: []string{"来源"}},
		{name: "dated/ja-koshin", lang: "ja", lead: `<p>2024年3月9日 0:30 （2024年3月9日 5:12更新）</p>`, out: []string{"更新"}},
		{name: "dated/ja-wire-first", lang: "ja", lead: `<p>共同通信 2024年3月5日 8:12 （3月5日 10:40更新）</p>`, out: []string{"更新"}},
		// A writer's line of name, date and count.
		{name: "counted/fr-vues", lang: "fr", lead: `<div class="infos"><span>Nadia El Amrani</span> <span>05 Mars 2024 À 14:32</span> <span>1.245 vues</span></div>`, out: []string{"1.245 vues"}},
		{name: "counted/en-comments", lang: "en", lead: `<p>Jane Holm March 5, 2024 12 comments</p>`, out: []string{"12 comments"}},
		// End marks, editors' and crews' credits, notices, desks.
		{name: "end/pt-lusa-fim", lang: "pt", tail: `<p>Lusa/Fim</p>`, out: []string{"Fim"}},
		{name: "editor/zh-zeren-fullwidth", lang: "zh", tail: `<p>（责任编辑：周婷）</p>`, out: []string{"周婷"}},
		{name: "editor/zh-lenticular", lang: "zh", tail: `<p>【编辑:林强】</p>`, out: []string{"林强"}},
		{name: "notice/ja-mudan-tensai", lang: "ja", tail: `<p>東岸新聞社の記事・写真の無断転載を禁じます。</p>`, out: []string{"無断転載"}},
		{name: "crew/ko-broadcast", lang: "ko", tail: `<p>촬영기자:박지훈/영상편집:최유나</p>`, out: []string{"촬영기자"}},
		{name: "desk/es-redaccion-caps", lang: "es", tail: `<p>REDACCIÓN MEDELLÍN</p>`, out: []string{"REDACCIÓN"}},
		// Story lines of the same look stay.
		{name: "keep/en-date-then-updated-figures", lang: "en", mid: `<p>5 March 2024: Updated figures from the statistics office show the economy grew by 0.2 per cent in the last quarter.</p>`, in: []string{"Updated figures"}},
		{name: "keep/es-date-then-publicado", lang: "es", mid: `<p>12 de marzo de 2024, publicado en el boletín oficial, el decreto fija nuevas tarifas para el transporte urbano.</p>`, in: []string{"publicado en el boletín"}},
		{name: "keep/en-views-in-prose", lang: "en", mid: `<p>The clip, posted on 5 March 2024, has 1,245 views</p>`, in: []string{"1,245 views"}},
		{name: "keep/zh-date-opens-sentence", lang: "zh", mid: `<p>2024年3月5日，市统计局发布数据显示，2月份全市居民消费价格同比上涨0.7%。</p>`, in: []string{"市统计局发布数据"}},
		{name: "keep/ko-date-opens-sentence", lang: "ko", mid: `<p>2024년 3월 5일 입력된 자료에 따르면 시는 새 버스 노선을 5월에 연다.</p>`, in: []string{"입력된 자료"}},
		{name: "keep/en-caps-subhead-mid", lang: "en", mid: `<p>NEWSROOM CUTS</p>`, in: []string{"NEWSROOM CUTS"}},
		{name: "keep/en-on-date-sentence", lang: "en", tail: `<p>On 5 March 2024 the council published its updated plan.</p>`, in: []string{"updated plan"}},
	}
}

func fcFix14MetaCases() []fcCase {
	var cs []fcCase
	for _, r := range fcFix14MetaRows() {
		if _, ok := fcFix14Prose[r.lang]; !ok {
			cs = append(cs, fc9BodyCase("fix14/", r))
			continue
		}
		p := fcFix14Prose[r.lang]
		body := r.lead + "<p>" + p[0] + "</p><p>" + p[1] + "</p>" + r.mid + "<p>" + p[2] + "</p><p>" + p[3] + "</p>" + r.tail
		in, out := append(append([]string{}, p...), r.in...), r.out
		cs = append(cs, fcCase{class: "fix14/" + r.name, url: "https://holmby-courier.example/2024/01/02/council-budget",
			html: fcPage(r.lang, "<title>Budget</title>", strings.Replace(fc9WP, "%s", body, 1)),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, in, out)
			}})
	}
	return cs
}
