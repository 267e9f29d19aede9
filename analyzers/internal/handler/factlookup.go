package handler

import (
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// fact returns the fact of a function: computed here for this package,
// imported for others; nil if none.
func fact[F any, PF interface {
	*F
	analysis.Fact
}](m *Model, obj *types.Func, local func(*funcFacts) PF) PF {
	if obj == nil {
		return nil
	}
	if ff := m.local[obj]; ff != nil {
		return local(ff)
	}
	if obj.Pkg() == m.pass.Pkg {
		return nil
	}
	f := PF(new(F))
	if m.pass.ImportObjectFact(obj, f) {
		return f
	}
	return nil
}

func (m *Model) verifierFact(obj *types.Func) *VerifierFact {
	return fact(m, obj, func(ff *funcFacts) *VerifierFact { return ff.verifier })
}

func (m *Model) paidFact(obj *types.Func) *PaidCheckFact {
	return fact(m, obj, func(ff *funcFacts) *PaidCheckFact { return ff.paid })
}

func (m *Model) guardedFact(obj *types.Func) *GuardedFact {
	return fact(m, obj, func(ff *funcFacts) *GuardedFact { return ff.guarded })
}
