package extract

import (
	"testing"

	"github.com/byline/byline/article"
)

// fcFix25AbsdateCases are the false publication dates
// TestMetamorphicAbsent's no-date variant found with every publication
// date cut from a page, each with a real date line of the same shape that
// must still be read:
//
//   - a date labelled as another thing's than the page's: a product's
//     release in a review's spec sheet ("Release date January 23, 2024",
//     "Marktstart 15.02.2024"), a forum member's registration
//     ("Registriert: Sa 14. Jan 2006, 19:02") or the clock a masthead
//     shows ("Сегодня: 12 марта 2024"): the lexicon's other_date_labels
//     (datesubject.go), while a date after a publication label, or a
//     "today" word without its colon, is still read;
//   - a reader's comment marked as schema.org's Comment item, with its
//     own <time itemprop="datePublished">, or listed in a box that opens
//     with a comment heading ("精选留言", "Diskuse k článku (37
//     příspěvků)") under a class no word names a comment's
//     (datecomments.go), while the article's own date is still read;
//   - a related story's card whose picture link comes before its title
//     link (near.go's titleLinkBeside passes a link with no text), while
//     a date line beside a picture link of the story's own is still read.
func fcFix25AbsdateCases() []fcCase {
	want := func(prefix string) func(t *testing.T, a *article.Article) {
		return func(t *testing.T, a *article.Article) { fcWantDate(t, a, prefix) }
	}
	enHead := `<title>Nimbus Pro 14 review | Gadget Gazette</title>`
	h1 := `<h1>Nimbus Pro 14 review: a silent laptop at last</h1>`
	specs := func(label string) string {
		return `<div class="specs"><h3>Specs</h3><table><tr><th>CPU</th><td>Helix H3 8-core</td></tr><tr><th>Weight</th><td>1.24kg</td></tr><tr><th>` + label + `</th><td>January 23, 2024</td></tr></table></div>`
	}
	deHead := `<title>Kopfhörer X3 im Test | Technikwelt</title>`
	deBody := `<p>Der X3 ist der leichteste Kopfhörer seiner Klasse und klingt trotzdem erstaunlich voll.</p>
<p>Mit aktiver Geräuschunterdrückung hielt der Akku im Test 41 Stunden durch, zehn Minuten Laden reichen für fünf weitere.</p>
<p>Die Bedienung über Tasten am rechten Ohr ist eindeutig, die App bietet einen brauchbaren Equalizer.</p>
<p>Wer einen leichten Reisebegleiter sucht, macht mit dem X3 nichts falsch, auch wenn der Preis hoch ist.</p>`
	ruHead := `<title>В Рыбинске открыли набережную</title>`
	ruBody := `<p>В Рыбинске после двух лет ремонта открыли для горожан Волжскую набережную. Церемония прошла у Соборной площади.</p>
<p>На участке длиной 1,2 километра заменили покрытие, отремонтировали подпорную стенку и лестничные спуски к воде.</p>
<p>«Набережная — это лицо города, и мы рады, что рыбинцы снова могут здесь гулять», — сказал глава города.</p>
<p>Работы обошлись в 316 миллионов рублей, большая часть средств поступила из федерального бюджета.</p>`
	ruTop := func(clock string) string {
		return `<div id="top"><a href="/"><img src="/i/logo.gif" alt="Верхневолжье"></a><div class="curdate">` + clock + `</div></div>` +
			`<div id="menu"><a href="/news/">Новости</a> | <a href="/society/">Общество</a></div>`
	}
	comment := `<section class="entry-comments"><h3>Comments</h3><ol><li><article itemprop="comment" itemscope itemtype="https://schema.org/Comment">` +
		`<p><span itemprop="author">Seraphina Holt</span> says</p><p><time itemprop="datePublished">March 6, 2024 at 9:14 am</time></p>` +
		`<div itemprop="text"><p>Lovely piece, we started our own hive last spring.</p></div></article></li></ol></section>`
	bees := `<title>Ten years of keeping bees | Rooftop Hives</title>`
	beesH1 := `<h1 itemprop="headline">Ten years of keeping bees on a city rooftop</h1>`
	zhHead := `<title>县城咖啡店为何越开越多</title>`
	zhBody := `<div id="js_content"><h1 class="rich_media_title">县城咖啡店为何越开越多</h1>
<p>过去两年，县城里的咖啡店数量快速增长，一条街上常常能看到五六家不同品牌的门店。</p>
<p>店主们说，年轻人返乡创业带动了消费习惯的变化，外卖平台也让小店能接到更多订单。</p>
<p>不过也有业内人士提醒，租金和原料成本上涨，部分门店开业不到一年就已关闭。</p>
<p>多位受访者表示，找准本地口味、做好社区关系，才是小店活下去的关键。</p>
<p>一位在县城开店三年的店主说，她的顾客大多是附近的上班族和学生，周末还会有从乡镇专门赶来的年轻人。</p>
<p>她计划今年推出几款用本地水果做的特调饮品，希望让更多中老年顾客也愿意走进店里坐一坐。</p></div>`
	zhComments := `<div id="js_cmt_area" class="discuss_container"><div class="discuss_title">精选留言</div><ul class="discuss_list">` +
		`<li class="discuss_item"><strong class="nickname">小城青年</strong><div class="discuss_message_content">我们县也是这样，一条街五家咖啡店。</div><div class="discuss_extra_info">2024-03-06 09:11</div></li></ul></div>`
	csHead := `<title>Škola bez mobilů | Blog</title>`
	csBody := `<article><h1>Škola bez mobilů: první měsíc</h1>
<p>Od února platí na naší škole zákaz mobilních telefonů o přestávkách. Děti je ráno odevzdají do skříněk.</p>
<p>Učitelé si všímají, že se o přestávkách víc mluví a hraje. Někteří rodiče ale mají obavy.</p>
<p>Ředitelka říká, že pravidlo vyhodnotí na konci školního roku spolu s rodiči i žáky.</p>
<p>Zatím se zdá, že si na nový režim zvykly rychleji děti než dospělí, dodává.</p>
<p>Podobné pravidlo zavedlo v posledních dvou letech několik desítek škol po celé republice, většinou po dohodě se školskou radou.</p>
<p>Ministerstvo školství plošný zákaz nechystá, školám ale doporučuje, aby si pravidla pro používání telefonů stanovily ve školním řádu.</p></article>`
	csDisc := `<div class="disc"><h3>Diskuse k článku (37 příspěvků)</h3><div class="disc-item"><span class="disc-author">Karel Hudec</span> <span class="disc-time">7. 3. 2024 22:40</span><p>A jak to řeší děti, které nemají hodinky?</p></div></div>`
	card := `<section class="benzer"><h3>Benzer Haberler</h3><div class="card"><a href="/eskisehir/sazova-parki-1427712"><img src="/img/sazova-300.jpg" alt=""></a>` +
		`<p class="card__title"><a href="/eskisehir/sazova-parki-1427712">Sazova Parkı'nda bahar hazırlığı</a></p><span class="card__date">02.03.2024</span></div></section>`
	trHead := `<title>Porsuk Çayı'na yeni yaya köprüsü</title>`
	trBody := `<h1>Porsuk Çayı'na yeni yaya köprüsü</h1>
<p>Eskişehir Büyükşehir Belediyesi, Porsuk Çayı üzerine yeni bir yaya köprüsü yapılacağını açıkladı.</p>
<p>Köprünün yaz aylarında tamamlanması ve yalnızca yaya ile bisiklet trafiğine açık olması planlanıyor.</p>
<p>Belediye yetkilileri, projenin şehir merkezindeki yoğunluğu azaltacağını söyledi.</p>
<p>Çevre sakinleri ise inşaat süresince çay kenarındaki yürüyüş yolunun kapanmasından endişeli.</p>
<p>Belediye, yürüyüş yolunun inşaat boyunca yalnızca köprünün yapılacağı kısa bir bölümde kapalı kalacağını, diğer bölümlerin açık olacağını bildirdi.</p>
<p>Köprünün aydınlatmasında güneş enerjisiyle çalışan lambalar kullanılacak, iki yakaya da bisiklet park alanları yapılacak.</p>`
	return []fcCase{
		{class: "fix25absdate/label: a spec sheet's 'Release date' is no publication date",
			html:  fcPage("en", enHead, `<article>`+h1+specs("Release date")+fcProse(0, 5)+`</article>`),
			check: want("")},
		{class: "fix25absdate/label: a German spec table's 'Marktstart 15.02.2024' is no publication date",
			html: fcPage("de", deHead, `<article><h1>Kopfhörer X3 im Test</h1>`+deBody+
				`<div class="datenblatt"><h3>Technische Daten</h3><table><tr><td>Gewicht</td><td>248 g</td></tr><tr><td>Marktstart</td><td>15.02.2024</td></tr></table></div></article>`),
			check: want("")},
		{class: "fix25absdate/label: must still fire: the review's own 'Published' line beside the spec sheet",
			html:  fcPage("en", enHead, `<article>`+h1+`<p class="meta">Published March 5, 2024</p>`+specs("Release date")+fcProse(0, 5)+`</article>`),
			check: want("2024-03-05")},
		{class: "fix25absdate/label: a forum member's 'Registriert:' line is no publication date",
			html: fcPage("de", `<title>Neue Forenregeln | Aquaristik-Treff</title>`, `<div class="page-body"><h2 class="topic-title">Neue Forenregeln ab 1. April</h2>`+
				`<div class="post"><dl class="postprofile"><dt>Jörg Wendeborn</dt><dd><strong>Beiträge:</strong> 4182</dd><dd><strong>Registriert:</strong> Sa 14. Jan 2006, 19:02</dd></dl>`+
				`<div class="postbody">`+deBody+`</div></div></div>`),
			check: want("")},
		{class: "fix25absdate/label: a masthead's 'Сегодня: 12 марта 2024' is no publication date",
			html:  fcPage("ru", ruHead, `<div id="wrap">`+ruTop("Сегодня: 12 марта 2024, вторник")+`<div id="center"><div class="news-title"><h1>В Рыбинске открыли набережную</h1></div>`+ruBody+`</div></div>`),
			check: want("")},
		{class: "fix25absdate/label: must still fire: a masthead date without a 'today' label stays a date line",
			html:  fcPage("ru", ruHead, `<div id="wrap"><div id="center"><div class="news-date">05.03.2024 11:20</div><h1>В Рыбинске открыли набережную</h1>`+ruBody+`</div></div>`),
			check: want("2024-03-05")},
		{class: "fix25absdate/comment: a schema.org Comment item's datePublished is no publication date",
			html:  fcPage("en", bees, `<main><article itemscope itemtype="https://schema.org/BlogPosting">`+beesH1+`<p class="entry-meta"><time itemprop="datePublished"> </time> By Lucan Abernethy</p>`+fcProse(2, 5)+comment+`</article></main>`),
			check: want("")},
		{class: "fix25absdate/comment: must still fire: the article item's own datePublished before the comments",
			html:  fcPage("en", bees, `<main><article itemscope itemtype="https://schema.org/BlogPosting">`+beesH1+`<p class="entry-meta"><time itemprop="datePublished">March 5, 2024</time> By Lucan Abernethy</p>`+fcProse(2, 5)+comment+`</article></main>`),
			check: want("2024-03-05")},
		{class: "fix25absdate/comment: a comment list under a '精选留言' heading is no publication date",
			html:  fcPage("zh", zhHead, zhBody+zhComments),
			check: want("")},
		{class: "fix25absdate/comment: a comment box headed 'Diskuse k článku (37 příspěvků)' is no publication date",
			html:  fcPage("cs", csHead, `<main>`+csBody+csDisc+`</main>`),
			check: want("")},
		{class: "fix25absdate/comment: must still fire: the story's own date line before the comment box",
			html:  fcPage("cs", csHead, `<main><div class="post-meta">5. 3. 2024</div>`+csBody+csDisc+`</main>`),
			check: want("2024-03-05")},
		{class: "fix25absdate/teaser: a related card whose picture link comes first is no publication date",
			html:  fcPage("tr", trHead, `<main><article>`+trBody+`</article>`+card+`</main>`),
			check: want("")},
		{class: "fix25absdate/teaser: must still fire: the story's own date line beside a picture link",
			html:  fcPage("tr", trHead, `<main><article>`+trBody+`<div class="meta"><a href="/foto/porsuk"><img src="/img/porsuk.jpg" alt=""></a> <span class="date">05.03.2024</span></div></article>`+card+`</main>`),
			check: want("2024-03-05")},
	}
}
