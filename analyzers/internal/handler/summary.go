package handler

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/directive"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- summaries (facts) -------------------------------------------------------

func (m *Model) summarize(relevant bool) {
	var fds []*ast.FuncDecl
	var objs []*types.Func
	for obj, fd := range m.decls {
		if fd.Body != nil && m.fnOf[fd] != nil {
			fds = append(fds, fd)
			objs = append(objs, obj)
			m.local[obj] = &funcFacts{}
		}
	}
	// Stable order for determinism.
	sortByPos(fds, objs)
	for round := 0; round < 4; round++ {
		changed := false
		for i, fd := range fds {
			obj, fn, ff := objs[i], m.fnOf[fd], m.local[objs[i]]
			if ff.verifier == nil {
				if v := m.summarizeVerifier(fn); v != nil {
					ff.verifier, changed = v, true
				}
			}
			// Paid checks are summarised in every modelled package, so a
			// caller may take a function without a fact for no paid check
			// (paidCheckOf): a package that reaches no payment op can still
			// look an order up in its own store.
			if ff.paid == nil {
				if p := m.summarizePaid(fn); p != nil {
					ff.paid, changed = p, true
				}
			}
			if !relevant {
				continue
			}
			if g := m.summarizeGuarded(fd, fn); g != nil && (ff.guarded == nil || *g != *ff.guarded) {
				ff.guarded, changed = g, true
			}
			_ = obj
		}
		if !changed {
			break
		}
	}
	for i, fd := range fds {
		obj, ff := objs[i], m.local[objs[i]]
		if ff.paid == nil {
			ff.paid = opaquePaidCheck(obj, m.fnOf[fd]) // paidopaque.go
		}
		if ff.verifier != nil && !directive.OnFunc(fd, directive.Verifier) {
			m.pass.ExportObjectFact(obj, ff.verifier)
		} else if directive.OnFunc(fd, directive.Verifier) {
			sig, _ := obj.Type().(*types.Signature)
			if k := kindOfSig(sig); k != 0 {
				ff.verifier = &VerifierFact{Bool: k == boolResult}
				m.pass.ExportObjectFact(obj, ff.verifier)
			}
		}
		if ff.paid != nil {
			m.pass.ExportObjectFact(obj, ff.paid)
		}
		if ff.guarded != nil {
			m.pass.ExportObjectFact(obj, ff.guarded)
		}
		if f := m.thenCallsSummary(m.fnOf[fd]); f != nil {
			m.pass.ExportObjectFact(obj, f) // thencalls.go
		}
		// A factory returning a verifying middleware verifies where it is
		// mounted (r.With(mw.Signed(secret))): the route asks the factory.
		if m.middlewareVerifies(fd) || m.factoryVerifies(fd) {
			ff.middleware = &MiddlewareFact{}
			m.pass.ExportObjectFact(obj, ff.middleware)
		}
	}
}

func sortByPos(fds []*ast.FuncDecl, objs []*types.Func) {
	for i := 1; i < len(fds); i++ {
		for j := i; j > 0 && fds[j].Pos() < fds[j-1].Pos(); j-- {
			fds[j], fds[j-1] = fds[j-1], fds[j]
			objs[j], objs[j-1] = objs[j-1], objs[j]
		}
	}
}

func returns(fn *ssa.Function) []*ssa.Return {
	var out []*ssa.Return
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		if r, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			out = append(out, r)
		}
	}
	return out
}

// summarizeVerifier: every success return of fn (nil error, true) is
// dominated by an enforced verdict, or returns a verdict itself.
func (m *Model) summarizeVerifier(fn *ssa.Function) *VerifierFact {
	if f := m.hashVerifier(fn); f != nil {
		return f // hashverifier.go: a keyed digest compared with what the request brought
	}
	if f := m.restVerifier(fn); f != nil {
		return f // restverifier.go: a provider's verification endpoint, its verdict compared
	}
	k := kindOfSig(fn.Signature)
	if k == 0 || fn.Signature.Recv() == nil && fn.Signature.Params().Len() == 0 && len(fn.FreeVars) == 0 || !m.callsVerifier(fn) && !comparesToken(fn) {
		return nil
	}
	rets := returns(fn)
	if len(rets) == 0 {
		return nil
	}
	verified, failOpen := false, false
	for _, r := range rets {
		if len(r.Results) == 0 {
			return nil
		}
		last := r.Results[len(r.Results)-1]
		if _, v, ok := m.verifierResult(last, fn); ok && (v.kind == k || k == boolResult && v.kind == boolResult) {
			verified = true
			failOpen = failOpen || v.failOpen
			continue
		}
		success := false
		if k == errResult {
			success = isNil(last) || passThroughErr(last) // helpertoken.go
		} else if bv, ok := constBool(last); ok {
			success = bv
		} else {
			return nil // a bool computed some other way
		}
		if !success {
			continue
		}
		switch m.verifiedAt(fn, r.Block()) {
		case Verified:
			verified = true
		case FailOpen:
			failOpen = true
		default:
			if m.emptyGuarded(fn, r.Block()) {
				failOpen = true
				continue
			}
			switch guarded, unset := m.keyGuard(fn, r.Block()); { // unsetkey.go: if v.wh == nil { return nil }
			case unset:
				failOpen = true
			case !guarded:
				return nil
			} // guarded, the checker set on every value built: never taken
		}
	}
	if !verified && !(failOpen && comparesToken(fn)) { // a token compare only fail-open: helpertoken.go
		return nil
	}
	return &VerifierFact{Bool: k == boolResult, FailOpen: failOpen, Secret: emptySecretParam(fn), Partial: m.dropsVerdict(fn, rets)} // dropverdict.go
}

