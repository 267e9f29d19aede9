package retry

import (
	"go/ast"
	"go/types"
	"strings"
)

// A worker over pending rows retries what its write leaves pending: when
// the write is a function of this package that returns an error for an
// answer and the worker does no more than log that error, the row keeps
// its pending status and the next pass sends it again. Which answers go
// round is then read in that function, like an operation handed to a
// retry library: a returned error asks for another attempt (the next
// pass), a nil error ends them. Rules ask RowsFailureBody for the
// function to read and MarksRow for what may take the row out of the
// selection on the way.

// RowsFailureBody returns the declaration of via, the function of this
// package that the Rows construct c calls at call, when a failure of
// call leaves the row pending: the statements of the rows' loop from the
// call on only log, count, or leave (continue, break, return); nil
// otherwise (a failure handled there may mark or delete the row, and a
// function of another package cannot be read).
func (r *Result) RowsFailureBody(c *Construct, call *ast.CallExpr, via *types.Func) *ast.FuncDecl {
	if c == nil || c.Kind != Rows || via == nil {
		return nil
	}
	r.init()
	decl := r.decls[via.Origin()]
	if decl == nil || decl.Body == nil {
		return nil
	}
	body := rowsBodyOf(c.Region, call)
	if body == nil {
		return nil
	}
	for _, st := range body.List {
		if st.End() <= call.Pos() {
			continue
		}
		var rest ast.Node = st
		if within(call, st) {
			rest = r.afterCall(st, call)
			if rest == nil {
				return nil
			}
		}
		if !r.onlyLogs(rest) {
			return nil
		}
	}
	return decl
}

// afterCall returns what st does besides evaluating call: the branches
// of `if err := call; err != nil {…}`, nothing more for a plain
// statement; nil when call sits deeper (its results steer something the
// rows' loop does).
func (r *Result) afterCall(st ast.Stmt, call *ast.CallExpr) ast.Node {
	switch s := st.(type) {
	case *ast.IfStmt:
		if s.Init == nil || !directCall(s.Init, call) {
			return nil
		}
		return &ast.IfStmt{If: s.If, Cond: s.Cond, Body: s.Body, Else: s.Else}
	case *ast.AssignStmt, *ast.ExprStmt:
		if directCall(s, call) {
			return &ast.EmptyStmt{}
		}
	}
	return nil
}

// directCall: st is `call`, `x := call` or `x, err = call`.
func directCall(st ast.Stmt, call *ast.CallExpr) bool {
	switch s := st.(type) {
	case *ast.ExprStmt:
		return ast.Unparen(s.X) == call
	case *ast.AssignStmt:
		return len(s.Rhs) == 1 && ast.Unparen(s.Rhs[0]) == call
	}
	return false
}

// onlyLogs: n calls nothing but loggers and error makers (fmt, log,
// errors, a logger's methods) and the context's Err: a failure that
// reaches it leaves the row as it is.
func (r *Result) onlyLogs(n ast.Node) bool {
	ok := true
	ast.Inspect(n, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch x := n.(type) {
		case *ast.FuncLit, *ast.GoStmt, *ast.DeferStmt, *ast.SendStmt:
			ok = false
		case *ast.CallExpr:
			if tv, isConv := r.pass.TypesInfo.Types[x.Fun]; isConv && tv.IsType() {
				return true
			}
			fn := r.staticCallee(x)
			if fn == nil || !(logCall(fn) || fn.Name() == "Err" && fn.Pkg() != nil && fn.Pkg().Path() == "context") {
				if b, isBuiltin := r.pass.TypesInfo.Uses[calleeIdent(x)].(*types.Builtin); !isBuiltin || b.Name() != "len" {
					ok = false
				}
			}
		}
		return ok
	})
	return ok
}

func calleeIdent(call *ast.CallExpr) *ast.Ident {
	id, _ := ast.Unparen(call.Fun).(*ast.Ident)
	return id
}

// rowsBodyOf returns the body of the innermost range or for loop of
// region that holds call: the loop over the selected rows.
func rowsBodyOf(region ast.Node, call *ast.CallExpr) *ast.BlockStmt {
	var body *ast.BlockStmt
	ast.Inspect(region, func(n ast.Node) bool {
		if n == nil || !within(call, n) {
			return false
		}
		switch l := n.(type) {
		case *ast.RangeStmt:
			body = l.Body
		case *ast.ForStmt:
			body = l.Body
		case *ast.FuncLit:
			return n == region
		}
		return true
	})
	return body
}

// MarksRow reports whether st may take a row out of a worker's
// selection: it gives a status (an assignment, an UPDATE … SET status,
// a call named markFailed…), or deletes (DELETE FROM, a call named
// Delete…). Any status counts: the selection is not known here.
func (r *Result) MarksRow(st ast.Node) bool {
	if r.marks(st, nil) {
		return true
	}
	found := false
	ast.Inspect(st, func(n ast.Node) bool {
		if found {
			return false
		}
		if call, ok := n.(*ast.CallExpr); ok {
			if fn := r.staticCallee(call); fn != nil && strings.HasPrefix(strings.ToLower(fn.Name()), "delete") {
				found = true
			}
			for _, t := range r.texts(call) {
				if strings.Contains(strings.ToLower(t), "delete") {
					found = true
				}
			}
		}
		return !found
	})
	return found
}
