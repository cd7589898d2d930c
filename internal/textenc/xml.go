package textenc

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding"
)

// XMLToUTF8 is ToUTF8 for an XML document (a feed): its XML declaration's
// encoding stands where an HTML page's <meta charset> does, and the
// declaration of the result says UTF-8. The bytes come back in UTF-8, so
// a parser that decodes by the declaration (encoding/xml's CharsetReader,
// which gofeed sets) must not read them again as the charset they came in:
// that turns every non-ASCII character into two or three wrong ones, or
// an invalid sequence.
//
// The order is RFC 7303's: byte order mark, header charset, declaration,
// then the bytes (UTF-8 when valid, as XML's default, else detection as
// for an undeclared page). A label the bytes contradict (checkDeclared)
// gives way to the next one: a header's UTF-8 for a body that is not UTF-8
// gives way to the declaration, not to windows-1252.
func XMLToUTF8(b []byte, contentType string) ([]byte, string, error) {
	valid := utf8.Valid(b)
	enc, name, decoded := decideXML(b, contentType, valid)
	out, name, err := decodeAs(b, enc, name, valid, decoded)
	if err != nil {
		return nil, name, err
	}
	return declareUTF8(out), name, nil
}

// decideXML picks an XML document's encoding (XMLToUTF8), with the
// document decoded in it when deciding took a decode (decideEncoding).
func decideXML(b []byte, contentType string, valid bool) (encoding.Encoding, string, []byte) {
	if e, name := bomEncoding(b); e != nil {
		return e, name, nil
	}
	de, dname := lookupCharset(xmlDeclEncoding(b), false)
	if e, name := headerCharset(contentType); e != nil {
		ce, cname, decoded := checkDeclared(b, e, name, valid)
		if cname == name || de == nil {
			return ce, cname, decoded
		}
	}
	if de != nil {
		return checkDeclared(b, de, dname, valid)
	}
	return detectEncoding(b, valid)
}

// xmlDecl returns the span of b's XML declaration (<?xml ... ?>, after
// leading white space), or -1, -1.
func xmlDecl(b []byte) (start, end int) {
	start = len(b) - len(bytes.TrimLeft(b, " \t\r\n"))
	if !bytes.HasPrefix(b[start:], []byte("<?xml")) || len(b) < start+6 || !isXMLSpace(b[start+5]) {
		return -1, -1
	}
	n := bytes.Index(b[start:min(len(b), start+512)], []byte("?>"))
	if n < 0 {
		return -1, -1
	}
	return start, start + n
}

// xmlDeclEncoding returns the encoding label of b's XML declaration, ""
// when it has none.
func xmlDeclEncoding(b []byte) string {
	v0, v1 := xmlDeclValue(b)
	if v0 < 0 {
		return ""
	}
	return string(b[v0:v1])
}

// xmlDeclValue returns the span of the value of the encoding pseudo-
// attribute of b's XML declaration, or -1, -1.
func xmlDeclValue(b []byte) (int, int) {
	start, end := xmlDecl(b)
	if start < 0 {
		return -1, -1
	}
	decl := b[start:end]
	i := bytes.Index(decl, []byte("encoding"))
	if i < 0 {
		return -1, -1
	}
	rest := bytes.TrimLeft(decl[i+len("encoding"):], " \t\r\n")
	if len(rest) == 0 || rest[0] != '=' {
		return -1, -1
	}
	rest = bytes.TrimLeft(rest[1:], " \t\r\n")
	if len(rest) == 0 || rest[0] != '"' && rest[0] != '\'' {
		return -1, -1
	}
	q := rest[0]
	k := bytes.IndexByte(rest[1:], q)
	if k < 0 {
		return -1, -1
	}
	v0 := end - len(rest) + 1
	return v0, v0 + k
}

func isXMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// declareUTF8 makes b's XML declaration, if it names an encoding, name
// UTF-8; b is changed only when it names another.
func declareUTF8(b []byte) []byte {
	v0, v1 := xmlDeclValue(b)
	if v0 < 0 || bytes.EqualFold(b[v0:v1], []byte("utf-8")) {
		return b
	}
	out := make([]byte, 0, len(b)-(v1-v0)+5)
	out = append(out, b[:v0]...)
	out = append(out, "UTF-8"...)
	return append(out, b[v1:]...)
}

// XMLEncoding decides the encoding of an XML document from its first
// bytes (head), by XMLToUTF8's rule, for a reader that decodes it as it
// streams in (a sitemap of many megabytes). The bytes after head are not
// seen: a document that turns out not to be UTF-8 only past head is read
// as UTF-8, and its broken bytes are the XML parser's to reject.
func XMLEncoding(head []byte, contentType string) (encoding.Encoding, string) {
	// A character cut by the end of head is not an invalid one.
	for i := 1; i <= min(3, len(head)); i++ {
		if c := head[len(head)-i]; utf8.RuneStart(c) {
			if !utf8.FullRune(head[len(head)-i:]) {
				head = head[:len(head)-i]
			}
			break
		}
	}
	e, name, _ := decideXML(head, contentType, utf8.Valid(head))
	return e, name
}
