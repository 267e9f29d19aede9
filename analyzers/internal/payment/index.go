package payment

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// assign is one value given to a variable: v = rhs, v := rhs, var v = rhs,
// or v, err := rhs (Index 0) for a call returning a tuple.
type assign struct {
	RHS   ast.Expr
	Index int // position in a tuple result; -1 when RHS is the value itself
	Stmt  ast.Node
}

// callSite is one call with the function declaration it lies in.
type callSite struct {
	Call   *ast.CallExpr
	Decl   *ast.FuncDecl // enclosing top-level function; nil at package level
	Callee *types.Func   // static callee (generic origin), nil if unknown
}

// index is built in one pass over the package and answers the questions
// the recognisers ask about local variables.
type index struct {
	pass  *analysis.Pass
	info  *types.Info
	calls []callSite

	// assigns: every value assigned to a variable (locals and package vars).
	assigns map[*types.Var][]assign
	// recvCalls: method calls whose receiver is rooted at the variable
	// (v.M(), v.Header.Set(), v.Params.SetIdempotencyKey()).
	recvCalls map[*types.Var][]*ast.CallExpr
	// argCalls: calls that take the variable (or &v) as an argument.
	argCalls map[*types.Var][]*ast.CallExpr
	// fieldAssigns: assignments whose left side is rooted at the
	// variable but is not the variable itself (v.F = x, v.H[k] = x).
	fieldAssigns map[*types.Var][]*ast.AssignStmt
	// objAssigns: assignments to struct fields anywhere (s.client = x)
	// and keyed composite-literal fields (T{client: x}), by field object.
	objAssigns map[*types.Var][]ast.Expr
	// fieldRecvCalls: method calls whose receiver is a struct field
	// selector (s.client.SetRetryCount(3)), by field object.
	fieldRecvCalls map[*types.Var][]*ast.CallExpr
	// encodes: json.NewEncoder(&buf).Encode(v) calls, by buf.
	encodes map[*types.Var][]ast.Expr
	// ctorOf returns the template of a local request constructor (set by
	// the builder).
	ctorOf func(*types.Func) *SendFact
	// declOf maps a function object of this package to its declaration.
	declOf map[*types.Func]*ast.FuncDecl
	// paramOf maps a parameter variable to its declaring function and index.
	paramOf map[*types.Var]paramRef
	// ifaces caches the implementations of interface methods (ifaceops.go).
	ifaces *ifaceState
	// strArgs: the arguments of the URL helper being evaluated, by
	// parameter (urlhelper.go).
	strArgs map[*types.Var]strval
}

type paramRef struct {
	Decl  *ast.FuncDecl // nil for a function literal's parameter
	Lit   *ast.FuncLit
	Index int
}

func newIndex(pass *analysis.Pass, insp *inspector.Inspector) *index {
	ix := &index{
		pass:           pass,
		info:           pass.TypesInfo,
		assigns:        map[*types.Var][]assign{},
		recvCalls:      map[*types.Var][]*ast.CallExpr{},
		argCalls:       map[*types.Var][]*ast.CallExpr{},
		fieldAssigns:   map[*types.Var][]*ast.AssignStmt{},
		objAssigns:     map[*types.Var][]ast.Expr{},
		fieldRecvCalls: map[*types.Var][]*ast.CallExpr{},
		encodes:        map[*types.Var][]ast.Expr{},
		declOf:         map[*types.Func]*ast.FuncDecl{},
		paramOf:        map[*types.Var]paramRef{},
	}
	var decl *ast.FuncDecl
	filter := []ast.Node{
		(*ast.FuncDecl)(nil), (*ast.FuncLit)(nil), (*ast.CallExpr)(nil),
		(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.CompositeLit)(nil),
	}
	insp.Nodes(filter, func(n ast.Node, push bool) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if !push {
				decl = nil
				return true
			}
			decl = n
			if fn, ok := ix.info.Defs[n.Name].(*types.Func); ok {
				ix.declOf[fn] = n
			}
			ix.params(n.Recv, n.Type, n, nil)
		case *ast.FuncLit:
			if push {
				ix.params(nil, n.Type, nil, n)
			}
		case *ast.CallExpr:
			if push {
				ix.call(n, decl)
			}
		case *ast.AssignStmt:
			if push {
				ix.assignStmt(n)
			}
		case *ast.ValueSpec:
			if push {
				ix.valueSpec(n)
			}
		case *ast.CompositeLit:
			if push {
				ix.compositeFields(n)
			}
		}
		return true
	})
	return ix
}

