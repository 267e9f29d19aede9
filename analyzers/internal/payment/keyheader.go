package payment

import (
	"go/ast"
)

// headerSetCall: req.Header.Set/Add(k, v), resty SetHeader(k, v) /
// SetHeaders(map), h.Set(k, v) on an http.Header.
func (b *builder) headerSetCall(c *ast.CallExpr, decl *ast.FuncDecl) *Key {
	fn := calleeOf(b.ix.info, c)
	if fn == nil {
		return nil
	}
	switch {
	case isMethod(fn, "net/http", "Header", "Set"), isMethod(fn, "net/http", "Header", "Add"),
		isMethod(fn, restyPath, "Request", "SetHeader"), isMethod(fn, restyPath, "Client", "SetHeader"):
		if len(c.Args) != 2 {
			return nil
		}
		name, ok := b.ix.stringConst(c.Args[0])
		if !ok || !b.isKeyHeader(name) {
			return nil
		}
		return b.newKey(name, c, c.Args[1], decl)
	case isMethod(fn, restyPath, "Request", "SetHeaders"), isMethod(fn, restyPath, "Client", "SetHeaders"):
		if len(c.Args) == 1 {
			return b.mapKey(c.Args[0], decl, b.isKeyHeader, 0)
		}
	case isMethod(fn, restyPath, "Request", "SetHeaderMultiValues"):
		if len(c.Args) == 1 {
			return b.mapKey(c.Args[0], decl, b.isKeyHeader, 0)
		}
	}
	return nil
}

// headerAssign: req.Header[k] = []string{v}; req.Header = h.
func (b *builder) headerAssign(as *ast.AssignStmt, decl *ast.FuncDecl) *Key {
	for i, lhs := range as.Lhs {
		if i >= len(as.Rhs) {
			break
		}
		switch l := unparen(lhs).(type) {
		case *ast.IndexExpr:
			if !isNamed(b.ix.info.TypeOf(l.X), "net/http", "Header") {
				continue
			}
			name, ok := b.ix.stringConst(l.Index)
			if !ok || !b.isKeyHeader(name) {
				continue
			}
			return b.newKey(name, as, firstElem(as.Rhs[i]), decl)
		case *ast.SelectorExpr:
			if l.Sel.Name == "Header" && isNamed(b.ix.info.TypeOf(l), "net/http", "Header") {
				if k := b.headerValue(as.Rhs[i], decl, 0); k != nil {
					return k
				}
			}
		}
	}
	return nil
}

// firstElem returns v for []string{v}, else e itself.
func firstElem(e ast.Expr) ast.Expr {
	if cl, ok := unparen(e).(*ast.CompositeLit); ok && len(cl.Elts) == 1 {
		return cl.Elts[0]
	}
	return e
}

// headerValue: an http.Header value: a literal, or a variable built with
// Set/Add.
func (b *builder) headerValue(e ast.Expr, decl *ast.FuncDecl, depth int) *Key {
	if depth > maxEvalDepth {
		return nil
	}
	if k := b.mapKey(e, decl, b.isKeyHeader, depth); k != nil {
		return k
	}
	if call, ok := unparen(e).(*ast.CallExpr); ok {
		return b.fromLocalReturn(call, decl, depth, b.headerValue)
	}
	if v := b.ix.identVar(e); v != nil {
		for _, c := range b.ix.recvCalls[v] {
			if k := b.headerSetCall(c, decl); k != nil {
				return k
			}
		}
	}
	return nil
}

// mapKey finds a key entry in a map (literal or variable): map[string]T
// literals, m[k] = v assignments, http.Header / url.Values literals.
func (b *builder) mapKey(e ast.Expr, decl *ast.FuncDecl, match func(string) bool, depth int) *Key {
	if e == nil || depth > maxEvalDepth {
		return nil
	}
	e = stripAddr(e)
	switch x := e.(type) {
	case *ast.CallExpr:
		return b.fromLocalReturn(x, decl, depth, func(ret ast.Expr, cd *ast.FuncDecl, depth int) *Key {
			return b.mapKey(ret, cd, match, depth)
		})
	case *ast.CompositeLit:
		for _, el := range x.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			name, ok := b.ix.stringConst(kv.Key)
			if ok && match(name) {
				return b.newKey(name, kv, firstElem(kv.Value), decl)
			}
		}
	case *ast.Ident:
		v := b.ix.identVar(x)
		if v == nil {
			return nil
		}
		for _, as := range b.ix.fieldAssigns[v] {
			for i, lhs := range as.Lhs {
				ie, ok := unparen(lhs).(*ast.IndexExpr)
				if !ok || b.ix.identVar(ie.X) != v || i >= len(as.Rhs) {
					continue
				}
				if name, ok := b.ix.stringConst(ie.Index); ok && match(name) {
					return b.newKey(name, as, firstElem(as.Rhs[i]), decl)
				}
			}
		}
		for _, c := range b.ix.recvCalls[v] {
			fn := calleeOf(b.ix.info, c)
			if fn == nil || (fn.Name() != "Set" && fn.Name() != "Add") || len(c.Args) != 2 {
				continue
			}
			if name, ok := b.ix.stringConst(c.Args[0]); ok && match(name) {
				return b.newKey(name, c, c.Args[1], decl)
			}
		}
		return firstAssigned(b.ix, x, func(rhs ast.Expr) *Key { return b.mapKey(rhs, decl, match, depth+1) })
	}
	return nil
}
