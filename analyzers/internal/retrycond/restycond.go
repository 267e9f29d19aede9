package retrycond

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- resty retry conditions (rule 4's resty form) ----------------------------
//
// A resty client configured with SetRetryCount(n) sends a request again
// whenever one of its AddRetryCondition functions answers true (resty
// v2 retry.go: needsRetry = condition(resp, err)). A condition true for
// r.StatusCode() >= 400, r.IsError() or != 200, on the client that sends
// the package's payment writes or reads, sends 400/404/409/422 round
// again as a CheckRetry returning true for them does: judged by the same
// walk, at the condition.
//
// Only a condition set on that very client counts (its variable, its
// struct field, or the chain that configures its retries): another resty
// client of the package (a weather API's) may retry what it likes. A
// condition reading the request's method is left alone: the payment
// model takes such a client to retry what the method lets through, which
// this walk cannot tell.

const restyPkg = "github.com/go-resty/resty/v2"

// restyConditions reports the retry conditions of the resty clients that
// send this package's payment calls and retry them.
func restyConditions(pass *analysis.Pass, info *payment.Info, report func(Finding)) {
	keyed := true
	var cfgs []token.Pos
	for _, op := range info.Ops {
		if !strings.HasPrefix(op.ClientRetries, "resty client") || !op.ClientRetriesPos.IsValid() ||
			!op.Kind.Any(payment.Write|payment.StatusRead|payment.Release) || op.Via != nil {
			continue
		}
		cfgs = append(cfgs, op.ClientRetriesPos)
		keyed = keyed && payment.KeyStableAcrossCalls(op)
	}
	if len(cfgs) == 0 {
		return
	}
	want := map[types.Object]bool{}
	for _, pos := range cfgs {
		for _, o := range restyClientObjs(pass, pos) {
			want[o] = true
		}
	}
	if len(want) == 0 {
		return
	}
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			c, ok := n.(*ast.CallExpr)
			if !ok || len(c.Args) != 1 || !isRestyClientCall(pass.TypesInfo, c, "AddRetryCondition") {
				return true
			}
			match := false
			for _, o := range restyClientObjs(pass, c.Pos()) {
				match = match || want[o]
			}
			if !match {
				return true
			}
			lit := checkRetryLit(pass, c.Args[0])
			if lit == nil || readsMethod(lit.Body) {
				return true
			}
			if at, msg := judgeRestyCondition(pass, lit, keyed); at != nil {
				report(Finding{At: at, Kind: RestyCondition, Line: pass.Fset.Position(lit.Pos()).Line, Problem: msg})
			}
			return true
		})
	}
}

// judgeRestyCondition walks a condition func(*resty.Response, error)
// bool: a returned expression is evaluated per status.
func judgeRestyCondition(pass *analysis.Pass, lit *ast.FuncLit, keyed bool) (ast.Node, string) {
	var names []*ast.Ident
	for _, p := range lit.Type.Params.List {
		names = append(names, p.Names...)
	}
	if len(names) != 2 || lit.Type.Results == nil || len(lit.Type.Results.List) != 1 {
		return nil, ""
	}
	w := newWorld(pass.TypesInfo, httpOutcomes)
	w.bind([]ast.Expr{names[0], names[1]}, lit.Body)
	if len(w.respVars) == 0 {
		return nil, ""
	}
	k := newPredicateWalker(pass.TypesInfo, w)
	if _, err := k.stmts(lit.Body.List, w.all(), false); err != nil {
		return nil, ""
	}
	return httpVerdict(k, keyed, false)
}

// restyClientObjs names the resty client the expression at pos belongs
// to: the variable or field at the root of its chain of client calls,
// and the variable, field or struct field its value is stored in.
func restyClientObjs(pass *analysis.Pass, pos token.Pos) []types.Object {
	var file *ast.File
	for _, f := range pass.Files {
		if f.FileStart <= pos && pos < f.FileEnd {
			file = f
		}
	}
	if file == nil {
		return nil
	}
	path, _ := astutil.PathEnclosingInterval(file, pos, pos)
	var objs []types.Object
	add := func(e ast.Expr) {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			if o := pass.TypesInfo.ObjectOf(x); o != nil {
				objs = append(objs, o)
			}
		case *ast.SelectorExpr:
			if o, ok := pass.TypesInfo.Uses[x.Sel].(*types.Var); ok && o.IsField() {
				objs = append(objs, o)
			}
		}
	}
	var prev ast.Node
	for _, n := range path {
		switch x := n.(type) {
		case *ast.CallExpr:
			// Still on the chain: the receiver is the root or a call on it.
			if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && (prev == nil || prev == sel || prev == sel.X) {
				if _, isCall := ast.Unparen(sel.X).(*ast.CallExpr); !isCall && isRestyClientExpr(pass.TypesInfo, sel.X) {
					add(sel.X)
				}
			}
		case *ast.AssignStmt:
			if len(x.Lhs) == len(x.Rhs) {
				for i, r := range x.Rhs {
					if r.Pos() <= pos && pos < r.End() {
						add(x.Lhs[i])
					}
				}
			}
			return objs
		case *ast.ValueSpec:
			for i, r := range x.Values {
				if r.Pos() <= pos && pos < r.End() && i < len(x.Names) {
					add(x.Names[i])
				}
			}
			return objs
		case *ast.KeyValueExpr:
			if x.Value.Pos() <= pos && pos < x.Value.End() {
				if id, ok := x.Key.(*ast.Ident); ok {
					add(id)
				}
			}
			return objs
		case ast.Stmt, *ast.FuncLit:
			return objs
		}
		prev = n
	}
	return objs
}

func isRestyClientExpr(info *types.Info, e ast.Expr) bool {
	t := info.TypeOf(e)
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Name() == "Client" && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == restyPkg
}

func isRestyClientCall(info *types.Info, c *ast.CallExpr, name string) bool {
	sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != name {
		return false
	}
	fn, ok := info.Uses[sel.Sel].(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() == restyPkg && isRestyClientExpr(info, sel.X)
}

// readsMethod: the condition looks at the request's method.
func readsMethod(body ast.Node) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok && sel.Sel.Name == "Method" {
			found = true
		}
		return !found
	})
	return found
}
