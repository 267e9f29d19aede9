package handler

import (
	"go/ast"
	gconst "go/constant"
	"go/types"
	"strconv"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a return page recording a payment hold it can see ---------------------------
//
// holdpages.go follows a hold handed to a port main binds. When the
// store is in sight, the page's package judges the hold itself:
//
//	pi, _ := paymentintent.Get(c.Query("payment_intent"), nil) // status never tested
//	h.bookings.Hold(ctx, id)                                   // another package's service
//	func (s *Bookings) Hold(ctx, id string) error { return s.store.SetPaymentStatus(ctx, id, "authorized") }
//	func (s *Store) SetPaymentStatus(ctx, id, st string) error // UPDATE bookings SET payment_status = $2 (StatusParamFact)
//
// A call stores a payment hold when it runs a constant UPDATE writing one
// (payment.HoldSQL), hands a hold constant to a function whose
// StatusParamFact stores it as a payment's status (payment.HoldStatusConst),
// or calls a function that does so on every call: HoldWriteFact, on a
// function whose body branches only on errors (errorOnly) and stores a
// hold outside closures, goroutines and defers; exported, so a wrapper of
// another package counts. The pages' such calls are Effects.Holds, which
// redirectfulfill judges as it judges a stored paid state.
//
// Precision: a wrapper testing anything but an error (the PaymentIntent's
// status, a mode, a flag) before storing exports nothing; "pending" and
// "processing" are no hold; a user's, a mandate's or a log's "authorized"
// none (HoldStatusConst). Only redirectfulfill asks: for the webhook rules
// a hold stays no paid state.

// HoldWriteFact, on a function: each call stores a payment hold.
type HoldWriteFact struct{ Desc string }

// AFact marks HoldWriteFact as a fact.
func (*HoldWriteFact) AFact() {}

func (f *HoldWriteFact) String() string { return "stores a payment hold: " + f.Desc }

// holdCall: call stores a payment hold; its description.
func (fx *ifaceFx) holdCall(call *ast.CallExpr) (string, bool) {
	info := fx.pass.TypesInfo
	fn := fx.m.calleeFunc(call)
	if fn == nil || fn.Pkg() == nil {
		return "", false
	}
	if v, ok := payment.HoldSQL(info, call, fn); ok {
		return "the payment hold " + strconv.Quote(v) + " stored by " + qual(fn), true
	}
	if f := new(HoldWriteFact); fx.pass.ImportObjectFact(fn, f) {
		return f.Desc + " (through " + qual(fn) + ")", true
	}
	consts := consts(info, call)
	hold := false
	for _, s := range consts {
		hold = hold || payment.HoldWord(s)
	}
	if !hold {
		return "", false
	}
	if f := fx.m.info.StatusParamOf(fn); f != nil && f.Param < len(consts) && payment.HoldStatusConst(f, consts[f.Param]) {
		return "the payment hold " + strconv.Quote(consts[f.Param]) + " stored by " + qual(fn), true
	}
	return "", false
}

// exportWrites exports HoldWriteFact for the package's functions
// that store a hold on every call, wrappers of wrappers included.
func (fx *ifaceFx) exportWrites() {
	var decls []funcs.Decl
	for _, d := range funcs.Of(fx.pass).NonTestBodies() {
		if fx.holdConstIn(d.Syntax.Body) {
			decls = append(decls, d)
		}
	}
	done := map[*ast.FuncDecl]bool{}
	for round := 0; round < 3; round++ {
		more := false
		for _, d := range decls {
			fd, fn := d.Syntax, d.Func
			if done[fd] || !plain(fx.pass.TypesInfo, fd.Body) {
				continue
			}
			if desc, ok := fx.storesIn(fd.Body); ok {
				done[fd], more = true, true
				fx.pass.ExportObjectFact(fn, &HoldWriteFact{Desc: desc})
			}
		}
		if !more {
			return
		}
	}
}

// storesIn: body stores a hold outside closures, goroutines and defers.
func (fx *ifaceFx) storesIn(body ast.Node) (desc string, ok bool) {
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit, *ast.GoStmt, *ast.DeferStmt:
			return false
		case *ast.CallExpr:
			if !ok {
				desc, ok = fx.holdCall(x)
			}
		}
		return !ok
	})
	return desc, ok
}

// plain: body branches only on errors (no switch, select or loop with
// a condition), so a call in it runs on every call that does not fail.
func plain(info *types.Info, body *ast.BlockStmt) bool {
	plain := true
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IfStmt:
			plain = plain && errorOnly(info, x.Cond)
		case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt, *ast.RangeStmt:
			plain = false
		case *ast.ForStmt:
			plain = plain && x.Cond == nil
		}
		return plain
	})
	return plain
}

// holdConstIn is the cheap filter: body holds a constant string that
// may be a hold, or calls a function of another package with the fact.
func (fx *ifaceFx) holdConstIn(body ast.Node) bool {
	info := fx.pass.TypesInfo
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.CallExpr:
			if fn := fx.m.calleeFunc(x); fn != nil && fn.Pkg() != nil && fn.Pkg() != fx.pass.Pkg {
				found = fx.pass.ImportObjectFact(fn, new(HoldWriteFact))
			}
		case ast.Expr:
			if tv, ok := info.Types[x]; ok && tv.Value != nil && tv.Value.Kind() == gconst.String {
				v := strings.ToLower(gconst.StringVal(tv.Value))
				found = payment.HoldWord(v) || strings.Contains(v, "'authori") || strings.Contains(v, "'requires_capture'") || strings.Contains(v, "'held'")
			}
		}
		return !found
	})
	return found
}

// holds lists, per handler, its calls storing a payment hold that the
// model does not count as fulfilments already; for redirectfulfill.
func (fx *ifaceFx) holds() map[*Handler][]*payment.Op {
	out := map[*Handler][]*payment.Op{}
	for _, h := range fx.m.Judged() {
		if h.Body == nil {
			continue
		}
		if ok, _ := h.Webhook(); ok {
			continue
		}
		own := map[*ast.CallExpr]bool{}
		for _, op := range fx.m.Fulfilments(h) {
			own[op.Call] = true
		}
		ast.Inspect(h.Body, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FuncLit, *ast.GoStmt:
				return false
			case *ast.CallExpr:
				if desc, ok := fx.holdCall(x); ok && !own[x] {
					out[h] = append(out[h], &payment.Op{Call: x, Kind: payment.StateWrite, Desc: desc})
				}
			}
			return true
		})
	}
	return out
}

// HoldOps are h's calls storing a payment hold (holdwrites.go): a
// fulfilment on a return page only.
func (e *Effects) HoldOps(h *Handler) []*payment.Op {
	if e == nil {
		return nil
	}
	return e.Holds[h]
}
