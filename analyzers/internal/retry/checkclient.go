package retry

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a CheckRetry set on a client that sends no payment request -------------
//
// A package may hold two go-retryablehttp clients: one sending its
// payment requests, and one calling a route planner, a maps API or a
// CRM, which may retry whatever it likes:
//
//	rc := retryablehttp.NewClient()
//	rc.CheckRetry = func(…) (bool, error) { return err != nil || resp.StatusCode >= 400, nil }
//	return &RoutePlanner{rc: rc}          // …then only p.rc.Do(req) of POST /v1/stops
//
// Such a CheckRetry is not the payment client's. It is known to belong to
// another client only when every place its client value goes is in
// sight: the variable or unexported field the CheckRetry is set on (given
// only new clients: NewClient(), a Client literal), the
// unexported fields and locals it is copied into, and their uses, which
// are configuration (rc.RetryMax = 5) or sends (Do, Get, Post, PostForm,
// Head) the payment model sees as no payment op. A send whose request
// comes from the enclosing function's parameters, inside a function that
// is a payment wrapper or that another op goes through, a client handed
// to a call, returned, stored by address or in an exported name: the
// CheckRetry may be the payment client's, and it is judged as before.

// rhttpSends are the Client methods that send a request.
var rhttpSends = map[string]bool{"Do": true, "Get": true, "Post": true, "PostForm": true, "Head": true}

// NonPaymentClient reports whether the CheckRetry that set (a node
// CheckRetrySet matched) configures belongs to a client whose every use
// is in sight and none of whose sends is a payment request.
func NonPaymentClient(pass *analysis.Pass, info *payment.Info, set ast.Node) bool {
	roots := setClient(pass, set)
	if len(roots) == 0 {
		return false
	}
	t := &tracker{pass: pass, info: info, objs: map[types.Object]bool{}}
	for _, o := range roots {
		if !t.add(o) {
			return false
		}
	}
	// Follow copies until no new name holds the client (a few rounds).
	for round := 0; round < 4; round++ {
		n := len(t.objs)
		if !t.scan() {
			return false
		}
		if len(t.objs) == n {
			return t.sends > 0
		}
	}
	return false
}

// setClient names the client set configures: the variable or field
// of rc.CheckRetry = v, or where the literal Client{CheckRetry: v} goes.
func setClient(pass *analysis.Pass, set ast.Node) []types.Object {
	switch x := set.(type) {
	case *ast.AssignStmt:
		if sel, ok := x.Lhs[0].(*ast.SelectorExpr); ok {
			if o := nameObj(pass.TypesInfo, sel.X); o != nil {
				return []types.Object{o}
			}
		}
	case *ast.KeyValueExpr:
		path := path(pass, x)
		for i, n := range path {
			lit, ok := n.(*ast.CompositeLit)
			if !ok || i+1 >= len(path) {
				continue
			}
			var e ast.Expr = lit
			parent := path[i+1]
			if u, ok := parent.(*ast.UnaryExpr); ok && i+2 < len(path) {
				e, parent = u, path[i+2]
			}
			if o := storedIn(pass.TypesInfo, e, parent); o != nil {
				return []types.Object{o}
			}
			return nil
		}
	}
	return nil
}

// storedIn: the variable or field the value e (a child of parent) is
// assigned to, or nil.
func storedIn(info *types.Info, e ast.Expr, parent ast.Node) types.Object {
	switch p := parent.(type) {
	case *ast.AssignStmt:
		if len(p.Lhs) == len(p.Rhs) {
			for i, r := range p.Rhs {
				if r == e {
					return nameObj(info, p.Lhs[i])
				}
			}
		}
	case *ast.ValueSpec:
		if len(p.Names) == len(p.Values) {
			for i, v := range p.Values {
				if v == e {
					return info.Defs[p.Names[i]]
				}
			}
		}
	case *ast.KeyValueExpr:
		if p.Value == e {
			if id, ok := p.Key.(*ast.Ident); ok {
				if v, ok := info.ObjectOf(id).(*types.Var); ok && v.IsField() {
					return v
				}
			}
		}
	}
	return nil
}

// nameObj: the variable of an identifier, or the field of a selector.
func nameObj(info *types.Info, e ast.Expr) types.Object {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		if v, ok := info.ObjectOf(x).(*types.Var); ok {
			return v
		}
	case *ast.SelectorExpr:
		if v, ok := info.Uses[x.Sel].(*types.Var); ok && v.IsField() {
			return v
		}
	}
	return nil
}

func path(pass *analysis.Pass, n ast.Node) []ast.Node {
	for _, f := range pass.Files {
		if f.FileStart <= n.Pos() && n.Pos() < f.FileEnd {
			path, _ := astutil.PathEnclosingInterval(f, n.Pos(), n.End())
			return path
		}
	}
	return nil
}

// tracker follows one client value through the package.
type tracker struct {
	pass  *analysis.Pass
	info  *payment.Info
	objs  map[types.Object]bool
	sends int
}

// add tracks o; false when o is seen by other packages (an exported
// field or package variable) or is not this package's.
func (t *tracker) add(o types.Object) bool {
	if o.Pkg() != t.pass.Pkg {
		return false
	}
	v, ok := o.(*types.Var)
	if !ok || o.Exported() && (v.IsField() || v.Parent() == t.pass.Pkg.Scope()) {
		return false
	}
	t.objs[o] = true
	return true
}