// callsVerifier reports whether fn or its literals call a verifier.
func (m *Model) callsVerifier(fn *ssa.Function) bool {
	for range m.verifierCalls(fn) {
		return true
	}
	return false
}

// emptyGuarded: b is reached only when some value is empty (the other
// edge of an emptiness check).
func (m *Model) emptyGuarded(fn *ssa.Function, b *ssa.BasicBlock) bool {
	for _, i := range ifs(fn) {
		if nonEmpty, ok := emptyCheck(i); ok {
			other := succ(i, 0)
			if other.to == nonEmpty.to {
				other = succ(i, 1)
			}
			if other.dominates(b) {
				return true
			}
		}
	}
	return false
}

// summarizePaid: fn reads a payment's status and returns a nil error (or
// true) only after comparing it with a success value.
func (m *Model) summarizePaid(fn *ssa.Function) *PaidCheckFact {
	if kindOfSig(fn.Signature) == 0 || !m.mayCheckPaid(fn) {
		return nil
	}
	if f := m.paidWith(fn, m.statusTaint(fn)); f != nil {
		return f
	}
	if len(fn.Params) == 0 {
		return nil
	}
	var params []ssa.Value
	for _, p := range fn.Params {
		params = append(params, p)
	}
	none := func(ssa.Instruction) bool { return false }
	// Comparing what it is given: a check only for a trustworthy argument.
	if f := m.paidWith(fn, taint(fn, none, true, params...)); f != nil {
		f.Param = true
		return f
	}
	// Looking the payment up by what it is given (its own store, the
	// provider through an unknown client): a check whatever the key, but
	// only of something that may be a payment (paymentSubject): an account
	// compared with "active" is not.
	looked := taint(fn, none, false, params...)
	subject := map[ssa.Value]bool{}
	for v := range looked {
		if paymentSubject(v) {
			subject[v] = true
		}
	}
	return m.paidWith(fn, subject)
}

// mayCheckPaid is a cheap filter: fn compares something with a success
// value, reads a success-named field, or calls a paid check.
func (m *Model) mayCheckPaid(fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			switch x := in.(type) {
			case *ssa.BinOp:
				if successValue(x.X) || successValue(x.Y) {
					return true
				}
			case *ssa.Call:
				for _, a := range x.Call.Args {
					if successValue(a) {
						return true
					}
				}
				if m.paidCheckOf(calleeObj(x.Common())) != nil {
					return true
				}
			case *ssa.FieldAddr:
				if successField(x.X.Type(), x.Field) {
					return true
				}
			case *ssa.Field:
				if successField(x.X.Type(), x.Field) {
					return true
				}
			}
		}
	}
	return false
}

func (m *Model) paidWith(fn *ssa.Function, taints map[ssa.Value]bool) *PaidCheckFact {
	k := kindOfSig(fn.Signature)
	if k == 0 || len(taints) == 0 {
		return nil
	}
	t := func(v ssa.Value) bool { return taints[v] && !rfbLifecycle(v) } // lifecycle.go
	guards := false
	for _, i := range ifs(fn) {
		if _, ok := m.statusEdge(i, t); ok {
			guards = true
		}
	}
	res := fn.Signature.Results()
	if g, ok := m.paidReturns(fn, t, k, res.Len()-1); ok && (guards || g) {
		return &PaidCheckFact{Bool: k == boolResult}
	}
	// IsPaid(id) (bool, error): the error a failed lookup, the bool the
	// verdict. Bool on an error-last signature says so (verdictIndex): the
	// caller must test the bool, a nil error says nothing.
	if k == errResult && res.Len() >= 2 && isBool(res.At(res.Len()-2).Type()) {
		if g, ok := m.paidReturns(fn, t, boolResult, res.Len()-2); ok && (guards || g) {
			return &PaidCheckFact{Bool: true}
		}
	}
	return nil
}

func isBool(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Bool
}

