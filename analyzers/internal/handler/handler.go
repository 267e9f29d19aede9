// Package handler is paylint's shared model of HTTP handlers: which
// functions serve HTTP requests (net/http, gin, echo, fiber; chi and
// gorilla/mux register net/http handlers), on which routes they are
// registered and behind which middleware, which request parameters and
// headers they read, whether they are a buyer's redirect target or a
// provider's webhook, and where a webhook signature is verified or a
// payment's status is checked before goods are granted.
//
// Rules require Analyzer and ask its *Model. Analyzer also exports facts
// for functions that verify a signature (VerifierFact), that fail unless a
// payment is paid (PaidCheckFact) and that grant goods only after such a
// check (GuardedFact), so wrappers are understood across packages.
package handler

import (
	"go/ast"
	"go/build"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"strings"
	"unicode"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/config"
	"github.com/paylint/paylint/analyzers/internal/directive"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// Analyzer builds the handler model of a package. It reports nothing.
var Analyzer = &analysis.Analyzer{
	Name:       "handlermodel",
	Doc:        "builds paylint's model of HTTP handlers, routes, signature checks and payment status checks (internal; reports nothing)",
	Requires:   []*analysis.Analyzer{inspect.Analyzer, payment.Analyzer},
	ResultType: reflect.TypeOf((*Model)(nil)),
	FactTypes:  []analysis.Fact{(*VerifierFact)(nil), (*PaidCheckFact)(nil), (*GuardedFact)(nil), (*MiddlewareFact)(nil), (*ModeledFact)(nil)},
	Run:        run,
}

// Framework is the web framework a handler is written for.
type Framework uint8

// Frameworks.
const (
	NetHTTP Framework = iota + 1
	Gin
	Echo
	Fiber
)

func (f Framework) String() string {
	switch f {
	case NetHTTP:
		return "net/http"
	case Gin:
		return "gin"
	case Echo:
		return "echo"
	case Fiber:
		return "fiber"
	}
	return "?"
}

// Handler is one function that serves HTTP requests.
type Handler struct {
	// Node is the *ast.FuncDecl or *ast.FuncLit; Body its body.
	Node ast.Node
	Body *ast.BlockStmt
	// Func is the declared function or method, nil for a literal.
	Func *types.Func
	// Name is the function's name ("Server.handleSuccess"), or for a
	// literal the name of the factory that returns it or the variable
	// that holds it; empty if none.
	Name      string
	Framework Framework
	// Fn is the SSA function of Node; nil if not built.
	Fn *ssa.Function
	// Routes are the registrations of this handler seen in the package.
	Routes []*Route
	// Params are reads of request parameters (query, form, path).
	Params []*Read
	// Headers are reads of request headers.
	Headers []*Read
	// File is the file name the handler is declared in.
	File string
	// CallsVerifier: the handler calls a webhook signature verifier.
	CallsVerifier bool
}

// Route is one registration of a handler.
type Route struct {
	Call *ast.CallExpr
	// Method is the HTTP method when the registration says it ("GET"),
	// empty otherwise.
	Method string
	// Path is the route path with group prefixes, as far as known.
	Path string
	// Middleware are the functions wrapping the handler on this route
	// (innermost last), as *ast.FuncDecl or *ast.FuncLit of this package.
	Middleware []ast.Node
	// External are middleware called from other packages (by function;
	// nil entries for ones that cannot be resolved).
	External []*types.Func
}

// Read is a read of a request parameter or header.
type Read struct {
	Call *ast.CallExpr
	// Name is the parameter or header name as written.
	Name string
	// Source is "query", "form", "path" or "header".
	Source string
}

// Model is the result of Analyzer.
type Model struct {
	// Handlers are the package's handlers in source order.
	Handlers []*Handler

	pass     *analysis.Pass
	info     *payment.Info
	cfg      *config.Config
	fnOf     map[ast.Node]*ssa.Function
	decls    map[*types.Func]*ast.FuncDecl
	local    map[*types.Func]*funcFacts
	statuses map[token.Pos]bool // Lparen of status-read ops
	settles  map[token.Pos]bool // Lparen of payment writes that are not creations (capture, confirm, execute)

	inits       map[*types.Var]ast.Expr
	multi       map[*types.Var]bool
	uses        map[*types.Var][]ast.Expr
	routeParams map[*types.Var]routeParent
	calls       map[*ssa.Function]map[token.Pos]ssa.CallInstruction
}

// funcFacts are the summaries computed for a function of this package.
type funcFacts struct {
	verifier   *VerifierFact
	paid       *PaidCheckFact
	guarded    *GuardedFact
	middleware *MiddlewareFact
}

// VerifierFact marks a function that verifies a webhook signature: with
// an error result, it returns a non-nil error when the signature is not
// valid; with a bool result, it returns true only for a valid one.
type VerifierFact struct {
	// Bool: the function reports validity as a bool (else an error).
	Bool bool
	// FailOpen: the function reports success without checking when the
	// secret is empty.
	FailOpen bool
}

// AFact marks VerifierFact as a fact.
func (*VerifierFact) AFact() {}

func (f *VerifierFact) String() string {
	if f.FailOpen {
		return "verifier (fails open)"
	}
	return "verifier"
}

// PaidCheckFact marks a function that reads a payment's status from the
// provider and returns a non-nil error (Bool: false) unless it is paid.
// With Param, the function does not read the status itself but checks the
// payment (or status) it is given: a call counts as a check only when an
// argument comes from a status read.
type PaidCheckFact struct{ Bool, Param bool }

// AFact marks PaidCheckFact as a fact.
func (*PaidCheckFact) AFact() {}

func (f *PaidCheckFact) String() string { return "paid check" }

// GuardedFact marks a function that grants goods only after a check: every
// fulfilment in it is guarded by a paid status read from the provider
// (Status) or by an enforced signature verification (Verified).
type GuardedFact struct{ Status, Verified bool }

// AFact marks GuardedFact as a fact.
func (*GuardedFact) AFact() {}

func (f *GuardedFact) String() string {
	var s []string
	if f.Status {
		s = append(s, "status")
	}
	if f.Verified {
		s = append(s, "verified")
	}
	return "guarded fulfilment (" + strings.Join(s, ",") + ")"
}

// MiddlewareFact marks a middleware that calls the next handler only
// after an enforced signature verification.
type MiddlewareFact struct{}

// AFact marks MiddlewareFact as a fact.
func (*MiddlewareFact) AFact() {}

func (*MiddlewareFact) String() string { return "verifying middleware" }

// ModeledFact is a package fact: the handler model ran on the package, so
// a middleware of it without a MiddlewareFact does not verify signatures.
type ModeledFact struct{}

// AFact marks ModeledFact as a fact.
func (*ModeledFact) AFact() {}

func (*ModeledFact) String() string { return "handler model" }

func run(pass *analysis.Pass) (any, error) {
	cfg, err := config.ForPass(pass)
	if err != nil {
		return nil, err
	}
	info, _ := pass.ResultOf[payment.Analyzer].(*payment.Info)
	m := &Model{
		pass:     pass,
		info:     info,
		cfg:      cfg,
		fnOf:     map[ast.Node]*ssa.Function{},
		decls:    map[*types.Func]*ast.FuncDecl{},
		local:    map[*types.Func]*funcFacts{},
		statuses: map[token.Pos]bool{},
		settles:  map[token.Pos]bool{},
	}
	relevant := info != nil && info.Relevant
	if !relevant && !m.mayVerify() {
		return m, nil
	}
	pass.ExportPackageFact(&ModeledFact{})
	for _, fn := range buildSSA(pass) {
		if syn := fn.Syntax(); syn != nil {
			m.fnOf[syn] = fn
		}
	}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				if obj, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					m.decls[obj] = fd
				}
			}
		}
	}
	if info != nil {
		for call, op := range info.Ops {
			if op.Kind.Has(payment.StatusRead) {
				m.statuses[call.Lparen] = true
			}
			if op.Kind.Has(payment.Write) && !op.Kind.Has(payment.Create) {
				m.settles[call.Lparen] = true
			}
		}
	}
	m.summarize(relevant)
	if relevant {
		m.findHandlers()
	}
	return m, nil
}

