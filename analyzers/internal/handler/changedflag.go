package handler

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// ---- a use case answering whether it changed the stored state ------------------
//
// A webhook often hands the notification to a use case that answers
// whether it changed anything, and acts only then:
//
//	changed, err := h.apply.ApplyNotification(ctx, n.OrderID, n.Status)
//	if changed { h.notify.SendReceipt(…) }
//
//	func (s *Service) ApplyNotification(ctx, orderID, status string) (bool, error) {
//		v, err := s.visits.Get(ctx, id)
//		if v.PaymentStatus == "paid" { return false, nil }
//		return true, s.visits.MarkPaid(ctx, v.ID, orderID)
//	}
//
// The answer is true only past the use case's own check of the stored
// state (a second delivery finds the visit paid and gets false): it is a
// duplicate guard's answer like a compare-and-set's rows affected. A
// function is such a changed-state flag when it has a bool result, every
// return gives it false, a guard seed's answer (a CAS), or true on a
// block reached only through the not-yet-done branch of a check of stored
// state (guardCond: a stored status compared with a state word, a stored
// paid flag), and at least one gives true. It is then a guard helper
// (guardhelper.go; exported as GuardHelperFact, guardfact.go). A true given
// whatever the state, or a flag read from the event, guards nothing.
//
// Through an interface (ifaceAnswer): a call of an interface method
// with a bool answer is a guard seed when every implementation in sight
// (this package and the merchant packages it imports) is a guard helper,
// at least one. When none is in sight, the binding package judges the
// implementation it binds (usecasegate.go).

// changedFlag: fn, a function of this package read depth helpers
// deep, answers whether it changed the stored state.
func (m *Model) changedFlag(fn *ssa.Function, depth int) bool {
	bi, res := firstBoolResult(fn.Signature), fn.Signature.Results()
	if bi < 0 || len(fn.Blocks) == 0 || !returnsTrue(fn, bi) {
		return false
	}
	var params []ssa.Value
	for _, p := range fn.Params {
		params = append(params, p)
	}
	ev := eventTaint(fn, params) // what it is handed says the same on every delivery
	st := m.statusTaint(fn)
	gt := taint(fn, func(in ssa.Instruction) bool { return m.guardSeedAt(in, depth+1) }, false)
	var guards []*ssa.If
	for _, i := range ifs(fn) {
		if m.guardCond(i.Cond, ev, st, gt, 0) {
			guards = append(guards, i)
		}
	}
	behind := func(b *ssa.BasicBlock) bool {
		for _, i := range guards {
			for n := 0; n < 2; n++ {
				if guardedBy(fn, []edge{succ(i, n)}, b) && !intoDone(i, n) {
					return true
				}
			}
		}
		return false
	}
	trues := 0
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || len(ret.Results) != res.Len() {
			continue
		}
		v := ret.Results[bi]
		if gt[v] {
			trues++
			continue
		}
		vals, blocks := []ssa.Value{v}, []*ssa.BasicBlock{b}
		if phi, ok := v.(*ssa.Phi); ok {
			vals, blocks = phi.Edges, phi.Block().Preds
		}
		for k, x := range vals {
			c, ok := x.(*ssa.Const)
			switch {
			case gt[x]:
				trues++
			case !ok || c.Value == nil || c.Value.Kind() != constant.Bool:
				return false // an answer of its own, not the check's
			case !constant.BoolVal(c.Value):
			case behind(blocks[k]):
				trues++
			default:
				return false // true whatever the stored state
			}
		}
	}
	return trues > 0
}

