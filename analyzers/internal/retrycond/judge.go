package retrycond

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// Kind says what sends the outcomes round again.
type Kind int

const (
	// Construct: a loop, a retry library or an in-house helper around a
	// payment call.
	Construct Kind = iota
	// CheckRetry: a go-retryablehttp client's CheckRetry function.
	CheckRetry
	// RestyCondition: a resty client's AddRetryCondition.
	RestyCondition
)

// Finding is a retry condition that sends a non-retryable outcome of a
// payment call round again.
type Finding struct {
	At   ast.Node
	Kind Kind
	// Desc names the payment call and By what retries it (Construct only).
	Desc, By string
	// Line is the line of the construct or of the condition function.
	Line int
	// Problem says which outcomes go round again and why.
	Problem string
}

// Check returns the retry conditions of the package that send a
// non-retryable outcome of a payment write or status read round again:
// constructs around the calls (outcomes followed through the call's
// results, wrappers and helpers), clients' CheckRetry functions and resty
// retry conditions. polls are the loops the poll model owns: reading until
// final is polling, not retrying.
func Check(pass *analysis.Pass, info *payment.Info, retries *retry.Result, polls map[ast.Node]bool) []Finding {
	var out []Finding
	ops := make([]*payment.Op, 0, len(info.Ops))
	for _, op := range info.Ops {
		if op != nil && op.Call != nil && (op.Kind.Any(payment.Write|payment.StatusRead|payment.Release) || rowsCreate(retries, op) || loopCreate(retries, op)) {
			ops = append(ops, op)
		}
	}
	ops = append(ops, info.Dispatched...) // the sends inside method/path dispatchers (payment/dispatcherops.go)
	// A payment consent, answered once and for all (payment/paymentconsent.go).
	ops = append(ops, info.PaymentConsents...)
	// Writes first: a helper's condition shared by several callers is
	// reported once, named after the write it sends round.
	sort.Slice(ops, func(i, j int) bool {
		wi, wj := ops[i].Kind.Has(payment.Write), ops[j].Kind.Has(payment.Write)
		if wi != wj {
			return wi
		}
		return ops[i].Call.Pos() < ops[j].Call.Pos()
	})
	done := map[ast.Node]bool{}
	reported := map[token.Pos]bool{} // a wrapper's condition, once for all its workers
	for _, op := range ops {
		cs := retries.Around(op.Call)
		if len(cs) == 0 {
			continue
		}
		c := cs[0]
		if done[c.Node] || polls[c.Node] || c.Kind == retry.Resend {
			continue // a sender's own resends: checkResends (resend.go)
		}
		var at ast.Node
		var msg string
		if hat, hmsg, handled := checkHelperResp(pass, retries, op, c); handled {
			at, msg = hat, hmsg
		} else {
			at, msg = judge(pass, info, retries, op, c)
			if at == nil {
				at, msg = retryIf(pass, op, c) // retryif.go
			}
			if at == nil {
				at, msg = literalAttempt(pass, op, c) // litattempt.go
			}
		}
		if at != nil && !reported[at.Pos()] {
			done[c.Node], reported[at.Pos()] = true, true
			desc := op.Desc
			if desc == "" {
				desc = "payment call"
			}
			out = append(out, Finding{At: at, Kind: Construct, Desc: desc, By: c.By(), Line: pass.Fset.Position(c.Pos).Line, Problem: msg})
		}
	}
	report := func(f Finding) { out = append(out, f) }
	checkResends(pass, info, retries, reported, report) // resend.go
	checkRetryFuncs(pass, info, report)
	restyConditions(pass, info, report) // restycond.go
	return out
}

// judge reads the retry condition of construct c around op: a worker
// over rows, or a construct whose outcomes the walk follows.
func judge(pass *analysis.Pass, info *payment.Info, retries *retry.Result, op *payment.Op, c *retry.Construct) (ast.Node, string) {
	switch {
	case c.Kind == retry.Rows:
		return checkRows(pass, info, retries, op, c)
	case judged(c):
		return check(pass, retries, op, c)
	}
	return nil, ""
}

