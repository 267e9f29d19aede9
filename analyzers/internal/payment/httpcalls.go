package payment

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

const (
	restyPath = "github.com/go-resty/resty/v2"
	rhttpPath = "github.com/hashicorp/go-retryablehttp"
	rhttpDesc = "retryablehttp.Client"
)

// httpSend is an HTTP request being sent, as far as it is known.
type httpSend struct {
	Call     *ast.CallExpr
	Method   string
	MethodOK bool
	URL      strval
	URLOK    bool
	// BaseURL is the base URL of the resty client sending a relative
	// URL (SetBaseURL), nil when not known (restybase.go).
	BaseURL strval
	// ReqVars are the request variables whose headers apply
	// (req, and the request it was cloned from).
	ReqVars []*types.Var
	// HeaderCalls are resty SetHeader/SetHeaders calls on the chain.
	HeaderCalls []*ast.CallExpr
	// Bodies are request body expressions (NewRequest's body, resty
	// SetBody, http.Post's body).
	Bodies []ast.Expr
	// Forms are url.Values sent as a form body (PostForm).
	Forms []ast.Expr
	// Header is an explicit header expression (&http.Request{Header: h}).
	Headers []ast.Expr

	Retries    string
	RetriesPos token.Pos

	// MethodExpr is the method argument, when the method is not a
	// literal of the call (NewRequest(method, …), Execute(method, …)).
	MethodExpr ast.Expr
	// ReqParamVar: the request sent is this parameter variable.
	ReqParamVar *types.Var
	// PresetKey is the key known from a template call (SendFact).
	PresetKey *Key
	// Via is the function whose SendFact this send was expanded from.
	Via *types.Func
	// PathParams are resty path parameters: "{id}" in the URL.
	PathParams map[string]ast.Expr
	// Ctor is the template of the local function that built the request
	// (CtorCall), whose key, if it attaches one, applies.
	Ctor     *SendFact
	CtorCall *ast.CallExpr
}

func (s *httpSend) pathParam(name string, v ast.Expr) {
	if s.PathParams == nil {
		s.PathParams = map[string]ast.Expr{}
	}
	if _, ok := s.PathParams[name]; !ok {
		s.PathParams[name] = v
	}
}

// substPathParams turns "{name}" in literal URL text into holes filled by
// the resty path parameter of that name (unknown when not set).
func (s *httpSend) substPathParams(ix *index) {
	var out strval
	for _, p := range s.URL {
		if p.Hole || !strings.Contains(p.Lit, "{") {
			out = append(out, p)
			continue
		}
		rest := p.Lit
		for {
			i := strings.Index(rest, "{")
			j := strings.Index(rest, "}")
			if i < 0 || j < i {
				break
			}
			if i > 0 {
				out = append(out, lit(rest[:i])...)
			}
			e := s.PathParams[rest[i+1:j]]
			out = append(out, hole(e, ix.paramIndex(e))...)
			rest = rest[j+1:]
		}
		if rest != "" {
			out = append(out, lit(rest)...)
		}
	}
	s.URL = out
}

// recogniseHTTP returns the request sent by call, or nil when call does
// not send an HTTP request of a known library.
func (ix *index) recogniseHTTP(call *ast.CallExpr, fn *types.Func) *httpSend {
	if fn == nil {
		return nil
	}
	switch funcPath(fn) {
	case "net/http", rhttpPath:
		return ix.clientSend(call, fn)
	case restyPath:
		return ix.resty(call, fn)
	}
	if isDoerMethod(fn) && len(call.Args) == 1 {
		// An HTTP client behind an interface (type Doer interface {
		// Do(*http.Request) (*http.Response, error) }): the request is
		// what is sent.
		s := &httpSend{Call: call}
		ix.traceRequest(s, call.Args[0], 0)
		return s
	}
	return nil
}