// paidReturns reports whether every return of fn gives the success verdict
// (a nil error, or true, as result idx) only after a status check, or
// returns a success comparison; guards tells whether a return does
// itself the check (a comparison, a paid check's error).
func (m *Model) paidReturns(fn *ssa.Function, t func(ssa.Value) bool, k resultKind, idx int) (guards, ok bool) {
	rets := returns(fn)
	if len(rets) == 0 {
		return false, false
	}
	for _, r := range rets {
		if len(r.Results) <= idx {
			return false, false
		}
		v := r.Results[idx]
		if k == errResult {
			if call, ok := paidCheckErr(v); ok {
				if f := m.paidCheckOf(calleeObj(call.Common())); f != nil && !f.Bool {
					guards = true
					continue
				}
			}
			if !isNil(v) {
				continue
			}
		} else {
			if bv, ok := constBool(v); ok {
				if !bv {
					continue
				}
			} else if b, ok := v.(*ssa.BinOp); ok && b.Op == token.EQL &&
				((successValue(b.X) && t(b.Y)) || (successValue(b.Y) && t(b.X))) {
				guards = true
				continue
			} else if phi, ok := v.(*ssa.Phi); ok && m.successPhi(phi, t) {
				guards = true // return s.Status == "active" || s.Status == "trialing"
				continue
			} else if successRead(v, t) || m.paidVerdict(v, t) {
				guards = true // return inv.Paid; return billing.Paid(id)
				continue
			} else {
				return false, false
			}
		}
		if !m.statusGuarded(fn, r.Block(), t) {
			return false, false
		}
	}
	return guards, true
}

// successPhi: phi is a disjunction of success comparisons (a || b): each
// incoming value is a success comparison on t, false, or true along the
// success edge of a status check.
func (m *Model) successPhi(phi *ssa.Phi, t func(ssa.Value) bool) bool {
	preds := phi.Block().Preds
	if len(preds) != len(phi.Edges) {
		return false
	}
	for i, v := range phi.Edges {
		if b, ok := v.(*ssa.BinOp); ok && b.Op == token.EQL &&
			((successValue(b.X) && t(b.Y)) || (successValue(b.Y) && t(b.X))) {
			continue
		}
		bv, ok := constBool(v)
		if !ok {
			return false
		}
		if !bv {
			continue
		}
		pred := preds[i]
		if len(pred.Instrs) == 0 {
			return false
		}
		iff, ok := pred.Instrs[len(pred.Instrs)-1].(*ssa.If)
		if !ok {
			return false
		}
		if e, ok := m.statusEdge(iff, t); !ok || e.to != phi.Block() {
			return false
		}
	}
	return true
}

// fulfilments returns the fulfilment and paid-state-write ops in node.
func (m *Model) fulfilments(node ast.Node) []*payment.Op {
	var out []*payment.Op
	for _, op := range m.info.Within(node) {
		if op.Kind.Any(payment.Fulfillment | payment.StateWrite) {
			out = append(out, op)
		}
	}
	return out
}

// summarizeGuarded: every fulfilment in fn is behind a status check or an
// enforced signature verification.
func (m *Model) summarizeGuarded(fd *ast.FuncDecl, fn *ssa.Function) *GuardedFact {
	ops := m.fulfilments(fd.Body)
	if len(ops) == 0 {
		return nil
	}
	g := &GuardedFact{Status: true, Verified: true}
	var t func(ssa.Value) bool
	for _, op := range ops {
		cg := m.guardedFact(m.callee(op.Call))
		in := m.instrOf(fn, op.Call)
		if in == nil {
			return nil
		}
		if g.Status && !(cg != nil && cg.Status) {
			if t == nil {
				var params []ssa.Value
				for _, p := range fn.Params {
					params = append(params, p)
				}
				t = trusted(taint(fn, func(ssa.Instruction) bool { return false }, true, params...))
			}
			g.Status = m.statusGuarded(fn, in.Block(), t)
		}
		if g.Verified && !(cg != nil && cg.Verified) {
			g.Verified = m.verifiedAt(fn, in.Block()) == Verified
		}
	}
	if !g.Status && !g.Verified {
		return nil
	}
	return g
}

func (m *Model) callee(call *ast.CallExpr) *types.Func {
	if call == nil {
		return nil
	}
	return m.calleeFunc(call)
}

// successRead: v is a success-named field (inv.Paid, sub.Active) of a
// value derived from t.
func successRead(v ssa.Value, t func(ssa.Value) bool) bool {
	if !t(v) {
		return false
	}
	switch x := v.(type) {
	case *ssa.UnOp:
		fa, ok := x.X.(*ssa.FieldAddr)
		return ok && x.Op == token.MUL && successField(fa.X.Type(), fa.Field)
	case *ssa.Field:
		return successField(x.X.Type(), x.Field)
	}
	return false
}

// paidVerdict: v is the verdict of a Bool paid check's call (return
// billing.Paid(id); paid, err := billing.IsPaid(id); return paid, err).
func (m *Model) paidVerdict(v ssa.Value, t func(ssa.Value) bool) bool {
	var call *ssa.Call
	switch x := v.(type) {
	case *ssa.Call:
		call = x
		if _, tup := x.Type().(*types.Tuple); tup {
			return false
		}
	case *ssa.Extract:
		c, ok := x.Tuple.(*ssa.Call)
		if !ok || x.Index != verdictIndex(c.Call.Signature()) {
			return false
		}
		call = c
	default:
		return false
	}
	f := m.paidCheckOf(calleeObj(call.Common()))
	return f != nil && f.Bool && paidArgs(f, call, t)
}
