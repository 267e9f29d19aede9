package payment

import (
	"go/ast"
	"go/types"
	"sort"
)

// SendFact is exported for a function that sends an HTTP request whose
// method, URL, request or body come (partly) from its parameters, such as
// a REST client's
//
//	func (c *Client) do(ctx context.Context, method, path string, body any) error
//
// A call of it is recognised as the send it completes:
// c.do(ctx, "POST", "/v1/payments", req) is POST /v1/payments. Rules do
// not need this fact; they see the resulting Op at the call.
type SendFact struct {
	// Method is the method when the callee fixes it; else MethodParam is
	// the parameter carrying it.
	Method      string
	MethodParam int
	// MethodField, URLPiece.Field, BodyField and HeadersField: the value
	// is that field of the parameter (a request description handed in,
	// r.Method, r.URL, r.Body; the headers copied from r.Headers), read
	// at each call from the struct literal given (sendfields.go).
	MethodField  string
	BodyField    string
	HeadersParam int
	HeadersField string
	// URL is the URL with parameter pieces; nil when the whole request
	// is a parameter (ReqParam).
	URL      []URLPiece
	ReqParam int
	// BodyParam is the parameter marshalled into the body, -1 if none.
	BodyParam int
	// FormMethodParam is the parameter a single-endpoint gateway's form
	// takes its method field from (formmethod.go), -1 if none: the call
	// site's constant says what the call does.
	FormMethodParam int
	// Key attached inside the callee: from a parameter (KeyParam), or
	// made there (HasKey, FreshKey).
	KeyParam int
	KeyInArg bool
	KeyName  string
	HasKey   bool
	FreshKey bool
	// KeyField and KeyFallback: the key is this field of the KeyParam
	// argument, or a new one per call when it is empty (keyfallback.go).
	KeyField    string
	KeyFallback bool
	// Retries: the client sending the request retries on its own.
	Retries string
}

// URLPiece is literal text, an unknown hole, or a parameter's value.
type URLPiece struct {
	Lit   string
	Hole  bool
	Param int
	Field string
}

// AFact marks SendFact as an analysis fact.
func (*SendFact) AFact() {}

func (f *SendFact) String() string { return "payment send template" }

func sendFactEqual(a, b *SendFact) bool {
	if a == nil || b == nil {
		return a == b
	}
	if len(a.URL) != len(b.URL) {
		return false
	}
	for i := range a.URL {
		if a.URL[i] != b.URL[i] {
			return false
		}
	}
	return a.Method == b.Method && a.MethodParam == b.MethodParam && a.ReqParam == b.ReqParam &&
		a.MethodField == b.MethodField && a.BodyField == b.BodyField && a.HeadersParam == b.HeadersParam && a.HeadersField == b.HeadersField &&
		a.BodyParam == b.BodyParam && a.FormMethodParam == b.FormMethodParam && a.KeyParam == b.KeyParam && a.KeyInArg == b.KeyInArg && a.KeyName == b.KeyName &&
		a.HasKey == b.HasKey && a.FreshKey == b.FreshKey && a.Retries == b.Retries &&
		a.KeyField == b.KeyField && a.KeyFallback == b.KeyFallback
}

// sendFact returns the SendFact of a called function (local fixed point
// or imported).
func (b *builder) sendFact(fn *types.Func) *SendFact {
	if fn == nil {
		return nil
	}
	if fn.Pkg() == b.pass.Pkg {
		return b.sends[fn]
	}
	if f, ok := b.importedSends[fn]; ok {
		return f
	}
	var f *SendFact
	if fn.Pkg() != nil {
		fact := new(SendFact)
		if b.pass.ImportObjectFact(fn, fact) {
			f = fact
		}
	}
	b.importedSends[fn] = f
	return f
}

// sendAt returns the HTTP send performed by a call: recognised directly,
// or expanded from the callee's SendFact.
func (b *builder) sendAt(cs callSite) *httpSend {
	if s := b.ix.recogniseHTTP(cs.Call, cs.Callee); s != nil {
		return s
	}
	if sf := b.sendFact(cs.Callee); sf != nil {
		return b.expandSend(cs, sf)
	}
	return nil
}