// isDoerMethod: an interface method Do(*http.Request) (*http.Response, error).
func isDoerMethod(fn *types.Func) bool {
	if fn.Name() != "Do" {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || sig.Params().Len() != 1 || sig.Results().Len() != 2 {
		return false
	}
	if _, isIface := sig.Recv().Type().Underlying().(*types.Interface); !isIface {
		return false
	}
	return isNamed(sig.Params().At(0).Type(), "net/http", "Request") &&
		isNamed(sig.Results().At(0).Type(), "net/http", "Response") && isErrorType(sig.Results().At(1).Type())
}

// clientSend: net/http and retryablehttp sends: (*Client).Do/Get/Post/
// PostForm and the package-level Get/Post/PostForm. A retryablehttp
// client retries every request on its own.
func (ix *index) clientSend(call *ast.CallExpr, fn *types.Func) *httpSend {
	recv := recvTypeName(fn)
	if recv != "" && recv != "Client" {
		return nil
	}
	s := &httpSend{Call: call}
	args := call.Args
	if fn.Name() == "Do" {
		if recv != "Client" || len(args) != 1 {
			return nil
		}
		ix.traceRequest(s, args[0], 0)
	} else if !ix.simpleSend(s, fn.Name(), args) {
		return nil
	}
	noRetry := false
	if recv == "Client" {
		if sel, ok := unparen(call.Fun).(*ast.SelectorExpr); ok {
			s.Retries, s.RetriesPos = ix.clientRetries(sel.X, 0)
			noRetry = funcPath(fn) == rhttpPath && (ix.rhttpNoRetry(sel.X) || ix.fieldNoRetry(sel.X))
		}
	}
	if funcPath(fn) == rhttpPath && s.Retries == "" && !noRetry {
		s.Retries, s.RetriesPos = rhttpDesc, call.Pos()
	}
	return s
}

// simpleSend: Get(url), Post(url, contentType, body), PostForm(url, data)
// of net/http and retryablehttp (package functions and client methods).
func (ix *index) simpleSend(s *httpSend, name string, args []ast.Expr) bool {
	switch {
	case name == "Get" && len(args) == 1:
		s.Method = "GET"
	case name == "Post" && len(args) == 3:
		s.Method = "POST"
		s.addBody(ix, args[2])
	case name == "PostForm" && len(args) == 2:
		s.Method = "POST"
		s.Forms = append(s.Forms, args[1])
	default:
		return false
	}
	s.MethodOK = true
	s.setURL(ix, args[0])
	return true
}

func (s *httpSend) setMethod(ix *index, e ast.Expr) {
	s.MethodExpr = e
	s.Method, s.MethodOK = ix.methodOf(e)
}

func (s *httpSend) setURL(ix *index, e ast.Expr) {
	s.URL = ix.evalString(e)
	s.URLOK = true
}

// traceRequest follows a request expression back to its constructor.
func (ix *index) traceRequest(s *httpSend, e ast.Expr, depth int) {
	if depth > maxEvalDepth || e == nil {
		return
	}
	e = unparen(e)
	switch x := e.(type) {
	case *ast.Ident:
		v := ix.identVar(x)
		if v == nil {
			if ix.isBuilderFunc(x) {
				ix.traceBuilder(s, x, depth) // c.do(ctx, buildCharge)
			}
			return
		}
		s.ReqVars = append(s.ReqVars, v)
		for _, as := range ix.fieldAssigns[v] {
			ix.restyFieldAssign(s, as, v)
		}
		if _, isParam := ix.paramOf[v]; isParam {
			s.ReqParamVar = v
			return
		}
		// The constructor among the assignments; self-derivations such as
		// req = req.WithContext(ctx) are followed by the recursion.
		var ctor []assign
		for _, a := range ix.assigns[v] {
			if call, ok := unparen(a.RHS).(*ast.CallExpr); ok {
				if ix.isRequestDerivation(call, v) {
					continue
				}
			}
			ctor = append(ctor, a)
		}
		if len(ctor) == 1 {
			ix.traceRequest(s, ctor[0].RHS, depth+1)
		}
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			ix.traceRequest(s, x.X, depth+1)
		}
	case *ast.CompositeLit:
		ix.requestLiteral(s, x)
	case *ast.FuncLit:
		ix.traceBuilder(s, x, depth) // a builder handed to the sender
	case *ast.SelectorExpr:
		if ix.isBuilderFunc(x) {
			ix.traceBuilder(s, x, depth) // c.do(ctx, c.buildCharge)
		} else if ix.embeddedRequest(x) {
			// req.Request: the *http.Request a retryablehttp request
			// wraps, sent by a plain client (c.http.HTTPClient.Do).
			ix.traceRequest(s, x.X, depth+1)
		}
	case *ast.CallExpr:
		fn := calleeOf(ix.info, x)
		if fn == nil {
			if v := ix.builderParamCalled(x); v != nil {
				s.ReqParamVar = v // req, err := build() (reqbuild.go)
			}
			return
		}
		args := x.Args
		switch {
		case isFunc(fn, "net/http", "NewRequest") && len(args) == 3,
			isFunc(fn, rhttpPath, "NewRequest") && len(args) == 3:
			s.setMethod(ix, args[0])
			s.setURL(ix, args[1])
			s.addBody(ix, args[2])
		case isFunc(fn, "net/http", "NewRequestWithContext") && len(args) == 4,
			isFunc(fn, rhttpPath, "NewRequestWithContext") && len(args) == 4:
			s.setMethod(ix, args[1])
			s.setURL(ix, args[2])
			s.addBody(ix, args[3])
		case isFunc(fn, rhttpPath, "FromRequest") && len(args) == 1:
			ix.traceRequest(s, args[0], depth+1)
		case isMethod(fn, "net/http", "Request", "WithContext"), isMethod(fn, "net/http", "Request", "Clone"),
			isMethod(fn, rhttpPath, "Request", "WithContext"):
			if sel, ok := unparen(x.Fun).(*ast.SelectorExpr); ok {
				ix.traceRequest(s, sel.X, depth+1)
			}
		case ix.ctorOf != nil && fn.Pkg() == ix.pass.Pkg:
			// req, err := c.newRequest(ctx, "POST", "/v1/payments", body)
			if sf := ix.ctorOf(fn); sf != nil && ix.expandRequest(s, args, sf) {
				s.Ctor, s.CtorCall = sf, x
			}
		}
	}
}

