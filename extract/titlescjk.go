package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file cuts a site's name off a title written in Chinese, Japanese
// or Korean, where the separators are full-width marks or glued to the
// words (titles.go handles the spaced separators of other scripts).

// stripCJKSuffix cuts a site name glued to a title written without spaces
// (Chinese, Japanese, Korean): "标题-新华网", "記事の題名｜サイト名". The tail
// must be short and the head at least twice as long. A second short tail
// is a section ("标题_社会_新闻网", the title_section_site form of Chinese
// portals) and goes too.
func stripCJKSuffix(s string) string {
	if !hasCJK(s) {
		return s
	}
	if t := cutCJKTail(s); t != s {
		return cutCJKTail(t)
	}
	return s
}

// cutNamedCJKTail cuts the site's name off the end of a CJK title when a
// full-width separator or brackets hold exactly it: "見出し：朝日新聞デジタル"
// (the full-width colon of Japanese papers' titles), "제목｜신문"
// (Korean site names have spaces, which cutCJKTail refuses), "見出し（サイト）".
// Reading the separator as one only before the site's own name keeps a
// headline's own colon ("首相：…"). Lenticular brackets that hold exactly
// the name may also open or close the title ("【新聞】見出し", "見出し【新聞】",
// the form of Chinese portals' reposts): elsewhere they hold a label
// ("【速報】"), which labelFree reads, or a column's name, which stays.
// Changes no development page; general because only the site's own name
// in the brackets is cut.
func cutNamedCJKTail(s string, names []string) string {
	if !hasCJK(s) || len(names) == 0 {
		return s
	}
	if rest, ok := strings.CutPrefix(s, "【"); ok {
		if in, post, ok := strings.Cut(rest, "】"); ok && in != "" && strings.TrimSpace(post) != "" && isSiteName(in, names) {
			return strings.TrimSpace(post)
		}
	}
	if rest, ok := strings.CutSuffix(s, "】"); ok {
		if i := strings.LastIndex(rest, "【"); i > 0 && len(rest) > i+len("【") && isSiteName(rest[i+len("【"):], names) {
			return strings.TrimSpace(rest[:i])
		}
	}
	if strings.HasSuffix(s, "）") {
		if i := strings.LastIndex(s, "（"); i > 0 {
			if in := strings.TrimSpace(s[i+len("（") : len(s)-len("）")]); in != "" && isSiteName(in, names) {
				return strings.TrimSpace(s[:i])
			}
		}
	}
	for _, sep := range []string{"：", "｜", "－", "—", "_", "-"} {
		i := strings.LastIndex(s, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+len(sep):])
		if tail != "" && utf8.RuneCountInString(head) >= 4 && isSiteName(tail, names) {
			return head
		}
	}
	return s
}

// cutCJKTail cuts one short tail after a separator off a CJK title.
// In a title with spaces (CJK headlines space their clauses) only the
// full-width bar and the underscore, which no word holds, separate it.
func cutCJKTail(s string) string {
	seps := "-_|｜—"
	if strings.ContainsRune(s, ' ') {
		seps = "_｜"
	}
	i := strings.LastIndexAny(s, seps)
	if i <= 0 {
		return s
	}
	head, tail := strings.TrimSpace(s[:i]), strings.TrimLeft(s[i:], seps)
	if n := utf8.RuneCountInString(tail); n == 0 || n > 10 || utf8.RuneCountInString(head) < 2*n || strings.ContainsRune(tail, ' ') {
		return s
	}
	return head
}

// cjkNameTail reports whether the last part of a two-part title after a
// spaced separator ("제목 - 신문", "标题 - 新闻网") is a site's name as
// cutCJKTail reads one glued to the title: CJK letters without a space,
// ten at most and no digit ("2021年" is a date), after a CJK head at
// least twice as long. Word counts, which shortTail reads, say nothing
// of words written without spaces. Changes no development page; general because it is cutCJKTail's own test,
// which the spaces around the separator kept from running.
func cjkNameTail(head, tail string) bool {
	n := utf8.RuneCountInString(tail)
	return hasCJK(head) && hasCJK(tail) && n > 0 && n <= 10 && !strings.ContainsFunc(tail, func(r rune) bool { return r == ' ' || unicode.IsDigit(r) }) &&
		utf8.RuneCountInString(head) >= 2*n
}

// cjkNameTails reports whether every part after the first of a CJK title
// is a name as cjkNameTail reads one: "見出し | 社会 | 新聞", "标题_频道_网",
// the section and the site's name after the title. A section name is as
// short as a site's, so two such parts are no more a headline's own words
// than one.
func cjkNameTails(parts []string) bool {
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts[1:] {
		if !cjkNameTail(parts[0], p) {
			return false
		}
	}
	return true
}
