package handler

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// ---- duplicate guards behind the package's own helpers ------------------------
//
// A handler often asks a helper whether the delivery is new:
//
//	first, err := h.firstDelivery(ctx, "stripe", evt.ID)
//	if first { credit… }
//
// where firstDelivery inserts the event ON CONFLICT DO NOTHING and answers
// RowsAffected() == 1, or answers a Redis SETNX, or returns ErrRepeat when
// nothing was inserted. Such a helper's call is a guard seed like the
// insert itself: its body is read (functions of this package, up to two
// helpers deep). A helper whose answer does not come from such a seed (the
// rows affected of an UPDATE of an amount, a constant true, nothing at
// all) guards nothing.

// maxGuardHelperDepth bounds the helpers read through (helper of helper).
const maxGuardHelperDepth = 2

// guardHelper reports whether c calls a function of this package whose
// bool or integer answer comes from a duplicate guard's seed, or whose
// error answer is a fresh error returned only on one branch of such a
// seed's check.
func (m *Model) guardHelper(c *ssa.CallCommon, depth int) bool {
	callee := c.StaticCallee()
	return callee != nil && m.guardHelperFn(callee, depth)
}

// guardHelperFn: callee, a function of this package, answers as
// guardHelper says (also what guardfact.go exports to other packages).
func (m *Model) guardHelperFn(callee *ssa.Function, depth int) bool {
	if depth > maxGuardHelperDepth || len(callee.Blocks) == 0 || callee.Pkg == nil ||
		callee.Pkg.Pkg != m.pass.Pkg || callee.Signature.Results().Len() == 0 {
		return false
	}
	return m.guardMemo.fn(callee, depth, func() bool { return m.guardHelperFnOnce(callee, depth) })
}

// guardHelperFnOnce is guardHelperFn's work, done once per function and
// depth (guardmemo.go).
func (m *Model) guardHelperFnOnce(callee *ssa.Function, depth int) bool {
	if m.changedFlag(callee, depth) {
		return true // true only past its check of the stored state (changedflag.go)
	}
	if m.casCellFlag(callee, depth) {
		return true // a flag set past a compare-and-set in a transaction callback (casflag.go)
	}
	var ev map[ssa.Value]bool
	evDone := false
	event := func() map[ssa.Value]bool { // in a helper, the event is what it is handed
		if !evDone {
			var params []ssa.Value
			for _, p := range callee.Params {
				params = append(params, p)
			}
			ev, evDone = eventTaint(callee, params), true
		}
		return ev
	}
	gt := taint(callee, func(in ssa.Instruction) bool {
		return m.guardSeedAt(in, depth+1) || m.claimSeedLazy(in, event) || docInsertSeed(in)
	}, false)
	if len(gt) == 0 {
		return false
	}
	res := callee.Signature.Results()
	for _, b := range callee.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || len(ret.Results) != res.Len() {
			continue
		}
		for i, v := range ret.Results {
			t := res.At(i).Type()
			switch {
			case boolOrInt(t) && gt[v]:
				return true
			case isErrorType(t) && freshError(v, gt) && behindSeedCheck(callee, b, gt):
				return true
			}
		}
	}
	return false
}

// boolOrInt: a bool or an integer answer (first, rows affected).
func boolOrInt(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsBoolean|types.IsInteger) != 0
}

// freshError: v is a non-nil error the helper makes itself (ErrRepeat,
// errors.New(…)), not the seed's own error handed back.
func freshError(v ssa.Value, gt map[ssa.Value]bool) bool {
	if c, ok := strip(v).(*ssa.Const); ok && c.IsNil() {
		return false
	}
	return !gt[v] && !gt[strip(v)]
}

// behindSeedCheck: b is reached only through one branch of an If on a
// seed's answer that is not an error's nil check (if n == 0 { return
// ErrRepeat }, not if err != nil { return errors.New("db") }).
func behindSeedCheck(fn *ssa.Function, b *ssa.BasicBlock, gt map[ssa.Value]bool) bool {
	for _, i := range ifs(fn) {
		if i.Parent() != fn || !gt[i.Cond] || errNilTest(i.Cond) {
			continue
		}
		for n := 0; n < 2; n++ {
			if guardedBy(fn, []edge{succ(i, n)}, b) {
				return true
			}
		}
	}
	return false
}
