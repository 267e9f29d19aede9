package payment

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
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
	return false
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
	return false
}

// httpKey finds the idempotency key attached to a request: a header set
// on the request (or the resty chain), or a key field in the body; a
// field the provider dedupes on (realkeys.go) when there is no other.
func (b *builder) httpKey(s *httpSend, decl *ast.FuncDecl) *Key {
	return b.withReferences(func() *Key { return b.httpKeyOf(s, decl) })
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

// formKey: url.Values{"idempotency_key": {k}} or form.Set(...).
func (b *builder) formKey(e ast.Expr, decl *ast.FuncDecl, depth int) *Key {
	return b.mapKey(e, decl, b.isKeyField, depth)
}

// bodyKey finds a key field in a request body: readers over marshalled
// bytes, json.Marshal(v), structs with a tagged key field, maps.
func (b *builder) bodyKey(e ast.Expr, decl *ast.FuncDecl, depth int) *Key {
	if e == nil || depth > maxEvalDepth {
		return nil
	}
	ix := b.ix
	e = unparen(e)
	switch x := e.(type) {
	case *ast.CallExpr:
		if tv, ok := ix.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return b.bodyKey(x.Args[0], decl, depth+1)
		}
		fn := calleeOf(ix.info, x)
		switch {
		case fn == nil:
			return nil
		case isFunc(fn, "bytes", "NewReader"), isFunc(fn, "bytes", "NewBuffer"), isFunc(fn, "bytes", "NewBufferString"),
			isFunc(fn, "strings", "NewReader"), isFunc(fn, "io", "NopCloser"):
			if len(x.Args) == 1 {
				return b.bodyKey(x.Args[0], decl, depth+1)
			}
		case isFunc(fn, "encoding/json", "Marshal"), isFunc(fn, "encoding/json", "MarshalIndent"):
			if len(x.Args) >= 1 {
				return b.valueKey(x.Args[0], decl, depth+1)
			}
		case isMethod(fn, "net/url", "Values", "Encode"):
			if sel, ok := unparen(x.Fun).(*ast.SelectorExpr); ok {
				return b.formKey(sel.X, decl, depth+1)
			}
		default:
			if arg := b.marshalledArg(x); arg != nil {
				return b.bodyKey(arg, decl, depth+1)
			}
		}
		return nil
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			if k := b.valueKey(x, decl, depth+1); k != nil {
				return k
			}
			return b.bodyKey(x.X, decl, depth+1)
		}
	case *ast.Ident:
		v := ix.identVar(x)
		if v == nil {
			return nil
		}
		if k := b.valueKey(x, decl, depth+1); k != nil {
			return k
		}
		for _, enc := range ix.encodes[v] {
			if k := b.valueKey(enc, decl, depth+1); k != nil {
				return k
			}
		}
		for _, a := range ix.assigns[v] {
			if k := b.bodyKey(a.RHS, decl, depth+1); k != nil {
				return k
			}
		}
		return nil
	case *ast.CompositeLit:
		return b.valueKey(x, decl, depth+1)
	}
	return nil
}

// marshalledArg: for a call of a function of this package that returns
// its argument marshalled (func mustJSON(v any) []byte), the argument.
func (b *builder) marshalledArg(call *ast.CallExpr) ast.Expr {
	fn := calleeOf(b.ix.info, call)
	cd := b.ix.declOf[fn]
	if cd == nil || cd.Body == nil {
		return nil
	}
	p, ok := b.marshals[fn]
	if !ok {
		p = -1
		b.marshals[fn] = -1 // cut recursion
		firstResults(cd.Body, func(r ast.Expr) bool {
			p = b.bodyParam(r, cd, 0)
			return p >= 0
		})
		b.marshals[fn] = p
	}
	if p < 0 || p >= len(call.Args) {
		return nil
	}
	return call.Args[p]
}

