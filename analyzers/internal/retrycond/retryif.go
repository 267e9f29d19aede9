package retrycond

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// ---- retry-go's RetryIf over stripe errors (rule 5) ---------------------------
//
// With a RetryIf option retry-go asks that function, not the operation,
// whether an error goes round (retry-go v4 retry.go: config.retryIf(err)),
// so the operation's returns were left unread (ErrorsUnread). When the
// operation hands the stripe-go call's error back untouched (return err,
// or return nil on success) the function sees that call's errors as
// they are, and its body is walked over the stripe world as a loop's
// condition would be: errors.As(err, &se) then return se.Type !=
// stripe.ErrorTypeCard retries invalid_request_error. A function the
// model cannot read, one that never looks at a *stripe.Error, and an
// operation that wraps or marks its error stay silent.

// retryIf judges the RetryIf function of a retry-go call c around the
// stripe-go call of op.
func retryIf(pass *analysis.Pass, op *payment.Op, c *retry.Construct) (ast.Node, string) {
	if c.Kind != retry.Library || op.Via != nil || !retry.IsStripeCall(pass.TypesInfo, op.Call) {
		return nil, ""
	}
	call, ok := c.Node.(*ast.CallExpr)
	if !ok || call.Ellipsis.IsValid() || !fromRetryGo(pass.TypesInfo, call) {
		return nil, ""
	}
	body := regionBody(c.Region)
	if body == nil {
		return nil, ""
	}
	i, results := callStmt(body, op.Call)
	if i < 0 || !handsErrBack(pass.TypesInfo, body, results) {
		return nil, ""
	}
	var lit *ast.FuncLit
	for _, a := range call.Args {
		oc, ok := ast.Unparen(a).(*ast.CallExpr)
		if !ok || len(oc.Args) != 1 || !fromRetryGo(pass.TypesInfo, oc) || calleeName(pass.TypesInfo, oc) != "RetryIf" {
			continue
		}
		if lit != nil {
			return nil, "" // two filters
		}
		if lit = checkRetryLit(pass, oc.Args[0]); lit == nil {
			return nil, ""
		}
	}
	if lit == nil {
		return nil, ""
	}
	var names []*ast.Ident
	for _, p := range lit.Type.Params.List {
		names = append(names, p.Names...)
	}
	if len(names) != 1 {
		return nil, ""
	}
	w := newWorld(pass.TypesInfo, stripeOutcomesOf(op))
	w.bind([]ast.Expr{names[0]}, lit.Body)
	if len(w.errVars) == 0 || len(w.stripeVars) == 0 {
		return nil, "" // a blind retry of every error is not read
	}
	k := newPredicateWalker(pass.TypesInfo, w)
	if _, err := k.stmts(lit.Body.List, w.all(), false); err != nil {
		return nil, ""
	}
	return stripeVerdict(k, op.Kind.Has(payment.Write))
}

// fromRetryGo: the call's callee is of avast/retry-go.
func fromRetryGo(info *types.Info, call *ast.CallExpr) bool {
	fn := callee(info, call)
	return fn != nil && fn.Pkg() != nil && strings.HasPrefix(fn.Pkg().Path(), "github.com/avast/retry-go")
}

func calleeName(info *types.Info, call *ast.CallExpr) string {
	if fn := callee(info, call); fn != nil {
		return fn.Name()
	}
	return ""
}

// handsErrBack: every return of the operation's body (outside nested
// functions) returns nil or the error the call assigned, unchanged.
func handsErrBack(info *types.Info, body *ast.BlockStmt, results []ast.Expr) bool {
	if len(results) == 0 {
		return false
	}
	errID, ok := ast.Unparen(results[len(results)-1]).(*ast.Ident)
	if !ok || errID.Name == "_" {
		return false
	}
	errObj := info.ObjectOf(errID)
	good, any := true, false
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			any = true
			if len(x.Results) != 1 {
				good = false
				return false
			}
			id, ok := ast.Unparen(x.Results[0]).(*ast.Ident)
			if !ok || (info.ObjectOf(id) != errObj && info.Uses[id] != types.Universe.Lookup("nil")) {
				good = false
			}
		}
		return good
	})
	return good && any
}
