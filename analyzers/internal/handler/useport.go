package handler

import (
	"go/ast"
	"go/types"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// ---- a concrete use case whose store is bound in main ---------------------------
//
// A common layering keeps the webhook, its service and the store apart:
//
//	package handlers: p.payments.CreatePayment(ctx, models.Payment{…, Status: "succeeded"}) // *service.Payments
//	package service:  func (s *Payments) CreatePayment(ctx, p) { s.Store.CreatePayment(ctx, p) } // Store: an interface
//	package store:    func (s *PgStore) CreatePayment(ctx, p) { pool.Exec(ctx, "INSERT INTO payment …", …) }
//	package main:     handlers.New(service.NewPayments(store.New(pool)))
//
// The handler's field holds a concrete type, so no wired call is recorded
// (fieldCalls reads interface fields); the service sees no implementation
// of its Store, so its summary repeats nothing; only main binds both.
// The service's package records, on a method that hands its parameters
// to a port of its receiver (an interface field no implementation in
// sight explains) outside any guard of its own, that port call
// (PortFact). The webhook's package records its unguarded calls of
// such a method, handed the event, as wired calls of the concrete field;
// the binding package takes, for the service's port, every construction
// of the service it can read (bindings) and the bound store's
// EffectFact: a store inserting the row on every call makes the call a
// repeated effect, reported at the handler's binding. A port bound to a
// type that repeats nothing, a construction it cannot read, or a service
// that guards the port call itself keep it silent.

// PortFact marks a use-case method handing its parameters, unguarded,
// to the method Method of the interface held in its receiver's field
// Field (Desc, at At).
type PortFact struct {
	Field, Method, Desc, At string
}

// AFact marks PortFact as a fact.
func (*PortFact) AFact() {}

func (f *PortFact) String() string { return "port " + f.Field + "." + f.Method }

// exportPorts exports PortFact for the package's exported methods
// whose summary repeats nothing in sight.
func (d *Dedupe) exportPorts() {
	fds, objs := declsInOrder(d.decls)
	for i, fd := range fds {
		fn := objs[i]
		if fd.Recv == nil || !fn.Exported() || strings.HasSuffix(d.pass.Fset.Position(fd.Pos()).Filename, "_test.go") {
			continue
		}
		if f := d.local[fn]; f != nil && (f.Self || f.Repeat != "") {
			continue // its own effect says it
		}
		if pf := d.portCall(fd); pf != nil {
			d.pass.ExportObjectFact(fn, pf)
		}
	}
}

// portCall: the first call in fd of a method of an interface held in a
// field of fd's receiver, with no implementation in sight, handed one of
// fd's parameters (not its context) and protected by no guard of fd.
func (d *Dedupe) portCall(fd *ast.FuncDecl) *PortFact {
	info := d.pass.TypesInfo
	if len(fd.Recv.List) == 0 || len(fd.Recv.List[0].Names) == 0 {
		return nil
	}
	recv, _ := info.Defs[fd.Recv.List[0].Names[0]].(*types.Var)
	if recv == nil {
		return nil
	}
	params := map[types.Object]bool{}
	for _, f := range fd.Type.Params.List {
		for _, n := range f.Names {
			if o := info.Defs[n]; o != nil && !isContext(o.Type()) {
				params[o] = true
			}
		}
	}
	calls := d.m.ifaceCalls(fd.Body)
	if len(calls) == 0 || len(params) == 0 {
		return nil
	}
	if d.d14ifx == nil {
		d.d14ifx = newIfaceFx(d.pass, d.m, d, nil)
	}
	for _, c := range calls {
		if branchesBefore(info, fd.Body, c.Call) {
			return nil // it decides something first: its own check, perhaps
		}
		sel, _ := ast.Unparen(c.Call.Fun).(*ast.SelectorExpr)
		s := recvFieldSel(info, sel.X, recv)
		if s == nil || len(d.d14ifx.impls(c)) > 0 || !q19HandsParam(info, c.Call, params) {
			continue
		}
		it := namedOf(s.Obj().Type())
		if it == nil || it.Obj().Pkg() == nil || libraryPath(it.Obj().Pkg().Path()) {
			continue
		}
		fn := d.ssaOf.of(fd)
		if fn == nil {
			return nil
		}
		var seeds []ssa.Value
		for _, p := range fn.Params {
			if eventLike(p.Type()) {
				seeds = append(seeds, p)
			}
		}
		if d.m.guardedAt(fn, c.Call, d.m.guards(fn, seeds)) {
			return nil // the use case guards its own store call
		}
		pos := d.pass.Fset.Position(c.Call.Pos())
		return &PortFact{Field: s.Obj().Name(), Method: c.Method.Name(), Desc: qual(c.Method),
			At: filepath.Base(pos.Filename) + ":" + strconv.Itoa(pos.Line)}
	}
	return nil
}

// branchesBefore: body has, before call, an if or a switch whose
// condition is not an error's nil test: the use case may check whether
// the work was done (a lookup it answers, a flag), which no guard
// recogniser reads here; silent then.
func branchesBefore(info *types.Info, body *ast.BlockStmt, call *ast.CallExpr) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found || n == nil || n.Pos() >= call.Pos() {
			return false
		}
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
			if n.End() <= call.Pos() || n.Pos() < call.Pos() {
				found = true
			}
		case *ast.IfStmt:
			if !errTest(info, x.Cond) {
				found = true
			}
		}
		return true
	})
	return found
}

