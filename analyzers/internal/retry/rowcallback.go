package retry

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strconv"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/lazyre"
)

// ---- a pass whose row loop is a callback helper -----------------------------------
//
// A worker often pages through its rows in a helper and hands it what to
// do with each row:
//
//	func (w *Worker) each(ctx context.Context, status string, fn func(store.Invoice)) error {
//		for { page, _ := w.st.Invoices(ctx, status, after); for _, inv := range page.Items { fn(inv) } … }
//	}
//	func (w *Worker) runBacs(ctx context.Context) error {     // run by a cron schedule
//		return w.each(ctx, "open", func(inv store.Invoice) { w.dd.Collect(ctx, inv) })
//	}
//
// The helper calls its func parameter once per row of a store read, so
// the closure's body is the body of the rows' loop, and the function
// around the helper's call is the pass (rows.go decides the rest: the
// schedule, the claim). The status the read selects is often an
// argument: the query's text says only `status = $1`, bound to one of
// the query function's parameters (StatusParamFact for a function of
// another package), and the value comes from the caller, also through
// the helper's own parameter.

// StatusParamFact marks an exported function whose body queries rows by
// a status column compared with a placeholder bound to its parameter
// Param (counted without the receiver).
type StatusParamFact struct {
	Column string
	Param  int
}

// AFact marks StatusParamFact as a fact.
func (*StatusParamFact) AFact() {}

func (f *StatusParamFact) String() string {
	return "selects rows by " + f.Column + " = parameter " + strconv.Itoa(f.Param)
}

// statusPlaceholderRE: a status column compared with a placeholder
// (i.status = $1, state = ?).
var statusPlaceholderRE = lazyre.New(`(?i)\b(?:[a-z_]+\.)?([a-z_]*(?:status|state))\s*=\s*(\$(\d+)|\?)`)

// statusParam returns the status column fd's body compares with a
// placeholder bound to one of fd's parameters, and that parameter's
// index; ok false if none.
func (r *Result) statusParam(fd *ast.FuncDecl) (column string, param int, ok bool) {
	fn, _ := r.pass.TypesInfo.Defs[fd.Name].(*types.Func)
	if fn == nil || fd.Body == nil {
		return "", 0, false
	}
	params := fn.Type().(*types.Signature).Params()
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		call, isCall := n.(*ast.CallExpr)
		if ok || !isCall {
			return !ok
		}
		for ai, a := range call.Args {
			tv, known := r.pass.TypesInfo.Types[a]
			if !known || tv.Value == nil || tv.Value.Kind() != constant.String {
				continue
			}
			sql := constant.StringVal(tv.Value)
			m := statusPlaceholderRE.FindStringSubmatchIndex(sql)
			if m == nil {
				continue
			}
			bound := ai + 1 + strings.Count(sql[:m[0]], "?")
			if m[6] >= 0 {
				n, _ := strconv.Atoi(sql[m[6]:m[7]])
				bound = ai + n
			}
			if bound >= len(call.Args) || call.Ellipsis.IsValid() {
				return false
			}
			id, isID := ast.Unparen(call.Args[bound]).(*ast.Ident)
			if !isID {
				return false
			}
			for i := 0; i < params.Len(); i++ {
				if r.pass.TypesInfo.Uses[id] == params.At(i) {
					column, param, ok = strings.ToLower(sql[m[2]:m[3]]), i, true
				}
			}
			return false
		}
		return true
	})
	return column, param, ok
}

