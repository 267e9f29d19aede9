package redirectfulfill

import (
	"fmt"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/directive"
	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/handler"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// Analyzer is the redirectfulfill rule. See doc.go.
var Analyzer = &analysis.Analyzer{
	Name:     "redirectfulfill",
	Doc:      doc,
	Requires: []*analysis.Analyzer{payment.Analyzer, handler.Analyzer, handler.EffectsAnalyzer, funcs.Analyzer},
	Run:      directive.CheckUnusedOutsideTests(run),
}

const fix = "a buyer can open this URL without paying; fulfil from the verified webhook or after retrieving the payment and checking it is paid"

func run(pass *analysis.Pass) (any, error) {
	m, err := handler.ForRule(pass)
	if m == nil || err != nil {
		return nil, err
	}
	fx, _ := pass.ResultOf[handler.EffectsAnalyzer].(*handler.Effects)
	for _, h := range m.Judged() {
		// byURL: a page known only by a success word in its URL (urlpaid.go)
		byURL := false
		// linked: routed on the success URL the app hands the provider (linked.go)
		linked, _ := m.Linked(h)
		if ok, _ := h.Redirect(); !ok && !m.ReturnByWrite(h) && !linked && // returnroute.go
			!m.BrowserCallback(h) { // browsercallback.go: the browser posts the provider's id back
			if byURL = m.URLPaidPage(h); !byURL {
				continue
			}
		}
		for _, op := range slices.Concat(m.Fulfilments(h), fx.HoldOps(h)) { // a payment hold stored (handler/holdwrites.go)
			if g := m.Guarded(op.Call); g != nil && g.Status {
				continue
			}
			checked, param := m.StatusChecked(h, op.Call)
			if checked || byURL && param == nil {
				continue
			}
			directive.Reportf(pass, op.Call, "%s", message(m, h, param))
		}
	}
	if fx != nil {
		for _, mt := range fx.R19Mounts { // a page of another package routed here on a success URL
			f, why := mt.Finding, "a page the buyer's browser comes back to"
			if mt.Target.Key != "" {
				why = "the " + mt.Target.Key + " built at " + mt.Target.At
			}
			directive.Reportf(pass, mt.Node, "%s, mounted here on %s, %s: %s (at %s)",
				mt.Handler, mt.Path, why, text(f.Param, f.Source, f.Reads), f.At)
		}
	}
	reportBound(pass) // binding.go: a page of another package, its use case bound here
	return nil, nil
}

func message(m *handler.Model, h *handler.Handler, param *handler.Read) string {
	if param != nil {
		return text(param.Name, param.Source, false)
	}
	return text("", "", m.ReadsPayment(h))
}

// text says what the page did: fulfilled on a request parameter (param,
// read from source), after reading the payment (reads), or with nothing.
func text(param, source string, reads bool) string {
	if param != "" {
		from := "the query string"
		if source == "form" {
			from = "a form value"
		}
		return fmt.Sprintf("order fulfilled in the success-redirect handler from %s (%s) without reading the payment's status from the provider: %s", from, param, fix)
	}
	if reads {
		return "order fulfilled in the success-redirect handler after reading the payment from the provider without checking that its status is paid: " + fix
	}
	return "order fulfilled in the success-redirect handler without reading the payment's status from the provider: " + fix
}