// valueKey: a Go value that is marshalled as the body: a struct with a
// key field (by JSON tag or name) or a map with a key entry. At depth 0
// (a wrapper's argument, keyFromArg) it is a search of its own.
func (b *builder) valueKey(e ast.Expr, decl *ast.FuncDecl, depth int) *Key {
	if depth == 0 {
		return b.withReferences(func() *Key { return b.valueKeyOf(e, decl, 0) })
	}
	return b.valueKeyOf(e, decl, depth)
}

func (b *builder) valueKeyOf(e ast.Expr, decl *ast.FuncDecl, depth int) *Key {
	if e == nil || depth > maxEvalDepth {
		return nil
	}
	ix := b.ix
	t := ix.info.TypeOf(e)
	if t == nil {
		return nil
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	switch u := t.Underlying().(type) {
	case *types.Map:
		if k := b.mapKey(e, decl, b.isKeyField, depth); k != nil {
			return k
		}
		return b.nestedKey(e, t, decl, depth)
	case *types.Struct:
		field, name := b.keyField(u)
		if field == nil {
			return b.nestedKey(e, t, decl, depth)
		}
		return b.structKey(e, field, name, decl, depth)
	}
	return nil
}

// keyField returns the struct field that carries an idempotency key.
func (b *builder) keyField(st *types.Struct) (*types.Var, string) {
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		name := jsonName(f.Name(), st.Tag(i))
		if name == "-" {
			continue
		}
		if b.isKeyField(name) {
			return f, name
		}
	}
	return nil, ""
}

func jsonName(field, tag string) string {
	for _, key := range []string{"json", "form", "url"} {
		if v, ok := reflect.StructTag(tag).Lookup(key); ok {
			if n := strings.Split(v, ",")[0]; n != "" {
				return n
			}
		}
	}
	return field
}

// structKey finds the value given to field in the struct expression e.
// A keyed literal without the field carries no key; a value whose
// construction is not visible carries an unknown key (Value nil).
func (b *builder) structKey(e ast.Expr, field *types.Var, name string, decl *ast.FuncDecl, depth int) *Key {
	ix := b.ix
	e = stripAddr(e)
	switch x := e.(type) {
	case *ast.CompositeLit:
		for i, el := range x.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && ix.info.Uses[id] == field {
					return b.newKey(name, kv, kv.Value, decl)
				}
				continue
			}
			if t := ix.info.TypeOf(x); t == nil {
				continue
			} else if st, ok := t.Underlying().(*types.Struct); ok && i < st.NumFields() && st.Field(i) == field {
				return b.newKey(name, el, el, decl)
			}
		}
		return nil
	case *ast.Ident:
		v := ix.identVar(x)
		if v == nil {
			return nil
		}
		for _, as := range ix.fieldAssigns[v] {
			for i, lhs := range as.Lhs {
				sel, ok := unparen(lhs).(*ast.SelectorExpr)
				if ok && ix.info.Uses[sel.Sel] == field && i < len(as.Rhs) {
					return b.newKey(name, as, as.Rhs[i], decl)
				}
			}
		}
		if ref, ok := ix.paramOf[v]; ok {
			k := &Key{Name: name, At: x, Param: -1}
			if ref.Decl == decl && decl != nil {
				k.Param = ref.Index
			}
			return k
		}
		as := ix.assigns[v]
		for _, a := range as {
			if a.Index < 0 {
				if k := b.structKey(a.RHS, field, name, decl, depth+1); k != nil {
					return k
				}
			}
		}
		if len(as) == 0 {
			return nil // var v T: zero value
		}
		for _, a := range as {
			if _, lit := unparen(a.RHS).(*ast.CompositeLit); !lit {
				return &Key{Name: name, At: x, Param: -1}
			}
		}
		return nil
	}
	return &Key{Name: name, At: e, Param: -1}
}

