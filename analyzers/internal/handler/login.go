package handler

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// ---- a person's login is no provider's notification ---------------------------
//
// A handler that calls a signature verifier was taken for a provider's
// webhook whatever its route (classify.go Webhook). Two verifications of
// a person are common on the app's own endpoints and sign nothing a
// provider sends:
//   - the app's user login: a check of the session cookie or the app's
//     bearer token (a JWT parse, an HMAC-signed cookie) done inline or by
//     a helper of the package (getCurrentUser(r) on the shop's checkout,
//     which then creates the payment at the provider: the payer's side).
//     A provider sends no session cookie of the app; such a check is no
//     evidence of a notification, so the other evidence (a route, a
//     name, a notification body) decides;
//   - an OAuth 2 / OpenID Connect redirect: the handler exchanges the
//     authorization code (golang.org/x/oauth2 Config.Exchange) or checks
//     an ID token it did not read from a header (go-oidc
//     IDTokenVerifier.Verify): a login, never a payment webhook, whatever
//     it credits (a sign-up quota).
// A check that also reads a provider's signature or token header, the
// raw body or Basic credentials stays a verifier (usermiddleware.go draws
// the same line for middlewares, from the same reading: loginReadsOf).

// loginKind says why a handler's verification is a person's login.
type loginKind int

const (
	noLogin        loginKind = iota
	userLoginCheck           // its verifiers only check the app's user login
	codeLogin                // an OAuth/OIDC redirect: never a webhook
)

// Provider data: the login libraries' calls (package path prefix, method).
var (
	oauthPkgs = []string{"golang.org/x/oauth2"}
	oidcPkgs  = []string{"github.com/coreos/go-oidc"}
)

// loginOf classifies handler h (discovery.go, after CallsVerifier).
func (m *Model) loginOf(h *Handler) loginKind {
	if h.Fn == nil {
		return noLogin
	}
	if exchangesLoginCode(h.Fn, 1) {
		return codeLogin
	}
	if h.CallsVerifier && m.onlyUserChecks(h.Fn) {
		return userLoginCheck
	}
	return noLogin
}

// loginReads is what a function (with its literals) reads of a person's
// login and of what a provider sends: the one reading the handlers'
// login checks (readsLogin) and the user-login middleware
// (userAuthMiddleware) are judged by, each weighing it its own way.
type loginReads struct {
	cookie   bool // a cookie (the app's session)
	auth     bool // the Authorization header
	token    bool // a user's token: the constant "Bearer", or a call of a JWT library
	ownJWT   bool // a call of a function of the package calling a JWT library (ValidateJWT(token))
	identity bool // a value stored in the request's context for the handlers behind (storesIdentity)
	provider bool // what a provider sends: the raw body, Basic credentials, a signature or callback-token header
	sigRead  bool // a signature read (sigRead)
}

// loginReadsOf reads fn (with its literals).
func loginReadsOf(fn *ssa.Function) loginReads {
	var r loginReads
	for _, f := range allFuncs(fn) {
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				if bearerConst(in) {
					r.token = true
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
				r.sigRead = r.sigRead || sigRead(cc)
				switch {
				case bodyRead(cc), o.Name() == "BasicAuth",
					headerReaders[o.Name()] && readsHeader(cc, providerHeader):
					r.provider = true
				case headerReaders[o.Name()] && readsHeader(cc, authHeader):
					r.auth = true
				case strings.HasPrefix(o.Name(), "Cookie"):
					r.cookie = true
				case jwtCall(o):
					r.token = true
				case storesIdentity(cc, o):
					r.identity = true
				}
				if g := cc.StaticCallee(); g != nil && g.Pkg == fn.Pkg && len(g.Blocks) > 0 && callsJWT(g) {
					r.ownJWT = true
				}
			}
		}
	}
	return r
}

// providerInput: fn reads what a provider may send.
func (r loginReads) providerInput() bool { return r.provider || r.sigRead }

