// Package payment is paylint's shared model of payment operations: which
// calls write to a payment resource, create a payment, read a payment's
// status, grant what was paid for, or store a paid state; which idempotency
// key a write carries and where that key's value is made; and which
// functions, in any package, wrap such calls (exported as facts).
//
// Rules require Analyzer and ask its *Info; they never recognise HTTP
// calls or SDK functions themselves.
//
// # Guide for rule authors
//
//   - info := pass.ResultOf[payment.Analyzer].(*payment.Info); return at
//     once when !info.Relevant (standard library, SDK/framework packages,
//     packages that reach no payment API).
//   - info.Of(call) is the op a call performs, nil if none. The op of an
//     HTTP request is at the SEND: (*http.Client).Do / http.Post /
//     resty's .Post/.Execute / retryablehttp's Do — not at NewRequest; the
//     request is traced back to its constructor through local variables.
//     A call of a helper that completes a send (c.do(ctx, "POST",
//     "/v1/payments", body), c.send(req)) is the send (Via set), and a
//     call of a wrapper known by a WrapperFact (billing.Charge) is an op
//     with Via set and Desc "billing.Charge (POST /v1/charges)". For a
//     chained call (client.R().SetBody(b).Post(u)) Call.Pos() is the
//     start of the chain.
//   - Kind: Write (POST/PATCH or configured methods of a payment resource;
//     SDK New/Create/Confirm/Capture/Pay…), Create (a POST to a
//     collection, SDK New/Create; with Write but for razorpay
//     Order.Create), StatusRead (GET of one payment, SDK Get/Retrieve),
//     Fulfillment, StateWrite.
//   - ID is the expression naming the payment acted on, as written at the
//     call: the id argument of an SDK Get/Retrieve/Confirm, the expression
//     spliced into "/v1/payments/{}", or the caller's argument for a
//     wrapper whose id comes from a parameter. Compare IDs of reads across
//     loop iterations with types.ExprString or the objects they use.
//   - Key is nil when no key is attached (for stripe-go, AutoKey then
//     tells that the SDK sends a random key per call). Key.Value nil means
//     a key is (or may be) attached but its value is not visible (params
//     built elsewhere, a struct passed in, a key made inside a wrapper):
//     treat it as present. Key.Fresh lists the calls, in the op's own
//     function, that make a new unique value every time they run (uuid,
//     ulid, ksuid, xid, crypto/rand, math/rand, time.Now,
//     stripe.NewIdempotencyKey, or a local helper returning one): the key
//     is made per attempt when one of them lies inside the repeated
//     region, made once when all lie before it. Key.FreshInCallee: the
//     wrapper called makes a new key on every call. Key.Param >= 0: the
//     key comes from that parameter of the enclosing function.
//   - ClientRetries non-empty: the client sending the request retries by
//     itself (retryablehttp, resty with SetRetryCount(n > 0)).
//   - info.Within(node) lists the ops inside a node (a loop body, a
//     closure) in source order. Ops inside function literals are ops.
package payment

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
)

// Kind is a set of things a call does to a payment.
type Kind uint16

const (
	// Write is an unsafe write: repeating it may charge, refund or pay out
	// twice. POST/PATCH (configurable) of a payment resource; SDK
	// create/confirm/capture/pay/refund calls.
	Write Kind = 1 << iota
	// Create makes a new payment (charge, payment intent, checkout
	// session, order…): a POST to a collection, an SDK New/Create. Set
	// together with Write, except for a create that moves no money and
	// needs no key but opens something a buyer can pay (razorpay
	// Order.Create: Create alone).
	Create
	// StatusRead reads a payment's current state from the provider: a GET
	// of a payment resource, an SDK Get/Retrieve.
	StatusRead
	// Fulfillment grants what was paid for: fulfil…, markPaid…, and
	// ship/grant/activate/provision/deliver/credit where the name, the
	// receiver, a parameter type or the package names goods
	// (ShipOrder, Warehouse.Ship, GrantPremium; not ProvisionPreview).
	Fulfillment
	// StateWrite stores a payment's or order's paid state, or grants an
	// entitlement, in the merchant's own storage: recognised by what is
	// written (dbwrites.go: GORM and SQL through database/sql, sqlx, pgx,
	// by table or model, column and value), whatever the function's name.
	StateWrite
)

