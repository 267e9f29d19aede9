package handler

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/config"
	"github.com/paylint/paylint/analyzers/internal/directive"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- SSA plumbing ----------------------------------------------------------

// allFuncs returns fn and its nested literals.
func allFuncs(fn *ssa.Function) []*ssa.Function {
	out := []*ssa.Function{fn}
	for i := 0; i < len(out); i++ {
		out = append(out, out[i].AnonFuncs...)
	}
	return out
}

// callAt returns the call instruction of fn or its literals at an
// ast.CallExpr's Lparen.
func (m *Model) callAt(fn *ssa.Function, lparen token.Pos) ssa.CallInstruction {
	if m.calls == nil {
		m.calls = map[*ssa.Function]map[token.Pos]ssa.CallInstruction{}
	}
	idx, ok := m.calls[fn]
	if !ok {
		idx = map[token.Pos]ssa.CallInstruction{}
		for _, f := range allFuncs(fn) {
			for _, b := range f.Blocks {
				for _, in := range b.Instrs {
					if c, ok := in.(ssa.CallInstruction); ok {
						if p := c.Common().Pos(); p.IsValid() {
							idx[p] = c
						}
					}
				}
			}
		}
		m.calls[fn] = idx
	}
	return idx[lparen]
}

// lift maps an instruction inside a literal nested in fn to the
// instruction of fn that makes or uses that literal.
func lift(in ssa.Instruction, fn *ssa.Function) ssa.Instruction {
	for in != nil && in.Parent() != fn {
		anon := in.Parent()
		parent := anon.Parent()
		if parent == nil {
			return nil
		}
		var found ssa.Instruction
	search:
		for _, b := range parent.Blocks {
			for _, x := range b.Instrs {
				if mc, ok := x.(*ssa.MakeClosure); ok && mc.Fn == anon {
					found = x
					break search
				}
				for _, op := range x.Operands(nil) {
					if op != nil && *op == anon {
						found = x
						break search
					}
				}
			}
		}
		in = found
	}
	return in
}

// instrOf is the instruction of fn where call happens (or where the
// literal containing it is made).
func (m *Model) instrOf(fn *ssa.Function, call *ast.CallExpr) ssa.Instruction {
	if fn == nil || call == nil {
		return nil
	}
	c := m.callAt(fn, call.Lparen)
	if c == nil {
		return nil
	}
	return lift(c, fn)
}

// edge is a branch of an If: taking it means cond had a given outcome.
type edge struct{ from, to *ssa.BasicBlock }

// dominates reports whether every path to b passes along e.
func (e edge) dominates(b *ssa.BasicBlock) bool {
	if e.from == nil || b == nil || len(e.from.Succs) != 2 || e.from.Succs[0] == e.from.Succs[1] {
		return false
	}
	for _, p := range e.to.Preds {
		if p != e.from && !noReturn(p) {
			return false
		}
	}
	return e.to.Dominates(b)
}

// guardedBy reports whether every path from fn's entry to b takes one of
// the edges: with them removed, b is unreachable. (Paths through blocks
// that end the program, such as log.Fatal, do not count.)
func guardedBy(fn *ssa.Function, edges []edge, b *ssa.BasicBlock) bool {
	if fn == nil || b == nil || len(fn.Blocks) == 0 {
		return false
	}
	cut := map[edge]bool{}
	for _, e := range edges {
		if e.from != nil && len(e.from.Succs) == 2 && e.from.Succs[0] != e.from.Succs[1] {
			cut[e] = true
		}
	}
	if len(cut) == 0 {
		return false
	}
	seen := map[*ssa.BasicBlock]bool{}
	stack := []*ssa.BasicBlock{fn.Blocks[0]}
	for len(stack) > 0 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if x == b {
			return false
		}
		if seen[x] {
			continue
		}
		seen[x] = true
		if noReturn(x) {
			continue
		}
		for _, s := range x.Succs {
			if !cut[edge{x, s}] {
				stack = append(stack, s)
			}
		}
	}
	return true
}

// noReturn reports whether block b ends the request or the program: it
// calls log.Fatal, os.Exit, runtime.Goexit, a testing Fatal or similar.
func noReturn(b *ssa.BasicBlock) bool {
	for _, in := range b.Instrs {
		c, ok := in.(ssa.CallInstruction)
		if !ok {
			continue
		}
		o := calleeObj(c.Common())
		if o == nil || o.Pkg() == nil {
			continue
		}
		p, n := o.Pkg().Path(), o.Name()
		switch {
		case p == "os" && n == "Exit", p == "runtime" && n == "Goexit",
			(p == "log" || p == "testing" || strings.HasSuffix(p, "/klog") || strings.HasSuffix(p, "/logrus") ||
				strings.HasSuffix(p, "/zap") || strings.HasSuffix(p, "/zerolog")) && strings.HasPrefix(n, "Fatal"),
			p == "log" && strings.HasPrefix(n, "Panic"):
			return true
		}
	}
	return false
}

