package payment

import (
	"go/ast"

	"github.com/paylint/paylint/analyzers/internal/lazyre"
)

// sqlInsertSelectStmt: INSERT INTO t (cols) SELECT …: rows copied from a
// query (tickets issued from an order's seats), whose values are not
// in the text.
var sqlInsertSelectStmt = lazyre.New("(?is)^\\s*(?:insert|replace)\\s+(?:ignore\\s+)?into\\s+([\\w.\"`]+)\\s*\\(([^)]*)\\)\\s*(?:with\\b.*?\\)\\s*)?select\\b")

// sqlInsertSelect classifies an Exec-style INSERT … SELECT by its table
// and columns; every value is unknown (it comes from the query).
func (b *builder) sqlInsertSelect(call *ast.CallExpr) dbVerdict {
	for _, a := range call.Args {
		q, ok := b.ix.stringConst(a)
		if !ok {
			continue
		}
		m := sqlInsertSelectStmt.FindStringSubmatch(q)
		if m == nil {
			return dbUnknown
		}
		var cvs []colVal
		for _, c := range splitTop(m[2]) {
			cvs = append(cvs, colVal{col: columnName(c)})
		}
		return classifyWrite(tableWords(m[1]), cvs, true)
	}
	return dbUnknown
}
