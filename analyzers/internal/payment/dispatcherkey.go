package payment

import "go/ast"

// ---- the key of a request built by a local constructor ---------------------
//
// A dispatcher builds every request in one helper and sends it:
//
//	req, err := c.newRequest(ctx, method, path, body) // sets Idempotency-Key: uuid
//	resp, err := c.http.Do(req)
//
// The header the constructor sets is the key the provider dedupes on. A
// body field that merely looks like a reference (TransferRequest.Reference)
// is a guess; it must not hide the header the constructor makes on every
// call, so the constructor's key comes before the bodies' and forms'.

// sendKey is the key a send attaches, as seen from decl: a key preset by a
// template call, a header set here, the key the request's local
// constructor attaches, else a key found in the body or form.
func (b *builder) sendKey(s *httpSend, decl *ast.FuncDecl) *Key {
	if s.PresetKey != nil {
		return s.PresetKey
	}
	if s.Ctor == nil || (!s.Ctor.HasKey && s.Ctor.KeyParam < 0) {
		return b.httpKey(s, decl)
	}
	headers := *s
	headers.Bodies, headers.Forms = nil, nil
	if k := b.httpKey(&headers, decl); k != nil {
		return k
	}
	return b.templateKey(s.CtorCall, s.Ctor, decl)
}
