package handler

import (
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- gin: an SDK's verifying net/http middleware run inside a gin middleware --
//
// Some SDKs verify a webhook in a net/http middleware of their own
// (Paddle's verifier.Middleware(next)): it writes 400/403 and does not
// call next when the signature is bad. A gin middleware can run it over
// the gin chain:
//
//	return func(c *gin.Context) {
//		h := verifier.Middleware(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { c.Next() }))
//		h.ServeHTTP(c.Writer, c.Request)
//	}
//
// c.Next runs only behind the check, but when the check fails the gin
// middleware simply returns, and gin goes on to the next handler: only
// c.Abort() stops the chain. Such a middleware verifies when it aborts
// after running the SDK's handler (c.Abort() once ServeHTTP returns, or
// under a flag the wrapped handler sets: if !passed { c.Abort() }): once
// c.Next has run the whole chain, an abort stops nothing more. Without
// an abort it is fail-open, and the routes it covers are unverified.

// ginSDKMiddleware judges a gin middleware fn that hands c.Next to an
// SDK's verifying middleware. ok false: fn does not (the general gin
// reading applies); verifies: it also aborts the chain after the SDK's
// handler has run, and calls c.Next nowhere else.
func (m *Model) ginSDKMiddleware(fn *ssa.Function) (verifies, ok bool) {
	var wrap ssa.Instruction // the call of the SDK's middleware
	wrapped := map[*ssa.Function]bool{}
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			c, isCall := in.(ssa.CallInstruction)
			if !isCall || payment.VerifyingMiddleware(calleeObj(c.Common())) == "" || len(c.Common().Args) == 0 {
				continue
			}
			args := c.Common().Args
			mc, isClosure := strip(args[len(args)-1]).(*ssa.MakeClosure)
			if !isClosure {
				continue
			}
			lit, _ := mc.Fn.(*ssa.Function)
			if lit == nil || !ginCallsIn(lit, "Next") {
				continue
			}
			wrap, wrapped[lit] = in, true
		}
	}
	if wrap == nil {
		return false, false
	}
	aborts := false
	for _, f := range allFuncs(fn) {
		if wrapped[f] {
			continue
		}
		for _, b := range f.Blocks {
			for _, in := range b.Instrs {
				c, isCall := in.(ssa.CallInstruction)
				if !isCall || !ginCall(c.Common(), "Next", "Abort") {
					continue
				}
				if calleeObj(c.Common()).Name() == "Next" {
					return false, true // the chain also runs past the check
				}
				if f == fn && after(wrap, in) {
					aborts = true
				}
			}
		}
	}
	return aborts, true
}

// ginCall: c calls a method of gin's Context whose name starts with one
// of prefixes (Abort covers AbortWithStatus, AbortWithStatusJSON…).
func ginCall(c *ssa.CallCommon, prefixes ...string) bool {
	o := calleeObj(c)
	if o == nil || pkgOf(o) != ginPkgs[0] {
		return false
	}
	for _, p := range prefixes {
		if strings.HasPrefix(o.Name(), p) {
			return true
		}
	}
	return false
}

// ginCallsIn: fn calls gin's Context method name.
func ginCallsIn(fn *ssa.Function, name string) bool {
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			if c, ok := in.(ssa.CallInstruction); ok && ginCall(c.Common(), name) && calleeObj(c.Common()).Name() == name {
				return true
			}
		}
	}
	return false
}

// after: in runs after first on every path that reaches it: later in the
// same block, or in a block first's block dominates.
func after(first, in ssa.Instruction) bool {
	fb, ib := first.Block(), in.Block()
	if fb == ib {
		for _, x := range fb.Instrs {
			if x == first {
				return true
			}
			if x == in {
				return false
			}
		}
		return false
	}
	return fb.Dominates(ib)
}
