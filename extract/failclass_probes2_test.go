package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/byline/byline/article"
)

// A second round of probes (failclass_probes_test.go has the first):
// invented pages in widely used conventions of bylines, dates, body
// furniture and headlines in several languages and scripts. As in
// failclass_test.go the pages and names are made up; no row copies a
// corpus page. TestFailureClasses runs them.

func fcProbe2Cases() []fcCase {
	var cs []fcCase
	cs = append(cs, fcAdLabelCases()...)
	cs = append(cs, fcShownUpdate2Cases()...)
	cs = append(cs, fcHourMinuteCases()...)
	cs = append(cs, fcPullQuoteCases()...)
	cs = append(cs, fcReadAlsoCases()...)
	cs = append(cs, fcBylineLabel2Cases()...)
	cs = append(cs, fcPlacedWriterCases()...)
	cs = append(cs, fcJoinedParticleCases()...)
	cs = append(cs, fcKoreanRoleCases()...)
	return cs
}

// fcAdLabelCases: the label a page prints over an advertisement between
// two paragraphs, in languages the lexicon lacked it for, is no
// paragraph.
func fcAdLabelCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	var cs []fcCase
	for _, c := range [][2]string{
		{"en", "Advertisement - Scroll to continue"}, {"ru", "Реклама"}, {"uk", "Реклама"}, {"nl", "Advertentie"},
		{"sv", "Annons"}, {"ja", "広告"}, {"ko", "광고"}, {"zh", "广告"}, {"ar", "إعلان"}, {"hi", "विज्ञापन"}, {"tr", "Reklam"},
	} {
		label := c[1]
		cs = append(cs, fcCase{class: "body/advertisement-label-other-language/" + c[0], url: u,
			html: fcBylinePage(c[0], ``, fcProse(0, 2)+`<p>`+label+`</p>`+fcProse(4, 3)),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"forty passengers", "Fares were set"}, []string{label})
			}})
	}
	return cs
}

// fcShownUpdate2Cases: meta lines that show the publication and the
// update date under labels the lexicon lacked: Korean portals'
// "기사입력 … 최종수정 …".
func fcShownUpdate2Cases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	var cs []fcCase
	for _, c := range [][3]string{
		{"ko", "기사입력 2024-03-03 09:30 | 최종수정 2024-03-04 10:00", "2024-03-04T10:00"},
	} {
		line, mod := c[1], c[2]
		cs = append(cs, fcCase{class: "dates/shown-published-and-updated-2/" + c[0] + "/" + strings.Fields(line)[0], url: u,
			html: fcBylinePage(c[0], `<div class="meta">`+line+`</div>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) {
				fcWantDate(t, a, "2024-03-03T09:30")
				if !strings.HasPrefix(a.ModifiedAt, mod) {
					t.Errorf("modified = %q, want %s...", a.ModifiedAt, mod)
				}
			}})
	}
	return cs
}

// fcHourMinuteCases: a time of day written with hour and minute markers
// after the date, as Japanese, Chinese and Korean pages print it, is the
// time of the publication.
func fcHourMinuteCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	var cs []fcCase
	for _, c := range [][3]string{
		{"ja", "2024年3月3日 9時30分", "2024-03-03T09:30"},
		{"ja", "2024年3月3日 9時5分", "2024-03-03T09:05"},
		{"zh", "2024年3月3日 09时30分", "2024-03-03T09:30"},
		{"ko", "2024년 3월 3일 9시 30분", "2024-03-03T09:30"},
		{"ja", "2024年3月3日 25時30分", "2024-03-03T00:00"}, // no time of day
	} {
		want := c[2]
		cs = append(cs, fcCase{class: "dates/hour-minute-markers/" + c[0] + "/" + c[1], url: u,
			html:  fcBylinePage(c[0], `<div class="meta">`+c[1]+`</div>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantDate(t, a, want) }})
	}
	return cs
}

