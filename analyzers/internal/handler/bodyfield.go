package handler

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// ---- the raw body held in a field of the request context -------------------------
//
// Most frameworks hand the raw request body through a method (gin's
// GetRawData, iris's GetBody, fiber's Body); beego hands it in a field
// of the context's input, ctx.Input.RequestBody ([]byte), filled before
// the handler runs:
//
//	func (a *ACH) Transfer(ctx *beecontext.Context) {
//		var evt AchEvent
//		json.Unmarshal(ctx.Input.RequestBody, &evt)
//
// Such a read is the handler reading what was posted, like r.Body, so a
// handler decoding it into a provider's event and acting on the payment
// is a webhook by its body, and a verifier handed it is handed the body.
// The field is known by its shape: a []byte or string field named as a
// raw body, of a request context or of a struct one of its exported
// fields holds (its input).

// rawBodyFields name the fields that hold a request's raw body.
var rawBodyFields = map[string]bool{"RequestBody": true, "RawBody": true, "BodyRaw": true, "Body": true}

// rawBytes: t is []byte or a string.
func rawBytes(t types.Type) bool {
	if t == nil {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	case *types.Basic:
		return u.Info()&types.IsString != 0
	}
	return false
}

// rawBodyField: sel reads the raw body from a field of a request context
// (ctx.RawBody) or of a struct held in an exported field of one
// (ctx.Input.RequestBody).
func (m *Model) rawBodyField(sel *ast.SelectorExpr) bool {
	s := m.pass.TypesInfo.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal || !rawBodyFields[sel.Sel.Name] || !rawBytes(s.Type()) {
		return false
	}
	if m.requestValue(sel.X) {
		return true
	}
	inner, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	is := m.pass.TypesInfo.Selections[inner]
	return is != nil && is.Kind() == types.FieldVal && inner.Sel.IsExported() && m.requestValue(inner.X)
}

// ssaBodyField: v is the load of such a field (the SSA form of
// rawBodyField, for the values a verifier is handed).
func ssaBodyField(v ssa.Value) bool {
	u, ok := v.(*ssa.UnOp)
	if !ok || u.Op != token.MUL {
		return false
	}
	fa, ok := u.X.(*ssa.FieldAddr)
	if !ok || !rawBytes(u.Type()) {
		return false
	}
	if f := storedField(fa); f == nil || !rawBodyFields[f.Name()] {
		return false
	}
	owner := fa.X
	if ld, ok := owner.(*ssa.UnOp); ok && ld.Op == token.MUL {
		if in, ok := ld.X.(*ssa.FieldAddr); ok { // ctx.Input, then its RequestBody
			if f := storedField(in); f == nil || !f.Exported() {
				return false
			}
			owner = in.X
		}
	}
	t := owner.Type()
	return frameworkCtx(t) || ctxType(t)
}