// Has reports whether k includes all of want.
func (k Kind) Has(want Kind) bool { return k&want == want }

// Any reports whether k includes any of want.
func (k Kind) Any(want Kind) bool { return k&want != 0 }

// Op is one call that does something to a payment.
type Op struct {
	// Call is the call that performs the operation: the send of an HTTP
	// request (client.Do, http.Post, resty's .Post), the SDK call, or the
	// call of a wrapper known by a fact.
	Call *ast.CallExpr
	Kind Kind
	// Method is the HTTP method ("POST"), empty for SDK and wrapper calls
	// whose wrapped method is unknown.
	Method string
	// Path is the URL path as far as known, with unknown parts as "{}":
	// "/v1/payments", "/v1/payments/{}/confirm". Empty for SDK calls.
	Path string
	// Desc names the operation in messages: "POST /v1/payments",
	// "stripe paymentintent.New", "billing.Charge (POST /v1/charges)".
	Desc string
	// Via is the wrapper function called, when the op is known through
	// a fact rather than recognised directly.
	Via *types.Func
	// Key is the idempotency key attached to this write; nil if none.
	Key *Key
	// AutoKey: the SDK attaches a new random key to every call when no
	// key is set (stripe-go), so an application-level retry without a
	// key sends a different key each attempt.
	AutoKey bool
	// ReadGuarded: the op is a wrapper's write that first reads the same
	// payment's state and tests it (WrapperFact.ReadGuarded).
	ReadGuarded bool
	// Card: the call charges or authorises a card (a payment intent
	// created or confirmed, a charge created or captured, an invoice
	// paid). Only such a call can be declined: a provider answers a
	// refund, a transfer or a payout with no card error.
	Card bool
	// ClientRetries is non-empty when the client sending the request
	// retries on its own ("retryablehttp.Client", "resty client with
	// SetRetryCount(3)"); ClientRetriesPos is where that was configured.
	ClientRetries    string
	ClientRetriesPos token.Pos
	// ID is the expression naming the payment acted on (the id argument of
	// an SDK Get, the variable spliced into "/v1/payments/%s"), nil if none.
	ID ast.Expr
	// MappedFrom: the op stores a paid state only as a status mapper's
	// answer for these arguments (statusmapfrom.go); nil otherwise.
	MappedFrom []MappedArg
}

// Key is an idempotency key attached to a write.
type Key struct {
	// Name is the header, field or parameter name that carries the key
	// ("Idempotency-Key", "idempotency_key", "IdempotencyKey").
	Name string
	// At is where the key is attached (the Header.Set call, the field).
	At ast.Node
	// Value is the key's value expression; nil if not visible.
	Value ast.Expr
	// Fresh lists the calls, in the same function, that make a new unique
	// value each time they run and that Value derives from: uuid.New,
	// ulid/ksuid/xid, crypto/rand, math/rand, time.Now,
	// stripe.NewIdempotencyKey. A retry whose repeated region contains one
	// of them sends a new key on every attempt.
	Fresh []ast.Node
	// FreshInCallee: the wrapper called makes a fresh key on every call.
	FreshInCallee bool
	// Param is the index of the enclosing function's parameter that Value
	// derives from, -1 if none (used to export WrapperFact.KeyParam).
	Param int
	// Field is the field of parameter Param the key is (p.IdempotencyKey),
	// when Fallback says a new key is made if it is empty; on a key made
	// per call (FreshInCallee), the field the caller left empty
	// (keyfallback.go).
	Field    string
	Fallback bool
	// Options: Param is the enclosing function's variadic request options,
	// handed on to the SDK as they are (optkeys.go).
	Options bool
}