// fcPullQuoteCases: a pull quote repeats a sentence of the story beside
// it; the sentence is the body's once. A quote box that repeats nothing
// stays.
func fcPullQuoteCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	s := fcSentences[2]
	var cs []fcCase
	for _, box := range []string{
		`<blockquote class="pull-quote"><p>` + s + `</p></blockquote>`,
		`<blockquote class="pullquote">“` + s + `”</blockquote>`,
		`<div class="article-pullQuote"><p>` + s + `</p></div>`,
		`<aside class="pull-quote"><p>` + s + `</p></aside>`,
	} {
		name := strings.Trim(strings.SplitN(box, `"`, 3)[1], `"`)
		cs = append(cs, fcCase{class: "body/pull-quote-not-repeated/" + box[1:strings.IndexByte(box, ' ')] + "." + name, url: u,
			html: fcBylinePage("en", ``, fcProse(0, 2)+box+fcProse(4, 3)),
			check: func(t *testing.T, a *article.Article) {
				n := 0
				for _, p := range a.Paragraphs {
					n += strings.Count(p, "Residents of the island")
				}
				if n != 1 {
					t.Errorf("the repeated sentence is in the body %d times; paragraphs:\n%s", n, strings.Join(a.Paragraphs, "\n"))
				}
			}})
	}
	cs = append(cs, fcCase{class: "body/pull-quote-not-repeated/unrepeated-box-kept", url: u,
		html: fcBylinePage("en", ``, fcProse(0, 2)+`<blockquote class="pull-quote"><p>We waited ten years for this boat, and now it is here at last.</p></blockquote>`+fcProse(4, 3)),
		check: func(t *testing.T, a *article.Article) {
			fcWantBody(t, a, []string{"We waited ten years", "Fares were set"}, nil)
		}})
	return cs
}

// fcReadAlsoCases: a link to another story under a "read also" label,
// set between two paragraphs, is no paragraph, whatever the script of
// its label; a paragraph of prose that names a label word stays.
func fcReadAlsoCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	link := `<a href="/news/pier-costs">Pier costs climb again as the council waits for the bill</a>`
	var cs []fcCase
	for i, c := range [][2]string{
		{"hi", `ये भी पढ़ें: ` + link}, {"hi", `<strong>यह भी पढ़ें-</strong> ` + link},
		{"ar", `اقرأ أيضا: ` + link}, {"ru", `Читайте также: ` + link},
		{"zh", `相关阅读：` + link}, {"en", `Read more: ` + link},
	} {
		cs = append(cs, fcCase{class: fmt.Sprintf("body/read-also-teaser/%s/%d", c[0], i), url: u,
			html: fcBylinePage(c[0], ``, fcProse(0, 2)+`<p>`+c[1]+`</p>`+fcProse(4, 3)),
			check: func(t *testing.T, a *article.Article) {
				fcWantBody(t, a, []string{"forty passengers", "Fares were set"}, []string{"Pier costs"})
			}})
	}
	cs = append(cs, fcCase{class: "body/read-also-teaser/prose-kept", url: u,
		html: fcBylinePage("de", ``, fcProse(0, 2)+`<p>Kontakt: Die Gemeinde sagt, <a href="/news/pier-costs">der Pier</a> habe mehr gekostet als geplant, und die Inselbewohner wollen die Abrechnung vor der Abstimmung sehen.</p>`+fcProse(4, 3)),
		check: func(t *testing.T, a *article.Article) {
			fcWantBody(t, a, []string{"Inselbewohner wollen die Abrechnung"}, nil)
		}})
	return cs
}

