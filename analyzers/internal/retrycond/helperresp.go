package retrycond

import (
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// checkHelperResp judges a retry helper that tests its callback's
// answer itself (if err == nil && resp.StatusCode < 300 { return resp,
// nil }; otherwise sleep and call again): the helper's summary lists the
// statuses it sends round, and the callback hands it the payment call's
// response. Reported at the helper's success condition when the helper
// is of this package (once for all its callers), else at the call.
// handled is false when the construct is no such helper.
func checkHelperResp(pass *analysis.Pass, retries *retry.Result, op *payment.Op, c *retry.Construct) (at ast.Node, msg string, handled bool) {
	if c.Kind != retry.Helper || c.Summary == nil || !c.Summary.RespKnown {
		return nil, "", false
	}
	call, ok := c.Node.(*ast.CallExpr)
	body := regionBody(c.Region)
	if !ok || body == nil || !returnsOpResponse(pass, body, op.Call) {
		return nil, "", false
	}
	keyed := payment.KeyOf(pass.TypesInfo, op, payment.Attempts{Region: c.Region, Counters: c.Counters}).Stable()
	refresh := refreshes(pass, c.Region)
	retried := map[int]bool{}
	for _, s := range c.Summary.RespRetried {
		retried[s] = true
	}
	var bad []string
	for _, s := range c.Summary.RespRetried {
		if nonRetryable(s, keyed, refresh) {
			bad = append(bad, fmt.Sprint(s))
		}
	}
	if len(bad) == 0 {
		return nil, "", true
	}
	every := true
	for _, s := range []int{400, 404, 422, 500, 503} {
		every = every && retried[s]
	}
	at = call
	if fn := callee(pass.TypesInfo, call); fn != nil && fn.Pkg() == pass.Pkg {
		if cond := retries.RespCond(fn); cond != nil {
			at = cond
		}
	}
	return at, verdictMsg(bad, every, keyed), true
}

// returnsOpResponse reports whether the callback body hands back the
// HTTP response of call: return call(…), or resp, err := call(…) … return
// resp, err.
func returnsOpResponse(pass *analysis.Pass, body *ast.BlockStmt, call *ast.CallExpr) bool {
	if !returnsHTTPResponse(pass, call) {
		return false
	}
	i, results := callStmt(body, call)
	if i < 0 {
		return false
	}
	if _, isRet := body.List[i].(*ast.ReturnStmt); isRet {
		return true
	}
	last, ok := body.List[len(body.List)-1].(*ast.ReturnStmt)
	if !ok || len(last.Results) != len(results) || len(results) == 0 {
		return false
	}
	for k, r := range results {
		id, ok1 := ast.Unparen(r).(*ast.Ident)
		rid, ok2 := ast.Unparen(last.Results[k]).(*ast.Ident)
		if !ok1 || !ok2 || pass.TypesInfo.ObjectOf(id) != pass.TypesInfo.ObjectOf(rid) {
			return false
		}
	}
	return true
}

func returnsHTTPResponse(pass *analysis.Pass, call *ast.CallExpr) bool {
	t := pass.TypesInfo.TypeOf(call)
	if tup, ok := t.(*types.Tuple); ok {
		for i := 0; i < tup.Len(); i++ {
			if retry.IsResponse(tup.At(i).Type()) {
				return true
			}
		}
		return false
	}
	return t != nil && retry.IsResponse(t)
}
