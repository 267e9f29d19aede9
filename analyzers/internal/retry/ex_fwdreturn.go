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
// (the error is the sender's own value). forwardedStatusErr reads the
// shapes with an `if err != nil`; this one has none. The return must
// follow the assignment directly, so nothing can change the error or
// leave on another path in between.

// returnedStatusErr summarises fd when its first top-level statement
// calling a summarised sender assigns the sender's error, and the next
// statement returns that variable as fd's error.
func (r *Result) returnedStatusErr(fd *ast.FuncDecl) *StatusErrFact {
	info := r.pass.TypesInfo
	sig, _ := info.Defs[fd.Name].Type().(*types.Signature)
	if sig == nil || sig.Results().Len() == 0 || !isErrorType(sig.Results().At(sig.Results().Len()-1).Type()) {
		return nil
	}
	list := fd.Body.List
	for j, st := range list {
		g := r.senderIn(st)
		if g == nil {
			continue
		}
		as, ok := st.(*ast.AssignStmt)
		if !ok || len(as.Rhs) != 1 || r.senderCall(as.Rhs[0]) != g || len(as.Lhs) == 0 || j+1 >= len(list) {
			return nil
		}
		errVar, _ := info.ObjectOf(boundIdent(as.Lhs[len(as.Lhs)-1])).(*types.Var)
		ret, ok := list[j+1].(*ast.ReturnStmt)
		if errVar == nil || !ok || len(ret.Results) != sig.Results().Len() || !isVar(info, ret.Results[len(ret.Results)-1], errVar) {
			return nil
		}
		return copyFact(g, true)
	}
	return nil
}
