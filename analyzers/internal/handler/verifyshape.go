package handler

import (
	"go/types"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/dblib"
	"golang.org/x/tools/go/ssa"
)

// ---- verification recognised by what it does ----------------------------------
//
// Real webhooks verify with code paylint has never heard of: an in-house
// checkSign(params, key), a provider SDK's parse-and-verify, a callback
// token compared with the configured one. A call is such a verifier when
// it is handed the request's signature (or callback token, or the whole
// request) together with the raw body or a secret, and its error/bool
// verdict stops the handler. These verifiers are "weak": they count only
// when enforced, and when one is seen the rule never claims the webhook is
// unverified (an unrecognised check makes it stay silent).

// sigWords name a signature or callback token carried by the request.
var sigWords = []string{"signature", "signatures", "sign", "sig", "hmac", "token", "digest", "mac"}

// secretWords name a key, secret or token configured on our side.
var secretWords = []string{"secret", "secrets", "key", "keys", "token", "salt", "cert", "certificate", "hmac",
	"password", "passphrase", "pem", "pub", "public", "private", "pubkey", "apikey", "signing"}

// headerReaders and paramReaders are request accessors of the frameworks
// (net/http, gin, echo, fiber, iris, beego, hertz, fasthttp).
var (
	headerReaders = map[string]bool{"Get": true, "GetHeader": true, "Header": true, "Peek": true,
		"GetReqHeaders": false, "Values": true}
	paramReaders = map[string]bool{"FormValue": true, "PostFormValue": true, "Query": true, "DefaultQuery": true,
		"GetQuery": true, "PostForm": true, "DefaultPostForm": true, "GetPostForm": true, "QueryParam": true,
		"URLParam": true, "PostValue": true, "FormValueDefault": true, "GetString": true, "Param": true}
)

// sigRead reports whether a call reads a signature or callback token from
// the request: a header or parameter whose name says so.
func sigRead(c *ssa.CallCommon) bool {
	o := calleeObj(c)
	if o == nil || !headerReaders[o.Name()] && !paramReaders[o.Name()] {
		return false
	}
	for _, a := range c.Args {
		if s, ok := constStr(a); ok && (SignatureHeader(s) || hasWord(sharedWords(s), sigWords...) != "") {
			return true
		}
	}
	return false
}

// bodyRead reports whether a call returns the request's raw body
// (io.ReadAll(r.Body), c.GetRawData(), c.Body(), ctx.PostBody()).
func bodyRead(c *ssa.CallCommon) bool {
	o := calleeObj(c)
	if o == nil {
		return false
	}
	switch o.Name() {
	case "ReadAll", "GetRawData", "Body", "PostBody", "RawBody", "BodyRaw", "GetBody", "RequestBody":
		return true
	}
	return false
}

// derives reports whether v is computed from a value pred accepts (through
// conversions, string operations and calls that take it), up to depth.
func derives(v ssa.Value, pred func(ssa.Value) bool, depth int) bool {
	return derivesVia(v, pred, depth, transform)
}

// derivesVia is derives, passing through the calls through accepts.
func derivesVia(v ssa.Value, pred func(ssa.Value) bool, depth int, through func(*ssa.CallCommon) bool) bool {
	seen := map[ssa.Value]bool{}
	var walk func(v ssa.Value, d int) bool
	walk = func(v ssa.Value, d int) bool {
		if v == nil || d > depth || seen[v] {
			return false
		}
		seen[v] = true
		if pred(v) {
			return true
		}
		var ops []ssa.Value
		switch x := v.(type) {
		case *ssa.Call:
			if through(x.Common()) {
				ops = append(ops, x.Call.Args...) // hex.DecodeString(sig): still the signature
			}
		case *ssa.Phi:
			ops = x.Edges
		case *ssa.Extract:
			ops = []ssa.Value{x.Tuple}
		case *ssa.UnOp:
			ops = []ssa.Value{x.X}
		case *ssa.BinOp:
			ops = []ssa.Value{x.X, x.Y}
		case *ssa.Convert, *ssa.ChangeType, *ssa.MakeInterface, *ssa.Slice, *ssa.Index, *ssa.Lookup,
			*ssa.Field, *ssa.FieldAddr, *ssa.IndexAddr, *ssa.TypeAssert, *ssa.SliceToArrayPointer:
			for _, op := range v.(ssa.Instruction).Operands(nil) {
				if op != nil {
					ops = append(ops, *op)
				}
			}
		case *ssa.Alloc:
			ops = storedInto(x)
		}
		for _, op := range ops {
			if walk(op, d+1) {
				return true
			}
		}
		return false
	}
	return walk(v, 0)
}

