package handler

import "strings"

// ---- a handler mounted twice: once behind a verifier, once open ------------------
//
// A handler known as a webhook only by its mount (UnverifiedWebhookFact
// with ByRoute) counts on a route whose path names a webhook
// (routedwebhook.go). A path like /hooks/quickpay-instant names none
// by our words, yet the mounting package says the same thing another way:
// it mounts the same handler on a sibling route behind a middleware that
// verifies the provider's signature (r.Route("/hooks/quickpay", …) with
// qr.Use(signing.Middleware(…))). Whoever wrote that knows the handler
// serves signed provider events; the other mount with no verifier lets
// anyone forge them. Only a middleware known to verify counts: a sibling
// behind middleware we cannot see, or an auth middleware, says nothing.
// The open route must still say it receives hooks (a weak word such as
// hooks or callback is enough, the sibling says whose): a replay tool or
// a back-office path mounting the same handler is not the provider's
// endpoint, and stays silent as routeNamesWebhook leaves it.

// siblingVerified: mt's route says it receives hooks, and another
// route of this package mounts the same handler behind a middleware known
// to verify the signature.
func (m *Model) siblingVerified(mt *Mount) bool {
	if !hookPath(mt.Route) {
		return false
	}
	for _, o := range m.mounts {
		if o != mt && o.Func == mt.Func && o.Route != nil && m.knownVerifier(o.Route) {
			return true
		}
	}
	return false
}

// knownVerifier: r passes through a middleware this package, or the
// fact of the package declaring it, shows to verify the signature.
func (m *Model) knownVerifier(r *Route) bool {
	for _, mw := range r.Middleware {
		if m.middlewareVerifies(mw) {
			return true
		}
	}
	for _, fn := range r.External {
		var f MiddlewareFact
		if fn != nil && m.pass.ImportObjectFact(fn, &f) {
			return true
		}
	}
	return false
}

// hookPath: a provider posts to r, and its path carries a webhook word,
// strong or weak, and no back-office or person word.
func hookPath(r *Route) bool {
	if r == nil || strings.EqualFold(r.Method, "GET") {
		return false
	}
	ws := words(r.Path)
	return (hasWord(ws, webhookStrong...) != "" || hasWord(ws, webhookWeak...) != "") &&
		hasWord(ws, personWords...) == "" && hasWord(ws, backOffice...) == ""
}