func ifs(fn *ssa.Function) []*ssa.If {
	var out []*ssa.If
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		if i, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If); ok {
			out = append(out, i)
		}
	}
	return out
}

func succ(i *ssa.If, n int) edge {
	b := i.Block()
	return edge{b, b.Succs[n]}
}

func strip(v ssa.Value) ssa.Value {
	for {
		switch x := v.(type) {
		case *ssa.ChangeType:
			v = x.X
		case *ssa.Convert:
			v = x.X
		case *ssa.MakeInterface:
			v = x.X
		default:
			return v
		}
	}
}

func isNil(v ssa.Value) bool {
	c, ok := strip(v).(*ssa.Const)
	return ok && c.IsNil()
}

func constStr(v ssa.Value) (string, bool) {
	c, ok := strip(v).(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(c.Value), true
}

func constInt(v ssa.Value) (int64, bool) {
	c, ok := strip(v).(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.Int {
		return 0, false
	}
	n, ok := constant.Int64Val(c.Value)
	return n, ok
}

func constBool(v ssa.Value) (bool, bool) {
	c, ok := strip(v).(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.Bool {
		return false, false
	}
	return constant.BoolVal(c.Value), true
}

// root follows field and element addresses to the variable they are in.
func root(v ssa.Value) ssa.Value {
	for {
		switch x := v.(type) {
		case *ssa.FieldAddr:
			v = x.X
		case *ssa.IndexAddr:
			v = x.X
		default:
			return v
		}
	}
}

// taint returns the values of fn derived from the seeds: through any
// operation, through stores into variables, and through calls that take a
// tainted argument (whose pointer arguments, such as the target of a JSON
// decode, are tainted too).
//
// With direct, values flow through calls only into pure string and
// number functions (strings, strconv, net/url, bytes, fmt.Sprint...): a
// value looked up with a tainted key (db.Order(id)) is not the key.
func taint(fn *ssa.Function, seed func(ssa.Instruction) bool, direct bool, init ...ssa.Value) map[ssa.Value]bool {
	t := map[ssa.Value]bool{}
	for _, v := range init {
		t[v] = true
	}
	mark := func(v ssa.Value) bool {
		if v == nil || t[v] {
			return false
		}
		if _, ok := v.(*ssa.Const); ok {
			return false
		}
		if _, ok := v.(*ssa.Function); ok {
			return false
		}
		t[v] = true
		return true
	}
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			if seed(in) {
				if v, ok := in.(ssa.Value); ok {
					mark(v)
				}
			}
		}
	}
	if len(t) == 0 {
		return t
	}
	var ops []*ssa.Value
	for changed, round := true, 0; changed && round < 20; round++ {
		changed = false
		for _, b := range fn.Blocks {
			for _, in := range b.Instrs {
				switch x := in.(type) {
				case *ssa.Store:
					if t[x.Val] {
						changed = mark(x.Addr) || changed
						changed = mark(root(x.Addr)) || changed
					}
					continue
				case *ssa.MapUpdate:
					if t[x.Value] {
						changed = mark(x.Map) || changed
					}
					continue
				}
				v, isVal := in.(ssa.Value)
				if !isVal {
					continue
				}
				ops = in.Operands(ops[:0])
				any := false
				for _, op := range ops {
					if op != nil && *op != nil && t[*op] {
						any = true
						break
					}
				}
				if !any {
					continue
				}
				if c, ok := in.(*ssa.Call); ok && direct && !pure(c.Common()) && !requestMethod(c.Common()) {
					continue
				}
				changed = mark(v) || changed
				if c, ok := in.(*ssa.Call); ok {
					for _, a := range c.Call.Args {
						if _, ok := a.Type().Underlying().(*types.Pointer); ok {
							changed = mark(root(a)) || changed
						}
					}
				}
			}
		}
	}
	return t
}

// pure reports whether a call only transforms its arguments.
func pure(c *ssa.CallCommon) bool {
	if _, ok := c.Value.(*ssa.Builtin); ok {
		return true
	}
	o := calleeObj(c)
	if o == nil || o.Pkg() == nil {
		return false
	}
	switch o.Pkg().Path() {
	case "strings", "strconv", "net/url", "bytes", "unicode", "unicode/utf8", "path", "html":
		return true
	case "fmt":
		return strings.HasPrefix(o.Name(), "Sprint")
	}
	return false
}

// requestMethod reports whether a call reads from the request: a method of
// *http.Request, http.Header, url.Values, *url.URL, or a framework context.
func requestMethod(c *ssa.CallCommon) bool {
	o := calleeObj(c)
	if o == nil {
		return false
	}
	sig, _ := o.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return false
	}
	return requestType(sig.Recv().Type()) || namedIs(sig.Recv().Type(), httpPkgs, "Header")
}

