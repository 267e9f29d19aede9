package retry

import (
	"go/ast"
	"go/token"
	"go/types"
)

// ---- a send retried inside the function, every failure an error ---------------
//
//	for attempt := 0; attempt < 3; attempt++ {
//		…
//		resp, err := c.do(ctx, http.MethodPost, "/v1/merchants/"+m+"/checkouts", body)
//		if err != nil { lastErr = err; continue }
//		if resp.StatusCode >= 500 || resp.StatusCode == 429 { lastErr = …; continue }
//		if resp.StatusCode != http.StatusCreated { return nil, &APIError{…} }
//		…
//		return &co, nil
//	}
//	return nil, fmt.Errorf("create checkout: %w", lastErr)
//
// A client that retries its own send errs on every 4xx and 5xx answer
// as surely as one that sends once (statusErrOf): each test of the
// status either returns an error or goes round again, and the attempts
// running out end in an error too. The summary reads the send at the
// top of an attempt loop that is a top-level statement of the function,
// the tests of its status at the top of the loop body after it (in
// order: together they catch every 4xx and 5xx, and let some 2xx
// through), each ending in the return of an error or a continue of
// this loop, and the return of an error right after the loop. Which
// error a caller sees depends on the answer (the refusal's, or the
// last attempt's), so the summary names no carrier.

// statusErrInLoop summarises fd when its send is retried in such a loop.
func (r *Result) statusErrInLoop(fd *ast.FuncDecl, sig *types.Signature) *StatusErrFact {
	info := r.pass.TypesInfo
	list := fd.Body.List
	for k, st := range list {
		body := loopBody(st)
		if body == nil {
			continue
		}
		i, resp := respStmt(info, body)
		if resp == nil {
			continue
		}
		if k+1 >= len(list) || !r.returnsMadeErr(list[k+1], sig) {
			return nil // the attempts running out may hand back no error
		}
		if r.failuresLeave(body.List[i+1:], resp, sig) {
			return &StatusErrFact{}
		}
		return nil
	}
	return nil
}

// failuresLeave reads the statements after the send in the loop body:
// the ifs testing resp's status each return an error or continue, and
// together catch every 4xx and 5xx while some 2xx passes them all; no
// other statement steers on resp.
func (r *Result) failuresLeave(stmts []ast.Stmt, resp *types.Var, sig *types.Signature) bool {
	info := r.pass.TypesInfo
	caught := map[int]bool{}
	for _, st := range stmts {
		is, ok := st.(*ast.IfStmt)
		if !ok || is.Init != nil || !mentionsObj(info, is.Cond, resp) {
			if mentionsObj(info, st, resp) && Steers(st) {
				return false
			}
			continue
		}
		if is.Else != nil || !r.leavesFailed(is.Body, sig) {
			return false
		}
		for _, s := range append(append([]int(nil), errStatuses...), okStatuses...) {
			v, known := r.statusHolds(is.Cond, resp, s)
			if !known {
				return false
			}
			caught[s] = caught[s] || v
		}
		if r.allCaught(caught) {
			return true
		}
	}
	return false
}

// allCaught: every 4xx/5xx sampled is caught, and some 2xx is not.
func (r *Result) allCaught(caught map[int]bool) bool {
	for _, s := range errStatuses {
		if !caught[s] {
			return false
		}
	}
	for _, s := range okStatuses {
		if !caught[s] {
			return true
		}
	}
	return false
}

// leavesFailed: a branch ending in a plain continue (this loop's next
// attempt), or in the return of an error.
func (r *Result) leavesFailed(b *ast.BlockStmt, sig *types.Signature) bool {
	switch s := lastStmt(b).(type) {
	case *ast.BranchStmt:
		return s.Tok == token.CONTINUE && s.Label == nil
	case *ast.ReturnStmt:
		return r.returnsMadeErr(s, sig)
	}
	return false
}

// returnsMadeErr: st returns, as its error, one made here for the
// failure: fmt.Errorf, errors.New, or a literal of an error type.
func (r *Result) returnsMadeErr(st ast.Stmt, sig *types.Signature) bool {
	ret, ok := st.(*ast.ReturnStmt)
	if !ok || len(ret.Results) != sig.Results().Len() || len(ret.Results) == 0 {
		return false
	}
	e := ast.Unparen(ret.Results[len(ret.Results)-1])
	if call, ok := e.(*ast.CallExpr); ok {
		return madeErr(r.pass.TypesInfo, call)
	}
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	if lit, ok := e.(*ast.CompositeLit); ok {
		t := r.pass.TypesInfo.TypeOf(lit)
		errT := types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
		return t != nil && (types.Implements(t, errT) || types.Implements(types.NewPointer(t), errT))
	}
	return false
}

// loopBody is the body of a for or range statement, nil for any other.
func loopBody(st ast.Stmt) *ast.BlockStmt {
	if l, ok := st.(*ast.ForStmt); ok {
		return l.Body
	}
	if l, ok := st.(*ast.RangeStmt); ok {
		return l.Body
	}
	return nil
}
