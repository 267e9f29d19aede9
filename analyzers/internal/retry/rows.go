package retry

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/lazyre"
)

// Retries through persisted state: a worker that selects the rows still
// pending on every pass and performs the payment write for each. A
// failed or lost write leaves the row pending, so the next pass selects
// it again and repeats the write: the rows' loop is a retry whose
// attempts are the passes. Found by shape (names only add confidence):
//   - a pass loop: for {…}, for cond {…} with no counter or iterator,
//     or a range over a channel (ticker.C, time.Tick); in the function
//     around the rows' loop, or around a call of that function; or a
//     robfig/cron schedule that runs that function (cron.go);
//   - in it, before the rows' loop, a query filtered by a pending-like
//     status (SQL text, GORM Where("status = ?", "pending"), a struct
//     filter) that fills the ranged slice or the iterated sql.Rows, and
//     that does not page (its arguments do not change inside the pass);
//   - the op inside the range over those rows (or for rows.Next()).
//
// Not a retry: a loop that gives the row another status before the
// write (a claim) or in the write's error branch (failed, done…): the
// next pass no longer selects it.

// rowsName is the construct's name; By reads "a worker loop…".
const rowsName = "worker loop that re-selects pending rows"

// rows returns the Rows construct when loop (a range over rows or a for
// rows.Next()) holding cur re-runs on every pass of a worker over
// pending rows; path[0] is loop.
func (r *Result) rows(loop ast.Stmt, body *ast.BlockStmt, cur ast.Node, path []ast.Node) *Construct {
	v, fill := r.rowsVar(loop)
	if v == nil && fill == nil {
		return nil
	}
	outer, region := r.passLoop(path[1:])
	if outer == nil {
		return nil
	}
	var selected map[string]bool
	if fill != nil {
		selected = r.callFill(fill, region)
	} else {
		selected = r.pendingFill(region, loop, v)
	}
	if selected == nil {
		return nil
	}
	if r.claimed(body, cur, selected) {
		return nil
	}
	if within(region, outer) && r.stopsOnFailure(body, cur) {
		return nil
	}
	name := rowsName
	if call, scheduled := outer.(*ast.CallExpr); scheduled {
		name = r.scheduledName(call) // sweeptask.go
	}
	return &Construct{Kind: Rows, Name: name, Pos: outer.Pos(), Node: outer, Region: region}
}

// stopsOnFailure reports whether cur's error branch returns from the
// function whose own loop runs the passes: the first failure stops the
// worker, and nothing is sent again until someone restarts it.
func (r *Result) stopsOnFailure(body *ast.BlockStmt, cur ast.Node) bool {
	results, _ := r.results(cur, body)
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if is, ok := n.(*ast.IfStmt); ok && !found && errPolarity(r.pass.TypesInfo, is.Cond, results) == +1 {
			found = returns(is.Body)
		}
		_, lit := n.(*ast.FuncLit)
		return !found && !lit
	})
	return found
}

// returns: n holds a return statement (outside function literals).
func returns(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			found = true
		}
		return !found
	})
	return found
}

// rowsVar returns the variable the loop steps through: the ranged slice
// or the sql.Rows-like value of for rows.Next(); or, for a range over a
// call's result (range s.pending(ctx)), that call: it is the fill query.
func (r *Result) rowsVar(loop ast.Stmt) (*types.Var, *ast.CallExpr) {
	var x ast.Expr
	switch l := loop.(type) {
	case *ast.RangeStmt:
		t := r.pass.TypesInfo.TypeOf(l.X)
		if t == nil {
			return nil, nil
		}
		if _, ok := t.Underlying().(*types.Slice); !ok {
			return nil, nil
		}
		if call, ok := ast.Unparen(l.X).(*ast.CallExpr); ok {
			return nil, call
		}
		x = l.X
	case *ast.ForStmt:
		call, ok := ast.Unparen(l.Cond).(*ast.CallExpr)
		if !ok || l.Init != nil || l.Post != nil {
			return nil, nil
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Next" {
			return nil, nil
		}
		x = sel.X
	default:
		return nil, nil
	}
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return nil, nil
	}
	v, _ := r.pass.TypesInfo.ObjectOf(id).(*types.Var)
	return v, nil
}

// callFill returns the pending-like values the ranged call selects, when
// it is a query that does not page within the pass; nil otherwise.
func (r *Result) callFill(call *ast.CallExpr, region *ast.BlockStmt) map[string]bool {
	if r.pages(call, region) {
		return nil
	}
	return r.pendingQuery(call)
}