// buildSSA builds the SSA form of the package's functions and literals
// (as passes/buildssa does, but only for the packages that need it: in go
// vet mode every dependency is analysed). It returns nil if building
// fails.
func buildSSA(pass *analysis.Pass) (funcs []*ssa.Function) {
	defer func() {
		if recover() != nil {
			funcs = nil
		}
	}()
	prog := ssa.NewProgram(pass.Fset, 0)
	for _, p := range pass.Pkg.Imports() {
		prog.CreatePackage(p, nil, nil, true)
	}
	pkg := prog.CreatePackage(pass.Pkg, pass.Files, pass.TypesInfo, false)
	pkg.Build()
	var add func(f *ssa.Function)
	add = func(f *ssa.Function) {
		funcs = append(funcs, f)
		for _, anon := range f.AnonFuncs {
			add(anon)
		}
	}
	for _, file := range pass.Files {
		for _, d := range file.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				if obj, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					if f := prog.FuncValue(obj); f != nil {
						add(f)
					}
				}
			}
		}
	}
	return funcs
}

// inGOROOT reports whether the package is part of the standard library.
func inGOROOT(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 || build.Default.GOROOT == "" {
		return false
	}
	name := pass.Fset.Position(pass.Files[0].Pos()).Filename
	return strings.HasPrefix(name, filepath.Join(build.Default.GOROOT, "src")+string(filepath.Separator))
}

// mayVerify reports whether the package can contain a signature verifier
// even when it reaches no payment operation.
func (m *Model) mayVerify() bool {
	if inGOROOT(m.pass) {
		return false
	}
	if len(m.cfg.FunctionsOfKind(config.KindVerifier)) > 0 {
		return true
	}
	for _, imp := range m.pass.Pkg.Imports() {
		p := imp.Path()
		if p == "crypto/hmac" || p == "crypto/subtle" || strings.HasPrefix(p, "github.com/svix/") || isStripe(p) {
			return true
		}
	}
	for _, f := range m.pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Doc != nil {
				for _, c := range fd.Doc.List {
					if strings.HasPrefix(c.Text, "//paylint:verifier") {
						return true
					}
				}
			}
		}
	}
	return false
}

func isStripe(path string) bool {
	return path == "github.com/stripe/stripe-go" || strings.HasPrefix(path, "github.com/stripe/stripe-go/")
}

