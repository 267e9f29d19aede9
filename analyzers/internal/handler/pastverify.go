package handler

import (
	"go/ast"
	"go/types"
)

// ---- webhookack: slow work past a verifier's own check -----------------------
//
// A function the model knows as a verifier (it calls ConstructEvent and
// hands its error back) may go on to act on the event it verified:
// Payment.Webhook(ctx, body, sig) verifies, then dispatches on the event's
// type to work that calls the provider or mails the customer. Its call is
// not "verification before the answer" as a whole: the slow work after
// its own check is what the provider waits on. Slow work made before or
// as the check (PayPal's remote verify, a token fetched first) stays
// verification.

// pastVerify marks f, the summary of body, when one of slow comes after
// a call of a verifier in body (not in a function literal): the fact then
// names that call, the first of the work done past the check.
func (a *Ack) pastVerify(body *ast.BlockStmt, slow []Slow, f *SlowFact) {
	if f == nil || body == nil {
		return
	}
	first := body.End()
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if x.Pos() < first {
				if fn := a.m.calleeFunc(x); fn != nil && a.verifies(fn.Origin()) {
					first = x.End()
				}
			}
		}
		return true
	})
	for i, s := range slow {
		if s.Node.Pos() >= first {
			f.PastVerify = true
			f.Desc = s.Desc
			f.StatusRead = len(slow[i:]) == 1 && s.StatusRead
			return
		}
	}
}

// verifiesOnly: fn is a verifier whose call is verification alone, not
// a verifier that acts past its own check (its SlowFact says PastVerify).
func (a *Ack) verifiesOnly(fn *types.Func) bool {
	if !a.verifies(fn) {
		return false
	}
	f := a.fact(fn)
	return f == nil || !f.PastVerify
}
