package payment

import "go/ast"

// builtBody: a request body that a function of this package builds and
// returns already marshalled (func (c *Client) newTransfer(t *T) []byte {
// b, _ := json.Marshal(transferBody{CorrelationID: t.ID + "-" +
// time.Now()...}); return b }), seen from the call that hands it to the
// send. The key field is searched in what the function returns, as in a
// body written at the call: a value made inside on every call
// (time.Now, a uuid) is a new key per call (FreshInCallee), one derived
// from a parameter only is the caller's argument. Asked after
// marshalledArg (keybody.go): a helper taken for an encoder of its
// argument whose argument carries no key may still set one itself
// (Key: r.ID + "-refund").
func (b *builder) builtBody(call *ast.CallExpr, decl *ast.FuncDecl, depth int) *Key {
	return b.fromLocalReturn(call, decl, depth, func(ret ast.Expr, cd *ast.FuncDecl, depth int) *Key {
		k := b.bodyKey(ret, cd, depth)
		if k == nil || k.Value == nil {
			return nil // not visible inside: unknown at the call too
		}
		return k
	})
}
