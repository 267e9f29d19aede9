package payment

import (
	"go/ast"
	"go/types"
	"strings"
)

// ---- an SDK client behind an interface written in the SDK's own types ----------
//
// sdkfield.go knows a field of the package's own interface type whose
// every value the package gives is the SDK's client. The commoner layout
// takes the client from the caller, and only main binds it:
//
//	type Transfers interface {
//		New(params *stripe.TransferParams) (*stripe.Transfer, error)
//	}
//	type Service struct{ transfers Transfers }
//	func New(t Transfers) *Service { return &Service{transfers: t} }
//	… s.transfers.New(params)   // main: payouts.New(transfer.Client{B: b, Key: k})
//
// No value of the field is in sight, but the interface says what it is:
// each of its methods has the name and the very signature of one SDK
// client's method, written in the SDK's own types (the parameters and
// results the SDK declares). Whatever implements it takes the SDK's
// params and hands back the SDK's payment: the client itself, or a shim
// forwarding to it. So a call through such a field is that SDK method
// when every value the package's non-test code gives the field is a
// caller's (an interface value), nil, or the SDK client itself. An
// interface with one method of its own (Charge(ctx, Order)) is the
// merchant's port, not the SDK's; a field also given another concrete
// type (an in-memory payer), or whose address is handed away, stays
// silent; so does a signature two SDK types share, or one written only
// in basic types (Get(id string) (string, error)).

// t15pFieldSDK: the table entry of the SDK method an interface call
// through holder v stands for when v's values come from callers; nil
// if none (fieldSDK has found no sole concrete value).
func (b *builder) t15pFieldSDK(fn *types.Func, v *types.Var) *sdkFunc {
	iface, _ := v.Type().Underlying().(*types.Interface)
	if iface == nil || iface.NumMethods() == 0 {
		return nil
	}
	var entry *sdkFunc
	client := ""
	for i := 0; i < iface.NumMethods(); i++ {
		m := iface.Method(i)
		e, owner := b.sDKMethod(m)
		if owner == "" || client != "" && owner != client {
			return nil // a method of the merchant's own, or of two clients
		}
		client = owner
		if m.Name() == fn.Name() {
			entry = e
		}
	}
	if entry == nil || !b.onlyClient(v, client) {
		return nil
	}
	return entry
}

// sDKMethod: the SDK client type (its qualified name) declaring a
// method with m's name and signature, and that method's table entry
// (nil for a method with no payment meaning, such as adyen's
// PaymentsInput()); "" when no client has it, or two do.
func (b *builder) sDKMethod(m *types.Func) (*sdkFunc, string) {
	if e, owner := stripeClient(m); e != nil {
		return e, owner
	}
	sig := m.Type().(*types.Signature)
	var found *sdkFunc
	owner := ""
	for _, p := range sigPackages(sig, m.Pkg()) {
		scope := p.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
				continue
			}
			ptr := types.NewPointer(tn.Type())
			obj, _, _ := types.LookupFieldOrMethod(ptr, false, p, m.Name())
			cand, _ := obj.(*types.Func)
			if cand == nil || !types.Identical(cand.Type(), sig) {
				continue
			}
			e := b.lookupSDK(cand)
			if e == nil && !b.isClient(ptr) {
				continue // a type of the SDK's that is no client (a request builder)
			}
			q := p.Path() + "." + tn.Name()
			if owner != "" && owner != q {
				return nil, "" // two clients share the signature: which one is unknown
			}
			found, owner = e, q
		}
	}
	return found, owner
}

// isClient: some method of t is in the SDK table.
func (b *builder) isClient(t types.Type) bool {
	ms := types.NewMethodSet(t)
	for i := 0; i < ms.Len(); i++ {
		if fn, ok := ms.At(i).Obj().(*types.Func); ok && b.tableName(fn.Name()) && b.lookupSDK(fn) != nil {
			return true
		}
	}
	return false
}

