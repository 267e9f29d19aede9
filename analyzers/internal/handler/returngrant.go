package handler

import (
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"strconv"

	"golang.org/x/tools/go/types/typeutil"
)

// ---- a return page granting through a use case whose ports main binds ------------
//
// A buyer's return page hands its grant to a use case of another package
// held in a concrete field; the use case acts only through interfaces
// main binds (uselevel.go):
//
//	package portal: col, _ := tp.agg.GetCollection(ctx, ref)
//	                tp.svc.Deliver(ctx, t, col.ID) // col.Status never tested
//	package topup:  func (s *Service) Deliver(…) { tok, err := s.vend.IssueToken(…); s.store.SetTopUpStatus(ctx, id, StatusSuccessful, tok) }
//	package main:   topup.NewService(agg, pg, headEnd, msg); portal.NewTopUpPages(agg, topups, pg)
//
// Neither portal nor topup sees a grant; main does. The page's package
// records, on the page's receiver type, its calls of such use-case
// methods made with no provider status test on their path; the use
// case's package marks the methods that decide nothing themselves
// (Plain: they branch only on errors and call only their ports and the
// standard library, so no paid check hides inside). The binding package
// judges the use case through its own constructions (payEffect: a
// paid state stored or goods handed over, every construction resolved
// and agreeing) and reports at the value it gives the page's field, as
// the wired webhook findings are reported where main binds them.
//
// Precision: a page testing the provider's status (or a paid-check
// helper's verdict) before the call, a use case that branches on
// anything but an error, calls anything but its ports, or whose ports
// are bound here to a payment status read (its own paid check), a port
// this package does not resolve, and a binding in a test file stay
// silent.

// ReturnGrantFact, on a return page's receiver type: the page's
// unchecked calls of another package's use-case methods (Calls); on a
// use-case method: it decides nothing itself (Plain).
type ReturnGrantFact struct {
	Calls []ReturnCall
	Plain bool
}

// ReturnCall is one unchecked use-case call of a return page.
type ReturnCall struct {
	// Handler names the page ("portal.TopUpPages.Complete"), At the
	// call's file base name and line, Route the page's path if known.
	Handler, At, Route string
	// Field is the receiver's field holding the use case, Method the
	// method called, Desc the method qualified.
	Field, Method, Desc string
	// Reads: the page read the payment from the provider (and never
	// tested its status).
	Reads bool
}

// AFact marks ReturnGrantFact as a fact.
func (*ReturnGrantFact) AFact() {}

func (f *ReturnGrantFact) String() string {
	if f.Plain {
		return "decides nothing itself"
	}
	return "unchecked return-page calls: " + strconv.Itoa(len(f.Calls))
}

// ReturnGrant is a return page's grant judged at the binding.
type ReturnGrant struct {
	Node ast.Expr // the value bound to the page's field
	Call ReturnCall
	Desc string // the use case's effect through its bound ports
}

// r13Export marks the package's plain use-case methods, then records
// its return pages' unchecked use-case calls.
func (fx *ifaceFx) r13Export() {
	decls := fx.decls() // holdpages.go
	for fn, fd := range decls {
		if wf := new(WireFact); fn.Exported() && fx.pass.ImportObjectFact(fn, wf) && len(wf.Calls) > 0 && fx.plain(decls, fd, 0) {
			fx.pass.ExportObjectFact(fn, &ReturnGrantFact{Plain: true})
		}
	}
	if fx.m.info == nil || !fx.m.info.Relevant {
		return
	}
	byType := map[*types.Named][]ReturnCall{}
	var order []*types.Named
	for _, h := range fx.m.Judged() {
		if ok, _ := h.Redirect(); !ok {
			continue
		}
		_, named := handlerRecv(h)
		calls := fx.r13PageCalls(h)
		if len(calls) > 0 && byType[named] == nil {
			order = append(order, named)
		}
		byType[named] = append(byType[named], calls...)
	}
	for _, n := range order {
		if n.Obj().Pkg() == fx.pass.Pkg {
			fx.pass.ExportObjectFact(n.Obj(), &ReturnGrantFact{Calls: byType[n]})
		}
	}
}