// transform: a call that only re-encodes its arguments; a value computed
// by any other call (an event parsed from the body) is a new value.
func transform(c *ssa.CallCommon) bool {
	if pure(c) {
		return true
	}
	o := calleeObj(c)
	if o == nil || o.Pkg() == nil {
		return false
	}
	switch o.Pkg().Path() {
	case "encoding/hex", "encoding/base64", "encoding/base32", "unicode/utf16":
		return true
	}
	return false
}

// storedInto returns the values stored into a local variable.
func storedInto(a *ssa.Alloc) []ssa.Value {
	var out []ssa.Value
	for _, r := range *a.Referrers() {
		if s, ok := r.(*ssa.Store); ok && s.Addr == a {
			out = append(out, s.Val)
		}
	}
	return out
}

func callValue(v ssa.Value, is func(*ssa.CallCommon) bool) bool {
	c, ok := v.(*ssa.Call)
	return ok && is(c.Common())
}

// carriesSig: v is the request's signature or token, or made from it.
func carriesSig(v ssa.Value) bool {
	return derives(v, func(x ssa.Value) bool { return callValue(x, sigRead) }, 8)
}

// carriesBody: v is the raw body or made from it.
func carriesBody(v ssa.Value) bool {
	return derives(v, func(x ssa.Value) bool { return callValue(x, bodyRead) || ssaBodyField(x) }, 8) // bodyfield.go
}

// carriesRequest: v is the request itself, its form or its headers.
func carriesRequest(v ssa.Value) bool {
	t := strip(v).Type()
	return wholeRequest(v) || namedIs(t, httpPkgs, "Header") || namedIs(t, []string{"net/url"}, "Values")
}

// wholeRequest: v is the request or the framework's request context.
func wholeRequest(v ssa.Value) bool {
	t := strip(v).Type()
	return requestType(t) || frameworkCtx(t) || ctxType(t)
}

// secretName: a name of a configured key or secret.
func secretName(name string) bool {
	return hasWord(sharedWords(name), secretWords...) != ""
}

// carriesSecret: v is read from a variable, field, parameter, environment
// variable or accessor named as a key or secret.
func carriesSecret(v ssa.Value) bool {
	return carriesNamed(v, secretName)
}

// carriesNamed: v is read from a variable, field, parameter, environment
// variable or accessor whose name named accepts.
func carriesNamed(v ssa.Value, named func(string) bool) bool {
	return derives(v, func(x ssa.Value) bool {
		switch y := x.(type) {
		case *ssa.Global:
			return named(y.Name())
		case *ssa.Parameter:
			return named(y.Name())
		case *ssa.FreeVar:
			return named(y.Name())
		case *ssa.FieldAddr:
			return named(fieldName(y.X.Type(), y.Field))
		case *ssa.Field:
			return named(fieldName(y.X.Type(), y.Field))
		case *ssa.Call:
			o := calleeObj(y.Common())
			if o == nil {
				return false
			}
			if o.Pkg() != nil && o.Pkg().Path() == "os" && (o.Name() == "Getenv" || o.Name() == "LookupEnv") {
				for _, a := range y.Call.Args {
					if s, ok := constStr(a); ok && named(s) {
						return true
					}
				}
				return false
			}
			return named(o.Name())
		}
		return false
	}, 6)
}

func fieldName(t types.Type, i int) string {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if s, ok := t.Underlying().(*types.Struct); ok && i < s.NumFields() {
		return s.Field(i).Name()
	}
	return ""
}

