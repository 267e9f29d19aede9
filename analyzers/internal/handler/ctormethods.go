package handler

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a use case's constructor returning the interface: its methods' facts ----------
//
//	package usecase: func NewBillingUseCase(sdk *paddle.SDK) domain.BillingUseCase { return &billingUseCase{sdk: sdk} }
//	package route:   h := &delivery.Hook{Billing: usecase.NewBillingUseCase(sdk)}
//
// wire_ports.go exports the name of the type the constructor builds
// (WireFact.Returns), and the binding package looks it up to read its
// methods' facts. Under go vet an unexported type no exported declaration
// reaches is not in the importer's export data: the lookup fails and the
// binding stays unresolved, so the use case's slow or repeated work was
// judged nowhere. As retry's CtorFact does for retry ports, the
// constructor's fact carries the facts the binding asks of that type's
// methods (PayEffectFact, EffectFact, SlowFact), and the binding rebuilds
// a stand-in type with those methods when the type cannot be looked up.
// Only a constructor every return statement of which builds that one
// type as a literal (T{…} or &T{…}) carries them: one choosing between a
// live and a dry-run type, or returning another call's result, says
// nothing, as the binding then does not know what it runs.

// CtorMethodsFact marks an exported constructor returning an interface
// whose every return builds Type of its package (a pointer when Ptr),
// with the facts of that type's methods, in the method set's order (a
// slice, not a map: a fact's encoding must be deterministic).
type CtorMethodsFact struct {
	Type    string
	Ptr     bool
	Methods []CtorMethod
}

// CtorMethod is what the binding package asks of the method Name; nil
// when the method has no such fact.
type CtorMethod struct {
	Name   string
	Pay    *PayEffectFact
	Effect *EffectFact
	Slow   *SlowFact
}

// AFact marks CtorMethodsFact as a fact.
func (*CtorMethodsFact) AFact() {}

func (f *CtorMethodsFact) String() string {
	if f.Ptr {
		return "builds *" + f.Type + " (method facts)"
	}
	return "builds " + f.Type + " (method facts)"
}

// exportCtorMethods exports CtorMethodsFact for the package's exported
// constructors returning an unexported type behind an interface (an
// exported type is in the export data: its methods' own facts are read).
func (fx *ifaceFx) exportCtorMethods() {
	for fn, fd := range fx.m.decls {
		if fd.Body == nil || !fn.Exported() || fn.Pkg() != fx.pass.Pkg {
			continue
		}
		name, ptr := fx.returnedType(fn, fd)
		if name == "" || token.IsExported(name) || !everyReturnBuilds(fx.pass.TypesInfo, fd, name) {
			continue
		}
		tn, _ := fx.pass.Pkg.Scope().Lookup(name).(*types.TypeName)
		if tn == nil {
			continue
		}
		var methods []CtorMethod
		ms := types.NewMethodSet(types.NewPointer(tn.Type()))
		for i := 0; i < ms.Len(); i++ {
			m, _ := ms.At(i).Obj().(*types.Func)
			if m == nil || m.Pkg() != fx.pass.Pkg || !m.Exported() {
				continue
			}
			c := CtorMethod{Name: m.Name()}
			if w := fx.m.info.Wrappers[m]; w != nil && w.Kind.Any(payment.Fulfillment|payment.StateWrite) {
				c.Pay = &PayEffectFact{Desc: w.Desc}
			}
			c.Effect, c.Slow = fx.d.fact(m), fx.a.fact(m)
			if c.Pay != nil || c.Effect != nil || c.Slow != nil {
				methods = append(methods, c)
			}
		}
		if len(methods) > 0 {
			fx.pass.ExportObjectFact(fn, &CtorMethodsFact{Type: name, Ptr: ptr, Methods: methods})
		}
	}
}

// everyReturnBuilds: every return statement of fd (outside function
// literals) gives, as its first result, a literal of the package's type
// name or its address; nil returns aside.
func everyReturnBuilds(info *types.Info, fd *ast.FuncDecl, name string) bool {
	ok, n := true, 0
	ast.Inspect(fd.Body, func(nd ast.Node) bool {
		if !ok {
			return false
		}
		switch x := nd.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(x.Results) == 0 {
				ok = false
				return false
			}
			e := ast.Unparen(x.Results[0])
			if id, isID := e.(*ast.Ident); isID && id.Name == "nil" {
				return false
			}
			if u, isAddr := e.(*ast.UnaryExpr); isAddr && u.Op == token.AND {
				e = ast.Unparen(u.X)
			}
			lit, isLit := e.(*ast.CompositeLit)
			c := namedOf(info.TypeOf(lit))
			if !isLit || c == nil || c.Obj().Name() != name {
				ok = false
				return false
			}
			n++
		}
		return true
	})
	return ok && n > 0
}

// ctorStandIn is the type a call of fn (with WireFact f) hands back when
// the type cannot be looked up in fn's package: a stand-in of its name
// with the methods the constructor's CtorMethodsFact records, whose
// facts ctorMethod answers; nil if fn carries none.
func (w *wiring) ctorStandIn(fn *types.Func, f *WireFact) types.Type {
	var cf CtorMethodsFact
	if fn == nil || fn.Pkg() == nil || !w.fx.pass.ImportObjectFact(fn, &cf) || cf.Type != f.Returns || cf.Ptr != f.ReturnsPtr {
		return nil
	}
	pkg := fn.Pkg()
	named := types.NewNamed(types.NewTypeName(token.NoPos, pkg, cf.Type, nil), types.NewStruct(nil, nil), nil)
	var recvT types.Type = named
	if cf.Ptr {
		recvT = types.NewPointer(named)
	}
	if w.standIn == nil {
		w.standIn = map[*types.Func]CtorMethod{}
	}
	for _, c := range cf.Methods {
		recv := types.NewVar(token.NoPos, pkg, "", recvT)
		m := types.NewFunc(token.NoPos, pkg, c.Name, types.NewSignatureType(recv, nil, nil, nil, nil, false))
		named.AddMethod(m)
		w.standIn[m] = c
	}
	if cf.Ptr {
		return types.NewPointer(named)
	}
	return named
}

// ctorMethod is the recorded facts of a stand-in method (ctorStandIn);
// the zero CtorMethod for any other function.
func (w *wiring) ctorMethod(fn *types.Func) CtorMethod {
	return w.standIn[fn]
}