// requestType: the request or a framework context holding it.
func requestType(t types.Type) bool {
	return namedIs(t, httpPkgs, "Request") || namedIs(t, ginPkgs, "Context") ||
		namedIs(t, echoPkgs, "Context") || namedIs(t, fiberPkgs, "Ctx")
}

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

// verifierOf reports whether a call verifies a webhook signature.
func (m *Model) verifierOf(c *ssa.CallCommon, fn *ssa.Function) (verifier, bool) {
	obj := calleeObj(c)
	if obj == nil || obj.Pkg() == nil {
		return verifier{}, false
	}
	p, name := obj.Pkg().Path(), obj.Name()
	sig, _ := obj.Type().(*types.Signature)
	switch {
	case isStripe(p) && (strings.HasPrefix(name, "ConstructEvent") || strings.HasPrefix(name, "ValidatePayload") ||
		name == "ParseThinEvent" || name == "ParseEventNotification"):
		return verifier{kind: errResult}, true
	case strings.HasPrefix(p, "github.com/svix/svix-webhooks") && strings.HasPrefix(name, "Verify"):
		return verifier{kind: errResult}, true
	case p == "crypto/hmac" && name == "Equal", p == "crypto/ed25519" && name == "Verify":
		return verifier{kind: boolResult}, true
	case p == "crypto/subtle" && name == "ConstantTimeCompare":
		if fn != nil && usesMAC(fn) {
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
func (m *Model) paidCheckOf(obj *types.Func) *PaidCheckFact {
	if f := m.paidFact(obj); f != nil {
		return f
	}
	if obj == nil || m.decls[obj] != nil || !paidName(obj.Name()) {
		return nil
	}
	sig, _ := obj.Type().(*types.Signature)
	switch kindOfSig(sig) {
	case errResult:
		return &PaidCheckFact{}
	case boolResult:
		return &PaidCheckFact{Bool: true}
	}
	return nil
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
)

// verifiedAt reports the verification state at block b of fn.
func (m *Model) verifiedAt(fn *ssa.Function, b *ssa.BasicBlock) Verification {
	if fn == nil || b == nil {
		return Verified // unknown: stay silent
	}
	failOpen, enforced := false, false
	var strict, lenient []edge
	for _, i := range ifs(fn) {
		ok, fail, found, fo, vf := m.verdict(i)
		if fo {
			failOpen = true
		}
		if found {
			lenient = append(lenient, ok)
			if !vf.failOpen {
				strict = append(strict, ok)
				if !reaches(fail.to, b) {
					enforced = true // a failure stops before b, where it runs
				}
			}
		}
	}
	if guardedBy(fn, strict, b) {
		return Verified
	}
	if guardedBy(fn, lenient, b) {
		return FailOpen
	}
	var calls []*ssa.CallCommon
	var callBlocks []*ssa.BasicBlock
	for _, f := range allFuncs(fn) {
		for _, blk := range f.Blocks {
			for _, in := range blk.Instrs {
				c, ok := in.(ssa.CallInstruction)
				if !ok {
					continue
				}
				if v, ok := m.verifierOf(c.Common(), f); ok {
					calls = append(calls, c.Common())
					if v.failOpen {
						failOpen = true
					}
					if f == fn {
						callBlocks = append(callBlocks, blk)
					}
				}
			}
		}
	}
	if len(calls) == 0 {
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

// ---- payment status checks --------------------------------------------------

var successValues = map[string]bool{
	"paid": true, "succeeded": true, "success": true, "successful": true, "complete": true, "completed": true,
	"confirmed": true, "captured": true, "settled": true, "approved": true, "tradesuccess": true,
	"tradefinished": true, "succeed": true, "nopaymentrequired": true,
}

var successFieldWords = []string{"paid", "succeeded", "success", "successful", "captured", "completed", "confirmed", "settled"}

func successValue(v ssa.Value) bool {
	s, ok := constStr(v)
	return ok && successValues[norm(s)]
}

// statusTaint is the set of values derived from payment status reads.
//
// A status read inside a literal of fn (a retry or poll closure) that
// stores what it read into a captured variable taints that variable in fn.
func (m *Model) statusTaint(fn *ssa.Function) map[ssa.Value]bool {
	seed := func(in ssa.Instruction) bool {
		c, ok := in.(*ssa.Call)
		return ok && m.statuses[c.Call.Pos()]
	}
	var captured []ssa.Value
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			mc, ok := in.(*ssa.MakeClosure)
			if !ok {
				continue
			}
			anon, ok := mc.Fn.(*ssa.Function)
			if !ok || len(anon.FreeVars) != len(mc.Bindings) {
				continue
			}
			t := taint(anon, seed, false)
			if len(t) == 0 {
				continue
			}
			for _, ab := range anon.Blocks {
				for _, ai := range ab.Instrs {
					st, ok := ai.(*ssa.Store)
					if !ok || !t[st.Val] {
						continue
					}
					if fv, ok := root(st.Addr).(*ssa.FreeVar); ok {
						for i, v := range anon.FreeVars {
							if v == fv {
								captured = append(captured, mc.Bindings[i])
							}
						}
					}
				}
			}
		}
	}
	return taint(fn, seed, false, captured...)
}

// statusEdge returns the edge of If i taken when a value derived from t
// compares equal to a success value (or a paid check passed).
func (m *Model) statusEdge(i *ssa.If, t func(ssa.Value) bool) (edge, bool) {
	cond := i.Cond
	switch c := cond.(type) {
	case *ssa.BinOp:
		if c.Op != token.EQL && c.Op != token.NEQ {
			return edge{}, false
		}
		eq := 0
		if c.Op == token.NEQ {
			eq = 1
		}
		for _, pair := range [][2]ssa.Value{{c.X, c.Y}, {c.Y, c.X}} {
			x, y := pair[0], pair[1]
			if successValue(y) && t(x) {
				return succ(i, eq), true
			}
			if isNil(y) {
				if call, isErr := paidCheckErr(x); isErr {
					if f := m.paidCheckOf(calleeObj(call.Common())); f != nil && !f.Bool && paidArgs(f, call, t) {
						return succ(i, eq), true
					}
					// A capture or confirmation the provider accepted: the
					// money moved (or the call failed).
					if m.settles[call.Call.Pos()] {
						return succ(i, eq), true
					}
				}
			}
		}
	case *ssa.Call:
		if o := calleeObj(c.Common()); o != nil && o.Pkg() != nil && o.Pkg().Path() == "strings" && o.Name() == "EqualFold" && len(c.Call.Args) == 2 {
			a, b := c.Call.Args[0], c.Call.Args[1]
			if (successValue(a) && t(b)) || (successValue(b) && t(a)) {
				return succ(i, 0), true
			}
		}
		if f := m.paidCheckOf(calleeObj(c.Common())); f != nil && f.Bool && paidArgs(f, c, t) {
			return succ(i, 0), true
		}
	case *ssa.Extract:
		if call, ok := c.Tuple.(*ssa.Call); ok && c.Index == 0 {
			if f := m.paidCheckOf(calleeObj(call.Common())); f != nil && f.Bool && paidArgs(f, call, t) {
				return succ(i, 0), true
			}
		}
	case *ssa.UnOp:
		if t(c) && c.Op == token.MUL {
			if fa, ok := c.X.(*ssa.FieldAddr); ok && successField(fa.X.Type(), fa.Field) {
				return succ(i, 0), true
			}
		}
	case *ssa.Field:
		if t(c) && successField(c.X.Type(), c.Field) {
			return succ(i, 0), true
		}
	}
	return edge{}, false
}

// trusted is the predicate of values a success comparison may be made on
// to count as a paid check: not constants, not derived from req (the
// request, or what the caller passes in).
func trusted(req map[ssa.Value]bool) func(ssa.Value) bool {
	return func(v ssa.Value) bool {
		if _, ok := v.(*ssa.Const); ok {
			return false
		}
		return !req[v]
	}
}

// paidArgs: a paid check that checks what it is given needs an argument
// derived from a status read.
func paidArgs(f *PaidCheckFact, call *ssa.Call, t func(ssa.Value) bool) bool {
	if !f.Param {
		return true
	}
	for _, a := range call.Call.Args {
		if t(a) {
			return true
		}
	}
	return false
}

func successField(t types.Type, idx int) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok || idx >= st.NumFields() {
		return false
	}
	return hasWord(words(st.Field(idx).Name()), successFieldWords...) != ""
}

// paidCheckErr: v is the error result of a call.
func paidCheckErr(v ssa.Value) (*ssa.Call, bool) {
	switch x := strip(v).(type) {
	case *ssa.Extract:
		c, ok := x.Tuple.(*ssa.Call)
		if tup, isTup := x.Tuple.Type().(*types.Tuple); ok && isTup && x.Index == tup.Len()-1 {
			return c, true
		}
	case *ssa.Call:
		if types.Identical(x.Type(), errorType) {
			return x, true
		}
	}
	return nil, false
}

// statusGuarded reports whether block b of fn is reached only after a
// payment status read compared with a success value.
func (m *Model) statusGuarded(fn *ssa.Function, b *ssa.BasicBlock, t func(ssa.Value) bool) bool {
	var edges []edge
	for _, i := range ifs(fn) {
		if e, ok := m.statusEdge(i, t); ok {
			edges = append(edges, e)
		}
	}
	return guardedBy(fn, edges, b)
}

// ---- summaries (facts) -------------------------------------------------------

func (m *Model) summarize(relevant bool) {
	var fds []*ast.FuncDecl
	var objs []*types.Func
	for obj, fd := range m.decls {
		if fd.Body != nil && m.fnOf[fd] != nil {
			fds = append(fds, fd)
			objs = append(objs, obj)
			m.local[obj] = &funcFacts{}
		}
	}
	// Stable order for determinism.
	sortByPos(fds, objs)
	for round := 0; round < 4; round++ {
		changed := false
		for i, fd := range fds {
			obj, fn, ff := objs[i], m.fnOf[fd], m.local[objs[i]]
			if ff.verifier == nil {
				if v := m.summarizeVerifier(fn); v != nil {
					ff.verifier, changed = v, true
				}
			}
			if !relevant {
				continue
			}
			if ff.paid == nil {
				if p := m.summarizePaid(fn); p != nil {
					ff.paid, changed = p, true
				}
			}
			if g := m.summarizeGuarded(fd, fn); g != nil && (ff.guarded == nil || *g != *ff.guarded) {
				ff.guarded, changed = g, true
			}
			_ = obj
		}
		if !changed {
			break
		}
	}
	for i, fd := range fds {
		obj, ff := objs[i], m.local[objs[i]]
		if ff.verifier != nil && !directive.OnFunc(fd, directive.Verifier) {
			m.pass.ExportObjectFact(obj, ff.verifier)
		} else if directive.OnFunc(fd, directive.Verifier) {
			sig, _ := obj.Type().(*types.Signature)
			if k := kindOfSig(sig); k != 0 {
				ff.verifier = &VerifierFact{Bool: k == boolResult}
				m.pass.ExportObjectFact(obj, ff.verifier)
			}
		}
		if ff.paid != nil {
			m.pass.ExportObjectFact(obj, ff.paid)
		}
		if ff.guarded != nil {
			m.pass.ExportObjectFact(obj, ff.guarded)
		}
		if m.middlewareVerifies(fd) {
			ff.middleware = &MiddlewareFact{}
			m.pass.ExportObjectFact(obj, ff.middleware)
		}
	}
}

func sortByPos(fds []*ast.FuncDecl, objs []*types.Func) {
	for i := 1; i < len(fds); i++ {
		for j := i; j > 0 && fds[j].Pos() < fds[j-1].Pos(); j-- {
			fds[j], fds[j-1] = fds[j-1], fds[j]
			objs[j], objs[j-1] = objs[j-1], objs[j]
		}
	}
}

func returns(fn *ssa.Function) []*ssa.Return {
	var out []*ssa.Return
	for _, b := range fn.Blocks {
		if len(b.Instrs) == 0 {
			continue
		}
		if r, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			out = append(out, r)
		}
	}
	return out
}

// summarizeVerifier: every success return of fn (nil error, true) is
// dominated by an enforced verdict, or returns a verdict itself.
func (m *Model) summarizeVerifier(fn *ssa.Function) *VerifierFact {
	k := kindOfSig(fn.Signature)
	if k == 0 || fn.Signature.Recv() == nil && fn.Signature.Params().Len() == 0 || !m.callsVerifier(fn) {
		return nil
	}
	rets := returns(fn)
	if len(rets) == 0 {
		return nil
	}
	verified, failOpen := false, false
	for _, r := range rets {
		if len(r.Results) == 0 {
			return nil
		}
		last := r.Results[len(r.Results)-1]
		if _, v, ok := m.verifierResult(last, fn); ok && (v.kind == k || k == boolResult && v.kind == boolResult) {
			verified = true
			failOpen = failOpen || v.failOpen
			continue
		}
		success := false
		if k == errResult {
			success = isNil(last)
		} else if bv, ok := constBool(last); ok {
			success = bv
		} else {
			return nil // a bool computed some other way
		}
		if !success {
			continue
		}
		switch m.verifiedAt(fn, r.Block()) {
		case Verified:
			verified = true
		case FailOpen:
			failOpen = true
		default:
			if !m.emptyGuarded(fn, r.Block()) {
				return nil
			}
			failOpen = true
		}
	}
	if !verified {
		return nil
	}
	return &VerifierFact{Bool: k == boolResult, FailOpen: failOpen}
}

// callsVerifier reports whether fn or its literals call a verifier.
func (m *Model) callsVerifier(fn *ssa.Function) bool {
	for _, f := range allFuncs(fn) {
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				if c, ok := in.(ssa.CallInstruction); ok {
					if _, ok := m.verifierOf(c.Common(), f); ok {
						return true
					}
				}
			}
		}
	}
	return false
}

