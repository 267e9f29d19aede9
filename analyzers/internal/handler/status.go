package handler

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- payment status checks --------------------------------------------------

var successFieldWords = []string{"paid", "succeeded", "success", "successful", "captured", "completed", "confirmed", "settled",
	"active"} // a subscription's stored state (sub.Active)

func successValue(v ssa.Value) bool {
	s, ok := constStr(v)
	return ok && payment.IsSuccessStatus(s)
}

// statusTaint is the set of values derived from payment status reads.
//
// A status read inside a literal of fn (a retry or poll closure) that
// stores what it read into a captured variable taints that variable in fn.
func (m *Model) statusTaint(fn *ssa.Function) map[ssa.Value]bool {
	seed := func(in ssa.Instruction) bool {
		c, ok := in.(*ssa.Call)
		return ok && m.statuses[c.Call.Pos()]
	}
	var captured []ssa.Value
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			mc, ok := in.(*ssa.MakeClosure)
			if !ok {
				continue
			}
			anon, ok := mc.Fn.(*ssa.Function)
			if !ok || len(anon.FreeVars) != len(mc.Bindings) {
				continue
			}
			t := taint(anon, seed, false)
			if len(t) == 0 {
				continue
			}
			for _, ab := range anon.Blocks {
				for _, ai := range ab.Instrs {
					st, ok := ai.(*ssa.Store)
					if !ok || !t[st.Val] {
						continue
					}
					if fv, ok := root(st.Addr).(*ssa.FreeVar); ok {
						for i, v := range anon.FreeVars {
							if v == fv {
								captured = append(captured, mc.Bindings[i])
							}
						}
					}
				}
			}
		}
	}
	return taint(fn, seed, false, captured...)
}

// statusEdge returns the edge of If i taken when a value derived from t
// compares equal to a success value (or a paid check passed).
func (m *Model) statusEdge(i *ssa.If, t func(ssa.Value) bool) (edge, bool) {
	cond := i.Cond
	switch c := cond.(type) {
	case *ssa.BinOp:
		if c.Op != token.EQL && c.Op != token.NEQ {
			return edge{}, false
		}
		eq := 0
		if c.Op == token.NEQ {
			eq = 1
		}
		for _, pair := range [][2]ssa.Value{{c.X, c.Y}, {c.Y, c.X}} {
			x, y := pair[0], pair[1]
			if successValue(y) && t(x) && !notPaidEdge(x, y) { // notpaid.go: PayPal's APPROVED
				return succ(i, eq), true
			}
			if isNil(y) {
				if call, isErr := paidCheckErr(x); isErr {
					if f := m.paidCheckOf(calleeObj(call.Common())); f != nil && !f.Bool && paidArgs(f, call, t) {
						return succ(i, eq), true
					}
					// A capture or confirmation the provider accepted: the
					// money moved (or the call failed).
					if m.settles[call.Call.Pos()] {
						return succ(i, eq), true
					}
				}
			}
		}
		if e, ok := paidWithEdge(i, t); ok { // paidwith.go: Midtrans's capture with FraudStatus accept
			return e, true
		}
	case *ssa.Call:
		if o := calleeObj(c.Common()); o != nil && o.Pkg() != nil && o.Pkg().Path() == "strings" && o.Name() == "EqualFold" && len(c.Call.Args) == 2 {
			a, b := c.Call.Args[0], c.Call.Args[1]
			if (successValue(a) && t(b)) || (successValue(b) && t(a)) {
				return succ(i, 0), true
			}
		}
		if f := m.paidCheckOf(calleeObj(c.Common())); f != nil && f.Bool && paidArgs(f, c, t) {
			return succ(i, 0), true
		}
	case *ssa.Extract:
		// ref, ok := paidRef(id): the bool a paid check reports is its
		// last result (kindOfSig), or the one before a final error.
		if call, ok := c.Tuple.(*ssa.Call); ok && c.Index == verdictIndex(call.Call.Signature()) {
			if f := m.paidCheckOf(calleeObj(call.Common())); f != nil && f.Bool && paidArgs(f, call, t) {
				return succ(i, 0), true
			}
		}
	case *ssa.UnOp:
		if t(c) && c.Op == token.MUL {
			if fa, ok := c.X.(*ssa.FieldAddr); ok && successField(fa.X.Type(), fa.Field) {
				return succ(i, 0), true
			}
		}
	case *ssa.Field:
		if t(c) && successField(c.X.Type(), c.Field) {
			return succ(i, 0), true
		}
	}
	return edge{}, false
}

// trusted is the predicate of values a success comparison may be made on
// to count as a paid check: not constants, not derived from req (the
// request, or what the caller passes in).
func trusted(req map[ssa.Value]bool) func(ssa.Value) bool {
	return func(v ssa.Value) bool {
		if _, ok := v.(*ssa.Const); ok {
			return false
		}
		return !req[v] && !rfbLifecycle(v) // a session's "complete" is not "paid" (lifecycle.go)
	}
}

// paidArgs: a paid check that checks what it is given needs an argument
// derived from a status read.
func paidArgs(f *PaidCheckFact, call *ssa.Call, t func(ssa.Value) bool) bool {
	if !f.Param {
		return true
	}
	for _, a := range call.Call.Args {
		if t(a) {
			return true
		}
	}
	return false
}

func successField(t types.Type, idx int) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok || idx >= st.NumFields() {
		return false
	}
	return hasWord(sharedWords(st.Field(idx).Name()), successFieldWords...) != ""
}

// paidCheckErr: v is the error result of a call.
func paidCheckErr(v ssa.Value) (*ssa.Call, bool) {
	switch x := strip(v).(type) {
	case *ssa.Extract:
		c, ok := x.Tuple.(*ssa.Call)
		if tup, isTup := x.Tuple.Type().(*types.Tuple); ok && isTup && x.Index == tup.Len()-1 {
			return c, true
		}
	case *ssa.Call:
		if types.Identical(x.Type(), errorType) {
			return x, true
		}
	}
	return nil, false
}

// statusGuarded reports whether block b of fn is reached only after a
// payment status read compared with a success value.
func (m *Model) statusGuarded(fn *ssa.Function, b *ssa.BasicBlock, t func(ssa.Value) bool) bool {
	var edges []edge
	for _, i := range ifs(fn) {
		if e, ok := m.statusEdge(i, t); ok {
			edges = append(edges, e)
		}
	}
	return guardedBy(fn, edges, b) || m.c15hExcluded(fn, b, t) || // excludedstatus.go: every non-paid status turned back
		m.guarded(fn, b, t) // negstatus.go: a provider-only paid value, a provider's every non-paid value turned back
}
