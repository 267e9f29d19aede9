package payment

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
)

// The map literals a status mapper may look its answer up in
// (statusmap.go): given once, never changed.

// constMaps: the package's map variables (package-level, or local to a
// function) given one map literal of string constants, and otherwise
// only read (indexed, ranged over, measured), with their values.
func constMaps(pass *analysis.Pass) map[*types.Var][]string {
	out := map[*types.Var][]string{}
	for _, file := range pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			vs, ok := n.(*ast.ValueSpec)
			if ok && len(vs.Names) == len(vs.Values) {
				for i, id := range vs.Names {
					if v, ok := pass.TypesInfo.Defs[id].(*types.Var); ok && v != nil {
						if vals, ok := mapLiteral(pass.TypesInfo, vs.Values[i]); ok {
							out[v] = vals
						}
					}
				}
			}
			if as, ok := n.(*ast.AssignStmt); ok && as.Tok == token.DEFINE && len(as.Lhs) == len(as.Rhs) {
				for i, l := range as.Lhs {
					id, _ := l.(*ast.Ident)
					if v, ok := pass.TypesInfo.Defs[id].(*types.Var); ok && v != nil {
						if vals, ok := mapLiteral(pass.TypesInfo, as.Rhs[i]); ok {
							out[v] = vals
						}
					}
				}
			}
			return true
		})
	}
	if len(out) == 0 {
		return nil
	}
	// Every other use must only read the map.
	reads, written := map[*ast.Ident]bool{}, map[*ast.Ident]bool{}
	for _, file := range pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.IndexExpr:
				if id, ok := ast.Unparen(x.X).(*ast.Ident); ok {
					reads[id] = true
				}
			case *ast.RangeStmt:
				if id, ok := ast.Unparen(x.X).(*ast.Ident); ok {
					reads[id] = true
				}
			case *ast.CallExpr:
				if fid, ok := ast.Unparen(x.Fun).(*ast.Ident); ok && fid.Name == "len" && len(x.Args) == 1 {
					if id, ok := ast.Unparen(x.Args[0]).(*ast.Ident); ok {
						reads[id] = true
					}
				}
			case *ast.AssignStmt:
				for _, l := range x.Lhs { // m[k] = v changes it
					if ix, ok := ast.Unparen(l).(*ast.IndexExpr); ok {
						if id, ok := ast.Unparen(ix.X).(*ast.Ident); ok {
							written[id] = true
						}
					}
				}
			case *ast.IncDecStmt: // m[k]++
				if ix, ok := ast.Unparen(x.X).(*ast.IndexExpr); ok {
					if id, ok := ast.Unparen(ix.X).(*ast.Ident); ok {
						written[id] = true
					}
				}
			}
			return true
		})
	}
	for id, obj := range pass.TypesInfo.Uses {
		if v, ok := obj.(*types.Var); ok {
			if _, isMap := out[v]; isMap && (!reads[id] || written[id]) {
				delete(out, v)
			}
		}
	}
	return out
}

// mapLiteral: e is a map literal of string keys to string constants;
// its values.
func mapLiteral(info *types.Info, e ast.Expr) ([]string, bool) {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return nil, false
	}
	mt, ok := info.TypeOf(lit).Underlying().(*types.Map)
	if !ok || !stringType(mt.Elem()) {
		return nil, false
	}
	var out []string
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			return nil, false
		}
		tv, ok := info.Types[kv.Value]
		if !ok || tv.Value == nil || tv.Value.Kind() != constantString {
			return nil, false
		}
		if s := constantStringVal(tv.Value); !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out, len(out) > 0
}