// check follows the outcomes of op through the construct c and returns
// where a non-retryable one is sent round again, with the message.
func check(pass *analysis.Pass, retries *retry.Result, op *payment.Op, c *retry.Construct) (ast.Node, string) {
	body := regionBody(c.Region)
	if c.Redelivery != nil {
		body = callBlock(body, op.Call) // requeue.go
	}
	if body == nil {
		return nil, ""
	}
	// A wrapper is read when it turns every 4xx/5xx into an error (its
	// summary), possibly carrying the status, or when it hands back the
	// response itself (then read as the HTTP call it makes).
	var se *retry.StatusErrFact
	if op.Via != nil {
		se = retries.StatusErr(op.Via)
	}
	i, results := callStmt(body, op.Call)
	if i < 0 {
		return nil, ""
	}
	w := newWorld(pass.TypesInfo, httpOutcomes)
	w.opCall = op.Call
	if se != nil {
		w.errOnStatus = true
		w.carrier, w.carrierField = se.Carrier(pass.Pkg), se.Field
	} else if op.Via != nil {
		if !returnsResponse(op.Via) && retries.StatusCode(op.Via) < 0 {
			return nil, ""
		}
	} else if op.Method == "" {
		switch {
		case retry.IsStripeCall(pass.TypesInfo, op.Call):
			w = newWorld(pass.TypesInfo, stripeOutcomesOf(op))
		case retry.ErrsOnStatus(pass.TypesInfo, op.Call), retry.ErrsOnEveryStatus(pass.TypesInfo, op.Call):
			w.errOnStatus = true // Adyen, razorpay-go: err != nil for every status >= 300
		case listsErrors(pass.TypesInfo, op.Call):
			w = newWorld(pass.TypesInfo, errListOutcomes)
			w.opCall = op.Call
		default:
			return nil, ""
		}
	}
	w.bind(results, body)
	if w.errListWorld() {
		if w.bindList(results); len(w.listVars) == 0 {
			return nil, ""
		}
	}
	if op.Via != nil && se == nil {
		w.bindCode(results, retries.StatusCode(op.Via))
	}
	if w.stripeWorld() && len(w.stripeVars) == 0 {
		return nil, "" // a blind retry of every stripe error is not read
	}
	_, returned := body.List[i].(*ast.ReturnStmt)
	if !w.stripeWorld() && !w.errListWorld() && len(w.respVars) == 0 && len(w.codeVars) == 0 && !(se != nil && (len(w.errVars) > 0 || returned)) && !sdkWriteErrJudged(w, op, c, retries) {
		// An SDK call retried on its error alone, the response unread,
		// is not judged (as a blind retry of every stripe error); a
		// wrapper of ours that errs on every 4xx/5xx is.
		return nil, ""
	}
	w.bindDerived(results, body)
	k := newWalker(w)
	k.argErr = retries.StatusErrOfArg
	switch c.Kind {
	case retry.Loop:
		k.loop, k.label = true, loopLabel(pass, c.Node)
	case retry.Library, retry.Helper:
		k.ret = returns(retries, w, c)
		if k.ret == nil {
			return nil, ""
		}
	case retry.Job:
		d := c.Redelivery.Delivery
		k.requeue = func(call *ast.CallExpr) bool { return retries.IsRequeue(call, d) }
	}
	alive, err := k.stmts(body.List[i:], w.all(), false)
	if err != nil {
		return nil, ""
	}
	if k.loop {
		k.retry(alive, op.Call) // the end of the body goes round again
	}
	k.retried = filterHelper(retries, w, c, k.retried)
	if w.stripeWorld() {
		return stripeVerdict(k, op.Kind.Has(payment.Write))
	}
	if w.errListWorld() {
		return errListVerdict(k)
	}
	// A key the same on every attempt (payment.KeyOf): a 409 means "the
	// same request is still in progress" and may be retried.
	stable := payment.KeyOf(pass.TypesInfo, op, payment.Attempts{Region: c.Region, Counters: c.Counters}).Stable()
	return httpVerdict(k, stable, refreshes(pass, c.Region))
}

