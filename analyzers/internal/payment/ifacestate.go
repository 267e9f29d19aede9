package payment

import (
	"go/types"
	"strings"
)

// ---- the paid state an interface's hidden implementation stores -------------------
//
// The commonest service layer hides its implementation behind the
// interface its constructor returns:
//
//	type PaymentService interface{ Apply(n Notice) error }
//	type paymentService struct{ … }
//	func NewPaymentService(…) PaymentService { return &paymentService{…} }
//
// voc_moneyrows_iface.go judges a call of PaymentService.Apply by the
// facts of its implementations in the interface's package. In go vet
// mode that package's unexported types are not in its export data, and a
// fact on their methods cannot be named from another package, so the
// caller saw no implementation at all. The interface's package therefore
// records on the interface method the paid state (or fulfilment) every
// implementation it declares agrees on (IfaceStateFact), when one of
// them is unexported; a caller of another package with no implementation
// of its own reads it as it would read theirs.
//
// Precision: as voc_moneyrows_iface.go: every implementation must have a
// fact, of one kind, storing a paid state or fulfilling and calling no
// provider; a test double is none; a caller's own implementation (a
// fake, another store) keeps the call unjudged.

// IfaceStateFact: the implementations an interface method's package
// declares all act on the payment as W says.
type IfaceStateFact struct{ W WrapperFact }

// AFact marks IfaceStateFact as a fact.
func (*IfaceStateFact) AFact() {}

func (f *IfaceStateFact) String() string { return "implementations: " + f.W.Desc }

// exportIfaceState exports IfaceStateFact for the methods of this
// package's interfaces (run once the package's wrapper facts are settled).
func (b *builder) exportIfaceState() {
	scope := b.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		it, ok := tn.Type().Underlying().(*types.Interface)
		if !ok || it.NumExplicitMethods() == 0 {
			continue
		}
		for i := 0; i < it.NumExplicitMethods(); i++ {
			if f := b.agreedState(it.ExplicitMethod(i), it); f != nil {
				b.pass.ExportObjectFact(it.ExplicitMethod(i), f)
			}
		}
	}
}

// agreedState: the fact for m when one of its implementations here is
// unexported and all agree.
func (b *builder) agreedState(m *types.Func, it *types.Interface) *IfaceStateFact {
	var first *WrapperFact
	var firstImpl *types.Func
	hidden := false
	for _, impl := range ImplsIn(b.pass.Pkg, m, it) {
		if isAbstract(impl) || double(impl) {
			continue
		}
		f := b.facts[impl]
		if f == nil || f.Kind&ifaceOpKinds != 0 || !f.Kind.Any(Fulfillment|StateWrite) || first != nil && first.Kind != f.Kind {
			return nil
		}
		if first == nil {
			first, firstImpl = f, impl
		}
		hidden = hidden || !recvExported(impl)
	}
	if first == nil || !hidden {
		return nil
	}
	out := *first
	out.Desc = qualName(firstImpl) + ": " + first.Desc
	return &IfaceStateFact{W: out}
}

// recvExported: impl's receiver type is exported.
func recvExported(impl *types.Func) bool {
	sig, _ := impl.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return true
	}
	t := sig.Recv().Type()
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return !ok || n.Obj().Exported()
}

// double: impl's receiver is named as a test double.
func double(impl *types.Func) bool {
	sig, _ := impl.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return false
	}
	n := strings.ToLower(types.TypeString(sig.Recv().Type(), func(*types.Package) string { return "" }))
	for _, w := range []string{"mock", "fake", "stub", "noop", "dummy"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// ifaceState: the IfaceStateFact of interface method fn of another
// package, when this package has no implementation of its own.
func (b *builder) ifaceState(fn *types.Func, it *types.Interface) *WrapperFact {
	if fn.Pkg() == nil || fn.Pkg() == b.pass.Pkg || len(ImplsIn(b.pass.Pkg, fn, it)) > 0 {
		return nil
	}
	f := new(IfaceStateFact)
	if !b.pass.ImportObjectFact(fn, f) {
		return nil
	}
	w := f.W
	return &w
}
