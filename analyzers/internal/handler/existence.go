package handler

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// ---- webhookdedupe: the effect's own row looked up by the delivery's id -------
//
// A handler often asks its store whether the row the effect records is
// there already, by an id the delivery carries — the event's, or the
// payment's or the checkout session's, which a redelivery carries too:
//
//	sig := fmt.Sprintf("stripe-session-id=%s", cs.ID)
//	t, err := store.TransactionWithSignature(sig) // (*Transaction, error)
//	if err != nil { return }
//	if t == nil { store.Credit(user, sig, amount) } // records sig with the credit
//
// A lookup answering a pointer to a row (alone or with an error) is an
// existence check: nil says the row is absent. The first delivery records
// the row, so a redelivery finds it: an effect reached only through the
// absent branch runs once. The branch where the row is found guards
// nothing (a redelivery takes it), and neither does a lookup by a value
// that is not the delivery's (a key made per call), nor a provider's or a
// library's answer (the payment fetched back says the same every time).

// existenceAbsent: cond tests whether a row the merchant's store looked up
// by an id of the delivery (ev) is absent; absent is the successor
// (0: true, 1: false) taken when it is.
func (m *Model) existenceAbsent(cond ssa.Value, ev map[ssa.Value]bool) (absent int, ok bool) {
	b, isBin := cond.(*ssa.BinOp)
	if !isBin || b.Op != token.EQL && b.Op != token.NEQ {
		return 0, false
	}
	x := b.X
	if isNil(b.X) {
		x = b.Y
	} else if !isNil(b.Y) {
		return 0, false
	}
	if !m.rowLookup(x, ev) {
		return 0, false
	}
	if b.Op == token.EQL {
		return 0, true
	}
	return 1, true
}

// rowLookup: v is the row a call of the merchant's code answers, a
// pointer to a struct of the merchant's (alone, or first beside an
// error), handed an id of the delivery.
func (m *Model) rowLookup(v ssa.Value, ev map[ssa.Value]bool) bool {
	var c *ssa.Call
	switch x := v.(type) {
	case *ssa.Extract:
		call, ok := x.Tuple.(*ssa.Call)
		if !ok || x.Index != 0 {
			return false
		}
		res := call.Call.Signature().Results()
		if res.Len() != 2 || !isErrorType(res.At(1).Type()) {
			return false
		}
		c = call
	case *ssa.Call:
		c = x
	default:
		return false
	}
	ptr, ok := types.Unalias(v.Type()).(*types.Pointer)
	if !ok {
		return false
	}
	row, ok := types.Unalias(ptr.Elem()).(*types.Named)
	if !ok || row.Obj().Pkg() == nil || libraryPath(row.Obj().Pkg().Path()) {
		return false
	}
	if _, isStruct := row.Underlying().(*types.Struct); !isStruct {
		return false
	}
	var o *types.Func
	if c.Call.IsInvoke() {
		o = c.Call.Method
	} else {
		o = calleeObj(c.Common())
	}
	if o == nil || o.Pkg() == nil || libraryPath(o.Pkg().Path()) || m.statuses[c.Call.Pos()] {
		return false // a provider's or a library's answer, or the payment's status read
	}
	for _, a := range c.Call.Args {
		if deliveryID(a, ev, 0) {
			return true
		}
	}
	return false
}

// behindAbsentRow: node of fn is reached only through the absent branch
// of an existence check (existenceAbsent) of fn or of a literal enclosing
// it.
func (m *Model) behindAbsentRow(fn *ssa.Function, node ast.Node, ev map[ssa.Value]bool) bool {
	in := m.rawNear(fn, node)
	for in != nil {
		f, b := in.Parent(), in.Block()
		for _, i := range ifs(f) {
			if n, ok := m.existenceAbsent(i.Cond, ev); ok && guardedBy(f, []edge{succ(i, n)}, b) {
				return true
			}
		}
		if f == fn {
			return false
		}
		in = liftOnce(in)
	}
	return false
}

// absentRowTest answers behindAbsentRow for nodes of fn, the delivery held
// by seeds (its taint worked out on first need).
func (m *Model) absentRowTest(fn *ssa.Function, seeds []ssa.Value) func(ast.Node) bool {
	var ev map[ssa.Value]bool
	return func(node ast.Node) bool {
		if ev == nil {
			ev = nestedEventTaint(fn, seeds)
		}
		return m.behindAbsentRow(fn, node, ev)
	}
}
