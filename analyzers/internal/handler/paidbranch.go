package handler

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a paid state learnt from the provider's success branch ------------------------
//
// Merchants name their paid states freely ("booked", "issued", "ready"),
// and the payment model cannot tell such a value from any other. The
// webhook that stores it can:
//
//	switch n.Data.Status {
//	case "SUCCESSFUL":
//		err = h.Seats.Book(ctx, n.Data.Ref)   // stores bookings.state = 'booked'
//	case "FAILED":
//		err = h.Seats.Release(ctx, n.Data.Ref) // stores bookings.state = 'released'
//	}
//
// A status value X that a call stores only on the branch where the
// handler tested its decoded provider event's status against a payment
// success value (SUCCESSFUL, succeeded, paid, captured, settlement,
// COMPLETED…), while nothing elsewhere in the handler stores X, is the
// handler's paid state: the call acts on the payment. The value comes
// from the callee's StatusValueFact (payment/statusvalue.go), or,
// behind the merchant's interface, from every visible implementation
// agreeing on it (this package's types and its imports' designated ones).
//
// Precision: only a payment row's status (an order, a purchase, a
// booking; not a log, a shipment or an email), never a pending, failed,
// cancelled or refunded value, only a field of the decoded event named
// as a status, and only a success word that says the money arrived (not
// approved, active or authorized). A success branch that only logs or
// stores "processing", a value stored on the failed branch too, and a
// carrier's or a CI system's "delivered"/"passed" stay silent.

// branchOps lists, for h, the calls storing a paid state learnt
// from the provider's success branch, as state-write ops at the call.
func (m *Model) branchOps(h *Handler) []*payment.Op {
	if h == nil || h.Body == nil || m.info == nil {
		return nil
	}
	_, evObj := m.decodedEvent(h.Body)
	if evObj == nil {
		return nil
	}
	evs := m.eventElems(h.Body, evObj)
	return m.branchStores(h, func(e ast.Expr) bool { // ev.Data.Status
		sel, ok := e.(*ast.SelectorExpr)
		if !ok || !evs[rootObj(m.pass.TypesInfo, sel)] {
			return false
		}
		name := payment.Fold(sel.Sel.Name)
		return strings.HasSuffix(name, "status") || strings.HasSuffix(name, "state")
	}, "the event's status")
}

// branchStores lists the calls of h storing, on a payment row, a status
// value stored only on the branches where status (a predicate on the
// tested expression) equals a success value that says the money
// arrived, as state-write ops at the call; what names the tested value
// in their description ("the event's status").
func (m *Model) branchStores(h *Handler, status func(ast.Expr) bool, what string) []*payment.Op {
	var succ []branch
	m.walk(h.Body, func(list []ast.Stmt) {
		for i, st := range list {
			succ = append(succ, m.success(list, i, st, status)...)
		}
	})
	if len(succ) == 0 {
		return nil
	}
	inSucc := func(n ast.Node) bool {
		for _, b := range succ {
			if b.node.Pos() <= n.Pos() && n.End() <= b.node.End() {
				return true
			}
		}
		return false
	}
	elsewhere := map[string]bool{}
	calls(h.Body, func(call *ast.CallExpr) {
		if !inSucc(call) {
			if f, _ := m.callValue(call); f != nil {
				elsewhere[k14Key(f)] = true
			}
		}
	})
	var out []*payment.Op
	seen := map[*ast.CallExpr]bool{}
	for _, b := range succ {
		calls(b.node, func(call *ast.CallExpr) {
			if seen[call] {
				return
			}
			seen[call] = true
			if op := m.info.Of(call); op != nil && op.Kind.Any(payment.Fulfillment|payment.StateWrite) {
				return // the model knows it already
			}
			f, desc := m.callValue(call)
			if f == nil || !payment.PaymentRow(f.Table) || notPaid(f.Value) || elsewhere[k14Key(f)] {
				return
			}
			out = append(out, &payment.Op{Call: call, Kind: payment.StateWrite,
				Desc: desc + ", which stores " + strings.Join(f.Table, "_") + "." + f.Col + " " + strconv.Quote(f.Value) +
					" only where " + what + " is " + strconv.Quote(b.value)})
		})
	}
	return out
}

