package retry

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a hand-written client that ends every non-2xx answer in an error ----
//
// A payout client may retry its own POST in a loop, so it gets no
// StatusErrFact (that summary reads a single send); yet when the only
// returns handing back a nil error sit under a test true only for a 2xx
// status, and every other return hands back an error made for the
// failure (fmt.Errorf, errors.New, ctx.Err(), an error tested non-nil,
// or a variable only ever given such errors), the method's error is
// "refused or failed" for every non-2xx answer, as an SDK's is. Its
// caller's retry that sends every error round (a backoff operation, an
// in-house helper stopping only on its own mark) then retries 4xx
// refusals once the client has given up on them: such a method is
// marked with ErrImplFact, and the binding in main is judged as for
// an SDK's (errports.go).

// exportLoopImpls marks the package's exported methods ending every
// non-2xx answer of their payment write in an error.
func exportLoopImpls(pass *analysis.Pass, info *payment.Info) {
	writes := map[*ast.CallExpr]*payment.Op{}
	for _, op := range info.Ops {
		if op != nil && op.Call != nil && op.Kind.Any(payment.Write|payment.Release) && op.Via == nil && op.Method != "" {
			writes[op.Call] = op
		}
	}
	if len(writes) == 0 {
		return
	}
	ti := pass.TypesInfo
	for _, d := range funcs.Of(pass).Bodies() {
		fd, fn := d.Syntax, d.Func
		if fd.Recv == nil || !fd.Name.IsExported() {
			continue
		}
		sig, _ := fn.Type().(*types.Signature)
		if sig == nil || sig.Results().Len() == 0 || !isErrorType(sig.Results().At(sig.Results().Len()-1).Type()) {
			continue
		}
		if pass.ImportObjectFact(fn, new(ErrImplFact)) {
			continue // the SDK form (exportImpls)
		}
		var op *payment.Op
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && writes[call] != nil && op == nil {
				op = writes[call]
			}
			return op == nil
		})
		if op == nil || !errsOnNon2xx(ti, fd.Body) {
			continue
		}
		pass.ExportObjectFact(fn, &ErrImplFact{W: payment.WrapperFact{Kind: op.Kind, Desc: op.Desc}})
	}
}

// errsOnNon2xx checks the returns of body: a nil error only under a
// 2xx test, an error everywhere else; no break or goto (a loop left
// early may return a variable never given an error).
func errsOnNon2xx(info *types.Info, body *ast.BlockStmt) bool {
	ok, success := true, false
	var stack []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if _, lit := n.(*ast.FuncLit); lit || !ok {
			return false
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.BranchStmt:
			if n.Tok == token.BREAK || n.Tok == token.GOTO {
				ok = false
			}
		case *ast.ReturnStmt:
			if len(n.Results) == 0 {
				ok = false
				break
			}
			if under2xx(info, stack) {
				success = true
				break
			}
			ok = failErr(info, body, stack, n.Results[len(n.Results)-1])
		}
		return true
	})
	return ok && success
}

// under2xx: some if enclosing the top of stack, taken through its
// body, tests a response's status true only for 2xx answers.
func under2xx(info *types.Info, stack []ast.Node) bool {
	for i := len(stack) - 2; i >= 0; i-- {
		is, ok := stack[i].(*ast.IfStmt)
		if ok && stack[i+1] == is.Body && only2xx(info, is.Cond) {
			return true
		}
	}
	return false
}

// only2xx evaluates cond for a sample of statuses: true for some 2xx
// and for no other; unknown parts make it false.
func only2xx(info *types.Info, cond ast.Expr) bool {
	some := false
	for _, s := range []int64{100, 200, 201, 202, 204, 301, 304, 400, 401, 403, 404, 408, 409, 422, 429, 500, 502, 503} {
		v, known := eval(info, cond, s)
		if !known || v.Kind() != constant.Bool {
			return false
		}
		if constant.BoolVal(v) {
			if s < 200 || s >= 300 {
				return false
			}
			some = true
		}
	}
	return some
}

func eval(info *types.Info, e ast.Expr, status int64) (constant.Value, bool) {
	e = ast.Unparen(e)
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		return tv.Value, true
	}
	if StatusRead(info, e) != nil {
		return constant.MakeInt64(status), true
	}
	b, ok := e.(*ast.BinaryExpr)
	if !ok {
		return nil, false
	}
	x, ok1 := eval(info, b.X, status)
	y, ok2 := eval(info, b.Y, status)
	if !ok1 || !ok2 || x.Kind() != y.Kind() {
		return nil, false
	}
	switch b.Op {
	case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
		return constant.MakeBool(constant.Compare(x, b.Op, y)), true
	case token.LAND, token.LOR:
		if x.Kind() != constant.Bool {
			return nil, false
		}
		return constant.BinaryOp(x, b.Op, y), true
	case token.QUO:
		if x.Kind() != constant.Int || constant.Sign(y) == 0 {
			return nil, false
		}
		return constant.BinaryOp(x, token.QUO_ASSIGN, y), true
	}
	return nil, false
}

