package extract

import (
	"net/url"
	"strings"
)

// This file reads a page's date from its address: the URL it was fetched
// from, else its canonical or og:url, in the path shapes CMSs print
// (/2021/03/14/, 2021-03-14, 20210314, 14-03-2021).

// fromURL reads a full date from a URL path: /2021/03/14/, 2021-03-14,
// /2021-03/14/, 20210314 as a path segment or slug part, 14-03-2021,
// /202103/14/, /2021/0314/, /2021/mar/14/ and /t20210314_1.html.
func (pk *datePicker) fromURL(path string) (dateVal, bool) {
	isSep := func(c byte) bool { return c == '/' || c == '-' || c == '_' || c == '.' }
	isDigit := func(i int) bool { return i >= 0 && i < len(path) && path[i] >= '0' && path[i] <= '9' }
	try := func(y, m, d int) (dateVal, bool) {
		if t, ok := pk.dp.makeDate(y, m, d); ok {
			if v := (dateVal{t: t}); pk.valid(v) {
				return v, true
			}
		}
		return dateVal{}, false
	}
	digits := func(i int) (int, int) {
		j := i
		for j < len(path) && isDigit(j) {
			j++
		}
		return atoi(path[i:j]), j
	}
	for i := 0; i < len(path); i++ {
		if !isDigit(i) || isDigit(i-1) {
			continue
		}
		a, end := digits(i)
		if y, m, d, ok := folderDate(path, i, end); ok {
			if v, ok := try(y, m, d); ok {
				return v, true
			}
		}
		if v, ok := pk.namedMonthFolder(path, i, end); ok {
			return v, true
		}
		switch na := end - i; {
		case na == 4 && end+1 < len(path) && isSep(path[end]) && isDigit(end+1):
			// YYYY sep MM sep DD
			m, e2 := digits(end + 1)
			if e2-end-1 > 2 || e2+1 >= len(path) || !isSep(path[e2]) || !isDigit(e2+1) {
				continue
			}
			if d, e3 := digits(e2 + 1); e3-e2-1 <= 2 {
				if v, ok := try(a, m, d); ok {
					return v, true
				}
			}
		case na == 2 && end+1 < len(path) && (path[end] == '-' || path[end] == '_' || path[end] == '.') && isDigit(end+1):
			// DD-MM-YYYY
			m, e2 := digits(end + 1)
			if e2-end-1 != 2 || e2+1 >= len(path) || path[e2] != path[end] || !isDigit(e2+1) {
				continue
			}
			if y, e3 := digits(e2 + 1); e3-e2-1 == 4 {
				if v, ok := try(y, m, a); ok {
					return v, true
				}
			}
		case na == 8 && (i == 0 || isSep(path[i-1]) || trsName(path, i)):
			if v, ok := try(atoi(path[i:i+4]), atoi(path[i+4:i+6]), atoi(path[i+6:i+8])); ok {
				return v, true
			}
		}
	}
	return dateVal{}, false
}

// namedMonthFolder reads /YYYY/mon/DD/, the month a name of the
// lexicon's ("/2026/dec/05/"): the address form of a large British
// paper's CMS, and of archives that file by month name ("/2024/march/05/").
// The year must start a path segment, the day end one.
func (pk *datePicker) namedMonthFolder(path string, i, end int) (dateVal, bool) {
	if end-i != 4 || i == 0 || path[i-1] != '/' || end >= len(path) || path[end] != '/' {
		return dateVal{}, false
	}
	j := end + 1
	for j < len(path) && (path[j] >= 'a' && path[j] <= 'z' || path[j] >= 'A' && path[j] <= 'Z') {
		j++
	}
	if j-end-1 < 3 || j-end-1 > 9 || j+2 >= len(path) || path[j] != '/' {
		return dateVal{}, false
	}
	m := pk.d.w.monthOf(strings.ToLower(path[end+1:j]), pk.dp.lang)
	k := j + 1
	for k < len(path) && path[k] >= '0' && path[k] <= '9' {
		k++
	}
	if m == 0 || k-j-1 < 1 || k-j-1 > 2 || k < len(path) && path[k] != '/' {
		return dateVal{}, false
	}
	if t, ok := pk.dp.makeDate(atoi(path[i:end]), m, atoi(path[j+1:k])); ok {
		if v := (dateVal{t: t}); pk.valid(v) {
			return v, true
		}
	}
	return dateVal{}, false
}

// folderDate reads the date of YYYYMM/DD/ and YYYY/MMDD/, the folders
// Chinese news CMSs file pages in ("/202403/05/", "/n1/2024/0305/"),
// from the digits path[i:end] that start a path segment.
func folderDate(path string, i, end int) (y, m, d int, ok bool) {
	na := end - i
	if na != 6 && na != 4 || i > 0 && path[i-1] != '/' || end+1 >= len(path) || path[end] != '/' {
		return 0, 0, 0, false
	}
	e2 := end + 1
	for e2 < len(path) && path[e2] >= '0' && path[e2] <= '9' {
		e2++
	}
	if e2-end-1 != 8-na || e2 >= len(path) || path[e2] != '/' {
		return 0, 0, 0, false
	}
	a, b := atoi(path[i:end]), atoi(path[end+1:e2])
	if na == 6 {
		return a / 100, a % 100, b, true
	}
	return a, b / 100, b % 100, true
}

// trsName reports whether the digits at path[i:] are the date of a page
// name TRS WCM gives ("/t20240305_123456.html"): the publishing system of
// most Chinese government and many Chinese news sites.
func trsName(path string, i int) bool {
	return i >= 2 && path[i-1] == 't' && path[i-2] == '/' && i+8 < len(path) && path[i+8] == '_'
}

// fromURLs reads a date from the page's URL, else from its canonical
// URL or og:url.
func (pk *datePicker) fromURLs() (dateVal, bool) {
	d := pk.d
	for _, u := range []string{d.rawURL, d.canonical, d.meta("og:url")} {
		if u == "" {
			continue
		}
		if p, err := url.Parse(u); err == nil {
			if v, ok := pk.fromURL(p.Path); ok {
				return v, true
			}
			if v, ok := pk.fromQuery(p.RawQuery); ok {
				return v, true
			}
		}
	}
	return dateVal{}, false
}

// fromQuery reads a date from a query parameter whose name says date
// ("article.php?id=12&date=2024-03-05", "?pubdate=20240305"), as
// script-served sites address their articles. Other parameters are not
// read: a campaign tag ("utm_campaign=newsletter-2024-03-11") dates the
// mailing, not the page.
func (pk *datePicker) fromQuery(q string) (dateVal, bool) {
	if !strings.Contains(q, "date") {
		return dateVal{}, false
	}
	for _, kv := range strings.Split(q, "&") {
		k, v, _ := strings.Cut(kv, "=")
		if !strings.Contains(strings.ToLower(k), "date") {
			continue
		}
		if v, err := url.QueryUnescape(v); err == nil {
			if d, ok := pk.fromURL("/" + v + "/"); ok {
				return d, true
			}
		}
	}
	return dateVal{}, false
}
