package handler

import (
	"go/ast"
	"go/types"
	"slices"
	"strconv"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/goroot"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a routes function that only adds routes to the router handed in ---------------
//
// A router handed to code of its own may get middleware there that this
// package cannot see (parentCovered): a helper calling r.Use(verify)
// covers every route of r, those main registers beside it too. But most
// such helpers only add routes:
//
//	r := mux.NewRouter()
//	web.New(…).Routes(r)        // r.HandleFunc(…), r.PathPrefix("/api").Subrouter()
//	r.HandleFunc("/hooks/twint/payment", notifier.HandlePayment)
//
// and then the routes main registers on r are covered by what main shows,
// nothing more. Whether a helper adds middleware to the router it is
// handed is what its body does with that parameter, so its package says
// so (RoutesOnlyFact): every use of the parameter is the receiver of a
// router method other than the ones adding middleware to the router
// itself (Use, Pre: a sub-router's or a group's middleware covers only
// that sub-router), or an argument handed to a function that does the
// same with it (in this package by its body, elsewhere by its fact). A
// parameter assigned, stored, captured as a method value or handed to
// code not known keeps the router possibly covered.

// RoutesOnlyFact marks a function that adds no middleware to the routers
// handed to it at the parameters Params (indices, the receiver aside).
type RoutesOnlyFact struct{ Params []int }

// AFact marks RoutesOnlyFact as a fact.
func (*RoutesOnlyFact) AFact() {}

func (f *RoutesOnlyFact) String() string {
	s := "adds only routes to its router parameters"
	for _, i := range f.Params {
		s += " " + strconv.Itoa(i)
	}
	return s
}

// routerMiddlewareMethods add middleware to every route of the router
// they are called on (gorilla/mux, chi, gin, echo, fiber; echo's Pre).
var routerMiddlewareMethods = map[string]bool{"Use": true, "Pre": true}

// exportRoutesOnly exports RoutesOnlyFact for the package's functions
// handed a router, whatever the package's relevance.
func exportRoutesOnly(pass *analysis.Pass) {
	if pass.Pkg == nil || goroot.Pass(pass) || payment.Library(pass.Pkg.Path()) {
		return
	}
	decls, fns := bodiedDecls(pass)
	for _, fn := range fns {
		sig, _ := fn.Type().(*types.Signature)
		var params []int
		for i := 0; sig != nil && i < sig.Params().Len(); i++ {
			if p := sig.Params().At(i); routerParam(p.Type()) && routesOnly(pass.TypesInfo, decls, decls[fn], p, 0, pass) {
				params = append(params, i)
			}
		}
		if len(params) > 0 {
			pass.ExportObjectFact(fn, &RoutesOnlyFact{Params: params})
		}
	}
}

// routerParam: t is a web framework's router or group (or a ServeMux).
func routerParam(t types.Type) bool {
	n := namedOf(t)
	if n == nil || n.Obj().Pkg() == nil {
		return false
	}
	p := n.Obj().Pkg().Path()
	return frameworkRouterPkg(p) || p == "net/http" && n.Obj().Name() == "ServeMux"
}

// routesOnly: fd uses its parameter p only to add routes and sub-routers
// (see above).
func routesOnly(info *types.Info, decls map[*types.Func]*ast.FuncDecl, fd *ast.FuncDecl, p *types.Var, depth int, pass *analysis.Pass) bool {
	if fd == nil || fd.Body == nil || depth > 4 {
		return false
	}
	ok := map[*ast.Ident]bool{}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		call, isCall := n.(*ast.CallExpr)
		if !isCall {
			return true
		}
		if sel, isSel := call.Fun.(*ast.SelectorExpr); isSel {
			if id, isID := ast.Unparen(sel.X).(*ast.Ident); isID && info.Uses[id] == p && !routerMiddlewareMethods[sel.Sel.Name] {
				ok[id] = true
			}
		}
		for i, a := range call.Args {
			if id, isID := ast.Unparen(a).(*ast.Ident); isID && info.Uses[id] == p && call.Ellipsis == 0 {
				fn, _ := typeutil.Callee(info, call).(*types.Func)
				ok[id] = fn != nil && paramRoutesOnly(info, decls, fn, i, depth, pass)
			}
		}
		return true
	})
	all := true
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if id, isID := n.(*ast.Ident); isID && info.Uses[id] == p && !ok[id] {
			all = false
		}
		return all
	})
	return all
}

// paramRoutesOnly: fn adds only routes to the router handed at its
// parameter i: by its body in this package, by its fact elsewhere.
func paramRoutesOnly(info *types.Info, decls map[*types.Func]*ast.FuncDecl, fn *types.Func, i, depth int, pass *analysis.Pass) bool {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || i >= sig.Params().Len() || sig.Variadic() && i >= sig.Params().Len()-1 {
		return false
	}
	if fd := decls[fn]; fd != nil {
		return routesOnly(info, decls, fd, sig.Params().At(i), depth+1, pass)
	}
	var f RoutesOnlyFact
	return fn.Pkg() != nil && fn.Pkg() != pass.Pkg && pass.ImportObjectFact(fn, &f) && slices.Contains(f.Params, i)
}

// handedRoutesOnly: the call hands the router variable v, as the whole
// argument a, to a function adding only routes to it.
func (m *Model) handedRoutesOnly(call *ast.CallExpr, a ast.Expr, v *types.Var) bool {
	id, isID := ast.Unparen(a).(*ast.Ident)
	fn := m.calleeFunc(call)
	if !isID || m.pass.TypesInfo.Uses[id] != v || fn == nil || call.Ellipsis != 0 {
		return false
	}
	i := slices.Index(call.Args, a)
	if i < 0 {
		return false
	}
	return paramRoutesOnly(m.pass.TypesInfo, m.decls, fn, i, 0, m.pass)
}
