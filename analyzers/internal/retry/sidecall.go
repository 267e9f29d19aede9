package retry

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/astutil"
)

// ---- a func parameter read on the side of the helper's own request ----------
//
// A function whose loop repeats its OWN request may also take a function
// and call it inside that loop, only once its request came back with a
// failure, to reconcile (count what the caller has stored against what
// the gateway lists):
//
//	for attempt := 0; ; attempt++ {
//		res, err := hc.Do(req)                        // its own request
//		if err == nil && res.StatusCode != 201 {
//			n, err := countStored(ctx)                // a side reader
//			… compare n with the listed charges …
//		}
//		… go round on err …
//	}
//
// The repeated operation there is the function's own request, which the
// loop reports where it is sent; the parameter is no operation of its
// caller's that the loop repeats, nor the builder of what it sends. Taking
// it as either blamed the caller's call of the function for the retry
// inside it (a second report of one mistake, at a line with no loop).
// sideCall tells the two apart by what the code does: the call k of
// the parameter runs only in a branch taken when another call o of the
// function, repeated by the same construct, did not succeed (its error
// set, or a status its code does not take for success), and k is handed
// nothing o returned (a predicate judging o's answer is not a side
// reader). A builder called at the top of each attempt, or a callback
// that is itself the call the loop tests, is not on the side of anything.

// sideCall reports whether fn's call k of one of its func parameters
// is a side call of the attempt that con repeats (see above).
func (r *Result) sideCall(fn *types.Func, k *ast.CallExpr, con *Construct) bool {
	if fn == nil || k == nil || con == nil || con.Region == nil || con.Node == nil {
		return false
	}
	file := r.fileOf(k.Pos())
	if file == nil {
		return false
	}
	params := funcParams(fn)
	path, _ := astutil.PathEnclosingInterval(file, k.Pos(), k.End())
	for i, n := range path {
		if n == con.Region || n == con.Node {
			break
		}
		var conds []ast.Expr
		then := true
		switch s := n.(type) {
		case *ast.IfStmt:
			switch {
			case within(k, s.Body):
			case s.Else != nil && within(k, s.Else):
				then = false
			default:
				continue
			}
			conds = []ast.Expr{s.Cond}
		case *ast.CaseClause:
			// Only a switch with no tag: its cases are conditions.
			if sw, ok := parentSwitch(path[i+1:]); !ok || sw.Tag != nil || len(s.List) == 0 {
				continue
			}
			conds = s.List
		default:
			continue
		}
		for _, cond := range conds {
			if r.failedBranch(params, k, con, n, cond, then) {
				return true
			}
		}
	}
	return false
}

// parentSwitch returns the switch statement a case clause belongs to
// (the clause's parent is the switch's body).
func parentSwitch(up []ast.Node) (*ast.SwitchStmt, bool) {
	if len(up) < 2 {
		return nil, false
	}
	sw, ok := up[1].(*ast.SwitchStmt)
	return sw, ok
}

// failedBranch: the branch of stmt holding k (then or else of cond)
// is taken only when some call o of the attempt before stmt failed,
// o is repeated by con, and k is handed none of o's results.
func (r *Result) failedBranch(params map[*types.Var]int, k *ast.CallExpr, con *Construct, stmt ast.Node, cond ast.Expr, then bool) bool {
	info := r.pass.TypesInfo
	found := false
	ast.Inspect(con.Region, func(n ast.Node) bool {
		o, ok := n.(*ast.CallExpr)
		if found || !ok {
			return !found
		}
		if o == k || !before(o, stmt, cond) || !r.sendLike(o) || paramCall(info, params, o) {
			return true
		}
		body := body(r.fileOf(o.Pos()), o)
		if body == nil {
			return true
		}
		res, direct := r.results(o, body)
		if len(res) == 0 && !direct {
			return true
		}
		for _, a := range k.Args {
			if mentionsAny(info, a, res) {
				return true // k judges o's answer: not a side reader
			}
		}
		if !failTaken(info, cond, then, o, res) {
			return true
		}
		for _, c := range r.around(o, o, maxDepth) {
			if c.Node == con.Node {
				found = true
				break
			}
		}
		return !found
	})
	return found
}

// before: o runs before the branch of stmt is chosen (ahead of the
// statement, in an if's init, or in the condition itself).
func before(o *ast.CallExpr, stmt ast.Node, cond ast.Expr) bool {
	if o.End() <= stmt.Pos() || within(o, cond) {
		return true
	}
	is, ok := stmt.(*ast.IfStmt)
	return ok && is.Init != nil && within(o, is.Init)
}

// paramCall reports whether call calls one of the func parameters.
func paramCall(info *types.Info, params map[*types.Var]int, call *ast.CallExpr) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	v, _ := info.Uses[id].(*types.Var)
	_, isParam := params[v]
	return isParam
}