// emptyGuarded: b is reached only when some value is empty (the other
// edge of an emptiness check).
func (m *Model) emptyGuarded(fn *ssa.Function, b *ssa.BasicBlock) bool {
	for _, i := range ifs(fn) {
		if nonEmpty, ok := emptyCheck(i); ok {
			other := succ(i, 0)
			if other.to == nonEmpty.to {
				other = succ(i, 1)
			}
			if other.dominates(b) {
				return true
			}
		}
	}
	return false
}

// summarizePaid: fn reads a payment's status and returns a nil error (or
// true) only after comparing it with a success value.
func (m *Model) summarizePaid(fn *ssa.Function) *PaidCheckFact {
	if kindOfSig(fn.Signature) == 0 || !m.mayCheckPaid(fn) {
		return nil
	}
	if f := m.paidWith(fn, m.statusTaint(fn)); f != nil {
		return f
	}
	if len(fn.Params) == 0 {
		return nil
	}
	var params []ssa.Value
	for _, p := range fn.Params {
		params = append(params, p)
	}
	none := func(ssa.Instruction) bool { return false }
	// Comparing what it is given: a check only for a trustworthy argument.
	if f := m.paidWith(fn, taint(fn, none, true, params...)); f != nil {
		f.Param = true
		return f
	}
	// Looking the payment up by what it is given (its own store, the
	// provider through an unknown client): a check whatever the key.
	return m.paidWith(fn, taint(fn, none, false, params...))
}