// branch is code run only when the event's status equals value.
type branch struct {
	node  ast.Node
	value string
}

// walk calls fn with every statement list of body, function literals
// aside (work handed elsewhere).
func (m *Model) walk(body *ast.BlockStmt, fn func([]ast.Stmt)) {
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BlockStmt:
			fn(x.List)
		case *ast.CaseClause:
			fn(x.Body)
		case *ast.CommClause:
			fn(x.Body)
		}
		return true
	})
}

// success: the success branches statement st (at list[i]) opens:
// the body of `if ev.Status == "PAID"` (also as one operand of &&), the
// else of `if ev.Status != "PAID"`, or the rest of list after such an if
// whose body leaves; the clauses of a switch on the status naming a
// success value.
func (m *Model) success(list []ast.Stmt, i int, st ast.Stmt, evs func(ast.Expr) bool) []branch {
	switch x := st.(type) {
	case *ast.IfStmt:
		if v, ok := m.tests(x.Cond, token.EQL, evs); ok {
			return []branch{{x.Body, v}}
		}
		bin, ok := ast.Unparen(x.Cond).(*ast.BinaryExpr)
		if !ok || bin.Op != token.NEQ {
			return nil
		}
		v, ok := m.compare(bin, evs)
		switch {
		case !ok:
		case x.Else != nil:
			return []branch{{x.Else, v}}
		case leaves(x.Body) && i+1 < len(list):
			rest := &ast.BlockStmt{Lbrace: list[i+1].Pos(), List: list[i+1:], Rbrace: list[len(list)-1].End()}
			return []branch{{rest, v}}
		}
	case *ast.SwitchStmt:
		if x.Init != nil {
			return nil
		}
		var out []branch
		for _, s := range x.Body.List {
			cc := s.(*ast.CaseClause)
			for _, e := range cc.List {
				var v string
				var ok bool
				if x.Tag != nil {
					v, ok = m.statusPair(x.Tag, e, evs)
				} else {
					v, ok = m.tests(e, token.EQL, evs)
				}
				if ok {
					out = append(out, branch{&ast.BlockStmt{Lbrace: cc.Colon, List: cc.Body, Rbrace: cc.End()}, v})
					break
				}
			}
		}
		return out
	}
	return nil
}

// tests: cond is (or has as an operand of &&) ev.Status op success.
func (m *Model) tests(cond ast.Expr, op token.Token, evs func(ast.Expr) bool) (string, bool) {
	bin, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return "", false
	}
	if bin.Op == token.LAND {
		if v, ok := m.tests(bin.X, op, evs); ok {
			return v, true
		}
		return m.tests(bin.Y, op, evs)
	}
	if bin.Op != op {
		return "", false
	}
	return m.compare(bin, evs)
}

func (m *Model) compare(bin *ast.BinaryExpr, evs func(ast.Expr) bool) (string, bool) {
	if v, ok := m.statusPair(bin.X, bin.Y, evs); ok {
		return v, true
	}
	return m.statusPair(bin.Y, bin.X, evs)
}

// statusPair: field is a tested status (evs: a status field of the
// decoded event, a status parameter of the query…) and val a success
// value that says the money arrived.
func (m *Model) statusPair(field, val ast.Expr, evs func(ast.Expr) bool) (string, bool) {
	s, ok := m.constString(val)
	if !ok || !paidWord(s) {
		return "", false
	}
	e := ast.Unparen(field)
	if c, ok := e.(*ast.CallExpr); ok && len(c.Args) == 1 { // string(ev.Status)
		if tv, ok := m.pass.TypesInfo.Types[c.Fun]; ok && tv.IsType() {
			e = ast.Unparen(c.Args[0])
		}
	}
	if !evs(e) {
		return "", false
	}
	return s, true
}

// weakSuccess are success words that do not say the money arrived.
var weakSuccess = map[string]bool{"approved": true, "active": true, "authorized": true, "authorised": true,
	"requirescapture": true, "nopaymentrequired": true}

