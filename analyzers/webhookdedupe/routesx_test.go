package webhookdedupe_test

import (
	"github.com/paylint/paylint/analyzers/webhookdedupe"
)

// RoutesX: a gorilla/mux route's Methods matcher (chained after the
// registration, before it, or on a subrouter) says a GET page, which is
// no provider's delivery; POST routes are still judged.
var _ = cases.Add(webhookdedupe.Analyzer, "RoutesX", "handler/routesx/gorillapages")