// mayCheckPaid is a cheap filter: fn compares something with a success
// value, reads a success-named field, or calls a paid check.
func (m *Model) mayCheckPaid(fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			switch x := in.(type) {
			case *ssa.BinOp:
				if successValue(x.X) || successValue(x.Y) {
					return true
				}
			case *ssa.Call:
				for _, a := range x.Call.Args {
					if successValue(a) {
						return true
					}
				}
				if m.paidCheckOf(calleeObj(x.Common())) != nil {
					return true
				}
			case *ssa.FieldAddr:
				if successField(x.X.Type(), x.Field) {
					return true
				}
			case *ssa.Field:
				if successField(x.X.Type(), x.Field) {
					return true
				}
			}
		}
	}
	return false
}

func (m *Model) paidWith(fn *ssa.Function, taints map[ssa.Value]bool) *PaidCheckFact {
	k := kindOfSig(fn.Signature)
	if k == 0 || len(taints) == 0 {
		return nil
	}
	t := func(v ssa.Value) bool { return taints[v] }
	guards := false
	for _, i := range ifs(fn) {
		if _, ok := m.statusEdge(i, t); ok {
			guards = true
		}
	}
	rets := returns(fn)
	if len(rets) == 0 {
		return nil
	}
	for _, r := range rets {
		if len(r.Results) == 0 {
			return nil
		}
		last := r.Results[len(r.Results)-1]
		if k == errResult {
			if call, ok := paidCheckErr(last); ok {
				if f := m.paidCheckOf(calleeObj(call.Common())); f != nil && !f.Bool {
					guards = true
					continue
				}
			}
			if !isNil(last) {
				continue
			}
		} else {
			if bv, ok := constBool(last); ok {
				if !bv {
					continue
				}
			} else if b, ok := last.(*ssa.BinOp); ok && b.Op == token.EQL &&
				((successValue(b.X) && t(b.Y)) || (successValue(b.Y) && t(b.X))) {
				guards = true
				continue
			} else {
				return nil
			}
		}
		if !m.statusGuarded(fn, r.Block(), t) {
			return nil
		}
	}
	if !guards {
		return nil
	}
	return &PaidCheckFact{Bool: k == boolResult}
}

