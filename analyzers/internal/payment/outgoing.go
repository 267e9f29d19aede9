package payment

import (
	"strings"
)

// outgoingSegs are collections whose creation moves money back to the
// buyer or out to a recipient.
var outgoingSegs = map[string]bool{
	"refunds": true, "payouts": true, "transfers": true, "reversals": true,
	"disbursements": true, "disbursement": true, "withdrawals": true, "withdrawal": true,
	// the singulars of APIs known by their bodies (Paystack's "POST
	// /transfer", "POST /payout")
	"transfer": true, "payout": true, "refund": true,
}

// outgoingSDK matches the descriptions of the SDK creations of refunds,
// payouts and transfers ("stripe refund.New", "stripe V1Refunds.Create"),
// also inside a wrapper's description ("billing.Refund (stripe refund.New)").
var outgoingSDK = lazyRE(`\bstripe (refund|payout|transfer)\.New\b|\bstripe V1(Refunds|Payouts|Transfers)\.Create\b`)

// Outgoing reports whether a creating op makes a refund, a payout or a
// transfer: money going back to the buyer or out to a recipient, not a new
// charge of the buyer. A loop that polls a payment and refunds it when it
// is stuck, or pays the seller out once it succeeded, does not create a
// second payment.
func (op *Op) Outgoing() bool {
	if op == nil || !op.Kind.Has(Create) {
		return false
	}
	if outgoingSDK.MatchString(op.Desc) || outgoingProviderDesc(op.Desc) {
		return true
	}
	if op.Path == "" {
		return false
	}
	path, _, _ := strings.Cut(op.Path, "?")
	segs := strings.FieldsFunc(strings.ToLower(path), func(r rune) bool { return r == '/' })
	// The collection created is the last literal resource segment.
	for i := len(segs) - 1; i >= 0; i-- {
		s := segs[i]
		if outgoingSegs[s] {
			return true
		}
		if isResourceLit(s) {
			return false
		}
	}
	return false
}

// outgoingProviderDescs are the descriptions of the provider tables'
// creations marked Outgoing ("xendit PayoutApi.CreatePayout").
var outgoingProviderDescs = func() []string {
	var out []string
	for _, p := range providers {
		for _, f := range p.Funcs {
			if f.Outgoing {
				out = append(out, p.Label+" "+f.Desc)
			}
		}
	}
	return out
}()

// outgoingProviderDesc: desc names an outgoing creation of a provider
// table, by itself or inside a wrapper's description
// ("xenditpay.Client.SendPayout (xendit PayoutApi.CreatePayout)").
func outgoingProviderDesc(desc string) bool {
	for _, d := range outgoingProviderDescs {
		if i := strings.Index(desc, d); i >= 0 {
			rest := desc[i+len(d):]
			if rest == "" || !isIdentByte(rest[0]) {
				return true
			}
		}
	}
	return false
}

func isIdentByte(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}
