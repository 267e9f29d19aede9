package poll

import (
	"go/ast"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// An order is a generic resource: the payment model reads GET
// /orders/{id} as a status read because many providers keep the payment
// on the order, but a merchant's own kitchen, warehouse or delivery
// service answers the same path about the goods. A loop that waits on
// an order only for goods states (ready, packed, shipped, delivered) and
// never for a payment state polls the goods: the provider's poll rules
// do not apply to it.

// genericSegs are resources that may or may not carry a payment.
var genericSegs = map[string]bool{"orders": true, "order": true}

// goodsWords name the preparation or delivery state of goods.
var goodsWords = []string{
	"ready", "prepar", "cooking", "picked", "pickup", "pick_up", "deliver", "dispatch",
	"ship", "packed", "packing", "transit", "en_route", "out_for", "arrived", "fulfil", "courier",
}

// paymentStateWords name a state only a payment has (orders and payments
// share cancelled, expired, completed, confirmed and pending, which say
// nothing either way).
var paymentStateWords = []string{
	"pay", "paid", "succeed", "success", "captur", "settl", "authori", "charge", "refund",
	"fail", "declin", "reject", "void", "approv", "attempt",
}

// genericRead reports whether op reads a generic resource by its path:
// the last literal segment before the id's status segments is an order.
func genericRead(op *payment.Op) bool {
	if op.Path == "" {
		return false
	}
	segs := strings.Split(strings.Trim(op.Path, "/"), "/")
	for i := len(segs) - 1; i >= 0; i-- {
		s := strings.ToLower(segs[i])
		switch s {
		case "{}", "status", "state", "details", "":
			continue
		}
		return genericSegs[s]
	}
	return false
}

// pollsGoods reports whether every read of l is of a generic resource
// and the loop's conditions on it name goods states and no payment
// state: the loop follows the goods, not a payment.
func (f *finder) pollsGoods(l *Loop) bool {
	for _, r := range l.Reads {
		if !genericRead(r) {
			return false
		}
	}
	goods, pay := false, false
	note := func(s string) {
		goods = goods || matchAny(s, goodsWords)
		pay = pay || matchAny(s, paymentStateWords)
	}
	f.anyInRound(l, func(n ast.Node) bool {
		for _, cond := range f.statusConds(n, l) {
			f.wordsOf(cond, note)
		}
		return false
	})
	return goods && !pay
}

// statusConds returns the conditions on l's status that n makes: an if's
// or for's condition, a switch's tag with its cases.
func (f *finder) statusConds(n ast.Node, l *Loop) []ast.Expr {
	switch n := n.(type) {
	case *ast.IfStmt:
		if f.onStatus(n.Cond, l) {
			return []ast.Expr{n.Cond}
		}
	case *ast.ForStmt:
		if n.Cond != nil && f.onStatus(n.Cond, l) {
			return []ast.Expr{n.Cond}
		}
	case *ast.SwitchStmt:
		if n.Tag != nil && f.onStatus(n.Tag, l) {
			out := []ast.Expr{n.Tag}
			for _, s := range n.Body.List {
				if cc, ok := s.(*ast.CaseClause); ok {
					out = append(out, cc.List...)
				}
			}
			return out
		}
	case *ast.CaseClause:
		for _, e := range n.List {
			if f.onStatus(e, l) {
				return n.List
			}
		}
	}
	return nil
}

// wordsOf hands note the string constants, field names and callee names
// of e: what a condition compares the status with (o.State == "shipped",
// o.Delivered, o.IsPaid()).
func (f *finder) wordsOf(e ast.Expr, note func(string)) {
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BasicLit, *ast.Ident:
			if s, ok := f.constString(n.(ast.Expr)); ok {
				note(s)
				return false
			}
		case *ast.SelectorExpr:
			if s, ok := f.constString(n); ok {
				note(s)
				return false
			}
			note(n.Sel.Name)
		}
		return true
	})
}