// fulfilments returns the fulfilment and paid-state-write ops in node.
func (m *Model) fulfilments(node ast.Node) []*payment.Op {
	var out []*payment.Op
	for _, op := range m.info.Within(node) {
		if op.Kind.Any(payment.Fulfillment | payment.StateWrite) {
			out = append(out, op)
		}
	}
	return out
}

// summarizeGuarded: every fulfilment in fn is behind a status check or an
// enforced signature verification.
func (m *Model) summarizeGuarded(fd *ast.FuncDecl, fn *ssa.Function) *GuardedFact {
	ops := m.fulfilments(fd.Body)
	if len(ops) == 0 {
		return nil
	}
	g := &GuardedFact{Status: true, Verified: true}
	var t func(ssa.Value) bool
	for _, op := range ops {
		cg := m.guardedFact(m.callee(op.Call))
		in := m.instrOf(fn, op.Call)
		if in == nil {
			return nil
		}
		if g.Status && !(cg != nil && cg.Status) {
			if t == nil {
				var params []ssa.Value
				for _, p := range fn.Params {
					params = append(params, p)
				}
				t = trusted(taint(fn, func(ssa.Instruction) bool { return false }, true, params...))
			}
			g.Status = m.statusGuarded(fn, in.Block(), t)
		}
		if g.Verified && !(cg != nil && cg.Verified) {
			g.Verified = m.verifiedAt(fn, in.Block()) == Verified
		}
	}
	if !g.Status && !g.Verified {
		return nil
	}
	return g
}

