package payment

import "go/types"

// WrapperOf is the WrapperFact of fn: this package's own, or imported
// from the package declaring it (the handler analyzers cannot import the
// payment analyzer's facts themselves). A binding package asks it of the
// methods it binds to a use case's ports: a port bound to a status read
// may be the use case's own paid check (handler/returngrant.go).
// nil if fn has none or the model did not run.
func (in *Info) WrapperOf(fn *types.Func) *WrapperFact {
	if in == nil || fn == nil || fn.Pkg() == nil {
		return nil
	}
	if f := in.Wrappers[fn]; f != nil {
		return f
	}
	if in.importFact == nil {
		return nil
	}
	f := new(WrapperFact)
	if in.importAfter(fn, f) { // statusconst.go: silent, never a crash, after the pass
		return f
	}
	return nil
}