// ForRule is the common start of the handler rules' runs: it reads the
// configuration (whose error the rule returns), checks the ignore
// directives, and returns the model, or nil when the package cannot reach
// a payment operation.
func ForRule(pass *analysis.Pass) (*Model, error) {
	if _, err := config.ForPass(pass); err != nil {
		return nil, err
	}
	directive.CheckIgnores(pass)
	info, _ := pass.ResultOf[payment.Analyzer].(*payment.Info)
	m, _ := pass.ResultOf[Analyzer].(*Model)
	if info == nil || !info.Relevant || m == nil {
		return nil, nil
	}
	return m, nil
}

// Info is the payment model the handler model was built on.
func (m *Model) Info() *payment.Info { return m.info }

// ---- handler shapes ----------------------------------------------------

func namedIs(t types.Type, pkgs []string, name string) bool {
	if t == nil {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj() == nil || n.Obj().Pkg() == nil || n.Obj().Name() != name {
		return false
	}
	for _, p := range pkgs {
		if n.Obj().Pkg().Path() == p {
			return true
		}
	}
	return false
}

func isPtr(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.Pointer)
	return ok
}

var (
	ginPkgs   = []string{"github.com/gin-gonic/gin"}
	echoPkgs  = []string{"github.com/labstack/echo/v4", "github.com/labstack/echo"}
	fiberPkgs = []string{"github.com/gofiber/fiber/v2", "github.com/gofiber/fiber/v3"}
	httpPkgs  = []string{"net/http"}
	errorType = types.Universe.Lookup("error").Type()
)

// shape returns the framework of a function signature that serves HTTP
// requests, or 0.
func shape(sig *types.Signature) Framework {
	if sig == nil {
		return 0
	}
	ps, rs := sig.Params(), sig.Results()
	switch {
	case ps.Len() == 2 && rs.Len() == 0 && namedIs(ps.At(0).Type(), httpPkgs, "ResponseWriter") &&
		namedIs(ps.At(1).Type(), httpPkgs, "Request") && isPtr(ps.At(1).Type()):
		return NetHTTP
	case ps.Len() == 1 && rs.Len() == 0 && namedIs(ps.At(0).Type(), ginPkgs, "Context") && isPtr(ps.At(0).Type()):
		return Gin
	case ps.Len() == 1 && rs.Len() == 1 && types.Identical(rs.At(0).Type(), errorType) && namedIs(ps.At(0).Type(), echoPkgs, "Context"):
		return Echo
	case ps.Len() == 1 && rs.Len() == 1 && types.Identical(rs.At(0).Type(), errorType) && namedIs(ps.At(0).Type(), fiberPkgs, "Ctx") && isPtr(ps.At(0).Type()):
		return Fiber
	}
	return 0
}

// handlerType reports whether t is a type that holds a handler: a func of
// a handler shape, http.Handler, http.HandlerFunc, gin.HandlerFunc,
// echo.HandlerFunc, fiber.Handler.
func handlerType(t types.Type) bool {
	if t == nil {
		return false
	}
	if namedIs(t, httpPkgs, "Handler") || namedIs(t, httpPkgs, "HandlerFunc") ||
		namedIs(t, ginPkgs, "HandlerFunc") || namedIs(t, echoPkgs, "HandlerFunc") {
		return true
	}
	if sig, ok := t.Underlying().(*types.Signature); ok {
		return shape(sig) != 0
	}
	return false
}

func funcName(obj *types.Func) string {
	if obj == nil {
		return ""
	}
	sig, _ := obj.Type().(*types.Signature)
	if sig != nil && sig.Recv() != nil {
		t := sig.Recv().Type()
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			return n.Obj().Name() + "." + obj.Name()
		}
	}
	return obj.Name()
}

// ---- words ---------------------------------------------------------------

// words splits an identifier or path into lower-case words:
// "handleThankYou" -> handle thank you; "/checkout/thank-you" -> checkout thank you.
func words(s string) []string {
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if unicode.IsUpper(r) && len(cur) > 0 {
				prevLower := unicode.IsLower(rs[i-1]) || unicode.IsDigit(rs[i-1])
				nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
				if prevLower || (unicode.IsUpper(rs[i-1]) && nextLower) {
					flush()
				}
			}
			cur = append(cur, r)
		default:
			flush()
		}
	}
	flush()
	return out
}

func hasWord(ws []string, set ...string) string {
	for i, w := range ws {
		for _, s := range set {
			if w == s {
				return w
			}
			// two-word entries: "thank you", "payment callback"
			if a, b, ok := strings.Cut(s, " "); ok && w == a && i+1 < len(ws) && ws[i+1] == b {
				return s
			}
		}
	}
	return ""
}

// Words that make a route or a name a redirect target or a webhook. A
// strong word is enough; a weak one ("return", "complete", "callback",
// "events") needs a payment word next to it ("/checkout/return",
// "PaymentComplete", "/stripe/events") or nothing else but neutral words
// ("/return", "handleReturn", "/hooks/notify"), so that "/orders/{id}/return"
// (a product return) or "/auth/callback" (OAuth) are neither.
var (
	redirectStrong = []string{"success", "succeeded", "successful", "thankyou", "thanks", "thank you",
		"payment callback", "paymentcallback"}
	redirectWeak  = []string{"return", "returned", "complete", "completed", "finish", "finished", "done", "redirect"}
	webhookStrong = []string{"webhook", "webhooks", "ipn"}
	webhookWeak   = []string{"hook", "hooks", "notify", "notification", "notifications", "callback", "callbacks",
		"events", "event"}
	paymentWords = []string{"pay", "payment", "payments", "checkout", "billing", "stripe", "paypal", "adyen",
		"purchase", "purchases", "subscription", "subscriptions", "subscribe", "3ds", "psp", "alipay", "wechat",
		"razorpay", "mollie", "svix", "klarna", "braintree", "square", "transaction", "transactions", "charge", "charges"}
	neutralWords = []string{"handle", "handler", "on", "get", "post", "serve", "page", "view", "http", "api",
		"v1", "v2", "v3", "id"}
)

