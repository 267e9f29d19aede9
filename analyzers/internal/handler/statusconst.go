package handler

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strconv"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a paid state handed as a constant to a store bound in main -----------------
//
// uselevel.go takes a bound method's PayEffectFact as the use case's.
// A store that writes whatever status it is handed has none:
//
//	package topup: s.store.SetTopUpStatus(ctx, t.ID, StatusSuccessful, token)
//	package store: func (p *Postgres) SetTopUpStatus(ctx, id, status, token string) error
//	               // UPDATE topups SET status = $2 …  (a StatusParamFact: parameter 2)
//
// The paid state is the use case's constant; the write is the store's.
// The use case records each port call's constant string arguments
// (WireCall.Consts) and the binding judges the bound method's
// StatusParamFact with the constant at its parameter, as the payment
// model judges such a call within one package.
//
// Precision: only a constant at the stored parameter, and only a paid
// state (payment.PaidStatusConst); a status taken from the event or a
// variable, a pending or failed constant, and a method with no fact
// stay silent.

// consts lists call's constant string arguments by position.
func consts(info *types.Info, call *ast.CallExpr) []string {
	var out []string
	for i, a := range call.Args {
		tv, ok := info.Types[a]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
			continue
		}
		for len(out) < i {
			out = append(out, "")
		}
		out = append(out, constant.StringVal(tv.Value))
	}
	return out
}

// statusEffect: m, the method bound to c's field, stores the paid
// constant c hands it as a payment's status.
func (w *wiring) statusEffect(m *types.Func, c WireCall) *PayEffectFact {
	f := w.fx.m.info.StatusParamOf(m)
	if f == nil || f.Param >= len(c.Consts) || !payment.PaidStatusConst(f, c.Consts[f.Param]) {
		return nil
	}
	return &PayEffectFact{Desc: "stores status " + strconv.Quote(c.Consts[f.Param]) + " through " + qual(m)}
}