// exchangesLoginCode: fn (or a function of its package it calls, to
// depth) exchanges an OAuth code or verifies an ID token no header
// brought.
func exchangesLoginCode(fn *ssa.Function, depth int) bool {
	for _, f := range allFuncs(fn) {
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				c, ok := in.(ssa.CallInstruction)
				if !ok {
					continue
				}
				cc := c.Common()
				if o := calleeObj(cc); o != nil {
					switch {
					case o.Name() == "Exchange" && inPkgs(pkgOf(o), oauthPkgs):
						return true
					case o.Name() == "Verify" && inPkgs(pkgOf(o), oidcPkgs) && !anyArg(cc, fromHeader):
						return true // a Pub/Sub push's bearer token is a header's: not a login
					}
				}
				if g := cc.StaticCallee(); depth > 0 && g != nil && g.Pkg == fn.Pkg && len(g.Blocks) > 0 && exchangesLoginCode(g, depth-1) {
					return true
				}
			}
		}
	}
	return false
}

// onlyUserChecks: every verifier fn calls (as callsSigVerifier finds
// them) checks the app's user login.
func (m *Model) onlyUserChecks(fn *ssa.Function) bool {
	any := false
	for vc := range m.verifierCalls(fn) {
		if !userCheckCall(vc.Call.Common()) {
			return false
		}
		any = true
	}
	return any && !loginReadsOf(fn).providerInput()
}

// userCheckCall: c checks the app's user: a helper of the package
// reading the session cookie or bearer token and nothing a provider
// sends, or a JWT library handed a token from the cookie or the
// Authorization header; handed no signature and no body.
func userCheckCall(c *ssa.CallCommon) bool {
	if anyArg(c, carriesSig) || anyArg(c, carriesBody) {
		return false
	}
	if g := c.StaticCallee(); g != nil && len(g.Blocks) > 0 {
		return readsLogin(g)
	}
	if o := calleeObj(c); o != nil && jwtCall(o) {
		return anyArg(c, fromCredential)
	}
	return false
}

// readsLogin: fn (with its literals) reads a user's credential — a
// cookie, or the Authorization header with the Bearer scheme or checked
// by a JWT library (its own or through a function of the package) — and
// nothing a provider sends.
func readsLogin(fn *ssa.Function) bool {
	r := loginReadsOf(fn)
	return !r.providerInput() && (r.cookie || r.auth && (r.token || r.ownJWT))
}

// callsJWT: fn (with its literals) calls a JWT library.
func callsJWT(fn *ssa.Function) bool {
	for _, f := range allFuncs(fn) {
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				if c, ok := in.(ssa.CallInstruction); ok {
					if o := calleeObj(c.Common()); o != nil && jwtCall(o) {
						return true
					}
				}
			}
		}
	}
	return false
}

// jwtCall: o is a JWT library's (golang-jwt, jwx, echo-jwt): a user's
// token.
func jwtCall(o *types.Func) bool { return strings.Contains(strings.ToLower(pkgOf(o)), "jwt") }

func authHeader(s string) bool { return strings.EqualFold(s, "Authorization") }

// fromCredential: v comes from a cookie or the Authorization header.
func fromCredential(v ssa.Value) bool {
	return derives(v, func(x ssa.Value) bool {
		return callValue(x, func(c *ssa.CallCommon) bool {
			o := calleeObj(c)
			return o != nil && (strings.HasPrefix(o.Name(), "Cookie") || headerReaders[o.Name()] && readsHeader(c, authHeader))
		})
	}, 8)
}

// fromHeader: v comes from a request header.
func fromHeader(v ssa.Value) bool {
	return derives(v, func(x ssa.Value) bool {
		return callValue(x, func(c *ssa.CallCommon) bool {
			o := calleeObj(c)
			return o != nil && headerReaders[o.Name()]
		})
	}, 8)
}

// inPkgs: package path p is one of prefixes or below one.
func inPkgs(p string, prefixes []string) bool {
	for _, x := range prefixes {
		if p == x || strings.HasPrefix(p, x+"/") {
			return true
		}
	}
	return false
}
