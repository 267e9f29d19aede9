package webhookverify

import (
	"fmt"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/directive"
	"github.com/paylint/paylint/analyzers/internal/handler"
)

// mountMessage is the message for a webhook handler of another package,
// verifying nothing itself, mounted on a route with no verifying
// middleware: reported at the mount, where the route's chain is seen.
func mountMessage(mt *handler.Mount) string {
	route := strings.TrimSpace(mt.Route.Method + " " + mt.Route.Path)
	if route == "" {
		route = "a route"
	}
	what := types.ExprString(mt.Expr)
	if strings.Contains(what, "…") {
		what = funcName(mt.Func) // &hooks.Notifier{…}: its ServeHTTP
	}
	return fmt.Sprintf("payment webhook handler %s (package %s) mounted on %s verifies no signature, and no middleware on this route does: it %s, so anyone who finds the URL can forge a paid event; verify the signature in the handler or in a middleware on this route and return 400 on failure before processing, or, for a provider that signs nothing, act only on the payment read back from its API",
		what, mt.Func.Pkg().Path(), route, mt.Fact.Why)
}

// reportWired reports the mounts of handlers whose use case, bound in this
// package, acts on the payment (handler/wire_bind.go): the handler is a
// webhook by its body once its use case is seen.
func reportWired(pass *analysis.Pass) {
	fx, _ := pass.ResultOf[handler.EffectsAnalyzer].(*handler.Effects)
	if fx == nil || fx.Wired == nil {
		return
	}
	for _, wm := range fx.Wired.Mounts {
		mt := *wm.Mount
		mt.Fact = &handler.UnverifiedWebhookFact{Why: wm.Why}
		directive.Reportf(pass, mt.Expr, "%s", mountMessage(&mt))
	}
	for _, ww := range fx.Wired.Weak { // a fail-open or skipped check, its use case bound here
		directive.Reportf(pass, ww.Node, "%s", message(ww.Verification, ww.Handler, ww.Desc))
	}
}

// funcName is fn's name with its receiver type ("Notifier.ServeHTTP").
func funcName(fn *types.Func) string {
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
		t := sig.Recv().Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := t.(*types.Named); ok {
			return n.Obj().Name() + "." + fn.Name()
		}
	}
	return fn.Name()
}
