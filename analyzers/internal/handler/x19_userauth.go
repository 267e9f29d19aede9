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
// (providers send those), or calls a signature verifier.

// x19UserAuthMW: fn (with its literals) is a user-login middleware.
func (m *Model) x19UserAuthMW(fn *ssa.Function) bool {
	credential, login, identity := false, false, false
	for _, f := range allFuncs(fn) {
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				if x19BearerConst(in) {
					login = true
				}
				c, ok := in.(ssa.CallInstruction)
				if !ok {
					continue
				}
				cc := c.Common()
				o := calleeObj(cc)
				if o == nil {
					continue
				}
				switch {
				case bodyRead(cc), o.Name() == "BasicAuth":
					return false // what a provider may send
				case headerReaders[o.Name()] && x19ReadsHeader(cc, x19ProviderHeader):
					return false
				case headerReaders[o.Name()] && x19ReadsHeader(cc, func(s string) bool { return strings.EqualFold(s, "Authorization") }):
					credential = true
				case strings.HasPrefix(o.Name(), "Cookie"):
					credential, login = true, true // a session cookie
				case strings.Contains(strings.ToLower(pkgOf(o)), "jwt"):
					login = true // golang-jwt, jwx, echo-jwt: a user's token
				case x19StoresIdentity(cc, o):
					identity = true
				}
			}
		}
	}
	return credential && login && identity && !m.callsVerifier(fn) && !comparesToken(fn)
}

// x19ReadsHeader: the header reader c is handed a constant name is accepts.
func x19ReadsHeader(c *ssa.CallCommon, is func(string) bool) bool {
	for _, a := range c.Args {
		if s, ok := constStr(a); ok && is(s) {
			return true
		}
	}
	return false
}

// x19BearerConst: in uses the constant "Bearer" (the scheme of a user's
// access token: strings.Contains(h, "Bearer"), TrimPrefix(h, "Bearer ")).
func x19BearerConst(in ssa.Instruction) bool {
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

// x19StoresIdentity: c stores a value in the request's context for the
// handlers behind (gin's and echo's c.Set, fiber's c.Locals with a value,
// context.WithValue).
func x19StoresIdentity(c *ssa.CallCommon, o *types.Func) bool {
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