// embeddedRequest: x is the *http.Request embedded in a retryablehttp
// request (req.Request).
func (ix *index) embeddedRequest(x *ast.SelectorExpr) bool {
	f, ok := ix.info.ObjectOf(x.Sel).(*types.Var)
	return ok && f.IsField() && f.Embedded() && isNamed(f.Type(), "net/http", "Request") && isNamed(ix.info.TypeOf(x.X), rhttpPath, "Request")
}

// isRequestDerivation: call is v.WithContext(..) / v.Clone(..) on v itself.
func (ix *index) isRequestDerivation(call *ast.CallExpr, v *types.Var) bool {
	fn := calleeOf(ix.info, call)
	if fn == nil || (fn.Name() != "WithContext" && fn.Name() != "Clone") {
		return false
	}
	sel, ok := unparen(call.Fun).(*ast.SelectorExpr)
	return ok && ix.identVar(sel.X) == v
}

func (ix *index) requestLiteral(s *httpSend, cl *ast.CompositeLit) {
	t := ix.info.TypeOf(cl)
	if !isNamed(t, "net/http", "Request") {
		return
	}
	for _, el := range cl.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		id, _ := kv.Key.(*ast.Ident)
		if id == nil {
			continue
		}
		switch id.Name {
		case "Method":
			s.setMethod(ix, kv.Value)
		case "URL":
			s.setURL(ix, kv.Value)
		case "Body":
			s.addBody(ix, kv.Value)
		case "Header":
			s.Headers = append(s.Headers, kv.Value)
		}
	}
}

func isNamed(t types.Type, pkg, name string) bool {
	if t == nil {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkg && n.Obj().Name() == name
}

var methodWords = lazyRE(`^[A-Z]+$`)

// httpOp turns a recognised send into an Op, or nil when the method or
// URL is unknown or the URL does not name a payment resource.
func (b *builder) httpOp(s *httpSend, decl *ast.FuncDecl) *Op {
	if !s.MethodOK || !s.URLOK || !methodWords.MatchString(s.Method) {
		return nil
	}
	p, ok := parseURL(s.URL)
	var kind Kind
	var id ast.Expr
	idParam := -1
	if ok {
		kind, id, idParam = classifyHTTP(s.Method, p, b.methods, b.paymentURLs)
		if kind.Has(Write) && (b.stateNotice(s, p) || b.ownedOrder(s, p)) {
			kind, id, idParam = 0, nil, -1 // a state told to another system (statenotice.go), an order to its till (ownedorder.go)
		}
	}
	desc := s.Method + " " + p.String()
	if kind == 0 {
		// A single-endpoint gateway: the form's method field says what
		// the POST does (formmethod.go).
		var m string
		if kind, m = b.ix.formMethodKind(s); kind != 0 {
			desc = s.Method + " " + m
		} else if k, msg, nid := b.nexoMessage(s); ok && k != 0 {
			// A payment terminal's nexo message (nexo.go).
			kind, id, desc = k, nid, desc+" "+msg
		} else if ok {
			// What the body carries, or the write it reads back (op_shape.go).
			kind, id = b.shapeOp(s, p, decl)
		} else if lid := b.locationRead(s, decl); lid != nil {
			// A payment read back at its Location (locationread.go).
			kind, id, desc = StatusRead, lid, "GET "+types.ExprString(lid)
		}
		if kind == 0 {
			return nil
		}
	}
	op := &Op{
		Call:             s.Call,
		Kind:             kind,
		Method:           s.Method,
		Path:             p.String(),
		Desc:             desc,
		ID:               id,
		ClientRetries:    s.Retries,
		ClientRetriesPos: s.RetriesPos,
	}
	if kind.Has(Write) {
		op.Key = b.sendKey(s, decl) // dispatcherkey.go
		if op.Key == nil && s.Ctor != nil {
			op.Key = b.templateKey(s.CtorCall, s.Ctor, decl)
		}
	}
	if s.Via != nil {
		op.Via = s.Via
	}
	if id != nil {
		idParam = b.ix.paramIndexIn(id, decl)
	}
	b.setIDParam(op, idParam)
	return op
}