// newKey builds a Key and traces where its value comes from.
func (b *builder) newKey(name string, at ast.Node, value ast.Expr, decl *ast.FuncDecl) *Key {
	k := &Key{Name: name, At: at, Value: value, Param: -1}
	if value != nil {
		k.Fresh, k.Param = b.traceFresh(value, decl)
	}
	return k
}

// traceFresh follows a key value through local variables, conversions,
// fmt.Sprint*, concatenation and method calls to the calls that make a
// new unique value each time they run, and to the parameter of decl it
// derives from (-1 if none).
func (b *builder) traceFresh(e ast.Expr, decl *ast.FuncDecl) ([]ast.Node, int) {
	t := &freshTracer{b: b, decl: decl, param: -1, seen: map[*types.Var]bool{}}
	t.walk(e, 0)
	return t.fresh, t.param
}

type freshTracer struct {
	b     *builder
	decl  *ast.FuncDecl
	fresh []ast.Node
	param int
	seen  map[*types.Var]bool
	steps int
}

func (t *freshTracer) walk(e ast.Expr, depth int) {
	t.steps++
	if e == nil || depth > 16 || t.steps > 400 {
		return
	}
	ix := t.b.ix
	switch x := unparen(e).(type) {
	case *ast.BasicLit, *ast.FuncLit:
	case *ast.Ident:
		v := ix.identVar(x)
		if v == nil || t.seen[v] {
			return
		}
		t.seen[v] = true
		if ref, ok := ix.paramOf[v]; ok {
			if ref.Decl != nil && ref.Decl == t.decl && t.param < 0 {
				t.param = ref.Index
			}
			return
		}
		if v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
			return // package-level: made once
		}
		for _, a := range ix.assigns[v] {
			t.walk(a.RHS, depth+1)
		}
		for _, c := range ix.argCalls[v] {
			if t.b.isFreshFill(c) {
				t.fresh = append(t.fresh, c)
			}
		}
	case *ast.CallExpr:
		if tv, ok := ix.info.Types[x.Fun]; ok && tv.IsType() {
			for _, a := range x.Args {
				t.walk(a, depth+1)
			}
			return
		}
		fn := calleeOf(ix.info, x)
		if t.b.isFreshCall(fn) {
			t.fresh = append(t.fresh, x)
			return
		}
		if t.b.freshFunc(fn) {
			t.fresh = append(t.fresh, x)
			return
		}
		if sel, ok := unparen(x.Fun).(*ast.SelectorExpr); ok {
			if s, ok := ix.info.Selections[sel]; ok && s.Kind() == types.MethodVal {
				t.walk(sel.X, depth+1)
			}
		}
		for _, a := range x.Args {
			t.walk(a, depth+1)
		}
	case *ast.SelectorExpr:
		if _, ok := ix.info.Uses[x.Sel].(*types.Var); ok {
			t.walk(x.X, depth+1)
		}
	case *ast.BinaryExpr:
		t.walk(x.X, depth+1)
		t.walk(x.Y, depth+1)
	case *ast.UnaryExpr:
		t.walk(x.X, depth+1)
	case *ast.StarExpr:
		t.walk(x.X, depth+1)
	case *ast.IndexExpr:
		t.walk(x.X, depth+1)
	case *ast.SliceExpr:
		t.walk(x.X, depth+1)
	case *ast.CompositeLit:
		for _, el := range x.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				el = kv.Value
			}
			t.walk(el, depth+1)
		}
	case *ast.TypeAssertExpr:
		t.walk(x.X, depth+1)
	}
}

var (
	ulidPath   = lazyRE(`^github\.com/oklog/ulid(/v[0-9]+)?$`)
	uuidOther  = lazyRE(`^github\.com/(gofrs|satori)/uuid(/v[0-9]+)?$`)
	stripeRoot = lazyRE(`^github\.com/stripe/stripe-go(/v[0-9]+)?$`)
)

