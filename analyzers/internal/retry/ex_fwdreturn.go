package retry

import (
	"go/ast"
	"go/types"
)

// A forwarder that hands back its sender's error with no test of it:
//
//	err := c.send(ctx, "POST", path, key, body, &res)
//	return &res, err
//
// errs on every 4xx/5xx exactly as the sender does, carrier included
// (the error is the sender's own value). forwardedStatusErr finds the
// assignment; the return must follow it directly, so nothing can change
// the error or leave on another path in between.

// returnsSenderErr: as assigns only the sender g's error (its last
// variable) and ret returns that variable as the function's error.
func (r *Result) returnsSenderErr(sig *types.Signature, g *StatusErrFact, as *ast.AssignStmt, ret *ast.ReturnStmt) *StatusErrFact {
	info := r.pass.TypesInfo
	if len(as.Rhs) != 1 || r.senderCall(as.Rhs[0]) != g || len(as.Lhs) == 0 {
		return nil
	}
	errVar, _ := info.ObjectOf(boundIdent(as.Lhs[len(as.Lhs)-1])).(*types.Var)
	if errVar == nil || len(ret.Results) != sig.Results().Len() || !isVar(info, ret.Results[len(ret.Results)-1], errVar) {
		return nil
	}
	return copyFact(g, true)
}
