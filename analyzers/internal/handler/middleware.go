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
