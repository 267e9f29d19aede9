package retry

import (
	"go/ast"
	"go/token"
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

// RowsFailure is what a worker over pending rows does with a failed
// write, when that leaves the row pending.
type RowsFailure struct {
	// Decl is the function of this package that sends the write: via
	// itself, or the function via forwards to (Charge returning
	// ChargeWithKey(ctx, uuid.NewString(), …)).
	Decl *ast.FuncDecl
	// At is the worker's handling of the failure: the first statement of
	// its error branch, or the call's statement when there is none.
	At ast.Node
	// Forwarded: Decl is not via but a function via forwards to; its
	// conditions serve other callers too, which may handle them.
	Forwarded bool
}

// RowsFailureBody returns the declaration of via, the function of this
// package that the Rows construct c calls at call, when a failure of
// call leaves the row pending (RowsFailurePath); nil otherwise.
func (r *Result) RowsFailureBody(c *Construct, call *ast.CallExpr, via *types.Func) *ast.FuncDecl {
	if f := r.RowsFailurePath(c, call, via); f != nil && !f.Forwarded {
		return f.Decl
	}
	return nil
}

// RowsFailurePath returns how a failure of call, made by the Rows
// construct c through via, leaves the row pending: what the rows' loop
// does on that failure only logs, counts, or leaves the iteration. Two
// shapes: the statements from the call on only log; or the call's error
// check (if err != nil) only logs and then leaves the iteration
// (continue, break), so that what follows it, the row's update to a
// done state, runs on success only. A return leaves the pass only when
// the pass loop is outside the function; when it is the worker's own
// loop, the worker stops and nothing is sent again. nil when the failure
// is handled otherwise (the row marked, deleted, parked, counted in the
// database: any call but a logger's), or via cannot be read.
func (r *Result) RowsFailurePath(c *Construct, call *ast.CallExpr, via *types.Func) *RowsFailure {
	if c == nil || c.Kind != Rows || via == nil {
		return nil
	}
	r.init()
	decl, forwarded := r.forwardee(r.decls[via.Origin()])
	if decl == nil {
		return nil
	}
	body := rowsBodyOf(c.Region, call)
	if body == nil {
		return nil
	}
	ownPass := within(c.Region, c.Node) // the pass loop is the worker's own
	results, _ := r.results(call, body)
	f := &RowsFailure{Decl: decl, Forwarded: forwarded}
	for _, st := range body.List {
		if st.End() <= call.Pos() {
			continue
		}
		var rest ast.Node = st
		if within(call, st) {
			f.At = st
			rest = r.afterCall(st, call)
			if rest == nil {
				return nil
			}
		}
		if is, ok := st.(*ast.IfStmt); ok && (is.Init == nil || within(call, is.Init)) &&
			errPolarity(r.pass.TypesInfo, is.Cond, results) == +1 {
			if !r.onlyLogs(is.Body) || ownPass && returns(is.Body) {
				return nil
			}
			if len(is.Body.List) > 0 {
				f.At = is.Body.List[0]
			}
			if leaves(is.Body) {
				return f // what follows the check runs on success only
			}
		}
		if !r.onlyLogs(rest) || ownPass && returns(rest) {
			return nil
		}
	}
	return f
}

// forwardee returns the function decl forwards to when its body is only
// `return g(…)` with g of this package (followed a few times), and
// whether it did forward; decl itself otherwise.
func (r *Result) forwardee(decl *ast.FuncDecl) (*ast.FuncDecl, bool) {
	forwarded := false
	for range 3 {
		if decl == nil || decl.Body == nil {
			return nil, false
		}
		if len(decl.Body.List) != 1 {
			break
		}
		ret, ok := decl.Body.List[0].(*ast.ReturnStmt)
		if !ok || len(ret.Results) != 1 {
			break
		}
		call, ok := ast.Unparen(ret.Results[0]).(*ast.CallExpr)
		if !ok {
			break
		}
		fn := r.staticCallee(call)
		if fn == nil || r.decls[fn.Origin()] == nil || r.decls[fn.Origin()] == decl {
			break
		}
		decl, forwarded = r.decls[fn.Origin()], true
	}
	if decl == nil || decl.Body == nil {
		return nil, false
	}
	return decl, forwarded
}

// leaves: block ends by leaving the rows' iteration (continue, break,
// return), so nothing after it in the loop body runs.
func leaves(block *ast.BlockStmt) bool {
	if len(block.List) == 0 {
		return false
	}
	switch s := block.List[len(block.List)-1].(type) {
	case *ast.BranchStmt:
		return s.Tok == token.CONTINUE || s.Tok == token.BREAK
	case *ast.ReturnStmt:
		return true
	}
	return false
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
