package handler

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// ---- a filter of a request context's shape that verifies ---------------------------
//
// beego's filters (InsertFilter, a namespace's NSBefore) have a
// handler's shape, func(ctx *context.Context), and no next handler: a
// filter stops the request by answering it (ctx.Abort(401, …),
// ctx.Output.SetStatus(401)), and lets it through by returning without
// an answer. Such a filter verifies when a signature check's failure
// answers the request and every way the request goes on (a return with
// no answer on its path, a ctx.Next() of an iris-style middleware) is
// past the enforced check:
//
//	func verifySignature(ctx *beecontext.Context) {
//		if !validHMAC(secret, ctx.Input.RequestBody, ctx.Input.Header("X-Signature")) {
//			ctx.Abort(401, "bad signature")
//		}
//	}

// filterVerifies judges fn, a function of a request context's shape used
// as a route's filter.
func (m *Model) filterVerifies(fn *ssa.Function) bool {
	ctxPkg := ctxParamPkg(fn)
	if ctxPkg == nil {
		return false
	}
	answers := func(b *ssa.BasicBlock) bool {
		for _, in := range b.Instrs {
			c, ok := in.(ssa.CallInstruction)
			if !ok {
				continue
			}
			if b, ok := c.Common().Value.(*ssa.Builtin); ok && b.Name() == "panic" {
				return true
			}
			if o := calleeObj(c.Common()); o != nil && o.Pkg() == ctxPkg && (responders[o.Name()] || o.Name() == "Abort") {
				return true
			}
		}
		return false
	}
	stops := false
	passed := map[edge]bool{} // the edges a check's success takes
	for _, i := range ifs(fn) {
		ok, fail, found, _, _ := m.verdict(i)
		if !found {
			continue
		}
		passed[ok] = true
		for _, b := range fn.Blocks {
			if (fail.dominates(b) || fail.to != nil && fail.to.Dominates(b)) && answers(b) {
				stops = true
			}
		}
	}
	if !stops {
		return false
	}
	// open: the blocks a request reaches from the entry neither past a
	// check's success nor through an answer.
	open := map[*ssa.BasicBlock]bool{}
	var walk func(b *ssa.BasicBlock)
	walk = func(b *ssa.BasicBlock) {
		if open[b] || answers(b) {
			return
		}
		open[b] = true
		for _, s := range b.Succs {
			if !passed[edge{b, s}] {
				walk(s)
			}
		}
	}
	if len(fn.Blocks) > 0 {
		walk(fn.Blocks[0])
	}
	for _, b := range fn.Blocks {
		goesOn := false
		if n := len(b.Instrs); n > 0 {
			_, goesOn = b.Instrs[n-1].(*ssa.Return)
		}
		for _, in := range b.Instrs {
			if c, ok := in.(ssa.CallInstruction); ok {
				if o := calleeObj(c.Common()); o != nil && o.Pkg() == ctxPkg && o.Name() == "Next" {
					goesOn = true
				}
			}
		}
		if goesOn && open[b] && m.verifiedAt(fn, b) != Verified {
			return false
		}
	}
	return true
}

// ctxParamPkg is the package of fn's request context parameter (its last).
func ctxParamPkg(fn *ssa.Function) *types.Package {
	ps := fn.Signature.Params()
	if ps.Len() == 0 {
		return nil
	}
	t := ps.At(ps.Len() - 1).Type()
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Pkg()
	}
	return nil
}
