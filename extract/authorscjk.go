package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads the reporters' credits of Chinese-language papers and
// portals: "〔記者王小明／台北報導〕", the wire's bracket after a mainland
// dateline, the info line's "作者：" field, names joined by "、" or spaces.

// reporterCreditRE matches a Chinese-language paper's reporter credit,
// "記者 NAME／PLACE報導" ("〔記者王小明／台北報導〕", "记者 李华/北京报道",
// "記者林宸誼／即時報導"), with several reporters joined by "、": the
// reporters' names in group 1.
var reporterCreditRE = regexp.MustCompile(`(?:記者|记者)\s*([\p{Han}·、 ]{2,24}?)\s*[／/]\s*[^／/〕】）)\]]{0,8}?(?:報導|报道)`)

// xinhuaCreditRE matches the reporters' credit a mainland wire or paper
// puts in brackets after its dateline: "新华社武汉12月5日电（记者刘思远、
// 陈晓雯）", "本报北京12月5日电 (记者 李华)": the names in group 1.
var xinhuaCreditRE = regexp.MustCompile(`(?:电|電)\s*[（(]\s*(?:記者|记者)\s*([\p{Han}·、 ]{2,24}?)\s*[）)]`)

// reporterCredit returns the reporters a Chinese credit in s names.
func reporterCredit(s string) []string {
	if !strings.Contains(s, "者") { // both credits hold 記者 or 记者: no regexp run over every other line
		return nil
	}
	m := reporterCreditRE.FindStringSubmatch(s)
	if m == nil {
		m = xinhuaCreditRE.FindStringSubmatch(s)
	}
	if m == nil {
		return nil
	}
	return chineseNames(m[1])
}

// chineseNames splits Chinese names joined by "、" or spaces ("刘思远、
// 陈晓雯", "刘思远 陈晓雯"): each of two to five characters, without the
// job title a second name opens with ("记者刘思远 通讯员陈晓雯": local
// papers credit a stringer beside the reporter).
func chineseNames(s string) []string {
	names, _ := chineseNameFields(s)
	return names
}

// chineseNameFields is chineseNames that also reports whether every
// field of s was read: a name, the place a reporter filed from ("北京报道",
// skipped) or a photographer's label, where the writers end ("摄影 李华").
func chineseNameFields(s string) (names []string, whole bool) {
	w := vocab()
	whole = true
	for _, n := range strings.FieldsFunc(s, func(r rune) bool { return r == '、' || unicode.IsSpace(r) }) {
		if w.photoLabel(n) {
			break
		}
		if slices.ContainsFunc(w.reportSuffixes, func(suf string) bool { return strings.HasSuffix(n, suf) }) {
			continue
		}
		if w.role[n] {
			continue // a job standing alone before its names ("记者 X 通讯员 Y"): the next word's title, nobody's name
		}
		for _, r := range w.cjkRoles {
			if rest, ok := strings.CutPrefix(n, r); ok && utf8.RuneCountInString(rest) >= 2 {
				n = rest
				break
			}
		}
		if k := utf8.RuneCountInString(n); k >= 2 && k <= 5 {
			names = append(names, n)
		} else {
			whole = false
		}
	}
	return names, whole
}

// photoLabel reports whether word is a picture-credit label of the
// lexicon without its colon or slash ("摄影" of "摄影：", "攝影／").
func (w *words) photoLabel(word string) bool {
	for _, l := range w.creditLabels {
		if rest, ok := strings.CutPrefix(l, word); ok && rest != "" && utf8.RuneCountInString(rest) == 1 && !unicode.IsLetter([]rune(rest)[0]) {
			return true
		}
	}
	return false
}

// writerLabelRE matches a mainland portal's writer field inside its
// info line under the headline ("2026-12-05 10:26 来源：新华网 作者：刘思远
// 陈晓雯 责任编辑：周婷"): the names in group 1, up to the next field.
var writerLabelRE = regexp.MustCompile(`作者\s*[：:]\s*((?:[\p{Han}·]{2,5}[、 ]?){1,6})`)

// reporterCredits reads the reporter credit that opens a Chinese-language
// story, in its first paragraphs or the line after its headline. Right on
// two development pages, kept: it is how Taiwanese, Hong Kong and mainland
// papers credit every staff story (the dateline reads the same credit for
// its place), and the form is fixed: 記者, the name, a slash, 報導.
func (d *doc) reporterCredits() []string {
	var texts []string
	if d.headlineNode != nil {
		texts = append(texts, followingText(d.headlineNode, 300))
	}
	for i := 0; i < 3 && i < len(d.bodyRes.paragraphs); i++ {
		p := d.bodyRes.paragraphs[i]
		texts = append(texts, p[:min(len(p), 240)])
	}
	for _, t := range texts {
		if names := reporterCredit(t); len(names) > 0 {
			return names
		}
	}
	// The writer field of a Chinese portal's info line, which holds the
	// date and source before it (the label does not open the line).
	if len(texts) > 0 && strings.HasPrefix(d.lang, "zh") {
		if m := writerLabelRE.FindStringSubmatchIndex(texts[0]); m != nil {
			names := chineseNames(texts[0][m[2]:m[3]])
			// The last "name" is the next field's label ("作者：王小明
			// 来源：人民网").
			if rest := texts[0][m[3]:]; len(names) > 0 && (strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":")) {
				names = names[:len(names)-1]
			}
			return names
		}
	}
	return nil
}

// chineseSpaced splits the names a Chinese page's byline joins with
// spaces ("作者：刘思远 陈晓雯"): on a zh page, Han names of two to five
// characters each. A Japanese name keeps its space between the family
// and given names ("石原 健太").
func (d *doc) chineseSpaced(n string) []string {
	if !strings.HasPrefix(d.lang, "zh") || !strings.ContainsRune(n, ' ') || !hasCJK(n) {
		return []string{n}
	}
	parts, whole := chineseNameFields(n)
	if len(parts) == 0 || !whole {
		return []string{n}
	}
	return parts
}

// hangulName reports whether n is a Korean name: two to four Hangul
// syllables, never spaced, so whole ("고은비 기자의 기사 모음", a line
// opening with it, is the author box's caption).
func hangulName(n string) bool {
	k := 0
	for _, r := range n {
		if !unicode.Is(unicode.Hangul, r) {
			return false
		}
		k++
	}
	return k >= 2 && k <= 4
}

// particlePhrase reports whether a word of words but the last ends on a
// phrase particle of the lexicon ("기자의 기사 모음": the reporter's
// stories, the Korean possessive on the noun): a phrase, a reporter
// box's caption over a list of stories, never a name, which Korean
// writes whole ("고은비") and a foreign name in Hangul without
// particles ("도널드 트럼프").
func (w *words) particlePhrase(words []string) bool {
	for _, x := range words[:max(len(words)-1, 0)] {
		for _, p := range w.phraseParticles {
			if strings.HasSuffix(x, p) {
				return true
			}
		}
	}
	return false
}