// stripeVerdict reports card and invalid-request errors sent round again.
// A read has no card and no body to fix: only its 404 (no such object)
// counts.
func stripeVerdict(k *walker, write bool) (ast.Node, string) {
	w := k.w
	{
		var types []string
		var at ast.Node
		for i, o := range w.outcomes {
			bad := o.permanent
			if !write {
				bad = o.permanentRead
			}
			if k.retried.has(i) && bad {
				if !contains(types, o.stripe) {
					types = append(types, o.stripe)
				}
				if at == nil {
					at = k.blame[i]
				}
			}
		}
		if at == nil {
			return nil, ""
		}
		return at, fmt.Sprintf("stripe errors of type %s are retried, which will fail the same way again (a declined card, an invalid request); retry only network errors, api_error and rate limits (429)", strings.Join(types, " and "))
	}
}

// httpVerdict reports non-retryable statuses sent round again. keyed: a
// stable idempotency key makes 409 ("still in progress") retryable;
// refresh: a token refreshed per attempt makes 401 retryable.
func httpVerdict(k *walker, keyed, refresh bool) (ast.Node, string) {
	w := k.w
	var bad []string
	var at ast.Node
	every := true
	for i, o := range w.outcomes {
		nonRetryable := nonRetryable(o.status, keyed, refresh)
		if o.status >= 300 && !k.retried.has(i) && (nonRetryable || o.status >= 500 || o.status == 408 || o.status == 429) {
			every = false
		}
		if nonRetryable && k.retried.has(i) {
			bad = append(bad, fmt.Sprint(o.status))
			if at == nil || o.status == 400 {
				at = k.blame[i]
			}
		}
	}
	if len(bad) == 0 {
		return nil, ""
	}
	return at, verdictMsg(bad, every, keyed)
}

// nonRetryable: a 4xx that a new attempt cannot change. keyed: a stable
// idempotency key makes 409 ("still in progress") retryable; refresh: a
// token refreshed per attempt makes 401 retryable.
func nonRetryable(status int, keyed, refresh bool) bool {
	return status >= 400 && status < 500 && status != 408 && status != 425 && status != 429 &&
		!(status == 409 && keyed) && !(status == 401 && refresh)
}