// shapeVerifier reports whether a call verifies by what it is handed: the
// signature with the body or a secret; the request (or its form) with a
// secret; or, for a provider SDK of another module, the request or the
// signature alone. Its last result must be an error or a bool.
func (m *Model) shapeVerifier(c *ssa.CallCommon) (verifier, bool) {
	if _, builtin := c.Value.(*ssa.Builtin); builtin {
		return verifier{}, false
	}
	sig, _ := c.Value.Type().Underlying().(*types.Signature)
	if c.IsInvoke() {
		sig, _ = c.Method.Type().(*types.Signature)
	}
	k := kindOfSig(sig)
	if o := calleeObj(c); o != nil && o.Pkg() != nil && o.Pkg().Path() == "crypto/subtle" && o.Name() == "ConstantTimeCompare" {
		k = intResult
	}
	if k == 0 || m.notVerifier(c) {
		return verifier{}, false
	}
	var hasSig, hasBody, hasSecret, hasReq, whole bool
	for _, a := range c.Args {
		switch {
		case carriesSig(a):
			hasSig = true
		case carriesBody(a):
			hasBody = true
		case carriesRequest(a):
			hasReq = true
			whole = whole || wholeRequest(a)
		}
		if carriesSecret(a) && !m.appRecord(a) { // keyrecord.go: a row of the app is no key
			hasSecret = true
		}
	}
	shaped := hasSig && (hasBody || hasSecret) || hasReq && hasSecret || (whole || hasSig) && m.sdkCall(c)
	if !shaped || m.providerOp(c) {
		// A payment operation (a capture handed the order id PayPal's
		// return URL calls "token", with the request's context and an
		// API key) is what the handler does, not how it checks a sender.
		return verifier{}, false
	}
	return verifier{kind: k, weak: true}, true
}

// notVerifier: calls that take the request but only read or log it.
func (m *Model) notVerifier(c *ssa.CallCommon) bool {
	o := calleeObj(c)
	if o == nil {
		return false
	}
	p := pkgOf(o)
	if requestMethod(c) || frameworkPkg(p) {
		return true
	}
	switch p {
	case "encoding/json", "encoding/xml", "fmt", "log", "log/slog", "errors", "strings", "bytes", "strconv":
		return true
	}
	n := strings.ToLower(o.Name())
	return strings.HasPrefix(n, "log") || strings.HasPrefix(n, "print") || strings.Contains(n, "unmarshal") ||
		strings.HasPrefix(n, "bind") || strings.HasPrefix(n, "decode")
}

// sdkCall: the callee belongs to another module (not the standard library,
// a web framework or this module): a provider SDK paylint does not know.
func (m *Model) sdkCall(c *ssa.CallCommon) bool {
	o := calleeObj(c)
	if o == nil || o.Pkg() == nil {
		return false
	}
	p := o.Pkg().Path()
	first, _, _ := strings.Cut(p, "/")
	if !strings.Contains(first, ".") || frameworkPkg(p) {
		return false
	}
	return modulePrefix(p) != modulePrefix(m.pass.Pkg.Path())
}

// modulePrefix approximates a module path: host/owner/repo for the common
// hosts, the first element otherwise.
func modulePrefix(p string) string {
	parts := strings.Split(p, "/")
	switch {
	case len(parts) >= 3 && (parts[0] == "github.com" || parts[0] == "gitlab.com" || parts[0] == "bitbucket.org"):
		return strings.Join(parts[:3], "/")
	case len(parts) >= 2:
		return strings.Join(parts[:2], "/")
	}
	return p
}

// tokenCompare reports whether an If compares the request's signature or
// callback token with another value that is not an empty constant
// (token != cfg.CallbackToken), or a posted sign field with a digest
// computed with a key (cls_bodysign.go), or a credential with the
// configured one (cls_credential.go), and returns the edge taken when
// equal.
func tokenCompare(i *ssa.If) (ok, fail edge, found bool) {
	x, y, eq, isCmp := comparison(i.Cond)
	if !isCmp {
		return edge{}, edge{}, false
	}
	for _, pair := range [][2]ssa.Value{{x, y}, {y, x}} {
		if !postedSig(pair[0], pair[1]) {
			continue
		}
		if _, isConst := strip(pair[1]).(*ssa.Const); isConst {
			return edge{}, edge{}, false // sig == "": present or not, nothing checked
		}
		return succ(i, eq), succ(i, 1-eq), true
	}
	return credCompare(i) // a shared secret or Basic credentials (cls_credential.go)
}