// expandSend completes a callee's send template with the call's arguments.
func (b *builder) expandSend(cs callSite, sf *SendFact) *httpSend {
	s := &httpSend{Call: cs.Call, Via: cs.Callee, Retries: sf.Retries}
	if sf.Retries != "" {
		s.RetriesPos = cs.Call.Pos()
	}
	if sf.ReqParam >= 0 {
		if sf.ReqParam >= len(cs.Call.Args) {
			return nil
		}
		b.ix.traceRequest(s, cs.Call.Args[sf.ReqParam], 0)
	} else if !b.ix.expandRequest(s, cs.Call.Args, sf) {
		return nil
	}
	s.PresetKey = b.templateKey(cs.Call, sf, cs.Decl)
	if s.PresetKey == nil && sf.HeadersParam >= 0 && sf.HeadersParam < len(cs.Call.Args) {
		s.PresetKey = b.fieldHeadersKey(cs.Call.Args[sf.HeadersParam], sf.HeadersField, cs.Decl) // sendfields.go
	}
	return s
}

// expandRequest fills method, URL and body from a template and the
// arguments of its call.
func (ix *index) expandRequest(s *httpSend, args []ast.Expr, sf *SendFact) bool {
	arg := func(i int) ast.Expr {
		if i >= 0 && i < len(args) {
			return args[i]
		}
		return nil
	}
	if sf.MethodParam >= 0 {
		a := ix.argField(arg(sf.MethodParam), sf.MethodField) // sendfields.go
		if a == nil {
			return false
		}
		s.setMethod(ix, a)
	} else {
		s.Method, s.MethodOK = sf.Method, true
	}
	s.URL = nil
	for _, p := range sf.URL {
		switch {
		case p.Param >= 0:
			if a := ix.argField(arg(p.Param), p.Field); a != nil {
				s.URL = append(s.URL, ix.evalString(a)...)
			} else {
				s.URL = append(s.URL, hole(nil, -1)...)
			}
		case p.Hole:
			s.URL = append(s.URL, hole(nil, -1)...)
		default:
			s.URL = append(s.URL, lit(p.Lit)...)
		}
	}
	s.URLOK = true
	if a := ix.argField(arg(sf.BodyParam), sf.BodyField); a != nil {
		s.Bodies = append(s.Bodies, a)
	}
	if a := arg(sf.FormMethodParam); a != nil {
		if _, ok := ix.stringConst(a); ok {
			s.Forms = append(s.Forms, a) // read by templateFormMethod
		}
	}
	return true
}

// templateKey: the key a template attaches, seen from its call.
func (b *builder) templateKey(call *ast.CallExpr, sf *SendFact, decl *ast.FuncDecl) *Key {
	switch {
	case sf.KeyParam >= 0:
		if sf.KeyParam < len(call.Args) && sf.KeyFallback {
			if k, ok := b.fieldKeyAtCall(call, call.Args[sf.KeyParam], sf.KeyField, sf.KeyName, true, decl); ok {
				return k // keyfallback.go
			}
		}
		if sf.KeyParam < len(call.Args) {
			return b.keyAtCall(call.Args[sf.KeyParam], sf.KeyName, sf.KeyInArg, decl)
		}
	case sf.HasKey:
		return &Key{Name: sf.KeyName, At: call, Param: -1, FreshInCallee: sf.FreshKey}
	}
	return nil
}

