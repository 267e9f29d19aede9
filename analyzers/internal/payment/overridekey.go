package payment

import (
	"go/ast"
	"go/types"
	"strings"
)

// A key header whose name we do not know. Some APIs dedupe writes on a
// header of their own naming (X-Client-Token, X-Dedupe-Token), and a
// client of such an API shows it by what it does, not by the name:
//
//	func (c *Client) newRequest(…) (*http.Request, error) {
//		…
//		req.Header.Set("X-Client-Token", xid.New().String()) // one per request
//		return req, nil
//	}
//	for attempt := 1; attempt <= 4; attempt++ {
//		req, err := c.newRequest(ctx, http.MethodPost, "/v2/transfers", t)
//		…
//		req.Header.Set("X-Client-Token", t.Reference) // the payout's own
//		resp, err := c.hc.Do(req)
//
// The request's builder stamps a value made anew on every call under a
// header, and the sending function, right after building the request and
// in the same block (so on every attempt), overwrites that very header
// with a value derived from its caller's data (a parameter or a field of
// one, not made anew). Whatever the header means, every attempt then
// carries the same caller-derived token where a per-request one stood:
// it is taken as the write's key (KeyFromParam, so the caller's origin
// decides). A header the builder does not stamp, a builder setting a
// constant, an overwrite under a condition, from the receiver's
// configuration or with a fresh value keep the old verdict (no key).

// overriddenHeaderKey returns the key of send s found as above, or nil.
func (b *builder) overriddenHeaderKey(s *httpSend, decl *ast.FuncDecl) *Key {
	if decl == nil || decl.Body == nil {
		return nil
	}
	for _, v := range s.ReqVars {
		for _, a := range b.ix.assigns[v] {
			stamped := b.stampedHeaders(a.RHS)
			if len(stamped) == 0 {
				continue
			}
			if k := b.overwrite(v, a.Stmt, stamped, decl); k != nil {
				return k
			}
		}
	}
	return nil
}

// stampedHeaders: the headers (lower case) that the function of this
// package called by rhs sets on the *http.Request it builds to a value
// made anew on every call, under names not already known as key headers.
func (b *builder) stampedHeaders(rhs ast.Expr) map[string]bool {
	call, ok := unparen(rhs).(*ast.CallExpr)
	if !ok {
		return nil
	}
	cd := b.ix.declOf[calleeOf(b.ix.info, call)]
	if cd == nil || cd.Body == nil {
		return nil
	}
	var out map[string]bool
	ast.Inspect(cd.Body, func(n ast.Node) bool {
		if _, lit := n.(*ast.FuncLit); lit {
			return false
		}
		c, ok := n.(*ast.CallExpr)
		if !ok || len(c.Args) != 2 || !b.headerSetOnRequest(c) {
			return true
		}
		name, ok := b.ix.stringConst(c.Args[0])
		if !ok || b.isKeyHeader(name) {
			return true
		}
		if t := b.trace(c.Args[1], cd); len(t.fresh) > 0 && t.param < 0 {
			if out == nil {
				out = map[string]bool{}
			}
			out[strings.ToLower(name)] = true
		}
		return true
	})
	return out
}

// headerSetOnRequest: c is req.Header.Set(k, v) on an *http.Request.
func (b *builder) headerSetOnRequest(c *ast.CallExpr) bool {
	if !isMethod(calleeOf(b.ix.info, c), "net/http", "Header", "Set") {
		return false
	}
	sel, ok := unparen(c.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	hdr, ok := unparen(sel.X).(*ast.SelectorExpr)
	return ok && hdr.Sel.Name == "Header" && isNamed(b.ix.info.TypeOf(hdr.X), "net/http", "Request")
}

// overwrite finds, in the block that builds request v with stmt, a later
// statement req.Header.Set(name, value) for a stamped name whose value
// derives from a parameter of decl and is made anew nowhere.
func (b *builder) overwrite(v *types.Var, stmt ast.Node, stamped map[string]bool, decl *ast.FuncDecl) *Key {
	list := siblingsOf(decl.Body, stmt)
	for i, st := range list {
		if st != stmt {
			continue
		}
		for _, later := range list[i+1:] {
			es, ok := later.(*ast.ExprStmt)
			if !ok {
				continue
			}
			c, ok := unparen(es.X).(*ast.CallExpr)
			if !ok || len(c.Args) != 2 || !b.headerSetOnRequest(c) || b.ix.rootVar(unparen(c.Fun).(*ast.SelectorExpr).X) != v {
				continue
			}
			name, ok := b.ix.stringConst(c.Args[0])
			if !ok || !stamped[strings.ToLower(name)] || b.constantValue(c.Args[1]) {
				continue
			}
			if k := b.newKey(name, c, c.Args[1], decl); len(k.Fresh) == 0 && k.Param >= 0 {
				return k
			}
		}
	}
	return nil
}

// siblingsOf returns the statement list of the block in body that holds
// stmt directly (a retried operation's function literal included), or
// nil.
func siblingsOf(body *ast.BlockStmt, stmt ast.Node) []ast.Stmt {
	var out []ast.Stmt
	ast.Inspect(body, func(n ast.Node) bool {
		if out != nil {
			return false
		}
		if blk, ok := n.(*ast.BlockStmt); ok {
			for _, st := range blk.List {
				if st == stmt {
					out = blk.List
				}
			}
		}
		return out == nil
	})
	return out
}
