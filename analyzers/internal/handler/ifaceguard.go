package handler

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// ---- a claim asked through an interface the package implements ----------
//
// A handler often asks its event log through the domain's interface:
//
//	fresh, err := h.events.Record(ctx, "braintree", id) // domain.EventLog
//	if fresh { notify… }
//
// while the only implementation in sight is a type of the handler's own
// package (SQLEventLog.Record: INSERT … ON CONFLICT DO NOTHING, answering
// RowsAffected() == 1). The call is then a guard seed like a call of that
// method itself: every implementation of the interface declared in this
// package must be a guard helper (guardhelper.go), and there must be one.
// An interface nothing here implements stays unknown (no guard), as does
// one with an implementation that answers anything else.

// ifaceGuardHelper: c invokes an interface method whose implementations
// in this package are all guard helpers (at least one).
func (m *Model) ifaceGuardHelper(c *ssa.Call, depth int) bool {
	cc := c.Common()
	if !cc.IsInvoke() || c.Parent() == nil {
		return false
	}
	iface, ok := cc.Value.Type().Underlying().(*types.Interface)
	if !ok || iface.Empty() {
		return false
	}
	return m.guardMemo.ifaceCall(iface, cc.Method, depth, func() bool { return m.ifaceGuardHelperOnce(c, iface, depth) })
}

// ifaceGuardHelperOnce is ifaceGuardHelper's work, done once per
// interface, method and depth (guardmemo.go).
func (m *Model) ifaceGuardHelperOnce(c *ssa.Call, iface *types.Interface, depth int) bool {
	cc := c.Common()
	prog := c.Parent().Prog
	found := false
	for _, tn := range m.guardMemo.implCandidates(m.pass.Pkg.Scope()) {
		recv := types.Type(types.NewPointer(tn.Type()))
		if !types.Implements(recv, iface) {
			continue
		}
		sel := prog.MethodSets.MethodSet(recv).Lookup(cc.Method.Pkg(), cc.Method.Name())
		if sel == nil {
			return false
		}
		fn := prog.MethodValue(sel)
		if fn == nil || !m.guardHelperFn(fn, depth) {
			return false // an implementation that answers something else
		}
		found = true
	}
	return found
}