// requestCtor: a function of this package that builds and returns the
// request (func (c *Client) newRequest(ctx, method, path string, body
// any) (*http.Request, error)); its template, nil if none.
func (b *builder) requestCtor(fn *types.Func) *SendFact {
	if sf, ok := b.ctors[fn]; ok {
		return sf
	}
	b.ctors[fn] = nil // cut recursion
	cd := b.ix.declOf[fn]
	if cd == nil || cd.Body == nil || cd.Type.Results == nil {
		return nil
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Results().Len() == 0 || !isRequestLike(sig.Results().At(0).Type()) {
		return nil
	}
	var sf *SendFact
	firstResults(cd.Body, func(r ast.Expr) bool {
		if id, ok := unparen(r).(*ast.Ident); ok && id.Name == "nil" {
			return false
		}
		sub := &httpSend{}
		b.ix.traceRequest(sub, r, 0)
		sf = b.template(sub, cd, false)
		return sf != nil
	})
	b.ctors[fn] = sf
	return sf
}

// partialSend makes the SendFact of a send in decl that is not a
// complete payment op because its method, URL, request or body come from
// decl's parameters; nil otherwise.
func (b *builder) partialSend(s *httpSend, decl *ast.FuncDecl) *SendFact {
	return b.template(s, decl, true)
}

// template turns a send (or a request being built) in decl into a
// template over decl's parameters; with requireParams, only when
// something comes from a parameter.
func (b *builder) template(s *httpSend, decl *ast.FuncDecl, requireParams bool) *SendFact {
	if decl == nil {
		return nil
	}
	ix := b.ix
	sf := &SendFact{MethodParam: -1, ReqParam: -1, BodyParam: -1, FormMethodParam: -1, KeyParam: -1, HeadersParam: -1, Retries: s.Retries}
	fromParams := false
	if s.ReqParamVar != nil {
		ref, ok := ix.paramOf[s.ReqParamVar]
		if !ok || ref.Decl != decl {
			return nil
		}
		sf.ReqParam = ref.Index
		fromParams = true
	} else {
		switch {
		case s.MethodOK:
			sf.Method = s.Method
		case s.MethodExpr != nil && ix.paramIndexIn(s.MethodExpr, decl) >= 0:
			sf.MethodParam = ix.paramIndexIn(s.MethodExpr, decl)
			fromParams = true
		case s.MethodExpr != nil && ix.paramFieldIn(s.MethodExpr, decl) >= 0:
			sf.MethodParam, sf.MethodField = ix.paramFieldIn(s.MethodExpr, decl), fieldName(s.MethodExpr)
			fromParams = true
		default:
			return nil
		}
		if !s.URLOK {
			return nil
		}
		for _, p := range s.URL {
			switch {
			case !p.Hole:
				sf.URL = append(sf.URL, URLPiece{Lit: p.Lit, Param: -1})
			case p.Expr != nil && ix.paramIndexIn(p.Expr, decl) >= 0:
				sf.URL = append(sf.URL, URLPiece{Hole: true, Param: ix.paramIndexIn(p.Expr, decl)})
				fromParams = true
			case p.Expr != nil && ix.paramFieldIn(p.Expr, decl) >= 0:
				sf.URL = append(sf.URL, URLPiece{Hole: true, Param: ix.paramFieldIn(p.Expr, decl), Field: fieldName(p.Expr)})
				fromParams = true
			default:
				sf.URL = append(sf.URL, URLPiece{Hole: true, Param: -1})
			}
		}
		if sf.MethodParam < 0 && !b.methodCanWrite(sf.Method) && sf.Method != "GET" {
			return nil
		}
	}
	for _, body := range s.Bodies {
		if p := b.bodyParam(body, decl, 0); p >= 0 {
			sf.BodyParam = p
			fromParams = true // send(form): what is sent is the caller's
			break
		}
		if p, f := b.bodyField(body, decl); p >= 0 {
			sf.BodyParam, sf.BodyField = p, f // sendfields.go
			fromParams = true
			break
		}
	}
	if sf.MethodField != "" {
		sf.HeadersParam, sf.HeadersField = b.copiedHeaders(s, decl) // sendfields.go
	}
	if s.Method == "POST" && s.MethodOK {
		for _, e := range append(append([]ast.Expr{}, s.Forms...), s.Bodies...) {
			if p := ix.formMethodParam(e, decl); p >= 0 {
				sf.FormMethodParam = p
				fromParams = true
				break
			}
		}
	}
	k := b.sendKey(s, decl) // dispatcherkey.go
	if k == nil && s.Ctor != nil {
		k = b.templateKey(s.CtorCall, s.Ctor, decl)
	}
	if k != nil {
		sf.KeyName = k.Name
		if k.Param >= 0 {
			sf.KeyParam = k.Param
			sf.KeyInArg = k.Value == nil
			if k.Fallback {
				sf.KeyField, sf.KeyFallback = k.Field, true // keyfallback.go
			}
		} else {
			sf.HasKey = true
			sf.FreshKey = len(k.Fresh) > 0 || k.FreshInCallee
		}
	}
	if !fromParams && requireParams {
		return nil
	}
	return sf
}

func (b *builder) methodCanWrite(m string) bool {
	for _, w := range b.methods {
		if w == m {
			return true
		}
	}
	return false
}

// bodyParam: the parameter of decl a request body is made from
// (bytes.NewReader(json.Marshal(body))), -1 if none.
func (b *builder) bodyParam(e ast.Expr, decl *ast.FuncDecl, depth int) int {
	if e == nil || depth > maxEvalDepth {
		return -1
	}
	ix := b.ix
	e = stripAddr(e)
	switch x := e.(type) {
	case *ast.CallExpr:
		if tv, ok := ix.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return b.bodyParam(x.Args[0], decl, depth+1)
		}
		fn := calleeOf(ix.info, x)
		switch {
		case isFunc(fn, "bytes", "NewReader"), isFunc(fn, "bytes", "NewBuffer"), isFunc(fn, "bytes", "NewBufferString"),
			isFunc(fn, "strings", "NewReader"), isFunc(fn, "encoding/json", "Marshal"), isFunc(fn, "io", "NopCloser"):
			if len(x.Args) >= 1 {
				return b.bodyParam(x.Args[0], decl, depth+1)
			}
		case isMethod(fn, "net/url", "Values", "Encode"): // form.Encode()
			if sel, ok := unparen(x.Fun).(*ast.SelectorExpr); ok {
				return b.bodyParam(sel.X, decl, depth+1)
			}
		default:
			if arg := b.marshalledArg(x); arg != nil {
				return b.bodyParam(arg, decl, depth+1)
			}
		}
	case *ast.Ident:
		if p := ix.paramIndexIn(x, decl); p >= 0 {
			return p
		}
		v := ix.identVar(x)
		if v == nil {
			return -1
		}
		for _, enc := range ix.encodes[v] {
			if p := b.bodyParam(enc, decl, depth+1); p >= 0 {
				return p
			}
		}
		for _, a := range ix.assigns[v] {
			if p := b.bodyParam(a.RHS, decl, depth+1); p >= 0 {
				return p
			}
		}
		if isNamed(v.Type(), "net/url", "Values") {
			return b.formValueParam(v, decl, depth)
		}
	}
	return -1
}

