package payment

import (
	"go/types"
	"strings"
)

// providerVerifier is a webhook signature verifier of a provider SDK.
// Most answer with their last result (an error, or a bool); some answer
// with another result, and their error alone is not the verdict:
// official Mollie's webhooks.Validate is (false, nil) when no signature
// was sent, PayPal's VerifyWebhookSignature is a remote call whose answer
// is a VerificationStatus ("SUCCESS" or "FAILURE") with a nil error.
type providerVerifier struct {
	Pkg  string // import path of the declaring package
	Recv string // receiver type name; "" for a function
	Name string
	Desc string // as users write it: "webhooks.Validate"
	// Verdict is the result that carries the verdict when it is not the
	// last one; -1 for the last.
	Verdict int
	// Field of the Verdict result that holds the answer, compared with
	// OK (or Fail); "" when the result is a bool.
	Field, OK, Fail string
	// Why tells what the error alone misses, Fix what to check instead.
	Why, Fix string
	// EmptyBody: the verifier answers nil for an empty body without
	// checking anything (Square's Webhooks.VerifySignature): a handler
	// must itself require a body.
	EmptyBody bool
}

// SDKVerifier is a provider SDK's webhook verifier, for the webhook rules.
type SDKVerifier struct {
	Desc string // "mollie webhooks.Validate"
	// Verdict is the index of the result that carries the verdict, -1
	// when it is the last result (the error, or a bool).
	Verdict         int
	Field, OK, Fail string
	Why, Fix        string
	// EmptyBody: nil for an empty body (providerVerifier.EmptyBody).
	EmptyBody bool
}

// VerifierOf returns the SDK verifier fn is, nil if none.
func VerifierOf(fn *types.Func) *SDKVerifier {
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	path, recv := fn.Pkg().Path(), recvTypeName(fn)
	for _, p := range providers {
		if !p.Pkgs.MatchString(path) {
			continue
		}
		for _, v := range p.Verifiers {
			if v.Name == fn.Name() && v.Recv == recv && samePkg(v.Pkg, path) {
				return &SDKVerifier{Desc: p.Label + " " + v.Desc, Verdict: v.Verdict,
					Field: v.Field, OK: v.OK, Fail: v.Fail, Why: v.Why, Fix: v.Fix, EmptyBody: v.EmptyBody}
			}
		}
	}
	return nil
}

// samePkg: the table's path, or the same path under another major
// version suffix (/v2 for /v3).
func samePkg(table, path string) bool {
	return table == path || stripMajor(table) == stripMajor(path)
}

func stripMajor(p string) string {
	parts := strings.Split(p, "/")
	out := parts[:0]
	for _, s := range parts {
		if len(s) > 1 && s[0] == 'v' && strings.Trim(s[1:], "0123456789") == "" {
			continue
		}
		out = append(out, s)
	}
	return strings.Join(out, "/")
}

// plainVerifier is a verifier whose last result is the verdict.
func plainVerifier(pkg, recv, name, desc string) providerVerifier {
	return providerVerifier{Pkg: pkg, Recv: recv, Name: name, Desc: desc, Verdict: -1}
}
