package payment

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
)

// clientRetries tells whether a client expression denotes a client that
// retries on its own: a resty client configured with SetRetryCount(n > 0)
// (on the chain, on its variable, or on the struct field holding it; n a
// constant or a default the function fixes, cr_count.go) and no retry
// condition choosing by method (cr_cond.go), a
// retryablehttp client, or the *http.Client of retryablehttp's
// StandardClient.
func (ix *index) clientRetries(e ast.Expr, depth int) (string, token.Pos) {
	if e == nil || depth > maxEvalDepth {
		return "", token.NoPos
	}
	e = unparen(e)
	if depth == 0 && ix.restyMethodGated(e, 0) {
		return "", token.NoPos // retries what its condition lets through (cr_cond.go)
	}
	if isNamed(ix.info.TypeOf(e), rhttpPath, "Client") {
		if ix.rhttpNoRetry(e) || ix.fieldNoRetry(e) {
			return "", token.NoPos
		}
		return rhttpDesc, ix.rhttpOrigin(e, depth)
	}
	switch x := e.(type) {
	case *ast.CallExpr:
		fn := calleeOf(ix.info, x)
		if fn == nil {
			return "", token.NoPos
		}
		switch {
		case isMethod(fn, rhttpPath, "Client", "StandardClient"):
			return rhttpDesc, x.Pos()
		case isMethod(fn, restyPath, "Client", "SetRetryCount"):
			if r, known := ix.restyRetryCall(x); known { // cr_count.go
				if r != "" {
					return r, x.Pos()
				}
				return "", token.NoPos
			}
		}
		if funcPath(fn) == restyPath && recvTypeName(fn) == "Client" {
			if sel, ok := unparen(x.Fun).(*ast.SelectorExpr); ok {
				return ix.clientRetries(sel.X, depth+1)
			}
		}
	case *ast.Ident:
		v := ix.identVar(x)
		if v == nil {
			return "", token.NoPos
		}
		if r, pos := ix.retryCalls(ix.recvCalls[v], func(c *ast.CallExpr) bool {
			sel, ok := unparen(c.Fun).(*ast.SelectorExpr)
			return ok && ix.identVar(sel.X) == v
		}); r != "" {
			return r, pos
		}
		if r, pos := ix.retryCountField(ix.fieldAssigns[v]); r != "" {
			return r, pos
		}
		for _, a := range ix.assigns[v] {
			if a.Index < 0 {
				if r, pos := ix.clientRetries(a.RHS, depth+1); r != "" {
					return r, pos
				}
			}
		}
	case *ast.SelectorExpr:
		f, ok := ix.info.Uses[x.Sel].(*types.Var)
		if !ok || !f.IsField() {
			return "", token.NoPos
		}
		if r, pos := ix.retryCalls(ix.fieldRecvCalls[f], func(c *ast.CallExpr) bool {
			sel, ok := unparen(c.Fun).(*ast.SelectorExpr)
			if !ok {
				return false
			}
			fs, ok := unparen(sel.X).(*ast.SelectorExpr)
			return ok && ix.info.Uses[fs.Sel] == f
		}); r != "" {
			return r, pos
		}
		for _, rhs := range ix.objAssigns[f] {
			if r, pos := ix.clientRetries(rhs, depth+1); r != "" {
				return r, pos
			}
		}
		return ix.importedFieldRetries(f, x)
	}
	return "", token.NoPos
}

// rhttpNoRetry reports whether a retryablehttp client variable is set not
// to retry (rc.RetryMax = 0): it sends each request once.
func (ix *index) rhttpNoRetry(e ast.Expr) bool {
	id, ok := unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v := ix.identVar(id)
	if v == nil {
		return false
	}
	zero := false
	for _, as := range ix.fieldAssigns[v] {
		for i, lhs := range as.Lhs {
			sel, ok := unparen(lhs).(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "RetryMax" || i >= len(as.Rhs) || len(as.Lhs) != len(as.Rhs) {
				continue
			}
			if x, ok := unparen(sel.X).(*ast.Ident); !ok || ix.identVar(x) != v {
				continue
			}
			n, ok := ix.intConst(as.Rhs[i])
			if !ok || n > 0 {
				return false // set to retry somewhere
			}
			zero = true
		}
	}
	return zero
}

// rhttpOrigin finds where a retryablehttp client was made
// (retryablehttp.NewClient()), through variables and struct fields;
// the expression itself when not visible.
func (ix *index) rhttpOrigin(e ast.Expr, depth int) token.Pos {
	e = unparen(e)
	if depth > maxEvalDepth {
		return e.Pos()
	}
	switch x := e.(type) {
	case *ast.CallExpr:
		if isFunc(calleeOf(ix.info, x), rhttpPath, "NewClient") {
			return x.Pos()
		}
	case *ast.UnaryExpr:
		return ix.rhttpOrigin(x.X, depth+1)
	case *ast.CompositeLit:
		return x.Pos()
	case *ast.Ident:
		if v := ix.identVar(x); v != nil {
			if a, ok := ix.single(v); ok && a.Index < 0 {
				return ix.rhttpOrigin(a.RHS, depth+1)
			}
		}
	case *ast.SelectorExpr:
		if f, ok := ix.info.Uses[x.Sel].(*types.Var); ok && f.IsField() && len(ix.objAssigns[f]) == 1 {
			return ix.rhttpOrigin(ix.objAssigns[f][0], depth+1)
		}
	}
	return e.Pos()
}

// retryCalls looks for client.SetRetryCount(n > 0) among calls made on
// the client itself (selected by onClient).
func (ix *index) retryCalls(calls []*ast.CallExpr, onClient func(*ast.CallExpr) bool) (string, token.Pos) {
	for _, c := range calls {
		if !onClient(c) {
			continue
		}
		if r, pos := ix.clientRetries(c, maxEvalDepth); r != "" {
			return r, pos
		}
		if isMethod(calleeOf(ix.info, c), restyPath, "Client", "SetRetryCount") {
			if r, _ := ix.restyRetryCall(c); r != "" {
				return r, c.Pos()
			}
		}
	}
	return "", token.NoPos
}

// retryCountField handles client.RetryCount = n.
func (ix *index) retryCountField(asgs []*ast.AssignStmt) (string, token.Pos) {
	for _, as := range asgs {
		for i, lhs := range as.Lhs {
			sel, ok := unparen(lhs).(*ast.SelectorExpr)
			if !ok || sel.Sel.Name != "RetryCount" || i >= len(as.Rhs) {
				continue
			}
			if !isNamed(ix.info.TypeOf(sel.X), restyPath, "Client") {
				continue
			}
			if n, ok := ix.intConst(as.Rhs[i]); ok && n > 0 {
				return fmt.Sprintf("resty client with RetryCount = %d", n), as.Pos()
			}
		}
	}
	return "", token.NoPos
}
