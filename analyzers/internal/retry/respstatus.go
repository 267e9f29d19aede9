package retry

import (
	"go/ast"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// Which answers a retry helper sends round again. A helper whose
// callback returns an *http.Response may test the status itself
// (if err == nil && resp.StatusCode < 300 { return resp, nil }) and call
// the callback again on every other answer, 4xx refusals included. The
// statements after the callback's call are followed once per status with
// the error nil: a status for which some path reaches the next attempt
// goes round. A condition on anything the attempt changed that cannot be
// evaluated (a helper function handed the response, a flag set on some
// status) leaves the answer unknown: the rules stay silent.

// helperStatuses are the answers asked about: the 2xx of which one must
// leave, and the 4xx/5xx the rules judge.
var helperStatuses = []int{200, 201, 204, 400, 401, 403, 404, 408, 409, 410, 422, 425, 429, 500, 502, 503, 504}

// respStatuses fills f.RespKnown and f.RespRetried for the call of the
// callback in loop, and records the condition that leaves on success.
func (r *Result) respStatuses(c candidate, call *ast.CallExpr, loop ast.Stmt, f *payment.HelperFact) {
	body, cond := loopParts(loop)
	if body == nil {
		return
	}
	fl := &respFlow{r: r, forkOnSuccess: true}
	i, ok := fl.bindCall(body, call)
	if !ok {
		return
	}
	fl.taint(body)
	if mentionsAny(r.pass.TypesInfo, cond, fl.tainted) {
		return // for resp.StatusCode >= 500 {…}: the loop's own condition reads the answer
	}
	var retried []int
	leavesOK := false
	for _, s := range helperStatuses {
		fl.status = s
		fl.exits, fl.forked = nil, false
		round, leave, ok := fl.stmts(body.List[i:], []env{{errState: errNil}})
		if !ok || fl.forked && round {
			return
		}
		switch {
		case round && s >= 300:
			retried = append(retried, s)
		case leave && s < 300:
			// A helper waiting for one 2xx (201) may go round on another:
			// the statuses asked about are the failures.
			leavesOK = true
			fl.okExits = append(fl.okExits, fl.exits...)
		}
	}
	if !leavesOK || len(retried) == 0 && !fl.anyStatusCond {
		return // no status is read: a retry of errors only, judged as such
	}
	f.RespKnown, f.RespRetried = true, retried
	if cond := fl.okCond(); cond != nil {
		if r.respConds == nil {
			r.respConds = map[*types.Func]ast.Expr{}
		}
		r.respConds[c.fn] = cond
	}
}

// RespCond returns the condition of fn (a retry helper of this package)
// that leaves on a successful answer, where the statuses it sends round
// are decided; nil when unknown.
func (r *Result) RespCond(fn *types.Func) ast.Expr {
	if r == nil || fn == nil {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.respConds[fn.Origin()]
}

func loopParts(loop ast.Stmt) (*ast.BlockStmt, ast.Expr) {
	switch l := loop.(type) {
	case *ast.ForStmt:
		return l.Body, l.Cond
	case *ast.RangeStmt:
		return l.Body, nil
	}
	return nil, nil
}

// mentionsAny reports whether n reads one of the objects.
func mentionsAny(info *types.Info, n ast.Node, objs map[types.Object]bool) bool {
	if n == nil {
		return false
	}
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if id, ok := m.(*ast.Ident); ok && objs[info.ObjectOf(id)] {
			found = true
		}
		return !found
	})
	return found
}

// respFlow follows one attempt's answer through the loop body.
type respFlow struct {
	r         *Result
	callStmt  ast.Stmt // the assignment of the callback's results
	resp, err types.Object
	tainted   map[types.Object]bool
	// carriers hold the attempt's error as a status carrier, truths are
	// the ok of its type assertion (flowcarrier.go).
	carriers, truths map[types.Object]bool
	status           int
	exits            []ast.Expr // conditions of the ifs left through, this status
	okExits          []ast.Expr
	anyStatusCond    bool
	// forkOnSuccess: a condition on what a successful attempt read may
	// be followed both ways (mayFork); forked: one was, this status.
	forkOnSuccess, forked bool
}

// env is what is known on one path: the error variable's state.
type env struct{ errState int }

const (
	errNil = iota
	errSet
	errUnknown
)

// bindCall finds the statement of body that assigns the callback's
// results (resp, err := fn(); if resp, err = fn(); …) and its index.
func (fl *respFlow) bindCall(body *ast.BlockStmt, call *ast.CallExpr) (int, bool) {
	info := fl.r.pass.TypesInfo
	sig, _ := info.TypeOf(call.Fun).Underlying().(*types.Signature)
	if sig == nil {
		return 0, false
	}
	for i, st := range body.List {
		as, ok := st.(*ast.AssignStmt)
		if is, isIf := st.(*ast.IfStmt); isIf {
			as, ok = is.Init.(*ast.AssignStmt)
		}
		if !ok || len(as.Rhs) != 1 || ast.Unparen(as.Rhs[0]) != call || len(as.Lhs) != sig.Results().Len() {
			continue
		}
		for k, lhs := range as.Lhs {
			id, isID := lhs.(*ast.Ident)
			if !isID || id.Name == "_" {
				continue
			}
			t := sig.Results().At(k).Type()
			switch {
			case IsResponse(t) && isHTTPResponse(t):
				fl.resp = info.ObjectOf(id)
			case isErrorType(t):
				fl.err = info.ObjectOf(id)
			}
		}
		fl.callStmt = as
		return i, fl.resp != nil && fl.err != nil
	}
	return 0, false
}

// taint marks the variables an attempt changes: every variable assigned
// in the loop body (a flag set on some status, the body read), so that a
// condition reading one is evaluated or left unknown, never guessed.
func (fl *respFlow) taint(body *ast.BlockStmt) {
	info := fl.r.pass.TypesInfo
	fl.tainted = map[types.Object]bool{fl.resp: true, fl.err: true}
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.AssignStmt:
			for _, l := range x.Lhs {
				if id := RootIdent(l); id != nil && id.Name != "_" {
					if obj := info.ObjectOf(id); obj != nil {
						fl.tainted[obj] = true
					}
				}
			}
		case *ast.IncDecStmt:
			if id := RootIdent(x.X); id != nil {
				fl.tainted[info.ObjectOf(id)] = true
			}
		}
		return true
	})
	fl.bindCarriers(body) // flowcarrier.go
}

// okCond returns the one condition every success left through, or nil.
func (fl *respFlow) okCond() ast.Expr {
	if len(fl.okExits) == 0 {
		return nil
	}
	first := fl.okExits[0]
	for _, e := range fl.okExits[1:] {
		if e != first {
			return nil
		}
	}
	return first
}
