package handler

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// ---- a user's login on a provider's notification route -------------------------
//
// A middleware that answers 401 when its check fails authenticates the
// request somehow, and when paylint cannot judge the check the routes
// behind it are of unknown verification (cls_reject.go). One such check
// is known: the app's own user login. A middleware that reads the
// Authorization bearer token or a session cookie, checks it (a JWT
// parse, a session lookup) and stores the user it found in the request's
// context (gin and echo c.Set, fiber c.Locals, context.WithValue)
// authenticates a user of the app. A payment provider is no logged-in
// user: it sends no bearer token of the app and no session cookie, so
// its notification cannot even pass such a check, and any logged-in user
// can post "settlement" for any order. Such a middleware verifies no
// provider notification: the routes behind it are judged as if it were
// not there. It stays a verifier when it also reads a provider's
// signature or callback-token header, the raw body or Basic credentials
// (providers send those), or calls a signature verifier. A handler's own
// login check is read the same way (login.go readsLogin).

// userAuthMiddleware: fn (with its literals) is a user-login middleware:
// it reads a credential (the Authorization header or a cookie), checks a
// login (a JWT or the Bearer scheme; a session cookie is both) and
// stores the user for the handlers behind, reading nothing a provider
// sends (a signature read aside: the verifier call below judges those).
func (m *Model) userAuthMiddleware(fn *ssa.Function) bool {
	r := loginReadsOf(fn)
	credential := r.auth || r.cookie
	login := r.token || r.cookie
	return !r.provider && credential && login && r.identity && !m.callsVerifier(fn) && !comparesToken(fn)
}

// readsHeader: the header reader c is handed a constant name is accepts.
func readsHeader(c *ssa.CallCommon, is func(string) bool) bool {
	for _, a := range c.Args {
		if s, ok := constStr(a); ok && is(s) {
			return true
		}
	}
	return false
}

// bearerConst: in uses the constant "Bearer" (the scheme of a user's
// access token: strings.Contains(h, "Bearer"), TrimPrefix(h, "Bearer ")).
func bearerConst(in ssa.Instruction) bool {
	var ops []*ssa.Value
	for _, op := range in.Operands(ops) {
		if op == nil || *op == nil {
			continue
		}
		if s, ok := constStr(*op); ok && strings.EqualFold(strings.TrimSpace(s), "bearer") {
			return true
		}
	}
	return false
}

// storesIdentity: c stores a value in the request's context for the
// handlers behind (gin's and echo's c.Set, fiber's c.Locals with a value,
// context.WithValue).
func storesIdentity(c *ssa.CallCommon, o *types.Func) bool {
	switch {
	case pkgOf(o) == "context" && o.Name() == "WithValue":
		return true
	case o.Name() == "Set" && (pkgOf(o) == ginPkgs[0] || contains(echoPkgs, pkgOf(o))):
		return true
	case o.Name() == "Locals" && contains(fiberPkgs, pkgOf(o)):
		last := c.Args[len(c.Args)-1]
		k, isConst := last.(*ssa.Const)
		return !(isConst && k.IsNil()) // c.Locals(key, value) stores; c.Locals(key) reads (a nil variadic)
	}
	return false
}
