package payment

import (
	"go/ast"
	"go/types"
)

// ---- a paid record inserted through a query method ----------------------------------
//
// dbWrite reads a constant UPDATE or INSERT handed to Exec. A store that
// wants the new row's id back sends the same statement through a query
// method instead:
//
//	query := `INSERT INTO transactions (amount, currency, …, transaction_status_id)
//	          VALUES ($1, $2, …, $5) RETURNING id`
//	err := m.DB.QueryRow(query, t.Amount, t.Currency, …).Scan(&id)
//
// writequery.go already finds such statements (QueryRow, Query,
// sqlx Get, pgx, GORM Raw…Scan, the text in a local, a variable or a
// field set once) for the inserts webhookdedupe counts; the payment
// model's own write classification did not ask it, so the store's method
// carried no paid-state write and a page booking the transaction after
// reading the PaymentIntent fulfilled nothing the model knew. The
// statement is judged as the Exec form is (sqlWriteStmt): the table, the
// columns and the values the placeholders take.
//
// The same holds for an Exec whose INSERT is kept in a local rather than
// written at the call, the way most hand-written stores send it:
//
//	stmt := `INSERT INTO transactions (amount, currency, …, transaction_status_id)
//	         VALUES (?, ?, …, ?)`
//	result, err := m.DB.ExecContext(ctx, stmt, txn.Amount, txn.Currency, …)
//
// The constant readers of dbWrite (sqlExec) see only a text written at
// the call, so such a store booked nothing the model knew, and a return
// page booking the payment cleared after reading the PaymentIntent
// (never its status) fulfilled nothing. The text is the same statement
// wherever it is held: dbWrite asks queryWrite when its constant readers
// know nothing, and sentWrite reads the local.
//
// Precision: only an INSERT q19 reads as one constant text. An UPDATE …
// RETURNING sent so is most often a compare-and-set claim (WHERE status =
// 'pending' RETURNING id, ErrNoRows for a repeat), which q19 reads for
// webhookdedupe; as a paid-state write it would first need the verifiers
// the model does not read yet (PhonePe's X-VERIFY, a SHA-256 of the
// payload and the salt, in audit7 fooddelivery's upihooks), so it is left
// unread here. A SELECT stays a read; a statement built at run time
// stays unknown; what the insert means is classifyWrite's verdict, as
// for Exec (a payment record with an amount, a paid status, a grant), so
// a pending row, a log row or an order row with no paid state is no
// fulfilment.

// queryWrite classifies the writing statement call sends through a
// query method; dbUnknown when it sends none.
func (b *builder) queryWrite(call *ast.CallExpr, fn *types.Func) dbVerdict {
	w, ok := b.sentWrite(call, fn)
	if !ok || !sqlInsertStmt.MatchString(w.SQL) {
		return dbUnknown
	}
	v, _ := b.sqlWriteStmt(w.SQL, w.Args)
	return v
}
