package handler

import (
	"go/ast"
	"go/types"
)

// ---- a router handed only to a call whose result is handed on ----------------
//
// parentCovered counts a router handed to code it cannot see as covered
// (Register(r) may call r.Use(verify)). Its walk meets the router inside
// every argument that mentions it, nested calls included:
//
//	log.Fatal(http.ListenAndServe(addr, r))
//
// log.Fatal is handed ListenAndServe's error, not the router; the inner
// call, which is handed the router, is judged on its own by the same walk
// (net/http serves it as is). Counting the outer call made every route of
// a router served this way covered, so a webhook mounted on the root
// gorilla router beside a verifying Subrouter was never judged.

// onlyNested: every mention of v in the argument a lies inside a call
// nested in a (a itself when a is a call), whose own judgement decides.
func onlyNested(info *types.Info, a ast.Expr, v *types.Var) bool {
	bare := false
	var walk func(n ast.Node) bool
	walk = func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.CallExpr, *ast.FuncLit:
			return false // judged where the walk meets that call
		case *ast.Ident:
			if info.Uses[x] == v {
				bare = true
			}
		}
		return !bare
	}
	ast.Inspect(a, walk)
	return !bare
}