// boundStatus returns the pending-like status query (a call of a
// function that selects by a status parameter) selects with the value
// it is handed: a constant, or, when it is a parameter of helper, the
// constant helper's call outer hands it; nil otherwise.
func (r *Result) boundStatus(query *ast.CallExpr, helper *types.Func, outer *ast.CallExpr) map[string]bool {
	fn := r.staticCallee(query)
	if fn == nil {
		return nil
	}
	var column string
	var param int
	if fd := r.decls[fn]; fd != nil {
		c, p, ok := r.statusParam(fd)
		if !ok {
			return nil
		}
		column, param = c, p
	} else {
		f := new(StatusParamFact)
		if fn.Pkg() == r.pass.Pkg || r.pass.ImportObjectFact == nil || !r.pass.ImportObjectFact(fn, f) {
			return nil
		}
		column, param = f.Column, f.Param
	}
	if param >= len(query.Args) {
		return nil
	}
	arg := ast.Unparen(query.Args[param])
	if id, ok := arg.(*ast.Ident); ok && helper != nil && outer != nil {
		params := helper.Type().(*types.Signature).Params()
		for i := 0; i < params.Len() && i < len(outer.Args); i++ {
			if r.pass.TypesInfo.Uses[id] == params.At(i) {
				arg = ast.Unparen(outer.Args[i])
			}
		}
	}
	tv, ok := r.pass.TypesInfo.Types[arg]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return nil
	}
	return pendingIn([]string{column, constant.StringVal(tv.Value)})
}

// rowCallback returns the Rows construct when lit is handed to call, a
// call of a function of this package that calls that parameter once per
// row of a pending-like store read, and the function around call runs
// on every pass of a worker (path starts at call); nil otherwise.
func (r *Result) rowCallback(call *ast.CallExpr, lit *ast.FuncLit, cur ast.Node, path []ast.Node) *Construct {
	helper := r.staticCallee(call)
	if helper == nil {
		return nil
	}
	fd := r.decls[helper]
	if fd == nil || fd.Body == nil {
		return nil
	}
	params := helper.Type().(*types.Signature).Params()
	var param *types.Var
	for i, a := range call.Args {
		if ast.Unparen(a) == lit && i < params.Len() {
			param = params.At(i)
		}
	}
	if param == nil {
		return nil
	}
	query := r.rowsCalling(fd.Body, param)
	if query == nil {
		return nil
	}
	selected := r.pendingQuery(query)
	if selected == nil {
		selected = r.boundStatus(query, helper, call)
	}
	if selected == nil {
		return nil
	}
	outer, region := r.passLoop(path)
	if outer == nil || r.claimed(lit.Body, cur, selected) {
		return nil
	}
	name := rowsName
	if sched, ok := outer.(*ast.CallExpr); ok {
		name = r.scheduledName(sched) // sweeptask.go
	}
	return &Construct{Kind: Rows, Name: name, Pos: outer.Pos(), Node: outer, Region: region}
}

// rowsCalling returns the store read whose rows a range loop of body
// steps through (range page.Items, range rows) while calling param with
// the row; nil if none.
func (r *Result) rowsCalling(body *ast.BlockStmt, param *types.Var) *ast.CallExpr {
	info := r.pass.TypesInfo
	var query *ast.CallExpr
	ast.Inspect(body, func(n ast.Node) bool {
		loop, ok := n.(*ast.RangeStmt)
		if query != nil || !ok {
			return query == nil
		}
		row, _ := loop.Value.(*ast.Ident)
		if row == nil || info.Defs[row] == nil || !r.callsWith(loop.Body, param, info.Defs[row]) {
			return true
		}
		if t := info.TypeOf(loop.X); t == nil {
			return true
		} else if _, ok := t.Underlying().(*types.Slice); !ok {
			return true
		}
		if call, ok := ast.Unparen(loop.X).(*ast.CallExpr); ok {
			query = call
			return false
		}
		root := RootIdent(loop.X)
		if root == nil {
			return true
		}
		v, _ := info.Uses[root].(*types.Var)
		ast.Inspect(body, func(n ast.Node) bool {
			if s, ok := n.(*ast.AssignStmt); ok && query == nil && s.Pos() < loop.Pos() && len(s.Rhs) == 1 && r.assigns(s.Lhs, v) {
				query, _ = ast.Unparen(s.Rhs[0]).(*ast.CallExpr)
			}
			return query == nil
		})
		return query == nil
	})
	return query
}

// callsWith: body calls param with row as an argument.
func (r *Result) callsWith(body *ast.BlockStmt, param *types.Var, row types.Object) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if found || !ok {
			return !found
		}
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && r.pass.TypesInfo.Uses[id] == param {
			for _, a := range call.Args {
				if id, ok := ast.Unparen(a).(*ast.Ident); ok && r.pass.TypesInfo.Uses[id] == row {
					found = true
				}
			}
		}
		return !found
	})
	return found
}
