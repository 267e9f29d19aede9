package handler

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- stock taken away on every delivery -------------------------------------------
//
// A paid order takes its items out of stock: UPDATE products SET stock =
// stock - $1, gorm.Expr("seats_available - ?", n), p.Inventory -= qty then
// saved. The statement subtracts whatever the stock was, so a second
// delivery of the same event sells the items twice. Setting the stock to
// a value (stock = $1) is the same on every delivery and stays silent, as
// do units a customer uses up (classes_left - 1) and counters.
//
// Such a decrement is a repeated effect of a payment webhook, not a sign
// that a webhook is a payment provider's: a marketplace's order hook
// takes stock away too (confirmsPay). Places left to sell may be named by
// what is left alone (a trip's avail, an event's available): a column of
// no unit a customer uses up (rides_available) and no balance.
//
// A stored balance taken down in the statement (a redeemed gift card's
// balance - ?, a wallet's balance_cents - $1) is the same effect on the
// other side: the customer's stored value is spent again by a second
// delivery of the payment that used it.

// Effect kinds of this file and of extend.go (EffectKind is stored in
// EffectFacts: the values follow the kinds of effects.go).
const (
	// Stock takes an amount out of stock, seats or inventory.
	Stock EffectKind = ProviderWrite + 1 + iota
	// Extension pushes a subscription's end date forward by a period.
	Extension
	// Debit takes an amount off a stored balance (a gift card, a wallet).
	Debit
)

// confirmsPay: an implementation repeating k makes a webhook known by
// its body a payment provider's (a credit, an insert, a fulfilment, a
// provider write do; a message, a stock decrement or an extension alone
// do not).
func (k EffectKind) confirmsPay() bool {
	return k != Mail && k != Stock && k != Extension && k != Debit
}

// stock: call subtracts, in its statement, from a column holding stock
// or a stored balance.
func (d *Dedupe) stock(call *ast.CallExpr, fn *types.Func) (Effect, bool) {
	for _, col := range d.incr.SQLDecrements(call) {
		if k, ok := decremented(col); ok {
			return Effect{Node: call, Kind: k, Desc: qual(fn) + ": " + col + " -= …"}, true
		}
	}
	return d.extend(call, fn) // extend.go
}

// decremented: what taking an amount off col repeats on a second
// delivery: stock sold again, or a stored balance spent again; ok false
// for other columns (a customer's classes_left, a counter).
func decremented(col string) (EffectKind, bool) {
	switch {
	case stockColumn(col):
		return Stock, true
	case balanceColumn(col):
		return Debit, true
	}
	return 0, false
}

// stockColumn: col (snake_case) holds goods or places left to sell.
func stockColumn(col string) bool {
	if payment.CounterName(col) {
		return false
	}
	ws := sharedWords(col)
	if hasWord(ws, stockWords...) != "" {
		return true
	}
	// avail, available, available_count: what is left of the row itself,
	// not units of a pack (rides_available) nor money (available_balance).
	return hasWord(ws, "avail", "available") != "" && hasWord(ws, whbUnits...) == "" &&
		hasWord(ws, amountFields...) == "" && hasWord(ws, virtualCurrency...) == ""
}

// balanceColumn: col (snake_case) holds a customer's stored value (a gift
// card's or a wallet's balance).
func balanceColumn(col string) bool {
	return !payment.CounterName(col) && hasWord(words(col), "balance", "balances") != ""
}

// Tickets are places too: an event's available_tickets (AvailableTickets)
// taken down by a booking's quantity sells the places again on a repeat.
var stockWords = []string{"stock", "inventory", "seats", "seat", "capacity", "quantity", "qty", "slots", "tickets", "ticket"}

// stockAssign: p.Stock -= n (card.Balance -= n) on a numeric field of a variable saved
// afterwards in the same function (db.Save(&p), repo.Update(p)).
func (d *Dedupe) stockAssign(as *ast.AssignStmt, body *ast.BlockStmt) (Effect, bool) {
	if as.Tok != token.SUB_ASSIGN || len(as.Lhs) != 1 {
		return Effect{}, false
	}
	sel, ok := ast.Unparen(as.Lhs[0]).(*ast.SelectorExpr)
	if !ok || !numeric(d.pass.TypesInfo.TypeOf(sel)) {
		return Effect{}, false
	}
	k, ok := decremented(goSnake(sel.Sel.Name))
	if !ok || !d.m.savedAfter(sel.X, as, body) {
		return Effect{}, false
	}
	return Effect{Node: as, Kind: k, Desc: types.ExprString(as.Lhs[0]) + " -= …"}, true
}

// savedAfter: the variable x names is handed (or its address) to a
// call named save / update / put / store / persist / upsert after at
// (a decrement here, an increment in effects.go's incrementStmt).
func (m *Model) savedAfter(x ast.Expr, at ast.Node, body *ast.BlockStmt) bool {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return false
	}
	v := m.pass.TypesInfo.Uses[id]
	if v == nil {
		return false
	}
	saved := false
	ast.Inspect(body, func(n ast.Node) bool {
		c, ok := n.(*ast.CallExpr)
		if !ok || saved || c.Pos() < at.End() {
			return !saved
		}
		s, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
		if !ok || len(words(s.Sel.Name)) == 0 || hasWord(sharedWords(s.Sel.Name)[:1], "save", "update", "updates", "put", "store", "persist", "upsert") == "" {
			return true
		}
		for _, a := range c.Args {
			a = ast.Unparen(a)
			if u, ok := a.(*ast.UnaryExpr); ok && u.Op == token.AND {
				a = u.X
			}
			if x, ok := a.(*ast.Ident); ok && m.pass.TypesInfo.Uses[x] == v {
				saved = true
			}
		}
		return true
	})
	return saved
}

// goSnake: a Go field name as a snake_case column (SeatsLeft → seats_left).
func goSnake(name string) string {
	out := ""
	for i, w := range words(name) {
		if i > 0 {
			out += "_"
		}
		out += w
	}
	return out
}

// assign: a stock decrement or an end date pushed forward by an
// assignment later saved (effects' hook).
func (d *Dedupe) assign(as *ast.AssignStmt, body *ast.BlockStmt) (Effect, bool) {
	if e, ok := d.stockAssign(as, body); ok {
		return e, true
	}
	return d.extendAssign(as, body)
}
