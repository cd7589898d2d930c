package extract

import (
	"strings"
	"sync"
	"time"
)

// This file maps the country of a page's language tag ("fr-CA", "pt_BR")
// to the time zone most of that country's readers live in. A page whose
// machine dates are all in UTC is dated by its readers' day: a story
// published at 00:23 UTC in Ottawa was published on the evening before.

// regionZones names, per ISO 3166 country code, the zone of the country's
// largest population. Countries whose CMSes use the tag as a default for
// any site (en-US) are left out: the tag says nothing about where the
// page is from.
var regionZones = map[string]string{
	"CA": "America/Toronto", "MX": "America/Mexico_City", "BR": "America/Sao_Paulo",
	"AR": "America/Argentina/Buenos_Aires", "CL": "America/Santiago", "CO": "America/Bogota", "PE": "America/Lima",
	"VE": "America/Caracas", "AU": "Australia/Sydney", "NZ": "Pacific/Auckland", "JP": "Asia/Tokyo",
	"KR": "Asia/Seoul", "CN": "Asia/Shanghai", "TW": "Asia/Taipei", "HK": "Asia/Hong_Kong", "IN": "Asia/Kolkata",
	"PK": "Asia/Karachi", "ID": "Asia/Jakarta", "PH": "Asia/Manila", "SG": "Asia/Singapore",
	"MY": "Asia/Kuala_Lumpur", "TH": "Asia/Bangkok", "VN": "Asia/Ho_Chi_Minh", "IR": "Asia/Tehran",
	"TR": "Europe/Istanbul", "RU": "Europe/Moscow", "UA": "Europe/Kyiv", "IL": "Asia/Jerusalem",
	"EG": "Africa/Cairo", "SA": "Asia/Riyadh", "AE": "Asia/Dubai", "ZA": "Africa/Johannesburg",
	"NG": "Africa/Lagos", "KE": "Africa/Nairobi", "DE": "Europe/Berlin", "AT": "Europe/Vienna",
	"CH": "Europe/Zurich", "FR": "Europe/Paris", "BE": "Europe/Brussels", "NL": "Europe/Amsterdam",
	"ES": "Europe/Madrid", "IT": "Europe/Rome", "PL": "Europe/Warsaw", "CZ": "Europe/Prague",
	"SE": "Europe/Stockholm", "NO": "Europe/Oslo", "DK": "Europe/Copenhagen", "FI": "Europe/Helsinki",
	"GR": "Europe/Athens", "HU": "Europe/Budapest", "RO": "Europe/Bucharest", "PT": "Europe/Lisbon",
}

// regionStdOffsets are the standard offsets (hours) of regionZones, used
// when the system has no zone database.
var regionStdOffsets = map[string]float64{
	"CA": -5, "MX": -6, "BR": -3, "AR": -3, "CL": -4, "CO": -5, "PE": -5, "VE": -4, "AU": 10, "NZ": 12,
	"JP": 9, "KR": 9, "CN": 8, "TW": 8, "HK": 8, "IN": 5.5, "PK": 5, "ID": 7, "PH": 8, "SG": 8, "MY": 8,
	"TH": 7, "VN": 7, "IR": 3.5, "TR": 3, "RU": 3, "UA": 2, "IL": 2, "EG": 2, "SA": 3, "AE": 4, "ZA": 2,
	"NG": 1, "KE": 3, "DE": 1, "AT": 1, "CH": 1, "FR": 1, "BE": 1, "NL": 1, "ES": 1, "IT": 1, "PL": 1,
	"CZ": 1, "SE": 1, "NO": 1, "DK": 1, "FI": 2, "GR": 2, "HU": 1, "RO": 2, "PT": 0,
}

var (
	regionZoneMu    sync.Mutex
	regionZoneCache = map[string]*time.Location{}
)

// regionZone returns the zone of the country in a language tag ("fr-CA"
// → America/Toronto), or nil when the tag names no country or one that
// is not in the table.
func regionZone(tag string) *time.Location {
	tag = strings.ReplaceAll(strings.TrimSpace(tag), "_", "-")
	i := strings.IndexByte(tag, '-')
	if i < 0 {
		return nil
	}
	lang, cc := strings.ToLower(tag[:i]), strings.ToUpper(tag[i+1:])
	if j := strings.IndexByte(cc, '-'); j >= 0 {
		cc = cc[:j]
	}
	if lang == "ar" && cc == "AR" {
		return nil // Facebook's locale for Arabic, not Argentina
	}
	name, ok := regionZones[cc]
	if !ok {
		return nil
	}
	regionZoneMu.Lock()
	defer regionZoneMu.Unlock()
	if loc, ok := regionZoneCache[cc]; ok {
		return loc
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		off := int(regionStdOffsets[cc] * 3600)
		loc = time.FixedZone(offsetName(off), off)
	}
	regionZoneCache[cc] = loc
	return loc
}

// regionTag returns the page's language tag that names a country: <html
// lang>, then Content-Language, DC.language and og:locale, then JSON-LD
// inLanguage.
func (d *doc) regionTag() string {
	for _, s := range []string{d.htmlLang, d.meta("content-language"), d.meta("dc.language"), d.meta("og:locale"),
		d.ld.Language} {
		s = strings.TrimSpace(s)
		if strings.ContainsAny(s, "-_") {
			return s
		}
	}
	return ""
}
