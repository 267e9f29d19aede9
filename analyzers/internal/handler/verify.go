package handler

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
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
	if v, ok := m.knownVerifierOf(c, fn); ok {
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
			return verifier{kind: k, failOpen: vf.FailOpen}, true
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
		k := errResult
		if f.Bool {
			k = boolResult
		}
		return verifier{kind: k, failOpen: f.FailOpen}, true
	}
	// Code paylint cannot see into (an interface method, a function of a
	// package without facts) is taken at its word.
	if m.decls[obj] == nil && verifierName(obj.Name()) {
		if k := kindOfSig(sig); k != 0 {
			return verifier{kind: k}, true
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

// paidName: IsPaid, EnsurePaid, RequirePaid, CheckPaymentStatus,
// VerifyPayment, PaymentSucceeded.
//
// The name must start with a verb that checks: MarkPaid or SetPaid store
// a state, they do not check one.
func paidName(name string) bool {
	ws := words(name)
	if len(ws) < 2 || hasWord(ws[:1], "is", "has", "was", "ensure", "require", "check", "verify", "must", "assert",
		"validate", "expect", "payment", "paid") == "" {
		return false
	}
	if hasWord(ws, "paid", "succeeded", "settled", "captured") != "" {
		return true
	}
	return hasWord(ws, "payment", "status") != "" && hasWord(ws, "verify", "check", "ensure", "require") != ""
}

// paidCheckOf is the paid check a callee performs: its fact, or for code
// paylint cannot see into, its name.
//
// A function of a package the handler model summarised is seen into: no
// fact means no paid check, whatever its name (IsPaid's (bool, error)
// verdict tested through its error only).
func (m *Model) paidCheckOf(obj *types.Func) *PaidCheckFact {
	if f := m.paidFact(obj); f != nil {
		return f
	}
	if obj == nil || m.decls[obj] != nil || !paidName(obj.Name()) || m.seenInto(obj) {
		return nil
	}
	sig, _ := obj.Type().(*types.Signature)
	return paidByName(sig)
}

// seenInto: obj is a concrete function of another package the handler
// model ran on (ModeledFact), so its summaries were computed. Interface
// methods have no body to summarise.
func (m *Model) seenInto(obj *types.Func) bool {
	pkg := obj.Pkg()
	if pkg == nil || pkg == m.pass.Pkg {
		return false
	}
	if sig, ok := obj.Type().(*types.Signature); ok && sig.Recv() != nil && types.IsInterface(sig.Recv().Type()) {
		return false
	}
	return m.pass.ImportPackageFact(pkg, new(ModeledFact))
}

// verdictIndex is the result of a call of a Bool paid check that carries
// its verdict: the last, or the bool before a final error (IsPaid(id)
// (bool, error), whose error is a failed lookup).
func verdictIndex(sig *types.Signature) int {
	n := sig.Results().Len()
	if n >= 2 && kindOfSig(sig) == errResult {
		return n - 2
	}
	return n - 1
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

// fact returns the fact of a function: computed here for this package,
// imported for others; nil if none.
func fact[F any, PF interface {
	*F
	analysis.Fact
}](m *Model, obj *types.Func, local func(*funcFacts) PF) PF {
	if obj == nil {
		return nil
	}
	if ff := m.local[obj]; ff != nil {
		return local(ff)
	}
	if obj.Pkg() == m.pass.Pkg {
		return nil
	}
	f := PF(new(F))
	if m.pass.ImportObjectFact(obj, f) {
		return f
	}
	return nil
}

func (m *Model) verifierFact(obj *types.Func) *VerifierFact {
	return fact(m, obj, func(ff *funcFacts) *VerifierFact { return ff.verifier })
}

func (m *Model) paidFact(obj *types.Func) *PaidCheckFact {
	return fact(m, obj, func(ff *funcFacts) *PaidCheckFact { return ff.paid })
}

func (m *Model) guardedFact(obj *types.Func) *GuardedFact {
	return fact(m, obj, func(ff *funcFacts) *GuardedFact { return ff.guarded })
}

// verifierResult reports whether v is the verdict of a verifier call: the
// error (last result) of an error verifier, the bool or int of the others.
func (m *Model) verifierResult(v ssa.Value, fn *ssa.Function) (*ssa.Call, verifier, bool) {
	v = strip(v)
	var call *ssa.Call
	idx := -1
	switch x := v.(type) {
	case *ssa.Extract:
		call, _ = x.Tuple.(*ssa.Call)
		idx = x.Index
	case *ssa.Call:
		call = x
	}
	if call == nil {
		return nil, verifier{}, false
	}
	vf, ok := m.verifierOf(call.Common(), fn)
	if !ok {
		return nil, verifier{}, false
	}
	if tup, ok := call.Type().(*types.Tuple); ok {
		if splitVerdict(vf, tup) {
			vf, ok := sdkResult(call, idx, vf, tup)
			return call, vf, ok
		}
		if idx != tup.Len()-1 {
			return nil, verifier{}, false
		}
	} else if idx != -1 {
		return nil, verifier{}, false
	}
	return call, vf, true
}

// verdict classifies an If: the edge taken when a verifier said the
// signature is valid. failOpen is set when the checked error may also be
// nil because verification was skipped (a phi of nil and a verdict).
func (m *Model) verdict(i *ssa.If) (ok edge, fail edge, found, failOpen bool, vf verifier) {
	fn := i.Parent()
	cond := i.Cond
	yes := func(n int) (edge, edge, bool, bool, verifier) {
		return succ(i, n), succ(i, 1-n), true, false, vf
	}
	if ok, fail, found, v := m.sdkFieldVerdict(i); found {
		return ok, fail, true, false, v
	}
	if _, v, isV := m.verifierResult(cond, fn); isV && v.kind == boolResult {
		vf = v
		return yes(0)
	}
	b, isBin := cond.(*ssa.BinOp)
	if !isBin || (b.Op != token.EQL && b.Op != token.NEQ) {
		return edge{}, edge{}, false, false, vf
	}
	for _, pair := range [][2]ssa.Value{{b.X, b.Y}, {b.Y, b.X}} {
		x, y := pair[0], pair[1]
		eq := 0
		if b.Op == token.NEQ {
			eq = 1
		}
		if _, v, isV := m.verifierResult(x, fn); isV {
			vf = v
			switch v.kind {
			case errResult:
				if isNil(y) {
					return yes(eq) // err == nil: success on the "equal" edge
				}
			case boolResult:
				if bv, ok := constBool(y); ok {
					if bv {
						return yes(eq)
					}
					return yes(1 - eq)
				}
			case intResult:
				if n, ok := constInt(y); ok {
					if n == 1 {
						return yes(eq)
					}
					if n == 0 {
						return yes(1 - eq)
					}
				}
			}
		}
		if phi, isPhi := strip(x).(*ssa.Phi); isPhi && isNil(y) {
			hasNil, hasV := false, false
			for _, e := range phi.Edges {
				if isNil(e) {
					hasNil = true
				} else if _, v, isV := m.verifierResult(e, fn); isV && v.kind == errResult {
					hasV = true
				}
			}
			if hasNil && hasV {
				return edge{}, edge{}, false, true, vf
			}
		}
	}
	return edge{}, edge{}, false, false, vf
}

// Verification is the state of signature verification where a payment is
// acted on in a webhook handler.
type Verification uint8

// Verification states.
const (
	// Verified: an enforced signature check dominates the call.
	Verified Verification = iota
	// Unverified: no signature verification at all.
	Unverified
	// Unenforced: a verification runs but its verdict does not stop the
	// processing (only logged or ignored).
	Unenforced
	// FailOpen: verification is skipped when the secret is empty.
	FailOpen
	// Skipped: an enforced verification runs on some paths only (a
	// condition such as a debug flag skips it).
	Skipped
	// Late: the signature is verified only after the payment was acted on.
	Late
	// Partial: only the error of a verifier whose verdict is another
	// result is checked (Mollie's webhooks.Validate, PayPal's
	// VerifyWebhookSignature; sdkverdict.go).
	Partial
)

// verifiedAt reports the verification state at block b of fn.
func (m *Model) verifiedAt(fn *ssa.Function, b *ssa.BasicBlock) Verification {
	if fn == nil || b == nil {
		return Verified // unknown: stay silent
	}
	v := m.verifiedAtKnown(fn, b)
	if v != Verified && m.closureVerified(b) {
		return Verified // the fulfilment is a callback of a verifying function
	}
	if v == Unverified && m.unknownGate(fn, b) {
		return Verified // an unrecognised check: stay silent
	}
	return v
}

func (m *Model) verifiedAtKnown(fn *ssa.Function, b *ssa.BasicBlock) Verification {
	failOpen, enforced, weakEnforced, partial := false, false, false, false
	var strict, lenient []edge
	var callBlocks []*ssa.BasicBlock
	for _, i := range ifs(fn) {
		ok, fail, found, fo, vf := m.verdict(i)
		if fo {
			failOpen = true
		}
		if !found {
			if ok, fail, found = tokenCompare(i); found {
				vf = verifier{kind: boolResult, weak: true}
				callBlocks = append(callBlocks, i.Block()) // the compare is the check
			}
		}
		if found {
			lenient = append(lenient, ok)
			partial = partial || vf.partial
			if !vf.failOpen && !vf.partial {
				strict = append(strict, ok)
				if !reaches(fail.to, b) {
					enforced = true // a failure stops before b, where it runs
					weakEnforced = weakEnforced || vf.weak
				}
			}
		}
	}
	if guardedBy(fn, strict, b) {
		return Verified
	}
	if guardedBy(fn, lenient, b) {
		if partial && !failOpen {
			return Partial
		}
		return FailOpen
	}
	n, weakSeen := len(callBlocks), false
	for _, f := range allFuncs(fn) {
		for _, blk := range f.Blocks {
			for _, in := range blk.Instrs {
				c, ok := in.(ssa.CallInstruction)
				if !ok {
					continue
				}
				v, ok := m.verifierOf(c.Common(), f)
				if !ok {
					continue
				}
				if v.weak && !weakEnforced {
					weakSeen = true // handed the signature, verdict not seen to stop: cannot tell
					continue
				}
				n++
				if v.failOpen {
					failOpen = true
				}
				if f == fn {
					callBlocks = append(callBlocks, blk)
				}
			}
		}
	}
	if n == 0 {
		if weakSeen {
			return Verified // an unrecognised check: stay silent
		}
		return Unverified
	}
	if failOpen {
		return FailOpen
	}
	for _, cb := range callBlocks {
		for _, i := range ifs(fn) {
			if nonEmpty, found := emptyCheck(i); found && nonEmpty.dominates(cb) {
				return FailOpen
			}
		}
	}
	if enforced {
		return Skipped
	}
	if weakSeen {
		return Verified // a known verifier logged, an unknown one maybe enforced: cannot tell
	}
	return Unenforced
}

// reaches reports whether b can be reached from a (paths through blocks
// that end the program do not count).
func reaches(a, b *ssa.BasicBlock) bool {
	seen := map[*ssa.BasicBlock]bool{}
	stack := []*ssa.BasicBlock{a}
	for len(stack) > 0 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if x == b {
			return true
		}
		if x == nil || seen[x] || noReturn(x) {
			continue
		}
		seen[x] = true
		stack = append(stack, x.Succs...)
	}
	return false
}

// verifiesAfter reports whether every verifier call of fn comes after in
// (later in its block, or in a block reached from it that does not lead
// back to it).
func (m *Model) verifiesAfter(fn *ssa.Function, in ssa.Instruction) bool {
	b := in.Block()
	pos := -1
	for i, x := range b.Instrs {
		if x == in {
			pos = i
		}
	}
	n := 0
	for _, blk := range fn.Blocks {
		for i, x := range blk.Instrs {
			c, ok := x.(ssa.CallInstruction)
			if !ok {
				continue
			}
			if _, ok := m.verifierOf(c.Common(), fn); !ok {
				continue
			}
			n++
			switch {
			case blk == b:
				if i < pos || reaches2(b) {
					return false
				}
			case !reaches(b, blk) || reaches(blk, b):
				return false
			}
		}
	}
	return n > 0
}

// reaches2: b is in a loop (reachable from one of its successors).
func reaches2(b *ssa.BasicBlock) bool {
	for _, s := range b.Succs {
		if reaches(s, b) {
			return true
		}
	}
	return false
}

// emptyCheck recognises `x != ""`, `x == ""`, `len(x) > 0`, `len(x) != 0`,
// `len(x) == 0` and returns the edge taken when x is not empty.
func emptyCheck(i *ssa.If) (edge, bool) {
	b, ok := i.Cond.(*ssa.BinOp)
	if !ok {
		return edge{}, false
	}
	isLen := func(v ssa.Value) bool {
		c, ok := v.(*ssa.Call)
		if !ok {
			return false
		}
		bi, ok := c.Call.Value.(*ssa.Builtin)
		return ok && bi.Name() == "len"
	}
	for _, pair := range [][2]ssa.Value{{b.X, b.Y}, {b.Y, b.X}} {
		x, y := pair[0], pair[1]
		if s, ok := constStr(y); ok && s == "" {
			switch b.Op {
			case token.NEQ:
				return succ(i, 0), true
			case token.EQL:
				return succ(i, 1), true
			}
		}
		if n, ok := constInt(y); ok && n == 0 && isLen(x) {
			switch b.Op {
			case token.NEQ, token.GTR:
				if pair[0] == b.X {
					return succ(i, 0), true
				}
			case token.EQL:
				return succ(i, 1), true
			}
		}
	}
	return edge{}, false
}
