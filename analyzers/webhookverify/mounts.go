package webhookverify

import (
	"fmt"
	"go/types"
	"strings"

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
	return fmt.Sprintf("payment webhook handler %s (package %s) mounted on %s verifies no signature, and no middleware on this route does: it %s, so anyone who finds the URL can forge a paid event; verify the signature in the handler or in a middleware on this route and return 400 on failure before processing",
		what, mt.Func.Pkg().Path(), route, mt.Fact.Why)
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
