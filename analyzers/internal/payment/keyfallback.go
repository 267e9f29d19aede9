package payment

import (
	"go/ast"
	"go/token"
	"go/types"
)

// ---- the caller's key, or a fresh one when the caller leaves it empty ----------
//
// A client's request builder often takes the key from the caller's
// request and draws one itself when none is given:
//
//	key := p.IdempotencyKey
//	if key == "" {
//		key = uuid.NewString()
//	}
//	req.Header.Set("X-Payout-Idempotency", key)
//
// (or cmp.Or(p.IdempotencyKey, uuid.NewString())). The key is then the
// caller's field, as keyfield.go has it, with a second answer when the
// field is empty: a new key on every call. A caller that sets the field
// once before its retry sends the same key on every attempt; one that
// never sets it gets a new key per attempt, exactly as if the builder
// made a uuid unconditionally. So the key records the field and the
// fallback (Key.Field, Key.Fallback), the facts carry them
// (SendFact.KeyField/KeyFallback, WrapperFact.KeyField/KeyFallback), and
// each call site judges its own argument: the field's value where it is
// set, a key made per call (FreshInCallee) where it is never set.

// fieldFallback returns the field of one of decl's parameters that value
// takes, when a fresh key replaces it if empty (key := p.F; if key == ""
// { key = uuid.NewString() }, cmp.Or(p.F, uuid.NewString())), and that
// parameter's index; "" and -1 otherwise.
func (b *builder) fieldFallback(value ast.Expr, decl *ast.FuncDecl) (string, int) {
	if decl == nil || decl.Body == nil || value == nil {
		return "", -1
	}
	switch x := unparen(value).(type) {
	case *ast.SelectorExpr:
		return b.copiedFieldFallback(x, decl)
	case *ast.CallExpr:
		if isFunc(calleeOf(b.ix.info, x), "cmp", "Or") && len(x.Args) == 2 && !x.Ellipsis.IsValid() &&
			b.freshValue(x.Args[1], decl) {
			return b.paramField(x.Args[0], decl)
		}
	case *ast.Ident:
		v := b.ix.identVar(x)
		if v == nil {
			return "", -1
		}
		if _, param := b.ix.paramOf[v]; param {
			return "", -1
		}
		field, index, fallback := "", -1, false
		for _, a := range b.ix.assigns[v] {
			if a.Index >= 0 {
				return "", -1
			}
			if f, i := b.paramField(a.RHS, decl); f != "" && field == "" {
				field, index = f, i
				continue
			}
			if b.freshValue(a.RHS, decl) && b.underEmptyTest(v, a.RHS, decl.Body) {
				fallback = true
				continue
			}
			return "", -1 // another value: not simply the caller's field
		}
		if fallback {
			return field, index
		}
	}
	return "", -1
}

// copiedFieldFallback: sel is p.F for a parameter p of decl passed by
// value, given a fresh value only under a test that it is empty
// (if p.F == "" { p.F = uuid.NewString() }): the copy's field, set anew
// on every call the caller's field is empty. Through a pointer the fresh
// key is written back into the caller's struct, and the caller's next
// attempt sends it again: not a fallback.
func (b *builder) copiedFieldFallback(sel *ast.SelectorExpr, decl *ast.FuncDecl) (string, int) {
	field, ok := b.ix.info.Uses[sel.Sel].(*types.Var)
	if !ok || !field.IsField() {
		return "", -1
	}
	v := b.ix.identVar(unparen(sel.X))
	ref, ok := b.ix.paramOf[v]
	if v == nil || !ok || ref.Decl != decl {
		return "", -1
	}
	if _, ok := v.Type().Underlying().(*types.Struct); !ok {
		return "", -1
	}
	fallback := false
	for _, as := range b.ix.fieldAssigns[v] {
		for i, lhs := range as.Lhs {
			s, ok := unparen(lhs).(*ast.SelectorExpr)
			if !ok || b.ix.info.Uses[s.Sel] != field {
				continue
			}
			if len(as.Lhs) != len(as.Rhs) || !b.freshValue(as.Rhs[i], decl) || !b.underFieldEmptyTest(v, field, as, decl.Body) {
				return "", -1
			}
			fallback = true
		}
	}
	if !fallback {
		return "", -1
	}
	return field.Name(), ref.Index
}

