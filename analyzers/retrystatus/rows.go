package retrystatus

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// checkRows reads a worker over pending rows (retry.Rows) whose write is
// a function of this package and whose failure only gets logged: every
// answer that function turns into an error leaves the row pending, and
// the next pass sends it again. The function is read like an operation
// handed to a retry library, from its HTTP send on: a returned error goes
// round (the next pass), a nil one ends; a status given to the row (or
// the row deleted) on a failure's way makes the walk unknown. Reported at
// the function's status condition.
func checkRows(pass *analysis.Pass, info *payment.Info, retries *retry.Result, op *payment.Op, c *retry.Construct) (ast.Node, string) {
	if op.Via == nil {
		return nil, ""
	}
	decl := retries.RowsFailureBody(c, op.Call, op.Via)
	if decl == nil {
		return nil, ""
	}
	send := innerSend(info, decl)
	if send == nil {
		return nil, ""
	}
	i, results := callStmt(decl.Body, send.Call)
	if i < 0 {
		return nil, ""
	}
	w := newWorld(pass.TypesInfo, httpOutcomes)
	w.opCall = send.Call
	w.bind(results, decl.Body)
	if len(w.respVars) == 0 && len(w.codeVars) == 0 {
		return nil, ""
	}
	k := newWalker(w)
	k.argErr = retries.StatusErrOfArg
	k.ret = func(r *ast.ReturnStmt) verdict {
		if len(r.Results) == 0 {
			return unknown
		}
		return w.errValue(r.Results[len(r.Results)-1])
	}
	k.effect = func(st ast.Stmt, alive set) error {
		for j, o := range w.outcomes {
			if alive.has(j) && o.status >= 300 && retries.MarksRow(st) {
				return errUnknown // the failure is recorded on the row
			}
		}
		return nil
	}
	if _, err := k.stmts(decl.Body.List[i:], w.all(), false); err != nil {
		return nil, ""
	}
	stable := payment.KeyOf(pass.TypesInfo, op, payment.Attempts{Region: c.Region}).Stable()
	return httpVerdict(k, stable, refreshes(pass, decl))
}

// innerSend returns the one HTTP payment write made in decl's body.
func innerSend(info *payment.Info, decl *ast.FuncDecl) *payment.Op {
	var found *payment.Op
	for _, o := range info.Ops {
		if o == nil || o.Call == nil || o.Via != nil || o.Method == "" || !o.Kind.Has(payment.Write) {
			continue
		}
		if decl.Body.Pos() <= o.Call.Pos() && o.Call.End() <= decl.Body.End() {
			if found != nil {
				return nil
			}
			found = o
		}
	}
	return found
}
