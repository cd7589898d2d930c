package extract

// This file mends the two faults a template most often leaves in a
// JSON-LD block, so that the block's article object is read whole
// rather than salvaged piecemeal (jsonldbroken.go): a comma before a
// closing brace or bracket (a loop that writes "," after every field),
// and a block cut off (a length limit, a truncated fetch).

// ldRepair returns s with every comma before a closing brace or bracket
// dropped and, when s ends inside an object, closed at its last complete
// field: the text after it (a value or a key cut through) is dropped and
// the open objects and arrays are closed. A cut that falls inside an
// array a field holds ("author": [ ... ) drops that whole field: the list
// is incomplete, and a list of writers cut after the first would name one
// writer alone. ok is false when s is neither (nothing to mend).
func ldRepair(s []byte) (out []byte, ok bool) {
	out = make([]byte, 0, len(s)+16)
	// stack holds '{' or '[' for each open container, 'A' for an array
	// that is a field's value (other than "@graph", a list of nodes).
	var stack, safeStack []byte
	safe := -1     // length of out at the last complete field, -1: none
	fieldArrs := 0 // 'A's on the stack
	var str ldStrScan
	mended := false
	strStart := 0
	var lastStr []byte // the last string closed: a key before its value
	mark := func(n int) {
		if fieldArrs == 0 {
			safe, safeStack = n, append(safeStack[:0], stack...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if str.in {
			out = append(out, c)
			if str.step(c) {
				lastStr = out[strStart:]
			}
			continue
		}
		switch c {
		case '"':
			str.in, strStart = true, len(out)
		case '{', '[':
			if c == '[' && len(stack) > 0 && stack[len(stack)-1] == '{' && string(lastStr) != `"@graph"` {
				c = 'A'
				fieldArrs++
			}
			stack = append(stack, c)
			if c == 'A' {
				c = '['
			}
			out = append(out, c)
			mark(len(out))
			continue
		case '}', ']':
			var dropped bool
			out, dropped = ldDropComma(out)
			mended = mended || dropped
			if len(stack) > 0 {
				if stack[len(stack)-1] == 'A' {
					fieldArrs--
				}
				stack = stack[:len(stack)-1]
			}
			out = append(out, c)
			mark(len(out))
			continue
		case ',':
			mark(len(out))
		}
		out = append(out, c)
	}
	if len(stack) == 0 && !str.in {
		return out, mended
	}
	if safe < 0 || len(safeStack) == 0 {
		return nil, false
	}
	return ldCloseAt(out[:safe], safeStack), true
}

// ldDropComma drops a comma (and the space after it) that ends out: it
// stood before a close.
func ldDropComma(out []byte) ([]byte, bool) {
	k := len(out)
	for k > 0 && isJSONSpace(out[k-1]) {
		k--
	}
	if k > 0 && out[k-1] == ',' {
		return append(out[:k-1], out[k:]...), true
	}
	return out, false
}

// ldCloseAt closes a block cut at its last complete field: the comma
// and space that end out go, and every container of stack is closed.
func ldCloseAt(out, stack []byte) []byte {
	for k := len(out); k > 0 && (isJSONSpace(out[k-1]) || out[k-1] == ','); k-- {
		out = out[:k-1]
	}
	for j := len(stack) - 1; j >= 0; j-- {
		if stack[j] == '{' {
			out = append(out, '}')
		} else {
			out = append(out, ']')
		}
	}
	return out
}

func isJSONSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// ldStrScan follows a scan of JSON text through its strings: in is true
// from an opening quote to its closing one, escapes included.
type ldStrScan struct{ in, esc bool }

// step reads c, a byte inside a string, and reports whether it closed
// the string (an unescaped quote).
func (s *ldStrScan) step(c byte) (closed bool) {
	switch {
	case s.esc:
		s.esc = false
	case c == '\\':
		s.esc = true
	case c == '"':
		s.in = false
		return true
	}
	return false
}
