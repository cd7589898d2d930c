package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads the datelines of scripts other than the Latin one:
// the fixed openings of Chinese, Japanese and Korean papers and wires,
// Indian-language reporters' lines, and places in scripts without
// capitals (see datelineIn).

// reporterPlace returns the place of an Indian-language paper's opening
// "Reporter Name, Placeઃ" (a colon, or the script's visarga written as
// one), or "": a name of one to three words, a comma, a place of one or
// two words, all in an Indic script, before a sentence of some length.
// Right on one annotated tune page (Gujarati); general because it is how
// the Indian-language press opens a reporter's story, and Latin script,
// where "Jane Doe, CEO:" introduces a speaker, is left out.
func reporterPlace(par string) string {
	i := strings.IndexAny(par, ":ઃः")
	if i <= 0 || i > 120 || wordCount(par) < 12 {
		return ""
	}
	name, place, ok := strings.Cut(par[:i], ",")
	name, place = strings.TrimSpace(name), strings.TrimSpace(place)
	if !ok || strings.ContainsAny(place, ",0123456789") || strings.ContainsAny(name, "0123456789") ||
		wordCount(name) > 3 || wordCount(place) > 2 || !indicScript(name) || !indicScript(place) {
		return ""
	}
	if _, size := utf8.DecodeRuneInString(par[i:]); !strings.HasPrefix(par[i+size:], " ") {
		return ""
	}
	return place
}

var (
	// 〔記者王小明／台北報導〕, 【记者 王小明/北京报道】
	reporterPlaceRE = regexp.MustCompile(`^[〔【（(\[]\s*(?:記者|记者)[^／/〕】）)\]]{1,24}[／/]\s*([^〕】）)\]\s]{1,10}?)\s*(?:報導|报道)\s*[〕】）)\]]`)
	// 新华社北京4月1日电, 中新社香港4月1日電, and a paper's own or its web
	// site's: 本报北京4月1日电, 人民网北京4月1日电
	wirePlaceRE = regexp.MustCompile(`^(?:新华社|新華社|新华网|新華網|中新社|中新网|中新網|本报|本報|人民网|人民網)\s*([^\d\s（(]{2,8}?)\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|電)`)
	// （中央社台北5日電）: Taiwan's Central News Agency, the day alone;
	// its reporter's name, when it prints one, is glued to the place
	// ("中央社記者王小明台北5日電") and is left out
	cnaPlaceRE = regexp.MustCompile(`^[（(]中央社\s*([^\d\s（(記记]{2,8}?)\s*\d{1,2}\s*日\s*(?:电|電)`)
	// 【北京共同】, 【ワシントン時事】, 【ワシントン＝山田太郎】
	japanPlaceRE = regexp.MustCompile(`^【([^】＝=\s]{1,10}?)(?:共同|時事|[＝=][^】]{1,16})】`)
	// (서울=연합뉴스), [부산=뉴시스]
	koreaPlaceRE = regexp.MustCompile(`^[(（\[]\s*([가-힣]{1,8})\s*=\s*[^)）\]]{1,16}[)）\]]`)
)

// chineseDateline returns the place of a CJK reporter's or wire's
// dateline opening par, or "". "即時報導" (real-time report) is no place.
func chineseDateline(par string) string {
	for _, re := range []*regexp.Regexp{reporterPlaceRE, wirePlaceRE, cnaPlaceRE, japanPlaceRE, koreaPlaceRE} {
		if m := re.FindStringSubmatch(par); m != nil && m[1] != "即時" && m[1] != "即时" && hasCJK(m[1]) {
			return m[1]
		}
	}
	return ""
}

// caselessPlace reports whether s is one to three words of letters that
// have no capitals (Arabic, Hebrew, Persian): no digits, no Latin.
func caselessPlace(s string) bool {
	n := wordCount(s)
	return n >= 1 && n <= 3 && !strings.ContainsFunc(s, func(r rune) bool {
		return unicode.IsDigit(r) || unicode.IsUpper(r) || unicode.IsLower(r)
	})
}

// opensSentence reports whether s, the text after a wire's bracket,
// opens a sentence: with a capital, or with a letter of a script without
// capitals (Devanagari, Arabic) after a dated place (before, the text
// before the bracket): "नई दिल्ली, 5 दिसंबर (भाषा) सरकार ने …", as the Hindi
// wires print their bracket without a dash. Undated, such a bracket is as
// often a gloss ("संस्कृत (भाषा) एक …": "(language)"), the wires' names
// being common words.
func opensSentence(s, before string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsLetter(r) && !unicode.IsLower(r) && !unicode.Is(unicode.Han, r) && strings.ContainsFunc(before, unicode.IsDigit)
}
