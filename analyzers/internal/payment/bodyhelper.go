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

// builtBodyFields adds the fields of a body that a function of this
// package builds and returns (newCheckoutBody(booth, reader, cents)
// returning json.Marshal(checkoutBody{Reference: …, Amount: …})), read
// in what it returns as builtBody reads its key: what a request carries
// is the same whether the body is written at the send or in a helper.
func (b *builder) builtBodyFields(call *ast.CallExpr, fs bodyFieldSet, depth int) {
	fn := calleeOf(b.ix.info, call)
	if fn == nil || fn.Pkg() != b.pass.Pkg {
		return
	}
	cd := b.ix.declOf[fn]
	if cd == nil || cd.Body == nil {
		return
	}
	firstResults(cd.Body, func(r ast.Expr) bool {
		n := len(fs)
		b.bodyFields(r, fs, depth+1)
		return len(fs) > n
	})
}
