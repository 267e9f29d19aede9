package handler

import "go/types"

// ---- hertz's server is a whole application's router ---------------------------------
//
// noteMount leaves a route alone when its router may come from a caller
// that added middleware this package cannot see (routerFromCaller). A
// router built here by a framework's constructor is judged as seen; one
// built by other code only when its type is a root router. hertz's
// server.Default() and server.New() build the whole application's server
// (*server.Hertz, its route.Engine embedded), with Recovery as the only
// default middleware, but it was neither a known constructor's package
// nor a root router's type, so a webhook of another package mounted on it
// from main was never judged:
//
//	h := server.Default()
//	h.POST("/webhooks/midtrans", mh.Notify) // Notify checks no signature_key
//
// A hertz server is a root router; a group of it (h.Group("/hooks", mw))
// stays a group, judged through its chain as other frameworks' groups are.

// w24HertzPkgs hold hertz's server type.
var w24HertzPkgs = []string{"github.com/cloudwego/hertz/pkg/app/server"}

// hertzServer: t is hertz's *server.Hertz.
func hertzServer(t types.Type) bool { return namedIs(t, w24HertzPkgs, "Hertz") }