// says returns the word that classifies ws, or "".
func says(ws []string, strong, weak []string) string {
	if w := hasWord(ws, strong...); w != "" {
		return w
	}
	w := hasWord(ws, weak...)
	if w == "" {
		return ""
	}
	if hasWord(ws, paymentWords...) != "" {
		return w
	}
	for _, x := range ws {
		if hasWord([]string{x}, weak...) == "" && hasWord([]string{x}, neutralWords...) == "" {
			return ""
		}
	}
	return w
}

func norm(s string) string {
	return strings.ToLower(strings.NewReplacer("_", "", "-", "", " ", "").Replace(s))
}

// redirectParams are parameters a provider adds to the buyer's redirect.
var redirectParams = map[string]bool{
	"sessionid": true, "checkoutsessionid": true, "paymentintent": true, "paymentintentclientsecret": true,
	"redirectstatus": true, "paymentid": true, "payerid": true, "transactionstatus": true, "paymentstatus": true,
}

// idParams name an order or payment next to a status/result parameter.
var idParams = map[string]bool{
	"orderid": true, "order": true, "paymentid": true, "transactionid": true, "txnid": true, "reference": true,
	"ref": true, "invoiceid": true, "outtradeno": true, "merchantorderid": true,
}

// Redirect reports whether h is the target of a buyer's redirect back from
// a payment page, and why ("route /checkout/success").
func (h *Handler) Redirect() (bool, string) {
	if ok, _ := h.Webhook(); ok {
		return false, ""
	}
	for _, r := range h.Routes {
		if says(words(r.Path), redirectStrong, redirectWeak) != "" {
			return true, "route " + r.Path
		}
	}
	if says(words(h.Name), redirectStrong, redirectWeak) != "" {
		return true, h.Name
	}
	var status, id bool
	for _, p := range h.Params {
		if p.Source == "path" || p.Source == "header" {
			continue
		}
		n := norm(p.Name)
		if redirectParams[n] {
			return true, "reads " + p.Name
		}
		if n == "status" || n == "result" || n == "resultcode" {
			status = true
		}
		if idParams[n] {
			id = true
		}
	}
	if status && id && !writesOnly(h.Routes) {
		return true, "reads status and an order id"
	}
	return false, ""
}

// writesOnly: every route of h says a method other than GET (an admin
// "POST /orders/update?status=…" is not where a buyer is sent back).
func writesOnly(routes []*Route) bool {
	if len(routes) == 0 {
		return false
	}
	for _, r := range routes {
		if r.Method == "" || strings.EqualFold(r.Method, "GET") {
			return false
		}
	}
	return true
}

// SignatureHeader reports whether a header name carries a webhook signature.
func SignatureHeader(name string) bool {
	n := strings.ToLower(name)
	return strings.Contains(n, "signature") || strings.HasSuffix(n, "-sig") || strings.Contains(n, "hmac")
}

// Webhook reports whether h receives a provider's webhook, and why.
func (h *Handler) Webhook() (bool, string) {
	for _, r := range h.Headers {
		if SignatureHeader(r.Name) {
			return true, "reads " + r.Name
		}
	}
	if h.CallsVerifier {
		return true, "verifies a signature"
	}
	for _, r := range h.Routes {
		ws := words(r.Path)
		if hasWord(ws, "payment callback", "paymentcallback") != "" {
			continue
		}
		if says(ws, webhookStrong, webhookWeak) != "" {
			return true, "route " + r.Path
		}
	}
	ws := words(h.Name)
	if hasWord(ws, "payment callback", "paymentcallback") == "" && says(ws, webhookStrong, webhookWeak) != "" {
		return true, h.Name
	}
	return false, ""
}

// ---- discovery -----------------------------------------------------------

func (m *Model) calleeFunc(call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(m.pass.TypesInfo, call).(*types.Func)
	return fn
}

func pkgOf(fn *types.Func) string {
	if fn == nil || fn.Pkg() == nil {
		return ""
	}
	return fn.Pkg().Path()
}

