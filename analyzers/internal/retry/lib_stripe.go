package retry

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// stripe-go, checked against v82.5.1: a call that fails returns a
// *stripe.Error whose Type is one of the ErrorType constants and whose
// HTTPStatusCode is the answer's status; a transport failure returns
// another error.
const stripePath = "github.com/stripe/stripe-go"

// StripeErr is one kind of *stripe.Error a stripe-go call returns.
type StripeErr struct {
	Type   string // Error.Type
	Status int    // Error.HTTPStatusCode
	// Permanent: a write that got it fails the same way again (a
	// declined card, an invalid request); PermanentRead: a read that got
	// it does (no such object). Rate limits, idempotency conflicts and
	// API errors pass.
	Permanent, PermanentRead bool
	// Card: only a call that charges or authorises a card gets it.
	Card bool
}

// StripeErrors are the errors a stripe-go call returns, as a retry
// condition can tell them apart.
var StripeErrors = []StripeErr{
	{Type: "card_error", Status: 402, Permanent: true, Card: true},
	{Type: "invalid_request_error", Status: 400, Permanent: true},
	{Type: "invalid_request_error", Status: 404, Permanent: true, PermanentRead: true},
	{Type: "invalid_request_error", Status: 429}, // rate limits
	{Type: "idempotency_error", Status: 409},
	{Type: "api_error", Status: 500},
}

// IsStripeError reports whether t is stripe-go's Error or a pointer to it.
func IsStripeError(t types.Type) bool {
	n, ok := types.Unalias(derefType(t)).(*types.Named)
	return ok && n.Obj().Name() == "Error" && n.Obj().Pkg() != nil &&
		strings.HasPrefix(n.Obj().Pkg().Path(), stripePath)
}

// IsStripeCall reports whether call calls a function or method of
// stripe-go, whose failures are *stripe.Error values.
func IsStripeCall(info *types.Info, call *ast.CallExpr) bool {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return fn != nil && fn.Pkg() != nil && strings.HasPrefix(fn.Pkg().Path(), stripePath)
}

// StripeField names what a selector reads from a *stripe.Error.
type StripeField int

const (
	NoStripeField StripeField = iota
	StripeStatus              // se.HTTPStatusCode
	StripeType                // se.Type
)

// StripeErrorField returns the stripe error a selector expression reads
// and which of its fields.
func StripeErrorField(info *types.Info, e ast.Expr) (ast.Expr, StripeField) {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok || !IsStripeError(info.TypeOf(sel.X)) {
		return nil, NoStripeField
	}
	switch sel.Sel.Name {
	case "HTTPStatusCode":
		return sel.X, StripeStatus
	case "Type":
		return sel.X, StripeType
	}
	return nil, NoStripeField
}
