package payment

import (
	"go/ast"
	"go/types"
	"strings"
)

// ---- a transfer's dedupe header known by the value it carries ------------------
//
// A bank that dedupes transfers names the header in its own words
// (X-Folio-Operacion, X-Numero-Operacion, X-Auftragsnummer): no spelling
// of idempotency, reference or trace that keys.go, refheader.go or
// refvalue.go read. What makes it the key is what the client puts
// there: a unique value per operation, a uuid (ulid, ksuid, xid, random
// bytes) made for it, or one the caller hands in. So, for a write whose
// body moves money to an account in another language (moneybody_lang.go:
// the writes no other rule keys by name), the first header of the
// request that is neither a protocol, credential nor tracing header and
// whose value is such a value is its key, judged as any key is: made in
// the request builder on every attempt it is a key made per attempt;
// made once before the retry and passed in, the same key on every
// attempt. A constant, a clock reading alone or a value of the served
// request is no key.

// plainHeaderWords: a header with one of these words in its name is a
// protocol, credential, signing or tracing header, never a dedupe key.
var plainHeaderWords = map[string]bool{
	"content": true, "accept": true, "authorization": true, "agent": true, "cache": true,
	"cookie": true, "host": true, "origin": true, "referer": true, "date": true,
	"timestamp": true, "nonce": true, "signature": true, "sign": true, "key": true,
	"token": true, "auth": true, "api": true, "version": true, "session": true,
	"trace": true, "traceparent": true, "tracestate": true, "span": true, "b3": true,
	"correlation": true, "forwarded": true, "request": true, "language": true, "lang": true,
}

// langTransferHeaderKey: the key of a send whose body is a transfer in
// another language (see above), nil if none.
func (b *builder) langTransferHeaderKey(s *httpSend, decl *ast.FuncDecl) *Key {
	if decl == nil || decl.Body == nil || !b.methodCanWrite(strings.ToUpper(s.Method)) || !langMoneyBody(b.sendFields(s)) {
		return nil
	}
	saved, savedS := b.extraHeaders, b.setters
	defer func() { b.extraHeaders, b.setters = saved, savedS }()
	b.setters = map[*types.Func][]keySetter{}
	for _, name := range b.headerNames(s) {
		if plainHeader(name) {
			continue
		}
		b.extraHeaders = append(append([]string(nil), saved...), name)
		k := b.httpKeyOf(s, decl)
		if k != nil && strings.EqualFold(k.Name, name) && b.uniqueKeyValue(k, decl) {
			return k
		}
	}
	return nil
}

// headerNames lists the constant names of the headers set on the send's
// request (Header.Set/Add, resty SetHeader), in source order.
func (b *builder) headerNames(s *httpSend) []string {
	var names []string
	add := func(c *ast.CallExpr) {
		fn := calleeOf(b.ix.info, c)
		if fn == nil || len(c.Args) != 2 {
			return
		}
		if !isMethod(fn, "net/http", "Header", "Set") && !isMethod(fn, "net/http", "Header", "Add") &&
			!isMethod(fn, restyPath, "Request", "SetHeader") {
			return
		}
		if name, ok := b.ix.stringConst(c.Args[0]); ok {
			names = append(names, name)
		}
	}
	for _, v := range s.ReqVars {
		for _, c := range b.ix.recvCalls[v] {
			add(c)
		}
	}
	for _, c := range s.HeaderCalls {
		add(c)
	}
	return names
}

// plainHeader: a protocol, credential, signing or tracing header.
func plainHeader(name string) bool {
	for _, w := range nameWords(name) {
		if plainHeaderWords[w] || configTokens[w] {
			return true
		}
	}
	return false
}

// uniqueKeyValue: k's value is made by a unique-value call (not the
// clock alone), inside the function called or on the way, or is handed
// in by the caller (a parameter other than the served request).
func (b *builder) uniqueKeyValue(k *Key, decl *ast.FuncDecl) bool {
	if k.Value == nil || b.constantValue(k.Value) {
		return false
	}
	if k.FreshInCallee {
		return true
	}
	for _, n := range k.Fresh {
		if c, ok := n.(*ast.CallExpr); ok && !isFunc(calleeOf(b.ix.info, c), "time", "Now") {
			return true
		}
	}
	return len(k.Fresh) == 0 && k.Param >= 0 && !servedRequestParam(decl, k.Param, b.ix.info)
}