func (m *Model) constString(e ast.Expr) (string, bool) {
	if e == nil {
		return "", false
	}
	tv, ok := m.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// registration describes the handler arguments of a route registration.
type registration struct {
	method   string
	path     string
	handlers []ast.Expr // last is the handler, earlier are middleware
	mws      []ast.Expr // echo-style trailing middleware
}

var httpVerbs = map[string]string{
	"GET": "GET", "POST": "POST", "PUT": "PUT", "PATCH": "PATCH", "DELETE": "DELETE",
	"Get": "GET", "Post": "POST", "Put": "PUT", "Patch": "PATCH", "Delete": "DELETE",
}

func (m *Model) registration(call *ast.CallExpr) (*registration, bool) {
	fn := m.calleeFunc(call)
	if fn == nil {
		return nil, false
	}
	p, name, a := pkgOf(fn), fn.Name(), call.Args
	str := func(i int) string {
		if i < len(a) {
			s, _ := m.constString(a[i])
			return s
		}
		return ""
	}
	switch {
	case p == "net/http" && (name == "HandleFunc" || name == "Handle") && len(a) == 2:
		pat := str(0)
		method := ""
		if mth, rest, ok := strings.Cut(pat, " "); ok && strings.ToUpper(mth) == mth && mth != "" {
			method, pat = mth, strings.TrimSpace(rest)
		}
		if i := strings.Index(pat, "/"); i > 0 {
			pat = pat[i:] // host-qualified pattern
		}
		return &registration{method: method, path: pat, handlers: a[1:]}, true
	case (p == "github.com/go-chi/chi/v5" || p == "github.com/go-chi/chi") && len(a) >= 2:
		switch name {
		case "HandleFunc", "Handle":
			return &registration{path: str(0), handlers: a[1:2]}, true
		case "Method", "MethodFunc":
			if len(a) == 3 {
				return &registration{method: strings.ToUpper(str(0)), path: str(1), handlers: a[2:3]}, true
			}
		default:
			if v, ok := httpVerbs[name]; ok {
				return &registration{method: v, path: str(0), handlers: a[1:2]}, true
			}
		}
	case p == "github.com/gorilla/mux" && (name == "HandleFunc" || name == "Handle") && len(a) == 2:
		if sel, ok := call.Fun.(*ast.SelectorExpr); ok && namedIs(m.pass.TypesInfo.TypeOf(sel.X), []string{p}, "Router") {
			return &registration{path: str(0), handlers: a[1:2]}, true
		}
	case p == "github.com/gorilla/mux" && (name == "HandlerFunc" || name == "Handler") && len(a) == 1:
		// r.Methods("POST").Path("/webhook").HandlerFunc(h)
		reg := &registration{handlers: a[0:1]}
		sel, _ := call.Fun.(*ast.SelectorExpr)
		for depth := 0; sel != nil && depth < 8; depth++ {
			inner, ok := ast.Unparen(sel.X).(*ast.CallExpr)
			if !ok {
				break
			}
			fn := m.calleeFunc(inner)
			if fn == nil || pkgOf(fn) != p {
				break
			}
			switch fn.Name() {
			case "Path", "PathPrefix":
				if len(inner.Args) == 1 {
					s, _ := m.constString(inner.Args[0])
					reg.path = s + reg.path
				}
			case "Methods":
				if len(inner.Args) == 1 {
					reg.method, _ = m.constString(inner.Args[0])
				}
			}
			sel, _ = inner.Fun.(*ast.SelectorExpr)
		}
		return reg, true
	case p == ginPkgs[0]:
		if name == "Handle" && len(a) >= 3 {
			return &registration{method: str(0), path: str(1), handlers: a[2:]}, true
		}
		if v, ok := httpVerbs[name]; ok && name == strings.ToUpper(name) && len(a) >= 2 {
			return &registration{method: v, path: str(0), handlers: a[1:]}, true
		}
		if name == "Any" && len(a) >= 2 {
			return &registration{path: str(0), handlers: a[1:]}, true
		}
	case contains(echoPkgs, p):
		if name == "Add" && len(a) >= 3 {
			return &registration{method: str(0), path: str(1), handlers: a[2:3], mws: a[3:]}, true
		}
		if v, ok := httpVerbs[name]; ok && name == strings.ToUpper(name) && len(a) >= 2 {
			return &registration{method: v, path: str(0), handlers: a[1:2], mws: a[2:]}, true
		}
		if name == "Any" && len(a) >= 2 {
			return &registration{path: str(0), handlers: a[1:2], mws: a[2:]}, true
		}
	case contains(fiberPkgs, p):
		if name == "Add" && len(a) >= 3 {
			return &registration{method: str(0), path: str(1), handlers: a[2:]}, true
		}
		if v, ok := httpVerbs[name]; ok && len(a) >= 2 {
			return &registration{method: v, path: str(0), handlers: a[1:]}, true
		}
		if name == "All" && len(a) >= 2 {
			return &registration{path: str(0), handlers: a[1:]}, true
		}
	}
	return nil, false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// resolved is a handler or middleware expression resolved to its function.
type resolved struct {
	node     ast.Node // *ast.FuncDecl or *ast.FuncLit; nil if not in this package
	name     string
	mws      []ast.Node
	external []*types.Func
	opaque   bool // wrapped or provided by code that cannot be seen
}

func (m *Model) funcNode(obj *types.Func) ast.Node {
	if fd := m.decls[obj]; fd != nil && fd.Body != nil {
		return fd
	}
	return nil
}

// defs maps local variables to the expression they were initialised with
// (single assignments only).
func (m *Model) initOf(v *types.Var) ast.Expr {
	if m.inits == nil {
		m.inits = map[*types.Var]ast.Expr{}
		m.multi = map[*types.Var]bool{}
		for _, f := range m.pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.AssignStmt:
					if len(n.Lhs) == len(n.Rhs) {
						for i, l := range n.Lhs {
							if id, ok := l.(*ast.Ident); ok {
								m.noteInit(id, n.Rhs[i])
							}
						}
					}
				case *ast.ValueSpec:
					if len(n.Names) == len(n.Values) {
						for i, id := range n.Names {
							m.noteInit(id, n.Values[i])
						}
					}
				}
				return true
			})
		}
	}
	if m.multi[v] {
		return nil
	}
	return m.inits[v]
}

func (m *Model) noteInit(id *ast.Ident, e ast.Expr) {
	obj := m.pass.TypesInfo.ObjectOf(id)
	v, ok := obj.(*types.Var)
	if !ok {
		return
	}
	if _, seen := m.inits[v]; seen {
		m.multi[v] = true
		return
	}
	m.inits[v] = e
}