// passLoop returns the loop that runs the worker's passes and the region
// each pass runs anew: its body, or, when the rows' function has no such
// loop and is called from one in this package (or run by a cron
// schedule: then the AddFunc or AddJob call), the function's body.
func (r *Result) passLoop(path []ast.Node) (ast.Node, *ast.BlockStmt) {
	for _, n := range path {
		switch n := n.(type) {
		case *ast.ForStmt:
			if r.isPass(n) {
				return n, n.Body
			}
		case *ast.RangeStmt:
			if r.isPass(n) {
				return n, n.Body
			}
		case *ast.FuncLit:
			if call := r.cronRuns(n); call != nil {
				return call, n.Body
			}
			return nil, nil
		case *ast.FuncDecl:
			fn, _ := r.pass.TypesInfo.Defs[n.Name].(*types.Func)
			if fn == nil || n.Body == nil {
				return nil, nil
			}
			if outer := r.calledInPass(fn); outer != nil {
				return outer, n.Body
			}
			if call := r.cronRuns(n); call != nil {
				return call, n.Body
			}
			if call := r.sweepTask(n); call != nil { // sweeptask.go
				return call, n.Body
			}
			return nil, nil
		}
	}
	return nil, nil
}

// isPass reports whether loop runs until stopped: no counter, no
// iterator, or a range over a channel (a ticker).
func (r *Result) isPass(loop ast.Stmt) bool {
	switch l := loop.(type) {
	case *ast.ForStmt:
		return l.Init == nil && l.Post == nil && (l.Cond == nil || !iteratorCond(r.pass.TypesInfo, l.Cond))
	case *ast.RangeStmt:
		t := r.pass.TypesInfo.TypeOf(l.X)
		if t == nil {
			return false
		}
		_, ok := t.Underlying().(*types.Chan)
		return ok
	}
	return false
}

// calledInPass returns a pass loop of this package that calls fn.
func (r *Result) calledInPass(fn *types.Func) ast.Stmt {
	var found ast.Stmt
	for _, fd := range r.decls {
		var loops []ast.Stmt
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			if found != nil {
				return false
			}
			switch n := n.(type) {
			case *ast.ForStmt, *ast.RangeStmt:
				if r.isPass(n.(ast.Stmt)) {
					loops = append(loops, n.(ast.Stmt))
				}
			case *ast.CallExpr:
				if r.staticCallee(n) == fn {
					for _, l := range loops {
						if within(n, l) {
							found = l
						}
					}
				}
			}
			return true
		})
		if found != nil {
			return found
		}
	}
	return nil
}

// pendingFill returns the pending-like values that the query filling v
// selects, when one in region before loop does; nil otherwise.
func (r *Result) pendingFill(region *ast.BlockStmt, loop ast.Stmt, v *types.Var) map[string]bool {
	var out map[string]bool
	ast.Inspect(region, func(n ast.Node) bool {
		if out != nil || n == nil || n.Pos() >= loop.Pos() {
			return false
		}
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		var call *ast.CallExpr
		switch s := n.(type) {
		case *ast.AssignStmt: // rows, err := db.QueryContext(…)
			if len(s.Rhs) == 1 && r.assigns(s.Lhs, v) {
				call, _ = ast.Unparen(s.Rhs[0]).(*ast.CallExpr)
			}
		case *ast.CallExpr: // db.Where(…).Find(&rows), db.Select(&rows, …)
			if r.takesAddr(s, v) {
				call = s
			}
		}
		if call == nil || r.pages(call, region) {
			return true
		}
		out = r.pendingQuery(call)
		return out == nil
	})
	return out
}

func (r *Result) assigns(lhs []ast.Expr, v *types.Var) bool {
	for _, e := range lhs {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok && r.pass.TypesInfo.ObjectOf(id) == v {
			return true
		}
	}
	return false
}

func (r *Result) takesAddr(call *ast.CallExpr, v *types.Var) bool {
	for _, a := range call.Args {
		if u, ok := ast.Unparen(a).(*ast.UnaryExpr); ok && u.Op == token.AND {
			if id, ok := ast.Unparen(u.X).(*ast.Ident); ok && r.pass.TypesInfo.ObjectOf(id) == v {
				return true
			}
		}
	}
	return false
}

// pages reports whether the query mentions a variable assigned again
// inside the pass (a cursor or offset): each query reads other rows.
func (r *Result) pages(call *ast.CallExpr, region *ast.BlockStmt) bool {
	info := r.pass.TypesInfo
	used := map[types.Object]bool{}
	ast.Inspect(call, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok && !v.IsField() {
				used[v] = true
			}
		}
		return true
	})
	found := false
	ast.Inspect(region, func(n ast.Node) bool {
		switch s := n.(type) {
		case *ast.AssignStmt:
			if s.Tok == token.DEFINE || within(call, s) {
				return true
			}
			for _, lhs := range s.Lhs {
				if id := RootIdent(lhs); id != nil && used[info.ObjectOf(id)] {
					found = true
				}
			}
		case *ast.IncDecStmt:
			if id := RootIdent(s.X); id != nil && used[info.ObjectOf(id)] {
				found = true
			}
		}
		return !found
	})
	return found
}

// pendingQuery returns the pending-like statuses a query selects: from
// its constants (with a status column named), from the body of a query
// function of this package or the fact of one of another package
// (pendingfact.go), from the constant it hands a query function's
// status placeholder (rowcallback.go), or from a name such as
// ListPending.
func (r *Result) pendingQuery(call *ast.CallExpr) map[string]bool {
	if sel := pendingIn(r.texts(call)); sel != nil {
		return sel
	}
	fn := r.staticCallee(call)
	if fn == nil {
		return nil
	}
	if fd := r.decls[fn]; fd != nil {
		if sel := pendingIn(r.texts(fd.Body)); sel != nil {
			return sel
		}
	} else if sel := r.importedPending(fn); sel != nil { // pendingfact.go
		return sel
	}
	if sel := r.boundStatus(call, nil, nil); sel != nil { // status = $1 handed a constant (rowcallback.go)
		return sel
	}
	for _, w := range splitCamel(fn.Name()) {
		if pendingWords[w] {
			return map[string]bool{w: true}
		}
	}
	return nil
}