// scan walks every use of the tracked names; false when one lets the
// client out of sight or sends a request that may be a payment.
func (t *tracker) scan() bool {
	ok := true
	t.sends = 0
	tinfo := t.pass.TypesInfo
	for _, f := range t.pass.Files {
		var stack []ast.Node
		ast.Inspect(f, func(n ast.Node) bool {
			if !ok {
				return false
			}
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			stack = append(stack, n)
			id, isID := n.(*ast.Ident)
			if !isID {
				return true
			}
			if d := tinfo.Defs[id]; d != nil {
				if t.objs[d] {
					ok = t.def(stack)
				}
				return true
			}
			if t.objs[tinfo.Uses[id]] {
				ok = t.use(stack)
			}
			return true
		})
		if !ok {
			return false
		}
	}
	return true
}

// def judges the declaration of a tracked name (the identifier on top
// of stack): a struct field, or a variable given a new client or none;
// a parameter, a receiver or a variable given another value holds what
// the caller's code made, which may be the payment client.
func (t *tracker) def(stack []ast.Node) bool {
	id := stack[len(stack)-1].(*ast.Ident)
	if len(stack) < 3 {
		return false
	}
	switch p := stack[len(stack)-2].(type) {
	case *ast.Field:
		_, inStruct := stack[len(stack)-3].(*ast.FieldList)
		if inStruct && len(stack) >= 4 {
			_, inStruct = stack[len(stack)-4].(*ast.StructType)
		}
		return inStruct
	case *ast.AssignStmt:
		if len(p.Lhs) == len(p.Rhs) {
			for i, l := range p.Lhs {
				if l == id {
					return t.fresh(p.Rhs[i])
				}
			}
		}
	case *ast.ValueSpec:
		if len(p.Values) == 0 {
			return true // nil until assigned, judged there
		}
		if len(p.Names) == len(p.Values) {
			for i, n := range p.Names {
				if n == id {
					return t.fresh(p.Values[i])
				}
			}
		}
	}
	return false
}

// fresh: e is a new client (retryablehttp.NewClient(), a Client
// literal, its address) or a tracked name's value.
func (t *tracker) fresh(e ast.Expr) bool {
	tinfo := t.pass.TypesInfo
	switch x := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		_, lit := ast.Unparen(x.X).(*ast.CompositeLit)
		return lit
	case *ast.CompositeLit:
		return true
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(tinfo, x).(*types.Func)
		return fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == rhttp && fn.Name() == "NewClient"
	case *ast.Ident, *ast.SelectorExpr:
		o := nameObj(tinfo, x)
		return o != nil && t.objs[o]
	}
	return false
}

// use judges one use (the identifier on top of stack).
func (t *tracker) use(stack []ast.Node) bool {
	tinfo := t.pass.TypesInfo
	at := len(stack) - 1
	var e ast.Expr = stack[at].(*ast.Ident)
	if at > 0 {
		if sel, ok := stack[at-1].(*ast.SelectorExpr); ok && sel.Sel == e {
			e, at = sel, at-1 // the field p.rc
		}
	}
	if at == 0 {
		return false
	}
	switch p := stack[at-1].(type) {
	case *ast.ParenExpr:
		return false
	case *ast.SelectorExpr: // rc.X: configuration or a send
		if p.X != e || at < 2 {
			return false
		}
		if fn, ok := tinfo.Uses[p.Sel].(*types.Func); ok {
			call, ok := stack[at-2].(*ast.CallExpr)
			if !ok || call.Fun != p || !rhttpSends[fn.Name()] {
				return false
			}
			t.sends++
			return !t.paymentSend(call, stack[:at-2])
		}
		as, ok := stack[at-2].(*ast.AssignStmt)
		return ok && onLeft(as, p)
	case *ast.AssignStmt:
		if onLeft(p, e) {
			for i, l := range p.Lhs {
				if l == e && len(p.Lhs) == len(p.Rhs) {
					return t.fresh(p.Rhs[i]) // a new client is put there
				}
			}
			return false
		}
		if o := storedIn(tinfo, e, p); o != nil {
			return t.add(o)
		}
	case *ast.KeyValueExpr:
		if p.Key == e {
			return t.fresh(p.Value) // the field is given a new client
		}
		if o := storedIn(tinfo, e, p); o != nil {
			return t.add(o)
		}
	case *ast.ValueSpec:
		if o := storedIn(tinfo, e, p); o != nil {
			return t.add(o)
		}
	}
	return false
}

func onLeft(as *ast.AssignStmt, e ast.Expr) bool {
	for _, l := range as.Lhs {
		if l == e {
			return true
		}
	}
	return false
}

// paymentSend: the send call (under outer) may carry a payment request
// the model knows: it is an op, its request is the enclosing function's
// parameter (its callers' requests), or the function is a payment
// wrapper or one an op goes through.
func (t *tracker) paymentSend(call *ast.CallExpr, outer []ast.Node) bool {
	if t.info.Of(call) != nil {
		return true
	}
	for _, op := range t.info.Dispatched {
		if op.Call == call {
			return true
		}
	}
	var decl *ast.FuncDecl
	for i := len(outer) - 1; i >= 0; i-- {
		if d, ok := outer[i].(*ast.FuncDecl); ok {
			decl = d
			break
		}
	}
	if decl == nil {
		return true
	}
	fn, _ := t.pass.TypesInfo.Defs[decl.Name].(*types.Func)
	if fn == nil || t.info.Wrappers[fn] != nil {
		return true
	}
	for _, op := range t.info.Ops {
		if op.Via == fn {
			return true
		}
	}
	params := map[types.Object]bool{}
	for _, fl := range decl.Type.Params.List {
		for _, n := range fl.Names {
			params[t.pass.TypesInfo.Defs[n]] = true
		}
	}
	for _, a := range call.Args {
		if id, ok := ast.Unparen(a).(*ast.Ident); ok && params[t.pass.TypesInfo.Uses[id]] {
			return true
		}
	}
	return false
}
