package webhookdedupe

import (
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/directive"
	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/handler"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// Analyzer is the webhookdedupe rule. See doc.go.
var Analyzer = &analysis.Analyzer{
	Name:     "webhookdedupe",
	Doc:      doc,
	Requires: []*analysis.Analyzer{payment.Analyzer, handler.Analyzer, handler.EffectsAnalyzer, funcs.Analyzer},
	Run:      directive.CheckUnusedOutsideTests(run),
}

func run(pass *analysis.Pass) (any, error) {
	m, err := handler.ForRule(pass)
	if m == nil || err != nil {
		return nil, err
	}
	fx, _ := pass.ResultOf[handler.EffectsAnalyzer].(*handler.Effects)
	if fx == nil {
		return nil, nil
	}
	for _, h := range m.Judged() {
		for _, e := range fx.Repeats[h] {
			directive.Reportf(pass, e.Node, "%s", message(e))
		}
	}
	if fx.Wired != nil { // use cases bound here to other packages' handlers
		for _, e := range fx.Wired.Repeats {
			directive.Reportf(pass, e.Node, "%s", message(e))
		}
	}
	return nil, nil
}

const (
	redelivered = "providers deliver events more than once"
	recordFirst = "record the event id (or check the order's state) before"
)

func message(e handler.Effect) string {
	switch e.Kind {
	case handler.Credit:
		return fmt.Sprintf("webhook handler credits the balance (%s) on every delivery of the event; %s — %s crediting, or make the credit conditional on the event not being recorded yet", e.Desc, redelivered, recordFirst)
	case handler.Insert:
		return fmt.Sprintf("webhook handler inserts a ledger or payment row (%s) on every delivery of the event; %s — %s inserting, or insert keyed by the event id (ON CONFLICT DO NOTHING) and check the rows affected", e.Desc, redelivered, recordFirst)
	case handler.Mail:
		return fmt.Sprintf("webhook handler sends a message (%s) on every delivery of the event; %s — %s sending, so the customer gets it once", e.Desc, redelivered, recordFirst)
	case handler.Stock:
		return fmt.Sprintf("webhook handler takes the items out of stock (%s) on every delivery of the event; %s — %s decrementing, so the stock is taken once", e.Desc, redelivered, recordFirst)
	case handler.Debit:
		return fmt.Sprintf("webhook handler debits the stored balance (%s) on every delivery of the event; %s — %s debiting, so the balance is spent once", e.Desc, redelivered, recordFirst)
	case handler.Extension:
		return fmt.Sprintf("webhook handler extends the subscription (%s) on every delivery of the event; %s — %s extending, or set the end to the period end the event carries", e.Desc, redelivered, recordFirst)
	case handler.ProviderWrite:
		if adv := payment.AdviceForDesc(e.Desc); adv != nil && adv.NoKey {
			return fmt.Sprintf("webhook handler sends a payment write (%s) on every delivery of the event; %s, and %s takes no idempotency key for this write — %s it, so it is sent once", e.Desc, redelivered, adv.SDK, recordFirst)
		}
		return fmt.Sprintf("webhook handler sends a payment write (%s) on every delivery of the event; %s — %s it, or pass an idempotency key derived from the event id", e.Desc, redelivered, recordFirst)
	}
	return fmt.Sprintf("webhook handler fulfils the order (%s) on every delivery of the event; %s — %s fulfilling", e.Desc, redelivered, recordFirst)
}