// errTest: cond is err != nil or err == nil.
func errTest(info *types.Info, cond ast.Expr) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	for _, side := range []ast.Expr{b.X, b.Y} {
		if t := info.TypeOf(side); t != nil && types.Identical(t, types.Universe.Lookup("error").Type()) {
			return true
		}
	}
	return false
}

// q19HandsParam: an argument of call is one of params (or its address).
func q19HandsParam(info *types.Info, call *ast.CallExpr, params map[types.Object]bool) bool {
	for _, a := range call.Args {
		e := ast.Unparen(a)
		if u, ok := e.(*ast.UnaryExpr); ok {
			e = ast.Unparen(u.X)
		}
		if id, ok := e.(*ast.Ident); ok && params[info.Uses[id]] {
			return true
		}
	}
	return false
}

// handsValue: call is handed a value that is neither a context nor a
// constant (what the use case forwards to its store).
func handsValue(info *types.Info, call *ast.CallExpr) bool {
	for _, a := range call.Args {
		if tv, ok := info.Types[a]; ok && tv.Value == nil && !isContext(tv.Type) {
			return true
		}
	}
	return false
}

func isContext(t types.Type) bool {
	n := namedOf(t)
	return n != nil && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" && n.Obj().Name() == "Context"
}

// useCaseCalls lists h's unguarded calls, handed the event, of a
// method with a PortFact of another package's concrete type held in a
// field of h's receiver, as wired calls for the binding package.
func (fx *ifaceFx) useCaseCalls(h *Handler) []WireCall {
	recv, _ := handlerRecv(h)
	if recv == nil || h.Body == nil || h.Fn == nil {
		return nil
	}
	info := fx.pass.TypesInfo
	var out []WireCall
	seen := map[string]bool{}
	ast.Inspect(h.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		s := recvFieldSel(info, sel.X, recv)
		if s == nil {
			return true
		}
		field, _ := s.Obj().(*types.Var)
		fn, _ := info.Uses[sel.Sel].(*types.Func)
		if field == nil || fn == nil || types.IsInterface(field.Type()) || seen[field.Name()+"."+fn.Name()] {
			return true
		}
		if nt := namedOf(field.Type()); nt == nil || nt.Obj().Pkg() == nil || nt.Obj().Pkg() == fx.pass.Pkg {
			return true
		}
		if fx.pass.ImportObjectFact(fn, new(PortFact)) == false {
			return true
		}
		if f := fx.d.fact(fn); f != nil && (f.Self || f.Repeat != "") {
			return true // repeated in sight: judged here
		}
		if !handsValue(info, call) || len(fx.d.unguardedIn(h, []Effect{{Node: call, Kind: Insert}})) == 0 {
			return true
		}
		seen[field.Name()+"."+fn.Name()] = true
		pos := fx.pass.Fset.Position(call.Pos())
		out = append(out, WireCall{Handler: fx.pass.Pkg.Name() + "." + h.Name, Field: field.Name(), Method: fn.Name(), Desc: qual(fn),
			At: filepath.Base(pos.Filename) + ":" + strconv.Itoa(pos.Line), Framework: h.Framework, Unguarded: true})
		return true
	})
	return out
}

// q19Record adds the use-case calls of h, a payment webhook of this
// package, to byType (its receiver's type, appended to order when new).
func (fx *ifaceFx) q19Record(h *Handler, byType map[*types.Named][]WireCall, order []*types.Named) []*types.Named {
	_, recv := handlerRecv(h)
	if recv == nil {
		return order
	}
	for _, w := range fx.useCaseCalls(h) {
		if byType[recv] == nil {
			order = append(order, recv)
		}
		byType[recv] = append(byType[recv], w)
	}
	return order
}

// portRepeat is the repeated effect of fn, another package's use-case
// method with a PortFact, through the implementations this package
// binds to its port at every construction; nil unless each repeats one.
func (w *wiring) portRepeat(fn *types.Func) *EffectFact {
	pf := new(PortFact)
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == w.fx.pass.Pkg || !w.fx.pass.ImportObjectFact(fn, pf) {
		return nil
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return nil
	}
	u := namedOf(sig.Recv().Type())
	if u == nil {
		return nil
	}
	bs := w.bindings(u, []WireCall{{Field: pf.Field, Method: pf.Method}})[pf.Field]
	if len(bs) == 0 {
		return nil
	}
	var first *EffectFact
	var impl *types.Func
	for _, typ := range bs {
		obj, _, _ := types.LookupFieldOrMethod(typ, true, nil, pf.Method)
		m, _ := obj.(*types.Func)
		f := w.fx.d.fact(m)
		if m == nil || f == nil || f.Self || f.Repeat == "" {
			return nil
		}
		if first == nil {
			first, impl = f, m
		}
	}
	return &EffectFact{Repeat: "through " + pf.Desc + " (" + pf.At + ") bound here to " + qual(impl) + ": " + first.Repeat, Kind: first.Kind}
}