// body returns the body of the innermost function (literal or
// declaration) around n.
func body(file *ast.File, n ast.Node) *ast.BlockStmt {
	if file == nil {
		return nil
	}
	path, _ := astutil.PathEnclosingInterval(file, n.Pos(), n.End())
	for _, p := range path {
		switch f := p.(type) {
		case *ast.FuncLit:
			return f.Body
		case *ast.FuncDecl:
			return f.Body
		}
	}
	return nil
}

// sendLike reports whether call may go out of the process: not a
// builtin (len), a conversion, or a function of a standard package that
// only computes values (fmt.Errorf, errors.New, strings.…). A use of a
// callback's result in such a call is a comparison or a message, not what
// the attempt sends.
func (r *Result) sendLike(call *ast.CallExpr) bool {
	info := r.pass.TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		return false
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if _, ok := info.Uses[id].(*types.Builtin); ok {
			return false
		}
	}
	fn := r.staticCallee(call)
	if fn == nil || fn.Pkg() == nil {
		return true
	}
	switch fn.Pkg().Path() {
	case "fmt", "errors", "strings", "strconv", "math", "sort", "slices", "maps",
		"unicode", "unicode/utf8", "encoding/json", "encoding/hex", "encoding/base64":
		return false
	}
	return true
}

// failTaken reports whether the branch (then or else) of cond is taken
// only when o failed: its error is set, or its answer's status is one
// its code does not take for success.
func failTaken(info *types.Info, cond ast.Expr, then bool, o *ast.CallExpr, res map[types.Object]bool) bool {
	switch e := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			return failTaken(info, e.X, !then, o, res)
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND: // then: both hold; else: either fails
			if then {
				return failTaken(info, e.X, true, o, res) || failTaken(info, e.Y, true, o, res)
			}
			return failTaken(info, e.X, false, o, res) && failTaken(info, e.Y, false, o, res)
		case token.LOR:
			if then {
				return failTaken(info, e.X, true, o, res) && failTaken(info, e.Y, true, o, res)
			}
			return failTaken(info, e.X, false, o, res) || failTaken(info, e.Y, false, o, res)
		}
	}
	t := outcomeTest(info, cond, o, res)
	return then && t < 0 || !then && t > 0
}

// outcomeTest classifies one comparison on o's outcome: -1 holds only on
// a failure (err != nil, status != the expected one, status >= 300),
// +1 only on a success (err == nil, status == 2xx, status < 300), 0
// anything else.
func outcomeTest(info *types.Info, e ast.Expr, o *ast.CallExpr, res map[types.Object]bool) int {
	b, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok {
		return 0
	}
	x, y, op := ast.Unparen(b.X), ast.Unparen(b.Y), b.Op
	if _, isConst := constInt(info, x); isConst || isNil(info, x) {
		x, y, op = y, x, MirrorOp(op) // statuserr.go
	}
	if isNil(info, y) && (x == o || errOf(info, x, res)) {
		switch op {
		case token.NEQ:
			return -1
		case token.EQL:
			return +1
		}
		return 0
	}
	c, isConst := constInt(info, y)
	if !isConst || !statusOf(info, x, res) {
		return 0
	}
	switch op {
	case token.NEQ:
		return -1 // anything but the status the code expects
	case token.EQL:
		if c >= 200 && c <= 299 {
			return +1
		}
		return -1
	}
	// An order comparison: how it fares over the 2xx answers.
	someOK, allOK := false, true
	for s := int64(200); s <= 299; s++ {
		h := compare(s, op, c)
		someOK, allOK = someOK || h, allOK && h
	}
	switch {
	case !someOK:
		return -1
	case allOK:
		return +1
	}
	return 0
}

func compare(s int64, op token.Token, c int64) bool {
	switch op {
	case token.LSS:
		return s < c
	case token.LEQ:
		return s <= c
	case token.GTR:
		return s > c
	case token.GEQ:
		return s >= c
	}
	return false
}

// errOf: e is an error variable receiving o's result.
func errOf(info *types.Info, e ast.Expr, res map[types.Object]bool) bool {
	id, ok := e.(*ast.Ident)
	if !ok || !res[info.ObjectOf(id)] {
		return false
	}
	t := info.TypeOf(id)
	return t != nil && isErrorType(t)
}

// statusOf: e is the status of o's answer (res.StatusCode, resty's
// StatusCode()) or an integer result of o (code, err := c.post(…)).
func statusOf(info *types.Info, e ast.Expr, res map[types.Object]bool) bool {
	if resp := StatusRead(info, e); resp != nil {
		id := RootIdent(resp)
		return id != nil && res[info.ObjectOf(id)]
	}
	id, ok := e.(*ast.Ident)
	if !ok || !res[info.ObjectOf(id)] {
		return false
	}
	t := info.TypeOf(id)
	return t != nil && isInteger(t)
}
