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
// check (GuardedFact), so wrappers are understood across packages; and
// for webhook handlers whose route is in another package and that verify
// nothing themselves (UnverifiedWebhookFact), so the package mounting them
// judges the route's middleware; and for functions whose answer says
// whether a delivery is new (GuardHelperFact), so a webhook asking a
// store or idempotency package counts it as a duplicate guard.
package handler

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/config"
	"github.com/paylint/paylint/analyzers/internal/directive"
	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// Analyzer builds the handler model of a package. It reports nothing.
var Analyzer = &analysis.Analyzer{
	Name:       "handlermodel",
	Doc:        "builds paylint's model of HTTP handlers, routes, signature checks and payment status checks (internal; reports nothing)",
	Requires:   []*analysis.Analyzer{payment.Analyzer, funcs.Analyzer},
	ResultType: reflect.TypeOf((*Model)(nil)),
	FactTypes: []analysis.Fact{(*VerifierFact)(nil), (*PaidCheckFact)(nil), (*GuardedFact)(nil), (*MiddlewareFact)(nil), (*ModeledFact)(nil), (*UnverifiedWebhookFact)(nil), (*T15hEventHookFact)(nil),
		(*VerifiesThenCallsFact)(nil), (*GuardHelperFact)(nil), (*ResultCodeFact)(nil), (*AbsentTokenFact)(nil),
		(*ReturnURLFact)(nil), (*ReturnURLParamFact)(nil), (*PaidWordFact)(nil), (*ConstVerdictFact)(nil), (*QueuedFact)(nil), (*RoutesOnlyFact)(nil), (*AlertFact)(nil)},
	Run: run,
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
	case Structural:
		return "any"
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
	// BodyEvent says why a handler with its route in another package is a
	// provider's webhook by its body (see bodyevent.go), or a routed one
	// whose route and name say nothing (bodyclass.go); empty if not.
	BodyEvent string
	// Login: its verification is a person's login, not a provider's (login.go).
	Login loginKind
	// paidWord: the parameter a function judges as a paid word (paidword.go).
	paidWord func(*types.Func) (int, bool)
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
	ssa      pkgSSA // the package's SSA, built once (ssaonce.go)
	decls    map[*types.Func]*ast.FuncDecl
	inAppFx  *analysis.Pass // inappnotice.go: the effects pass, which holds InAppLocalFact
	local    map[*types.Func]*funcFacts
	statuses map[token.Pos]bool // Lparen of status-read ops
	settles  map[token.Pos]bool // Lparen of payment writes that are not creations (capture, confirm, execute)

	inits       map[*types.Var]ast.Expr
	multi       map[*types.Var]bool
	uses        map[*types.Var][]ast.Expr
	routeParams map[*types.Var]routeParent
	calls       map[*ssa.Function]map[token.Pos]ssa.CallInstruction
	lits        map[*ssa.Function]*VerifierFact // literals called as verifiers

	mounts   []*Mount                            // routes mounting other packages' unverified webhooks
	deferred map[*Handler]*UnverifiedWebhookFact // judged where they are mounted (mounts.go)

	// gorillaMethods: gorilla registrations with a Methods matcher
	// chained after them (rt_gorilla.go); built on first use.
	gorillaMethods map[*ast.CallExpr]string
	// stash: context keys whose every store holds the raw body
	// (stashedbody.go); built on first use.
	stash map[whaKey]bool

	// guardMemo: guard helpers' answers (guardmemo.go).
	guardMemo guardMemo
	// evMemo: decodedEvent's answers, per body (bodyevent.go).
	evMemo eventMemo
	// beego: the package's beego namespaces and inserted filters (rt_beego.go).
	beego beegoScan
	// x19: token middlewares passing a request without the token (absenttoken.go).
	x19 x19State
	// k22: a hand-written router's routes (dispatch.go).
	k22 k22State
	// adapters: functions serving an error-returning handler, and the
	// parameter they serve; adapted: handlers mounted through one
	// (adapter.go).
	adapters    map[*types.Func]int
	adapted     map[ast.Node]bool
	adaptedDone bool
	adaptedTs   []types.Type
	// statusConsts: status types' failure values, and packages' string
	// constants (excludedstatus.go).
	statusConsts struct {
		mu    sync.Mutex
		memo  map[*types.Named]statusFailures
		byPkg map[*types.Package][]*types.Const
	}
	// regs: the package's route registrations (routes.go), found once.
	regs struct {
		once sync.Once
		list []foundRegistration
	}
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
	// Secret: the 1-based parameter whose emptiness skips the check
	// (secretarg.go), 0 if not known.
	Secret int
	// Partial: it hands back only the error of a split-verdict verifier,
	// the verdict dropped (dropverdict.go).
	Partial bool
	// Verdict: the 1-based result that hands back a remote verification's
	// verdict for the caller to compare (a REST verification endpoint's
	// verification_status, restverifier.go), 0 if none; its error says
	// only that the call failed. OK and Fail are the verdict's values for
	// a verified and a forged delivery, Desc names the endpoint.
	Verdict        int
	OK, Fail, Desc string
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
// With Bool the verdict is a bool: the last result or, when the last result
// is an error, the bool before it (IsPaid(id) (bool, error): the error is a
// failed lookup, the caller must test the bool).
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
	exportTargets(pass)       // returnurl.go: the return URLs the package builds, whatever its relevance
	exportConstVerdicts(pass) // constverdict.go: functions whose verdict is constant, whatever its relevance
	exportQueued(pass)        // queuedsender.go: senders that only queue their message, whatever its relevance
	exportAlerts(pass)        // alertsender.go: senders to a fixed operations recipient, whatever its relevance
	exportRoutesOnly(pass)    // routesonly.go: routes functions adding no middleware to the router handed in
	exportPaidWords(pass)     // paidword.go: helpers saying whether a status word is paid, whatever its relevance
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
	if !relevant && !m.mayVerify() && !m.readsProviderToken() {
		m.exportGuardHelpers(nil) // an idempotency or store package (guardfact.go)
		return m, nil
	}
	pass.ExportPackageFact(&ModeledFact{})
	for _, d := range funcs.Of(pass).All() {
		m.decls[d.Func] = d.Syntax
	}
	m.exportResultCodeForwarders() // resultcode.go: before SSA, which a wrapper package may not need
	if !m.needsSSA(relevant) && !(relevant && m.usesUnverified()) && !m.readsProviderToken() {
		m.exportGuardHelpers(nil)
		m.collectUses() // absenttoken.go: another package's middleware built here
		if relevant {
			m.scanRouting() // the routers' middleware, for routes judged by the mounting package (siblingbare.go)
		}
		return m, nil
	}
	for syn, fn := range m.ssa.of(pass) {
		m.fnOf[syn] = fn
	}
	m.exportGuardHelpers(m.fnOf)
	if info != nil {
		for call, op := range info.Ops {
			if op.Kind.Has(payment.StatusRead) {
				m.statuses[call.Lparen] = true
			}
			// A write whose answer carries a result code (Adyen's
			// PaymentsDetails: Refused comes back with no error) settles
			// nothing until that code is tested (readunchecked.go).
			if op.Kind.Has(payment.Write) && !op.Kind.Has(payment.Create) && !answersResultCode(m.pass.TypesInfo, call) && !m.forwardsResultCode(op) {
				m.settles[call.Lparen] = true
			}
		}
	}
	m.summarize(relevant)
	m.x19Summarize() // absenttoken.go
	if relevant {
		m.findHandlers()
		m.deferWebhooks()
	}
	return m, nil
}

