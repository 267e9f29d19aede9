package retry

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a constructor that returns the interface -------------------------------------
//
// Repositories and clients are often built by a constructor of their own
// package that hides the concrete type behind the interface it returns:
//
//	func NewInvoiceClient(key string) InvoiceClient { return &invoiceClient{key: key} }
//
// main then binds the port to that call (or a local holding it), and the
// binding's static type is the interface: port_bind.go said nothing. When
// every return statement of such a constructor builds one concrete type
// of its package (a composite literal or its address), that type is what
// every call hands back, so the binding is judged by its methods. A
// constructor choosing between types (a sandbox double, a decorator), or
// returning what another call made, stays unknown.

// CtorFact marks an exported function returning an interface value
// that is always a Type of its package (a pointer to one when Ptr), and
// carries the PortImplFacts of that type's payment methods: an
// unexported type reached by no exported declaration is not in the
// importer's view of the package (export data), nor are its methods'
// facts.
type CtorFact struct {
	Type    string
	Ptr     bool
	Methods map[string]PortImplFact
}

// AFact marks CtorFact as a fact.
func (*CtorFact) AFact() {}

func (f *CtorFact) String() string {
	if f.Ptr {
		return "returns *" + f.Type
	}
	return "returns " + f.Type
}

// exportCtors exports CtorFact for the package's constructors of
// a type with payment methods (impls, from runPort).
func exportCtors(pass *analysis.Pass, impls map[*types.Func]PortImplFact) {
	if len(impls) == 0 {
		return
	}
	for _, d := range funcs.Of(pass).Bodies() {
		fd, fn := d.Syntax, d.Func
		if fd.Recv != nil || !fd.Name.IsExported() {
			continue
		}
		sig := fn.Type().(*types.Signature)
		if sig.Results().Len() == 0 || !types.IsInterface(sig.Results().At(0).Type()) {
			continue
		}
		tn, ptr := oneReturned(pass, fd)
		if tn == nil {
			continue
		}
		methods := map[string]PortImplFact{}
		for m, f := range impls {
			if n := namedOf(recvType(m)); n != nil && n.Obj() == tn {
				methods[m.Name()] = f
			}
		}
		if len(methods) > 0 {
			pass.ExportObjectFact(fn, &CtorFact{Type: tn.Name(), Ptr: ptr, Methods: methods})
		}
	}
}

// oneReturned returns the one named type of the package that every
// return statement of fd builds as its first result (T{…} or &T{…}),
// and whether it is its address; nil when any return hands back
// something else.
func oneReturned(pass *analysis.Pass, fd *ast.FuncDecl) (*types.TypeName, bool) {
	var tn *types.TypeName
	ptr, ok, n := false, true, 0
	ast.Inspect(fd.Body, func(node ast.Node) bool {
		if !ok {
			return false
		}
		switch x := node.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			n++
			if len(x.Results) == 0 {
				ok = false
				return false
			}
			e, isPtr := ast.Unparen(x.Results[0]), false
			if u, isAddr := e.(*ast.UnaryExpr); isAddr && u.Op == token.AND {
				e, isPtr = ast.Unparen(u.X), true
			}
			lit, isLit := e.(*ast.CompositeLit)
			if !isLit {
				ok = false
				return false
			}
			named, _ := types.Unalias(pass.TypesInfo.TypeOf(lit)).(*types.Named)
			if named == nil || named.Obj().Pkg() != pass.Pkg || tn != nil && (named.Obj() != tn || isPtr != ptr) {
				ok = false
				return false
			}
			tn, ptr = named.Obj(), isPtr
		}
		return true
	})
	if !ok || n == 0 {
		return nil, false
	}
	return tn, ptr
}

// returned is the concrete type a call of a constructor with an
// CtorFact hands back; nil otherwise (or for a test double). A type
// the importer cannot see is rebuilt with the fact's payment methods
// only, and their facts kept in b.a23 for implOf.
func (b *binder) returned(e ast.Expr) types.Type {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil
	}
	fn := calleeFunc(b.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == b.pass.Pkg {
		return nil
	}
	var f CtorFact
	if !b.pass.ImportObjectFact(fn, &f) {
		return nil
	}
	var t types.Type
	if obj, _ := fn.Pkg().Scope().Lookup(f.Type).(*types.TypeName); obj != nil {
		t = obj.Type()
	} else {
		t = b.rebuilt(fn.Pkg(), &f)
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && payment.IsTestDouble(n) {
		return nil
	}
	if f.Ptr {
		return types.NewPointer(t)
	}
	return t
}

// rebuilt declares a stand-in for the unseen type: its name, in its
// package, with the recorded methods (no parameters: only their names
// and facts are asked).
func (b *binder) rebuilt(pkg *types.Package, f *CtorFact) types.Type {
	tn := types.NewTypeName(token.NoPos, pkg, f.Type, nil)
	named := types.NewNamed(tn, types.NewStruct(nil, nil), nil)
	var recvT types.Type = named
	if f.Ptr {
		recvT = types.NewPointer(named)
	}
	if b.a23 == nil {
		b.a23 = map[*types.Func]PortImplFact{}
	}
	for name, impl := range f.Methods {
		recv := types.NewVar(token.NoPos, pkg, "", recvT)
		m := types.NewFunc(token.NoPos, pkg, name, types.NewSignatureType(recv, nil, nil, nil, nil, false))
		named.AddMethod(m)
		b.a23[m] = impl
	}
	return named
}

// standInImpl is the recorded fact of a stand-in method (rebuilt).
func (b *binder) standInImpl(fn *types.Func) (*PortImplFact, bool) {
	f, ok := b.a23[fn]
	return &f, ok
}
