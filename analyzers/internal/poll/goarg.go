package poll

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/astutil"
)

// ---- a goroutine handed the row as its argument --------------------------------
//
// Code written before loop variables were per iteration hands each row
// of a pass to its goroutine as an argument: for _, a := range due {
// go func(a Attempt) { r.sync(ctx, a) }(a) }. Inside the literal the
// row is the literal's parameter, not the range's variable, so
// perElement does not see that the read works one row. A call counts as
// per row here when it runs inside a function literal called in place
// (go, defer or a plain call) within a range over a collection, and
// takes a parameter of the literal (or a value defined from one) whose
// argument is the range's element (or a value defined from it). A
// goroutine handed one fixed payment (go func(r Row){…}(Row{Ref: ref}))
// is no batch.

// goArg reports whether call, in file, works the row a literal
// called in place inside a range over a collection was handed.
func goArg(info *types.Info, file *ast.File, call *ast.CallExpr) bool {
	path, _ := astutil.PathEnclosingInterval(file, call.Pos(), call.End())
	for i, n := range path {
		lit, ok := n.(*ast.FuncLit)
		if !ok || i+1 >= len(path) {
			continue
		}
		inPlace, ok := path[i+1].(*ast.CallExpr)
		if !ok || unparen(inPlace.Fun) != ast.Expr(lit) || lit.Type.Params == nil {
			continue
		}
		rows := rangedRows(info, path[i+2:])
		if len(rows) == 0 {
			continue
		}
		params := map[types.Object]bool{}
		j := 0
		for _, fld := range lit.Type.Params.List {
			for _, name := range fld.Names {
				if j < len(inPlace.Args) && mentionsAny(info, []ast.Expr{inPlace.Args[j]}, rows) {
					if o := info.Defs[name]; o != nil {
						params[o] = true
					}
				}
				j++
			}
			if len(fld.Names) == 0 {
				j++
			}
		}
		if len(params) == 0 {
			continue
		}
		definedFrom(info, lit.Body, params)
		if mentionsAny(info, callOperands(call), params) {
			return true
		}
	}
	return false
}

// rangedRows returns the elements (and values defined from them) of
// the ranges over a collection among path.
func rangedRows(info *types.Info, path []ast.Node) map[types.Object]bool {
	rows := map[types.Object]bool{}
	for _, n := range path {
		if rs, ok := n.(*ast.RangeStmt); ok && collection(info, rs.X) {
			for o := range rangeElems(info, rs) {
				rows[o] = true
			}
		}
	}
	return rows
}

// definedFrom adds to objs the variables body defines from them.
func definedFrom(info *types.Info, body *ast.BlockStmt, objs map[types.Object]bool) {
	ast.Inspect(body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && as.Tok == token.DEFINE && mentionsAny(info, as.Rhs, objs) {
			for _, l := range as.Lhs {
				if id, ok := l.(*ast.Ident); ok && info.Defs[id] != nil {
					objs[info.Defs[id]] = true
				}
			}
		}
		return true
	})
}
