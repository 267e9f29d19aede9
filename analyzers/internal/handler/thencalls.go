package handler

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// ---- verification done by a function the handler hands its work to ----------
//
// Teams put the signature check in a shared package and hand it what to
// do once the request is trusted: a middleware factory mounted on the
// route (r.With(mw.Signed(secret))), or a helper given the effect as a
// callback (mw.HandleSigned(w, r, secret, func(ev Event) error {...})).
// The handler verifies nothing itself; whether it is safe is a property
// of the factory or helper, summarised here as facts.

// VerifiesThenCallsFact summarises how a function calls the callbacks (or
// handlers) it is handed. Params are SSA parameter indexes (a method's
// receiver first), as a static call's arguments are numbered.
type VerifiesThenCallsFact struct {
	// Verified: every call of the parameter is behind an enforced
	// signature verification (or a check paylint cannot judge, or it is
	// handed on where paylint cannot follow): its effects are verified.
	Verified []int
	// Unverified: the parameter is called where no enforced verification
	// dominates (before the check, on failure too, after a logged verdict,
	// or with no check at all).
	Unverified []int
}

// AFact marks VerifiesThenCallsFact as a fact.
func (*VerifiesThenCallsFact) AFact() {}

func (f *VerifiesThenCallsFact) String() string {
	var s []string
	if len(f.Verified) > 0 {
		s = append(s, "verifies, then calls parameter "+ints(f.Verified))
	}
	if len(f.Unverified) > 0 {
		s = append(s, "calls parameter "+ints(f.Unverified)+" unverified")
	}
	return strings.Join(s, "; ")
}

func ints(xs []int) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = fmt.Sprint(x)
	}
	return strings.Join(s, ",")
}

// thenCallsSummary judges every callback-typed parameter of fn; nil when
// fn has none that it calls or hands on.
func (m *Model) thenCallsSummary(fn *ssa.Function) *VerifiesThenCallsFact {
	return m.thenCallsAt(fn, 0)
}

// thenCallsAt is thenCallsSummary at a depth of hand-ons (a helper handing
// the callback to another helper of this package).
func (m *Model) thenCallsAt(fn *ssa.Function, depth int) *VerifiesThenCallsFact {
	if fn == nil || len(fn.Blocks) == 0 || depth > 3 {
		return nil
	}
	res := fn.Signature.Results()
	for i := 0; i < res.Len(); i++ {
		if callbackType(res.At(i).Type()) {
			return nil // a middleware or factory: MiddlewareFact says
		}
	}
	f := &VerifiesThenCallsFact{}
	for i, p := range fn.Params {
		if !callbackType(p.Type()) {
			continue
		}
		switch m.callbackVerdict(fn, p, depth) {
		case 1:
			f.Verified = append(f.Verified, i)
		case -1:
			f.Unverified = append(f.Unverified, i)
		}
	}
	if len(f.Verified) == 0 && len(f.Unverified) == 0 {
		return nil
	}
	return f
}

// callbackType: a function value or a handler (http.Handler is an
// interface called through ServeHTTP).
func callbackType(t types.Type) bool {
	if _, ok := t.Underlying().(*types.Signature); ok {
		return true
	}
	return handlerType(t)
}

// callbackVerdict judges how fn uses its parameter p: -1 when a call of it
// is not behind an enforced verification, 1 when it is called only behind
// one (or handed on where paylint cannot follow by a function that
// verifies), 0 when unused or not judged.
func (m *Model) callbackVerdict(fn *ssa.Function, p *ssa.Parameter, depth int) int {
	calls, unknown, bad := m.callbackUses(fn, p, nil, depth)
	switch {
	case bad:
		return -1
	case calls == 0 && !unknown:
		return 0
	case unknown && !m.callsVerifier(fn):
		return 0 // handed on, and fn checks nothing itself: not judged here
	}
	return 1
}

