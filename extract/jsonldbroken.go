package extract

import (
	"encoding/json"
	"strings"
)

// This file salvages what JSON-LD blocks that do not parse still say:
// the objects inside a broken block that do parse, and the dates and
// headline written in the text of a block too broken for that (jsonld.go
// reads the blocks that parse).

// ldSalvage returns the objects of a block that does not parse as a
// whole: every balanced {...} that parses on its own and has an @type,
// outermost first (an object inside a salvaged one is not repeated).
func ldSalvage(raw string) []any {
	type span struct{ start, end int }
	var stack []int
	var found []span
	var objs []any
	tries := 0
	var str ldStrScan
	for i := 0; i < len(raw) && tries < maxLDSalvageTries; i++ {
		c := raw[i]
		if str.in {
			str.step(c)
			continue
		}
		switch c {
		case '"':
			str.in = true
		case '{':
			stack = append(stack, i)
		case '}':
			if len(stack) == 0 {
				continue
			}
			start := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			tries++
			v, ok := ldDecode(raw[start : i+1])
			if !ok {
				continue
			}
			if m, ok := v.(map[string]any); ok && m["@type"] != nil {
				// An object that encloses earlier finds replaces them.
				for len(found) > 0 && found[len(found)-1].start > start {
					found, objs = found[:len(found)-1], objs[:len(objs)-1]
				}
				found = append(found, span{start, i})
				objs = append(objs, m)
			}
		}
	}
	return objs
}

// maxLDSalvageTries bounds the decoding attempts on one broken block.
const maxLDSalvageTries = 256

// ldBrokenFields reads the publication and modification dates and the
// headline of blocks that do not parse, as "key": "value" pairs in their
// text (resolvers use them after every other source).
func ldBrokenFields(info *ldInfo, broken []string) {
	for _, raw := range broken {
		if info.BrokenPublished == "" {
			info.BrokenPublished = ldStringField(raw, "datePublished")
		}
		if info.BrokenModified == "" {
			info.BrokenModified = ldStringField(raw, "dateModified")
		}
		if info.BrokenHeadline == "" {
			info.BrokenHeadline = ldStringField(raw, "headline")
		}
	}
}

// ldStringField returns the string value of the first "key": "value" in
// raw text, unescaped, or "".
func ldStringField(raw, key string) string {
	i := strings.Index(raw, `"`+key+`"`)
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(raw[i+len(key)+2:], " \t\r\n")
	if !strings.HasPrefix(rest, ":") {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " \t\r\n")
	if !strings.HasPrefix(rest, `"`) {
		return ""
	}
	end := 1
	for end < len(rest) && rest[end] != '"' {
		if rest[end] == '\\' {
			end++
		}
		end++
	}
	if end >= len(rest) || end > 500 {
		return ""
	}
	var s string
	if err := json.Unmarshal([]byte(rest[:end+1]), &s); err != nil {
		return strings.TrimSpace(rest[1:end])
	}
	return strings.TrimSpace(s)
}
