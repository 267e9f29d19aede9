package handler

import (
	"go/ast"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// ---- slow work retried through a helper of the merchant's own --------------
//
// slowIn leaves function literals out: most are handed to a goroutine, a
// queue or a job, and run after the answer. A literal handed to a retry
// helper the retry model knows (payment.HelperFact: platform.Retry(ctx,
// policy, func(ctx) error { … client.Do(req) … })) runs before the helper
// returns, again after each failure, with waits between attempts: its slow
// work is the caller's, held up by the helper's retries. The library
// retriers (backoff.Retry, retry-go) are slow by retryLib already; this
// is the same for the helpers merchants write.
//
// Only a retry helper (AgainAfterError) that hands back an error counts:
// a helper answering what its callback concluded waits for it, whereas a
// runner that loops in a goroutine of its own (an Every(d, fn) ticker)
// answers nothing. And only a callback whose own work is slow (an HTTP
// call, mail, a sleep, a slow function of the model's): a retried local
// write is not held up unless it fails.

// helperSlow: call hands a retry helper a callback doing slow work;
// the call is that work, retried.
func (a *Ack) helperSlow(call *ast.CallExpr, fn *types.Func) (Slow, bool) {
	f := a.retryHelper(fn)
	if f == nil || f.Param < 0 || f.Param >= len(call.Args) {
		return Slow{}, false
	}
	arg := ast.Unparen(call.Args[f.Param])
	via := "retries through " + qual(fn) + " a callback that "
	switch x := arg.(type) {
	case *ast.FuncLit:
		if x.Body == nil {
			return Slow{}, false
		}
		if slow := a.slowIn(x.Body); len(slow) > 0 {
			return Slow{Node: call, Desc: via + slow[0].Desc, StatusRead: len(slow) == 1 && slow[0].StatusRead}, true
		}
	case *ast.Ident, *ast.SelectorExpr:
		// A named function or method value (client.send): its summary.
		if cb := a.funcValue(x); cb != nil {
			if sf := a.fact(cb); sf != nil {
				return Slow{Node: call, Desc: via + "calls " + qual(cb) + ", which " + sf.Desc, StatusRead: sf.StatusRead}, true
			}
		}
	}
	return Slow{}, false
}

// retryHelper is fn's HelperFact when fn is a retry helper answering
// an error; nil otherwise, or when the retry model is not at hand.
func (a *Ack) retryHelper(fn *types.Func) *payment.HelperFact {
	if fn == nil || fn.Pkg() == nil || retryLib(fn) {
		return nil
	}
	r, _ := a.pass.ResultOf[retry.Analyzer].(*retry.Result)
	if r == nil {
		return nil
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Results().Len() == 0 || !isErrorType(sig.Results().At(sig.Results().Len()-1).Type()) {
		return nil
	}
	f := r.Helper(fn)
	if f == nil || !f.AgainAfterError {
		return nil
	}
	return f
}

// funcValue: e names a function or a method (not a call of one).
func (a *Ack) funcValue(e ast.Expr) *types.Func {
	var id *ast.Ident
	switch x := e.(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	}
	fn, _ := a.pass.TypesInfo.Uses[id].(*types.Func)
	if fn == nil {
		return nil
	}
	return fn.Origin()
}
