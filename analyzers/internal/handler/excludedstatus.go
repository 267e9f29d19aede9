package handler

import (
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- every non-paid status turned back is a paid verdict --------------------------
//
// statusGuarded counts a read status compared == with a success value. A
// page may instead turn back each status that is not paid, one by one:
//
//	switch pi.Status {
//	case stripe.PaymentIntentStatusCanceled, …Processing, …RequiresAction,
//		…RequiresConfirmation, …RequiresPaymentMethod, …RequiresCapture:
//		return
//	}
//	fulfil() // only succeeded gets here
//
// That is a paid verdict too, while excluding one failure value
// (status != canceled) lets open, pending, failed and expired through and
// is none. The values are the status type's own: the string constants of
// a named type declared beside it (stripe.PaymentIntentStatus, a Mollie
// components.PaymentResponseStatus, a shop's enum). The block is guarded
// when, for every constant of the type that is no success value
// (payment.IsSuccessStatus), every path to it leaves a comparison of a
// trusted value with that constant on its "not equal" side.
//
// Precision: this only silences. A type with fewer than two non-success
// constants, or no success one, says too little to enumerate, and a
// status compared with plain strings has no declared set: neither counts.

// c15hExcluded: block b of fn is reached only after a value t trusts was
// found unequal to every non-success constant of its named status type.
func (m *Model) c15hExcluded(fn *ssa.Function, b *ssa.BasicBlock, t func(ssa.Value) bool) bool {
	// "not equal" edges by status type and constant value
	byType := map[*types.Named]map[string][]edge{}
	for _, i := range ifs(fn) {
		c, ok := i.Cond.(*ssa.BinOp)
		if !ok || c.Op != token.EQL && c.Op != token.NEQ {
			continue
		}
		for _, pair := range [][2]ssa.Value{{c.X, c.Y}, {c.Y, c.X}} {
			k, ok := strip(pair[1]).(*ssa.Const)
			named := namedOf(pair[1].Type())
			if !ok || named == nil || k.Value == nil || k.Value.Kind() != constant.String || !t(pair[0]) {
				continue
			}
			ne := 1 // x == k: the else edge
			if c.Op == token.NEQ {
				ne = 0
			}
			if byType[named] == nil {
				byType[named] = map[string][]edge{}
			}
			s := constant.StringVal(k.Value)
			byType[named][s] = append(byType[named][s], succ(i, ne))
		}
	}
	for named, edges := range byType {
		failures, ok := m.statusFailures(named)
		if !ok {
			continue
		}
		all := true
		for _, s := range failures {
			if !guardedBy(fn, edges[s], b) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// statusFailures: the failure values of the status type named
// (statusFailuresOf), worked out once per pass:
// statusGuarded asks for every status-comparing block of every function,
// and each answer was a walk of the whole scope of the status type's
// package, sorted (Scope.Names; stripe-go's has thousands of names), for
// each status type of the package in turn. The scope is now listed once
// per package (its string constants), and each type's answer once.
func (m *Model) statusFailures(named *types.Named) ([]string, bool) {
	c := &m.statusConsts
	c.mu.Lock()
	defer c.mu.Unlock()
	if r, ok := c.memo[named]; ok {
		return r.fails, r.ok
	}
	var fails []string
	var ok bool
	if pkg := named.Obj().Pkg(); pkg != nil {
		consts, listed := c.byPkg[pkg]
		if !listed {
			consts = stringConsts(pkg.Scope())
			if c.byPkg == nil {
				c.byPkg = map[*types.Package][]*types.Const{}
			}
			c.byPkg[pkg] = consts
		}
		fails, ok = statusFailuresOf(named, consts)
	}
	if c.memo == nil {
		c.memo = map[*types.Named]statusFailures{}
	}
	c.memo[named] = statusFailures{fails, ok}
	return fails, ok
}

// statusFailures is one answer of statusFailuresOf.
type statusFailures struct {
	fails []string
	ok    bool
}

// stringConsts lists scope's string constants in scope.Names order.
func stringConsts(scope *types.Scope) []*types.Const {
	var out []*types.Const
	for _, name := range scope.Names() {
		if k, ok := scope.Lookup(name).(*types.Const); ok && k.Val().Kind() == constant.String {
			out = append(out, k)
		}
	}
	return out
}

// statusFailuresOf lists the values of named's string constants (consts:
// those of its package, in scope order) that are no success status; ok
// only when there are at least two of them and one success value besides.
func statusFailuresOf(named *types.Named, consts []*types.Const) ([]string, bool) {
	var fails []string
	success := false
	seen := map[string]bool{}
	for _, k := range consts {
		if !types.Identical(k.Type(), named) {
			continue
		}
		s := constant.StringVal(k.Val())
		switch {
		case payment.IsSuccessStatus(s):
			success = true
		case !seen[s]:
			seen[s] = true
			fails = append(fails, s)
		}
	}
	return fails, success && len(fails) >= 2
}
