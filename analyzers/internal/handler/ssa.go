package handler

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
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
				if c, ok := in.(*ssa.Call); ok {
					for _, b := range boundTargets(c) { // a binder read: the struct it fills
						mark(b)
					}
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
				if c, ok := in.(*ssa.Call); ok && direct && !pure(c.Common()) && !requestMethod(c.Common()) && boundTargets(c) == nil {
					continue
				}
				changed = mark(v) || changed
				if c, ok := in.(*ssa.Call); ok {
					for _, b := range boundTargets(c) { // httpx.Parse(r, &req): req is the request's
						changed = mark(b) || changed
					}
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
		namedIs(t, echoPkgs, "Context") || namedIs(t, fiberPkgs, "Ctx") ||
		frameworkCtx(t) || ctxType(t) // iris, beego, hertz, fasthttp and shapes

}
