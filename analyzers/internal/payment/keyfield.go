package payment

import (
	"go/ast"
	"go/types"
)

// ---- keys from a field of the caller's struct ---------------------------------
//
// A wrapper that sends cr.IdempotencyKey, where cr is its parameter, takes
// the caller's key: where the caller sets that field decides whether the
// key is stable. Set once before the retry (or carried in by the
// caller's own caller), every attempt sends the same key; set from a new
// uuid inside the retry, every attempt sends a new one. The fact records
// the field (WrapperFact.KeyField) so that the call site judges the
// field's value, not every value the argument happens to contain (a
// RequestID: uuid.NewString() next to a stable key is no fresh key).

// maxKeyAlias bounds the locals followed from the sent key back to the
// parameter's field (key := cr.IdempotencyKey).
const maxKeyAlias = 3

// paramKeyField returns the name of the field of decl's parameter k.Param
// that the key k sends (cr.IdempotencyKey), or "" when the key is not
// simply that field: made or changed inside the wrapper, or derived from
// the parameter otherwise.
func (b *builder) paramKeyField(k *Key, decl *ast.FuncDecl) string {
	if k == nil || decl == nil || k.Param < 0 || k.Value == nil || len(k.Fresh) > 0 || k.FreshInCallee {
		return ""
	}
	e := unparen(k.Value)
	for i := 0; i < maxKeyAlias; i++ {
		id, ok := e.(*ast.Ident)
		if !ok {
			break
		}
		v := b.ix.identVar(id)
		if v == nil || len(b.ix.assigns[v]) != 1 || b.ix.assigns[v][0].Index >= 0 {
			return ""
		}
		e = unparen(b.ix.assigns[v][0].RHS)
	}
	sel, ok := e.(*ast.SelectorExpr)
	if !ok {
		return ""
	}
	field, ok := b.ix.info.Uses[sel.Sel].(*types.Var)
	if !ok || !field.IsField() {
		return ""
	}
	x := unparen(sel.X)
	if st, ok := x.(*ast.StarExpr); ok {
		x = unparen(st.X)
	}
	id, ok := x.(*ast.Ident)
	if !ok {
		return ""
	}
	v := b.ix.identVar(id)
	ref, ok := b.ix.paramOf[v]
	if v == nil || !ok || ref.Decl != decl || ref.Index != k.Param {
		return ""
	}
	if b.assignsField(v, field) {
		return "" // defaulted or replaced inside the wrapper
	}
	return field.Name()
}

// assignsField: some assignment sets v.field.
func (b *builder) assignsField(v *types.Var, field *types.Var) bool {
	for _, as := range b.ix.fieldAssigns[v] {
		for _, lhs := range as.Lhs {
			if sel, ok := unparen(lhs).(*ast.SelectorExpr); ok && b.ix.info.Uses[sel.Sel] == field {
				return true
			}
		}
	}
	return false
}

// keyFromField builds the key a caller passes in field name of arg (a
// struct or a pointer to one): the field's value in a literal, an
// assignment to it, or the caller's own parameter. It returns ok false
// when arg has no such field (then the caller falls back to the whole
// argument).
func (b *builder) keyFromField(arg ast.Expr, name, keyName string, decl *ast.FuncDecl) (*Key, bool) {
	t := b.ix.info.TypeOf(arg)
	if t == nil {
		return nil, false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return nil, false
	}
	for i := 0; i < st.NumFields(); i++ {
		if f := st.Field(i); f.Name() == name {
			k := b.structKey(arg, f, keyName, decl, 0)
			if k != nil && k.Value == nil && b.neverSet(arg, f) {
				return nil, true
			}
			return k, true
		}
	}
	return nil, false
}

// literalLacks: a keyed struct literal that does not give field (a
// positional one gives every field).
func (b *builder) literalLacks(lit *ast.CompositeLit, field *types.Var) bool {
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			return false
		}
		if k, ok := kv.Key.(*ast.Ident); ok && b.ix.info.Uses[k] == field {
			return false
		}
	}
	return true
}

// neverSet: arg is a local built only from literals without field
// (cr := &ChargeRequest{Customer: c}), never assigned the field, and
// handed only to wrappers that read the field as their key: the key sent
// is empty.
func (b *builder) neverSet(arg ast.Expr, field *types.Var) bool {
	id, ok := stripAddr(arg).(*ast.Ident)
	if !ok {
		return false
	}
	v := b.ix.identVar(id)
	if _, param := b.ix.paramOf[v]; v == nil || param || len(b.ix.assigns[v]) == 0 ||
		len(b.ix.recvCalls[v]) > 0 || b.assignsField(v, field) {
		return false
	}
	for _, a := range b.ix.assigns[v] {
		lit, ok := stripAddr(a.RHS).(*ast.CompositeLit)
		if !ok || a.Index >= 0 || !b.literalLacks(lit, field) {
			return false
		}
	}
	for _, c := range b.ix.argCalls[v] {
		f := b.wrapperFact(calleeOf(b.ix.info, c))
		if f == nil || f.KeyField != field.Name() {
			return false // a helper may fill the key
		}
	}
	return true
}
