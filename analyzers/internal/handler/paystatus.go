package handler

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- redirects known by what they grant or compare --------------------------
//
// Return pages are named in the shop's own words: "/vip/return" grants a
// membership, "?pay_status=paid" is a payment state. Both are recognised
// here, narrowly: an entitlement word makes a weak redirect word a
// payment page only when nothing else in the path speaks of something
// else ("/pro/tasks/done" is a to-do list), and a pay-status parameter
// counts only when the handler compares it with a paid value (a
// "?trade_status=" echoed into a page decides nothing).

// entitlementWords name what a payment buys on membership sites and
// games: a weak redirect word next to one of them is a payment's return.
var entitlementWords = []string{"vip", "premium", "pro", "plan", "membership", "credits", "topup"}

// entitledReturn: ws are a weak redirect word, an entitlement word and
// nothing else but neutral words ("/vip/return", "PremiumComplete").
func entitledReturn(ws []string) bool {
	if hasWord(ws, redirectWeak...) == "" || hasWord(ws, entitlementWords...) == "" {
		return false
	}
	for _, w := range ws {
		one := []string{w}
		if hasWord(one, redirectWeak...) == "" && hasWord(one, entitlementWords...) == "" &&
			hasWord(one, neutralWords...) == "" {
			return false
		}
	}
	return true
}

// redirectSays: ws name a payment's return page.
func redirectSays(ws []string) bool {
	return (says(ws, redirectStrong, redirectWeak) != "" || entitledReturn(ws)) && !accountFlow(ws)
}

// payStatusParam: n (normalised) names a payment's state in a provider's
// or a shop's words: pay/payment/trade/transaction + status/state/result
// (pay_status, trade_state, payResult). A bare "state" is OAuth's.
func payStatusParam(n string) bool {
	if collectionStatus(n) { // collectionstatus.go: Mercado Pago's back_urls
		return true
	}
	for _, p := range []string{"pay", "payment", "trade", "transaction"} {
		for _, s := range []string{"status", "state", "result"} {
			if n == p+s {
				return true
			}
		}
	}
	return false
}

// comparedWithPaid: the value of the parameter read by r is compared with
// a paid/success constant (== "paid", a switch case "SUCCESS", a named
// constant, strings.EqualFold). In SSA when h has it, by syntax otherwise.
func (h *Handler) comparedWithPaid(r *Read) bool {
	if r.Call == nil {
		return false
	}
	if h.Fn != nil {
		return ssaComparedWithPaid(h.Fn, r.Call.Lparen, r.Name, h.paidWord)
	}
	return syntaxComparedWithPaid(h.Body, r.Call)
}

// ssaComparedWithPaid: the call at lparen in fn (or its literals) flows,
// through conversions and case/space normalisation, into a comparison
// with a paid constant; or it binds a struct whose field tagged name does.
func ssaComparedWithPaid(fn *ssa.Function, lparen token.Pos, name string, look func(*types.Func) (int, bool)) bool {
	for _, f := range allFuncs(fn) {
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				if c, ok := in.(*ssa.Call); ok && c.Pos() == lparen {
					return flowsToPaid(c, 0) || boundToPaid(c, name) || // binders.go
						handedToPaidWord(c, look, 0) // paidword.go: adyenpay.Succeeded(q.Get("resultCode"))
				}
			}
		}
	}
	return false
}

// flowsToPaid: v, or what it is converted or normalised into, is compared
// with a paid constant.
func flowsToPaid(v ssa.Value, depth int) bool {
	if depth > 3 || v.Referrers() == nil {
		return false
	}
	for _, ref := range *v.Referrers() {
		switch x := ref.(type) {
		case *ssa.BinOp:
			if (x.Op == token.EQL || x.Op == token.NEQ) && (paidConst(x.X) || paidConst(x.Y)) {
				return true
			}
		case *ssa.Convert, *ssa.ChangeType, *ssa.Phi:
			if flowsToPaid(x.(ssa.Value), depth+1) {
				return true
			}
		case *ssa.Call:
			if fold, ok := stringsFold(x); ok {
				if fold && (paidConst(x.Call.Args[0]) || paidConst(x.Call.Args[1])) || !fold && flowsToPaid(x, depth+1) {
					return true
				}
			}
		}
	}
	return false
}

// stringsFold: c calls package strings: EqualFold (fold) or a function
// that only normalises case or spaces (ToLower, ToUpper, TrimSpace).
func stringsFold(c *ssa.Call) (fold, ok bool) {
	fn := c.Call.StaticCallee()
	if fn == nil || fn.Pkg == nil || fn.Pkg.Pkg.Path() != "strings" {
		return false, false
	}
	switch fn.Name() {
	case "EqualFold":
		return len(c.Call.Args) == 2, len(c.Call.Args) == 2
	case "ToLower", "ToUpper", "TrimSpace":
		return false, true
	}
	return false, false
}

// paidConst: v is a string constant that means paid.
func paidConst(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.Value != nil && c.Value.Kind() == constant.String && payment.IsSuccessStatus(constant.StringVal(c.Value))
}

// syntaxComparedWithPaid: call itself is compared (== / !=) with a paid
// string literal, or is the tag of a switch with such a case.
func syntaxComparedWithPaid(body *ast.BlockStmt, call *ast.CallExpr) bool {
	if body == nil {
		return false
	}
	is := func(e ast.Expr) bool { return ast.Unparen(e) == call }
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.BinaryExpr:
			if x.Op == token.EQL || x.Op == token.NEQ {
				found = found || is(x.X) && paidLit(x.Y) || is(x.Y) && paidLit(x.X)
			}
		case *ast.SwitchStmt:
			if x.Tag != nil && is(x.Tag) {
				for _, s := range x.Body.List {
					for _, e := range s.(*ast.CaseClause).List {
						found = found || paidLit(e)
					}
				}
			}
		}
		return !found
	})
	return found
}

// paidLit: e is a string literal that means paid.
func paidLit(e ast.Expr) bool {
	lit, ok := ast.Unparen(e).(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return false
	}
	s, err := strconv.Unquote(lit.Value)
	return err == nil && payment.IsSuccessStatus(s)
}
