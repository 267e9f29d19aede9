package payment

import (
	"go/ast"
	"go/types"
	"strings"
	"sync"

	"github.com/paylint/paylint/analyzers/internal/config"
)

// Release is a call that releases a payment without moving money: the
// cancel of an uncaptured payment intent (a card hold released), a void.
// Retried too fast or on every status it still hammers the provider
// (retrybackoff, retrystatus), but a repeat charges nobody: it is not a
// Write, and idempotency does not ask a key of it. The highest bit, clear
// of the kinds model.go numbers.
const Release Kind = 1 << 15

// sdkFunc is one SDK function or method with a payment meaning.
type sdkFunc struct {
	Pkg  pathMatcher // import path of the declaring package
	Recv pathMatcher // receiver type name; nil: a package-level function
	Name string
	Kind Kind
	// Desc names the call in messages.
	Desc string
	// IDArg is the argument naming the payment acted on, -1 if none.
	IDArg int
	// ParamsArg is the stripe-go *XxxParams argument (carrying
	// Params.IdempotencyKey), -1 if none.
	ParamsArg int
	// AutoKey: the SDK adds a random idempotency key per call when none
	// is set (stripe-go).
	AutoKey bool
	// Card: the call charges or authorises a card (Op.Card).
	Card bool
	// Session: a Checkout Session create, a write only when its mode
	// takes a payment (setupmode.go).
	Session bool
	// prov and pfunc: the entry of a provider table (provider_*.go),
	// whose key and id are found by providerOp; nil for stripe-go.
	prov  *provider
	pfunc *providerFunc
}

// stripePkg matches a stripe-go package across major versions
// (github.com/stripe/stripe-go, /v72 … /v85 and later).
func stripePkg(sub string) pathMatcher {
	return modulePackage{"github.com/stripe/stripe-go", sub}
}

// stripeResources lists, per stripe-go resource package, the functions
// with a payment meaning. Verified against v72.122.0, v76.25.0, v82.5.1
// and v85.0.0: each package has package-level functions and the same
// methods on its Client (client.API form), with these signatures:
//
//	New(params)          Get(id, params)        Confirm/Capture/Pay(id, params)
type stripeResource struct {
	Pkg     string // package directory: "paymentintent", "checkout/session"
	Name    string // package name as written by users
	Service string // stripe.Client service: "PaymentIntent" → V1PaymentIntents
	Funcs   []stripeFunc
}

type stripeFunc struct {
	Name   string // package-level / client.API name
	V1Name string // stripe.Client service method name ("" if none)
	Kind   Kind
	HasID  bool
}

var stripeResources = []stripeResource{
	{"paymentintent", "paymentintent", "PaymentIntent", []stripeFunc{
		{"New", "Create", Write | Create, false},
		{"Confirm", "Confirm", Write, true},
		{"Capture", "Capture", Write, true},
		{"IncrementAuthorization", "IncrementAuthorization", Write, true},
		{"Cancel", "Cancel", Release, true},
		{"Get", "Retrieve", StatusRead, true},
	}},
	{"charge", "charge", "Charge", []stripeFunc{
		{"New", "Create", Write | Create, false},
		{"Capture", "Capture", Write, true},
		{"Get", "Retrieve", StatusRead, true},
	}},
	{"refund", "refund", "Refund", []stripeFunc{
		{"New", "Create", Write | Create, false},
		{"Get", "Retrieve", StatusRead, true},
	}},
	{"payout", "payout", "Payout", []stripeFunc{
		{"New", "Create", Write | Create, false},
		{"Get", "Retrieve", StatusRead, true},
	}},
	{"transfer", "transfer", "Transfer", []stripeFunc{
		{"New", "Create", Write | Create, false},
		{"Get", "Retrieve", StatusRead, true},
	}},
	{"checkout/session", "session", "CheckoutSession", []stripeFunc{
		{"New", "Create", Write | Create, false},
		{"Get", "Retrieve", StatusRead, true},
	}},
	{"invoice", "invoice", "Invoice", []stripeFunc{
		{"Pay", "Pay", Write, true},
		{"Get", "Retrieve", StatusRead, true},
	}},
	stripeSubscription, // stripesub.go
}

// stripeCardResources are the stripe-go resources whose writes charge or
// authorise a card, and so may fail with a card_error (Stripe's error
// reference: a card error is a card that cannot be charged, a decline):
// a payment intent created, confirmed, captured or its
// authorisation increased, a charge created or captured, an invoice paid,
// a subscription created (its first invoice billed to the card). A
// refund, a payout, a transfer and a Checkout Session (the buyer pays on
// Stripe's page) charge no card.
var stripeCardResources = map[string]bool{"paymentintent": true, "charge": true, "invoice": true, "subscription": true}

// sdkTable is the built-in knowledge: stripe-go in all its forms, then
// the other providers' SDKs (provider_*.go).
var sdkTable = sync.OnceValue(func() []sdkFunc { return append(append(buildSDKTable(), providerTable()...), chainTable()...) })

