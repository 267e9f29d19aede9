package payment

import (
	"go/ast"
	"go/types"
	"strings"
)

// referenceFields are body fields that are not named for idempotency but
// that the provider itself dedupes on: a second request with the same
// value returns (or rejects as a duplicate) the first one instead of
// moving money again. A stable value in one of them makes a retry safe;
// a value made anew per attempt is a per-attempt key. Compared
// case-insensitively; both spellings are listed where providers differ.
//
// Names checked and left out: client_reference_id (Stripe Checkout uses
// it only to reconcile a session, it does not dedupe), merchantReference
// and Adyen's reference (free text, no dedupe), partner_reference_no (no
// provider guide at hand confirms that it dedupes).
//
// Only a field of the body (or SDK argument) of a payment write is
// matched, never a header or a tracing library's span: an X-Trace-Id
// header or a span's trace id is not a key.
var referenceFields = []string{
	// Woovi / OpenPix: correlationID is the idempotency key of charges and
	// Pix Out payments ("reuse the same correlationID on every attempt").
	"correlationID", "correlation_id",
	// Ripple Wallet-as-a-Service (Palisade): a repeated externalId on
	// create vault/wallet/transfer is processed once.
	"externalId", "external_id",
	// Alipay / WeChat Pay: out_trade_no is unique per merchant; the same
	// number cannot place a second order (WeChat: OUT_TRADE_NO_USED).
	"out_trade_no", "outTradeNo",
	// WeChat Pay refunds: one refund per out_refund_no.
	"out_refund_no", "outRefundNo",
	// Alipay refunds (alipay.trade.refund): one refund per out_request_no.
	"out_request_no", "outRequestNo",
	// PayPal Payouts: a sender_batch_id used in the last 30 days is
	// rejected as a duplicate; "retry with the same sender_batch_id".
	"sender_batch_id", "senderBatchId",
	// Paystack (and Flutterwave transfers): reference is unique per
	// transaction ("Duplicate Transaction Reference").
	"reference",
	// Flutterwave charges and payments: tx_ref is the merchant's unique
	// transaction reference; a repeated tx_ref is rejected as a duplicate.
	"tx_ref", "txRef",
	// Alipay transfers (alipay.fund.trans.uni.transfer): one transfer per
	// out_biz_no; a repeat answers with the first transfer.
	"out_biz_no", "outBizNo",
	// PayZu: dedupes charges, Pix payments and transfers by clientReference.
	"clientReference", "client_reference",
	// Wise: customerTransactionId is the unique id that avoids duplicate
	// transfers.
	"customerTransactionId", "customer_transaction_id",
	// DANA / Alipay+ acquiring: a repeated merchantTransId answers
	// SUCCESS_IDEMPOTENT_ERROR with the first order.
	"merchantTransId", "merchant_trans_id",
	// Issue 18 (providers' own dedupe fields, seen on real merchant
	// code): a transfer's TraceId, and merchant_order_id (Paymob's order
	// registration rejects a duplicate merchant_order_id; PhonePe's
	// merchantOrderId is unique per merchant).
	"TraceId",
	"merchant_order_id", "merchantOrderId",
	// Custodians: Fireblocks rejects a second transaction with the same
	// externalTxId; BitGo's sendcoins/sendmany reject a repeated
	// sequenceId for the wallet.
	"externalTxId", "external_tx_id",
	"sequenceId", "sequence_id",
	// PhonePe PG v1: merchantTransactionId is unique per merchant; a pay,
	// refund or autopay debit sent again with the same one is the same
	// transaction ("retry with the same merchantTransactionId").
	"merchantTransactionId", "merchant_transaction_id",
	// lnd REST: a BOLT11 invoice already paid or in flight is refused
	// (lnpay.go).
	"payment_request", "paymentRequest",
	// SumUp checkouts (POST /v0.1/checkouts, and reader APIs built like
	// them): checkout_reference "must be unique for your application";
	// creating a checkout with one that exists answers 409
	// DUPLICATED_CHECKOUT (SumUp API reference, CheckoutCreateRequest).
	"checkout_reference", "checkoutReference",
}

// refSentinel, appended to builder.extraFields, says that the reference
// fields are being matched (the second pass of withReferences). It can
// never equal a real field name.
const refSentinel = "\x00paylint:reference-fields"

// isReferenceField: name is one of referenceFields.
func isReferenceField(name string) bool {
	for _, f := range referenceFields {
		if strings.EqualFold(f, name) {
			return true
		}
	}
	return false
}

