package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file drops the staff lines a WeChat article (and the Chinese
// self-media pages that copy its layout) closes its text with: a label of
// the lexicon, a bar and a name ("作者 | 周某", "编辑 丨 林某", "图片 |
// 受访者提供"), with the follow prompt's arrow ("▼") after them.

// staffBars are the bars between a staff line's label and its name: the
// ASCII bar, the full-width bar and the CJK stroke "丨" WeChat editors use.
var staffBars = []string{"|", "｜", "丨"}

// staffCut cuts p at the first of staffBars it holds (in that order),
// the label before it and the name after it trimmed; ok is false when p
// holds none.
func staffCut(p string) (label, name string, ok bool) {
	for _, b := range staffBars {
		if label, name, ok = strings.Cut(p, b); ok {
			return strings.TrimSpace(label), strings.TrimSpace(name), true
		}
	}
	return "", "", false
}

// dropStaffTail drops the closing run of staff lines, and the lines of
// symbols alone among them, from the text. Only at the end of the text:
// a table row "作者 | 书名" between paragraphs stays, and the first
// paragraph always stays.
func (d *doc) dropStaffTail() {
	if cut, staff := d.staffTail(); staff > 0 {
		d.dropBodyFrom(cut, "staff-tail")
	}
}

// staffTail returns the index of the text's first closing staff line (or
// symbols line among them) and how many staff lines close the text.
func (d *doc) staffTail() (cut, staff int) {
	if d.bodyRes == nil {
		return 0, 0
	}
	ps := d.bodyRes.paragraphs
	n := len(ps)
	cut = n
	for i := n - 1; i > 0 && n-i <= 8; i-- {
		if d.staffLine(ps[i]) {
			staff++
		} else if !symbolsOnly(ps[i]) {
			break
		}
		cut = i
	}
	return cut, staff
}

// staffWriters returns the names of the closing staff lines whose label
// names the writer ("作者 | 周某", "撰文 | X"): a label noun of the lexicon
// that is no editor's ("编辑", "责任编辑") and no picture's ("图片").
// The page prints no other byline; a staff line is the writer's credit.
func (d *doc) staffWriters() []string {
	cut, staff := d.staffTail()
	if staff == 0 {
		return nil
	}
	var out []string
	for _, p := range d.bodyRes.paragraphs[cut:] {
		if label, name, ok := staffCut(p); ok && d.w.labelNouns[label] && !d.w.editorLabels[label] && d.staffLine(p) {
			out = append(out, name)
		}
	}
	return out
}

// staffLine reports whether p is a staff line: a short line, a staff
// label of the lexicon, a bar and a name of no more than twenty
// characters, with no sentence's punctuation.
func (d *doc) staffLine(p string) bool {
	if textOver(p, 90) || strings.ContainsAny(p, "。，,.!?！？") {
		return false
	}
	label, name, ok := staffCut(p)
	return ok && d.w.staffLabels[label] && name != "" && utf8.RuneCountInString(name) <= 20
}

// symbolsOnly reports whether p holds no letter and no digit ("▼", "—
// END —" does not qualify).
func symbolsOnly(p string) bool {
	return !strings.ContainsFunc(p, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) })
}

// dropReadingTimeHead drops the text's first paragraph when it is a
// reading-time line: "本文约2600字，阅读需要7分钟", "阅读时间约 5 分钟".
// Every clause of it holds a number and is either a word count ("…2600字")
// or opens with a reading-time word of the lexicon: a story's sentence
// about reading time ("孩子每天阅读时间不少于30分钟") opens with
// something else, and only the first paragraph is read.
func (d *doc) dropReadingTimeHead() {
	res := d.bodyRes
	if len(res.paragraphs) < 2 || len(res.paragraphs[0]) > 90 || !d.readingTimeLine(res.paragraphs[0]) {
		return
	}
	d.removeParagraph(0, "reading-time-head")
}

// readingTimeLine reports whether p is a reading-time line (see
// dropReadingTimeHead).
func (d *doc) readingTimeLine(p string) bool {
	read := false
	for _, c := range strings.FieldsFunc(p, func(r rune) bool { return strings.ContainsRune("，,|｜丨", r) }) {
		c = strings.TrimSpace(c)
		switch {
		case !strings.ContainsFunc(c, unicode.IsDigit):
			return false
		case hasPrefixAny(c, d.w.readingTimeWords):
			read = true
		case !strings.HasSuffix(c, "字"):
			return false
		}
	}
	return read
}

// hasPrefixAny reports whether s opens with one of the prefixes.
func hasPrefixAny(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
