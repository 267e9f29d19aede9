package handler

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/config"
	"github.com/paylint/paylint/analyzers/internal/directive"
)

// ---- verifiers -------------------------------------------------------------

type resultKind uint8

const (
	errResult resultKind = iota + 1
	boolResult
	intResult // subtle.ConstantTimeCompare: 1 means equal
)

type verifier struct {
	kind     resultKind
	failOpen bool
	// weak: recognised by what it is handed (verifyshape.go), not by
	// name or summary; it counts only when its verdict is enforced.
	weak bool
	// sdk: a provider SDK's verifier (sdkverdict.go); partial: its error
	// checked while its verdict is another result, not looked at.
	sdk     sdkInfo
	partial bool
	// word: known by its name alone (wordverifier.go).
	word bool
}

func calleeObj(c *ssa.CallCommon) *types.Func {
	if c.IsInvoke() {
		return c.Method
	}
	if f := c.StaticCallee(); f != nil {
		if o, ok := f.Object().(*types.Func); ok {
			return o
		}
		if f.Origin() != nil {
			if o, ok := f.Origin().Object().(*types.Func); ok {
				return o
			}
		}
	}
	return nil
}

func kindOfSig(sig *types.Signature) resultKind {
	if sig == nil || sig.Results().Len() == 0 {
		return 0
	}
	last := sig.Results().At(sig.Results().Len() - 1).Type()
	if types.Identical(last, errorType) {
		return errResult
	}
	if b, ok := last.Underlying().(*types.Basic); ok && b.Kind() == types.Bool {
		return boolResult
	}
	return 0
}

func matchesConfig(fn *types.Func, fs []config.Function) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	for _, f := range fs {
		if f.Package == fn.Pkg().Path() && (f.Name == fn.Name() || f.Name == funcName(fn)) {
			return true
		}
	}
	return false
}

// verifierOf reports whether a call verifies a webhook signature: known
// by name, package, configuration or summary, or else by its shape.
func (m *Model) verifierOf(c *ssa.CallCommon, fn *ssa.Function) (verifier, bool) {
	if !c.IsInvoke() && m.constVerdict(calleeObj(c)) {
		return verifier{}, false // success whatever it is handed (constverdict.go)
	}
	if v, ok := m.knownVerifierOf(c, fn); ok {
		if v.failOpen && m.secretSet(c) {
			v.failOpen = false // handed a secret that is never empty (secretarg.go)
		}
		return v, true
	}
	return m.shapeVerifier(c)
}

func (m *Model) knownVerifierOf(c *ssa.CallCommon, fn *ssa.Function) (verifier, bool) {
	if v, ok := m.verifierObj(calleeObj(c), func() bool { return fn != nil && usesMAC(fn) }); ok {
		return v, true
	}
	if c.IsInvoke() {
		return verifier{}, false
	}
	if f := c.StaticCallee(); f != nil {
		if f.Object() != nil || f.Parent() == nil {
			return verifier{}, false
		}
		// A literal of this package: verify := func() (stripe.Event, error) { return webhook.ConstructEvent(...) }.
		if vf := m.litVerifier(f); vf != nil {
			k := errResult
			if vf.Bool {
				k = boolResult
			}
			return verifier{kind: k, failOpen: vf.FailOpen, partial: vf.Partial}, true
		}
		return verifier{}, false
	}
	// A function value (a struct field set to webhook.ConstructEvent so
	// tests can replace it) handed the signature header: taken at its word.
	if _, builtin := c.Value.(*ssa.Builtin); builtin || c.Value == nil {
		return verifier{}, false
	}
	sig, _ := c.Value.Type().Underlying().(*types.Signature) // not c.Signature(): it panics on a type parameter without a core type
	if k := kindOfSig(sig); k != 0 {
		for _, a := range c.Args {
			if signatureValue(a) {
				return verifier{kind: k}, true
			}
		}
	}
	return verifier{}, false
}

// litVerifier summarizes a function literal called where it is made.
func (m *Model) litVerifier(f *ssa.Function) *VerifierFact {
	if m.lits == nil {
		m.lits = map[*ssa.Function]*VerifierFact{}
	}
	if vf, ok := m.lits[f]; ok {
		return vf
	}
	m.lits[f] = nil // recursion guard
	vf := m.summarizeVerifier(f)
	m.lits[f] = vf
	return vf
}