// fp15wMaterial: the cheap syntactic look in front of SSA for a
// changed-state flag: fd answers a bool, returns the literal true, and
// compares a field named as a state or status with a string.
func fp15wMaterial(info *types.Info, fd *ast.FuncDecl) bool {
	obj, _ := info.Defs[fd.Name].(*types.Func)
	if obj == nil || fd.Body == nil {
		return false
	}
	sig, _ := obj.Type().(*types.Signature)
	hasBool := false
	for i := 0; sig != nil && i < sig.Results().Len(); i++ {
		if b, ok := sig.Results().At(i).Type().Underlying().(*types.Basic); ok && b.Kind() == types.Bool {
			hasBool = true
		}
	}
	if !hasBool {
		return false
	}
	retTrue, compare := false, false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.ReturnStmt:
			for _, r := range x.Results {
				if id, ok := ast.Unparen(r).(*ast.Ident); ok && id.Name == "true" {
					retTrue = true
				}
			}
		case *ast.BinaryExpr:
			if x.Op != token.EQL && x.Op != token.NEQ {
				return true
			}
			for _, side := range []ast.Expr{x.X, x.Y} {
				if sel, ok := ast.Unparen(side).(*ast.SelectorExpr); ok && hasWord(sharedWords(sel.Sel.Name), stateFieldWords...) != "" {
					compare = true
				}
			}
		}
		return true
	})
	return retTrue && compare
}

// ifaceAnswer: c invokes a merchant interface's method with a bool
// answer whose implementations in sight are all guard helpers (at least
// one), or of which none is in sight.
func (m *Model) ifaceAnswer(c *ssa.Call, depth int) bool {
	cc := c.Common()
	if !cc.IsInvoke() || c.Parent() == nil || cc.Method == nil || cc.Method.Pkg() == nil || libraryPath(cc.Method.Pkg().Path()) {
		return false
	}
	iface, ok := cc.Value.Type().Underlying().(*types.Interface)
	sig, _ := cc.Method.Type().(*types.Signature)
	if !ok || iface.Empty() || sig == nil || !boolAnswer(sig) {
		return false
	}
	ic := ifaceCall{Method: cc.Method, Iface: iface}
	var impls []*types.Func
	for _, p := range append([]*types.Package{m.pass.Pkg}, m.pass.Pkg.Imports()...) {
		if p == m.pass.Pkg || !libraryPath(p.Path()) {
			impls = append(impls, implsIn(p, ic)...)
		}
	}
	if len(impls) == 0 {
		return false // out of sight: judged where main binds it (usecasegate.go)
	}
	prog := c.Parent().Prog
	for _, fn := range impls {
		if fn.Pkg() != m.pass.Pkg {
			if !m.importedGuardHelper(fn) {
				return false
			}
			continue
		}
		f := prog.FuncValue(fn)
		if f == nil || !m.guardHelperFn(f, depth) {
			return false
		}
	}
	return true
}

// boolAnswer: the signature's first result is a bool or an integer
// (a flag, or the rows a compare-and-set affected).
func boolAnswer(sig *types.Signature) bool {
	return sig.Results().Len() > 0 && boolOrInt(sig.Results().At(0).Type())
}

// returnsTrue: some return of fn gives the constant true at bi
// (directly or through a phi), the cheap test before the taints.
func returnsTrue(fn *ssa.Function, bi int) bool {
	isTrue := func(v ssa.Value) bool {
		b, ok := constBool(v)
		return ok && b
	}
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || bi >= len(ret.Results) {
			continue
		}
		v := ret.Results[bi]
		if isTrue(v) {
			return true
		}
		if phi, ok := v.(*ssa.Phi); ok {
			for _, e := range phi.Edges {
				if isTrue(e) {
					return true
				}
			}
		}
	}
	return false
}

// firstBoolResult is the index of sig's first bool result, -1 if none: the
// answer a changed-state or compare-and-set flag gives (casflag.go).
func firstBoolResult(sig *types.Signature) int {
	res := sig.Results()
	for i := 0; i < res.Len(); i++ {
		if b, ok := res.At(i).Type().Underlying().(*types.Basic); ok && b.Kind() == types.Bool {
			return i
		}
	}
	return -1
}
