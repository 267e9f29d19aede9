package payment

import (
	"go/ast"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/lazyre"
)

// ---- data-modifying WITH queries ---------------------------------------------
//
// Postgres lets one Exec change several tables through a WITH query
// whose parts are UPDATE or INSERT statements:
//
//	WITH t AS (UPDATE wallet_topups SET status = 'captured' WHERE id = $1 AND status = 'pending'
//	           RETURNING wallet_id, amount_cents)
//	UPDATE wallets SET balance_cents = balance_cents + t.amount_cents FROM t WHERE wallets.id = t.wallet_id
//
// sqlExec reads a query only from its first word, so such a query was no
// write it understood. Here each part is classified as the statement it
// is (the parts' $n placeholders number the Exec's arguments as in the
// whole query): the query grants when one part grants, is another write
// when every part is one, and stays unknown otherwise.

var (
	sqlWithHead = lazyre.New(`(?is)^\s*with\s+(?:recursive\s+)?`)
	sqlWithName = lazyre.New(`(?is)^\s*[\w"]+\s*(?:\([^)]*\)\s*)?as\s+(?:not\s+)?(?:materialized\s+)?`)
)

// sQLWith classifies an Exec-style call whose query is a constant WITH
// query; dbUnknown for any other call.
func (b *builder) sQLWith(call *ast.CallExpr) dbVerdict {
	for i, a := range call.Args {
		q, ok := b.ix.stringConst(a)
		if !ok {
			continue
		}
		parts := withParts(q)
		if parts == nil {
			return dbUnknown
		}
		var args []ast.Expr
		if !call.Ellipsis.IsValid() {
			args = call.Args[i+1:]
		}
		if strings.Contains(q, "?") {
			args = nil // ? placeholders count from the query's start: not per part
		}
		verdict := dbNot
		for _, p := range parts {
			switch b.withPart(p, args) {
			case dbGrant:
				return dbGrant
			case dbUnknown:
				verdict = dbUnknown
			}
		}
		return verdict
	}
	return dbUnknown
}

// withParts splits "WITH a AS (…), b AS (…) main" into the statements
// in the parentheses and the main one; nil if q is not a WITH query.
func withParts(q string) []string {
	head := sqlWithHead.FindStringSubmatch(q) // anchored: the match is q's prefix
	if head == nil {
		return nil
	}
	rest := q[len(head[0]):]
	var parts []string
	for {
		name := sqlWithName.FindStringSubmatch(rest)
		if name == nil {
			return nil
		}
		rest = rest[len(name[0]):]
		if !strings.HasPrefix(rest, "(") {
			return nil
		}
		inner, ok := firstGroup(rest)
		if !ok {
			return nil
		}
		parts = append(parts, strings.TrimSpace(inner))
		rest = strings.TrimSpace(rest[len(inner)+2:])
		if !strings.HasPrefix(rest, ",") {
			break
		}
		rest = rest[1:]
	}
	return append(parts, rest)
}

// withPart classifies one statement of a WITH query as sqlExec would: an
// UPDATE or an INSERT … VALUES; a SELECT or a DELETE is no write here.
func (b *builder) withPart(q string, args []ast.Expr) dbVerdict {
	if v, ok := b.sqlWriteStmt(q, args); ok { // sqlwrites.go
		return v
	}
	if strings.HasPrefix(strings.ToLower(strings.TrimSpace(q)), "select") {
		return dbNot
	}
	return dbUnknown
}