// underFieldEmptyTest: n lies in the body of an if statement of body
// that tests v.field for emptiness (if p.F == "" { … }).
func (b *builder) underFieldEmptyTest(v, field *types.Var, n ast.Node, body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(x ast.Node) bool {
		if found {
			return false
		}
		is, ok := x.(*ast.IfStmt)
		if !ok || !within(n, is.Body) {
			return true
		}
		c, ok := unparen(is.Cond).(*ast.BinaryExpr)
		if !ok || c.Op != token.EQL {
			return true
		}
		for _, pair := range [][2]ast.Expr{{c.X, c.Y}, {c.Y, c.X}} {
			s, ok := unparen(pair[0]).(*ast.SelectorExpr)
			if ok && zeroValue(b.ix.info, pair[1]) && b.ix.info.Uses[s.Sel] == field && b.ix.identVar(unparen(s.X)) == v {
				found = true
			}
		}
		return !found
	})
	return found
}

// paramField: e is p.F (or (*p).F) for a parameter p of decl; F's name
// and p's index.
func (b *builder) paramField(e ast.Expr, decl *ast.FuncDecl) (string, int) {
	sel, ok := unparen(e).(*ast.SelectorExpr)
	if !ok {
		return "", -1
	}
	field, ok := b.ix.info.Uses[sel.Sel].(*types.Var)
	if !ok || !field.IsField() {
		return "", -1
	}
	x := unparen(sel.X)
	if st, ok := x.(*ast.StarExpr); ok {
		x = unparen(st.X)
	}
	v := b.ix.identVar(x)
	ref, ok := b.ix.paramOf[v]
	if v == nil || !ok || ref.Decl != decl || b.assignsField(v, field) {
		return "", -1
	}
	return field.Name(), ref.Index
}

// freshValue: e derives from a value made anew on every evaluation (a
// uuid, random bytes, the clock) and from no parameter.
func (b *builder) freshValue(e ast.Expr, decl *ast.FuncDecl) bool {
	t := b.trace(e, decl)
	return len(t.fresh) > 0 && t.param < 0
}

// underEmptyTest: rhs lies in the body of an if statement of body that
// tests v for emptiness (if v == "" { v = uuid.NewString() }).
func (b *builder) underEmptyTest(v *types.Var, rhs ast.Node, body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		if is, ok := n.(*ast.IfStmt); ok && within(rhs, is.Body) && emptyTest(b.ix.info, is.Cond) == v {
			found = true
		}
		return !found
	})
	return found
}

// fieldKeyAtCall builds the key a call hands a callee whose key is field
// of the argument arg (keyfield.go); with fallback the callee makes a
// new key on every call when that field is empty, so an argument that
// surely leaves it empty (a literal without it, a local never given it)
// gets a key made per call. A field that no visible value sets, of an
// argument a helper may fill (withKey(&req)), is a key not seen. ok is
// false when arg has no such field.
func (b *builder) fieldKeyAtCall(call *ast.CallExpr, arg ast.Expr, field, name string, fallback bool, decl *ast.FuncDecl) (*Key, bool) {
	k, ok := b.keyFromField(arg, field, name, decl)
	if !ok {
		return nil, false
	}
	if k == nil && !b.fieldUnset(arg, field) {
		return &Key{Name: name, At: arg, Param: -1}, true // may be set where the model cannot see
	}
	if !fallback {
		return k, true
	}
	if k == nil {
		return &Key{Name: name, At: call, Param: -1, FreshInCallee: true, Field: field}, true
	}
	if k.Value == nil && k.Param >= 0 {
		// The caller's own parameter handed on: its caller decides.
		k.Field, k.Fallback = field, true
	}
	return k, true
}

// fieldUnset: arg surely leaves its field named field empty: a keyed
// literal without it, or a local built only from such literals and
// never given it (neverSet).
func (b *builder) fieldUnset(arg ast.Expr, field string) bool {
	t := b.ix.info.TypeOf(arg)
	if t == nil {
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	obj, _, _ := types.LookupFieldOrMethod(t, false, nil, field)
	fv, ok := obj.(*types.Var)
	if !ok || !fv.IsField() {
		return false
	}
	if lit, ok := stripAddr(arg).(*ast.CompositeLit); ok {
		return b.literalLacks(lit, fv)
	}
	return b.neverSet(arg, fv)
}
