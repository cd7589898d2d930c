package lexicon

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"sync"
)

// The gazetteer: the names of the world's cities of 15,000 people or more
// and of its countries, from GeoNames (geonames.org, CC BY 4.0), one per
// line, as genplaces writes them. The dateline resolver asks it whether
// a word in title case opening a story ("Lüdenscheid. Die …", "Rostow
// (Russland) - …") is a place, where a kicker ("Analyse – …") is not.
//
//go:embed data/places.txt.gz
var placesGz []byte

var (
	placesOnce sync.Once
	places     map[string]struct{}
)

// IsPlace reports whether name is a city or country of the gazetteer,
// spelt as GeoNames spells it (case and accents count). The list is read
// on first use.
func IsPlace(name string) bool {
	placesOnce.Do(loadPlaces)
	_, ok := places[name]
	return ok
}

func loadPlaces() {
	places = make(map[string]struct{}, 80000)
	zr, err := gzip.NewReader(bytes.NewReader(placesGz))
	if err != nil {
		panic("lexicon: places: " + err.Error()) // the embedded file is part of the build
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		if l := sc.Text(); l != "" {
			places[l] = struct{}{}
		}
	}
	if err := sc.Err(); err != nil {
		panic("lexicon: places: " + err.Error())
	}
}
