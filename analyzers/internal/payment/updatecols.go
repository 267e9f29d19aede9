package payment

import "strings"

// UpdateColumns parses q as a constant SQL UPDATE: the table it writes
// and the columns its SET list sets (lower case, whatever their values);
// ok false when q is no UPDATE. The handler model asks it to tell which
// column of a row a store method moves (handler/rowstatus.go).
func UpdateColumns(q string) (table string, cols []string, ok bool) {
	m := sqlUpdateStmt.FindStringSubmatch(q)
	if m == nil {
		return "", nil, false
	}
	for _, part := range splitTop(cutClauses(m[2])) {
		if col, _, found := strings.Cut(part, "="); found {
			cols = append(cols, columnName(col))
		}
	}
	return strings.Join(tableWords(m[1]), "_"), cols, true
}
