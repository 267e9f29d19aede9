package payment

import (
	"go/ast"
	"strconv"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/lazyre"
)

var (
	sqlUpdateStmt = lazyre.New("(?is)^\\s*update\\s+(?:only\\s+)?([\\w.\"`]+)(?:\\s+(?:as\\s+)?[a-z_]\\w*)?\\s+set\\s+(.*)$")
	sqlInsertStmt = lazyre.New("(?is)^\\s*(?:insert|replace)\\s+(?:ignore\\s+)?into\\s+([\\w.\"`]+)\\s*\\(([^)]*)\\)\\s*values\\s*(\\(.*)$")
	sqlPlaceNum   = lazyre.New(`^\$([0-9]+)$`)
)

// sqlExec classifies an Exec-style call whose query is a constant UPDATE
// or INSERT: the first constant string argument is the query, the
// arguments after it fill its placeholders.
func (b *builder) sqlExec(call *ast.CallExpr) dbVerdict {
	for i, a := range call.Args {
		q, ok := b.ix.stringConst(a)
		if !ok {
			continue
		}
		var args []ast.Expr
		if !call.Ellipsis.IsValid() {
			args = call.Args[i+1:]
		}
		v, _ := b.sqlWriteStmt(q, args)
		return v
	}
	return dbUnknown
}

// sqlWriteStmt classifies q when it is an UPDATE or an INSERT … VALUES
// whose placeholders args fill; ok is false for any other statement.
// The comments above it go first: sqlc writes "-- name: ActivateRental
// :exec" above each statement.
func (b *builder) sqlWriteStmt(q string, args []ast.Expr) (v dbVerdict, ok bool) {
	q = stripComments(q)
	if m := sqlUpdateStmt.FindStringSubmatch(q); m != nil {
		vals := b.sqlAssignments(cutClauses(m[2]), args)
		return classifyWrite(tableWords(m[1]), vals, false), true
	}
	m := sqlInsertStmt.FindStringSubmatch(q)
	if m == nil {
		return dbUnknown, false
	}
	cols := splitTop(m[2])
	tuple, ok := firstGroup(m[3])
	if !ok {
		return dbUnknown, true
	}
	vals := splitTop(tuple)
	if len(vals) != len(cols) {
		return dbUnknown, true
	}
	var cvs []colVal
	questions := 0
	for k := range cols {
		cv := b.sqlValue(vals[k], args, &questions)
		cv.col = columnName(cols[k])
		cvs = append(cvs, cv)
	}
	return classifyWrite(tableWords(m[1]), cvs, true), true
}

// sqlAssignments parses "status = 'paid', paid_at = now()".
func (b *builder) sqlAssignments(set string, args []ast.Expr) []colVal {
	return sqlAssignmentsWith(set, args, b.goValue)
}

// sqlAssignmentsWith parses a SET list, goValue describing the Go
// argument that fills a placeholder.
func sqlAssignmentsWith(set string, args []ast.Expr, goValue func(ast.Expr) colVal) []colVal {
	var out []colVal
	questions := 0
	for _, part := range splitTop(set) {
		col, val, ok := strings.Cut(part, "=")
		if !ok {
			continue
		}
		cv := sqlValueWith(val, args, &questions, goValue)
		cv.col = columnName(col)
		out = append(out, cv)
	}
	return out
}

// sqlValue describes one SQL value: a literal, a placeholder filled by a
// Go argument ($n, ?), now(), or an expression kept as text.
func (b *builder) sqlValue(text string, args []ast.Expr, questions *int) colVal {
	return sqlValueWith(text, args, questions, b.goValue)
}

func sqlValueWith(text string, args []ast.Expr, questions *int, goValue func(ast.Expr) colVal) colVal {
	t := strings.ToLower(strings.TrimSpace(text))
	n := strings.Count(t, "?")
	defer func() { *questions += n }()
	switch {
	case len(t) >= 2 && t[0] == '\'' && t[len(t)-1] == '\'':
		return colVal{val: t[1 : len(t)-1], known: true}
	case t == "true" || t == "false" || t == "null":
		return colVal{val: t, known: true}
	case t == "now()" || t == "current_timestamp" || t == "current_timestamp()" || t == "localtimestamp":
		return colVal{expr: "now()"}
	case t == "?":
		if *questions < len(args) {
			return goValue(args[*questions])
		}
	}
	if m := sqlPlaceNum.FindStringSubmatch(t); m != nil {
		if k, err := strconv.Atoi(m[1]); err == nil && k >= 1 && k <= len(args) {
			return goValue(args[k-1])
		}
		return colVal{}
	}
	if _, err := strconv.ParseFloat(t, 64); err == nil {
		return colVal{val: t, known: true}
	}
	if strings.HasPrefix(t, "?") || strings.HasPrefix(t, "$") || strings.HasPrefix(t, ":") || strings.HasPrefix(t, "@") {
		return colVal{}
	}
	return colVal{expr: t}
}

// columnName: "o.status" / "\"status\"" → status.
func columnName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		s = s[i+1:]
	}
	return strings.Trim(s, "\"`[] ")
}

// tableWords: the singular words of a table name: public."order_items"
// → order item.
func tableWords(name string) []string {
	name = columnName(name)
	var out []string
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == '_' || r == '-' }) {
		out = append(out, singular(w))
	}
	return joinGiftCard(out)
}

func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "uses"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// scanTop calls f at each byte of s outside quotes and parentheses.
func scanTop(s string, f func(i int) bool) {
	depth := 0
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"' || c == '`':
			quote = c
		case c == '(':
			depth++
		case c == ')':
			depth--
		case depth == 0:
			if f(i) {
				return
			}
		}
	}
}

// splitTop splits s at the commas outside quotes and parentheses.
func splitTop(s string) []string {
	var out []string
	start := 0
	scanTop(s, func(i int) bool {
		if s[i] == ',' {
			out = append(out, s[start:i])
			start = i + 1
		}
		return false
	})
	return append(out, s[start:])
}

// cutClauses ends a SET list where WHERE, RETURNING or FROM begins.
func cutClauses(set string) string {
	lower := strings.ToLower(set)
	end := len(set)
	scanTop(lower, func(i int) bool {
		if i > 0 && !isSpace(lower[i-1]) {
			return false
		}
		for _, kw := range []string{"where", "returning", "from"} {
			if strings.HasPrefix(lower[i:], kw) && (i+len(kw) == len(lower) || isSpace(lower[i+len(kw)])) {
				end = i
				return true
			}
		}
		return false
	})
	return set[:end]
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// firstGroup returns the text inside the first balanced parentheses of s
// (which starts with "(").
func firstGroup(s string) (string, bool) {
	depth := 0
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'':
			quote = c
		case c == '(':
			depth++
		case c == ')':
			depth--
			if depth == 0 {
				return s[1:i], true
			}
		}
	}
	return "", false
}
