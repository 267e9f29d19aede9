package retry

import (
	"go/ast"
	"go/token"
	"go/types"
)

// capturedCounters returns the attempt counters of an operation handed to
// a retry library: variables declared outside the closure and incremented
// by one at the top level of its body (attempt++, n += 1, n = n + 1). The
// library calls the closure once per attempt, so such a variable takes a
// new value on every attempt, as a for loop's counter does; a key built
// from it (fmt.Sprintf("%s-%d", ref, attempt)) is a new key per attempt.
// Not counters: a variable declared inside the closure (the same value on
// every call), one incremented inside a nested loop or branch (it counts
// items or outcomes, not attempts), one assigned anything else.
func capturedCounters(info *types.Info, fn ast.Node) []types.Object {
	lit, ok := fn.(*ast.FuncLit)
	if !ok || lit.Body == nil {
		return nil
	}
	var out []types.Object
	for _, st := range lit.Body.List {
		v := incremented(info, st)
		if v == nil || (v.Pos() >= lit.Pos() && v.Pos() < lit.End()) || v.Parent() == nil {
			continue // declared in the closure, or a field or package var
		}
		if v.Parent() == v.Pkg().Scope() {
			continue // a package variable counts every call of every caller
		}
		out = append(out, v)
	}
	return out
}

// incremented: the local variable st adds one to, nil if none.
func incremented(info *types.Info, st ast.Stmt) *types.Var {
	var lhs ast.Expr
	switch s := st.(type) {
	case *ast.IncDecStmt:
		if s.Tok != token.INC {
			return nil
		}
		lhs = s.X
	case *ast.AssignStmt:
		if len(s.Lhs) != 1 || len(s.Rhs) != 1 {
			return nil
		}
		switch s.Tok {
		case token.ADD_ASSIGN:
			if !isOne(info, s.Rhs[0]) {
				return nil
			}
		case token.ASSIGN:
			b, ok := ast.Unparen(s.Rhs[0]).(*ast.BinaryExpr)
			if !ok || b.Op != token.ADD || !sameIdent(info, b.X, s.Lhs[0]) || !isOne(info, b.Y) {
				return nil
			}
		default:
			return nil
		}
		lhs = s.Lhs[0]
	default:
		return nil
	}
	id, ok := ast.Unparen(lhs).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := info.Uses[id].(*types.Var)
	if v == nil || v.IsField() {
		return nil
	}
	return v
}

func isOne(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.Value != nil && tv.Value.String() == "1"
}

func sameIdent(info *types.Info, a, b ast.Expr) bool {
	ia, ok1 := ast.Unparen(a).(*ast.Ident)
	ib, ok2 := ast.Unparen(b).(*ast.Ident)
	return ok1 && ok2 && info.Uses[ia] != nil && info.Uses[ia] == info.Uses[ib]
}