// referencesOn: the reference fields are matched in this pass.
func (b *builder) referencesOn() bool {
	for _, f := range b.extraFields {
		if f == refSentinel {
			return true
		}
	}
	return false
}

// withReferences runs find twice: first with the fields named for
// idempotency only, so that a real key wins over a reference field in
// the same body; then, if none was found, with the reference fields too.
// A reference field holding a constant ("reference": "monthly fee") is a
// note, not a per-operation value: it is dropped and the search repeated.
func (b *builder) withReferences(find func() *Key) *Key {
	saved := b.extraFields
	defer func() { b.extraFields = saved }()
	var base []string
	for _, f := range saved {
		if f != refSentinel && !isReferenceField(f) {
			base = append(base, f)
		}
	}
	b.extraFields = base
	if k := find(); k != nil {
		return k
	}
	dropped := map[string]bool{}
	for range referenceFields {
		fields := append(append([]string(nil), base...), refSentinel)
		for _, f := range referenceFields {
			if !dropped[strings.ToLower(f)] {
				fields = append(fields, f)
			}
		}
		b.extraFields = fields
		k := find()
		if k == nil || !isReferenceField(k.Name) || !b.constantValue(k.Value) {
			return k
		}
		dropped[strings.ToLower(k.Name)] = true
	}
	return nil
}

// constantValue: e is a compile-time constant (a literal or a named
// constant), the same for every operation.
func (b *builder) constantValue(e ast.Expr) bool {
	if e == nil {
		return false
	}
	tv, ok := b.ix.info.Types[e]
	return ok && tv.Value != nil
}

// containerSkip are body objects whose fields describe or annotate the
// payment; a reference inside them is not what the provider dedupes on.
var containerSkip = map[string]bool{
	"metadata": true, "meta": true, "extra": true, "notes": true, "note": true,
	"custom": true, "custom_fields": true, "customfields": true, "description": true,
}

// keyCarriers are the body objects a provider names as the holder of
// its dedupe field (lower case, JSON and Go spellings): PayPal Payouts'
// sender_batch_header.sender_batch_id. A reference field in any other
// object (Wise's details.reference, a beneficiary's reference) is text
// for the payee or a statement, not what the provider dedupes on.
var keyCarriers = map[string]bool{
	"sender_batch_header": true, "senderbatchheader": true,
}

// nestedKey finds a key one object down in the body: a field named for
// idempotency in any object, a reference field only in a key carrier
// (PayPal's {"sender_batch_header": {"sender_batch_id": id}}). Only while
// the reference fields are matched (the second pass), so that bodies
// with a top-level key are judged as before.
func (b *builder) nestedKey(e ast.Expr, t types.Type, decl *ast.FuncDecl, depth int) *Key {
	if !b.referencesOn() || depth > maxEvalDepth {
		return nil
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			f := u.Field(i)
			name := jsonName(f.Name(), u.Tag(i))
			if name == "-" || containerSkip[strings.ToLower(name)] || !objectType(f.Type()) {
				continue
			}
			if k := b.structKey(e, f, name, decl, depth+1); k != nil && k.Value != nil {
				if inner := b.innerKey(name, k.Value, decl, depth+1); inner != nil {
					return inner
				}
			}
		}
	case *types.Map:
		cl, ok := stripAddr(e).(*ast.CompositeLit)
		if !ok {
			return nil
		}
		for _, el := range cl.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			name, ok := b.ix.stringConst(kv.Key)
			if !ok || containerSkip[strings.ToLower(name)] {
				continue
			}
			if _, lit := stripAddr(kv.Value).(*ast.CompositeLit); !lit {
				continue
			}
			if inner := b.innerKey(name, kv.Value, decl, depth+1); inner != nil {
				return inner
			}
		}
	}
	return nil
}

// innerKey: the key in the body object e found under name: with the
// reference fields in a key carrier, with the fields named for
// idempotency only elsewhere.
func (b *builder) innerKey(name string, e ast.Expr, decl *ast.FuncDecl, depth int) *Key {
	if keyCarriers[strings.ToLower(name)] {
		return b.valueKey(e, decl, depth)
	}
	saved := b.extraFields
	defer func() { b.extraFields = saved }()
	var named []string
	for _, f := range saved {
		if f != refSentinel && !isReferenceField(f) {
			named = append(named, f)
		}
	}
	b.extraFields = named
	return b.valueKey(e, decl, depth)
}

// objectType: a struct, a pointer to one, or a map: something marshalled
// as a JSON object.
func objectType(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	switch t.Underlying().(type) {
	case *types.Struct, *types.Map:
		return true
	}
	return false
}