// unknownGate reports whether b is behind a check paylint cannot judge:
// an If on the request's signature, token or caller address, on the
// verdict of a shape verifier, or on a result of a helper that calls a
// known verifier (cls_verifyhelper.go), whose other branch does not reach b.
func (m *Model) unknownGate(fn *ssa.Function, b *ssa.BasicBlock) bool {
	for _, i := range ifs(fn) {
		if _, empty := emptyCheck(i); empty {
			continue // sig == "": present or not, nothing checked
		}
		if m.constGate(i.Cond) {
			continue // the verdict of a check answering success whatever it is handed (constverdict.go)
		}
		sigGate := derivesVia(i.Cond, func(x ssa.Value) bool { return callValue(x, sigRead) }, 8, anyCall)
		if !sigGate && !clientIPGate(i) && !m.shapeVerdict(i.Cond) && !m.helperVerdict(i.Cond) {
			continue
		}
		for n := 0; n < 2; n++ {
			if !reaches(succ(i, n).to, b) {
				return true
			}
		}
	}
	return false
}

// callsSigVerifier reports whether fn calls a verifier: a known one, or
// a shape verifier handed the request's signature (what makes a handler a
// webhook; a form checked with a key may be a signed redirect). On a
// browser's page (page), a query-string token is no signature
// (shape_querytoken.go).
func (m *Model) callsSigVerifier(fn *ssa.Function, page bool) bool {
	sig := carriesSig
	if page {
		sig = carriesPostedSig
	}
	for _, f := range allFuncs(fn) {
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				c, ok := in.(ssa.CallInstruction)
				if !ok {
					continue
				}
				if v, ok := m.knownVerifierOf(c.Common(), f); ok && !m.urlOnlyVerify(c.Common()) &&
					(!v.word || handedSigned(c.Common(), page)) { // wordverifier.go: a word alone verifies no sender
					return true // verifypage.go: a payment verified by id checks no sender
				}
				if _, ok := m.shapeVerifier(c.Common()); ok && anyArg(c.Common(), sig) {
					return true
				}
			}
		}
	}
	return false
}

func anyArg(c *ssa.CallCommon, p func(ssa.Value) bool) bool {
	for _, a := range c.Args {
		if p(a) {
			return true
		}
	}
	return false
}

// shapeVerdict: cond is computed from the result of a shape verifier.
func (m *Model) shapeVerdict(cond ssa.Value) bool {
	return derives(cond, func(x ssa.Value) bool {
		c, ok := x.(*ssa.Call)
		if !ok {
			return false
		}
		_, ok = m.shapeVerifier(c.Common())
		return ok
	}, 4)
}

// closureVerified reports whether b hands a function value (the
// fulfilment as a callback, or a handler) to a call that also gets the
// request and verifies before calling it: a function of this package that
// calls a verifier, or one of another package or module that paylint
// cannot see into (the rule stays silent).
func (m *Model) closureVerified(b *ssa.BasicBlock) bool {
	for _, in := range b.Instrs {
		c, ok := in.(ssa.CallInstruction)
		if !ok {
			continue
		}
		var fnArgs []int
		req := false
		for i, a := range c.Common().Args {
			switch strip(a).(type) {
			case *ssa.MakeClosure, *ssa.Function:
				fnArgs = append(fnArgs, i)
			}
			if carriesRequest(a) || carriesBody(a) || carriesSig(a) {
				req = true
			}
		}
		if len(fnArgs) == 0 || !req || m.notVerifier(c.Common()) {
			continue
		}
		// The callee's summary (thencalls.go) says how it calls what it
		// is handed: verified first, or not.
		if verified, judged := m.callbacksJudged(c.Common(), fnArgs); judged {
			if verified {
				return true
			}
			continue
		}
		o := calleeObj(c.Common())
		switch {
		case o == nil || c.Common().IsInvoke():
			return true // an interface or a function value: cannot tell
		case o.Pkg() != m.pass.Pkg:
			first, _, _ := strings.Cut(pkgOf(o), "/")
			if strings.Contains(first, ".") && !knownLibrary(pkgOf(o)) {
				return true
			}
			if m.verifierFact(o) != nil {
				return true
			}
		default:
			if fd := m.decls[o]; fd != nil && m.fnOf[fd] != nil && m.callsVerifier(m.fnOf[fd]) {
				return true
			}
		}
	}
	return false
}

// knownLibrary: libraries that call a function they are given without
// checking anything (transactions, error groups).
func knownLibrary(p string) bool {
	for _, l := range []string{"gorm.io/", dblib.GORMv1, "github.com/jmoiron/sqlx", "github.com/jackc/pgx", "golang.org/x/sync",
		"github.com/uptrace/bun", "entgo.io/"} {
		if strings.HasPrefix(p, l) {
			return true
		}
	}
	return frameworkPkg(p)
}
