package payment

import (
	"go/ast"
	"sort"
	"strings"
)

// ---- card-present terminals: the nexo Sale-to-POI message ----------------------
//
// A payment terminal driven over nexo retailer (Adyen's Terminal API,
// cloud POST /sync and /async or the terminal's local /nexo, and the
// other nexo terminals) names no payment resource in its path: every
// request is a SaleToPOIRequest envelope holding a MessageHeader and one
// message, and that message says what the request does. A
// PaymentRequest takes a payment on the terminal, a ReversalRequest
// refunds one, a TransactionStatusRequest reads the outcome of a payment
// (its MessageReference names the payment's ServiceID). Login, display,
// input, print, diagnosis and abort messages move no money and read no
// payment, so they stay no payment call. A message counts only where the
// body gives it a value (a literal, an assignment): a struct type
// declaring every message as an optional field says nothing, and neither
// does a body carrying two of them.

// nexoMessages are the nexo messages that are payment calls (normalised
// field names), with what they do.
var nexoMessages = map[string]Kind{
	"paymentrequest":           Write | Create,
	"reversalrequest":          Write,
	"transactionstatusrequest": StatusRead,
}

// nexoMessage classifies a POST whose body is a nexo Sale-to-POI
// envelope by its message: the kind, the message's name for the op's
// description, and for a status read the ServiceID of the payment read.
func (b *builder) nexoMessage(s *httpSend) (Kind, string, ast.Expr) {
	if strings.ToUpper(s.Method) != "POST" {
		return 0, "", nil
	}
	env := b.sendFields(s)["saletopoirequest"]
	if env == nil {
		return 0, "", nil
	}
	inner := b.nestedFields(env)
	if _, ok := inner["messageheader"]; !ok {
		return 0, "", nil
	}
	names := make([]string, 0, len(nexoMessages))
	for n := range nexoMessages {
		names = append(names, n)
	}
	sort.Strings(names)
	var kind Kind
	var msg ast.Expr
	var name string
	for _, n := range names {
		v := inner[n]
		if v == nil {
			continue
		}
		if kind != 0 {
			return 0, "", nil // two messages: no nexo request
		}
		kind, msg, name = nexoMessages[n], v, n
	}
	if kind == 0 {
		return 0, "", nil
	}
	desc := nexoNames[name]
	if kind != StatusRead {
		return kind, desc, nil
	}
	var id ast.Expr
	if ref := b.nestedFields(msg)["messagereference"]; ref != nil {
		id = b.nestedFields(ref)["serviceid"]
	}
	return kind, desc, id
}

// nexoNames spell the messages as nexo does, for descriptions.
var nexoNames = map[string]string{
	"paymentrequest":           "PaymentRequest",
	"reversalrequest":          "ReversalRequest",
	"transactionstatusrequest": "TransactionStatusRequest",
}

// nestedFields lists the fields of a value inside a body: a map or
// struct literal, or a variable holding one. A map literal's single
// entry arrives as its key and value (firstElem).
func (b *builder) nestedFields(e ast.Expr) bodyFieldSet {
	fs := bodyFieldSet{}
	if kv, ok := e.(*ast.KeyValueExpr); ok {
		if name, ok := b.ix.stringConst(kv.Key); ok {
			fs.add(name, firstElem(kv.Value))
		}
		return fs
	}
	b.valueFields(e, fs, 0)
	return fs
}