// formValueParam: the parameter marshalled into a field of the form v
// (form.Set("biz_content", string(bizJSON)) after bizJSON, _ :=
// json.Marshal(biz)), -1 if none. A parameter set as a field as it is
// (the gateway method, an amount, a key) is not the body: the form is
// built here, and the key search reads those fields in place.
func (b *builder) formValueParam(v *types.Var, decl *ast.FuncDecl, depth int) int {
	ix := b.ix
	marshalled := func(e ast.Expr) int {
		if ix.paramIndexIn(e, decl) >= 0 {
			return -1
		}
		return b.bodyParam(e, decl, depth+1)
	}
	for _, c := range ix.recvCalls[v] {
		fn := calleeOf(ix.info, c)
		if (isMethod(fn, "net/url", "Values", "Set") || isMethod(fn, "net/url", "Values", "Add")) && len(c.Args) == 2 {
			if p := marshalled(c.Args[1]); p >= 0 {
				return p
			}
		}
	}
	for _, a := range ix.assigns[v] {
		cl, ok := stripAddr(a.RHS).(*ast.CompositeLit)
		if !ok {
			continue
		}
		for _, el := range cl.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if p := marshalled(firstElem(kv.Value)); p >= 0 {
					return p
				}
			}
		}
	}
	return -1
}

// computeSends finds, to a fixed point, the send templates of the
// package's functions, and exports them.
func (b *builder) computeSends() {
	byDecl := map[*ast.FuncDecl][]callSite{}
	for _, cs := range b.ix.calls {
		if cs.Decl == nil || cs.Callee == nil {
			continue
		}
		switch p := funcPath(cs.Callee); {
		case p == "net/http", p == restyPath, p == rhttpPath, cs.Callee.Pkg() == b.pass.Pkg, b.sendFact(cs.Callee) != nil:
			byDecl[cs.Decl] = append(byDecl[cs.Decl], cs)
		}
	}
	var decls []*ast.FuncDecl
	for d := range byDecl {
		decls = append(decls, d)
	}
	sort.Slice(decls, func(i, j int) bool { return decls[i].Pos() < decls[j].Pos() })
	atSend := map[*types.Func]*httpSend{}
	for iter := 0; iter < 8; iter++ {
		changed := false
		for _, d := range decls {
			fn, _ := b.ix.info.Defs[d.Name].(*types.Func)
			if fn == nil {
				continue
			}
			var sf *SendFact
			var at *ast.CallExpr
			for _, cs := range byDecl[d] {
				if cs.Callee == fn {
					continue
				}
				s := b.sendAt(cs)
				if s == nil || b.httpOp(s, d) != nil {
					continue
				}
				if sf = b.partialSend(s, d); sf != nil {
					at, atSend[fn] = cs.Call, s
					break
				}
			}
			if at != nil {
				b.info.TemplateSends[fn] = at
			} else {
				delete(b.info.TemplateSends, fn)
				delete(atSend, fn)
			}
			if !sendFactEqual(sf, b.sends[fn]) {
				changed = true
				if sf == nil {
					delete(b.sends, fn)
				} else {
					b.sends[fn] = sf
				}
			}
		}
		if !changed {
			break
		}
	}
	for fn, sf := range b.sends {
		b.pass.ExportObjectFact(fn, sf)
		if s := atSend[fn]; s != nil && sf.FreshKey {
			if k := b.sendKey(s, b.ix.declOf[fn]); k != nil {
				if b.info.TemplateKeys == nil {
					b.info.TemplateKeys = map[*types.Func]*Key{}
				}
				b.info.TemplateKeys[fn] = k
			}
		}
	}
	b.dispatchedOps() // dispatcherops.go
}
