package payment

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"
)

// ---- a PostgREST query is the app's own database, not an external API --------
//
// Supabase apps often reach their only database through PostgREST over
// HTTP, by hand: http.NewRequest("GET", base+"rest/v1/invoices?id=eq."+id,
// nil) with Supabase's apikey header, then Client.Do. That is the same
// read or write a webhook makes with database/sql, which webhookack never
// counts as slow work; as "an external API" every such webhook was
// reported. The request is recognised by what it sends, PostgREST's
// conventions as data (postgrest.go): a URL whose constant text has the
// rest/v1/ path and either PostgREST's query syntax or Supabase's apikey
// header on the same request. Any other request, a body-only POST to some
// other /rest/v1/ API included, stays an external call.
//
// The rules' own walk (handler's slow calls) asks it call by call, in
// packages the model may have found irrelevant, so it reads the AST of
// the call's function itself rather than the model's index.

// PostgRESTRequest: call sends a request (Client.Do(req)) built in the
// same function by http.NewRequest[WithContext] as a PostgREST query of
// the app's database.
func PostgRESTRequest(info *types.Info, files []*ast.File, call *ast.CallExpr) bool {
	if len(call.Args) != 1 {
		return false
	}
	id, ok := ast.Unparen(call.Args[0]).(*ast.Ident)
	if !ok {
		return false
	}
	req := info.Uses[id]
	body := enclosingFuncBody(files, call)
	if req == nil || body == nil {
		return false
	}
	url := newRequestURL(info, body, req)
	if url == nil {
		return false
	}
	text := strings.Join(localConstText(info, body, url, 0), " ")
	if !strings.Contains(text, postgrestPath) {
		return false
	}
	return postgrestSyntax(text) || setsAPIKeyHeader(info, body, req)
}

// enclosingFuncBody: the body of the function declaration holding n.
func enclosingFuncBody(files []*ast.File, n ast.Node) *ast.BlockStmt {
	for _, f := range files {
		if n.Pos() < f.Pos() || n.Pos() >= f.End() {
			continue
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && fd.Body.Pos() <= n.Pos() && n.Pos() < fd.Body.End() {
				return fd.Body
			}
		}
	}
	return nil
}

// newRequestURL: the URL argument of the http.NewRequest[WithContext]
// assigned to req in body; nil if req is made otherwise.
func newRequestURL(info *types.Info, body *ast.BlockStmt, req types.Object) ast.Expr {
	var out ast.Expr
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || out != nil || len(as.Rhs) != 1 || len(as.Lhs) == 0 {
			return out == nil
		}
		lhs, ok := as.Lhs[0].(*ast.Ident)
		if !ok || info.ObjectOf(lhs) != req {
			return true
		}
		call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
		if !ok {
			return true
		}
		switch fn := calleeOf(info, call); {
		case isFunc(fn, "net/http", "NewRequest") && len(call.Args) == 3:
			out = call.Args[1]
		case isFunc(fn, "net/http", "NewRequestWithContext") && len(call.Args) == 4:
			out = call.Args[2]
		}
		return true
	})
	return out
}

// localConstText: the constant strings of e, following a local variable
// to its assignments in body (url := fmt.Sprintf("%s/rest/v1/…", …)) two
// levels deep.
func localConstText(info *types.Info, body *ast.BlockStmt, e ast.Expr, depth int) []string {
	var out []string
	ast.Inspect(e, func(n ast.Node) bool {
		x, ok := n.(ast.Expr)
		if !ok {
			return true
		}
		if tv, ok := info.Types[x]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			out = append(out, constant.StringVal(tv.Value))
			return false
		}
		id, ok := x.(*ast.Ident)
		if !ok || depth >= 2 {
			return true
		}
		v, ok := info.Uses[id].(*types.Var)
		if !ok || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
			return true
		}
		ast.Inspect(body, func(m ast.Node) bool {
			as, ok := m.(*ast.AssignStmt)
			if !ok || len(as.Lhs) != len(as.Rhs) {
				return true
			}
			for i, l := range as.Lhs {
				if li, ok := l.(*ast.Ident); ok && info.ObjectOf(li) == v {
					out = append(out, localConstText(info, body, as.Rhs[i], depth+1)...)
				}
			}
			return true
		})
		return true
	})
	return out
}

// setsAPIKeyHeader: req is given Supabase's apikey header in body
// (req.Header.Set("apikey", key)).
func setsAPIKeyHeader(info *types.Info, body *ast.BlockStmt, req types.Object) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found || len(call.Args) != 2 {
			return !found
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Set" && sel.Sel.Name != "Add" {
			return true
		}
		h, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
		if !ok || h.Sel.Name != "Header" {
			return true
		}
		if id, ok := ast.Unparen(h.X).(*ast.Ident); !ok || info.Uses[id] != req {
			return true
		}
		if tv, ok := info.Types[call.Args[0]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String &&
			postgrestKeyHeader(constant.StringVal(tv.Value)) {
			found = true
		}
		return !found
	})
	return found
}
