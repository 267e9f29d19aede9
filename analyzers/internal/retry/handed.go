package retry

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"

	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/types/typeutil"
)

// handedConstruct returns the Library or Helper construct when fn (a
// closure or function) is handed to call as the operation to retry.
func (r *Result) handedConstruct(call *ast.CallExpr, fn ast.Node, region ast.Node) *Construct {
	if spec := r.library(call); spec != nil {
		if spec.arg < len(call.Args) && r.refersTo(call.Args[spec.arg], fn) {
			return &Construct{Kind: Library, Name: spec.display, Pos: call.Pos(), Node: call, Region: region,
				Counters: capturedCounters(r.pass.TypesInfo, fn)} // attemptcounters.go
		}
		return nil
	}
	return r.helperConstruct(call, fn, region)
}

// refersTo reports whether arg is fn: the closure itself, a conversion
// of it (backoff.Operation(f)), or a reference to the declared function.
func (r *Result) refersTo(arg ast.Expr, fn ast.Node) bool {
	arg = unconvert(r.pass.TypesInfo, arg)
	switch fn := fn.(type) {
	case *ast.FuncLit:
		if arg == fn {
			return true
		}
		if id, ok := arg.(*ast.Ident); ok {
			if v, ok := r.pass.TypesInfo.Uses[id].(*types.Var); ok {
				return r.varBoundTo(v) == fn
			}
		}
	case *ast.FuncDecl:
		got := r.funcRef(arg)
		return got != nil && r.decls[got] == fn
	}
	return false
}

// unconvert strips parentheses and conversions to a named func type.
func unconvert(info *types.Info, e ast.Expr) ast.Expr {
	for {
		e = ast.Unparen(e)
		call, ok := e.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return e
		}
		if tv, ok := info.Types[call.Fun]; !ok || !tv.IsType() {
			return e
		}
		e = call.Args[0]
	}
}

// funcRef returns the function of this package that e names (f,
// pkg.f, recv.method, T.method), or nil.
func (r *Result) funcRef(e ast.Expr) *types.Func {
	e = unconvert(r.pass.TypesInfo, e)
	var id *ast.Ident
	switch x := e.(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	case *ast.IndexExpr: // generic instantiation f[T]
		return r.funcRef(x.X)
	case *ast.IndexListExpr:
		return r.funcRef(x.X)
	default:
		return nil
	}
	fn, _ := r.pass.TypesInfo.Uses[id].(*types.Func)
	if fn == nil {
		return nil
	}
	fn = fn.Origin()
	if fn.Pkg() != r.pass.Pkg {
		return nil
	}
	return fn
}

func (r *Result) staticCallee(call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(r.pass.TypesInfo, call).(*types.Func)
	if fn == nil {
		return nil
	}
	return fn.Origin()
}

// boundVar returns the local variable a closure is assigned to
// (v := func…, var v = func…), or nil.
func (r *Result) boundVar(lit *ast.FuncLit, parent ast.Node) *types.Var {
	switch p := parent.(type) {
	case *ast.AssignStmt:
		if len(p.Lhs) != len(p.Rhs) {
			return nil
		}
		for k, rhs := range p.Rhs {
			if unconvert(r.pass.TypesInfo, rhs) == lit {
				if id, ok := p.Lhs[k].(*ast.Ident); ok {
					v, _ := r.pass.TypesInfo.ObjectOf(id).(*types.Var)
					return v
				}
			}
		}
	case *ast.ValueSpec:
		for k, val := range p.Values {
			if unconvert(r.pass.TypesInfo, val) == lit && k < len(p.Names) {
				v, _ := r.pass.TypesInfo.Defs[p.Names[k]].(*types.Var)
				return v
			}
		}
	}
	return nil
}

// varBoundTo returns the closure a local variable is bound to where it
// is declared, or nil.
func (r *Result) varBoundTo(v *types.Var) *ast.FuncLit {
	file := r.fileOf(v.Pos())
	if file == nil || !v.Pos().IsValid() {
		return nil
	}
	path, _ := astutil.PathEnclosingInterval(file, v.Pos(), v.Pos())
	for _, n := range path {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				return nil
			}
			for k, lhs := range n.Lhs {
				if id, ok := lhs.(*ast.Ident); ok && r.pass.TypesInfo.ObjectOf(id) == v {
					lit, _ := unconvert(r.pass.TypesInfo, n.Rhs[k]).(*ast.FuncLit)
					return lit
				}
			}
			return nil
		case *ast.ValueSpec:
			for k, name := range n.Names {
				if r.pass.TypesInfo.Defs[name] == v && k < len(n.Values) {
					lit, _ := unconvert(r.pass.TypesInfo, n.Values[k]).(*ast.FuncLit)
					return lit
				}
			}
			return nil
		}
	}
	return nil
}

// varUses finds where the closure bound to v runs again: calls of v
// inside loops of the enclosing function, and hand-overs of v to a
// retry library or helper.
func (r *Result) varUses(op *ast.CallExpr, v *types.Var, lit *ast.FuncLit, outer []ast.Node, depth int) []*Construct {
	var body ast.Node
	for _, n := range outer {
		switch n := n.(type) {
		case *ast.FuncLit:
			body = n.Body
		case *ast.FuncDecl:
			body = n.Body
		}
		if body != nil {
			break
		}
	}
	if body == nil {
		return nil
	}
	var out []*Construct
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && r.pass.TypesInfo.Uses[id] == v {
			for _, c := range r.around(op, call, depth+1) {
				out = append(out, c)
			}
			return true
		}
		if c := r.handedConstruct(call, lit, lit); c != nil {
			out = append(out, c)
		}
		return true
	})
	sort.SliceStable(out, func(i, j int) bool { return regionSize(out[i]) < regionSize(out[j]) })
	return out
}

func regionSize(c *Construct) token.Pos {
	if c.Region == nil {
		return 0
	}
	return c.Region.End() - c.Region.Pos()
}

// helperParam returns the index of fn's func-typed parameter that fn
// calls again after its error (fn is a hand-written retry helper), or -1.
func (r *Result) helperParam(fn *types.Func) int {
	if idx, ok := r.helpers[fn]; ok {
		return idx
	}
	r.helpers[fn] = -1 // in progress: recursion through helpers finds nothing
	decl := r.decls[fn]
	if decl == nil {
		return -1
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil {
		return -1
	}
	params := map[*types.Var]int{}
	for i := 0; i < sig.Params().Len(); i++ {
		p := sig.Params().At(i)
		if _, ok := p.Type().Underlying().(*types.Signature); ok {
			params[p] = i
		}
	}
	if len(params) == 0 {
		return -1
	}
	found := -1
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if found >= 0 {
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok {
			return true
		}
		v, _ := r.pass.TypesInfo.Uses[id].(*types.Var)
		idx, ok := params[v]
		if !ok {
			return true
		}
		for _, c := range r.around(call, call, maxDepth) {
			if (c.Kind == Loop || c.Kind == Recursion || c.Kind == Library || c.Kind == Rows) && !r.sideCall(fn, call, c) {
				found = idx
				return false
			}
		}
		return true
	})
	r.helpers[fn] = found
	return found
}
