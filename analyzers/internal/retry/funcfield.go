package retry

import (
	"go/ast"
	"go/types"
	"strings"
)

// ---- a backoff made by a func-typed field (go-retry) --------------------------
//
// A client keeps its policy as a factory the constructor sets:
//
//	p := &PayPal{newBackoff: func() retry.Backoff {
//		return retry.WithMaxRetries(5, retry.NewConstant(300*time.Millisecond))
//	}}
//	retry.DoValue(ctx, p.newBackoff(), op)
//
// A go-retry Backoff is stateful, so one is made per call; the wait is
// the one the factory's only literal returns. Read only when the field
// is unexported and every value the package's non-test code gives it is
// one function literal with a single return (a test or a caller of
// another package may set it otherwise: unknown, silent).

// fieldFactory returns the expression the func-typed field called by
// call (p.newBackoff(), no arguments) returns, nil when not so known.
func (r *Result) fieldFactory(call *ast.CallExpr) ast.Expr {
	if len(call.Args) != 0 {
		return nil
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	info := r.pass.TypesInfo
	field, ok := info.Uses[sel.Sel].(*types.Var)
	if !ok || !field.IsField() || field.Exported() || field.Pkg() != r.pass.Pkg {
		return nil
	}
	var values []ast.Expr
	bad := false
	for _, f := range r.pass.Files {
		if strings.HasSuffix(r.pass.Fset.Position(f.Pos()).Filename, "_test.go") {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.KeyValueExpr:
				if id, ok := x.Key.(*ast.Ident); ok && info.ObjectOf(id) == field {
					values = append(values, x.Value)
				}
			case *ast.AssignStmt:
				for _, lhs := range x.Lhs {
					if s, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok && info.Uses[s.Sel] == field {
						if len(x.Lhs) != len(x.Rhs) {
							bad = true
						}
						for i := range x.Lhs {
							if x.Lhs[i] == lhs && i < len(x.Rhs) {
								values = append(values, x.Rhs[i])
							}
						}
					}
				}
			case *ast.UnaryExpr:
				if s, ok := ast.Unparen(x.X).(*ast.SelectorExpr); ok && info.Uses[s.Sel] == field {
					bad = true // its address handed away
				}
			case *ast.CompositeLit:
				if st, ok := info.TypeOf(x).Underlying().(*types.Struct); ok && len(x.Elts) > 0 {
					if _, keyed := x.Elts[0].(*ast.KeyValueExpr); !keyed {
						for i := 0; i < st.NumFields(); i++ {
							if st.Field(i) == field {
								bad = true // set by position
							}
						}
					}
				}
			}
			return !bad
		})
	}
	if bad || len(values) != 1 {
		return nil
	}
	lit, ok := ast.Unparen(values[0]).(*ast.FuncLit)
	if !ok || len(lit.Body.List) != 1 {
		return nil
	}
	ret, ok := lit.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil
	}
	return ret.Results[0]
}
