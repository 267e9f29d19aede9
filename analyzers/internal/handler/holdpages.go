package handler

import (
	"go/ast"
	"go/types"
	"path/filepath"
	"strconv"

	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a return page recording a payment hold through a port bound in main ---------
//
// A hold (authorized, requires_capture) is no paid state for the webhook
// rules; on the buyer's return page it is the grant itself: the page
// trusts the redirect that the card was authorised, and the slot, the
// rental or the order is the buyer's though authentication may have
// failed (requires_payment_method):
//
//	package deposits: pi, _ := paymentintent.Get(q.Get("payment_intent"), nil) // status never tested
//	                  s.ConfirmBooking(ctx, id, pi.ID)
//	                  func (s *Service) ConfirmBooking(…) error { return s.appts.SetDeposit(ctx, id, pi, "authorized") }
//	package store:    func (s *Appointments) SetDeposit(…, status string) error // UPDATE … SET deposit_status = $3
//	package main:     deposits.New(store.NewAppointments(pool), …)
//
// The page's package sees the hold constant but no store; main sees the
// store's StatusParamFact. The page's package records, on the page's
// receiver type (HoldFact), the calls a return page makes, on a path
// no provider status test (nor paid-check helper) guards, of a port of
// its receiver (fieldPath) handed a constant that may be a hold, or of
// a plain method of its own receiver (plain: it branches only on
// errors) that hands one to such a port. The binding package resolves the
// port through its constructions, as pagebind.go does, and reports
// when every bound method stores that constant as a payment hold
// (payment.HoldStatusConst: a payment row's status or a payment object's
// own status column).
//
// Precision: only pages their own signs make return pages (Redirect), not
// webhooks; a page testing the status (== requires_capture or succeeded)
// before the call, a port with an implementation in sight, a side
// channel, "pending"/"processing" (no hold), a hold stored in a user's or
// a log's row, and a binding in a test file stay silent. Only this rule
// asks: a hold stays no paid state for webhookdedupe and webhookverify.

// HoldFact, on a page's receiver type: its return pages' unchecked
// calls handing a port a constant that may be a payment hold.
type HoldFact struct{ Calls []HoldCall }

// HoldCall is one such call.
type HoldCall struct {
	// Handler names the page qualified, At the page's call (file base
	// name and line), Route its path if known, Reads: the page read the
	// payment from the provider.
	Handler, At, Route string
	Reads              bool
	// Page is the page method's name, for its route where mounted.
	Page string
	// Via: the page's own method making the port call ("deposits.Service.ConfirmBooking"), or "".
	Via string
	// Path: the receiver's fields to the port; Method its method, Desc
	// qualified; Consts the port call's constant string arguments.
	Path         []string
	Method, Desc string
	Consts       []string
	// Fixed: no function literal of the page's package sets the field
	// Path[0] (no functional option), so a variadic constructor handed
	// options still binds it from its parameter.
	Fixed bool
}

// AFact marks HoldFact as a fact.
func (*HoldFact) AFact() {}

func (f *HoldFact) String() string {
	return "return-page calls handing a port a hold: " + strconv.Itoa(len(f.Calls))
}

// h16Export records the package's return pages' unchecked hold calls.
func (fx *ifaceFx) h16Export() {
	if fx.m.info == nil || !fx.m.info.Relevant {
		return
	}
	var decls map[*types.Func]*ast.FuncDecl
	byType := map[*types.Named][]HoldCall{}
	var order []*types.Named
	for _, h := range fx.m.Judged() {
		recv, named := handlerRecv(h)
		if ok, _ := h.Redirect(); !ok || recv == nil || named == nil || h.Body == nil || h.Fn == nil {
			continue
		}
		if decls == nil {
			decls = fx.decls()
		}
		calls := fx.h16PageCalls(h, recv, decls)
		if len(calls) > 0 && byType[named] == nil {
			order = append(order, named)
		}
		byType[named] = append(byType[named], calls...)
	}
	for _, n := range order {
		if n.Obj().Pkg() == fx.pass.Pkg {
			set := fx.optionSet(n)
			for i := range byType[n] {
				byType[n][i].Fixed = !set[byType[n][i].Path[0]]
			}
			fx.pass.ExportObjectFact(n.Obj(), &HoldFact{Calls: byType[n]})
		}
	}
}

// decls: the package's methods with bodies, test files aside.
func (fx *ifaceFx) decls() map[*types.Func]*ast.FuncDecl {
	decls := map[*types.Func]*ast.FuncDecl{}
	for _, d := range funcs.Of(fx.pass).NonTestBodies() {
		if d.Syntax.Recv != nil {
			decls[d.Func] = d.Syntax
		}
	}
	return decls
}

// h16PageCalls lists page h's unchecked calls handing a port a possible
// hold, directly or through a plain method of its own receiver.
func (fx *ifaceFx) h16PageCalls(h *Handler, recv *types.Var, decls map[*types.Func]*ast.FuncDecl) []HoldCall {
	m, info := fx.m, fx.pass.TypesInfo
	own := map[*ast.CallExpr]bool{}
	for _, op := range m.Fulfilments(h) {
		own[op.Call] = true // judged in the page's package already (a paid setter's name: abstract.go)
	}
	var out []HoldCall
	ast.Inspect(h.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || own[call] {
			return true
		}
		var found []HoldCall
		if hc, ok := fx.portCall(call, recv); ok {
			found = append(found, hc)
		} else if fd, fn := ownMethod(info, call, recv, decls); fd != nil && fx.plain(decls, fd, 1) {
			inner, _ := info.Defs[fd.Recv.List[0].Names[0]].(*types.Var)
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				if c, ok := n.(*ast.CallExpr); ok && inner != nil {
					if hc, ok := fx.portCall(c, inner); ok {
						hc.Via = qual(fn)
						found = append(found, hc)
					}
				}
				return true
			})
		}
		if len(found) == 0 {
			return true
		}
		if g := m.Guarded(call); g != nil && g.Status {
			return true
		}
		if checked, _ := m.StatusChecked(h, call); checked {
			return true
		}
		pos := fx.pass.Fset.Position(call.Pos())
		for _, hc := range found {
			hc.Handler, hc.Page = fx.pass.Pkg.Name()+"."+h.Name, h.Func.Name()
			hc.At = filepath.Base(pos.Filename) + ":" + strconv.Itoa(pos.Line)
			hc.Reads = m.ReadsPayment(h)
			if len(h.Routes) > 0 {
				hc.Route = h.Routes[0].Path
			}
			out = append(out, hc)
		}
		return true
	})
	return out
}

