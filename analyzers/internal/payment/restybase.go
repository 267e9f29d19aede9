package payment

import (
	"go/ast"
	"go/types"
	"strings"
)

// ---- a resty client's base URL -----------------------------------------------------
//
// A resty client configured with SetBaseURL (or SetHostURL, or its
// BaseURL/HostURL field) sends a relative request URL (R().Post(
// "/disbursements")) to that base: the provider's host is in the
// client's configuration, often in the constructor that stores the
// client in a struct field, not at the send. The base is read where the
// client's retries are read (clientretries.go): on the chain, on the
// client's variable, or on the struct field of this package holding it.
// Only one base value is taken; clients configured with different bases
// leave it unknown.

// restyBaseURL returns the base URL of the resty client e denotes, nil
// when none is visible or the visible ones differ.
func (ix *index) restyBaseURL(e ast.Expr) strval {
	var found []strval
	ix.collectRestyBase(e, 0, map[ast.Node]bool{}, &found)
	if len(found) == 0 {
		return nil
	}
	for _, v := range found[1:] {
		if v.String() != found[0].String() {
			return nil
		}
	}
	return found[0]
}

func (ix *index) collectRestyBase(e ast.Expr, depth int, seen map[ast.Node]bool, out *[]strval) {
	if e == nil || depth > maxEvalDepth || seen[e] {
		return
	}
	seen[e] = true
	switch x := unparen(e).(type) {
	case *ast.CallExpr:
		fn := calleeOf(ix.info, x)
		if fn == nil || funcPath(fn) != restyPath || recvTypeName(fn) != "Client" {
			return
		}
		ix.restyBaseCall(x, fn, out)
		if sel, ok := unparen(x.Fun).(*ast.SelectorExpr); ok {
			ix.collectRestyBase(sel.X, depth+1, seen, out)
		}
	case *ast.Ident:
		v := ix.identVar(x)
		if v == nil {
			return
		}
		for _, c := range ix.recvCalls[v] {
			if sel, ok := unparen(c.Fun).(*ast.SelectorExpr); ok && ix.identVar(sel.X) == v {
				ix.restyBaseCall(c, calleeOf(ix.info, c), out)
			}
		}
		for _, as := range ix.fieldAssigns[v] {
			ix.restyBaseField(as, func(sel *ast.SelectorExpr) bool { return ix.identVar(sel.X) == v }, out)
		}
		for _, a := range ix.assigns[v] {
			if a.Index < 0 {
				ix.collectRestyBase(a.RHS, depth+1, seen, out)
			}
		}
	case *ast.SelectorExpr:
		f, ok := ix.info.Uses[x.Sel].(*types.Var)
		if !ok || !f.IsField() || f.Pkg() != ix.pass.Pkg {
			return
		}
		for _, c := range ix.fieldRecvCalls[f] {
			if sel, ok := unparen(c.Fun).(*ast.SelectorExpr); ok && ix.fieldOf(sel.X) == f {
				ix.restyBaseCall(c, calleeOf(ix.info, c), out)
			}
		}
		for _, rhs := range ix.objAssigns[f] {
			ix.collectRestyBase(rhs, depth+1, seen, out)
		}
	}
}

// restyBaseCall: c is client.SetBaseURL(u) or client.SetHostURL(u).
func (ix *index) restyBaseCall(c *ast.CallExpr, fn *types.Func, out *[]strval) {
	if fn == nil || len(c.Args) != 1 {
		return
	}
	if isMethod(fn, restyPath, "Client", "SetBaseURL") || isMethod(fn, restyPath, "Client", "SetHostURL") {
		*out = append(*out, ix.evalString(c.Args[0]))
	}
}

// restyBaseField: client.BaseURL = u (or HostURL) on the client onClient
// selects.
func (ix *index) restyBaseField(as *ast.AssignStmt, onClient func(*ast.SelectorExpr) bool, out *[]strval) {
	if len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, lhs := range as.Lhs {
		sel, ok := unparen(lhs).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "BaseURL" && sel.Sel.Name != "HostURL" || !isNamed(ix.info.TypeOf(sel.X), restyPath, "Client") || !onClient(sel) {
			continue
		}
		*out = append(*out, ix.evalString(as.Rhs[i]))
	}
}

// sentTo returns the pieces of the URL a request goes to: its own URL,
// after the client's base URL when the request's URL is relative (no
// literal scheme).
func (s *httpSend) sentTo() strval {
	if len(s.BaseURL) == 0 || len(s.URL) > 0 && !s.URL[0].Hole && strings.Contains(s.URL[0].Lit, "://") {
		return s.URL
	}
	return append(append(strval{}, s.BaseURL...), s.URL...)
}
