package handler

import (
	"golang.org/x/tools/go/ssa"
)

// ---- a verifier known by its name alone -----------------------------------
//
// A callee paylint has no summary of (an interface method, a function of
// a package the model did not run on) is taken as a verifier at its word
// when it is named so (VerifySignature, ValidateHMAC): that is how an
// in-house check behind an interface is seen. But a word is no evidence
// that the caller receives a provider's delivery: a learner's lab endpoint
// calling VerifyCurrentStep(session.ID), a KYC form calling
// VerifyDocument(docID), an e-mail link calling VerifyEmail(token) all
// "verify" something of their own. So such a callee makes its caller a
// webhook (callsSigVerifier) only when it is handed what a sender signs:
// a value read from a header or parameter named as a signature (not a
// bare "token": a session, an invitation or an e-mail link carries one),
// the raw body, or the request itself (or its headers or form). Handed an
// id the handler looked up or a token of the user's, it verifies nothing a
// provider signed, and the handler is a webhook only by its other signs
// (route, signature header, provider event, SDK verifier).

// handedSigned: some argument of c is the request, its raw body, or
// its signature; on a page a browser lands on (page), a query parameter
// is never one.
func handedSigned(c *ssa.CallCommon, page bool) bool {
	for _, a := range c.Args {
		if carriesBody(a) || carriesRequest(a) || signedValue(a, page) {
			return true
		}
	}
	return false
}

// signedValue: v is made from a read of the request's header or
// parameter named as a signature (Stripe-Signature, X-Callback-Token,
// a posted "sign" or "hmac" field), not one named only a token.
func signedValue(v ssa.Value, page bool) bool {
	return derives(v, func(x ssa.Value) bool {
		return callValue(x, func(c *ssa.CallCommon) bool {
			if !sigRead(c) || page && queryTokenRead(c) {
				return false
			}
			for _, a := range c.Args {
				if s, ok := constStr(a); ok && (SignatureHeader(s) || hasWord(sharedWords(s), c17SigWords...) != "") {
					return true
				}
			}
			return false
		})
	}, 8)
}

// c17SigWords are sigWords without "token", which alone names a user's
// credential as often as a sender's.
var c17SigWords = []string{"signature", "signatures", "sign", "sig", "hmac", "digest", "mac"}