func (m *Model) callee(call *ast.CallExpr) *types.Func {
	if call == nil {
		return nil
	}
	return m.calleeFunc(call)
}

// ---- middleware ---------------------------------------------------------------

// middlewareVerifies reports whether a middleware function (net/http or
// echo style, taking the next handler; or a gin/fiber handler used as
// middleware) lets a request through only after an enforced signature
// check.
func (m *Model) middlewareVerifies(node ast.Node) bool {
	fn := m.fnOf[node]
	if fn == nil {
		return false
	}
	switch shape(fn.Signature) {
	case Gin:
		return m.ginVerifies(fn)
	case Fiber:
		return m.nextCallsVerified(fn, func(c *ssa.CallCommon) bool {
			o := calleeObj(c)
			return o != nil && contains(fiberPkgs, pkgOf(o)) && o.Name() == "Next"
		})
	case NetHTTP, Echo:
		return false
	}
	params := map[ssa.Value]bool{}
	for _, p := range fn.Params {
		if handlerType(p.Type()) {
			params[p] = true
		}
	}
	if len(params) == 0 {
		return false
	}
	isNext := func(c *ssa.CallCommon) bool {
		v := strip(c.Value)
		if u, ok := v.(*ssa.UnOp); ok && u.Op == token.MUL {
			v = u.X // a captured variable, loaded
		}
		t := v.Type()
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		switch v.(type) {
		case *ssa.FreeVar, *ssa.Alloc:
			return handlerType(t)
		}
		return params[v]
	}
	return m.nextCallsVerified(fn, isNext)
}

func (m *Model) nextCallsVerified(fn *ssa.Function, isNext func(*ssa.CallCommon) bool) bool {
	n := 0
	for _, f := range allFuncs(fn) {
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				c, ok := in.(ssa.CallInstruction)
				if !ok || !isNext(c.Common()) {
					continue
				}
				n++
				if m.verifiedAt(f, b) != Verified {
					return false
				}
			}
		}
	}
	return n > 0
}

// ginVerifies: a gin middleware verifies when its failure branch aborts
// the chain and any c.Next is behind the check.
func (m *Model) ginVerifies(fn *ssa.Function) bool {
	isGin := func(c *ssa.CallCommon, names ...string) bool {
		o := calleeObj(c)
		if o == nil || pkgOf(o) != ginPkgs[0] {
			return false
		}
		for _, n := range names {
			if strings.HasPrefix(o.Name(), n) {
				return true
			}
		}
		return false
	}
	aborts := false
	for _, i := range ifs(fn) {
		_, fail, found, _, _ := m.verdict(i)
		if !found {
			continue
		}
		for _, b := range fn.Blocks {
			if !fail.dominates(b) {
				continue
			}
			for _, in := range b.Instrs {
				if c, ok := in.(ssa.CallInstruction); ok && isGin(c.Common(), "Abort") {
					aborts = true
				}
			}
		}
	}
	if !aborts {
		return false
	}
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			if c, ok := in.(ssa.CallInstruction); ok && isGin(c.Common(), "Next") && m.verifiedAt(fn, b) != Verified {
				return false
			}
		}
	}
	return true
}

