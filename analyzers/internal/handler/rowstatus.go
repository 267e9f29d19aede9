package handler

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a store method setting the status of the row its caller names ---------------
//
// A store of the merchant's own records moves a row's state on the word
// of whoever calls it:
//
//	func (s *Withdrawals) MarkSettled(ctx context.Context, id string) error {
//		return s.db.Model(&Withdrawal{}).Where("id = ?", id).Update("status", WithdrawalSettled).Error
//	}
//
// The value is fixed inside, so it is no setter of a value the caller
// computed (SetterFact), and a withdrawal settled is no paid state
// (classifyWrite); yet the call stores something on the row its argument
// selects. A handler handing it the reference it decoded from a posted
// event stores what it decoded, as one handing a setter the event's
// status does (siblingbare.go asks fx.writes).
//
// Only the status or state column counts (status, payout_state,
// payment_status), written by an UPDATE whose WHERE is bound to one of
// the function's parameters (payment.StoreIncrements.Sets: constant SQL,
// GORM, bun), in the function's own body: a timestamp touched or a row
// chosen by a constant says nothing of the caller's record.

// RowStatusFact marks a function that sets the status column Col of a
// row of Table that its parameters select.
type RowStatusFact struct {
	Table string
	Col   string
}

// AFact marks RowStatusFact as a fact.
func (*RowStatusFact) AFact() {}

func (f *RowStatusFact) String() string {
	return "sets " + f.Col + " of the " + f.Table + " row its caller names"
}

// exportRowStatus exports the RowStatusFacts of the package's functions
// (runEffects calls it once the package is summarised).
func (d *Dedupe) exportRowStatus() {
	fds, objs := declsInOrder(d.decls)
	for i, fd := range fds {
		if f := d.rowStatusOf(fd); f != nil {
			d.pass.ExportObjectFact(objs[i], f)
		}
	}
}

// rowStatusOf: the first update in fd's body (outside function literals
// and goroutines) setting a status column of a row its parameters select.
func (d *Dedupe) rowStatusOf(fd *ast.FuncDecl) *RowStatusFact {
	if fd.Body == nil || fd.Type.Params == nil {
		return nil
	}
	info := d.pass.TypesInfo
	params := map[types.Object]bool{}
	for _, fl := range fd.Type.Params.List {
		for _, n := range fl.Names {
			params[info.Defs[n]] = true
		}
	}
	if len(params) == 0 {
		return nil
	}
	param := func(e ast.Expr) bool {
		e = m16Strip(info, e)
		if sel, ok := e.(*ast.SelectorExpr); ok {
			e = ast.Unparen(sel.X) // a field of a row handed whole
		}
		id, ok := e.(*ast.Ident)
		return ok && params[info.Uses[id]]
	}
	var f *RowStatusFact
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit, *ast.GoStmt:
			return false
		case *ast.CallExpr:
			if f != nil {
				return false
			}
			sets, keys := d.incr.Sets(x)
			keyed := false
			for _, k := range keys {
				keyed = keyed || param(k)
			}
			if !keyed {
				return true
			}
			for _, s := range sets {
				if statusColumn(s.Col) {
					f = &RowStatusFact{Table: strings.Join(d.incr.Table(x), "_"), Col: s.Col}
					return false
				}
			}
			for _, a := range x.Args { // SET status = 'settled': a constant, not among Sets' placeholders
				q, ok := d.m.constString(a)
				if !ok {
					continue
				}
				if table, cols, ok := payment.UpdateColumns(q); ok {
					for _, c := range cols {
						if statusColumn(c) {
							f = &RowStatusFact{Table: table, Col: c}
							return false
						}
					}
				}
				break // the first string is the statement
			}
		}
		return f == nil
	})
	if f != nil && f.Table == "" {
		f.Table = "record"
	}
	return f
}

// statusColumn: a column holding a row's status or state.
func statusColumn(col string) bool {
	c := payment.Fold(col)
	return strings.HasSuffix(c, "status") || strings.HasSuffix(c, "state")
}
