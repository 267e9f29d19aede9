package payment

import (
	"go/ast"
	"go/types"
	"strings"
)

// pathKey finds the value at a field path of a request struct
// (&coreapi.ChargeReq{TransactionDetails: midtrans.TransactionDetails{OrderID: id}},
// req.TransactionDetails.OrderID = id): through literals, local variables
// and field assignments. A request whose making is not visible (a
// parameter, a call, a field) carries an unknown key; a literal without
// the field carries none.
func (b *builder) pathKey(e ast.Expr, path []string, decl *ast.FuncDecl, depth int) *Key {
	k := b.pathValue(e, path, decl, depth)
	if k != nil {
		k.Name = strings.Join(path, ".")
	}
	return k
}

// pathValue is pathKey without the key's name (set by pathKey).
func (b *builder) pathValue(e ast.Expr, path []string, decl *ast.FuncDecl, depth int) *Key {
	if len(path) == 0 || depth > maxEvalDepth {
		return nil
	}
	name := strings.Join(path, ".")
	unknown := &Key{Name: name, At: e, Param: -1}
	switch x := stripAddr(e).(type) {
	case *ast.CompositeLit:
		v := b.literalField(x, path[0], 0)
		switch {
		case v == nil:
			return nil
		case len(path) == 1:
			return b.keyAtCall(v, name, false, decl)
		}
		return b.pathValue(v, path[1:], decl, depth+1)
	case *ast.Ident:
		v := b.ix.identVar(x)
		if v == nil {
			return nil
		}
		if k := b.pathAssign(v, path, decl, depth); k != nil {
			return k
		}
		return b.viaVar(x, decl, depth, func(rhs ast.Expr) *Key { return b.pathValue(rhs, path, decl, depth+1) })
	case *ast.CallExpr:
		if k := b.builtPath(x, path, decl, depth); k != nil {
			return k
		}
	}
	return unknown
}

// builtPath: the key at path of a request returned by a builder of this
// package (payoutFor(c, batch) returning paypal.Payout{SenderBatchHeader:
// &paypal.SenderBatchHeader{SenderBatchID: batchID}}). A key the builder
// takes from its parameter is the call's argument, judged here (made per
// attempt or once); one made inside it is made on every call. Nil when
// the builder's request is not seen to carry the key: it stays unknown.
func (b *builder) builtPath(call *ast.CallExpr, path []string, decl *ast.FuncDecl, depth int) *Key {
	fn := calleeOf(b.ix.info, call)
	if fn == nil || fn.Pkg() != b.pass.Pkg {
		return nil
	}
	k := b.fromLocalReturn(call, decl, depth, func(ret ast.Expr, cd *ast.FuncDecl, depth int) *Key {
		k := b.pathValue(ret, path, cd, depth)
		if k == nil || (k.Value == nil && k.Param < 0 && !k.FreshInCallee) {
			return nil // no key, or one the builder does not show
		}
		return k
	})
	if k != nil {
		k.Name = strings.Join(path, ".")
	}
	return k
}

// pathAssign: req.A.B = value, or req.A = T{B: value}, for path A.B.
func (b *builder) pathAssign(v *types.Var, path []string, decl *ast.FuncDecl, depth int) *Key {
	for _, as := range b.ix.fieldAssigns[v] {
		for i, lhs := range as.Lhs {
			if i >= len(as.Rhs) || b.ix.rootVar(lhs) != v {
				continue
			}
			got := selectorPath(lhs)
			if !pathPrefix(got, path) {
				got = b.promotedPath(lhs) // req.OutTradeNo for req.Trade.OutTradeNo
				if got != nil && len(got) == 0 {
					got = nil // req.Trade = alipay.Trade{OutTradeNo: no}: the path is in the value
				} else if !pathPrefix(got, path) {
					continue
				}
			}
			if len(got) == len(path) {
				return b.keyAtCall(as.Rhs[i], strings.Join(path, "."), false, decl)
			}
			if k := b.pathValue(as.Rhs[i], path[len(got):], decl, depth+1); k != nil {
				return k
			}
		}
	}
	return nil
}

// selectorPath: the field names of req.A.B, without the root ("A", "B").
func selectorPath(e ast.Expr) []string {
	var out []string
	for {
		sel, ok := unparen(e).(*ast.SelectorExpr)
		if !ok {
			break
		}
		out = append([]string{sel.Sel.Name}, out...)
		e = sel.X
	}
	if _, ok := unparen(e).(*ast.Ident); !ok {
		return nil
	}
	return out
}

