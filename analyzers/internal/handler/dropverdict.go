package handler

import (
	"golang.org/x/tools/go/ssa"
)

// ---- a verifier wrapper that drops the verdict -----------------------------
//
// PayPal's verify-webhook-signature answers 200 with verification_status
// "SUCCESS" or "FAILURE": plutov/paypal's VerifyWebhookSignature returns a
// nil error for both. A wrapper handing back only that error,
//
//	func (p *PayPal) VerifyWebhook(ctx context.Context, r *http.Request) error {
//		_, err := p.c.VerifyWebhookSignature(ctx, r, p.webhookID)
//		return err
//	}
//
// is summarised as a verifier (its error return is the SDK's), and its
// callers' check of that error counted as an enforced one. Its fact now
// says Partial, and a caller checking its error gets the Partial verdict
// that checking the SDK's own error gets (sdkverdict.go).

// dropsVerdict: every return of fn that hands back a verifier's result
// hands back the error of a split-verdict SDK verifier whose verdict fn
// never reads (no compare of VerificationStatus anywhere), and there is
// at least one.
func (m *Model) dropsVerdict(fn *ssa.Function, rets []*ssa.Return) bool {
	n := 0
	for _, r := range rets {
		if len(r.Results) == 0 {
			return false
		}
		_, v, ok := m.verifierResult(r.Results[len(r.Results)-1], fn)
		if !ok {
			continue
		}
		if !v.partial || v.sdk == nil || verdictRead(r.Results[len(r.Results)-1], v.sdk.Verdict) {
			return false // the verdict tested too (Status != "SUCCESS" errs): enforced
		}
		n++
	}
	return n > 0
}

// verdictRead: the call whose error err extracts has its verdict
// result (index verdict) read anywhere.
func verdictRead(err ssa.Value, verdict int) bool {
	ex, ok := strip(err).(*ssa.Extract)
	if !ok {
		return true // not seen as the call's error: cannot tell
	}
	call, ok := ex.Tuple.(*ssa.Call)
	if !ok {
		return true
	}
	for _, r := range refs(call) {
		if x, ok := r.(*ssa.Extract); ok && x.Index == verdict && len(refs(x)) > 0 {
			return true
		}
	}
	return false
}
