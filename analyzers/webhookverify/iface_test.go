package webhookverify

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/paylint/paylint/analyzers/internal/handler"
)

// withIface judges webhooks as run does, over the payment effects behind
// interfaces only (handler.Model.IfaceFulfilments): (a) an implementation
// in the package that stores the paid state, (b) a use case named as a
// payment state and handed the event, in a webhook known as a payment
// provider's by other signs. Once Fulfilments includes them, the same
// testdata runs under Analyzer with the same wants.
var withIface = &analysis.Analyzer{
	Name:     "webhookverify",
	Doc:      "webhookverify over the effects behind interfaces (test only)",
	Requires: Analyzer.Requires,
	Run: func(pass *analysis.Pass) (any, error) {
		m, err := handler.ForRule(pass)
		if m == nil || err != nil {
			return nil, err
		}
		for _, h := range m.Judged() {
			if ok, _ := h.Webhook(); !ok || m.BehindVerifier(h) || m.Deferred(h) {
				continue
			}
			for _, op := range m.IfaceFulfilments(h) {
				if m.ProviderChecked(h, op.Call) {
					continue
				}
				v := m.VerificationAt(h, op.Call)
				if v == handler.Partial {
					pass.Reportf(op.Call.Pos(), "%s", partialMessage(m, h, op.Desc))
					continue
				}
				if msg := message(v, name(h), op.Desc); msg != "" {
					pass.Reportf(op.Call.Pos(), "%s", msg)
				}
			}
		}
		return nil, nil
	},
}

// TestIfaceEffects: use cases behind interfaces in webhooks; look-alikes
// (a mail, a record of the event, a query, a query parameter, a webhook
// with no payment sign, an unseen implementation with no sign, a
// verified webhook, an account route) stay silent.
func TestIfaceEffects(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, withIface, "ifacehooks/delivery", "ifacehooks/local")
}
