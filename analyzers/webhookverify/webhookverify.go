package webhookverify

import (
	"fmt"
	"sort"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/directive"
	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/handler"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// Analyzer is the webhookverify rule. See doc.go.
var Analyzer = &analysis.Analyzer{
	Name:     "webhookverify",
	Doc:      doc,
	Requires: []*analysis.Analyzer{payment.Analyzer, handler.Analyzer, handler.EffectsAnalyzer, funcs.Analyzer},
	Run:      directive.CheckUnusedOutsideTests(run),
}

func run(pass *analysis.Pass) (any, error) {
	m, err := handler.ForRule(pass)
	if m == nil || err != nil {
		return nil, err
	}
	for _, h := range m.Judged() {
		if ok, _ := h.Webhook(); !ok || m.BehindVerifier(h) || m.Deferred(h) {
			continue // Deferred: judged where another package mounts it
		}
		// Terminal states other than paid (refunded, charged back…) act on
		// the payment too (handler/terminalstate.go). One forged event is one
		// mistake: an effect that follows an already reported one of the same
		// verdict on its path (once.go) is not reported again.
		ops := append(append([]*payment.Op(nil), m.Fulfilments(h)...), m.TerminalWrites(h)...)
		sort.SliceStable(ops, func(i, j int) bool { return ops[i].Call.Pos() < ops[j].Call.Pos() })
		var seen reportedOps
		for _, op := range ops {
			if g := m.Guarded(op.Call); g != nil && (g.Verified || g.Status) || m.ProviderChecked(h, op.Call) {
				continue // verified, or the payment fetched back from the provider
			}
			v := m.VerificationAt(h, op.Call)
			if seen.follows(pass, v, op.Call) {
				continue
			}
			if v == handler.Partial {
				directive.Reportf(pass, op.Call, "%s", partialMessage(m, h, op.Desc))
				continue
			}
			if hdr, ok := m.HeaderSkip(h); ok && v == handler.FailOpen { // handler/headerskip.go
				directive.Reportf(pass, op.Call, "%s", headerSkipMessage(name(m, h), hdr, op.Desc))
				continue
			}
			if fn := m.ConstVerifier(h); fn != "" && v == handler.Unverified { // handler/constverdict.go
				directive.Reportf(pass, op.Call, "%s", constVerdictMessage(name(m, h), fn, op.Desc))
				continue
			}
			if msg := message(v, name(m, h), op.Desc); msg != "" {
				directive.Reportf(pass, op.Call, "%s", msg)
			}
		}
	}
	for _, mt := range m.Mounts() {
		directive.Reportf(pass, mt.Expr, "%s", mountMessage(mt))
	}
	for _, p := range m.TrustedParsers() { // handler/trustparser.go
		directive.Reportf(pass, p.Decl.Name, "%s", trustedParserMessage(p))
	}
	reportWired(pass) // mounts.go
	// A callback-token middleware passing a request without the token
	// (handler/absenttoken.go), where it is built or handed on.
	for _, u := range m.AbsentTokenUses() {
		directive.Reportf(pass, u.At, "%s", u.Message())
	}
	return nil, nil
}

// name names h by the route a forged event can take: the first one no
// verifying middleware covers.
func name(m *handler.Model, h *handler.Handler) string {
	if r := m.UnverifiedRoute(h); r != nil && r.Path != "" {
		return r.Path
	}
	if len(h.Routes) > 0 && h.Routes[0].Path != "" {
		return h.Routes[0].Path
	}
	if h.Name != "" {
		return h.Name
	}
	return "handler"
}

// headerSkipMessage words a FailOpen verdict whose check runs only when
// the request sends the signature header.
func headerSkipMessage(where, header, what string) string {
	return fmt.Sprintf("payment webhook %s skips signature verification when the request sends no %s header (fails open) before %s: a forged event simply leaves the header out; reject a request whose signature is missing or does not verify", where, header, what)
}

// constVerdictMessage: the handler's check is a function answering
// success whatever it is handed (handler/constverdict.go).
func constVerdictMessage(where, fn, what string) string {
	return fmt.Sprintf("payment webhook %s checks the signature with %s, which returns success whatever it is handed (it never reads the signature), before %s: any forged event passes; verify the signature (an HMAC of the raw body with the webhook secret, the provider's verifier) and return 400 on failure", where, fn, what)
}

// trustedParserMessage: a gateway's notification parser drops the sign
// field it parses and answers paid (handler/trustparser.go).
func trustedParserMessage(p handler.Parser) string {
	return fmt.Sprintf("payment notification parser %s takes the provider's %q field from the posted body and never checks it, yet answers %s from what was posted: anyone who posts to the notify URL can forge a paid notification for this gateway; verify the signature over the posted fields with the merchant key, or read the payment back from the provider, before answering paid", p.Name, p.Field, p.Paid)
}

func message(v handler.Verification, where, what string) string {
	if what == "" {
		what = "fulfilment"
	}
	switch v {
	case handler.Unverified:
		return fmt.Sprintf("payment webhook %s acts on the payment (%s) without verifying the provider's signature: anyone who finds the URL can forge a paid event; verify the signature (webhook.ConstructEvent, an HMAC of the raw body) and return 400 on failure before processing, or, for a provider that signs nothing, act only on the payment read back from its API", where, what)
	case handler.Unenforced:
		return fmt.Sprintf("payment webhook %s verifies the signature but carries on when it fails (the result is only logged or ignored) before %s: a forged event is still processed; return 400 when verification fails", where, what)
	case handler.Late:
		return fmt.Sprintf("payment webhook %s acts on the payment (%s) before it verifies the signature: a forged event is processed before it is rejected; verify first and return 400 on failure before processing", where, what)
	case handler.Skipped:
		return fmt.Sprintf("payment webhook %s verifies the signature only on some paths (a condition skips it) before %s: a forged event can take the unchecked path; verify every request and return 400 on failure", where, what)
	case handler.FailOpen:
		return fmt.Sprintf("payment webhook %s skips signature verification when the secret is empty (fails open) before %s: a missing secret in production accepts forged events; reject the request when the secret is not configured", where, what)
	case handler.Partial: // at a binding (mounts.go); in its own package partialMessage names the verifier
		return fmt.Sprintf("payment webhook %s checks only the error of its verifier, whose verdict is another result (PayPal's VerificationStatus), before %s: a request without a valid signature is processed; check the verdict too and return 400 when it fails", where, what)
	}
	return ""
}