// signatureValue: v is a read of a signature header
// (r.Header.Get("Stripe-Signature"), c.GetHeader("X-Hub-Signature-256")).
func signatureValue(v ssa.Value) bool {
	call, ok := strip(v).(*ssa.Call)
	if !ok {
		return false
	}
	o := calleeObj(call.Common())
	if o == nil || (o.Name() != "Get" && o.Name() != "GetHeader" && o.Name() != "Header") {
		return false
	}
	for _, a := range call.Call.Args {
		if s, ok := constStr(a); ok && SignatureHeader(s) {
			return true
		}
	}
	return false
}

// verifierObj reports whether calling obj verifies a signature; macNear
// tells whether a constant-time compare sits next to an HMAC.
func (m *Model) verifierObj(obj *types.Func, macNear func() bool) (verifier, bool) {
	if obj == nil || obj.Pkg() == nil {
		return verifier{}, false
	}
	p, name := obj.Pkg().Path(), obj.Name()
	sig, _ := obj.Type().(*types.Signature)
	if v, ok := sdkVerifierOf(obj, sig); ok {
		return v, true
	}
	switch {
	case isStripe(p) && (strings.HasPrefix(name, "ConstructEvent") || strings.HasPrefix(name, "ValidatePayload") ||
		name == "ParseThinEvent" || name == "ParseEventNotification"):
		return verifier{kind: errResult}, true
	case strings.HasPrefix(p, "github.com/svix/svix-webhooks") && strings.HasPrefix(name, "Verify"):
		return verifier{kind: errResult}, true
	case p == "github.com/braintree-go/braintree-go" && (name == "Parse" || name == "ParseRequest") &&
		sig != nil && sig.Recv() != nil && strings.HasSuffix(sig.Recv().Type().String(), ".WebhookNotificationGateway"):
		// WebhookNotificationGateway: checks bt_signature, errors when it
		// does not match (the other SDKs' verifiers are known by name).
		return verifier{kind: errResult}, true
	case p == "crypto/hmac" && name == "Equal", p == "crypto/ed25519" && name == "Verify",
		p == "crypto/ecdsa" && (name == "VerifyASN1" || name == "Verify"):
		return verifier{kind: boolResult}, true
	case p == "crypto/rsa" && (name == "VerifyPKCS1v15" || name == "VerifyPSS"):
		return verifier{kind: errResult}, true
	case p == "crypto/subtle" && name == "ConstantTimeCompare":
		if macNear() {
			return verifier{kind: intResult}, true
		}
		return verifier{}, false
	}
	if matchesConfig(obj, m.cfg.FunctionsOfKind(config.KindVerifier)) {
		if k := kindOfSig(sig); k != 0 {
			return verifier{kind: k}, true
		}
	}
	if fd := m.decls[obj]; fd != nil && directive.OnFunc(fd, directive.Verifier) {
		if k := kindOfSig(sig); k != 0 {
			return verifier{kind: k}, true
		}
	}
	if f := m.verifierFact(obj); f != nil {
		if v, ok := returnedVerdictVerifier(obj, f); ok {
			return v, true // restverifier.go: the caller compares the verdict it returns
		}
		k := errResult
		if f.Bool {
			k = boolResult
		}
		return verifier{kind: k, failOpen: f.FailOpen, partial: f.Partial}, true
	}
	// Code paylint cannot see into (an interface method, a function of a
	// package without facts) is taken at its word.
	if m.decls[obj] == nil && verifierName(obj.Name()) {
		if k := kindOfSig(sig); k != 0 {
			return verifier{kind: k, word: true}, true
		}
	}
	return verifier{}, false
}

// verifierName: VerifySignature, ValidateSignature, CheckHMAC, Verify...
func verifierName(name string) bool {
	ws := words(name)
	if hasWord(ws, "verify", "verifies", "verified", "verifier") != "" {
		return true
	}
	return hasWord(ws, "signature", "signatures", "sig", "hmac", "signed") != "" &&
		hasWord(ws, "check", "validate", "valid", "is", "has", "ensure", "require", "authenticate") != ""
}

// usesMAC reports whether fn (or the function it is nested in) computes an
// HMAC or a hash, so a constant-time compare in it compares a MAC.
func usesMAC(fn *ssa.Function) bool {
	for f := fn; f != nil; f = f.Parent() {
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				c, ok := in.(ssa.CallInstruction)
				if !ok {
					continue
				}
				if o := calleeObj(c.Common()); o != nil && o.Pkg() != nil {
					switch o.Pkg().Path() {
					case "crypto/hmac", "crypto/sha256", "crypto/sha512", "crypto/sha1", "crypto/ed25519":
						return true
					}
				}
			}
		}
	}
	return false
}