// params records the parameters of a function. Receiver parameters are
// not counted: Index is the position among the declared parameters, as
// at a call site.
func (ix *index) params(recv *ast.FieldList, ft *ast.FuncType, decl *ast.FuncDecl, lit *ast.FuncLit) {
	if ft == nil || ft.Params == nil {
		return
	}
	i := 0
	for _, f := range ft.Params.List {
		if len(f.Names) == 0 {
			i++
			continue
		}
		for _, name := range f.Names {
			if v, ok := ix.info.Defs[name].(*types.Var); ok {
				ix.paramOf[v] = paramRef{Decl: decl, Lit: lit, Index: i}
			}
			i++
		}
	}
}

func (ix *index) call(call *ast.CallExpr, decl *ast.FuncDecl) {
	cs := callSite{Call: call, Decl: decl, Callee: calleeOf(ix.info, call)}
	ix.calls = append(ix.calls, cs)
	if sel, ok := unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := ix.info.Selections[sel]; ok && s.Kind() == types.MethodVal {
			if v := ix.rootVar(sel.X); v != nil {
				ix.recvCalls[v] = append(ix.recvCalls[v], call)
			}
			if fsel, ok := unparen(sel.X).(*ast.SelectorExpr); ok {
				if f, ok := ix.info.Uses[fsel.Sel].(*types.Var); ok && f.IsField() {
					ix.fieldRecvCalls[f] = append(ix.fieldRecvCalls[f], call)
				}
			}
			if isMethod(cs.Callee, "encoding/json", "Encoder", "Encode") && len(call.Args) == 1 {
				if inner, ok := unparen(sel.X).(*ast.CallExpr); ok && len(inner.Args) == 1 &&
					isFunc(calleeOf(ix.info, inner), "encoding/json", "NewEncoder") {
					if v := ix.rootVar(inner.Args[0]); v != nil {
						ix.encodes[v] = append(ix.encodes[v], call.Args[0])
					}
				}
			}
		}
	}
	for _, a := range call.Args {
		if v := ix.rootVar(a); v != nil && isVarOrAddr(a) {
			ix.argCalls[v] = append(ix.argCalls[v], call)
		}
	}
}

// isVarOrAddr reports whether e is a plain identifier or &identifier.
func isVarOrAddr(e ast.Expr) bool {
	e = unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = unparen(u.X)
	}
	_, ok := e.(*ast.Ident)
	return ok
}

func (ix *index) assignStmt(as *ast.AssignStmt) {
	if as.Tok != token.ASSIGN && as.Tok != token.DEFINE {
		// x += y: the value changes; record it as an assignment of the
		// binary form so that tracing sees both operands.
		if len(as.Lhs) == 1 && len(as.Rhs) == 1 {
			if v := ix.identVar(as.Lhs[0]); v != nil {
				ix.assigns[v] = append(ix.assigns[v], assign{RHS: as.Rhs[0], Index: -1, Stmt: as})
			}
		}
		return
	}
	tuple := len(as.Lhs) > 1 && len(as.Rhs) == 1
	for i, lhs := range as.Lhs {
		var rhs ast.Expr
		idx := -1
		switch {
		case tuple:
			rhs, idx = as.Rhs[0], i
		case i < len(as.Rhs):
			rhs = as.Rhs[i]
		default:
			continue
		}
		if v := ix.identVar(lhs); v != nil {
			ix.assigns[v] = append(ix.assigns[v], assign{RHS: rhs, Index: idx, Stmt: as})
			continue
		}
		if v := ix.rootVar(lhs); v != nil {
			ix.fieldAssigns[v] = append(ix.fieldAssigns[v], as)
		}
		if sel, ok := unparen(lhs).(*ast.SelectorExpr); ok && idx < 0 {
			if f, ok := ix.info.Uses[sel.Sel].(*types.Var); ok && f.IsField() {
				ix.objAssigns[f] = append(ix.objAssigns[f], rhs)
			}
		}
	}
}

func (ix *index) valueSpec(vs *ast.ValueSpec) {
	tuple := len(vs.Names) > 1 && len(vs.Values) == 1
	for i, name := range vs.Names {
		v, ok := ix.info.Defs[name].(*types.Var)
		if !ok || v == nil {
			continue
		}
		switch {
		case tuple:
			ix.assigns[v] = append(ix.assigns[v], assign{RHS: vs.Values[0], Index: i, Stmt: vs})
		case i < len(vs.Values):
			ix.assigns[v] = append(ix.assigns[v], assign{RHS: vs.Values[i], Index: -1, Stmt: vs})
		default:
			// var v T: the zero value; record nothing but make the
			// variable known so that "assigned once" counts correctly.
			if _, ok := ix.assigns[v]; !ok {
				ix.assigns[v] = nil
			}
		}
	}
}

func (ix *index) compositeFields(cl *ast.CompositeLit) {
	for _, elt := range cl.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		id, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		if f, ok := ix.info.Uses[id].(*types.Var); ok && f.IsField() {
			ix.objAssigns[f] = append(ix.objAssigns[f], kv.Value)
		}
	}
}