// sdkByName indexes the table by function name, in table order: a lookup
// compares only the entries named like the function called.
var sdkByName = sync.OnceValue(func() map[string][]*sdkFunc {
	tab := sdkTable()
	idx := make(map[string][]*sdkFunc, len(tab))
	for i := range tab {
		idx[tab[i].Name] = append(idx[tab[i].Name], &tab[i])
	}
	return idx
})

func buildSDKTable() []sdkFunc {
	var t []sdkFunc
	client := exact("Client")
	root := stripePkg("")
	for _, r := range stripeResources {
		pkg := stripePkg(r.Pkg)
		svc := exact("v1" + r.Service + "Service")
		field := "V1" + r.Service + "s"
		for _, f := range r.Funcs {
			id, params := -1, 0
			if f.HasID {
				id, params = 0, 1
			}
			auto := f.Kind.Has(Write)
			session := r.Pkg == "checkout/session" && f.Kind.Has(Create)
			card := stripeCardResources[r.Pkg] && f.Kind.Has(Write)
			// paymentintent.New(params), and sc.PaymentIntents.New(params)
			// on the client.API's *paymentintent.Client.
			t = append(t,
				sdkFunc{Pkg: pkg, Name: f.Name, Kind: f.Kind, Desc: "stripe " + r.Name + "." + f.Name, IDArg: id, ParamsArg: params, AutoKey: auto, Card: card, Session: session},
				sdkFunc{Pkg: pkg, Recv: client, Name: f.Name, Kind: f.Kind, Desc: "stripe " + r.Name + "." + f.Name, IDArg: id, ParamsArg: params, AutoKey: auto, Card: card, Session: session})
			if f.V1Name != "" {
				// sc.V1PaymentIntents.Create(ctx, params) (stripe.Client, v82+).
				t = append(t, sdkFunc{Pkg: root, Recv: svc, Name: f.V1Name, Kind: f.Kind,
					Desc: "stripe " + field + "." + f.V1Name, IDArg: id + 1, ParamsArg: params + 1, AutoKey: auto, Card: card, Session: session})
				if id < 0 {
					t[len(t)-1].IDArg = -1
				}
			}
		}
	}
	return t
}

// configKinds maps configuration kinds to model kinds.
var configKinds = map[string]Kind{
	config.KindWrite:       Write,
	config.KindCreate:      Write | Create,
	config.KindStatusRead:  StatusRead,
	config.KindFulfillment: Fulfillment,
	config.KindStateWrite:  StateWrite,
}

// configTable turns the configured functions of the given kinds (all
// model kinds when none is given) into table entries.
func configTable(cfg *config.Config, only ...string) []sdkFunc {
	if cfg == nil {
		return nil
	}
	var t []sdkFunc
	for _, f := range cfg.Functions {
		k, ok := configKinds[f.Kind]
		if len(only) > 0 {
			ok = false
			for _, o := range only {
				ok = ok || o == f.Kind
			}
		}
		if !ok {
			continue
		}
		e := sdkFunc{Pkg: exact(f.Package), Name: f.Name, Kind: k, IDArg: -1, ParamsArg: -1}
		if typ, name, ok := strings.Cut(f.Name, "."); ok {
			e.Recv = exact(typ)
			e.Name = name
		}
		pkgName := f.Package[strings.LastIndex(f.Package, "/")+1:]
		e.Desc = pkgName + "." + f.Name
		t = append(t, e)
	}
	return t
}

// matches reports whether fn is the entry's function or method.
func (e *sdkFunc) matches(fn *types.Func) bool {
	if e.Name != fn.Name() || !e.Pkg.MatchString(funcPath(fn)) {
		return false
	}
	if (e.Recv == nil) == hasRecv(fn) {
		return false
	}
	return e.Recv == nil || e.Recv.MatchString(recvTypeName(fn))
}

// lookupSDK finds fn in the table (configured entries first).
func (b *builder) lookupSDK(fn *types.Func) *sdkFunc {
	if fn == nil {
		return nil
	}
	if e, ok := b.sdkCache[fn]; ok {
		return e
	}
	var found *sdkFunc
	for i := range b.cfgTable {
		if b.cfgTable[i].matches(fn) {
			found = &b.cfgTable[i]
			break
		}
	}
	if found == nil {
		for _, e := range sdkByName()[fn.Name()] {
			if e.matches(fn) {
				found = e
				break
			}
		}
	}
	if found == nil {
		found = chainIfaceRead(fn) // an interface declared with the chain client's own types
	}
	b.sdkCache[fn] = found
	return found
}

// sdkOp builds the Op of a call of a table function.
func (b *builder) sdkOp(call *ast.CallExpr, e *sdkFunc, decl *ast.FuncDecl) *Op {
	op := &Op{Call: call, Kind: e.Kind, Desc: e.Desc, Card: e.Card}
	if e.Session && e.ParamsArg >= 0 && e.ParamsArg < len(call.Args) && b.setupMode(call.Args[e.ParamsArg]) {
		op.Kind = Create // saves a card, charges nothing (setupmode.go)
	}
	if e.IDArg >= 0 && e.IDArg < len(call.Args) {
		op.ID = call.Args[e.IDArg]
		b.setIDParam(op, b.ix.paramIndexIn(op.ID, decl))
	}
	if e.Kind.Has(Write) {
		op.AutoKey = e.AutoKey
		if e.ParamsArg >= 0 && e.ParamsArg < len(call.Args) {
			op.Key = b.stripeKey(call.Args[e.ParamsArg], decl, 0)
		}
	}
	if e.prov != nil {
		// Other SDKs attach keys and name payments their own way.
		b.providerOp(op, call, e, decl)
	}
	return op
}