// verdictMsg words the statuses bad sent round again (every: every
// non-2xx is).
func verdictMsg(bad []string, every, keyed bool) string {
	const tail = ", which will fail the same way again; retry only network errors, 408, 429 and 5xx"
	if every {
		incl := "400/404/409/422"
		if keyed {
			incl = "400/404/422"
		}
		return "every non-2xx status is retried, including " + incl + tail
	}
	if len(bad) == 1 {
		return "status " + bad[0] + " is retried" + tail
	}
	return "statuses " + strings.Join(bad, "/") + " are retried" + tail
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// returnsResponse reports whether fn returns an HTTP response.
func returnsResponse(fn *types.Func) bool {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil {
		return false
	}
	for i := 0; i < sig.Results().Len(); i++ {
		if retry.IsResponse(sig.Results().At(i).Type()) {
			return true
		}
	}
	return false
}

// regionBody returns the statements repeated per attempt.
func regionBody(region ast.Node) *ast.BlockStmt {
	switch r := region.(type) {
	case *ast.BlockStmt:
		return r
	case *ast.FuncLit:
		return r.Body
	case *ast.FuncDecl:
		return r.Body
	}
	return nil
}

// callStmt returns the index of the statement of body that assigns the
// results of call (resp, err := call; if resp, err := call; …), with the
// variables assigned, or that returns its results (return call(…));
// -1 when call sits elsewhere.
func callStmt(body *ast.BlockStmt, call *ast.CallExpr) (int, []ast.Expr) {
	for i, st := range body.List {
		if rs, ok := st.(*ast.ReturnStmt); ok && len(rs.Results) == 1 && ast.Unparen(rs.Results[0]) == call {
			return i, nil
		}
		as, ok := st.(*ast.AssignStmt)
		if is, isIf := st.(*ast.IfStmt); isIf {
			as, ok = is.Init.(*ast.AssignStmt)
		}
		if ok && len(as.Rhs) == 1 && ast.Unparen(as.Rhs[0]) == call {
			return i, as.Lhs
		}
		if ds, isDecl := st.(*ast.DeclStmt); isDecl {
			if gd, ok := ds.Decl.(*ast.GenDecl); ok && len(gd.Specs) == 1 {
				if vs, ok := gd.Specs[0].(*ast.ValueSpec); ok && len(vs.Values) == 1 && ast.Unparen(vs.Values[0]) == call {
					lhs := make([]ast.Expr, len(vs.Names))
					for k, n := range vs.Names {
						lhs[k] = n
					}
					return i, lhs
				}
			}
		}
	}
	return -1, nil
}

// bind records the call's result variables and what the body derives
// from them: a status code copied out, a *stripe.Error taken from the
// error (type assertion or errors.As), the ok of the assertion.
func (w *world) bind(results []ast.Expr, body *ast.BlockStmt) {
	for _, r := range results {
		id, ok := ast.Unparen(r).(*ast.Ident)
		if !ok || id.Name == "_" {
			continue
		}
		obj := w.info.ObjectOf(id)
		if obj == nil {
			continue
		}
		switch t := obj.Type(); {
		case types.Identical(t, types.Universe.Lookup("error").Type()):
			w.errVars[obj] = true
		case retry.IsResponse(t):
			w.respVars[obj] = true
		}
	}
	w.bindCarrier(body)
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.Ident:
			if obj, ok := w.info.ObjectOf(x).(*types.Var); ok && !obj.IsField() && retry.IsStripeError(obj.Type()) {
				w.stripeVars[obj] = true
			}
		case *ast.AssignStmt:
			if len(x.Lhs) == 2 && len(x.Rhs) == 1 {
				if ta, ok := ast.Unparen(x.Rhs[0]).(*ast.TypeAssertExpr); ok && ta.Type != nil && retry.IsStripeError(w.info.TypeOf(ta.Type)) {
					if id, ok := x.Lhs[1].(*ast.Ident); ok && id.Name != "_" {
						w.okVars[w.info.ObjectOf(id)] = true
					}
				}
			}
			if len(x.Lhs) == 1 && len(x.Rhs) == 1 && w.isStatus(x.Rhs[0]) {
				if id, ok := x.Lhs[0].(*ast.Ident); ok {
					w.codeVars[w.info.ObjectOf(id)] = true
				}
			}
		}
		return true
	})
}

// bindCode records the result at index i (a wrapper's status code) as a
// status variable.
func (w *world) bindCode(results []ast.Expr, i int) {
	if i < 0 || i >= len(results) {
		return
	}
	if id, ok := ast.Unparen(results[i]).(*ast.Ident); ok && id.Name != "_" {
		if obj := w.info.ObjectOf(id); obj != nil {
			w.codeVars[obj] = true
		}
	}
}

// refreshes: the repeated region refreshes a token, so a 401 may be
// retried.
func refreshes(pass *analysis.Pass, region ast.Node) bool {
	found := false
	ast.Inspect(region, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if fn := callee(pass.TypesInfo, call); fn != nil {
				name := strings.ToLower(fn.Name())
				for _, w := range []string{"refresh", "reauth", "authenticate", "login", "token"} {
					if strings.Contains(name, w) && !strings.Contains(name, "idempot") {
						found = true
					}
				}
			}
		}
		return !found
	})
	return found
}

// loopLabel returns the label of a labelled loop.
func loopLabel(pass *analysis.Pass, loop ast.Node) string {
	label := ""
	for _, f := range pass.Files {
		if f.FileStart > loop.Pos() || loop.End() > f.FileEnd {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if ls, ok := n.(*ast.LabeledStmt); ok && ls.Stmt == loop {
				label = ls.Label.Name
			}
			return label == ""
		})
	}
	return label
}

// judged reports whether the rule reads the retry condition of c: a
// hand-written loop, a retry library, or an in-house helper (of any
// package) that its summary says runs the callback again after an error
// and is not a poll (a bool "done" result).
func judged(c *retry.Construct) bool {
	switch c.Kind {
	case retry.Loop, retry.Library:
		return true
	case retry.Helper:
		return c.Summary != nil && c.Summary.AgainAfterError && !c.Summary.DoneBool
	case retry.Job:
		return c.Redelivery != nil // a broker's requeue (requeue.go)
	}
	return false
}