// texts returns the string constants under n and the field names of its
// keyed literals (Where(&Payout{Status: "pending"})).
func (r *Result) texts(n ast.Node) []string {
	var out []string
	ast.Inspect(n, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.KeyValueExpr:
			if id, ok := x.Key.(*ast.Ident); ok {
				out = append(out, id.Name)
			}
		case ast.Expr:
			if tv, ok := r.pass.TypesInfo.Types[x]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
				out = append(out, constant.StringVal(tv.Value))
				return false
			}
		}
		return true
	})
	return out
}

// pendingWords are statuses of work not done yet.
var pendingWords = set("pending", "unpaid", "unfinished", "unprocessed", "queued", "processing",
	"in_progress", "initiated", "created", "new", "retry", "retrying", "awaiting", "waiting", "requested", "open")

// doneWords are statuses a worker gives a row so that it is not selected
// again (a claim or an outcome).
var doneWords = set("failed", "failure", "error", "errored", "done", "completed", "complete", "succeeded",
	"success", "successful", "paid", "settled", "cancelled", "canceled", "rejected", "dead", "abandoned",
	"processing", "in_progress", "sent", "submitted", "skipped", "manual_review", "review", "expired",
	"refunded", "closed", "declined", "locked", "claimed")

func set(ws ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		m[w] = true
	}
	return m
}

var wordRE = lazyre.New(`[a-z0-9_]+`)

// failedWords are statuses of work that failed: a query for them is a
// retry only when it also caps an attempt counter (failedRetried).
var failedWords = set("failed", "failure", "error", "errored")

// attemptCapRE: an attempt counter compared with a cap in a query
// (attempts < 3, retry_count <= ?): the rows selected are those to try
// again.
var attemptCapRE = lazyre.New(`\b(attempts?|attempt_count|num_attempts|retries|retry_count|retry_attempts|tries|try_count|failure_count|failures)\s*(<|<=)`)

// pendingIn returns the pending-like words of texts when they also name
// a status column; or the failed-like ones when the query also caps an
// attempt counter (status = 'failed' AND attempts < 3: each pass tries
// the failed rows again); nil otherwise.
func pendingIn(texts []string) map[string]bool {
	status, capped := false, false
	sel, failed := map[string]bool{}, map[string]bool{}
	for _, t := range texts {
		lower := strings.ToLower(t)
		capped = capped || attemptCapRE.MatchString(lower)
		for _, w := range wordRE.FindAllString(lower, -1) {
			switch {
			case w == "status" || w == "state" || strings.HasSuffix(w, "_status") || strings.HasSuffix(w, "_state"):
				status = true
			case pendingWords[w] || compoundPending(w):
				sel[w] = true
			case failedWords[w]:
				failed[w] = true
			}
		}
	}
	if !status {
		return nil
	}
	if len(sel) == 0 && capped && len(failed) > 0 {
		return failed
	}
	if len(sel) == 0 {
		return nil
	}
	return sel
}

// pendingParts are the words that make a compound state pending when
// they end it (noshow_pending, link_pending, charge_queued) or begin it
// (pending_capture, awaiting_payment). Not retry: retry_count and
// retry_at are columns.
var pendingParts = set("pending", "unpaid", "queued", "awaiting", "unprocessed")

// columnParts end the names of columns, not of states: pending_since,
// awaiting_at, pending_amount.
var columnParts = set("at", "since", "until", "on", "by", "count", "id", "ids", "amount", "total", "time", "date", "ts", "reason")

// compoundPending: w is a state of several words, one of pendingParts
// last (or first, unless w names a column), none of them a done state
// (pending_cancelled).
func compoundPending(w string) bool {
	parts := strings.Split(w, "_")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if doneWords[p] {
			return false
		}
	}
	last := parts[len(parts)-1]
	return pendingParts[last] || pendingParts[parts[0]] && !columnParts[last]
}

// doneWord: a status a worker gives a row once it is handled: one of
// doneWords, or a compound state ending in one (noshow_failed,
// penalty_declined, link_sent).
func doneWord(s string) bool {
	if doneWords[s] {
		return true
	}
	i := strings.LastIndexByte(s, '_')
	return i > 0 && doneWords[s[i+1:]] && !compoundPending(s)
}

// splitCamel splits ListPendingPayouts into list, pending, payouts.
func splitCamel(s string) []string {
	var out []string
	start := 0
	for i := 1; i <= len(s); i++ {
		if i == len(s) || (s[i] >= 'A' && s[i] <= 'Z') {
			out = append(out, strings.ToLower(s[start:i]))
			start = i
		}
	}
	return out
}
