package payment

import (
	"go/ast"
	"go/types"
	"strings"
)

// provider is one payment provider's Go SDK described as data, one file
// per provider (provider_<name>.go): adding an SDK is adding a table.
// The entries become sdkTable entries (see providerTable); what differs
// from stripe-go is how a key is attached (Attach) and where the payment
// id is (IDField, IDInBuilder).
type provider struct {
	// SDK names the module in messages: "gocardless-pro-go".
	SDK string
	// Label prefixes the Desc of its ops: "gocardless Payments.Create".
	// AdviceFor finds the provider of an op (or a wrapper's) by it.
	Label string
	// Pkgs matches the SDK's own packages: never a merchant's flow.
	Pkgs pathMatcher
	// Attach is how a key is attached to a write.
	Attach attach
	// AutoKey: the SDK sends a new random key on every call made without
	// one, so an application retry without a key is a new payment each time.
	AutoKey bool
	// NoKey: the SDK has no idempotency mechanism for these writes: the
	// remedy is to read the payment's current state before replaying.
	NoKey bool
	// KeyName names the key argument of attachArg ("idempotencyKey",
	// "PayPal-Request-Id").
	KeyName string
	// Builder is the suffix of the SDK's request builder type names
	// ("Input", "Request") for attachBuilder.
	Builder string
	// Fix tells how to attach a key made once, for messages.
	Fix   string
	Funcs []providerFunc
	// Verifiers are the SDK's webhook signature verifiers
	// (provider_verifier.go).
	Verifiers []providerVerifier
	// ClientKey is a method that sets a key on a client's options, sent
	// with every later call of that client (Midtrans's
	// Options.SetPaymentIdempotencyKey); nil if none.
	ClientKey *clientKeySetter
	// clientOp completes a write whose key depends on how its client was
	// made (community Mollie's Config); nil for most SDKs.
	clientOp func(b *builder, op *Op, call *ast.CallExpr)
}

// attach is how an SDK takes an idempotency key.
type attach int

const (
	attachNone attach = iota
	// attachOption: variadic request options from KeyArg on:
	// WithIdempotencyKey(k), or WithHeaders(map{"Idempotency-Key": k}).
	attachOption
	// attachField: a field named for the key in the request struct at
	// KeyArg (Square's IdempotencyKey, JSON idempotency_key).
	attachField
	// attachBuilder: a method IdempotencyKey(k) on the request builder at
	// KeyArg (Adyen's XxxApiInput), or the context (argument 0) made by
	// WithIdempotencyKey(ctx, k).
	attachBuilder
	// attachHeaders: a header map argument at KeyArg.
	attachHeaders
	// attachArg: the argument at KeyArg is the key itself (Mollie's
	// idempotencyKey *string); nil is no key.
	attachArg
	// attachPath: a field at KeyPath in the request struct at KeyArg
	// (Midtrans's TransactionDetails.OrderID, which the provider refuses
	// to charge twice, or a refund's RefundKey).
	attachPath
	// attachContext: the context (argument 0) made by the SDK's
	// WithIdempotencyKey(ctx, k) (Mercado Pago's requestoptions, v1.14.0).
	attachContext
)

