package redirectfulfill

import (
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/directive"
	"github.com/paylint/paylint/analyzers/internal/handler"
)

// reportBound reports return pages of other packages whose grant is seen
// only here, where their use case's ports are bound
// (handler/returnbind.go): at the value given the page's field, as
// webhookverify and webhookack report a wired use case at its binding.
func reportBound(pass *analysis.Pass) {
	fx, _ := pass.ResultOf[handler.EffectsAnalyzer].(*handler.Effects)
	if fx == nil {
		return
	}
	for _, g := range fx.Returns {
		directive.Reportf(pass, g.Node, "%s", boundMessage(g))
	}
}

func boundMessage(g handler.ReturnGrant) string {
	page := g.Call.Handler
	if g.Call.Route != "" {
		page += " (" + g.Call.Route + ")"
	}
	read := "without reading the payment's status from the provider"
	if g.Call.Reads {
		read = "after reading the payment from the provider without checking that its status is paid"
	}
	return fmt.Sprintf("order fulfilled by the success-redirect handler %s, which calls %s (%s) %s; bound here, %s %s: %s",
		page, g.Call.Desc, g.Call.At, read, g.Call.Desc, g.Desc, fix)
}
