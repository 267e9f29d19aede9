package output

import (
	"bytes"
	"os"
	"unicode/utf8"
)

// sources converts Go's byte columns to the UTF-16 code unit columns that
// GitHub code scanning expects (run.columnKind "utf16CodeUnits"). On an
// ASCII line both are the same; "€" is 3 bytes but 1 unit, an emoji 4 bytes
// but 2 units. Each file is read once.
type sources struct {
	lines map[string][][]byte // nil entry: the file could not be read
}

func newSources() *sources {
	return &sources{lines: map[string][][]byte{}}
}

// line returns line n (1-based) of the file at path without its newline.
func (s *sources) line(path string, n int) ([]byte, bool) {
	lines, seen := s.lines[path]
	if !seen {
		if data, err := os.ReadFile(path); err == nil {
			lines = bytes.Split(data, []byte("\n"))
		}
		s.lines[path] = lines
	}
	if n < 1 || n > len(lines) {
		return nil, false
	}
	return lines[n-1], true
}

// utf16Column converts the 1-based byte column col of line n of path. When
// the file or the line cannot be read, the byte column is kept: a column a
// few units off is better than none.
func (s *sources) utf16Column(path string, n, col int) int {
	if col < 1 {
		return col
	}
	text, ok := s.line(path, n)
	if !ok {
		return col
	}
	return utf16Units(text, col-1) + 1
}

// utf16Units counts the UTF-16 code units of the first nbytes bytes of text.
// Bytes past the end of the line (the column after its last character)
// count one each, as does every byte of invalid UTF-8.
func utf16Units(text []byte, nbytes int) int {
	units := 0
	if nbytes > len(text) {
		units = nbytes - len(text)
		nbytes = len(text)
	}
	for i := 0; i < nbytes; {
		r, size := utf8.DecodeRune(text[i:])
		if i+size > nbytes { // a column inside a character: count it whole
			size = nbytes - i
		}
		i += size
		units++
		if r >= 0x10000 && r != utf8.RuneError {
			units++ // a surrogate pair
		}
	}
	return units
}