// providerFunc is one SDK function or method with a payment meaning.
type providerFunc struct {
	Pkg  string // import path of the declaring package
	Recv string // receiver type names ("PaymentService|PaymentServiceImpl"); "" for a function
	Name string
	// Desc names the call as users write it: "Payments.Create".
	Desc string
	Kind Kind
	// IDArg is the argument naming the payment, -1 if none.
	IDArg int
	// IDField is the field of the request struct at KeyArg naming the
	// payment (Square's PaymentID).
	IDField string
	// IDInBuilder: the payment id is argument CtorID of the builder's
	// constructor (Adyen's GetPaymentLinkInput(linkId), Xendit's
	// GetPaymentRequestByID(ctx, id)), at KeyArg or the receiver.
	IDInBuilder bool
	CtorID      int
	// OnReceiver: the call is the builder's Execute(); the key and the id
	// are in its receiver's chain, not in an argument.
	OnReceiver bool
	// Attach overrides the provider's way for this function, KeyPath is
	// the field path of attachPath.
	Attach  attach
	KeyPath []string
	// KeyDefault: for attachPath, the fields of the request struct the
	// provider keys the write by when the field at KeyPath is not set,
	// the first one set (Alipay's refund without out_request_no is keyed
	// by its trade: OutTradeNo or TradeNo).
	KeyDefault []string
	// KeyArg is the argument the key travels in, -1 if none; for a read,
	// the request struct or builder that IDField or IDInBuilder look into.
	KeyArg int
	// Outgoing: a creation of money going out to a recipient or back to
	// the buyer (a payout, a refund), not a new charge of the buyer
	// (Op.Outgoing).
	Outgoing bool
}

// providers are the SDKs known besides stripe-go, in the order they were
// added.
var providers = []*provider{gocardlessSDK, adyenSDK, squareSDK, mollieSDK, braintreeSDK, razorpaySDK, paypalSDK, mercadopagoSDK, midtransSDK, checkoutSDK, xenditSDK, mollieGoSDK, gopaySDK, xenditInvoiceSDK, xenditDisbursementSDK, tonutilsSDK, paddleSDK, alipaySDK, wechatpaySDK}

// providerTable turns the providers into table entries.
func providerTable() []sdkFunc {
	var t []sdkFunc
	for _, p := range providers {
		for i := range p.Funcs {
			f := &p.Funcs[i]
			e := sdkFunc{
				Pkg:       exact(f.Pkg),
				Name:      f.Name,
				Kind:      f.Kind,
				Desc:      p.Label + " " + f.Desc,
				IDArg:     f.IDArg,
				ParamsArg: -1,
				AutoKey:   p.AutoKey && f.Kind.Has(Write),
				prov:      p,
				pfunc:     f,
			}
			if f.Recv != "" {
				e.Recv = alternatives(f.Recv)
			}
			t = append(t, e)
		}
	}
	return t
}

// providerLibrary: a package of a known provider SDK.
func providerLibrary(path string) bool {
	for _, p := range providers {
		if p.Pkgs.MatchString(path) {
			return true
		}
	}
	return false
}

// SDKAdvice tells rules, for an op of a provider SDK other than
// stripe-go, which SDK it is and how a key is attached.
type SDKAdvice struct {
	SDK string // "gocardless-pro-go"
	// Fix tells how to attach a key made once ("pass
	// gocardless.WithIdempotencyKey(key)").
	Fix string
	// NoKey: the SDK has no idempotency mechanism; replay only after
	// reading the payment's current state.
	NoKey bool
}

// AdviceFor returns the advice for op's SDK, nil for stripe-go, HTTP and
// configured ops. The provider is found by the op's Desc, which a
// wrapper's op carries too ("billing.Charge (gocardless Payments.Create)").
func AdviceFor(op *Op) *SDKAdvice {
	if op == nil {
		return nil
	}
	return AdviceForDesc(op.Desc)
}

// AdviceForDesc returns the advice for the SDK a description of a payment
// call names ("xendit/invoice InvoiceApi.CreateInvoice", "billing.Charge
// (gocardless Payments.Create)"), nil when it names none.
func AdviceForDesc(desc string) *SDKAdvice {
	for _, p := range providers {
		if strings.HasPrefix(desc, p.Label+" ") || strings.Contains(desc, "("+p.Label+" ") {
			return &SDKAdvice{SDK: p.SDK, Fix: p.Fix, NoKey: p.NoKey}
		}
	}
	return nil
}

