package payment

import (
	"go/ast"
	"strings"
)

// A body field that names a request's own reference. Beside the fields
// named for idempotency (keys.go) and the providers' dedupe fields
// (realkeys.go), bank and wallet APIs of their own dedupe a write on a
// field that names the request or the transaction it makes:
// requestReference, clientRequestId, transactionReference,
// transferReference, correlationRef. Such a name alone decides nothing
// (a statement text or a trace id is named the same way); what the code
// does with it does:
//
//	tr := transferRequest{RequestReference: "adj-" + adj.ID, …} // once, from the caller's row
//	for attempt := 1; attempt <= 4; attempt++ {
//		resp, err := b.send(ctx, http.MethodPost, "/v2/payments/credit-transfers", tr)
//
// It is taken as the key only in a last pass, when no named key or
// provider field was found, and only when its value is visible here,
// derives from a parameter of the sending function (the caller's id or
// a field of its row), is no constant and is made anew by nothing
// (no uuid, time.Now or rand on the way): the same on every attempt. A
// value rebuilt with time.Now() per attempt, a constant, a value the
// function cannot see, or such a field of a client type whose other
// methods key their requests with an idempotency header (refkey.go)
// keep the old verdict: no key.

// refNamedSentinel, appended to builder.extraFields, says that the
// reference-named fields are matched (refNamedKey's pass).
const refNamedSentinel = "\x00paylint:fp15k-reference-named"

// refNamedSuffixes end the (lower-cased, separator-free) names of the
// fields that name a request's own reference.
var refNamedSuffixes = []string{
	"requestreference", "requestref", "requestid",
	"transactionreference", "transactionref",
	"transferreference", "transferref",
	"correlationref", "correlationreference", "correlationkey",
}

// refNamedField: name ends with one of refNamedSuffixes.
func refNamedField(name string) bool {
	n := strings.NewReplacer("_", "", "-", "").Replace(strings.ToLower(name))
	for _, s := range refNamedSuffixes {
		if strings.HasSuffix(n, s) {
			return true
		}
	}
	return false
}

// refNamedOn: the reference-named fields are matched in this pass.
func (b *builder) refNamedOn() bool {
	for _, f := range b.extraFields {
		if f == refNamedSentinel {
			return true
		}
	}
	return false
}

// refNamedKey runs find once more with the reference-named fields
// matched, and keeps what it finds only under the conditions above.
func (b *builder) refNamedKey(find func() *Key, decl *ast.FuncDecl) *Key {
	if decl == nil {
		return nil
	}
	saved := b.extraFields
	defer func() { b.extraFields = saved }()
	b.extraFields = append(append([]string(nil), saved...), refNamedSentinel)
	k := find()
	if k == nil || !refNamedField(k.Name) || k.Value == nil || b.constantValue(k.Value) || len(k.Fresh) > 0 || k.Param < 0 {
		return nil
	}
	if b.headerKeyedRef(&Key{Name: "reference"}, decl) == nil {
		return nil // the client keys its requests by header
	}
	return k
}
