package retrycond

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
// the function's status condition; at the worker's handling of the
// failure when the function is reached through a forwarder.
func checkRows(pass *analysis.Pass, info *payment.Info, retries *retry.Result, op *payment.Op, c *retry.Construct) (ast.Node, string) {
	if op.Via == nil {
		return nil, ""
	}
	f := retries.RowsFailurePath(c, op.Call, op.Via)
	if f == nil {
		return nil, ""
	}
	decl := f.Decl
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
	// Only failed answers matter: once none is alive (the status was
	// tested and every failure returned), what follows, the decoding of
	// a 2xx answer, decides nothing here.
	alive := w.all()
	for _, st := range decl.Body.List[i:] {
		if !failing(w, alive) {
			break
		}
		var err error
		if alive, err = k.stmt(st, alive, false); err != nil {
			return nil, ""
		}
	}
	stable := payment.KeyOf(pass.TypesInfo, op, payment.Attempts{Region: c.Region}).Stable()
	at, msg := httpVerdict(k, stable, refreshes(pass, decl))
	if at != nil && f.Forwarded {
		// The condition belongs to a function other callers use too
		// (ChargeWithKey behind Charge), some handling its errors: the
		// mistake is this worker's, which only logs them.
		at = f.At
	}
	return at, msg
}

// failing: some outcome of alive is a failed answer (3xx and up).
func failing(w *world, alive set) bool {
	for j, o := range w.outcomes {
		if alive.has(j) && o.status >= 300 {
			return true
		}
	}
	return false
}

// rowsCreate: op creates what a buyer pays (a payment link, an order:
// Create with no Write) in a worker over pending rows. Such a create
// needs no key, but a refused one (400: a bad phone, a duplicate
// reference) sent again on every pass fails the same way forever.
func rowsCreate(retries *retry.Result, op *payment.Op) bool {
	if !op.Kind.Has(payment.Create) || op.Via == nil {
		return false
	}
	cs := retries.Around(op.Call)
	return len(cs) > 0 && cs[0].Kind == retry.Rows
}

// loopCreate: op is the HTTP send of such a create (a Pix cob PUT to
// its txid) in a hand-written attempt loop that reads its answer: a
// refused create (400 a bad key, 403, 422 an invalid value) sent again
// fails the same way on every attempt.
func loopCreate(retries *retry.Result, op *payment.Op) bool {
	if !op.Kind.Has(payment.Create) || op.Via != nil || op.Method == "" {
		return false
	}
	cs := retries.Around(op.Call)
	return len(cs) > 0 && cs[0].Kind == retry.Loop
}

// innerSend returns the one HTTP payment write (or create) made in
// decl's body.
func innerSend(info *payment.Info, decl *ast.FuncDecl) *payment.Op {
	var found *payment.Op
	for _, o := range info.Ops {
		if o == nil || o.Call == nil || o.Via != nil || o.Method == "" || !o.Kind.Any(payment.Write|payment.Create) {
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