// paramIndexIn returns the index of decl's parameter that e denotes, -1
// if none.
func (ix *index) paramIndexIn(e ast.Expr, decl *ast.FuncDecl) int {
	if decl == nil {
		return -1
	}
	if v := ix.identVar(e); v != nil {
		if ref, ok := ix.paramOf[v]; ok && ref.Decl == decl {
			return ref.Index
		}
	}
	return -1
}

// stripeKey finds Params.IdempotencyKey set on a stripe-go params value:
// &stripe.XParams{Params: stripe.Params{IdempotencyKey: k}},
// p.IdempotencyKey = k, p.Params.IdempotencyKey = k, p.SetIdempotencyKey(k).
// Params whose making is not visible (a parameter, a call of another
// package, a field) carry an unknown key (Value nil): the key may be set
// there. A parameter of decl is recorded in Key.Param, so that callers'
// arguments are inspected through the wrapper's fact.
func (b *builder) stripeKey(e ast.Expr, decl *ast.FuncDecl, depth int) *Key {
	if e == nil || depth > maxEvalDepth {
		return nil
	}
	ix := b.ix
	e = stripAddr(e)
	unknown := &Key{Name: "IdempotencyKey", At: e, Param: -1}
	switch x := e.(type) {
	case *ast.CompositeLit:
		return b.paramsLiteral(x, decl)
	case *ast.Ident:
		v := ix.identVar(x)
		if v == nil {
			return nil
		}
		for _, c := range ix.recvCalls[v] {
			fn := calleeOf(ix.info, c)
			if fn != nil && fn.Name() == "SetIdempotencyKey" && stripeRoot.MatchString(funcPath(fn)) && len(c.Args) == 1 {
				return b.newKey("IdempotencyKey", c, c.Args[0], decl)
			}
		}
		for _, as := range ix.fieldAssigns[v] {
			for i, lhs := range as.Lhs {
				sel, ok := unparen(lhs).(*ast.SelectorExpr)
				if !ok || i >= len(as.Rhs) || ix.rootVar(sel) != v {
					continue
				}
				switch sel.Sel.Name {
				case "IdempotencyKey":
					return b.newKey("IdempotencyKey", as, as.Rhs[i], decl)
				case "Params":
					if cl, ok := unparen(as.Rhs[i]).(*ast.CompositeLit); ok {
						if k := b.paramsLiteral(cl, decl); k != nil {
							return k
						}
					}
				}
			}
		}
		if ref, ok := ix.paramOf[v]; ok {
			if ref.Decl == decl && decl != nil {
				unknown.Param = ref.Index
			}
			return unknown
		}
		as := ix.assigns[v]
		for _, a := range as {
			if a.Index >= 0 {
				return unknown // p, err := build(): not visible
			}
			if k := b.stripeKey(a.RHS, decl, depth+1); k != nil {
				return k
			}
		}
		if v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
			return unknown // a package-level params value
		}
		return nil
	case *ast.CallExpr:
		return b.paramsFromCall(x, decl, depth)
	case *ast.SelectorExpr, *ast.IndexExpr, *ast.StarExpr:
		return unknown
	}
	return nil
}

// paramsFromCall: params returned by a function. A function of this
// package is looked into; any other call hides whether a key is set.
func (b *builder) paramsFromCall(call *ast.CallExpr, decl *ast.FuncDecl, depth int) *Key {
	fn := calleeOf(b.ix.info, call)
	cd := b.ix.declOf[fn]
	unknown := &Key{Name: "IdempotencyKey", At: call, Param: -1}
	if cd == nil || cd.Body == nil || depth > 4 {
		return unknown
	}
	var found *Key
	firstResults(cd.Body, func(r ast.Expr) bool {
		found = b.stripeKey(r, cd, depth+1)
		return found != nil
	})
	if found == nil {
		return nil
	}
	// The key is made in the callee: fresh there means fresh per call.
	return &Key{Name: found.Name, At: call, Param: -1, FreshInCallee: len(found.Fresh) > 0 || found.FreshInCallee}
}

// paramsLiteral looks for Params: stripe.Params{IdempotencyKey: k} in a
// params literal (or IdempotencyKey: k in a stripe.Params literal).
func (b *builder) paramsLiteral(cl *ast.CompositeLit, decl *ast.FuncDecl) *Key {
	for _, el := range cl.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		id, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		switch id.Name {
		case "IdempotencyKey":
			return b.newKey("IdempotencyKey", kv, kv.Value, decl)
		case "Params":
			if icl, ok := stripAddr(kv.Value).(*ast.CompositeLit); ok {
				if k := b.paramsLiteral(icl, decl); k != nil {
					return k
				}
			}
		}
	}
	return nil
}