// firstAssigned follows the variable x names to the values assigned to it
// whole (not through an index or a tuple) and returns the first non-zero
// result of f over them: the one way the model looks through a local.
func firstAssigned[T comparable](ix *index, x ast.Expr, f func(rhs ast.Expr) T) T {
	var zero T
	v := ix.identVar(x)
	if v == nil {
		return zero
	}
	for _, a := range ix.assigns[v] {
		if a.Index < 0 {
			if r := f(a.RHS); r != zero {
				return r
			}
		}
	}
	return zero
}

// identVar returns the variable an identifier (possibly parenthesised)
// denotes, nil otherwise.
func (ix *index) identVar(e ast.Expr) *types.Var {
	id, ok := unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	if v, ok := ix.info.Defs[id].(*types.Var); ok && v != nil {
		return v
	}
	if v, ok := ix.info.Uses[id].(*types.Var); ok {
		return v
	}
	return nil
}

// rootVar returns the variable an expression such as v, &v, *v, v.f.g,
// v[k], v.Header is rooted at; nil when rooted at anything else.
func (ix *index) rootVar(e ast.Expr) *types.Var {
	for i := 0; i < 16; i++ {
		switch x := e.(type) {
		case *ast.ParenExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.UnaryExpr:
			if x.Op != token.AND {
				return nil
			}
			e = x.X
		case *ast.SelectorExpr:
			if _, ok := ix.info.Uses[x.Sel].(*types.Var); !ok {
				return nil // a method value or qualified identifier
			}
			if id, ok := x.X.(*ast.Ident); ok {
				if _, isPkg := ix.info.Uses[id].(*types.PkgName); isPkg {
					return nil
				}
			}
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.Ident:
			return ix.identVar(x)
		default:
			return nil
		}
	}
	return nil
}

// single returns the only value assigned to v, or false when v is
// assigned zero or several times.
func (ix *index) single(v *types.Var) (assign, bool) {
	as := ix.assigns[v]
	if len(as) != 1 {
		return assign{}, false
	}
	return as[0], true
}

// calleeOf returns the statically called function or method, as its
// generic origin; nil for builtins, conversions, dynamic calls.
func calleeOf(info *types.Info, call *ast.CallExpr) *types.Func {
	if info == nil || call == nil {
		return nil
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil {
		return nil
	}
	return fn.Origin()
}

func unparen(e ast.Expr) ast.Expr { return ast.Unparen(e) }

// StripAddr removes parentheses and one &: &T{...} → T{...}.
func StripAddr(e ast.Expr) ast.Expr { return stripAddr(e) }

// stripAddr removes parentheses and one &: &T{...} → T{...}.
func stripAddr(e ast.Expr) ast.Expr {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		return ast.Unparen(u.X)
	}
	return e
}

// funcPath returns the import path of fn's package, "" if none.
func funcPath(fn *types.Func) string {
	if fn == nil || fn.Pkg() == nil {
		return ""
	}
	return fn.Pkg().Path()
}

// recvTypeName returns the name of fn's receiver base type ("Client" for
// func (c *Client) M), "" for functions and interface methods of unnamed
// interfaces.
func recvTypeName(fn *types.Func) string {
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return ""
	}
	t := sig.Recv().Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	switch n := t.(type) {
	case *types.Named:
		return n.Obj().Name()
	case *types.Alias:
		return n.Obj().Name()
	}
	return ""
}

// isMethod reports whether fn is a method of pkgPath.typeName named name.
func isMethod(fn *types.Func, pkgPath, typeName, name string) bool {
	return fn != nil && fn.Name() == name && funcPath(fn) == pkgPath && recvTypeName(fn) == typeName
}

// isFunc reports whether fn is the package-level function pkgPath.name.
func isFunc(fn *types.Func, pkgPath, name string) bool {
	return fn != nil && fn.Name() == name && funcPath(fn) == pkgPath && recvTypeName(fn) == "" && !hasRecv(fn)
}

func hasRecv(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	return ok && sig.Recv() != nil
}

// stringConst returns the constant string value of e, if any.
func (ix *index) stringConst(e ast.Expr) (string, bool) {
	if e == nil {
		return "", false
	}
	tv, ok := ix.info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constantString {
		return "", false
	}
	return constantStringVal(tv.Value), true
}

// intConst returns the constant integer value of e, if any.
func (ix *index) intConst(e ast.Expr) (int64, bool) {
	if e == nil {
		return 0, false
	}
	tv, ok := ix.info.Types[e]
	if !ok || tv.Value == nil {
		return 0, false
	}
	return constantInt64(tv.Value)
}

// firstResults calls f with the first result of each return statement
// of body (function literals excluded) until f returns true.
func firstResults(body *ast.BlockStmt, f func(ast.Expr) bool) {
	done := false
	ast.Inspect(body, func(n ast.Node) bool {
		if done {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) >= 1 && f(n.Results[0]) {
				done = true
			}
		}
		return !done
	})
}