func (m *Model) resolve(e ast.Expr, depth int) resolved {
	if depth > 8 || e == nil {
		return resolved{opaque: true}
	}
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.FuncLit:
		return resolved{node: x}
	case *ast.Ident, *ast.SelectorExpr:
		var obj types.Object
		if id, ok := x.(*ast.Ident); ok {
			obj = m.pass.TypesInfo.Uses[id]
		} else {
			sel := x.(*ast.SelectorExpr)
			if s := m.pass.TypesInfo.Selections[sel]; s != nil {
				obj = s.Obj()
			} else {
				obj = m.pass.TypesInfo.Uses[sel.Sel]
			}
		}
		switch o := obj.(type) {
		case *types.Func:
			if n := m.funcNode(o); n != nil {
				return resolved{node: n, name: funcName(o)}
			}
			return resolved{opaque: true}
		case *types.Var:
			if init := m.initOf(o); init != nil {
				r := m.resolve(init, depth+1)
				if r.name == "" {
					r.name = o.Name()
				}
				return r
			}
			if sh := m.serveHTTP(m.pass.TypesInfo.TypeOf(e)); sh != nil {
				obj, _ := m.pass.TypesInfo.Defs[sh.Name].(*types.Func)
				return resolved{node: sh, name: funcName(obj)}
			}
		}
		return resolved{opaque: true}
	case *ast.UnaryExpr, *ast.CompositeLit:
		if sh := m.serveHTTP(m.pass.TypesInfo.TypeOf(e)); sh != nil {
			if obj, ok := m.pass.TypesInfo.Defs[sh.Name].(*types.Func); ok {
				return resolved{node: sh, name: funcName(obj)}
			}
		}
		return resolved{opaque: true}
	case *ast.CallExpr:
		if tv, ok := m.pass.TypesInfo.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return m.resolve(x.Args[0], depth+1) // http.HandlerFunc(f)
		}
		fn := m.calleeFunc(x)
		if fn == nil {
			return resolved{opaque: true}
		}
		// A handler-typed argument makes the callee a middleware.
		var inner ast.Expr
		for _, a := range x.Args {
			if handlerType(m.pass.TypesInfo.TypeOf(a)) {
				inner = a
			}
		}
		if pkgOf(fn) == "net/http" && inner != nil { // StripPrefix, TimeoutHandler, MaxBytesHandler
			return m.resolve(inner, depth+1)
		}
		node := m.funcNode(fn)
		if inner != nil {
			r := m.resolve(inner, depth+1)
			if node != nil {
				r.mws = append([]ast.Node{node}, r.mws...)
			} else {
				r.external = append([]*types.Func{fn}, r.external...)
			}
			return r
		}
		if node != nil { // a factory returning the handler
			if lit := m.returnedLit(node.(*ast.FuncDecl), depth); lit != nil {
				return resolved{node: lit, name: funcName(fn)}
			}
		}
		return resolved{opaque: true}
	}
	return resolved{opaque: true}
}

// returnedLit finds the function literal a factory returns.
func (m *Model) returnedLit(fd *ast.FuncDecl, depth int) *ast.FuncLit {
	var lit *ast.FuncLit
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if lit != nil {
			return false
		}
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		if ret, ok := n.(*ast.ReturnStmt); ok && len(ret.Results) == 1 {
			if r := m.resolve(ret.Results[0], depth+1); r.node != nil {
				if l, ok := r.node.(*ast.FuncLit); ok {
					lit = l
				}
			}
		}
		return true
	})
	return lit
}

// serveHTTP finds the ServeHTTP method declared in this package for t.
func (m *Model) serveHTTP(t types.Type) *ast.FuncDecl {
	if t == nil {
		return nil
	}
	ms := types.NewMethodSet(t)
	if _, ok := types.Unalias(t).(*types.Pointer); !ok {
		ms = types.NewMethodSet(types.NewPointer(t))
	}
	sel := ms.Lookup(m.pass.Pkg, "ServeHTTP")
	if sel == nil {
		return nil
	}
	fn, _ := sel.Obj().(*types.Func)
	if fd := m.decls[fn]; fd != nil && fd.Body != nil {
		return fd
	}
	return nil
}

// routeCtx is the path prefix and middleware a router value carries.
type routeCtx struct {
	prefix   string
	mws      []ast.Expr
	opaqueMW bool
}

func (m *Model) ctxOf(e ast.Expr, depth int) routeCtx {
	if depth > 8 || e == nil {
		return routeCtx{}
	}
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.Ident:
		v, ok := m.pass.TypesInfo.Uses[x].(*types.Var)
		if !ok {
			return routeCtx{}
		}
		var c routeCtx
		if parent, prefix, ok := m.routeParam(v); ok {
			c = m.ctxOf(parent, depth+1)
			c.prefix += prefix
		} else if init := m.initOf(v); init != nil {
			c = m.ctxOf(init, depth+1)
		}
		c.mws = append(c.mws, m.uses[v]...)
		return c
	case *ast.CallExpr:
		fn := m.calleeFunc(x)
		sel, ok := x.Fun.(*ast.SelectorExpr)
		if fn == nil || !ok {
			return routeCtx{}
		}
		p := pkgOf(fn)
		switch {
		case fn.Name() == "Group" && len(x.Args) >= 1 && (p == ginPkgs[0] || contains(echoPkgs, p) || contains(fiberPkgs, p)):
			c := m.ctxOf(sel.X, depth+1)
			s, _ := m.constString(x.Args[0])
			c.prefix += s
			c.mws = append(c.mws, x.Args[1:]...)
			return c
		case fn.Name() == "With" && (p == "github.com/go-chi/chi/v5" || p == "github.com/go-chi/chi"):
			c := m.ctxOf(sel.X, depth+1)
			c.mws = append(c.mws, x.Args...)
			return c
		case fn.Name() == "Subrouter" && p == "github.com/gorilla/mux":
			return m.ctxOf(sel.X, depth+1)
		case fn.Name() == "PathPrefix" && p == "github.com/gorilla/mux" && len(x.Args) == 1:
			c := m.ctxOf(sel.X, depth+1)
			s, _ := m.constString(x.Args[0])
			c.prefix += s
			return c
		}
	}
	return routeCtx{}
}