// pathPrefix: got is a non-empty prefix of path.
func pathPrefix(got, path []string) bool {
	return len(got) > 0 && len(got) <= len(path) && strings.Join(got, ".") == strings.Join(path[:len(got)], ".")
}

// promotedPath is selectorPath without the embedded fields a promoted
// field is reached through (req.Trade.OutTradeNo is OutTradeNo of
// alipay.TradePay, which embeds alipay.Trade); nil when the selectors
// name no embedded field. An empty, non-nil path: the left side is an
// embedded field itself (req.Trade = alipay.Trade{…}), whose value holds
// the promoted fields.
func (b *builder) promotedPath(e ast.Expr) []string {
	out, embedded := []string{}, false
	for {
		sel, ok := unparen(e).(*ast.SelectorExpr)
		if !ok {
			break
		}
		if isEmbeddedField(b.ix.info.Uses[sel.Sel]) {
			embedded = true
		} else {
			out = append([]string{sel.Sel.Name}, out...)
		}
		e = sel.X
	}
	if _, ok := unparen(e).(*ast.Ident); !ok || !embedded {
		return nil
	}
	return out
}

// literalField: the value of a keyed field in a struct literal, also of
// a field promoted from an embedded struct and set in that struct's own
// literal (alipay.TradePay{Trade: alipay.Trade{OutTradeNo: no}}).
func (b *builder) literalField(cl *ast.CompositeLit, field string, depth int) ast.Expr {
	if depth > maxEvalDepth {
		return nil
	}
	var embedded []ast.Expr
	for _, el := range cl.Elts {
		kv, id := keyedElt(el)
		switch {
		case id == nil:
		case id.Name == field:
			return kv.Value
		case isEmbeddedField(b.ix.info.Uses[id]):
			embedded = append(embedded, kv.Value)
		}
	}
	for _, e := range embedded {
		if inner, ok := stripAddr(e).(*ast.CompositeLit); ok {
			if v := b.literalField(inner, field, depth+1); v != nil {
				return v
			}
		}
	}
	return nil
}

// keyedElt: a keyed element of a struct literal and the field it sets;
// a nil field for a positional element.
func keyedElt(el ast.Expr) (*ast.KeyValueExpr, *ast.Ident) {
	kv, ok := el.(*ast.KeyValueExpr)
	if !ok {
		return nil, nil
	}
	id, _ := kv.Key.(*ast.Ident)
	return kv, id
}

// isEmbeddedField: obj is an embedded struct field.
func isEmbeddedField(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && v.Embedded()
}

// builtChain: the key of an SDK request chain returned by a builder of
// this package (func (g *Gateway) refundInput(psp, key string) returning
// g.api.RefundCapturedPaymentInput(psp).IdempotencyKey(key)...). A key
// the builder takes from its parameter is the call's argument, judged
// here (made per attempt or once); one it makes itself is made on every
// call; a request the caller hands in is followed at the argument. When
// every return is a chain seen to attach no key, there is none, as for
// the same chain written at the call; otherwise the key stays unknown.
func (b *builder) builtChain(call *ast.CallExpr, p *provider, decl *ast.FuncDecl, depth int) *Key {
	handedIn, keyless, returns := -1, 0, 0
	k := b.fromLocalReturn(call, decl, depth, func(ret ast.Expr, cd *ast.FuncDecl, depth int) *Key {
		returns++
		k := b.builderKey(ret, p, cd, depth)
		switch {
		case k == nil:
			if b.sdkCall(ret, p) {
				keyless++ // a chain of the SDK's seen to attach no key
			}
			return nil
		case k.Value == nil && k.Param >= 0 && !k.FreshInCallee:
			handedIn = k.Param // the request itself is the parameter
			return nil
		case k.Value == nil && !k.FreshInCallee:
			return nil // attached where we cannot see
		}
		return k
	})
	switch {
	case k != nil:
		k.Name = "IdempotencyKey"
		return k
	case returns > 0 && keyless == returns:
		return nil
	case returns == 1 && handedIn >= 0 && handedIn < len(call.Args):
		return b.builderKey(call.Args[handedIn], p, decl, depth+1)
	}
	return &Key{Name: "IdempotencyKey", At: call, Param: -1}
}

// sdkCall: e is a call of a function or method of p's packages.
func (b *builder) sdkCall(e ast.Expr, p *provider) bool {
	c, ok := unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := calleeOf(b.ix.info, c)
	return fn != nil && p.Pkgs.MatchString(funcPath(fn))
}