// failErr: e, returned outside a 2xx test, is an error for sure.
func failErr(info *types.Info, body *ast.BlockStmt, stack []ast.Node, e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		return madeErr(info, x)
	case *ast.Ident:
		v, _ := info.ObjectOf(x).(*types.Var)
		if v == nil {
			return false
		}
		if testedNonNil(info, stack, v) {
			return true
		}
		// A variable only ever given errors made for the failure, or
		// errors tested non-nil where they are given.
		given, okAll := 0, true
		var st []ast.Node
		ast.Inspect(body, func(n ast.Node) bool {
			if n == nil {
				st = st[:len(st)-1]
				return true
			}
			st = append(st, n)
			as, ok := n.(*ast.AssignStmt)
			if !ok {
				return true
			}
			for i, l := range as.Lhs {
				id, ok := l.(*ast.Ident)
				if !ok || info.ObjectOf(id) != v {
					continue
				}
				given++
				if len(as.Lhs) != len(as.Rhs) {
					okAll = false
					continue
				}
				switch r := ast.Unparen(as.Rhs[i]).(type) {
				case *ast.CallExpr:
					okAll = okAll && madeErr(info, r)
				case *ast.Ident:
					w, _ := info.ObjectOf(r).(*types.Var)
					okAll = okAll && w != nil && testedNonNil(info, st, w)
				default:
					okAll = false
				}
			}
			return true
		})
		return given > 0 && okAll
	}
	return false
}

// madeErr: fmt.Errorf, errors.New or a context's Err().
func madeErr(info *types.Info, call *ast.CallExpr) bool {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() + "." + fn.Name() {
	case "fmt.Errorf", "errors.New":
		return true
	case "context.Err":
		return true
	}
	return false
}

// testedNonNil: an if enclosing the top of st tests v != nil and st
// goes through its body, or v == nil and st goes through its else.
func testedNonNil(info *types.Info, st []ast.Node, v *types.Var) bool {
	for i := len(st) - 2; i >= 0; i-- {
		is, ok := st[i].(*ast.IfStmt)
		if !ok {
			continue
		}
		b, ok := ast.Unparen(is.Cond).(*ast.BinaryExpr)
		if !ok || !nilByIdent(info, b.Y) {
			continue
		}
		id, ok := ast.Unparen(b.X).(*ast.Ident)
		if !ok || info.ObjectOf(id) != v {
			continue
		}
		if b.Op == token.NEQ && st[i+1] == is.Body || b.Op == token.EQL && is.Else != nil && st[i+1] == is.Else {
			return true
		}
	}
	return false
}

// helperOp returns the operation handed to an in-house helper that
// retries every error but its own mark (RetriesEveryError), with the
// helper's name ("retryx.Do").
func (r *Result) helperOp(info *types.Info, call *ast.CallExpr) (ast.Expr, string, bool) {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil || !r.RetriesEveryError(fn) {
		return nil, "", false
	}
	h := r.Helper(fn)
	if h == nil || h.Param < 0 || h.Param >= len(call.Args) {
		return nil, "", false
	}
	return call.Args[h.Param], fn.Pkg().Name() + "." + fn.Name(), true
}

// bindingMsg words a binding whose retry is an in-house helper or
// whose implementation is a hand-written client; "" for the backoff and
// SDK form, worded by Bindings.
func bindingMsg(b PortBound) string {
	// An SDK's description names the call ("adyen …"), a hand-written
	// client's the request ("POST /v1/payouts").
	if strings.HasPrefix(b.Call.By, "backoff.") && !strings.Contains(b.Fact.Desc, " /") {
		return ""
	}
	fix := "return backoff.Permanent(err) for them"
	if !strings.HasPrefix(b.Call.By, "backoff.") {
		fix = "mark them permanent for " + b.Call.By
	}
	return b.Holder + " retries " + b.Call.Desc + " (" + b.Call.At + ") with " + b.Call.By + " (line " + strconv.Itoa(b.Call.Line) +
		"), its operation returning the method's error as it is; bound here to " + ImplName(b.Impl) + " (" + b.Fact.Desc +
		"), which ends every non-2xx answer in an error: every 4xx is retried, including 400/403/404/422, which will fail the same way again; " + fix
}