// ---- queries for rules -------------------------------------------------------

// Fulfilments returns the fulfilment and paid-state-write ops in h.
func (m *Model) Fulfilments(h *Handler) []*payment.Op {
	if m == nil || m.info == nil {
		return nil
	}
	return m.fulfilments(h.Body)
}

// Guarded returns the GuardedFact of the function call calls, or nil.
func (m *Model) Guarded(call *ast.CallExpr) *GuardedFact {
	return m.guardedFact(m.callee(call))
}

// VerificationAt reports the state of signature verification where call
// happens in h.
func (m *Model) VerificationAt(h *Handler, call *ast.CallExpr) Verification {
	in := m.instrOf(h.Fn, call)
	if in == nil {
		return Verified // not located: stay silent
	}
	return m.verifiedAt(h.Fn, in.Block())
}

// BehindVerifier reports whether every route of h (it has at least one)
// passes through middleware that verifies the signature first, or through
// middleware this package cannot see (then the rule stays silent).
func (m *Model) BehindVerifier(h *Handler) bool {
	if len(h.Routes) == 0 {
		return false
	}
	for _, r := range h.Routes {
		ok := false
		for _, mw := range r.Middleware {
			if m.middlewareVerifies(mw) {
				ok = true
			}
		}
		for _, fn := range r.External {
			if fn == nil {
				ok = true // unresolvable: cannot tell
				continue
			}
			var f MiddlewareFact
			var modeled ModeledFact
			switch {
			case m.pass.ImportObjectFact(fn, &f):
				ok = true
			case fn.Pkg() != nil && fn.Pkg() != m.pass.Pkg && m.pass.ImportPackageFact(fn.Pkg(), &modeled):
				// modelled, and not a verifying middleware
			case !knownMiddlewarePkg(pkgOf(fn)):
				ok = true // middleware from a package whose code we do not judge
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

func knownMiddlewarePkg(p string) bool {
	return p == ginPkgs[0] || strings.HasPrefix(p, "github.com/go-chi/") || strings.HasPrefix(p, "github.com/labstack/echo") ||
		strings.HasPrefix(p, "github.com/gofiber/") || p == "github.com/gorilla/handlers" || p == "github.com/gorilla/mux" ||
		p == "net/http"
}

// StatusChecked reports whether call in h happens only after the
// payment's status was read from the provider and compared with a
// success value (directly or through a paid-check helper). When not,
// param names the query or form parameter whose value guards the call
// instead, if any.
func (m *Model) StatusChecked(h *Handler, call *ast.CallExpr) (ok bool, param string) {
	in := m.instrOf(h.Fn, call)
	if in == nil {
		return true, ""
	}
	b := in.Block()
	var reqs []ssa.Value
	for _, p := range h.Fn.Params {
		if requestType(p.Type()) {
			reqs = append(reqs, p)
		}
	}
	reads := map[token.Pos]bool{}
	for _, r := range h.Params {
		if r.Call != nil {
			reads[r.Call.Lparen] = true
		}
	}
	isRead := func(in ssa.Instruction) bool {
		c, ok := in.(*ssa.Call)
		return ok && reads[c.Call.Pos()]
	}
	req := taint(h.Fn, isRead, true, reqs...)
	if m.statusGuarded(h.Fn, b, trusted(req)) {
		return true, ""
	}
	for _, r := range h.Params {
		if r.Source != "query" && r.Source != "form" || r.Call == nil {
			continue
		}
		lp := r.Call.Lparen
		t := taint(h.Fn, func(in ssa.Instruction) bool {
			c, ok := in.(*ssa.Call)
			return ok && c.Call.Pos() == lp
		}, true)
		if len(t) == 0 {
			continue
		}
		if m.statusGuarded(h.Fn, b, func(v ssa.Value) bool { return t[v] }) {
			return false, r.Name
		}
	}
	return false, ""
}

// ProviderChecked reports whether call in h happens only after the
// payment's status was read from the provider and compared with a success
// value (or a capture/confirmation succeeded): the "fetch it back" form of
// a webhook, which trusts the provider's answer rather than the event body.
func (m *Model) ProviderChecked(h *Handler, call *ast.CallExpr) bool {
	in := m.instrOf(h.Fn, call)
	if in == nil {
		return false
	}
	t := m.statusTaint(h.Fn)
	return m.statusGuarded(h.Fn, in.Block(), func(v ssa.Value) bool { return t[v] })
}

// InTestFile reports whether h is declared in a _test.go file.
func (h *Handler) InTestFile() bool { return strings.HasSuffix(h.File, "_test.go") }
