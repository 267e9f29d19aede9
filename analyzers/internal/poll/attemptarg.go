package poll

import (
	"go/ast"
	"go/token"
	"go/types"
)

// ---- the attempt counter handed to the package's own create wrapper ---------
//
//	for attempt := 1; attempt <= 3; attempt++ {
//		p, err := s.create(ctx, st, attempt) // key: fmt.Sprintf("%s-dp%d", st.Ref, attempt)
//		…
//		ok, err := s.awaitSucceeded(ctx, p.Id) // (false, nil) on its own timeout
//		if ok { return p, nil }
//	}
//
// perItem takes a counter handed to the create as a sign that each pass
// pays for another item (amounts[i], an instalment number). A counter the
// callee only prints into a string (a reference or key numbered by the
// attempt) names no item: the pass creates the same payment again, under
// a new number. It counts as the attempt only when the loop can leave on
// a pass that went well (a return whose error is nil, a break): a loop
// over instalments goes round after each success.

// attemptArg: a, an argument of create mentioning the loop counter v,
// is v itself handed to a function of this package that only formats
// it, and outer leaves on success.
func (f *finder) attemptArg(outer *ast.ForStmt, create *ast.CallExpr, a ast.Expr, v *types.Var) bool {
	id, ok := unparen(a).(*ast.Ident)
	if !ok || f.info.Uses[id] != v || !leavesOnSuccess(f, outer.Body) {
		return false
	}
	fn := f.calleeFunc(create)
	if fn == nil || fn.Pkg() != f.pass.Pkg {
		return false
	}
	decl := f.declOf(fn)
	if decl == nil || decl.Body == nil {
		return false
	}
	idx := -1
	for i, arg := range create.Args {
		if arg == a {
			idx = i
		}
	}
	param := param(f, decl, idx)
	if param == nil {
		return false
	}
	return onlyFormatted(f, decl.Body, param)
}

// param is decl's i-th parameter, nil when unnamed or variadic.
func param(f *finder, decl *ast.FuncDecl, i int) *types.Var {
	n := 0
	for _, field := range decl.Type.Params.List {
		if _, ok := field.Type.(*ast.Ellipsis); ok {
			return nil
		}
		for _, name := range field.Names {
			if n == i {
				v, _ := f.info.Defs[name].(*types.Var)
				return v
			}
			n++
		}
		if len(field.Names) == 0 {
			n++
		}
	}
	return nil
}

// onlyFormatted: every use of p in body is an argument of fmt's
// Sprint family or strconv's Itoa/FormatInt, and p is never assigned.
func onlyFormatted(f *finder, body *ast.BlockStmt, p *types.Var) bool {
	uses, formatted := 0, 0
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.Ident:
			if f.info.Uses[x] == p {
				uses++
			}
		case *ast.CallExpr:
			fn := f.calleeFunc(x)
			if !isFunc(fn, "fmt", "Sprintf", "Sprint", "Sprintln") && !isFunc(fn, "strconv", "Itoa", "FormatInt", "FormatUint") {
				return true
			}
			for _, arg := range x.Args {
				if id, ok := unparen(arg).(*ast.Ident); ok && f.info.Uses[id] == p {
					formatted++
				}
				if c, ok := unparen(arg).(*ast.CallExpr); ok && len(c.Args) == 1 { // int64(attempt)
					if id, ok := unparen(c.Args[0]).(*ast.Ident); ok && f.info.Uses[id] == p && f.info.Types[c.Fun].IsType() {
						formatted++
					}
				}
			}
		}
		return true
	})
	return uses > 0 && uses == formatted && len(f.assigns[p]) == 0
}

// leavesOnSuccess: body holds a return whose last result is nil or
// absent (the payment went through), or a break of this loop, outside
// function literals.
func leavesOnSuccess(f *finder, body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(x.Results) == 0 {
				found = true
			} else if id, ok := unparen(x.Results[len(x.Results)-1]).(*ast.Ident); ok && id.Name == "nil" && f.info.Uses[id] == types.Universe.Lookup("nil") {
				found = true
			}
		case *ast.BranchStmt:
			found = found || x.Tok == token.BREAK && x.Label == nil && !inInnerBreakable(f, x, body)
		}
		return !found
	})
	return found
}

// inInnerBreakable: an unlabelled break between b and body belongs to
// an inner for, switch or select.
func inInnerBreakable(f *finder, b ast.Node, body *ast.BlockStmt) bool {
	for p := f.parent[b]; p != nil && p != body; p = f.parent[p] {
		switch p.(type) {
		case *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
			return true
		}
	}
	return false
}
