package payment

import (
	"strings"
)

// ---- a payment-initiation consent: a call of a payment API, no payment write ----
//
// An open-banking payment starts with a consent the payer authorises at
// the bank:
//
//	POST /open-banking/v3.1/pisp/domestic-payment-consents   (the payment's amount and payee)
//	POST /open-banking/v3.1/pisp/domestic-payments           (the payment, once authorised)
//
// The consent moves no money, so it is no payment write (urlclass.go):
// idempotency has nothing to say about it. But it is a request to a
// payment API about one payment, and the bank's answer to it does not
// change on a second send: a 400 (a bad sort code), a 403 or a 422 sent
// again is refused again, and the payer waits through the retries. So
// the consent sends are kept beside the ops, in Info.PaymentConsents,
// for the rules judging which answers a retry sends round (retrystatus);
// every other rule, which reads Info.Ops and the wrapper facts, does not
// see them.
//
// Only the consents of payment initiation count, by the path segment the
// Open Banking UK, VRP and Confirmation of Funds profiles name them with
// (either separator): domestic-, international-, file-, scheduled- and
// standing-order payment consents (…payment-consents, …standing-order-
// consents), domestic-vrp-consents, and a funds confirmation asked for a
// payment (POST /cbpii/funds-confirmations, Berlin Group's
// /v1/funds-confirmations, or one under a payment consent). Account
// access consents (account-access-consents, Berlin Group's /v1/consents),
// a funds-confirmation consent (a card issuer's permission, no payment),
// OAuth tokens and every GET stay out: a read of a consent may be a wait
// for the payer's authorisation.

// paymentConsentSuffixes end a segment naming a payment-initiation
// consent collection (segForm, lower case).
var paymentConsentSuffixes = []string{"payment_consents", "paymentconsents", "standing_order_consents", "vrp_consents"}

// paymentConsentSeg: lit names a payment-initiation consent collection
// (domestic-payment-consents, domesticPaymentConsents, domestic-vrp-consents).
func paymentConsentSeg(lit string) bool {
	lit = segForm(strings.ToLower(lit))
	for _, s := range paymentConsentSuffixes {
		if lit == s || strings.HasSuffix(lit, "_"+s) {
			return true
		}
	}
	return strings.HasSuffix(lit, "paymentconsents")
}

// paymentConsentPath: a POST path that asks a payment API for a payment
// consent or a funds confirmation of a payment.
func paymentConsentPath(p urlPath) bool {
	consent := false
	for _, s := range p.Segs {
		if s.Hole != nil {
			continue
		}
		lit := segForm(strings.ToLower(s.Lit))
		switch {
		case paymentConsentSeg(lit):
			consent = true
		case lit == "funds_confirmations":
			return true // a check of the payer's funds for a payment (Berlin Group, OB UK CBPII)
		case lit == "funds_confirmation" && consent:
			return true
		case strings.HasSuffix(lit, "consents"):
			return false // another consent under it (account access): not a payment's
		}
	}
	return consent
}

// paymentConsentOps records the POSTs of payment-initiation consents
// sent in this package (Info.PaymentConsents): HTTP sends whose method
// and URL are known, that are no op of their own.
func (b *builder) paymentConsentOps() {
	for _, cs := range b.ix.calls {
		if b.info.Ops[cs.Call] != nil {
			continue
		}
		s := b.sendAt(cs)
		if s == nil || !s.MethodOK || !s.URLOK || !strings.EqualFold(s.Method, "POST") {
			continue
		}
		p, ok := parseURL(s.URL)
		if !ok || !paymentConsentPath(p) {
			continue
		}
		b.info.PaymentConsents = append(b.info.PaymentConsents, &Op{
			Call:             s.Call,
			Kind:             Write | Create, // to the judges: a request the provider answers once and for all
			Method:           s.Method,
			Path:             p.String(),
			Desc:             s.Method + " " + p.String(),
			ClientRetries:    s.Retries,
			ClientRetriesPos: s.RetriesPos,
		})
	}
}
