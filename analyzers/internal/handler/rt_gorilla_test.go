package handler_test

// GorillaMethods: the method a gorilla/mux route's Methods matcher
// says, chained after the registration, before it or on a subrouter
// (rt_gorilla.go).
var _ = cases.Add(describe, "GorillaMethods", "handler/routesx/gorillaroutes")