// fcBylineLabel2Cases: byline labels of languages and scripts the
// lexicon lacked, in a meta line under the headline.
func fcBylineLabel2Cases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	var cs []fcCase
	for _, c := range [][3]string{
		{"hi", "लेखक: राहुल शर्मा", "राहुल शर्मा"}, {"hi", "रिपोर्ट: राहुल शर्मा", "राहुल शर्मा"},
		// Chinese: the reporter label before a space, the writer's
		// credit after a slash
		{"zh", "记者 张三", "张三"}, {"zh", "本报记者 张三", "张三"}, {"zh-TW", "文／王小明", "王小明"}, {"zh", "撰文/李华", "李华"},
	} {
		want := c[2]
		cs = append(cs, fcCase{class: "authors/byline-label-other-script/" + c[0] + "/" + c[1], url: u,
			html:  fcBylinePage(c[0], `<div class="article-meta"><span>`+c[1]+`</span></div>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, want) }})
	}
	// The label inside a Chinese sentence opens no byline.
	cs = append(cs, fcCase{class: "authors/byline-label-other-script/zh-prose", url: u,
		html:  fcBylinePage("zh", `<p class="standfirst">本报记者从港务局获悉，新渡轮今天上午首航。</p>`, fcProse(0, 5)),
		check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a) }})
	return cs
}

// fcPlacedWriterCases: a byline that names each writer with the place
// they file from names every writer; a place list after one writer
// names one.
func fcPlacedWriterCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	var cs []fcCase
	for _, c := range []struct {
		line string
		want []string
	}{
		{"By Jane Doe in Kyiv and John Roe in Moscow", []string{"Jane Doe", "John Roe"}},
		{"Jane Doe in Kyiv and John Roe in Moscow", []string{"Jane Doe", "John Roe"}},
		{"By Jane Doe in Kyiv, John Roe in Moscow and Ann Poe in Minsk", []string{"Jane Doe", "John Roe", "Ann Poe"}},
		{"By Jane Doe in Kyiv and Moscow", []string{"Jane Doe"}},
	} {
		want := c.want
		cs = append(cs, fcCase{class: "authors/each-writer-with-a-place/" + c.line, url: u,
			html:  fcBylinePage("en", `<div class="byline">`+c.line+`</div>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, want...) }})
	}
	return cs
}

// fcJoinedParticleCases: a name whose particle is joined to the rest by
// a hyphen or an apostrophe ("al-Rashid", "el-Sayed", "d'Alembert"), as
// English bylines write Arabic and French names, is a name.
func fcJoinedParticleCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	var cs []fcCase
	for _, c := range []struct {
		line string
		want []string
	}{
		{"By Omar al-Rashid", []string{"Omar al-Rashid"}},
		{"By Jane Doe and Omar al-Rashid", []string{"Jane Doe", "Omar al-Rashid"}},
		{"By Ursula von der Leyen, Ahmad bin Ismail and Mona el-Sayed", []string{"Ursula von der Leyen", "Ahmad bin Ismail", "Mona el-Sayed"}},
		{"Par Jean d'Alembert", []string{"Jean d'Alembert"}},
		{"By Jane Doe and the harbour-master", []string{"Jane Doe"}},
		// in capitals, a particle chain stays the name's (capitals are
		// the template's style: the name is title-cased)
		{"By MARIA DE LA CRUZ and JAN VAN DER BERG", []string{"Maria De La Cruz", "Jan Van Der Berg"}},
		// a label phrase before a name is still cut
		{"Ein Interview von Katja Berg", []string{"Katja Berg"}},
	} {
		want := c.want
		cs = append(cs, fcCase{class: "authors/particle-joined-to-name/" + c.line, url: u,
			html:  fcBylinePage("en", `<div class="byline">`+c.line+`</div>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, want...) }})
	}
	return cs
}

// fcKoreanRoleCases: a Korean byline writes the job after the name
// ("홍길동 기자", reporter Hong Gil-dong); the name is the author.
func fcKoreanRoleCases() []fcCase {
	u := "https://holmby-courier.example/news/ferry-first-crossing"
	var cs []fcCase
	for _, line := range []string{"홍길동 기자", "홍길동 특파원"} {
		cs = append(cs, fcCase{class: "authors/korean-role-after-name/" + line, url: u,
			html:  fcBylinePage("ko", `<div class="byline">`+line+`</div>`, fcProse(0, 5)),
			check: func(t *testing.T, a *article.Article) { fcWantAuthors(t, a, "홍길동") }})
	}
	return cs
}
