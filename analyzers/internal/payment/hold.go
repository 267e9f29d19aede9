package payment

import (
	"go/ast"
	gconst "go/constant"
	"go/types"
	"strings"
)

// ---- a payment hold stored: a grant for the return page only -------------------
//
// A hold ("authorized", "requires_capture") is no paid state: a webhook
// recording it grants nothing, and the paid-state rules must keep it so
// (objectstatus.go: a store handed "authorized" writes none). A
// return page recording it is another matter:
//
//	pi, _ := paymentintent.Get(q.Get("payment_intent"), nil) // pi.Status never tested
//	s.appts.SetDeposit(ctx, id, pi.ID, "authorized")          // the slot is booked
//
// The page trusts the redirect that the card was authorised; the
// authentication may have failed (requires_payment_method). Only
// redirectfulfill asks HoldStatusConst, so no other rule sees a hold as
// paid.

// holdWords are the folded values of a payment hold: authorised, not
// captured. "held" alone also names an order held for review, so it
// counts only in a payment object's own status column.
var holdWords = map[string]bool{"authorized": true, "authorised": true, "requirescapture": true, "held": true}

// HoldWord: s may be a payment hold's value (the cheap test on a
// constant before its store is judged).
func HoldWord(s string) bool { return holdWords[normStatus(s)] }

// HoldStatusConst: storing the constant s as f says records a payment
// hold where a settled value would be a paid state: the status of a
// payment-kind row (orders.status, bookings.payment_status) or a payment
// object's own status column (deposit_status). A user's, a token's or a
// log's "authorized" is none.
func HoldStatusConst(f *StatusParamFact, s string) bool {
	if f == nil || !HoldWord(s) {
		return false
	}
	for _, w := range f.Table {
		if notTables[w] || recordTables[w] {
			return false
		}
	}
	object := paymentStatusColumns[f.Col] || paymentObjectStatusColumn(f.Col)
	if normStatus(s) == "held" && !object {
		return false
	}
	if !object && (!statusColumns[f.Col] || kindOfTable(f.Table) != tablePayment) {
		return false
	}
	return storesPaid(f, "captured") || storesPaid(f, "paid")
}

// HoldSQL: call runs a constant UPDATE through a SQL library's Exec
// (database/sql, sqlx, pgx) that stores a payment hold, given in the
// statement ('authorized') or bound to a placeholder by a constant; the
// value stored.
func HoldSQL(info *types.Info, call *ast.CallExpr, fn *types.Func) (string, bool) {
	if fn == nil || fn.Pkg() == nil || !sqlExecNames[fn.Name()] || call.Ellipsis.IsValid() || !sqlLibrary(fn.Pkg().Path()) {
		return "", false
	}
	constant := func(e ast.Expr) (string, bool) {
		tv, ok := info.Types[e]
		if !ok || tv.Value == nil || tv.Value.Kind() != gconst.String {
			return "", false
		}
		return gconst.StringVal(tv.Value), true
	}
	for i, a := range call.Args {
		q, ok := constant(a)
		if !ok {
			continue
		}
		m := sqlUpdateStmt.FindStringSubmatch(q)
		if m == nil {
			return "", false
		}
		vals := sqlAssignmentsWith(cutClauses(m[2]), call.Args[i+1:], func(e ast.Expr) colVal {
			if s, ok := constant(e); ok {
				return colVal{val: strings.ToLower(s), known: true}
			}
			return colVal{}
		})
		for _, v := range vals {
			if v.known && HoldStatusConst(&StatusParamFact{Table: tableWords(m[1]), Col: v.col}, v.val) {
				return v.val, true
			}
		}
		return "", false
	}
	return "", false
}

func sqlLibrary(p string) bool {
	return p == "database/sql" || strings.HasPrefix(p, "github.com/jmoiron/sqlx") || strings.HasPrefix(p, "github.com/jackc/pgx")
}
