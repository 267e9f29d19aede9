package poll

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
	"unicode"

	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/dblib"
	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// ---- a pass that takes the row the store picks ---------------------------------
//
// A reconciler's pass may settle one row per tick: it asks the store for
// the oldest row still pending (SELECT … WHERE state = 'pending' ORDER BY
// created_at LIMIT 1, a GORM Where("status = ?", "pending").First(&row),
// a store's NextPending) and reads that row's payment once. A loop
// calling it every few seconds reads whatever payment the store picks on
// that pass, and a payment stored final leaves the query: it is a sweep
// over pending rows, one row at a time, not a poll of one payment. A call
// counts as per row here when it takes a variable of its function
// (directly or through values defined from it) filled, before the call,
// by a query of the merchant's storage that selects by a pending-like
// status (retry's SelectsPending) and names no parameter of the function but a context:
// the store, not the caller, picks the payment. A query of one order the
// caller names (WHERE order_id = $1), or a read that takes a parameter,
// reads the same payment on every call and stays a poll.

// storeRow reports whether call, in file, reads a row its function
// took from a query of pending rows.
func (fo *fanOut) storeRow(file *ast.File, call *ast.CallExpr) bool {
	info := fo.pass.TypesInfo
	rr, _ := fo.pass.ResultOf[retry.Analyzer].(*retry.Result)
	if rr == nil {
		return false
	}
	path, _ := astutil.PathEnclosingInterval(file, call.Pos(), call.End())
	var fd *ast.FuncDecl
	for _, n := range path {
		if d, ok := n.(*ast.FuncDecl); ok {
			fd = d
		}
	}
	if fd == nil || fd.Body == nil {
		return false
	}
	params := callerParams(info, fd)
	ops := callOperands(call)
	if mentionsAny(info, ops, params) {
		return false // the caller names the payment
	}
	vars := localVars(info, ops, fd.Body)
	seen := map[*types.Var]bool{}
	for depth := 0; len(vars) > 0 && depth < 4; depth++ {
		var next []*types.Var
		for _, v := range vars {
			if seen[v] {
				continue
			}
			seen[v] = true
			for _, fill := range fills(info, fd.Body, v) {
				if fill.Pos() >= call.Pos() {
					continue
				}
				if q, ok := fill.(*ast.CallExpr); ok {
					if fo.storeQuery(q) && rr.SelectsPending(q) && !mentionsAny(info, []ast.Expr{q}, params) {
						return true
					}
					continue
				}
				next = append(next, localVars(info, []ast.Expr{fill.(ast.Expr)}, fd.Body)...)
			}
		}
		vars = next
	}
	return false
}

// storeQuery: q reads the merchant's storage: a call of a database
// library (database/sql, sqlx, pgx, GORM, bun, mongo), or a store port
// (a method of an interface, or a function of the package) whose name
// asks for pending rows (NextPending, OldestUnpaid) and that is no
// payment op. Retry's SelectsPending alone would also take
// http.NewRequest or a gateway's NewPayment for a query of "new" rows.
func (fo *fanOut) storeQuery(q *ast.CallExpr) bool {
	fn := typeutil.Callee(fo.pass.TypesInfo, q)
	f, _ := fn.(*types.Func)
	if f == nil || f.Pkg() == nil {
		return false
	}
	if storeLib(f.Pkg().Path()) {
		return true
	}
	if pinfo, _ := fo.pass.ResultOf[payment.Analyzer].(*payment.Info); pinfo == nil || pinfo.Of(q) != nil {
		return false
	}
	for _, w := range words(f.Name()) {
		if pendingNames[w] {
			return true
		}
	}
	return false
}

// storeLibs are the database libraries whose queries fill a row (and
// whose result cursors a loop steps through, cursor.go).
var storeLibs = []string{"database/sql", "github.com/jmoiron/sqlx", "github.com/jackc/pgx",
	dblib.GORMv2, dblib.GORMv1, "github.com/uptrace/bun", "go.mongodb.org/mongo-driver"}

// storeLib: path is one of storeLibs or a package of it.
func storeLib(path string) bool {
	for _, lib := range storeLibs {
		if path == lib || strings.HasPrefix(path, lib+"/") {
			return true
		}
	}
	return false
}

// pendingNames: a store method named with one of these asks for
// rows whose payment is not settled yet.
var pendingNames = map[string]bool{"pending": true, "unpaid": true, "open": true, "queued": true,
	"unprocessed": true, "unsettled": true, "awaiting": true, "stale": true, "stuck": true}

// words splits a Go name into its lower-case words (NextPending:
// next, pending).
func words(name string) []string {
	var out []string
	start := 0
	for i := 1; i <= len(name); i++ {
		if i == len(name) || unicode.IsUpper(rune(name[i])) && !unicode.IsUpper(rune(name[i-1])) || name[i] == '_' {
			if w := strings.Trim(name[start:i], "_"); w != "" {
				out = append(out, strings.ToLower(w))
			}
			start = i
		}
	}
	return out
}

// callerParams are fd's parameters other than its receiver and its
// contexts: what a caller chooses.
func callerParams(info *types.Info, fd *ast.FuncDecl) map[types.Object]bool {
	out := map[types.Object]bool{}
	if fd.Type.Params == nil {
		return out
	}
	for _, fld := range fd.Type.Params.List {
		for _, name := range fld.Names {
			o := info.Defs[name]
			if o == nil {
				continue
			}
			if named, ok := o.Type().(*types.Named); ok && named.Obj().Pkg() != nil &&
				named.Obj().Pkg().Path() == "context" && named.Obj().Name() == "Context" {
				continue
			}
			out[o] = true
		}
	}
	return out
}

// localVars returns the variables declared in body that es mention.
func localVars(info *types.Info, es []ast.Expr, body *ast.BlockStmt) []*types.Var {
	var out []*types.Var
	for _, e := range es {
		ast.Inspect(e, func(n ast.Node) bool {
			if _, lit := n.(*ast.FuncLit); lit {
				return false
			}
			if id, ok := n.(*ast.Ident); ok {
				if v, ok := info.Uses[id].(*types.Var); ok && !v.IsField() && declaredIn(v, body) {
					out = append(out, v)
				}
			}
			return true
		})
	}
	return out
}

// fills returns what gives v its value in body: the call a plain
// assignment takes it from (row, err := store.NextPending(ctx)), a call
// handed its address or a field's (Scan(&ref), First(&row)), or the
// expression it is defined from (ref := row.Ref).
func fills(info *types.Info, body *ast.BlockStmt, v *types.Var) []ast.Node {
	var out []ast.Node
	is := func(e ast.Expr) bool {
		id := retry.RootIdent(e)
		return id != nil && info.ObjectOf(id) == v
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				id, ok := unparen(l).(*ast.Ident)
				if !ok || info.ObjectOf(id) != v {
					continue
				}
				var rhs ast.Expr
				switch {
				case len(n.Rhs) == len(n.Lhs):
					rhs = n.Rhs[i]
				case len(n.Rhs) == 1:
					rhs = n.Rhs[0]
				}
				if call, ok := unparen(rhs).(*ast.CallExpr); ok {
					out = append(out, call)
				} else if rhs != nil && n.Tok == token.DEFINE {
					out = append(out, rhs)
				}
			}
		case *ast.CallExpr:
			for _, a := range n.Args {
				if u, ok := unparen(a).(*ast.UnaryExpr); ok && u.Op == token.AND && is(u.X) {
					out = append(out, n)
				}
			}
		}
		return true
	})
	return out
}
