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
	return fmt.Sprintf("payment webhook handler %s (package %s) mounted on %s verifies no signature, and no middleware on this route does: it %s, so anyone who finds the URL can forge a paid event; verify the signature in the handler or in a middleware on this route and return 400 on failure before processing",
		types.ExprString(mt.Expr), mt.Func.Pkg().Path(), route, mt.Fact.Why)
}