// r13PageCalls lists page h's calls, through a field of its receiver
// holding a concrete type of another package, of a plain use-case method
// with port calls, made with no provider status test on their path.
func (fx *ifaceFx) r13PageCalls(h *Handler) []ReturnCall {
	m, info := fx.m, fx.pass.TypesInfo
	recv, _ := handlerRecv(h)
	if recv == nil || h.Body == nil || h.Fn == nil {
		return nil
	}
	own := map[*ast.CallExpr]bool{}
	for _, op := range m.Fulfilments(h) {
		own[op.Call] = true // judged in the page's package already
	}
	var out []ReturnCall
	ast.Inspect(h.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || own[call] {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		s := recvFieldSel(info, sel.X, recv) // recvfield.go
		if s == nil {
			return true
		}
		fn, _ := info.Uses[sel.Sel].(*types.Func)
		ft := namedOf(s.Obj().Type())
		if fn == nil || ft == nil || types.IsInterface(ft) || ft.Obj().Pkg() == nil || ft.Obj().Pkg() == fx.pass.Pkg || libraryPath(ft.Obj().Pkg().Path()) {
			return true
		}
		if wf, rf := new(WireFact), new(ReturnGrantFact); !fx.pass.ImportObjectFact(fn, wf) || len(wf.Calls) == 0 ||
			!fx.pass.ImportObjectFact(fn, rf) || !rf.Plain || fx.payEffect(fn) != nil {
			return true
		}
		if g := m.Guarded(call); g != nil && g.Status {
			return true // the use case checks the status itself
		}
		if checked, _ := m.StatusChecked(h, call); checked {
			return true
		}
		pos := fx.pass.Fset.Position(call.Pos())
		rc := ReturnCall{Handler: fx.pass.Pkg.Name() + "." + h.Name, At: filepath.Base(pos.Filename) + ":" + strconv.Itoa(pos.Line),
			Field: s.Obj().Name(), Method: fn.Name(), Desc: qual(fn), Reads: m.ReadsPayment(h)}
		if len(h.Routes) > 0 {
			rc.Route = h.Routes[0].Path
		}
		out = append(out, rc)
		return true
	})
	return out
}

// plain: fd (and, at depth 0, the receiver's methods it calls)
// branches only on errors and calls only the standard library, its
// receiver's interface fields (ports, judged where bound) and builtins.
func (fx *ifaceFx) plain(decls map[*types.Func]*ast.FuncDecl, fd *ast.FuncDecl, depth int) bool {
	info := fx.pass.TypesInfo
	if len(fd.Recv.List) == 0 || len(fd.Recv.List[0].Names) == 0 {
		return false
	}
	recv, _ := info.Defs[fd.Recv.List[0].Names[0]].(*types.Var)
	if recv == nil {
		return false
	}
	plain := true
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if !plain {
			return false
		}
		switch x := n.(type) {
		case *ast.IfStmt:
			plain = errorOnly(info, x.Cond)
		case *ast.ForStmt:
			plain = x.Cond == nil
		case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt, *ast.GoStmt, *ast.DeferStmt, *ast.FuncLit:
			plain = false
		case *ast.CallExpr:
			plain = fx.plainCall(decls, recv, x, depth)
		}
		return plain
	})
	return plain
}

func (fx *ifaceFx) plainCall(decls map[*types.Func]*ast.FuncDecl, recv *types.Var, call *ast.CallExpr, depth int) bool {
	info := fx.pass.TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		return true // a conversion
	}
	switch fn := typeutil.Callee(info, call).(type) {
	case *types.Builtin:
		return true
	case *types.Func:
		if fn.Pkg() != nil && stdPath(fn.Pkg().Path()) {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		switch x := ast.Unparen(sel.X).(type) {
		case *ast.SelectorExpr: // s.store.SetStatus(…): a port
			id, ok := ast.Unparen(x.X).(*ast.Ident)
			s := info.Selections[x]
			return ok && info.Uses[id] == recv && s != nil && s.Kind() == types.FieldVal && types.IsInterface(s.Obj().Type())
		case *ast.Ident: // s.vend(…): one level of the receiver's own methods
			hd := decls[fn]
			return depth == 0 && info.Uses[x] == recv && hd != nil && fx.plain(decls, hd, depth+1)
		}
	}
	return false
}

// errorOnly: cond tests only errors (err != nil, errors.Is(err, ErrX)).
func errorOnly(info *types.Info, cond ast.Expr) bool {
	errType := types.Universe.Lookup("error").Type()
	var ok func(e ast.Expr) bool
	ok = func(e ast.Expr) bool {
		switch x := ast.Unparen(e).(type) {
		case *ast.BinaryExpr:
			switch x.Op {
			case token.EQL, token.NEQ, token.LAND, token.LOR:
				return ok(x.X) && ok(x.Y)
			}
		case *ast.UnaryExpr:
			return x.Op == token.NOT && ok(x.X)
		case *ast.Ident:
			if _, isNil := info.Uses[x].(*types.Nil); isNil {
				return true
			}
			v, _ := info.Uses[x].(*types.Var)
			return v != nil && types.Identical(v.Type(), errType)
		case *ast.SelectorExpr: // a sentinel: pkg.ErrNotFound
			v, _ := info.Uses[x.Sel].(*types.Var)
			return v != nil && !v.IsField() && types.Identical(v.Type(), errType)
		case *ast.CallExpr:
			fn, _ := typeutil.Callee(info, x).(*types.Func)
			return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "errors" && (fn.Name() == "Is" || fn.Name() == "As")
		}
		return false
	}
	return ok(cond)
}
