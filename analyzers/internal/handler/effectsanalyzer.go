package handler

import (
	"reflect"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// EffectsAnalyzer summarises, for webhookdedupe and webhookack, what the
// package's functions do that a repeated or slow webhook delivery cares
// about (EffectFact, SlowFact, exported for callers in other packages),
// and judges the package's payment webhook handlers. It reports nothing.
var EffectsAnalyzer = &analysis.Analyzer{
	Name:       "webhookeffects",
	Doc:        "summarises repeated effects and slow work of webhook handlers and their callees (internal; reports nothing)",
	Requires:   []*analysis.Analyzer{payment.Analyzer, Analyzer},
	ResultType: reflect.TypeOf((*Effects)(nil)),
	FactTypes:  []analysis.Fact{(*EffectFact)(nil), (*EffectsModeledFact)(nil), (*SlowFact)(nil), (*SlowModeledFact)(nil)},
	Run:        runEffects,
}

// Effects is the result of EffectsAnalyzer: per payment webhook handler,
// the effects no duplicate guard protects and the first slow call made
// before it answers.
type Effects struct {
	Repeats map[*Handler][]Effect
	Slow    map[*Handler]SlowAt
}

// SlowAt is a slow call and how far the handler had answered then.
type SlowAt struct {
	Slow   *Slow
	Answer Answer
}

func runEffects(pass *analysis.Pass) (any, error) {
	res := &Effects{Repeats: map[*Handler][]Effect{}, Slow: map[*Handler]SlowAt{}}
	info, _ := pass.ResultOf[payment.Analyzer].(*payment.Info)
	m, _ := pass.ResultOf[Analyzer].(*Model)
	if info == nil || !info.Relevant || m == nil {
		return res, nil
	}
	d := NewDedupe(pass, m)
	d.Summarize()
	a := NewAck(pass, m)
	a.Summarize()
	for _, h := range m.Judged() {
		if ok, _ := h.Webhook(); !ok || !m.PaymentWebhook(h) {
			continue
		}
		if es := d.Unguarded(h); len(es) > 0 {
			res.Repeats[h] = es
		}
		if s, ans := a.Before(h); s != nil {
			res.Slow[h] = SlowAt{Slow: s, Answer: ans}
		}
	}
	return res, nil
}
