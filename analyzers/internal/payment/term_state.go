package payment

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"
)

// ---- which payment state a write stores ------------------------------------
//
// classifyWrite tells whether a write stores a paid state (or grants an
// entitlement). A webhook also acts on a payment when it stores one of
// its other ends: a forged refund or chargeback marks the booking
// refunded (the merchant hands money back or stops asking for it), a
// forged failure cancels a paid order. WriteStateOf answers, for a
// constant SQL UPDATE, which of the three a write stores, so the handler
// model judges verification without parsing SQL itself:
//
//	db.ExecContext(ctx, `UPDATE bookings SET payment_status = 'refunded' WHERE ref = $1`, ref)
//	db.Exec(`UPDATE payments p SET p.status = $2 WHERE id = $1`, id, "failed")

// WriteState sorts what a write stores of a payment's state.
type WriteState uint8

const (
	// StateOther: no payment state the model knows (or not a write).
	StateOther WriteState = iota
	// StatePaid: a paid state or an entitlement (classifyWrite's dbGrant).
	StatePaid
	// StateTerminal: a payment's end other than paid: refunded, failed,
	// charged back, cancelled, voided, expired.
	StateTerminal
)

// WriteRecord is the write record of one call: its state, and for a
// terminal one the value stored (normalised: "partially_refunded") and
// whether it moves money back to the payer.
type WriteRecord struct {
	State     WriteState
	Value     string
	MoneyBack bool
}

// WriteStateOf classifies call as a constant SQL UPDATE run by a database
// method (Exec…, Query… reading back what it returns, MustExec…,
// NamedExec…; database/sql, sqlx, pgx or a store of the same shape).
// Placeholders ($n, ?) count when filled by a constant argument.
func WriteStateOf(info *types.Info, call *ast.CallExpr) WriteRecord {
	fn := calleeOf(info, call)
	if fn == nil || !sqlRunnerName(fn.Name()) {
		return WriteRecord{}
	}
	for i, a := range call.Args {
		q, ok := constStringOf(info, a)
		if !ok {
			continue
		}
		m := sqlUpdateStmt.FindStringSubmatch(q)
		if m == nil {
			return WriteRecord{} // the query is the first string constant
		}
		var args []ast.Expr
		if !call.Ellipsis.IsValid() {
			args = call.Args[i+1:]
		}
		set := strings.TrimRight(strings.TrimSpace(cutClauses(m[2])), ";")
		vals := sqlAssignmentsWith(set, args, func(e ast.Expr) colVal {
			if s, ok := constStringOf(info, e); ok {
				return colVal{val: strings.ToLower(s), known: true}
			}
			return colVal{}
		})
		return classifyState(tableWords(m[1]), vals)
	}
	return WriteRecord{}
}

// classifyState is classifyWrite's answer as a state: paid when it
// grants, terminal when a payment status column is set to a terminal
// non-paid value (term_vocab.go), other otherwise.
func classifyState(table []string, vals []colVal) WriteRecord {
	if classifyWrite(table, vals, false) == dbGrant {
		return WriteRecord{State: StatePaid}
	}
	for _, v := range vals {
		if !v.known || !termStatusColumn(v.col, table) {
			continue
		}
		if s, terminal, back := TerminalValue(v.val); terminal {
			return WriteRecord{State: StateTerminal, Value: s, MoneyBack: back}
		}
	}
	return WriteRecord{}
}

// sqlRunnerName: a method that runs an SQL statement it is handed.
func sqlRunnerName(name string) bool {
	for _, p := range []string{"Exec", "Query", "MustExec", "NamedExec"} {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

func constStringOf(info *types.Info, e ast.Expr) (string, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}
