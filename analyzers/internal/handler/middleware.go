package handler

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// ---- middleware ---------------------------------------------------------------

// middlewareVerifies reports whether a middleware function (net/http or
// echo style, taking the next handler; or a gin/fiber handler used as
// middleware) lets a request through only after an enforced signature
// check.
func (m *Model) middlewareVerifies(node ast.Node) bool {
	return m.middlewareVerifiesDepth(node, 0)
}

func (m *Model) middlewareVerifiesDepth(node ast.Node, depth int) bool {
	fn := m.fnOf[node]
	if fn == nil || depth > 4 || m.userAuthMiddleware(fn) { // usermiddleware.go: a user's login verifies no provider
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
	case Structural:
		return m.filterVerifies(fn) // filterverify.go: beego's filters answer to stop the request
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
	if m.nextCallsVerified(fn, isNext) {
		return true
	}
	// A middleware that hands next on to another middleware of this
	// package (return stripeSignature(secret)(next)) verifies if that one
	// does.
	isNextValue := func(v ssa.Value) bool {
		return isNext(&ssa.CallCommon{Value: v})
	}
	delegated := false
	for _, f := range allFuncs(fn) {
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				c, ok := in.(ssa.CallInstruction)
				if !ok || isNext(c.Common()) {
					continue
				}
				passes := false
				for _, a := range c.Common().Args {
					if isNextValue(strip(a)) {
						passes = true
					}
				}
				if !passes {
					continue
				}
				target := m.delegate(c.Common())
				if target == nil {
					continue // an unknown wrapper (metrics, tracing): neither way
				}
				if !m.middlewareVerifiesDepth(target, depth+1) {
					return false
				}
				delegated = true
			}
		}
	}
	_, verified := m.nextCalls(fn, isNext)
	return delegated && verified
}

// delegate returns the middleware of this package a call hands the next
// handler to: a declared middleware (verify(next)), or the one a factory
// returns (stripeSignature(secret)(next)); nil if unknown.
func (m *Model) delegate(c *ssa.CallCommon) ast.Node {
	if c.IsInvoke() {
		return nil
	}
	switch v := strip(c.Value).(type) {
	case *ssa.Function:
		if syn := v.Syntax(); syn != nil && m.fnOf[syn] != nil {
			return syn
		}
	case *ssa.MakeClosure:
		if f, ok := v.Fn.(*ssa.Function); ok && f.Syntax() != nil && m.fnOf[f.Syntax()] != nil {
			return f.Syntax()
		}
	case *ssa.Call:
		if f := v.Call.StaticCallee(); f != nil {
			if fd, ok := f.Syntax().(*ast.FuncDecl); ok && fd.Body != nil { // (an import's stand-in has none: ssaimports.go)
				if lit := m.returnedLit(fd, 0); lit != nil && m.fnOf[lit] != nil {
					return lit
				}
			}
		}
	}
	return nil
}

func (m *Model) nextCallsVerified(fn *ssa.Function, isNext func(*ssa.CallCommon) bool) bool {
	n, verified := m.nextCalls(fn, isNext)
	return n > 0 && verified
}

// nextCalls counts the calls of next in fn and its literals, and reports
// whether every one (there may be none) is behind an enforced verification.
func (m *Model) nextCalls(fn *ssa.Function, isNext func(*ssa.CallCommon) bool) (n int, verified bool) {
	for _, f := range allFuncs(fn) {
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				c, ok := in.(ssa.CallInstruction)
				if !ok || !isNext(c.Common()) {
					continue
				}
				n++
				if m.verifiedAt(f, b) != Verified && !m.rejectsUnauthorized(f, b) { // cls_reject.go
					return n, false
				}
			}
		}
	}
	return n, true
}

// ginVerifies: a gin middleware verifies when its failure branch aborts
// the chain and any c.Next is behind the check.
func (m *Model) ginVerifies(fn *ssa.Function) bool {
	if v, ok := m.ginSDKMiddleware(fn); ok { // ginsdkmiddleware.go: c.Next handed to an SDK's verifying middleware
		return v
	}
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
		if !found && !bearerCompare(i) {
			// The request's token or a shared secret compared with the
			// configured one (Flutterwave's verif-hash): the check
			// verifiedAt counts, so its failure branch is the one to abort.
			// A Bearer access token is the app's user's or staff's
			// (usermiddleware.go), never a provider's secret.
			_, fail, found = tokenCompare(i)
		}
		if !found {
			continue
		}
		for _, b := range fn.Blocks {
			// The failure block may also be reached from another test
			// (err != nil || !valid(...)): it still aborts on failure.
			if !fail.dominates(b) && (fail.to == nil || !fail.to.Dominates(b)) {
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

// bearerCompare: the If's condition is made with the constant "Bearer"
// (c.GetHeader("Authorization") != "Bearer "+token): a user's or staff's
// access token compared, not a provider's shared secret.
func bearerCompare(i *ssa.If) bool {
	seen := map[ssa.Value]bool{}
	var walk func(v ssa.Value, d int) bool
	walk = func(v ssa.Value, d int) bool {
		if v == nil || d > 6 || seen[v] {
			return false
		}
		seen[v] = true
		if s, ok := constStr(v); ok && strings.HasPrefix(strings.ToLower(strings.TrimSpace(s)), "bearer") {
			return true
		}
		in, ok := v.(ssa.Instruction)
		if !ok {
			return false
		}
		var ops []*ssa.Value
		for _, op := range in.Operands(ops) {
			if op != nil && walk(*op, d+1) {
				return true
			}
		}
		return false
	}
	return walk(i.Cond, 0)
}
