package payment

import (
	"go/ast"
	"go/types"
	"strings"
)

// Known idempotency key headers (case-insensitive). X-Request-Id is a
// tracing id, not an idempotency key.
var keyHeaders = []string{"Idempotency-Key", "X-Idempotency-Key", "Idempotence-Key", "PayPal-Request-Id"}

// Known idempotency body fields (JSON keys / struct tags), compared
// case-insensitively.
var keyFields = []string{"idempotency_key", "idempotencyKey", "requestId", "request_id"}

// namesIdempotency: a provider's own header or field for the key
// (Cko-Idempotency-Key, X-Razorpay-Idempotency, idempotency_token).
func namesIdempotency(name string) bool {
	return strings.Contains(strings.ToLower(name), "idempoten")
}

func (b *builder) isKeyHeader(name string) bool {
	if namesIdempotency(name) {
		return true
	}
	for _, h := range keyHeaders {
		if strings.EqualFold(h, name) {
			return true
		}
	}
	for _, h := range b.extraHeaders {
		if strings.EqualFold(h, name) {
			return true
		}
	}
	return b.refHeaderMatch(name) || b.headerMatch(name) // refheader.go, refvalue.go
}

func (b *builder) isKeyField(name string) bool {
	if namesIdempotency(name) {
		return true
	}
	for _, f := range keyFields {
		if strings.EqualFold(f, name) {
			return true
		}
	}
	for _, f := range b.extraFields {
		if strings.EqualFold(f, name) {
			return true
		}
	}
	return b.refNamedOn() && refNamedField(name) || b.fieldMatch(name) // refname.go, refvalue.go
}

// httpKey finds the idempotency key attached to a request: a header set
// on the request (or the resty chain), or a key field in the body; a
// field the provider dedupes on (realkeys.go) when there is no other.
func (b *builder) httpKey(s *httpSend, decl *ast.FuncDecl) *Key {
	if k := b.momoKey(s, decl); k != nil { // momokey.go: MoMo's X-Reference-Id
		return k
	}
	if k := b.headerKeyedRef(b.xenditRef(s, b.withReferences(func() *Key { return b.httpKeyOf(s, decl) })), decl); k != nil { // refkey.go, xenditref.go
		return k
	}
	if k := b.refNamedKey(func() *Key { return b.httpKeyOf(s, decl) }, decl); k != nil { // refname.go
		return k
	}
	if k := b.overriddenHeaderKey(s, decl); k != nil { // overridekey.go
		return k
	}
	if k := b.refHeaderKey(s, decl); k != nil { // refheader.go
		return k
	}
	if k := b.i18HTTPKey(s, decl); k != nil { // refvalue.go
		return k
	}
	return b.langTransferHeaderKey(s, decl) // uniqueheader.go
}

func (b *builder) httpKeyOf(s *httpSend, decl *ast.FuncDecl) *Key {
	ix := b.ix
	for _, v := range s.ReqVars {
		for _, c := range ix.recvCalls[v] {
			if k := b.headerSetCall(c, decl); k != nil {
				return k
			}
		}
		for _, c := range ix.argCalls[v] {
			if k := b.configuredKeyCall(c, v, decl); k != nil {
				return k
			}
			if k := b.keySetterCall(c, v, decl); k != nil {
				return k
			}
		}
		for _, as := range ix.fieldAssigns[v] {
			if k := b.headerAssign(as, decl); k != nil {
				return k
			}
		}
	}
	for _, c := range s.HeaderCalls {
		if k := b.headerSetCall(c, decl); k != nil {
			return k
		}
	}
	for _, h := range s.Headers {
		if k := b.headerValue(h, decl, 0); k != nil {
			return k
		}
	}
	for _, body := range s.Bodies {
		if k := b.bodyKey(body, decl, 0); k != nil {
			return k
		}
	}
	for _, f := range s.Forms {
		if k := b.formKey(f, decl, 0); k != nil {
			return k
		}
	}
	return nil
}

// configuredKeyCall: a call of a function configured with kind
// "idempotency" that takes the request: its string argument is the key.
func (b *builder) configuredKeyCall(c *ast.CallExpr, req *types.Var, decl *ast.FuncDecl) *Key {
	if len(b.idemFuncs) == 0 {
		return nil
	}
	fn := calleeOf(b.ix.info, c)
	if fn == nil {
		return nil
	}
	for _, e := range b.idemFuncs {
		if !e.matches(fn) {
			continue
		}
		for _, a := range c.Args {
			if b.ix.rootVar(a) == req {
				continue
			}
			if t := b.ix.info.TypeOf(a); t != nil {
				if basic, ok := t.Underlying().(*types.Basic); ok && basic.Info()&types.IsString != 0 {
					return b.newKey(e.Desc, c, a, decl)
				}
			}
		}
		return &Key{Name: e.Desc, At: c, Param: -1}
	}
	return nil
}

// keySetter: a function of this package that attaches a key to the
// request (or header) passed as its parameter ReqParam:
// func setHeaders(req *http.Request, key string) { req.Header.Set("Idempotency-Key", key) }.
type keySetter struct {
	ReqParam   int
	Name       string
	ValueParam int // parameter the value derives from, -1 if made inside
	Fresh      bool
}

