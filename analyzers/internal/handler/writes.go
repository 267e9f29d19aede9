package handler

import (
	"go/ast"
	"go/types"
)

// ---- writes sent through a query method, or with their text held aside ------------
//
// The effects of a store are read from what it sends (callEffect): a
// constant UPDATE or INSERT handed to Exec. The same statement sent by
// QueryRow(…).Scan to read back what it changed, or kept in a local
// (statement := "UPDATE … RETURNING id"), a package variable or a field of
// a struct of statements, writes the same on every call
// (payment.SentWrite): stock taken away, a balance or what was bought
// added to, a ledger or paid payment row inserted are repeated by a second
// delivery like their Exec forms. A SELECT stays a read; an upsert (ON
// CONFLICT DO NOTHING), a status set to a value and anything built at run
// time stay silent, as they do through Exec.

// write: call sends such a statement, repeating an effect.
func (d *Dedupe) write(call *ast.CallExpr, fn *types.Func) (Effect, bool) {
	if table, ok := d.incr.OwedInsert(call); ok { // money owed booked again
		return Effect{Node: call, Kind: Insert, Desc: qual(fn) + ": INSERT INTO " + table}, true
	}
	w, ok := d.incr.SentWrite(call)
	if !ok {
		return Effect{}, false
	}
	for _, col := range w.Increments() {
		if boughtColumn(col) {
			return Effect{Node: call, Kind: Credit, Desc: qual(fn) + ": " + col + " += …"}, true
		}
	}
	for _, col := range w.Decrements() {
		if k, ok := decremented(col); ok {
			return Effect{Node: call, Kind: k, Desc: qual(fn) + ": " + col + " -= …"}, true
		}
	}
	if table, grant := d.incr.InsertGrant(w); grant {
		return Effect{Node: call, Kind: Insert, Desc: qual(fn) + ": INSERT INTO " + table}, true
	}
	return Effect{}, false
}