// routeParam: v is the parameter of a literal passed to chi's Route or
// Group; returns the router it was called on and the prefix.
func (m *Model) routeParam(v *types.Var) (ast.Expr, string, bool) {
	r, ok := m.routeParams[v]
	if !ok {
		return nil, "", false
	}
	return r.parent, r.prefix, true
}

type routeParent struct {
	parent ast.Expr
	prefix string
}

// scanRouting records Use calls per router variable and chi Route/Group
// literals.
func (m *Model) scanRouting() {
	m.uses = map[*types.Var][]ast.Expr{}
	m.routeParams = map[*types.Var]routeParent{}
	for _, f := range m.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			fn := m.calleeFunc(call)
			p := pkgOf(fn)
			if fn == nil || !(p == ginPkgs[0] || contains(echoPkgs, p) || contains(fiberPkgs, p) ||
				p == "github.com/go-chi/chi/v5" || p == "github.com/go-chi/chi" || p == "github.com/gorilla/mux") {
				return true
			}
			switch fn.Name() {
			case "Use":
				if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
					if v, ok := m.pass.TypesInfo.Uses[id].(*types.Var); ok {
						m.uses[v] = append(m.uses[v], call.Args...)
					}
				}
			case "Route", "Group":
				if p != "github.com/go-chi/chi/v5" && p != "github.com/go-chi/chi" {
					return true
				}
				prefix := ""
				if fn.Name() == "Route" && len(call.Args) == 2 {
					prefix, _ = m.constString(call.Args[0])
				}
				if len(call.Args) == 0 {
					return true
				}
				if lit, ok := call.Args[len(call.Args)-1].(*ast.FuncLit); ok && len(lit.Type.Params.List) == 1 && len(lit.Type.Params.List[0].Names) == 1 {
					if v, ok := m.pass.TypesInfo.Defs[lit.Type.Params.List[0].Names[0]].(*types.Var); ok {
						m.routeParams[v] = routeParent{parent: sel.X, prefix: prefix}
					}
				}
			}
			return true
		})
	}
}

func (m *Model) findHandlers() {
	m.scanRouting()
	byNode := map[ast.Node]*Handler{}
	var order []ast.Node
	add := func(node ast.Node, name string) *Handler {
		if h := byNode[node]; h != nil {
			if h.Name == "" {
				h.Name = name
			}
			return h
		}
		var sig *types.Signature
		var body *ast.BlockStmt
		var obj *types.Func
		switch n := node.(type) {
		case *ast.FuncDecl:
			obj, _ = m.pass.TypesInfo.Defs[n.Name].(*types.Func)
			if obj != nil {
				sig, _ = obj.Type().(*types.Signature)
				name = funcName(obj)
			}
			body = n.Body
		case *ast.FuncLit:
			sig, _ = m.pass.TypesInfo.TypeOf(n).(*types.Signature)
			body = n.Body
		}
		fw := shape(sig)
		if fw == 0 || body == nil {
			return nil
		}
		h := &Handler{Node: node, Body: body, Func: obj, Name: name, Framework: fw, Fn: m.fnOf[node],
			File: m.pass.Fset.Position(node.Pos()).Filename}
		byNode[node] = h
		order = append(order, node)
		return h
	}

	// Functions referenced outside tests: a handler-shaped function that is
	// called directly (a helper of another handler) or stored somewhere
	// (a dispatch table) is wired in a way this model does not follow.
	referenced := map[*types.Func]bool{}
	for id, obj := range m.pass.TypesInfo.Uses {
		if fn, ok := obj.(*types.Func); ok && !strings.HasSuffix(m.pass.Fset.Position(id.Pos()).Filename, "_test.go") {
			referenced[fn] = true
		}
	}
	middleware := map[ast.Node]bool{}
	for _, f := range m.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			reg, ok := m.registration(call)
			if !ok || len(reg.handlers) == 0 {
				return true
			}
			var recv ast.Expr
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
				recv = sel.X
			}
			c := m.ctxOf(recv, 0)
			route := &Route{Call: call, Method: reg.method, Path: c.prefix + reg.path}
			mwExprs := append(append([]ast.Expr{}, c.mws...), reg.handlers[:len(reg.handlers)-1]...)
			mwExprs = append(mwExprs, reg.mws...)
			for _, e := range mwExprs {
				r := m.resolve(e, 0)
				if r.node != nil {
					route.Middleware = append(route.Middleware, r.node)
					middleware[r.node] = true
				} else {
					fn, _ := typeutil.Callee(m.pass.TypesInfo, asCall(e)).(*types.Func)
					if fn == nil {
						fn = m.funcObj(e)
					}
					route.External = append(route.External, fn)
				}
			}
			r := m.resolve(reg.handlers[len(reg.handlers)-1], 0)
			route.Middleware = append(route.Middleware, r.mws...)
			route.External = append(route.External, r.external...)
			if r.node == nil {
				return true
			}
			if h := add(r.node, r.name); h != nil {
				h.Routes = append(h.Routes, route)
			}
			return true
		})
	}
	// Handler-shaped declarations and factory literals not registered here.
	for _, f := range m.pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			obj, _ := m.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if obj == nil {
				continue
			}
			sig, _ := obj.Type().(*types.Signature)
			if shape(sig) != 0 {
				if !referenced[obj] && !middleware[fd] {
					add(fd, "")
				}
				continue
			}
			if sig == nil || sig.Results().Len() != 1 || !handlerType(sig.Results().At(0).Type()) {
				continue
			}
			hasHandlerParam := false
			for i := 0; i < sig.Params().Len(); i++ {
				if handlerType(sig.Params().At(i).Type()) {
					hasHandlerParam = true
				}
			}
			if hasHandlerParam {
				continue // middleware
			}
			if lit := m.returnedLit(fd, 0); lit != nil && !middleware[lit] {
				add(lit, funcName(obj))
			}
		}
	}
	for _, node := range order {
		h := byNode[node]
		if middleware[node] && len(h.Routes) == 0 {
			continue
		}
		m.reads(h)
		h.CallsVerifier = h.Fn != nil && m.callsVerifier(h.Fn)
		m.Handlers = append(m.Handlers, h)
	}
}

