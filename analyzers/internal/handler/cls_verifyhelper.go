package handler

import "golang.org/x/tools/go/ssa"

// ---- helpers that verify in a shape paylint cannot summarise ----------------
//
// A helper of this package may verify and report failure in its own way:
// ev, order := h.verified(w, r) answers 400 and returns nil results when
// webhook.ConstructEvent fails, and the handler stops on ev == nil. Its
// last result is neither an error nor a bool, so it has no verifier
// summary. A handler that stops on a result of a helper calling a known
// verifier is of unknown verification: the rule stays silent.

// helperVerdict: cond is computed from a result of a function of this
// package that calls a known verifier.
func (m *Model) helperVerdict(cond ssa.Value) bool {
	return derives(cond, func(x ssa.Value) bool {
		c, ok := x.(*ssa.Call)
		if !ok {
			return false
		}
		f := c.Call.StaticCallee()
		if f == nil || f.Pkg == nil || f.Pkg.Pkg != m.pass.Pkg {
			return false
		}
		return m.callsKnownVerifier(f)
	}, 4)
}

// callsKnownVerifier: fn or its literals call a verifier known by name,
// package, configuration or summary (not one recognised by shape only).
func (m *Model) callsKnownVerifier(fn *ssa.Function) bool {
	for _, f := range allFuncs(fn) {
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				if c, ok := in.(ssa.CallInstruction); ok {
					if _, known := m.knownVerifierOf(c.Common(), f); known {
						return true
					}
				}
			}
		}
	}
	return false
}