// callbackUses walks the uses of v (p, or a load of the variable a
// literal captures it in) in f: the calls of it, whether one is not
// verified (in f, nor before the literal was made: outer), and whether it
// escapes where paylint cannot follow.
func (m *Model) callbackUses(f *ssa.Function, v ssa.Value, outer func() bool, depth int) (calls int, unknown, bad bool) {
	if depth > 3 {
		return 0, true, false
	}
	add := func(c int, u, b bool) { calls, unknown, bad = calls+c, unknown || u, bad || b }
	for _, ref := range *v.Referrers() {
		switch x := ref.(type) {
		case *ssa.DebugRef, *ssa.BinOp: // fn == nil
			continue
		case *ssa.Store:
			if a, ok := x.Addr.(*ssa.Alloc); ok && x.Val == v {
				add(m.boxUses(f, a, outer, depth+1)) // captured: boxed in a variable
				continue
			}
			unknown = true
		case *ssa.MakeClosure:
			add(m.closureUses(f, x, v, outer, depth+1))
		case ssa.CallInstruction:
			c := x.Common()
			here := m.verifiedBefore(f, x.Block()) || outer != nil && outer()
			if c.Value == v || here { // fn(ev), next.ServeHTTP(w, r); handed on once verified
				calls++
				bad = bad || !here
				continue
			}
			switch m.handedOn(c, v, depth) {
			case 1:
				calls++
			case -1:
				bad = true
			default:
				unknown = true
			}
		default:
			unknown = true // stored, converted: cannot follow
		}
	}
	return calls, unknown, bad
}

// boxUses follows a variable holding the callback (an Alloc, or the free
// variable of a literal capturing it): its loads, and the literals that
// capture it in turn.
func (m *Model) boxUses(f *ssa.Function, box ssa.Value, outer func() bool, depth int) (calls int, unknown, bad bool) {
	add := func(c int, u, b bool) { calls, unknown, bad = calls+c, unknown || u, bad || b }
	for _, ref := range *box.Referrers() {
		switch x := ref.(type) {
		case *ssa.DebugRef:
		case *ssa.Store:
			unknown = unknown || x.Addr != box || x.Val == box // reassigned: cannot follow
		case *ssa.UnOp:
			add(m.callbackUses(f, x, outer, depth+1))
		case *ssa.MakeClosure:
			add(m.closureUses(f, x, box, outer, depth+1))
		default:
			unknown = true
		}
	}
	return calls, unknown, bad
}

// closureUses follows v into the literal mc makes: its calls there count
// as verified when verified in the literal, where the literal is made, or
// where an enclosing literal is (up).
func (m *Model) closureUses(f *ssa.Function, mc *ssa.MakeClosure, v ssa.Value, up func() bool, depth int) (calls int, unknown, bad bool) {
	lit, _ := mc.Fn.(*ssa.Function)
	i := slices.Index(mc.Bindings, v)
	if lit == nil || i < 0 || i >= len(lit.FreeVars) || depth > 3 {
		return 0, true, false
	}
	made := mc.Block()
	outer := func() bool { return m.verifiedBefore(f, made) || up != nil && up() }
	fv := lit.FreeVars[i]
	if _, ptr := fv.Type().Underlying().(*types.Pointer); ptr && !callbackType(fv.Type()) {
		return m.boxUses(lit, fv, outer, depth)
	}
	return m.callbackUses(lit, fv, outer, depth)
}

// verifiedBefore is verifiedAt without following callbacks further (no
// recursion through the summaries being computed): an enforced check, or
// one paylint cannot judge, dominates b.
func (m *Model) verifiedBefore(fn *ssa.Function, b *ssa.BasicBlock) bool {
	switch m.verifiedAtKnown(fn, b) {
	case Verified:
		return true
	case Unverified:
		return m.unknownGate(fn, b)
	}
	return false
}

// handedOn judges a call that passes p on to another function: by its
// summary (1 verified, -1 not); 0 when unknown.
func (m *Model) handedOn(c *ssa.CallCommon, p ssa.Value, depth int) int {
	if c.IsInvoke() {
		return 0
	}
	obj := calleeObj(c)
	f := m.foreignThenCalls(obj)
	if fd := m.decls[obj]; f == nil && obj != nil && obj.Pkg() == m.pass.Pkg && fd != nil {
		f = m.thenCallsAt(m.fnOf[fd], depth+1)
	}
	if f == nil {
		return 0
	}
	verdict := 0
	for j, a := range c.Args {
		if a != p {
			continue
		}
		switch {
		case slices.Contains(f.Unverified, j):
			return -1
		case slices.Contains(f.Verified, j):
			verdict = 1
		default:
			return 0
		}
	}
	return verdict
}

