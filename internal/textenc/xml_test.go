package textenc

import (
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// TestXMLToUTF8: the XML declaration of the result names UTF-8 however it
// was written, and nothing else of the document changes.
func TestXMLToUTF8(t *testing.T) {
	ru, _ := charmap.Windows1251.NewEncoder().String("Новости")
	tests := []struct {
		name, ctype, in, want, enc string
	}{
		{"double quotes", "", `<?xml version="1.0" encoding="windows-1251"?><a>` + ru + `</a>`,
			`<?xml version="1.0" encoding="UTF-8"?><a>Новости</a>`, "windows-1251"},
		{"single quotes, spaces, leading blank line", "", "\n<?xml version='1.0' encoding = 'koi8-r' ?><a/>",
			"\n<?xml version='1.0' encoding = 'UTF-8' ?><a/>", "koi8-r"},
		{"header wins, declaration rewritten", "text/xml; charset=windows-1251", `<?xml version="1.0" encoding="iso-8859-1"?><a>` + ru + `</a>`,
			`<?xml version="1.0" encoding="UTF-8"?><a>Новости</a>`, "windows-1251"},
		{"utf-8 declared stays", "", `<?xml version="1.0" encoding="utf-8"?><a>Новости</a>`,
			`<?xml version="1.0" encoding="utf-8"?><a>Новости</a>`, "utf-8"},
		{"no encoding", "", `<?xml version="1.0"?><a>Новости</a>`, `<?xml version="1.0"?><a>Новости</a>`, "utf-8"},
		{"utf-8 with a BOM under a latin1 declaration", "", "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>Grüße</a>",
			`<?xml version="1.0" encoding="UTF-8"?><a>Grüße</a>`, "utf-8"},
		{"no declaration, encoding later is text", "", `<a>encoding="latin1"</a>`, `<a>encoding="latin1"</a>`, "utf-8"},
		{"json", "application/feed+json; charset=windows-1251", `{"title":"` + ru + `"}`, `{"title":"Новости"}`, "windows-1251"},
	}
	for _, tc := range tests {
		out, enc, err := XMLToUTF8([]byte(tc.in), tc.ctype)
		if err != nil || string(out) != tc.want || enc != tc.enc {
			t.Errorf("%s: XMLToUTF8 = %q, %s, %v; want %q, %s", tc.name, out, enc, err, tc.want, tc.enc)
		}
	}
}
