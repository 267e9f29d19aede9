package handler

import (
	"strings"

	"golang.org/x/tools/go/ssa"
)

// ---- a stored row whose fields are then set from the request ------------------
//
// A confirmation endpoint (or a webhook) loads the payment row, often
// locked, tests its stored status, and only then copies the request's
// values onto other fields of the same row before saving it:
//
//	tx.Clauses(clause.Locking{Strength: "UPDATE"}).Where("order_ref = ?", in.OrderID).First(&p)
//	if p.Status == "completed" { return }     // the duplicate guard
//	p.GatewayPaymentID = in.PaymentID         // a field set from the request
//	…verify, p.Status = "completed", save, credit, mail
//
// eventTaint marks the root of any address the event is stored into, so
// that a struct filled field by field from the request is the event; for
// this row it made every field the request's, p.Status included, and the
// guard before the assignment was no guard. A row read from a database
// (its address handed to a DB package's call that decodes nothing) or
// answered by a lookup of the merchant's own (a call that reads, decodes
// or verifies nothing) holds stored state: a request value stored into one
// of its fields taints that field only, wherever it is read, and the other
// fields stay what the store said.

// rows are the rows of a function loaded from a store, and the fields
// of them that the event was stored into, with the stores that did it.
type rows struct {
	loaded map[ssa.Value]bool
	fields map[q17Field][]ssa.Instruction
}

type q17Field struct {
	row   ssa.Value
	field int
}

// loadedRows finds the rows fn (and its literals) loads from a store.
func loadedRows(fn *ssa.Function) *rows {
	r := &rows{loaded: map[ssa.Value]bool{}, fields: map[q17Field][]ssa.Instruction{}}
	for _, f := range allFuncs(fn) {
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				c, ok := in.(*ssa.Call)
				if !ok {
					continue
				}
				cc := c.Common()
				if decodes(cc) || takesRequest(cc) || pure(cc) {
					continue
				}
				o := calleeObj(cc)
				if o == nil || o.Pkg() == nil {
					continue
				}
				p := o.Pkg().Path()
				switch {
				case q17DBPkg(p):
					// A destination handed to the database: First(&p), GetContext(ctx, &p, …), Scan(&p.Status).
					for _, a := range cc.Args {
						if al, ok := root(strip(a)).(*ssa.Alloc); ok {
							r.loaded[al] = true
						}
					}
				case !libraryPath(p):
					// The merchant's own lookup answering the row: p, err := repo.ForUpdate(tx, id).
					r.loaded[c] = true
				}
			}
		}
	}
	return r
}

// q17DBPkg: a database package whose calls fill the destinations they are
// handed from stored rows.
func q17DBPkg(p string) bool {
	return dbPkg(p) || strings.HasPrefix(p, "github.com/uptrace/bun")
}

// field reports whether addr, the address store at writes the event to, is
// a field (at any depth) of a loaded row, and remembers that row's top
// field as holding the event from that store on.
func (r *rows) field(addr ssa.Value, at ssa.Instruction) bool {
	if r == nil {
		return false
	}
	var top *ssa.FieldAddr
	for v := addr; ; {
		fa, ok := v.(*ssa.FieldAddr)
		if !ok {
			break
		}
		top, v = fa, fa.X
	}
	if top == nil || !r.loaded[rowOf(top.X)] {
		return false
	}
	k := q17Field{top.X, top.Field}
	for _, x := range r.fields[k] {
		if x == at {
			return true
		}
	}
	r.fields[k] = append(r.fields[k], at)
	return true
}

// tainted: fa addresses a loaded row's field the event was stored into,
// at a point one of those stores may have run before. A read of the
// field before the request's value is copied onto it is what the store
// said (if o.Status != StatusWaitBuyerPay { return }; …; o.Status =
// n.TradeStatus): the copy does not reach back to the guard.
func (r *rows) tainted(fa *ssa.FieldAddr) bool {
	if r == nil || len(r.fields) == 0 {
		return false
	}
	for _, st := range r.fields[q17Field{fa.X, fa.Field}] {
		if mayPrecede(st, fa) {
			return true
		}
	}
	return false
}

// mayPrecede: instruction a may run before b on some path (in one
// function: earlier in the block, in a loop around it, or in a block that
// reaches b's; across a literal's boundary always).
func mayPrecede(a, b ssa.Instruction) bool {
	ba, bb := a.Block(), b.Block()
	if ba == nil || bb == nil || a.Parent() != b.Parent() {
		return true
	}
	if ba != bb {
		return reaches(ba, bb)
	}
	for _, x := range ba.Instrs {
		switch x {
		case a:
			return true
		case b:
			return reaches2(ba)
		}
	}
	return true
}

// rowOf is the value a row's address comes from: the Alloc itself, or
// the lookup call an Extract takes its first result from.
func rowOf(v ssa.Value) ssa.Value {
	if e, ok := v.(*ssa.Extract); ok && e.Index == 0 {
		return e.Tuple
	}
	return v
}
