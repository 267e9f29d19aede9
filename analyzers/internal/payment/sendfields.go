package payment

import (
	"go/ast"
	"go/types"
)

// ---- a sender handed a description of the request ---------------------------
//
// A shared sender takes what to send as one struct and builds the
// request from its fields:
//
//	type Request struct {
//		Method, URL string
//		Body        []byte
//		Headers     map[string]string
//	}
//	func Send(ctx context.Context, hc *http.Client, r Request) ([]byte, error) {
//		req, err := http.NewRequestWithContext(ctx, r.Method, r.URL, bytes.NewReader(r.Body))
//		for k, v := range r.Headers {
//			req.Header.Set(k, v)
//		}
//		resp, err := hc.Do(req)
//
// Its template (SendFact) names the parameter and the field each part
// comes from; a call sends what its struct literal says:
// platform.Send(ctx, hc, platform.Request{Method: http.MethodPost, URL:
// base + "/refunds", Headers: map[string]string{"Idempotency-Key": k}})
// is a POST of a refund keyed by k. A description not visible at the call
// (built elsewhere, a parameter handed on) leaves the method unknown:
// no op.

// paramFieldIn: e is p.F (or (*p).F, p a pointer) with p a parameter
// of decl: p's index; -1 otherwise.
func (ix *index) paramFieldIn(e ast.Expr, decl *ast.FuncDecl) int {
	sel, ok := unparen(e).(*ast.SelectorExpr)
	if !ok {
		return -1
	}
	if _, isField := ix.info.ObjectOf(sel.Sel).(*types.Var); !isField {
		return -1
	}
	x := unparen(sel.X)
	if st, ok := x.(*ast.StarExpr); ok {
		x = unparen(st.X)
	}
	if _, ok := x.(*ast.Ident); !ok {
		return -1
	}
	return ix.paramIndexIn(x, decl)
}

// fieldName is the field a selector names ("" for anything else).
func fieldName(e ast.Expr) string {
	if sel, ok := unparen(e).(*ast.SelectorExpr); ok {
		return sel.Sel.Name
	}
	return ""
}

// argField is the value a call gives to field name of its argument a:
// T{F: v}, &T{F: v}, or a local variable assigned one such literal
// once; a itself when name is empty; nil when not visible.
func (ix *index) argField(a ast.Expr, name string) ast.Expr {
	if a == nil || name == "" {
		return a
	}
	for depth := 0; depth < 4; depth++ {
		switch x := stripAddr(a).(type) {
		case *ast.CompositeLit:
			return litField(x, name)
		case *ast.Ident:
			v := ix.identVar(x)
			if v == nil {
				return nil
			}
			as, ok := ix.single(v)
			if !ok || as.Index > 0 {
				return nil
			}
			a = as.RHS
			continue
		}
		return nil
	}
	return nil
}

// bodyField: the body is made from field F of a parameter
// (bytes.NewReader(r.Body), strings.NewReader(string(r.Body))): its
// index and F; -1 otherwise.
func (b *builder) bodyField(e ast.Expr, decl *ast.FuncDecl) (int, string) {
	for depth := 0; depth < 6 && e != nil; depth++ {
		e = stripAddr(e)
		if id, ok := e.(*ast.Ident); ok {
			// payload, err := json.Marshal(r.Body), assigned once before
			// the request is made of it.
			v := b.ix.identVar(id)
			if v == nil || len(b.ix.assigns[v]) != 1 || b.ix.assigns[v][0].Index > 0 {
				break
			}
			e = b.ix.assigns[v][0].RHS
			continue
		}
		call, ok := e.(*ast.CallExpr)
		if !ok {
			break
		}
		if tv, ok := b.ix.info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
			e = call.Args[0]
			continue
		}
		fn := calleeOf(b.ix.info, call)
		if len(call.Args) != 1 || !(isFunc(fn, "bytes", "NewReader") || isFunc(fn, "bytes", "NewBuffer") ||
			isFunc(fn, "bytes", "NewBufferString") || isFunc(fn, "strings", "NewReader") ||
			isFunc(fn, "encoding/json", "Marshal")) {
			return -1, ""
		}
		e = call.Args[0]
	}
	if p := b.ix.paramFieldIn(e, decl); p >= 0 {
		return p, fieldName(e)
	}
	return -1, ""
}

// copiedHeaders: decl copies a map field of a parameter into the
// request's headers (for k, v := range r.Headers { req.Header.Set(k, v) }):
// the parameter's index and the field; -1 otherwise.
func (b *builder) copiedHeaders(s *httpSend, decl *ast.FuncDecl) (int, string) {
	if decl == nil || decl.Body == nil {
		return -1, ""
	}
	info := b.ix.info
	param, field := -1, ""
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		rs, ok := n.(*ast.RangeStmt)
		if !ok || param >= 0 {
			return param < 0
		}
		p := b.ix.paramFieldIn(rs.X, decl)
		k, kok := rs.Key.(*ast.Ident)
		v, vok := rs.Value.(*ast.Ident)
		if p < 0 || !kok || !vok {
			return true
		}
		ast.Inspect(rs.Body, func(m ast.Node) bool {
			c, ok := m.(*ast.CallExpr)
			if !ok || len(c.Args) != 2 {
				return param < 0
			}
			fn := calleeOf(info, c)
			if !isMethod(fn, "net/http", "Header", "Set") && !isMethod(fn, "net/http", "Header", "Add") {
				return true
			}
			ak, _ := unparen(c.Args[0]).(*ast.Ident)
			av, _ := unparen(c.Args[1]).(*ast.Ident)
			if ak != nil && av != nil && info.ObjectOf(ak) == info.ObjectOf(k) && info.ObjectOf(av) == info.ObjectOf(v) {
				param, field = p, fieldName(rs.X)
			}
			return param < 0
		})
		return param < 0
	})
	return param, field
}

// fieldHeadersKey: the key header in the headers a call hands a sender
// as field name of its argument (Headers: map[string]string{"Idempotency-Key": k}).
func (b *builder) fieldHeadersKey(arg ast.Expr, name string, decl *ast.FuncDecl) *Key {
	v := b.ix.argField(arg, name)
	if v == nil {
		return nil
	}
	return b.mapKey(v, decl, b.isKeyHeader, 0)
}
