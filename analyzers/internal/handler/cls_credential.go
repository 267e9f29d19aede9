package handler

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// ---- shared secrets and HTTP Basic credentials ---------------------------------
//
// Some providers sign nothing: Flutterwave sends the secret hash set in
// its dashboard in a verif-hash header, Chargebee and others protect the
// endpoint with HTTP Basic credentials. The documented check compares
// what the request carries with the credential configured on our side and
// rejects a mismatch. Such a compare is a token check (tokenCompare): a
// header or parameter named as a credential (hash, secret, key, password,
// authorization) compared with a value read from a secret-named field,
// variable or environment variable; or the user or password of
// Request.BasicAuth compared with anything but an empty constant.

// credWords name a credential carried by a request header or parameter.
var credWords = []string{"hash", "verif", "verification", "secret", "key", "apikey", "password", "passphrase",
	"auth", "authorization", "credential", "credentials"}

// credRead: a header or parameter read whose name says credential.
func credRead(c *ssa.CallCommon) bool {
	o := calleeObj(c)
	if o == nil || !headerReaders[o.Name()] && !paramReaders[o.Name()] {
		return false
	}
	for _, a := range c.Args {
		if s, ok := constStr(a); ok && hasWord(sharedWords(s), credWords...) != "" {
			return true
		}
	}
	return false
}

// basicAuthRead: (*http.Request).BasicAuth(), the credentials of an
// Authorization: Basic header.
func basicAuthRead(c *ssa.CallCommon) bool {
	o := calleeObj(c)
	return o != nil && o.Name() == "BasicAuth" && pkgOf(o) == "net/http"
}

func carriesCred(v ssa.Value) bool {
	return derives(v, func(x ssa.Value) bool { return callValue(x, credRead) }, 8)
}

func carriesBasicAuth(v ssa.Value) bool {
	return derives(v, func(x ssa.Value) bool { return callValue(x, basicAuthRead) }, 8)
}

// credCompare reports whether an If compares a request's credential with
// the configured one, and returns the edge taken when they are equal.
func credCompare(i *ssa.If) (ok, fail edge, found bool) {
	x, y, eq, isCmp := s23Comparison(i.Cond) // the constant-time verdict before `!= 1` (ctcompare.go)
	if !isCmp {
		return edge{}, edge{}, false
	}
	for _, pair := range [][2]ssa.Value{{x, y}, {y, x}} {
		req, cfg := pair[0], pair[1]
		if c, isConst := strip(cfg).(*ssa.Const); isConst && (c.Value == nil || c.Value.ExactString() == `""`) {
			continue // present or not: nothing checked
		}
		if carriesBasicAuth(req) || carriesCred(req) && configuredCred(cfg) {
			return succ(i, eq), succ(i, 1-eq), true
		}
	}
	return edge{}, edge{}, false
}

// constantTimeComparison: subtle.ConstantTimeCompare(a, b) compared with
// 1 or 0; eq is the successor taken when a and b are equal.
func constantTimeComparison(cond ssa.Value) (a, b ssa.Value, eq int, ok bool) {
	bin, isBin := cond.(*ssa.BinOp)
	if !isBin || bin.Op != token.EQL && bin.Op != token.NEQ {
		return nil, nil, 0, false
	}
	for _, pair := range [][2]ssa.Value{{bin.X, bin.Y}, {bin.Y, bin.X}} {
		call, isCall := strip(pair[0]).(*ssa.Call)
		n, isInt := constInt(pair[1])
		if !isCall || !isInt || n != 0 && n != 1 || len(call.Call.Args) != 2 {
			continue
		}
		o := calleeObj(call.Common())
		if o == nil || pkgOf(o) != "crypto/subtle" || o.Name() != "ConstantTimeCompare" {
			continue
		}
		eq = 0 // == 1: equal on the true edge
		if (bin.Op == token.NEQ) == (n == 1) {
			eq = 1
		}
		return call.Call.Args[0], call.Call.Args[1], eq, true
	}
	return nil, nil, 0, false
}

// configuredCred: v is a configured secret (SecretHash, cfg.WebhookHash,
// os.Getenv("FLW_SECRET_HASH")), not something else the request carries.
func configuredCred(v ssa.Value) bool {
	if carriesBody(v) || carriesSig(v) || carriesCred(v) {
		return false
	}
	return carriesNamed(v, func(n string) bool { return secretName(n) || hasWord(sharedWords(n), credWords...) != "" })
}