func paidWord(s string) bool {
	f := payment.Fold(s)
	return f == "settlement" || payment.IsSuccessStatus(s) && !weakSuccess[f]
}

// notPaid: a stored value that is no paid state whatever the branch.
func notPaid(v string) bool {
	v = strings.ToLower(v)
	for _, stems := range [][]string{payment.FailureStems, payment.PendingStems, payment.NotSuccessStems,
		{"refund", "chargeback", "dispute", "draft", "created", "new", "open", "init", "hold", "await", "wait", "queued"}} {
		for _, s := range stems {
			if strings.Contains(v, s) {
				return true
			}
		}
	}
	return v == ""
}

// leaves: block ends the handler's path (return, panic, a jump).
func leaves(b *ast.BlockStmt) bool {
	if b == nil || len(b.List) == 0 {
		return false
	}
	switch x := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		return true
	case *ast.ExprStmt:
		if c, ok := x.X.(*ast.CallExpr); ok {
			if id, ok := c.Fun.(*ast.Ident); ok && id.Name == "panic" {
				return true
			}
		}
	}
	return false
}

// calls calls fn with the calls in n, function literals aside.
func calls(n ast.Node, fn func(*ast.CallExpr)) {
	ast.Inspect(n, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			fn(x)
		}
		return true
	})
}

func k14Key(f *payment.StatusValueFact) string {
	return strings.Join(f.Table, "_") + "." + f.Col + "=" + f.Value
}

// callValue: the status value call stores (its callee's
// StatusValueFact, or the one every visible implementation of an
// interface method agrees on), and the call described; nil if none.
func (m *Model) callValue(call *ast.CallExpr) (*payment.StatusValueFact, string) {
	c, ok := m.ifaceCallOf(call)
	if !ok {
		fn := m.calleeFunc(call)
		if f := m.info.StatusValueOf(fn); f != nil {
			return f, qual(fn)
		}
		if f := m.constStatusArg(call, fn); f != nil {
			return f, qual(fn)
		}
		return nil, ""
	}
	if c.Method.Pkg() == nil || libraryPath(c.Method.Pkg().Path()) {
		return nil, "" // ctx.Err(), w.Write: a library's interface stores no status (sp16)
	}
	impls := m.impls(c)
	var first *payment.StatusValueFact
	for _, fn := range impls {
		f := m.info.StatusValueOf(fn)
		if f == nil || first != nil && k14Key(f) != k14Key(first) {
			return nil, ""
		}
		first = f
	}
	if first == nil {
		return nil, ""
	}
	return first, qual(c.Method) + " (" + qual(impls[0]) + ")"
}

// constStatusArg: the status call stores when fn stores one of its
// parameters as a row's status (StatusParamFact) and call hands it a
// constant: p.gifts.SetStatus(ctx, ref, "issued") stores gift_cards.status
// "issued" as a store method of that one value would.
func (m *Model) constStatusArg(call *ast.CallExpr, fn *types.Func) *payment.StatusValueFact {
	f := m.info.StatusParamOf(fn)
	if f == nil || f.Param >= len(call.Args) || call.Ellipsis.IsValid() {
		return nil
	}
	tv, ok := m.pass.TypesInfo.Types[call.Args[f.Param]]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return nil
	}
	return &payment.StatusValueFact{Table: f.Table, Col: f.Col, Value: strings.ToLower(constant.StringVal(tv.Value))}
}

// impls: the implementations of c's method in this package and in the
// packages it imports, where designated for the interface (as
// payment.Designated decides for the model's own interface calls).
func (m *Model) impls(c ifaceCall) []*types.Func {
	out := implsIn(m.pass.Pkg, c)
	for _, p := range m.pass.Pkg.Imports() {
		wires := m.packageWires()
		if !payment.MayDesignate(wires, c.Method.Pkg(), m.pass.Pkg, p) {
			continue // sp16: none of p's types could count; do not list them
		}
		for _, fn := range implsIn(p, c) {
			if payment.Designated(wires, c.Iface, c.Method.Pkg(), m.pass.Pkg, fn) {
				out = append(out, fn)
			}
		}
	}
	return out
}