// isFreshCall: fn makes a new unique value each time it runs.
func (b *builder) isFreshCall(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	path, name := funcPath(fn), fn.Name()
	switch {
	case path == "github.com/google/uuid":
		switch name {
		case "New", "NewString", "NewRandom", "NewUUID", "NewV6", "NewV7", "NewRandomFromReader", "NewV7FromReader":
			return true
		}
	case uuidOther.MatchString(path):
		return strings.HasPrefix(name, "NewV") || name == "New"
	case ulidPath.MatchString(path):
		return name == "Make" || name == "New" || name == "MustNew"
	case path == "github.com/segmentio/ksuid":
		return name == "New" || name == "NewRandom" || name == "NewRandomWithTime"
	case path == "github.com/rs/xid":
		return name == "New" || name == "NewWithTime"
	case path == "crypto/rand":
		return name == "Read" || name == "Text" || name == "Int" || name == "Prime"
	case path == "math/rand" || path == "math/rand/v2":
		return !strings.HasPrefix(name, "New") && name != "Seed"
	case path == "time":
		return name == "Now" && !hasRecv(fn)
	case stripeRoot.MatchString(path), gocardlessSDK.Pkgs.MatchString(path):
		return name == "NewIdempotencyKey" // both SDKs' own random key makers
	}
	return false
}

// isFreshFill: a call that fills its argument with random bytes:
// crypto/rand.Read(buf), io.ReadFull(rand.Reader, buf).
func (b *builder) isFreshFill(c *ast.CallExpr) bool {
	fn := calleeOf(b.ix.info, c)
	switch {
	case fn == nil:
		return false
	case isFunc(fn, "crypto/rand", "Read"), isFunc(fn, "math/rand", "Read"):
		return true
	case isFunc(fn, "io", "ReadFull") && len(c.Args) == 2:
		if sel, ok := unparen(c.Args[0]).(*ast.SelectorExpr); ok {
			if v, ok := b.ix.info.Uses[sel.Sel].(*types.Var); ok && v.Pkg() != nil && v.Pkg().Path() == "crypto/rand" {
				return true
			}
		}
	case isMethod(fn, "math/rand", "Rand", "Read"):
		return true
	}
	return false
}

// FreshFact is exported for a function whose result is a new unique value
// on every call (func NewKey() string { return uuid.NewString() }), so
// that a key made by calling it in another package is known to be fresh.
type FreshFact struct{}

// AFact marks FreshFact as an analysis fact.
func (*FreshFact) AFact() {}

func (*FreshFact) String() string { return "returns a fresh unique value" }

// freshFunc: a function of this package returning a fresh value, or one
// of another package with a FreshFact.
func (b *builder) freshFunc(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	if fn.Pkg() == b.pass.Pkg {
		return b.returnsFresh(fn)
	}
	if r, ok := b.freshImported[fn]; ok {
		return r
	}
	r := b.pass.ImportObjectFact(fn, new(FreshFact))
	b.freshImported[fn] = r
	return r
}

// exportFresh exports a FreshFact for every function of the package that
// returns a fresh value.
func (b *builder) exportFresh() {
	for fn, d := range b.ix.declOf {
		if d.Type.Results == nil || len(d.Type.Results.List) == 0 {
			continue
		}
		if b.returnsFresh(fn) {
			b.pass.ExportObjectFact(fn, new(FreshFact))
		}
	}
}

// returnsFresh: a function of this package whose results derive from a
// fresh value made inside it (func newKey() string { return uuid.NewString() }).
func (b *builder) returnsFresh(fn *types.Func) bool {
	if r, ok := b.freshFuncs[fn]; ok {
		return r
	}
	b.freshFuncs[fn] = false // cut recursion
	decl := b.ix.declOf[fn]
	if decl == nil || decl.Body == nil {
		return false
	}
	res := false
	firstResults(decl.Body, func(r ast.Expr) bool {
		f, _ := b.traceFresh(r, decl)
		res = len(f) > 0
		return res
	})
	b.freshFuncs[fn] = res
	return res
}