// providerOp completes the op of a provider SDK call: the payment id
// inside a request struct or builder, and the key.
func (b *builder) providerOp(op *Op, call *ast.CallExpr, e *sdkFunc, decl *ast.FuncDecl) {
	f, p := e.pfunc, e.prov
	if p.clientOp != nil {
		p.clientOp(b, op, call)
	}
	src := carrier(call, f)
	if op.ID == nil && src != nil {
		switch {
		case f.IDField != "":
			op.ID = b.pointedValue(b.fieldValue(src, f.IDField, 0))
		case f.IDInBuilder:
			op.ID = b.builderID(src, p, f.CtorID, 0)
		}
		if op.ID != nil {
			b.setIDParam(op, b.ix.paramIndexIn(op.ID, decl))
		}
	}
	if !e.Kind.Has(Write) || src == nil {
		return
	}
	op.Key = b.providerKey(call, src, f, p, decl)
}

// carrier is the expression the key and the id travel in: the argument
// KeyArg, or the receiver of a builder's Execute (OnReceiver); nil if none.
func carrier(call *ast.CallExpr, f *providerFunc) ast.Expr {
	if f.OnReceiver {
		if sel, ok := unparen(call.Fun).(*ast.SelectorExpr); ok {
			return sel.X
		}
		return nil
	}
	if f.KeyArg >= 0 && f.KeyArg < len(call.Args) {
		return call.Args[f.KeyArg]
	}
	return nil
}

// providerKey finds the key attached to a provider SDK write. A value
// whose making is not visible (a parameter, options spread from a slice,
// a request built elsewhere) carries an unknown key (Value nil): the key
// may be attached there, and a rule then stays silent.
func (b *builder) providerKey(call *ast.CallExpr, arg ast.Expr, f *providerFunc, p *provider, decl *ast.FuncDecl) *Key {
	how := p.Attach
	if f.Attach != attachNone {
		how = f.Attach
	}
	switch how {
	case attachOption:
		return b.optionsKey(call, f.KeyArg, p, decl)
	case attachField:
		return b.valueKey(arg, decl, 0)
	case attachBuilder:
		if k := b.builderKey(arg, p, decl, 0); k != nil {
			return k
		}
		if len(call.Args) > 0 {
			return b.ctxKey(call.Args[0], p, decl, 0)
		}
	case attachHeaders:
		if v := b.ix.identVar(arg); v != nil {
			if _, ok := b.ix.paramOf[v]; ok {
				return &Key{Name: "headers", At: arg, Param: b.ix.paramIndexIn(arg, decl)}
			}
		}
		return b.mapKey(arg, decl, b.isKeyHeader, 0)
	case attachArg:
		if tv, ok := b.ix.info.Types[arg]; ok && tv.IsNil() {
			return nil
		}
		return b.keyAtCall(arg, p.KeyName, false, decl)
	case attachPath:
		k := b.pathKey(arg, f.KeyPath, decl, 0)
		for _, d := range f.KeyDefault {
			if k != nil {
				break
			}
			k = b.pathKey(arg, []string{d}, decl, 0)
		}
		return k
	case attachContext:
		if len(call.Args) > 0 {
			return b.ctxKey(call.Args[0], p, decl, 0)
		}
	}
	return nil
}

// optionsKey finds the key attached by the request options of call from
// argument from on: an option that attaches one, options a local helper
// returns, or the caller's own variadic options handed on (a key
// parameter the caller's callers fill, optkeys.go). nil when no option
// attaches a key.
func (b *builder) optionsKey(call *ast.CallExpr, from int, p *provider, decl *ast.FuncDecl) *Key {
	for i := from; i < len(call.Args); i++ {
		if call.Ellipsis.IsValid() && i == len(call.Args)-1 {
			if k := b.spreadOptionsKey(call.Args[i], p, decl); k != nil {
				return k // options a local helper returns (optkeys.go)
			}
			if k := b.variadicOptions(call.Args[i], decl); k != nil {
				return k // optkeys.go
			}
			return &Key{Name: "RequestOption", At: call.Args[i], Param: -1}
		}
		if k := b.optionKey(call.Args[i], p, decl, 0); k != nil {
			return k
		}
	}
	return nil
}