// needsSSA is a cheap syntactic filter run before building SSA (the
// dominant cost, paid for every dependency in go vet mode): the package
// has something to model — a handler, a call of a signature verifier or
// of a paid check, a fulfilment, or a comparison with a payment success
// value.
func (m *Model) needsSSA(relevant bool) bool {
	found := false
	for _, f := range m.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if found {
				return false
			}
			switch x := n.(type) {
			case *ast.FuncDecl:
				if obj, ok := m.pass.TypesInfo.Defs[x.Name].(*types.Func); ok && relevant {
					sig, _ := obj.Type().(*types.Signature)
					found = shape(sig) != 0
				}
				// A paid check by name gets its summary computed: callers
				// take a modelled function without one for no check.
				found = found || paidName(x.Name.Name) && x.Body != nil || m.digestChecker(x) // openwired.go
			case *ast.FuncLit:
				sig, _ := m.pass.TypesInfo.TypeOf(x).(*types.Signature)
				found = relevant && shape(sig) != 0
			case *ast.CallExpr:
				fn := m.calleeFunc(x)
				if fn == nil {
					return true
				}
				if _, ok := m.verifierObj(fn, func() bool { return true }); ok {
					found = true
				} else if m.paidCheckOf(fn) != nil || m.guardedFact(fn) != nil {
					found = true
				} else if op := m.info.Of(x); relevant && op != nil && op.Kind.Any(payment.Fulfillment|payment.StateWrite) {
					found = true
				}
			case *ast.BinaryExpr:
				if x.Op == token.EQL || x.Op == token.NEQ {
					for _, e := range []ast.Expr{x.X, x.Y} {
						if s, ok := m.constString(e); ok && payment.IsSuccessStatus(s) {
							found = true
						}
					}
				}
			case *ast.CaseClause:
				for _, e := range x.List {
					if s, ok := m.constString(e); ok && payment.IsSuccessStatus(s) {
						found = true
					}
				}
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// buildSSA builds the SSA form of the package's functions and literals
// (as passes/buildssa does, but only for the packages that need it: in go
// vet mode every dependency is analysed). It returns nil if building
// fails.
func buildSSA(pass *analysis.Pass) (fns []*ssa.Function) {
	defer func() {
		if recover() != nil {
			fns = nil
		}
	}()
	prog := ssa.NewProgram(pass.Fset, 0)
	createImports(prog, pass)
	pkg := prog.CreatePackage(pass.Pkg, pass.Files, pass.TypesInfo, false)
	pkg.Build()
	var add func(f *ssa.Function)
	add = func(f *ssa.Function) {
		fns = append(fns, f)
		for _, anon := range f.AnonFuncs {
			add(anon)
		}
	}
	for _, d := range funcs.Of(pass).All() {
		if f := d.SSA(prog); f != nil {
			add(f)
		}
	}
	return fns
}

// mayVerify reports whether the package can contain a signature verifier
// even when it reaches no payment operation.
func (m *Model) mayVerify() bool {
	if payment.InGOROOT(m.pass) || payment.Library(m.pass.Pkg.Path()) {
		return false
	}
	if len(m.cfg.FunctionsOfKind(config.KindVerifier)) > 0 {
		return true
	}
	for _, imp := range m.pass.Pkg.Imports() {
		p := imp.Path()
		if p == "crypto/hmac" || p == "crypto/subtle" || strings.HasPrefix(p, "github.com/svix/") || isStripe(p) ||
			digestPkg(p) && m.digestPackage() { // a keyed digest compared (openwired.go)
			return true
		}
	}
	if m.namesRESTVerifier() { // restverifier.go
		return true
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
