package handler

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// ---- the flow of a middleware that checks a token only when one is sent ----------
//
// (absenttoken.go says why.) The middleware is fd itself (a fiber or
// gin handler used as middleware, a net/http or echo middleware taking
// next) or the literal fd returns (a factory closing over its secret).

// absentTokenMW returns the header a middleware checks only when the
// request carries it, "" if fd is no such middleware.
func (m *Model) absentTokenMW(fd *ast.FuncDecl, fn *ssa.Function) string {
	lit := m.returnedLit(fd, 0)
	for _, f := range allFuncs(fn) {
		if f != fn && (lit == nil || f.Syntax() == nil || f.Syntax().Pos() < lit.Pos() || f.Syntax().End() > lit.End()) {
			continue // a literal the middleware neither is nor returns (a route table's inline middleware)
		}
		if h := m.absentInFunc(f); h != "" {
			return h
		}
	}
	return ""
}

// absentInFunc judges one function: every call of next in it, every
// absence test of a provider token in it.
func (m *Model) absentInFunc(f *ssa.Function) string {
	var nexts []*ssa.BasicBlock
	for _, b := range f.Blocks {
		for _, in := range b.Instrs {
			if c, ok := in.(ssa.CallInstruction); ok && isNext(c.Common()) {
				nexts = append(nexts, b)
				break
			}
		}
	}
	if len(nexts) == 0 {
		return ""
	}
	var gates []*ssa.If // checks whose failure never reaches next
	for _, i := range ifs(f) {
		_, fail, found := tokenCompare(i)
		if !found {
			_, fail, found, _, _ = m.verdict(i)
		}
		if !found {
			continue
		}
		closed := true
		for _, nb := range nexts {
			if reaches(fail.to, nb) {
				closed = false
			}
		}
		if closed {
			gates = append(gates, i)
		}
	}
	if len(gates) == 0 {
		return ""
	}
	for _, j := range ifs(f) {
		absent, header, ok := absentTest(j)
		if !ok {
			continue
		}
		for _, g := range gates {
			// The compare must run on the present branch: the absence
			// test is the one guarding it.
			if g == j || !reaches(j.Block(), g.Block()) {
				continue
			}
			for _, nb := range nexts {
				if reachesUngated(absent.to, nb, nexts) {
					return header
				}
			}
		}
	}
	return ""
}

// isNext: c calls the next handler (fiber's and gin's c.Next, a
// next handler held in a parameter or captured, http.Handler.ServeHTTP).
func isNext(c *ssa.CallCommon) bool {
	if o := calleeObj(c); o != nil && o.Name() == "Next" && (contains(fiberPkgs, pkgOf(o)) || contains(ginPkgs, pkgOf(o))) {
		return true
	}
	if c.IsInvoke() {
		return c.Method.Name() == "ServeHTTP" && handlerType(c.Value.Type())
	}
	if c.StaticCallee() != nil {
		if o := calleeObj(c); o != nil && o.Name() == "ServeHTTP" && len(c.Args) > 0 && handlerType(c.Args[0].Type()) {
			return true // next.ServeHTTP on an http.HandlerFunc
		}
		return false
	}
	v := strip(c.Value)
	if u, ok := v.(*ssa.UnOp); ok && u.Op == token.MUL {
		v = u.X
	}
	t := v.Type()
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	switch v.(type) {
	case *ssa.Parameter, *ssa.FreeVar, *ssa.Alloc:
		return handlerType(t)
	}
	return false
}

// absentTest recognises a test of a provider token's absence: the
// token read from a provider's signature or callback-token header
// compared with "" (or its length with 0), or with the default handed to
// the getter (c.Get("X-Callback-Token", "NONE") != "NONE"). It returns
// the edge taken when the token is absent and the header's name.
func absentTest(i *ssa.If) (edge, string, bool) {
	if nonEmpty, ok := emptyCheck(i); ok {
		b := i.Cond.(*ssa.BinOp)
		for _, v := range []ssa.Value{b.X, b.Y} {
			if c, ok := v.(*ssa.Call); ok {
				if bi, ok := c.Call.Value.(*ssa.Builtin); ok && bi.Name() == "len" && len(c.Call.Args) == 1 {
					v = c.Call.Args[0]
				}
			}
			if h := tokenHeader(v); h != "" {
				absent := succ(i, 0)
				if absent.to == nonEmpty.to {
					absent = succ(i, 1)
				}
				return absent, h, true
			}
		}
		return edge{}, "", false
	}
	x, y, eq, ok := comparison(i.Cond)
	if !ok {
		return edge{}, "", false
	}
	for _, pair := range [][2]ssa.Value{{x, y}, {y, x}} {
		k, isConst := constStr(pair[1])
		if !isConst {
			continue
		}
		c, ok := strip(pair[0]).(*ssa.Call)
		if !ok || !sigRead(c.Common()) || !defaultArg(c.Common(), k) {
			continue
		}
		if h := tokenHeader(c); h != "" {
			return succ(i, eq), h, true
		}
	}
	return edge{}, "", false
}

// defaultArg: the getter was handed k as the value of a missing
// header (fiber's c.Get(key, defaultValue...)).
func defaultArg(c *ssa.CallCommon, k string) bool {
	for n, a := range c.Args {
		if n == 0 && !c.IsInvoke() && c.Signature().Recv() != nil {
			continue // the receiver
		}
		if s, ok := constStr(a); ok && s == k && !providerHeader(s) {
			return true
		}
		if sl, ok := strip(a).(*ssa.Slice); ok {
			if alloc, ok := sl.X.(*ssa.Alloc); ok && storesConst(alloc, k) {
				return true // the variadic default
			}
		}
	}
	return false
}

// storesConst: the variadic array alloc holds k.
func storesConst(alloc *ssa.Alloc, k string) bool {
	refs := alloc.Referrers()
	if refs == nil {
		return false
	}
	for _, r := range *refs {
		ia, ok := r.(*ssa.IndexAddr)
		if !ok || ia.Referrers() == nil {
			continue
		}
		for _, rr := range *ia.Referrers() {
			if st, ok := rr.(*ssa.Store); ok {
				if s, ok := constStr(st.Val); ok && s == k {
					return true
				}
			}
		}
	}
	return false
}

// tokenHeader: v is the value of a provider's signature or
// callback-token header (read directly, or trimmed): the header's name.
func tokenHeader(v ssa.Value) string {
	name := ""
	derives(v, func(x ssa.Value) bool {
		c, ok := x.(*ssa.Call)
		if !ok || !sigRead(c.Common()) {
			return false
		}
		for _, a := range c.Common().Args {
			if s, ok := constStr(a); ok && providerHeader(s) {
				name = s
				return true
			}
		}
		return false
	}, 4)
	return name
}

// reachesUngated: nb is reachable from a without crossing a gate: a
// conditional branch one of whose successors can no longer reach any
// next call (a check that may reject).
func reachesUngated(a, nb *ssa.BasicBlock, nexts []*ssa.BasicBlock) bool {
	reachesNext := func(x *ssa.BasicBlock) bool {
		for _, n := range nexts {
			if reaches(x, n) {
				return true
			}
		}
		return false
	}
	seen := map[*ssa.BasicBlock]bool{}
	stack := []*ssa.BasicBlock{a}
	for len(stack) > 0 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if x == nb {
			return true
		}
		if x == nil || seen[x] || noReturn(x) {
			continue
		}
		seen[x] = true
		if len(x.Succs) == 2 && (!reachesNext(x.Succs[0]) || !reachesNext(x.Succs[1])) {
			continue // a gate on the way
		}
		stack = append(stack, x.Succs...)
	}
	return false
}