// sigPackages: the packages, other than pkg and the standard
// library's, that declare a named type in sig; an SDK method with the
// same signature lives in one of them (the adyen checkout services and
// their inputs, gocardless's services and params).
func sigPackages(sig *types.Signature, pkg *types.Package) []*types.Package {
	var out []*types.Package
	seen := map[*types.Package]bool{}
	var walk func(t types.Type)
	walk = func(t types.Type) {
		switch x := types.Unalias(t).(type) {
		case *types.Pointer:
			walk(x.Elem())
		case *types.Slice:
			walk(x.Elem())
		case *types.Named:
			p := x.Obj().Pkg()
			if p == nil || p == pkg || seen[p] || !strings.Contains(strings.SplitN(p.Path(), "/", 2)[0], ".") {
				return // a builtin, this package, or std (no dot in its first element)
			}
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, tu := range []*types.Tuple{sig.Params(), sig.Results()} {
		for i := 0; i < tu.Len(); i++ {
			walk(tu.At(i).Type())
		}
	}
	return out
}

// stripeClient: m has the signature of a stripe-go resource client's
// method in the classic form (transfer.Client.New(params
// *stripe.TransferParams) (*stripe.Transfer, error); Get(id, params)),
// whose package the interface's package need not import: the entry and
// "<module>/<resource>.Client".
func stripeClient(m *types.Func) (*sdkFunc, string) {
	sig := m.Type().(*types.Signature)
	if sig.Results().Len() != 2 || !isErrorType(sig.Results().At(1).Type()) {
		return nil, ""
	}
	res := sig.Results().At(0).Type()
	p, ok := types.Unalias(res).(*types.Pointer)
	if !ok {
		return nil, ""
	}
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || !stripePkg("").MatchString(n.Obj().Pkg().Path()) {
		return nil, ""
	}
	root := n.Obj().Pkg().Path()
	for _, r := range stripeResources {
		if n.Obj().Name() != r.Service {
			continue
		}
		for _, f := range r.Funcs {
			if f.Name != m.Name() || !stripeParams(sig, root, r.Service, f.HasID) {
				continue
			}
			pkg := root + "/" + r.Pkg
			for _, e := range sdkByName()[f.Name] {
				if e.Recv != nil && e.Recv.MatchString("Client") && e.Pkg.MatchString(pkg) {
					return e, pkg + ".Client"
				}
			}
		}
	}
	return nil, ""
}

// stripeParams: sig's parameters are (params *stripe.<S>Params), or
// (id string, params *stripe.<S>Params) when the method names a resource.
func stripeParams(sig *types.Signature, root, service string, hasID bool) bool {
	ps := sig.Params()
	want := 1
	if hasID {
		want = 2
	}
	if ps.Len() != want || sig.Variadic() {
		return false
	}
	if hasID {
		if bt, ok := types.Unalias(ps.At(0).Type()).(*types.Basic); !ok || bt.Kind() != types.String {
			return false
		}
	}
	p, ok := types.Unalias(ps.At(want - 1).Type()).(*types.Pointer)
	return ok && qualifiedName(p.Elem()) == root+"."+service+"Params"
}

// onlyClient: every value the package's non-test code gives v is
// nil, an interface value (a caller's), or of the client type named
// client (T or *T); its address is never handed away.
func (b *builder) onlyClient(v *types.Var, client string) bool {
	info := b.pass.TypesInfo
	sure := true
	give := func(e ast.Expr) {
		if id, ok := unparen(e).(*ast.Ident); ok && info.Uses[id] == types.Universe.Lookup("nil") {
			return
		}
		t := info.TypeOf(e)
		if t == nil {
			sure = false
			return
		}
		if types.IsInterface(t) {
			return // handed in by a caller: bound where we cannot see
		}
		if qualifiedName(t) != client {
			sure = false // an implementation of the package's own
		}
	}
	return b.valuesOf(v, give) && sure
}
