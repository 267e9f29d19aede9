package handler

import (
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
// raw body or Basic credentials stays a verifier (x19_userauth.go draws
// the same line for middlewares).

// p20Login says why a handler's verification is a person's login.
type p20Login int

const (
	p20NoLogin   p20Login = iota
	p20UserCheck          // its verifiers only check the app's user login
	p20CodeLogin          // an OAuth/OIDC redirect: never a webhook
)

// Provider data: the login libraries' calls (package path prefix, method).
var (
	p20OAuthPkgs = []string{"golang.org/x/oauth2"}
	p20OIDCPkgs  = []string{"github.com/coreos/go-oidc"}
)

// p20LoginOf classifies handler h (discovery.go, after CallsVerifier).
func (m *Model) p20LoginOf(h *Handler) p20Login {
	if h.Fn == nil {
		return p20NoLogin
	}
	if p20CodeExchange(h.Fn, 1) {
		return p20CodeLogin
	}
	if h.CallsVerifier && m.p20OnlyUserChecks(h.Fn) {
		return p20UserCheck
	}
	return p20NoLogin
}

// p20CodeExchange: fn (or a function of its package it calls, to depth)
// exchanges an OAuth code or verifies an ID token no header brought.
func p20CodeExchange(fn *ssa.Function, depth int) bool {
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
					case o.Name() == "Exchange" && p20In(pkgOf(o), p20OAuthPkgs):
						return true
					case o.Name() == "Verify" && p20In(pkgOf(o), p20OIDCPkgs) && !anyArg(cc, p20FromHeader):
						return true // a Pub/Sub push's bearer token is a header's: not a login
					}
				}
				if g := cc.StaticCallee(); depth > 0 && g != nil && g.Pkg == fn.Pkg && len(g.Blocks) > 0 && p20CodeExchange(g, depth-1) {
					return true
				}
			}
		}
	}
	return false
}

// p20OnlyUserChecks: every verifier fn calls (as callsSigVerifier finds
// them) checks the app's user login.
func (m *Model) p20OnlyUserChecks(fn *ssa.Function) bool {
	any := false
	for vc := range m.verifierCalls(fn) {
		if !p20UserCheckCall(vc.Call.Common()) {
			return false
		}
		any = true
	}
	return any && !p20ProviderInput(fn)
}

// p20UserCheckCall: c checks the app's user: a helper of the package
// reading the session cookie or bearer token and nothing a provider
// sends, or a JWT library handed a token from the cookie or the
// Authorization header; handed no signature and no body.
func p20UserCheckCall(c *ssa.CallCommon) bool {
	if anyArg(c, carriesSig) || anyArg(c, carriesBody) {
		return false
	}
	if g := c.StaticCallee(); g != nil && len(g.Blocks) > 0 {
		return p20ReadsLogin(g)
	}
	if o := calleeObj(c); o != nil && strings.Contains(strings.ToLower(pkgOf(o)), "jwt") {
		return anyArg(c, p20FromCredential)
	}
	return false
}

// p20ReadsLogin: fn (with its literals) reads a user's credential — a
// cookie, or the Authorization header with the Bearer scheme or checked
// by a JWT library — and nothing a provider sends.
func p20ReadsLogin(fn *ssa.Function) bool {
	if p20ProviderInput(fn) {
		return false
	}
	cookie, auth, login := false, false, false
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
				o := calleeObj(c.Common())
				if o == nil {
					continue
				}
				switch {
				case strings.HasPrefix(o.Name(), "Cookie"):
					cookie = true
				case headerReaders[o.Name()] && x19ReadsHeader(c.Common(), p20AuthHeader):
					auth = true
				case strings.Contains(strings.ToLower(pkgOf(o)), "jwt"):
					login = true
				}
				if g := c.Common().StaticCallee(); g != nil && g.Pkg == fn.Pkg && len(g.Blocks) > 0 && p20CallsJWT(g) {
					login = true // ValidateJWT(token): the package's own JWT check
				}
			}
		}
	}
	return cookie || auth && login
}

// p20CallsJWT: fn (with its literals) calls a JWT library.
func p20CallsJWT(fn *ssa.Function) bool {
	for _, f := range allFuncs(fn) {
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				if c, ok := in.(ssa.CallInstruction); ok {
					if o := calleeObj(c.Common()); o != nil && strings.Contains(strings.ToLower(pkgOf(o)), "jwt") {
						return true
					}
				}
			}
		}
	}
	return false
}

// p20ProviderInput: fn (with its literals) reads what a provider may
// send: the raw body, Basic credentials, a signature or callback-token
// header.
func p20ProviderInput(fn *ssa.Function) bool {
	for _, f := range allFuncs(fn) {
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				c, ok := in.(ssa.CallInstruction)
				if !ok {
					continue
				}
				o := calleeObj(c.Common())
				if o == nil {
					continue
				}
				if bodyRead(c.Common()) || o.Name() == "BasicAuth" || sigRead(c.Common()) ||
					headerReaders[o.Name()] && x19ReadsHeader(c.Common(), x19ProviderHeader) {
					return true
				}
			}
		}
	}
	return false
}

func p20AuthHeader(s string) bool { return strings.EqualFold(s, "Authorization") }

// p20FromCredential: v comes from a cookie or the Authorization header.
func p20FromCredential(v ssa.Value) bool {
	return derives(v, func(x ssa.Value) bool {
		return callValue(x, func(c *ssa.CallCommon) bool {
			o := calleeObj(c)
			return o != nil && (strings.HasPrefix(o.Name(), "Cookie") || headerReaders[o.Name()] && x19ReadsHeader(c, p20AuthHeader))
		})
	}, 8)
}

// p20FromHeader: v comes from a request header.
func p20FromHeader(v ssa.Value) bool {
	return derives(v, func(x ssa.Value) bool {
		return callValue(x, func(c *ssa.CallCommon) bool {
			o := calleeObj(c)
			return o != nil && headerReaders[o.Name()]
		})
	}, 8)
}

func p20In(p string, prefixes []string) bool {
	for _, x := range prefixes {
		if p == x || strings.HasPrefix(p, x+"/") {
			return true
		}
	}
	return false
}