// Info is the model of one package, the result of Analyzer.
type Info struct {
	// Relevant is false for packages that cannot reach a payment
	// operation; rules return at once when it is false.
	Relevant bool
	// Ops maps every call in the package that is a payment op to its Op.
	Ops map[*ast.CallExpr]*Op
	// Wrappers are the functions of this package that perform payment ops
	// directly or through other wrappers (also exported as facts).
	Wrappers map[*types.Func]*WrapperFact
	// FuncValues are the wrappers of other packages that this package
	// uses as function values (handed to a retry library, stored in a
	// variable) rather than calls, with their facts.
	FuncValues map[*types.Func]*WrapperFact
	// Dispatched are the sends inside this package's method/path
	// dispatchers, each as the write its callers make through it
	// (dispatcherops.go); not in Ops: the dispatcher's other callers only read.
	Dispatched []*Op
	// TemplateSends maps each function of this package whose send is a
	// template over its parameters (a SendFact: method, URL, request or
	// body handed in by its callers) to that send, for the retry model's
	// summary of a sender that sends again what it is handed.
	TemplateSends map[*types.Func]*ast.CallExpr
	// TemplateKeys: the key such a send attaches itself when it makes it
	// anew (a uuid drawn in the sender), so the retry model can tell a key
	// drawn once per call from one drawn again before every re-send.
	TemplateKeys map[*types.Func]*Key
	// PaymentConsents are the POSTs of payment-initiation consents, a
	// payment API's answer but no payment write (paymentconsent.go); not
	// in Ops: only the retry-condition judges read them.
	PaymentConsents []*Op
	// importFact is the pass's fact import, for StatusParamOf (statusconst.go).
	importFact factImporter
	// statusMaps: this package's status mappers (statusmap.go).
	statusMaps map[*types.Func]*StatusMapFact
}

// Of returns the op performed by call, or nil.
func (in *Info) Of(call *ast.CallExpr) *Op {
	if in == nil {
		return nil
	}
	return in.Ops[call]
}

// Within returns the ops whose call lies within node, in source order.
func (in *Info) Within(node ast.Node) []*Op {
	if in == nil || node == nil {
		return nil
	}
	var out []*Op
	for call, op := range in.Ops {
		if node.Pos() <= call.Pos() && call.End() <= node.End() {
			out = append(out, op)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Call.Pos() < out[j].Call.Pos() })
	return out
}

// WrapperFact is exported for a function that performs payment ops, so
// that calls of it in other packages count as those ops.
type WrapperFact struct {
	Kind Kind
	// Desc describes the innermost op wrapped: "POST /v1/charges".
	Desc string
	// KeyParam is the index of the parameter that carries the idempotency
	// key into the write, -1 if none.
	KeyParam int
	// HasKey: the wrapper attaches a key whose value does not come from a
	// parameter (derived from its arguments, or fresh: see FreshKey).
	HasKey bool
	// FreshKey: the wrapper makes a new random key on every call.
	FreshKey bool
	// AutoKey: the wrapped SDK call adds a random key per call when no
	// key is set.
	AutoKey bool
	// ClientRetries: the wrapped write is sent by a client that retries.
	ClientRetries string
	// Method and Path of the innermost HTTP op wrapped, when known.
	Method string
	Path   string
	// KeyName is the header, field or parameter name of the key
	// ("Idempotency-Key", "IdempotencyKey"), when the wrapper attaches one
	// or takes it as a parameter.
	KeyName string
	// IDParam is the index of the parameter naming the payment acted on
	// (the id of a status read, the payment confirmed), -1 if none.
	IDParam int
	// KeyInArg: the key is inside the KeyParam argument (a body struct or
	// map field, stripe params' IdempotencyKey) rather than derived from
	// its value.
	KeyInArg bool
	// KeyField: the key is this field of the KeyParam argument
	// (cr.IdempotencyKey), the caller's key (see keyfield.go).
	KeyField string
	// KeyFallback: when the caller leaves KeyField empty, the wrapper
	// makes a new key on every call (keyfallback.go).
	KeyFallback bool
	// KeyOptions: KeyParam is the wrapper's variadic request options,
	// handed on to the SDK: the call's options from KeyParam on attach
	// the key, or none (optkeys.go).
	KeyOptions bool
	// ReadGuarded: before the write, the wrapper reads the same
	// payment's state from the provider and tests it (readguard.go).
	ReadGuarded bool
	// PaidWhen: every paid-state write and fulfilment of the wrapper runs
	// only when parameter PaidParam equals this constant; "" when not so
	// (paidwhen.go).
	PaidWhen  string
	PaidParam int
	// MappedParams: every paid-state write and fulfilment of the wrapper
	// stores a status mapper's answer for these parameters (bit i:
	// parameter i; statusmapfrom.go).
	MappedParams uint64
}

// AFact marks WrapperFact as an analysis fact.
func (*WrapperFact) AFact() {}

func (f *WrapperFact) String() string { return "payment op " + f.Desc }
