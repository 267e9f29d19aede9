package handler

import "go/types"

// ---- fasthttp's router is a whole application's router ---------------------------------
//
// noteMount leaves a route alone when its router may come from a caller
// that added middleware this package cannot see (routerFromCaller), and
// when the router is handed to code that may wrap it (parentCovered). A
// github.com/fasthttp/router Router made by router.New() is the whole
// application's router, and it has no Use: middleware exists only as
// wrappers around each route's handler (Signed(key, h.Handle)), which the
// route's chain shows. Serving it (fasthttp.ListenAndServe(addr,
// r.Handler)) adds nothing in front of its routes, as serving a ServeMux
// does not, so a webhook of another package mounted on it from main is
// judged by its route:
//
//	hooks := router.New()
//	hooks.POST("/hooks/reader", readerHooks.CheckoutStatus) // nothing in front
//	hooks.POST("/hooks/payouts", platform.Signed(key, cb.Handle))
//
// A group of it (r.Group("/hooks")) stays a group, judged through its
// caller as other frameworks' groups are.

// fasthttpRouterPkgs hold fasthttp's router type.
var fasthttpRouterPkgs = []string{"github.com/fasthttp/router"}

// fasthttpRouter: t is fasthttp/router's *router.Router.
func fasthttpRouter(t types.Type) bool { return namedIs(t, fasthttpRouterPkgs, "Router") }
