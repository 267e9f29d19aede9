package payment

import "strings"

// ---- Xendit's external_id is a label, not a key ----------------------------------
//
// external_id is listed among the body fields a provider dedupes on
// (realkeys.go: Ripple's Palisade refuses a repeated externalId). Xendit
// does not: its invoices and disbursements accept any number of requests
// with the same external_id (GET /v2/invoices?external_id=… and the
// SDK's GetByExternalID answer a list), and its dedupe is the
// X-IDEMPOTENCY-KEY header (xendit-go v1.0.8 disbursement: header.Add(
// "X-IDEMPOTENCY-KEY", data.IdempotencyKey)). So in a body sent to a
// literal Xendit host, external_id keys nothing, and a retried POST
// carrying only it is a write with no key. The host may be written on
// the client instead of the request (resty's SetBaseURL in the
// constructor, restybase.go). A URL whose host is not written in the
// code (a base URL from the configuration) keeps the field as a key:
// the provider is not known.

// xenditHosts are Xendit's API hosts (a literal piece of the URL).
var xenditHosts = []string{"api.xendit.co"}

// xenditRef returns k, or nil when k is only the external_id of a body
// sent to a literal Xendit host (on the request or its client's base).
func (b *builder) xenditRef(s *httpSend, k *Key) *Key {
	if k == nil || s == nil || !strings.EqualFold(k.Name, "external_id") && !strings.EqualFold(k.Name, "externalId") {
		return k
	}
	for _, pc := range s.sentTo() { // the client's base URL too (restybase.go)
		if pc.Hole {
			continue
		}
		l := strings.ToLower(pc.Lit)
		for _, h := range xenditHosts {
			if strings.Contains(l, h) {
				return nil
			}
		}
	}
	return k
}