func asCall(e ast.Expr) *ast.CallExpr {
	c, _ := ast.Unparen(e).(*ast.CallExpr)
	if c == nil {
		return &ast.CallExpr{Fun: e}
	}
	return c
}

func (m *Model) funcObj(e ast.Expr) *types.Func {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		f, _ := m.pass.TypesInfo.Uses[x].(*types.Func)
		return f
	case *ast.SelectorExpr:
		f, _ := m.pass.TypesInfo.Uses[x.Sel].(*types.Func)
		return f
	}
	return nil
}

// reads records the parameter and header reads in h's body.
func (m *Model) reads(h *Handler) {
	ast.Inspect(h.Body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.CallExpr:
			if r := m.readOf(x); r != nil {
				if r.Source == "header" {
					h.Headers = append(h.Headers, r)
				} else {
					h.Params = append(h.Params, r)
				}
			}
		case *ast.IndexExpr:
			// mux.Vars(r)["id"], r.Header["Stripe-Signature"]
			if call, ok := ast.Unparen(x.X).(*ast.CallExpr); ok {
				if fn := m.calleeFunc(call); fn != nil && pkgOf(fn) == "github.com/gorilla/mux" && fn.Name() == "Vars" {
					if s, ok := m.constString(x.Index); ok {
						h.Params = append(h.Params, &Read{Call: call, Name: s, Source: "path"})
					}
				}
			}
			if namedIs(m.pass.TypesInfo.TypeOf(x.X), httpPkgs, "Header") {
				if s, ok := m.constString(x.Index); ok {
					h.Headers = append(h.Headers, &Read{Name: s, Source: "header"})
				}
			}
		}
		return true
	})
}

// readOf returns the request parameter or header read by call, or nil.
func (m *Model) readOf(call *ast.CallExpr) *Read {
	fn := m.calleeFunc(call)
	if fn == nil {
		return nil
	}
	p, name := pkgOf(fn), fn.Name()
	arg := func(i int) (string, bool) {
		if i < len(call.Args) {
			return m.constString(call.Args[i])
		}
		return "", false
	}
	src := ""
	idx := 0
	sig, _ := fn.Type().(*types.Signature)
	var recv types.Type
	if sig != nil && sig.Recv() != nil {
		recv = sig.Recv().Type()
	}
	switch {
	case p == "net/url" && name == "Get" && namedIs(recv, []string{"net/url"}, "Values"):
		src = "query"
	case p == "net/http" && (name == "FormValue" || name == "PostFormValue"):
		src = "form"
	case p == "net/http" && name == "PathValue":
		src = "path"
	case p == "net/http" && (name == "Get" || name == "Values") && namedIs(recv, httpPkgs, "Header"):
		src = "header"
	case (p == "github.com/go-chi/chi/v5" || p == "github.com/go-chi/chi") && name == "URLParam":
		src, idx = "path", 1
	case p == ginPkgs[0]:
		switch name {
		case "Query", "DefaultQuery", "GetQuery":
			src = "query"
		case "PostForm", "DefaultPostForm", "GetPostForm":
			src = "form"
		case "Param":
			src = "path"
		case "GetHeader":
			src = "header"
		}
	case contains(echoPkgs, p):
		switch name {
		case "QueryParam":
			src = "query"
		case "FormValue":
			src = "form"
		case "Param":
			src = "path"
		}
	case contains(fiberPkgs, p):
		switch name {
		case "Query":
			src = "query"
		case "FormValue":
			src = "form"
		case "Params":
			src = "path"
		case "Get", "GetReqHeaders":
			src = "header"
		}
	}
	if src == "" {
		return nil
	}
	s, ok := arg(idx)
	if !ok {
		return nil
	}
	return &Read{Call: call, Name: s, Source: src}
}
