package webhookack

import (
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/directive"
	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/handler"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// Analyzer is the webhookack rule. See doc.go.
var Analyzer = &analysis.Analyzer{
	Name:     "webhookack",
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
		if s, ok := fx.Slow[h]; ok {
			directive.Reportf(pass, s.Slow.Node, "%s", message(h, s.Slow, s.Answer))
		}
	}
	if fx.Wired != nil { // use cases bound here to other packages' handlers
		for _, s := range fx.Wired.Slow {
			directive.Reportf(pass, s.Slow.Node, "%s", message(&handler.Handler{Framework: s.Framework}, &s.Slow, s.Answer))
		}
	}
	return nil, nil
}

func message(h *handler.Handler, s *handler.Slow, ans handler.Answer) string {
	if ans == handler.Buffered {
		if h.Framework == handler.NetHTTP {
			return fmt.Sprintf("webhook handler writes its status but %s before returning; net/http does not send the status until the handler returns (or flushes), so a slow answer makes the provider time out and deliver again — flush the answer first (http.NewResponseController(w).Flush()) or process asynchronously", s.Desc)
		}
		fw := h.Framework.String()
		if fw == "?" {
			fw = "the framework"
		}
		return fmt.Sprintf("webhook handler sets its answer but %s before returning; %s sends the answer only when the handler returns, so a slow answer makes the provider time out and deliver again — answer 2xx and process asynchronously (a queue, an outbox or a job)", s.Desc, fw)
	}
	return fmt.Sprintf("webhook handler %s before answering; a slow answer makes the provider time out and deliver again — answer 2xx first and process asynchronously", s.Desc)
}
