package retry

import (
	"go/ast"
	"go/types"
)

// The status code handed back through the merchant's own interface.
//
// Checkout code often reaches its payment service through a small
// interface so that it can swap in a fake, and the service's methods hand
// back the answer's status as a second result:
//
//	type Payments interface{ Charge(r *Req) (*Res, int, error) }
//	func (p *payService) Charge(r *Req) (*Res, int, error) { … return &out, resp.StatusCode, nil }
//	res, code, err := h.pay.Charge(r) // code is the provider's status
//
// The payment model already reads such a call as the op its
// implementations agree on (payment/ifaceops.go); here the int result is
// the status code when every implementation the package can see (the
// types of the interface's package and of this one) is summarised by a
// StatusCodeFact at the same index. A single implementation without it
// (a fake returning a count, a method whose int is an amount) makes the
// result no status code: precision first.

// resolveIfaceCodes records, for every interface method this package
// calls that hands back an int beside a final error, the index its
// implementations agree holds the status (r.statusCodes, never exported:
// the facts belong to the implementations). It runs in Run, after this
// package's own summaries, while facts can still be imported.
func (r *Result) resolveIfaceCodes() {
	seen := map[*types.Func]bool{}
	named := map[*types.Package][]*types.Named{} // namedTypes, per package asked
	for _, f := range r.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fn := r.staticCallee(call)
			if fn == nil || seen[fn] || !intBesideErr(fn) {
				return true
			}
			seen[fn] = true
			if k := r.ifaceStatusCode(fn, named); k >= 0 {
				r.statusCodes[fn] = &StatusCodeFact{Result: k}
			}
			return true
		})
	}
}

// intBesideErr: fn's last result is an error and another is an integer.
func intBesideErr(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Results().Len() < 2 || !isErrorType(sig.Results().At(sig.Results().Len()-1).Type()) {
		return false
	}
	for i := 0; i < sig.Results().Len()-1; i++ {
		if b, ok := sig.Results().At(i).Type().Underlying().(*types.Basic); ok && b.Info()&types.IsInteger != 0 {
			return true
		}
	}
	return false
}

// ifaceStatusCode returns the index of the result of interface method fn
// that holds the status of the answer, or -1.
// named holds the candidate types of the packages already asked about.
func (r *Result) ifaceStatusCode(fn *types.Func, named map[*types.Package][]*types.Named) int {
	it := abstractOf(fn)
	if it == nil {
		return -1
	}
	pkgs := []*types.Package{fn.Pkg()}
	if r.pass.Pkg != fn.Pkg() {
		pkgs = append(pkgs, r.pass.Pkg)
	}
	k := -1
	for _, p := range pkgs {
		ts, ok := named[p]
		if !ok {
			ts = namedTypes(p)
			named[p] = ts
		}
		for _, impl := range concreteImpls(ts, fn, it) {
			at := r.implStatusCode(impl)
			if at < 0 || (k >= 0 && at != k) {
				return -1
			}
			k = at
		}
	}
	return k
}

// abstractOf returns the interface fn is a method of, nil when fn is a
// concrete function or a method of a generic interface or a constraint.
func abstractOf(fn *types.Func) *types.Interface {
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return nil
	}
	if n, ok := types.Unalias(sig.Recv().Type()).(*types.Named); ok && n.TypeParams().Len() > 0 {
		return nil
	}
	if _, ok := types.Unalias(sig.Recv().Type()).(*types.TypeParam); ok {
		return nil
	}
	it, _ := sig.Recv().Type().Underlying().(*types.Interface)
	return it
}

// namedTypes returns pkg's non-generic, non-interface named types, in the
// order of their names. A package's scope was listed (and its names
// sorted) again for every interface method asked about.
func namedTypes(pkg *types.Package) []*types.Named {
	var out []*types.Named
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 || types.IsInterface(n) {
			continue
		}
		out = append(out, n)
	}
	return out
}

// concreteImpls returns the methods named like fn of the named types
// (namedTypes of a package) that implement it (T or *T). A method promoted
// from an embedded interface is returned too: it has no summary, so the
// answer is -1.
func concreteImpls(named []*types.Named, fn *types.Func, it *types.Interface) []*types.Func {
	var out []*types.Func
	for _, n := range named {
		// A type without the method cannot implement the interface:
		// looking the method up first spares the full Implements test
		// (both method sets) for nearly every type of the package, which
		// every call of an (int, error) interface method — a
		// ResponseWriter's or an io.Writer's Write — asked of its
		// standard-library package's whole scope.
		ptr := types.NewPointer(n)
		obj, _, _ := types.LookupFieldOrMethod(ptr, true, fn.Pkg(), fn.Name())
		m, ok := obj.(*types.Func)
		if !ok || !types.Implements(n, it) && !types.Implements(ptr, it) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// implStatusCode returns the StatusCodeFact index of impl: this package's
// summary, or the fact exported by the package declaring it.
func (r *Result) implStatusCode(impl *types.Func) (k int) {
	if impl.Pkg() == r.pass.Pkg {
		if f := r.statusCodes[impl.Origin()]; f != nil {
			return f.Result
		}
		return -1
	}
	if impl.Pkg() == nil {
		return -1
	}
	// As payment.WrapperOf: a driver that refuses the import makes the
	// result no status code, never a crash.
	defer func() {
		if recover() != nil {
			k = -1
		}
	}()
	f := new(StatusCodeFact)
	if r.pass.ImportObjectFact(impl, f) {
		return f.Result
	}
	return -1
}