// optionKey: a request option that attaches a key: WithIdempotencyKey(k)
// or WithHeaders(map with a key header), directly or through a local
// variable. An option from a parameter or another function may attach one.
func (b *builder) optionKey(e ast.Expr, p *provider, decl *ast.FuncDecl, depth int) *Key {
	if depth > maxEvalDepth {
		return nil
	}
	switch x := unparen(e).(type) {
	case *ast.CallExpr:
		fn := calleeOf(b.ix.info, x)
		if fn == nil {
			return nil
		}
		if !p.Pkgs.MatchString(funcPath(fn)) {
			return &Key{Name: "RequestOption", At: x, Param: -1}
		}
		switch {
		case fn.Name() == "WithIdempotencyKey" && len(x.Args) == 1:
			return b.keyAtCall(x.Args[0], "WithIdempotencyKey", false, decl)
		case fn.Name() == "WithHeaders" && len(x.Args) == 1:
			return b.mapKey(x.Args[0], decl, b.isKeyHeader, 0)
		}
	case *ast.Ident:
		return b.viaVar(x, decl, depth, func(rhs ast.Expr) *Key { return b.optionKey(rhs, p, decl, depth+1) })
	}
	return nil
}

// viaVar follows a local variable to the values assigned to it; a
// parameter, a package-level variable or a tuple result is not visible.
func (b *builder) viaVar(id *ast.Ident, decl *ast.FuncDecl, depth int, follow func(ast.Expr) *Key) *Key {
	v := b.ix.identVar(id)
	if v == nil {
		return nil
	}
	unknown := &Key{Name: "IdempotencyKey", At: id, Param: -1}
	if ref, ok := b.ix.paramOf[v]; ok {
		if ref.Decl == decl && decl != nil {
			unknown.Param = ref.Index
		}
		return unknown
	}
	if v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
		return unknown
	}
	for _, a := range b.ix.assigns[v] {
		if a.Index >= 0 {
			return unknown
		}
		if k := follow(a.RHS); k != nil {
			return k
		}
	}
	return nil
}

// builderKey: req.IdempotencyKey(k) in the chain that builds the request
// (svc.PaymentsInput().IdempotencyKey(k).PaymentRequest(r)), or in a
// value assigned to the request variable.
func (b *builder) builderKey(e ast.Expr, p *provider, decl *ast.FuncDecl, depth int) *Key {
	if depth > maxEvalDepth {
		return nil
	}
	switch x := unparen(e).(type) {
	case *ast.CallExpr:
		fn := calleeOf(b.ix.info, x)
		if fn != nil && fn.Pkg() == b.pass.Pkg {
			return b.builtChain(x, p, decl, depth)
		}
		sel, ok := unparen(x.Fun).(*ast.SelectorExpr)
		if fn == nil || !ok {
			return nil
		}
		if !p.Pkgs.MatchString(funcPath(fn)) {
			return &Key{Name: "IdempotencyKey", At: x, Param: -1} // built elsewhere
		}
		if !strings.HasSuffix(recvTypeName(fn), p.Builder) {
			return nil // the service's constructor: the chain starts here
		}
		if fn.Name() == "IdempotencyKey" && len(x.Args) == 1 {
			return b.keyAtCall(x.Args[0], "IdempotencyKey", false, decl)
		}
		return b.builderKey(sel.X, p, decl, depth+1)
	case *ast.Ident:
		if v := b.ix.identVar(x); v == nil || !isProviderType(v.Type(), p) {
			return nil // the service the chain starts from
		}
		return b.viaVar(x, decl, depth, func(rhs ast.Expr) *Key { return b.builderKey(rhs, p, decl, depth+1) })
	}
	return nil
}

