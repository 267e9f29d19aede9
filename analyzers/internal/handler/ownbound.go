package handler

import (
	"go/ast"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/funcs"
)

// ---- an interface field bound by its own type's constructor ----------------------
//
//	package routes:   type webhookController struct{ billing services.BillingService }
//	                  func NewWebhookController(db *gorm.DB) WebhookController {
//	                  	return &webhookController{billing: services.NewBillingService(db)}
//	                  }
//	                  … wc.billing.ProcessWebhook(payload, sig); ctx.JSON(200, …)
//	package services: func NewBillingService(db *gorm.DB) BillingService { return &billingService{db: db} }
//
// The handler calls a method of an interface held in a field of its
// receiver. No implementation is in sight (billingService is unexported and
// reached by no exported declaration, so under go vet it is not even in
// the importer's export data), and the package that mounts the handler
// binds nothing: the handler's own constructor does. What runs is still
// known: every value the package gives the field is the result of a
// constructor whose every return builds one concrete type (WireFact.Returns,
// and CtorMethodsFact for the facts of a type the export data lacks,
// wire_ports.go and ctormethods.go), or a value of a concrete type. So an
// interface call through a field of a type of this package dispatches to
// the methods of the types its bindings here give it (wire_bind.go's
// literal, add and impls, over this package's own types): keyed struct
// literals and assignments of the field outside tests. A constructor's
// parameter stored in the field is bound by that constructor's callers
// (wire_ports.go's Binds, judged where they call it) and is not counted
// here; any other binding this package cannot resolve (a setter's
// parameter, a value of an interface type from an unknown call) keeps the
// call unresolved, and silent.

// ownWiring collects, once, the bindings this package gives the fields
// of its own struct types.
func (fx *ifaceFx) ownWiring() *wiring {
	if fx.own != nil {
		return fx.own
	}
	w := &wiring{fx: fx, binds: map[bindKey][]binding{}, facts: map[*types.TypeName]*WireFact{}, own: true}
	fx.own = w
	info := fx.pass.TypesInfo
	for _, d := range funcs.Of(fx.pass).NonTestBodies() { // a test's fake wiring deploys nothing
		fd := d.Syntax
		params := paramsOf(info, fd)
		ctor := fd.Recv == nil && fd.Type.Results != nil
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.CompositeLit:
				if t := w.handlerType(info.TypeOf(x)); t != nil {
					for field, e := range litFields(t, x) {
						if !params[identVar(info, e)] {
							w.add(t, field, e)
						}
					}
				}
			case *ast.AssignStmt:
				for i, l := range x.Lhs {
					sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
					if !ok || len(x.Lhs) != len(x.Rhs) {
						continue
					}
					s := info.Selections[sel]
					t := w.handlerType(info.TypeOf(sel.X))
					if s == nil || s.Kind() != types.FieldVal || len(s.Index()) != 1 || t == nil {
						continue
					}
					if ctor && params[identVar(info, x.Rhs[i])] {
						continue // bound by the constructor's callers
					}
					w.add(t, sel.Sel.Name, x.Rhs[i])
				}
			}
			return true
		})
	}
	return w
}

// paramsOf are fd's parameters.
func paramsOf(info *types.Info, fd *ast.FuncDecl) map[*types.Var]bool {
	out := map[*types.Var]bool{}
	for _, fl := range fd.Type.Params.List {
		for _, id := range fl.Names {
			if v, ok := info.Defs[id].(*types.Var); ok {
				out[v] = true
			}
		}
	}
	return out
}

// identVar is the variable e names; nil if e is no identifier of one.
func identVar(info *types.Info, e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := info.Uses[id].(*types.Var)
	return v
}

// ownType: t (or *t) is a struct type of this package (ownWiring's
// handler types).
func (w *wiring) ownType(t types.Type) *types.Named {
	n := namedOf(t)
	if n == nil || n.Obj().Pkg() != w.fx.pass.Pkg {
		return nil
	}
	if _, ok := n.Underlying().(*types.Struct); !ok {
		return nil
	}
	return n
}

// boundSlow is c's slow work when c calls a method of an interface held
// in a field of a struct type of this package whose every binding here is
// resolved: resolved says so, slow that every bound method is slow.
// Bindings are what runs, so they judge the call in place of every
// implementation in sight (ifaceFx.slow's test when they are not resolved).
func (fx *ifaceFx) boundSlow(c ifaceCall) (s Slow, resolved, slow bool) {
	sel, ok := ast.Unparen(c.Call.Fun).(*ast.SelectorExpr)
	if !ok {
		return Slow{}, false, false
	}
	inner, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
	if !ok {
		return Slow{}, false, false
	}
	fs := fx.pass.TypesInfo.Selections[inner]
	if fs == nil || fs.Kind() != types.FieldVal || len(fs.Index()) != 1 {
		return Slow{}, false, false
	}
	w := fx.ownWiring()
	t := w.ownType(fs.Recv())
	if t == nil {
		return Slow{}, false, false
	}
	fns, _, ok := w.impls(t, inner.Sel.Name, c.Method.Name())
	if !ok {
		return Slow{}, false, false
	}
	first := w.slowFacts(fns) // wire_bind.go
	if first == nil {
		return Slow{}, true, false
	}
	// Worded as a call judged by the implementations in sight (ifaceFx.slow).
	return Slow{Node: c.Call, Desc: "calls " + qual(c.Method) + " (" + qual(fns[0]) + "), which " +
		first.Desc, StatusRead: first.StatusRead}, true, true
}
