package handler

import (
	"go/ast"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// storeCredit: a document, key-value or ent write that adds to a balance
// ($inc of "balance", IncrBy of "wallet:"+id, AddCredits(n)) or to a
// game's currency ($inc of "gems", HIncrBy of "coins") — repeated by a
// second delivery, it credits twice. Counters of other things (attempts,
// views, kills, xp) and values set rather than added stay silent.
func (d *Dedupe) storeCredit(call *ast.CallExpr, fn *types.Func) (Effect, bool) {
	for _, col := range d.incr.Of(call) {
		ws := words(col)
		if hasWord(ws, amountFields...) != "" || hasWord(ws, virtualCurrency...) != "" {
			return Effect{Node: call, Kind: Credit, Desc: qual(fn) + ": " + col + " += …"}, true
		}
		// HIncrBy(ctx, "wallet:"+id, "main", n): the key says balance.
		if key := d.incr.HashKeyWords(call); hasWord(key, moneyKeyWords...) != "" && !payment.CounterName(col) {
			return Effect{Node: call, Kind: Credit, Desc: qual(fn) + ": " + col + " += …"}, true
		}
	}
	return d.whbCredit(call, fn) // entitlement.go: GORM and SQL increments
}

// virtualCurrency: what a game or app sells as a balance (gems, coins,
// diamonds): bought with money, added once per purchase. Experience,
// score and levels are earned, not bought, and are not here.
var virtualCurrency = []string{"gems", "gem", "coins", "coin", "diamonds", "diamond",
	"crystals", "crystal", "jewels", "jewel", "gold", "rubies", "vbucks"}

// moneyKeyWords: a key that holds money for someone ("wallet:"+id).
var moneyKeyWords = []string{"wallet", "wallets", "balance", "balances", "credits"}
