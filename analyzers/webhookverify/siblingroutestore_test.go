package webhookverify_test

import (
	"github.com/paylint/paylint/analyzers/webhookverify"
)

// SiblingRouteStore: one hooks type of another package serving a bank's
// events on several routes, the sibling route signed by a middleware
// (made once and applied route by route on the root ServeMux, chi's
// r.With, or applied in place) and the route beside it open, its handler
// storing what it decoded through a store interface bound here (a GORM
// status update, constant SQL): reported at the open registration.
// Silent: an endpoint of the same hooks whose bound use case only reads,
// one checking the HMAC itself, a health probe, a sibling behind a
// logging middleware, and the routes under a middleware covering them
// all (a sub-mux wrapped whole, a chi group's Use, a router-level Use).
var _ = cases.Add(webhookverify.Analyzer, "SiblingRouteStore", "siblingroutestore/...")
