package handler

import (
	"go/ast"
	"go/types"
)

// storeCredit: a document, key-value or ent write that adds to a balance
// ($inc of "balance", IncrBy of "wallet:"+id, AddCredits(n)) — repeated
// by a second delivery, it credits twice. Counters of other things
// (attempts, views) and values set rather than added stay silent.
func (d *Dedupe) storeCredit(call *ast.CallExpr, fn *types.Func) (Effect, bool) {
	for _, col := range d.incr.Of(call) {
		if hasWord(words(col), amountFields...) != "" {
			return Effect{Node: call, Kind: Credit, Desc: qual(fn) + ": " + col + " += …"}, true
		}
	}
	return Effect{}, false
}
