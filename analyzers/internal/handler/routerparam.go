package handler

import (
	"go/ast"
	"go/types"
)

// ---- a routes function handed its router by one caller of the package -----------
//
// Route tables are often split into functions that take a router group
// and add routes to it:
//
//	func (g *GinRouter) InitRouter() {
//		g.Engine = gin.Default()
//		api := g.Engine.Group("/api")
//		api.Use(middleware.DomainAndAPI())
//		g.InitPublicRouter(api)
//	}
//	func (g *GinRouter) InitPublicRouter(r *gin.RouterGroup) {
//		shop := r.Group("/public/shop").Use(middleware.RateLimitIP())
//		shop.GET("/epayNotify", public_api.EpayNotify)
//	}
//
// The router parameter r is a caller's: alone it hides the middleware in
// front of it, and a mount on it stays silent (routerFromCaller). When
// the function is called exactly once in its package, that call's
// argument is the router r stands for, and its prefix and middleware are
// the argument's (as for a chi Route literal's parameter, routes.go).
// A function called more than once, or never here, keeps its parameter
// opaque.

// callerRouters records, for the functions of the package whose router
// parameters are handed in by a single call of the package, each such
// parameter with the argument it is handed.
func (m *Model) callerRouters() {
	calls := map[*types.Func][]*ast.CallExpr{}
	for _, f := range m.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			if fn := m.calleeFunc(call); fn != nil && m.decls[fn] != nil {
				calls[fn] = append(calls[fn], call)
			}
			return true
		})
	}
	for fn, cs := range calls {
		fd := m.decls[fn]
		sig, _ := fn.Type().(*types.Signature)
		if len(cs) != 1 || fd == nil || sig == nil || sig.Variadic() || len(cs[0].Args) != sig.Params().Len() || cs[0].Ellipsis.IsValid() {
			continue
		}
		for i := 0; i < sig.Params().Len(); i++ {
			p := sig.Params().At(i)
			if _, seen := m.routeParams[p]; seen || !routerParamType(p.Type()) {
				continue
			}
			m.routeParams[p] = routeParent{parent: cs[0].Args[i]}
		}
	}
}

// routerParamType: t is a framework's route group (or a router interface
// a group may stand behind). A root router (*gin.Engine, *echo.Echo,
// *fiber.App, *chi.Mux, *http.ServeMux) is judged as a root wherever it
// is handed (rootRouter: its middleware never covers a whole
// application), so its caller adds nothing.
func routerParamType(t types.Type) bool {
	return !rootRouter(t) && (namedIs(t, ginPkgs, "RouterGroup") || namedIs(t, ginPkgs, "IRoutes") ||
		namedIs(t, ginPkgs, "IRouter") || namedIs(t, echoPkgs, "Group") || namedIs(t, fiberPkgs, "Router") ||
		namedIs(t, []string{"github.com/go-chi/chi/v5", "github.com/go-chi/chi"}, "Router") ||
		namedIs(t, []string{"github.com/gorilla/mux"}, "Router"))
}