// foreignThenCalls imports the fact of a function of another package.
func (m *Model) foreignThenCalls(obj *types.Func) *VerifiesThenCallsFact {
	if obj == nil || obj.Pkg() == nil || obj.Pkg() == m.pass.Pkg {
		return nil
	}
	f := new(VerifiesThenCallsFact)
	if m.pass.ImportObjectFact(obj, f) {
		return f
	}
	return nil
}

// thenCallsOf is the summary of obj: computed for this package, imported
// for others; nil if none.
func (m *Model) thenCallsOf(obj *types.Func) *VerifiesThenCallsFact {
	if obj == nil || obj.Pkg() != m.pass.Pkg {
		return m.foreignThenCalls(obj)
	}
	if fd := m.decls[obj]; fd != nil {
		return m.thenCallsSummary(m.fnOf[fd])
	}
	return nil
}

// callbackJudged reports how the function c calls treats the function
// value handed at argument i: judged (a fact says), and if so verified.
func (m *Model) callbackJudged(c *ssa.CallCommon, i int) (verified, judged bool) {
	if c.IsInvoke() {
		return false, false
	}
	f := m.thenCallsOf(calleeObj(c))
	if f == nil {
		return false, false
	}
	switch {
	case slices.Contains(f.Unverified, i):
		return false, true
	case slices.Contains(f.Verified, i):
		return true, true
	}
	return false, false
}

// ---- middleware factories ------------------------------------------------------

// factoryVerifies reports whether fd is a middleware factory (it takes no
// handler, and returns a function: func(http.Handler) http.Handler,
// echo.MiddlewareFunc, a gin or fiber handler) whose every returned
// middleware verifies: a literal, a local func, a method value, another
// factory's result.
func (m *Model) factoryVerifies(fd *ast.FuncDecl) bool {
	obj, _ := m.pass.TypesInfo.Defs[fd.Name].(*types.Func)
	if obj == nil || fd.Body == nil {
		return false
	}
	sig, _ := obj.Type().(*types.Signature)
	if sig == nil || sig.Results().Len() != 1 || !callbackType(sig.Results().At(0).Type()) {
		return false
	}
	for i := 0; i < sig.Params().Len(); i++ {
		if handlerType(sig.Params().At(i).Type()) {
			return false // a middleware itself (middlewareVerifies)
		}
	}
	verified := false
	ok := true
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if _, lit := n.(*ast.FuncLit); lit || !ok {
			return false
		}
		ret, isRet := n.(*ast.ReturnStmt)
		if !isRet || len(ret.Results) != 1 {
			return true
		}
		if m.isNilExpr(ret.Results[0]) {
			return true
		}
		if !m.returnedVerifies(ret.Results[0]) {
			ok = false
		}
		verified = true
		return true
	})
	return ok && verified
}

func (m *Model) isNilExpr(e ast.Expr) bool {
	tv, ok := m.pass.TypesInfo.Types[e]
	return ok && tv.IsNil()
}

// returnedVerifies: e, returned by a factory, is a verifying middleware of
// this package, or the result of another package's verifying factory.
func (m *Model) returnedVerifies(e ast.Expr) bool {
	if r := m.resolve(e, 1); r.node != nil {
		return m.middlewareVerifiesDepth(r.node, 1)
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := m.calleeFunc(call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == m.pass.Pkg {
		return false
	}
	var f MiddlewareFact
	return m.pass.ImportObjectFact(fn, &f)
}

// callbacksJudged is callbackJudged for the function values handed at
// args: verified when every judged one is, judged when one is.
func (m *Model) callbacksJudged(c *ssa.CallCommon, args []int) (verified, judged bool) {
	verified = true
	for _, i := range args {
		v, j := m.callbackJudged(c, i)
		if j {
			judged = true
			verified = verified && v
		}
	}
	return verified && judged, judged
}
