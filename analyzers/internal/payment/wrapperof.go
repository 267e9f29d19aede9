package payment

import "go/types"

// WrapperOf is the WrapperFact of fn: this package's own, or imported
// from the package declaring it (the handler analyzers cannot import the
// payment analyzer's facts themselves). A binding package asks it of the
// methods it binds to a use case's ports: a port bound to a status read
// may be the use case's own paid check (handler/returngrant.go).
// nil if fn has none or the model did not run.
func (in *Info) WrapperOf(fn *types.Func) (fact *WrapperFact) {
	if in == nil || fn == nil || fn.Pkg() == nil {
		return nil
	}
	if f := in.Wrappers[fn]; f != nil {
		return f
	}
	if in.importFact == nil {
		return nil
	}
	// As StatusParamOf: a driver that forbids importing facts after the
	// payment pass makes this silent, never a crash.
	defer func() {
		if recover() != nil {
			fact = nil
		}
	}()
	f := new(WrapperFact)
	if in.importFact(fn, f) {
		return f
	}
	return nil
}