// ctxKey: a context made by the SDK's WithIdempotencyKey(ctx, k).
func (b *builder) ctxKey(e ast.Expr, p *provider, decl *ast.FuncDecl, depth int) *Key {
	if depth > maxEvalDepth {
		return nil
	}
	switch x := unparen(e).(type) {
	case *ast.CallExpr:
		fn := calleeOf(b.ix.info, x)
		if fn != nil && p.Pkgs.MatchString(funcPath(fn)) && fn.Name() == "WithIdempotencyKey" && len(x.Args) == 2 {
			return b.keyAtCall(x.Args[1], "Idempotency-Key", false, decl)
		}
	case *ast.Ident:
		if k := firstAssigned(b.ix, x, func(rhs ast.Expr) *Key { return b.ctxKey(rhs, p, decl, depth+1) }); k != nil {
			return k
		}
		if outer := b.callbackCtx(b.ix.identVar(x), decl); outer != nil {
			return b.ctxKey(outer, p, decl, depth+1)
		}
	}
	return nil
}

// builderID: argument ctorID of the builder's constructor, the first
// call of the chain whose receiver is not a builder
// (svc.GetPaymentLinkInput(linkID)), through the chain or a variable.
func (b *builder) builderID(e ast.Expr, p *provider, ctorID, depth int) ast.Expr {
	if depth > maxEvalDepth {
		return nil
	}
	switch x := unparen(e).(type) {
	case *ast.CallExpr:
		fn := calleeOf(b.ix.info, x)
		sel, ok := unparen(x.Fun).(*ast.SelectorExpr)
		if fn == nil || !ok || !p.Pkgs.MatchString(funcPath(fn)) {
			return nil
		}
		if !strings.HasSuffix(recvTypeName(fn), p.Builder) {
			if ctorID < len(x.Args) {
				return x.Args[ctorID]
			}
			return nil
		}
		return b.builderID(sel.X, p, ctorID, depth+1)
	case *ast.Ident:
		return firstAssigned(b.ix, x, func(rhs ast.Expr) ast.Expr { return b.builderID(rhs, p, ctorID, depth+1) })
	}
	return nil
}

// fieldValue: the value given to a field of a request struct literal
// (&square.GetPaymentsRequest{PaymentID: id}), directly or through a
// local variable.
func (b *builder) fieldValue(e ast.Expr, field string, depth int) ast.Expr {
	if depth > maxEvalDepth {
		return nil
	}
	switch x := stripAddr(e).(type) {
	case *ast.CompositeLit:
		return b.literalField(x, field, 0) // provider_path.go
	case *ast.Ident:
		return firstAssigned(b.ix, x, func(rhs ast.Expr) ast.Expr { return b.fieldValue(rhs, field, depth+1) })
	}
	return nil
}

// pointedValue: the argument of a pointer helper, a function of one
// parameter of type T answering *T (wechatpay-go's core.String(no),
// stripe.String, aws.String, lo.ToPtr), which the request's pointer
// field holds; e itself otherwise.
func (b *builder) pointedValue(e ast.Expr) ast.Expr {
	call, ok := unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || call.Ellipsis.IsValid() {
		return e
	}
	fn := calleeOf(b.ix.info, call)
	if fn == nil {
		return e
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() != nil || sig.Params().Len() != 1 || sig.Results().Len() != 1 {
		return e
	}
	ptr, ok := sig.Results().At(0).Type().(*types.Pointer)
	if !ok || !types.Identical(ptr.Elem(), sig.Params().At(0).Type()) {
		return e
	}
	return call.Args[0]
}

// isProviderType: a type (or pointer to one) declared in p's packages.
func isProviderType(t types.Type, p *provider) bool {
	if ptr, ok := t.(*types.Pointer); ok {
		t = ptr.Elem()
	}
	n, ok := t.(*types.Named)
	return ok && n.Obj().Pkg() != nil && p.Pkgs.MatchString(n.Obj().Pkg().Path())
}
