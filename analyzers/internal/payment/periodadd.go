package payment

import "strings"

// ---- a period added to a column by SQL date arithmetic --------------------------
//
// "c + …" is one way a statement adds to a column; a date column is more
// often pushed forward by a function of its own value: MySQL
// DATE_ADD(valid_until, INTERVAL 1 YEAR), ADDDATE(c, 30),
// TIMESTAMPADD(MONTH, 1, c), SQL Server DATEADD(month, 1, c), SQLite
// datetime(c, '+1 month'); often from the old end or from now when it
// has lapsed: DATE_ADD(GREATEST(c, NOW()), …), COALESCE(c, NOW()) +
// INTERVAL '1 month'. Each is the old value plus a period, so a second
// call adds a second period. A date computed from now alone
// (DATE_ADD(CURDATE(), INTERVAL 1 YEAR)), or a value set (c = ?), is not
// an increment.

// addedColumn returns the column expr (lower-case SQL, the right side of
// an assignment) is that column's own value plus something, "" if none.
func addedColumn(expr string) string {
	s := strings.TrimSpace(expr)
	if name, args, rest, ok := sqlCall(s); ok {
		switch name {
		case "date_add", "adddate":
			if len(args) >= 2 {
				return baseColumn(args[0])
			}
		case "timestampadd", "dateadd":
			if len(args) == 3 {
				return baseColumn(args[2])
			}
		case "datetime", "date":
			if len(args) >= 2 && strings.HasPrefix(strings.TrimSpace(args[1]), "'+") {
				return baseColumn(args[0])
			}
		case "greatest", "coalesce", "ifnull":
			if strings.HasPrefix(strings.TrimSpace(rest), "+") {
				return baseColumn(s[:len(s)-len(rest)])
			}
		}
		return ""
	}
	if m := whbPlus.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	return ""
}

// baseColumn: e is a bare (or qualified, or quoted) column, or that
// column as the first argument of GREATEST/COALESCE/IFNULL; "" otherwise.
func baseColumn(e string) string {
	e = strings.TrimSpace(e)
	if name, args, rest, ok := sqlCall(e); ok {
		if strings.TrimSpace(rest) == "" && len(args) >= 2 && (name == "greatest" || name == "coalesce" || name == "ifnull") {
			return baseColumn(args[0])
		}
		return ""
	}
	if m := bareColumn.FindStringSubmatch(e); m != nil {
		return m[1]
	}
	return ""
}

// sqlCall splits "name(a, b(c, d), e) rest" into name, its top-level
// arguments and what follows the closing parenthesis.
func sqlCall(s string) (name string, args []string, rest string, ok bool) {
	m := sqlFuncOpen.FindStringSubmatch(s)
	if m == nil {
		return "", nil, "", false
	}
	depth, start := 0, len(m[0])
	quoted := false
	for i := len(m[0]); i < len(s); i++ {
		switch c := s[i]; {
		case c == '\'':
			quoted = !quoted
		case quoted:
		case c == '(':
			depth++
		case c == ')' && depth > 0:
			depth--
		case c == ')':
			return m[1], append(args, s[start:i]), s[i+1:], true
		case c == ',' && depth == 0:
			args = append(args, s[start:i])
			start = i + 1
		}
	}
	return "", nil, "", false
}

// setAdded: the columns of "SET c = <c plus a period>" in an UPDATE
// written as date arithmetic (see addedColumn).
func setAdded(sql string) []string {
	var out []string
	for _, m := range setColumn.FindAllStringSubmatchIndex(sql, -1) {
		col := sql[m[2]:m[3]]
		if rest := sql[m[1]:]; !whbPlus.MatchString(rest) && addedColumn(rest) == col {
			out = append(out, col)
		}
	}
	return out
}

var (
	sqlFuncOpen = lazyRE(`^([a-z_]+)\s*\(`)
	bareColumn  = lazyRE(`^(?:[a-z_]+\.)?"?([a-z_]+)"?$`)
	setColumn   = lazyRE(`(?:\bset\s+|,\s*)(?:[a-z_]+\.)?"?([a-z_]+)"?\s*=\s*`)
)
