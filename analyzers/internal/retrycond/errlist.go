package retrycond

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/retry"
)

// The error-list world: an SDK whose response lists the API's errors
// (Square's resp.Errors, retry.ErrorListField). Only what the code does
// with the list is judged, with the call's error nil (a retry of every
// SDK error, unread, stays silent as for stripe-go): a loop that leaves
// when the list is empty and otherwise goes round sends every listed
// error round again, declines included. Reading an error's Code or
// Category in a condition is reading the answer: the walk cannot tell
// which codes stop, and the rule stays silent.

// errListOutcomes: a clean answer, and listed errors of each class.
var errListOutcomes = []outcome{
	{status: 200},
	{status: 402, apiErr: "CARD_DECLINED", permanent: true},
	{status: 400, apiErr: "INVALID_REQUEST_ERROR", permanent: true},
	{status: 429, apiErr: "RATE_LIMITED"},
	{status: 500, apiErr: "INTERNAL_SERVER_ERROR"},
}

func (w *world) errListWorld() bool { return len(w.outcomes) > 1 && w.outcomes[1].apiErr != "" }

// bindList records the result variables whose type lists the API's
// errors.
func (w *world) bindList(results []ast.Expr) {
	for _, r := range results {
		id, ok := ast.Unparen(r).(*ast.Ident)
		if !ok || id.Name == "_" {
			continue
		}
		if obj := w.info.ObjectOf(id); obj != nil && retry.ErrorListField(obj.Type()) != nil {
			w.listVars[obj] = true
		}
	}
}

// listOf reports whether e is resp.Errors of a list variable.
func (w *world) listOf(e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok || !w.listVars[w.info.ObjectOf(id)] {
		return false
	}
	f := retry.ErrorListField(w.info.TypeOf(id))
	v, _ := w.info.Uses[sel.Sel].(*types.Var)
	return f != nil && v == f
}

// listLen evaluates len(resp.Errors) compared with a constant.
func (w *world) listLen(x ast.Expr, op token.Token, c constant.Value, o outcome) (bool, bool) {
	call, ok := x.(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || c.Kind() != constant.Int {
		return false, false
	}
	if id, isID := ast.Unparen(call.Fun).(*ast.Ident); !isID || id.Name != "len" || !w.listOf(call.Args[0]) {
		return false, false
	}
	n := int64(0)
	if o.apiErr != "" {
		n = 1
	}
	return constant.Compare(constant.MakeInt64(n), op, c), true
}

// errListVerdict reports listed errors that will not change (a decline,
// an invalid request) sent round again.
func errListVerdict(k *walker) (ast.Node, string) {
	var at ast.Node
	for i, o := range k.w.outcomes {
		if o.permanent && k.retried.has(i) && at == nil {
			at = k.blame[i]
		}
	}
	if at == nil {
		return nil, ""
	}
	return at, "every error the response lists is retried, including CARD_DECLINED and INVALID_REQUEST_ERROR, which will fail the same way again; stop on PAYMENT_METHOD_ERROR and INVALID_REQUEST_ERROR (the error's Category) and retry only API_ERROR and RATE_LIMIT_ERROR"
}

// listsErrors: call returns a response that lists the API's errors.
func listsErrors(info *types.Info, call *ast.CallExpr) bool {
	t := info.TypeOf(call)
	if tup, ok := t.(*types.Tuple); ok {
		for i := 0; i < tup.Len(); i++ {
			if retry.ErrorListField(tup.At(i).Type()) != nil {
				return true
			}
		}
		return false
	}
	return t != nil && retry.ErrorListField(t) != nil
}
