package handler

import (
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- wired calls whose implementation is in sight but not designated ----------
//
// A handler's package often imports the package of its use case's
// implementation for a value type only (ledger.Entry handed to
// h.charges.PostEntry) while main binds ledger.Store to the interface.
// The implementation is then in sight, but nothing in the handler's
// package designates it for the interface (ifaceFx.designated: no wiring
// here, not declared beside the interface, its package does not import
// the interface's), so the handler's package does not judge the call by
// it. Left there the call would be judged nowhere: it is a wired call,
// and the binding package, which sees what main really binds, judges it.

// wireUnexplained: no implementation this package designates for c's
// method — none in sight (unseenImpl), or only types of imported packages
// that nothing here binds to the interface.
func (m *Model) wireUnexplained(c ifaceCall, wires *[]payment.Wire, built *bool) bool {
	if m.unseenImpl(c) {
		return true
	}
	if c.Method.Pkg() == nil || libraryPath(c.Method.Pkg().Path()) || len(implsIn(m.pass.Pkg, c)) > 0 {
		return false
	}
	if !*built {
		*built, *wires = true, payment.Wires(m.pass.TypesInfo, m.pass.Files)
	}
	for _, p := range m.pass.Pkg.Imports() {
		if libraryPath(p.Path()) {
			continue
		}
		for _, fn := range implsIn(p, c) {
			if payment.Designated(*wires, c.Iface, c.Method.Pkg(), m.pass.Pkg, fn) {
				return false
			}
		}
	}
	return true
}
