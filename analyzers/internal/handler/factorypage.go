package handler

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// ---- a return page made by a factory, its ports bound where it is mounted ----------

// pageports.go follows a page whose ports are its receiver's fields.
// A page may as well be the literal a factory returns, closing over the
// factory's parameters, and be mounted by main:
//
//	func ReturnHandler(c *Client, appts Confirmer) http.HandlerFunc {
//		return func(w http.ResponseWriter, r *http.Request) {
//			p, err := c.SubmitPayment(…)
//			…
//			appts.ConfirmAppointment(ctx, id, p.ID) // never tests p.Status
//		}
//	}
//	root.HandleFunc("GET /pay/return", openbanking.ReturnHandler(bank, clinic, clinic))
//
// The page's package sees no implementation of the port; main sees the
// route and the store. The page's package records, on the factory
// (FactoryPageFact), the literal's calls of interface methods of a
// parameter the factory never reassigns, on paths no status test (nor a
// paid-check helper, nor a stored paid state) guards. The package mounting
// the factory's call on a GET route whose path names a return judges the
// argument given that parameter: its concrete type's method must act on
// the payment or hand over what was bought (portEffect's test).
//
// Precision: a webhook, a page with a route in its own package that does
// not make it a return page, a side channel, a predicate, a call whose
// implementation is in sight, and an argument of interface type (its
// implementation unknown here) stay out.

// FactoryPageFact, on a factory returning a page: the page's unchecked
// calls through the factory's parameters.
type FactoryPageFact struct{ Calls []ParamCall }

// ParamCall is one unchecked call of a factory page through parameter
// Param of the factory.
type ParamCall struct {
	Param              int
	Handler, At, Route string
	Name, Method, Desc string // the parameter's name, the method, qualified
	Reads, Known       bool   // the page read the payment; a return page by its own signs
}

// AFact marks FactoryPageFact as a fact.
func (*FactoryPageFact) AFact() {}

func (f *FactoryPageFact) String() string {
	return "factory page calls: " + strconv.Itoa(len(f.Calls))
}

// d26Export records the package's factory pages' unchecked parameter calls.
func (fx *ifaceFx) d26Export() {
	m := fx.m
	for _, h := range m.Judged() {
		lit, ok := h.Node.(*ast.FuncLit)
		if !ok || h.Func != nil || h.Body == nil || h.Fn == nil || m.info == nil {
			continue
		}
		if ok, _ := h.Webhook(); ok {
			continue
		}
		known, _ := h.Redirect()
		if !known && (len(h.Routes) > 0 || !h.landing() || h.CallsVerifier) {
			continue // a route here that says nothing of a return; or not the buyer's browser
		}
		fn, fd := fx.factory(lit)
		if fn == nil {
			continue
		}
		if calls := fx.paramCalls(h, fd, fn, known); len(calls) > 0 {
			f := new(FactoryPageFact)
			fx.pass.ImportObjectFact(fn, f)
			f.Calls = append(f.Calls, calls...)
			fx.pass.ExportObjectFact(fn, f)
		}
	}
}

// factory: the exported function of this package (no method) returning
// lit.
func (fx *ifaceFx) factory(lit *ast.FuncLit) (*types.Func, *ast.FuncDecl) {
	for fn, fd := range fx.m.decls {
		if fd.Body == nil || fd.Recv != nil || !fn.Exported() || fn.Pkg() != fx.pass.Pkg ||
			strings.HasSuffix(fx.pass.Fset.Position(fd.Pos()).Filename, "_test.go") {
			continue
		}
		if fd.Body.Pos() <= lit.Pos() && lit.End() <= fd.Body.End() && fx.m.returnedLit(fd, 0) == lit {
			return fn, fd
		}
	}
	return nil, nil
}