// portCall: call is recv's port (an interface field, no implementation
// in sight, no side channel) handed a constant that may be a hold.
func (fx *ifaceFx) portCall(call *ast.CallExpr, recv *types.Var) (HoldCall, bool) {
	info := fx.pass.TypesInfo
	c, ok := fx.m.ifaceCallOf(call)
	if !ok || sideChannel(c) || !fx.m.unseenImpl(c) {
		return HoldCall{}, false
	}
	consts := consts(info, call)
	hold := false
	for _, s := range consts {
		hold = hold || payment.HoldWord(s)
	}
	if !hold {
		return HoldCall{}, false
	}
	path := fieldPath(info, call, recv, fx.pass.Pkg)
	if path == nil {
		return HoldCall{}, false
	}
	return HoldCall{Path: path, Method: c.Method.Name(), Desc: qual(c.Method), Consts: consts}, true
}

// ownMethod: call is recv.M(…), M a method of this package with a body.
func ownMethod(info *types.Info, call *ast.CallExpr, recv *types.Var, decls map[*types.Func]*ast.FuncDecl) (*ast.FuncDecl, *types.Func) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil, nil
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok || info.Uses[id] != recv {
		return nil, nil
	}
	fn, _ := info.Uses[sel.Sel].(*types.Func)
	fd := decls[fn]
	if fd == nil || len(fd.Recv.List) == 0 || len(fd.Recv.List[0].Names) == 0 {
		return nil, nil
	}
	return fd, fn
}

// optionSet: the fields of n some function literal of the package
// assigns (a functional option: func(s *Service) { s.appts = a }).
func (fx *ifaceFx) optionSet(n *types.Named) map[string]bool {
	info := fx.pass.TypesInfo
	out := map[string]bool{}
	for _, f := range fx.pass.Files {
		ast.Inspect(f, func(x ast.Node) bool {
			lit, ok := x.(*ast.FuncLit)
			if !ok {
				return true
			}
			ast.Inspect(lit.Body, func(y ast.Node) bool {
				as, ok := y.(*ast.AssignStmt)
				if !ok {
					return true
				}
				for _, l := range as.Lhs {
					sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
					if s := info.Selections[sel]; ok && s != nil && s.Kind() == types.FieldVal && namedOf(s.Recv()) == n {
						out[sel.Sel.Name] = true
					}
				}
				return true
			})
			return false
		})
	}
	return out
}