func (b *builder) keySettersOf(fn *types.Func) []keySetter {
	if ks, ok := b.setters[fn]; ok {
		return ks
	}
	// A helper reached again while its own setters are being worked out
	// is cut: within one pass by the nil entry below, and across passes
	// by settersBusy, since refHeaderKey and i18HTTPKey start each pass
	// with setters set aside. Without it, helpers passing the request to
	// each other (a retry by recursion: send -> retryAfter -> send, as
	// maunium.net/go/mautrix's client does) were walked anew in every
	// pass nested in the last, without end.
	if b.settersBusy[fn] {
		return nil
	}
	// Each pass a helper's key search starts walks its own helpers again
	// (the memo is per pass), so a chain of helpers each handing the
	// request to the next costs three times more per link: twelve took a
	// minute. Past maxSetterDepth links the helper is taken to attach a
	// key the model cannot see (a Key with no value, KeyHidden), so the
	// rules stay silent rather than call the request keyless.
	if len(b.settersBusy) >= maxSetterDepth {
		return b.unseenSetters(fn)
	}
	if b.settersBusy == nil {
		b.settersBusy = map[*types.Func]bool{}
	}
	b.settersBusy[fn] = true
	defer delete(b.settersBusy, fn)
	b.setters[fn] = nil // cut recursion
	cd := b.ix.declOf[fn]
	if cd == nil || cd.Body == nil {
		return nil
	}
	var out []keySetter
	for _, f := range cd.Type.Params.List {
		for _, name := range f.Names {
			v, ok := b.ix.info.Defs[name].(*types.Var)
			if !ok || !isRequestLike(v.Type()) {
				continue
			}
			if ks, ok := b.keySetterFor(v, cd); ok {
				out = append(out, ks)
			}
		}
	}
	b.setters[fn] = out
	return out
}

// maxSetterDepth bounds the chain of local key setters followed from one
// send (keySettersOf); real clients nest two or three.
const maxSetterDepth = 8

// unseenSetters: fn may attach a key of unknown value to each of its
// request parameters. Not remembered: a shallower search follows fn.
func (b *builder) unseenSetters(fn *types.Func) []keySetter {
	cd := b.ix.declOf[fn]
	if cd == nil || cd.Body == nil {
		return nil
	}
	var out []keySetter
	for _, f := range cd.Type.Params.List {
		for _, name := range f.Names {
			if v, ok := b.ix.info.Defs[name].(*types.Var); ok && isRequestLike(v.Type()) {
				out = append(out, keySetter{ReqParam: b.ix.paramOf[v].Index, Name: "a key set too deep to follow", ValueParam: -1})
			}
		}
	}
	return out
}

func (b *builder) keySetterFor(v *types.Var, cd *ast.FuncDecl) (keySetter, bool) {
	ref := b.ix.paramOf[v]
	k := b.httpKey(&httpSend{ReqVars: []*types.Var{v}}, cd)
	if k == nil {
		return keySetter{}, false
	}
	ks := keySetter{ReqParam: ref.Index, Name: k.Name, ValueParam: -1, Fresh: len(k.Fresh) > 0 || k.FreshInCallee}
	if k.Param != ref.Index {
		ks.ValueParam = k.Param
	}
	return ks, true
}

// isRequestLike: *http.Request, *retryablehttp.Request, *resty.Request, http.Header.
func isRequestLike(t types.Type) bool {
	return isNamed(t, "net/http", "Request") || isNamed(t, rhttpPath, "Request") ||
		isNamed(t, restyPath, "Request") || isNamed(t, "net/http", "Header")
}

// keySetterCall: c passes the request v to a local key setter.
func (b *builder) keySetterCall(c *ast.CallExpr, v *types.Var, decl *ast.FuncDecl) *Key {
	fn := calleeOf(b.ix.info, c)
	if fn == nil || fn.Pkg() != b.pass.Pkg {
		return nil
	}
	for _, ks := range b.keySettersOf(fn) {
		if ks.ReqParam >= len(c.Args) || b.ix.rootVar(c.Args[ks.ReqParam]) != v {
			continue
		}
		return b.keyFromCallee(c, ks.Name, ks.ValueParam, ks.Fresh, decl)
	}
	return nil
}

// keyFromCallee builds the key a local helper attaches: its value comes
// from argument valueParam, or is made inside (fresh or not).
func (b *builder) keyFromCallee(c *ast.CallExpr, name string, valueParam int, fresh bool, decl *ast.FuncDecl) *Key {
	if valueParam >= 0 && valueParam < len(c.Args) {
		return b.keyAtCall(c.Args[valueParam], name, false, decl)
	}
	return &Key{Name: name, At: c, Param: -1, FreshInCallee: fresh}
}

// fromLocalReturn: a header map or http.Header returned by a function of
// this package (req.Header = c.headers(key); SetHeaders(c.headers(key))).
func (b *builder) fromLocalReturn(call *ast.CallExpr, decl *ast.FuncDecl, depth int, find func(ret ast.Expr, cd *ast.FuncDecl, depth int) *Key) *Key {
	fn := calleeOf(b.ix.info, call)
	cd := b.ix.declOf[fn]
	if cd == nil || cd.Body == nil || depth > 4 {
		return nil
	}
	var found *Key
	firstResults(cd.Body, func(r ast.Expr) bool {
		found = find(r, cd, depth+1)
		return found != nil
	})
	if found == nil {
		return nil
	}
	return b.keyFromCallee(call, found.Name, found.Param, len(found.Fresh) > 0 || found.FreshInCallee, decl)
}