// paramCalls lists page h's calls, untested, of interface methods held
// in a parameter of its factory fn.
func (fx *ifaceFx) paramCalls(h *Handler, fd *ast.FuncDecl, fn *types.Func, known bool) []ParamCall {
	m, info := fx.m, fx.pass.TypesInfo
	sig, _ := fn.Type().(*types.Signature)
	params := map[*types.Var]int{}
	for i := 0; sig != nil && i < sig.Params().Len(); i++ {
		if !sig.Variadic() || i < sig.Params().Len()-1 {
			params[sig.Params().At(i)] = i
		}
	}
	own := fx.ownFulfilments(h, known)
	reads := m.ReadsPayment(h)
	var out []ParamCall
	for _, c := range m.ifaceCalls(h.Body) {
		if own[c.Call] || sideChannel(c) || answersBool(c.Method) || !fx.unexplained(c) {
			continue
		}
		sel, ok := ast.Unparen(c.Call.Fun).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		id, ok := ast.Unparen(sel.X).(*ast.Ident)
		v, _ := info.Uses[id].(*types.Var)
		i, isParam := params[v]
		if !ok || !isParam || assigns(info, fd.Body, v) {
			continue
		}
		if !m.untestedCall(h, c.Call) {
			continue
		}
		pc := ParamCall{Param: i, Handler: fx.pass.Pkg.Name() + "." + fn.Name(),
			At: fx.siteOf(c.Call), Name: v.Name(), Method: c.Method.Name(),
			Desc: qual(c.Method), Reads: reads, Known: known}
		if len(h.Routes) > 0 {
			pc.Route = h.Routes[0].Path
		}
		out = append(out, pc)
	}
	return out
}

// d26Returns judges, in a package mounting other packages' factory pages
// on a return route, the arguments given the pages' ports.
func (fx *ifaceFx) d26Returns() []ReturnGrant {
	m, info := fx.m, fx.pass.TypesInfo
	w := &wiring{fx: fx, binds: map[bindKey][]binding{}, facts: map[*types.TypeName]*WireFact{}}
	var out []ReturnGrant
	seen := map[ast.Node]bool{}
	m.eachRegistration(func(call *ast.CallExpr, reg *registration, recv ast.Expr) {
		if strings.HasSuffix(fx.pass.Fset.Position(call.Pos()).Filename, "_test.go") ||
			reg.method != "" && reg.method != "GET" || len(reg.handlers) == 0 {
			return
		}
		fcall, ok := ast.Unparen(reg.handlers[len(reg.handlers)-1]).(*ast.CallExpr)
		if !ok || seen[fcall] {
			return
		}
		seen[fcall] = true
		fn := typeutil.StaticCallee(info, fcall)
		f := new(FactoryPageFact)
		if fn == nil || fn.Pkg() == nil || fn.Pkg() == fx.pass.Pkg || !fx.pass.ImportObjectFact(fn, f) {
			return
		}
		path := m.ctxOf(recv, 0).prefix + reg.path
		ws := words(path)
		if !redirectSays(ws) || hasWord(ws, staffWords...) != "" {
			return
		}
		for _, c := range f.Calls {
			if c.Param >= len(fcall.Args) {
				continue
			}
			arg := fcall.Args[c.Param]
			desc, ok := w.argEffect(info.TypeOf(arg), c.Method)
			if !ok {
				continue
			}
			rc := ReturnCall{Handler: c.Handler, At: c.At, Route: c.Route, Field: c.Name, Method: c.Method,
				Desc: c.Desc, Reads: c.Reads}
			if rc.Route == "" {
				rc.Route = path
			}
			out = append(out, ReturnGrant{Node: arg, Call: rc, Desc: desc})
		}
	})
	return out
}

// argEffect: typ, concrete, has method acting on the payment or
// handing over what was bought; its description (as portEffect).
func (w *wiring) argEffect(typ types.Type, method string) (string, bool) {
	if typ == nil || types.IsInterface(typ) {
		return "", false // implementation unknown here
	}
	return w.methodEffect(typ, method) // pagebind.go
}
