package output

import (
	"encoding/json"
	"io"
)

// JSON writes findings as one indented JSON array (`[]` when clean), with
// fields analyzer, file, line, column, end_line, end_column, message and,
// when present, function (the enclosing function), suggested_fixes and
// related.
func JSON(w io.Writer, fs []Finding) error {
	if fs == nil {
		fs = []Finding{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(fs)
}
