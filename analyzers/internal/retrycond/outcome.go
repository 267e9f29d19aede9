package retrycond

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// outcome is one answer a retried call can get, as the code around it
// can test it: an HTTP status (the request went through), or, in the
// stripe-go world, a *stripe.Error of one type and status, or a
// transport error with no stripe.Error at all.
type outcome struct {
	status    int
	stripe    string // stripe ErrorType; "" in the HTTP world
	transport bool   // no answer: the error is not a *stripe.Error
	apiErr    string // the error an SDK's response lists (errlist.go)
	// permanent, permanentRead: a stripe error that a write, a read,
	// gets again on every attempt (retry.StripeErr).
	permanent, permanentRead bool
}

// httpOutcomes are the statuses the condition of a raw HTTP send is
// evaluated on: the request went through (err == nil).
var httpOutcomes = []outcome{
	{status: 200}, {status: 201}, {status: 204},
	{status: 400}, {status: 401}, {status: 403}, {status: 404}, {status: 408}, {status: 409},
	{status: 410}, {status: 422}, {status: 425}, {status: 429},
	{status: 500}, {status: 502}, {status: 503}, {status: 504},
}

// stripeOutcomes are the errors a stripe-go call returns (err != nil),
// as the retry model lists them, and a transport error; stripeNoCard the
// same without card_error, for a call that charges or authorises no card
// (a refund, a payout, a transfer: payment.Op.Card): Stripe declines
// only a card, so a retry that sends card_error round there retries
// nothing.
var stripeOutcomes, stripeNoCard = stripeWorldOutcomes(true), stripeWorldOutcomes(false)

func stripeWorldOutcomes(card bool) []outcome {
	var out []outcome
	for _, e := range retry.StripeErrors {
		if e.Card && !card {
			continue
		}
		out = append(out, outcome{stripe: e.Type, status: e.Status, permanent: e.Permanent, permanentRead: e.PermanentRead})
	}
	return append(out, outcome{transport: true})
}

// stripeOutcomesOf returns the errors op's stripe-go call can get.
func stripeOutcomesOf(op *payment.Op) []outcome {
	if op.Card {
		return stripeOutcomes
	}
	return stripeNoCard
}

// set is a set of outcomes, by index into the world's outcomes.
type set uint64

func (s set) has(i int) bool { return s&(1<<uint(i)) != 0 }

// world evaluates conditions on the outcome of one retried call.
type world struct {
	info     *types.Info
	outcomes []outcome
	// statusVars hold the response (resp.StatusCode, resty's
	// resp.StatusCode()) or a status code copied from it.
	respVars, codeVars map[types.Object]bool
	// errVars hold the call's error; stripeVars a *stripe.Error taken
	// from it; okVars the ok of `se, ok := err.(*stripe.Error)`.
	errVars, stripeVars, okVars map[types.Object]bool
	// errOnStatus: the call's error is non-nil for every status >= 300
	// (an SDK that returns the response next to its error:
	// retry.ErrsOnStatus), not only when no answer came.
	errOnStatus bool
	// opCall is the retried call (return op(…) returns its error);
	// carrier and carrierField the error type carrying the status and
	// its field, seVars its variables, seOkVars the ok of an assertion
	// to it (carrier.go).
	opCall           *ast.CallExpr
	carrier          *types.Named
	carrierField     string
	seVars, seOkVars map[types.Object]bool
	// listVars hold an SDK response that lists the API's errors.
	listVars map[types.Object]bool
	// derived holds every variable the outcome may have flowed into, body
	// the statements after the call (freecond.go).
	derived  map[types.Object]bool
	body     *ast.BlockStmt
	visiting map[*types.Var]bool
}

func newWorld(info *types.Info, outcomes []outcome) *world {
	return &world{info: info, outcomes: outcomes,
		respVars: map[types.Object]bool{}, codeVars: map[types.Object]bool{},
		errVars: map[types.Object]bool{}, stripeVars: map[types.Object]bool{}, okVars: map[types.Object]bool{},
		seVars: map[types.Object]bool{}, seOkVars: map[types.Object]bool{}, listVars: map[types.Object]bool{}}
}

func (w *world) all() set { return set(1)<<uint(len(w.outcomes)) - 1 }

func (w *world) stripeWorld() bool { return len(w.outcomes) > 0 && w.outcomes[0].stripe != "" }

// split returns the outcomes of s for which cond holds and those for
// which it does not; ok is false when cond cannot be read.
func (w *world) split(cond ast.Expr, s set) (yes, no set, ok bool) {
	for i, o := range w.outcomes {
		if !s.has(i) {
			continue
		}
		v, known := w.eval(cond, o)
		if !known {
			return 0, 0, false
		}
		if v {
			yes |= 1 << uint(i)
		} else {
			no |= 1 << uint(i)
		}
	}
	return yes, no, true
}

// eval evaluates a boolean condition for outcome o.
func (w *world) eval(e ast.Expr, o outcome) (bool, bool) {
	switch x := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if x.Op == token.NOT {
			v, ok := w.eval(x.X, o)
			return !v, ok
		}
	case *ast.BinaryExpr:
		switch x.Op {
		case token.LAND, token.LOR:
			l, lok := w.eval(x.X, o)
			if lok && (l == (x.Op == token.LOR)) {
				return l, true // short circuit
			}
			r, rok := w.eval(x.Y, o)
			if rok && (r == (x.Op == token.LOR)) {
				return r, true
			}
			if !lok || !rok {
				return false, false
			}
			return r, true
		}
		return w.compare(x, o)
	case *ast.Ident:
		if w.okVars[w.info.ObjectOf(x)] {
			return !o.transport, true
		}
		return w.carrierTaken(x, o)
	case *ast.CallExpr:
		if v, ok := w.carrierTaken(x, o); ok {
			return v, true
		}
		return w.boolCall(x, o)
	}
	return false, false
}

// compare evaluates a comparison of the status or the stripe error type
// with a constant, or of the call's error, response or stripe error with
// nil.
func (w *world) compare(b *ast.BinaryExpr, o outcome) (bool, bool) {
	x, y := ast.Unparen(b.X), ast.Unparen(b.Y)
	if w.constOf(x) != nil {
		x, y = y, x
		b = &ast.BinaryExpr{X: x, Op: retry.MirrorOp(b.Op), Y: y}
	}
	if w.isNil(y) && (b.Op == token.EQL || b.Op == token.NEQ) {
		isNil, ok := w.nilness(x, o)
		if !ok {
			return false, false
		}
		return isNil == (b.Op == token.EQL), true
	}
	c := w.constOf(y)
	if c == nil {
		return false, false
	}
	if w.errListWorld() {
		return w.listLen(x, b.Op, c, o)
	}
	if w.isStatus(x) && c.Kind() == constant.Int {
		if o.transport {
			return false, false
		}
		return constant.Compare(constant.MakeInt64(int64(o.status)), b.Op, c), true
	}
	if class, ok := w.statusClass(x, o); ok && c.Kind() == constant.Int {
		return constant.Compare(constant.MakeInt64(class), b.Op, c), true
	}
	if w.isStripeType(x) && c.Kind() == constant.String && (b.Op == token.EQL || b.Op == token.NEQ) {
		if o.transport {
			return false, false
		}
		return (constant.StringVal(c) == o.stripe) == (b.Op == token.EQL), true
	}
	return false, false
}

// nilness says whether x is nil for outcome o: the call's error is nil
// in the HTTP world (the request went through) and not nil in the
// stripe world; the response is not nil; a stripe error variable is nil
// only for a transport error; ctx.Err() is nil (not cancelled).
func (w *world) nilness(x ast.Expr, o outcome) (bool, bool) {
	if id, ok := x.(*ast.Ident); ok {
		obj := w.info.ObjectOf(id)
		switch {
		case w.errListWorld() && w.errVars[obj]:
			return true, true // only the answers the list carries are judged
		case w.listVars[obj]:
			return false, true
		case w.errVars[obj] && w.errOnStatus:
			return o.status < 300, true
		case w.errVars[obj]:
			return !w.stripeWorld(), true
		case w.respVars[obj]:
			return false, !w.stripeWorld()
		case w.stripeVars[obj]:
			return o.transport, true
		}
	}
	if w.errListWorld() && w.listOf(x) {
		return o.apiErr == "", true
	}
	if call, ok := x.(*ast.CallExpr); ok {
		if fn := callee(w.info, call); fn != nil && fn.Name() == "Err" && isNamed(recvType(w.info, call), "context", "Context") {
			return true, true
		}
	}
	return false, false
}

// boolCall evaluates errors.As(err, &se) (true unless a transport error)
// and the response's own status tests (resty's resp.IsSuccess(),
// resp.IsError(): retry.StatusTest).
func (w *world) boolCall(call *ast.CallExpr, o outcome) (bool, bool) {
	if resp, holds := retry.StatusTest(w.info, call); holds != nil && w.isResp(resp) {
		return holds(o.status), true
	}
	fn := callee(w.info, call)
	if fn == nil || fn.Pkg() == nil {
		return false, false
	}
	if fn.Pkg().Path() == "errors" && fn.Name() == "As" && len(call.Args) == 2 && w.stripeWorld() {
		if u, ok := ast.Unparen(call.Args[1]).(*ast.UnaryExpr); ok && u.Op == token.AND {
			if id, ok := ast.Unparen(u.X).(*ast.Ident); ok && w.stripeVars[w.info.ObjectOf(id)] {
				return !o.transport, true
			}
		}
	}
	return false, false
}

// isStatus: the status of a response (retry.StatusRead: resp.StatusCode,
// resty's resp.StatusCode()), a stripe error's status, or a variable
// holding one of them.
func (w *world) isStatus(e ast.Expr) bool {
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		return w.codeVars[w.info.ObjectOf(id)]
	}
	if w.carrierStatus(e) {
		return true
	}
	if resp := retry.StatusRead(w.info, e); resp != nil {
		return !w.stripeWorld() && w.isResp(resp)
	}
	se, field := retry.StripeErrorField(w.info, e)
	return field == retry.StripeStatus && w.stripeWorld() && w.isStripeErr(se)
}

// statusClass evaluates the status divided by a constant (the class
// test resp.StatusCode/100 != 2) for outcome o.
func (w *world) statusClass(x ast.Expr, o outcome) (int64, bool) {
	b, ok := x.(*ast.BinaryExpr)
	if !ok || b.Op != token.QUO || o.transport || !w.isStatus(b.X) {
		return 0, false
	}
	d := w.constOf(ast.Unparen(b.Y))
	if d == nil || d.Kind() != constant.Int {
		return 0, false
	}
	n, ok := constant.Int64Val(d)
	if !ok || n <= 0 {
		return 0, false
	}
	return int64(o.status) / n, true
}

func (w *world) isStripeType(e ast.Expr) bool {
	se, field := retry.StripeErrorField(w.info, e)
	return field == retry.StripeType && w.stripeWorld() && w.isStripeErr(se)
}

// testsStripeType: cond reads the Type of the call's *stripe.Error.
func (w *world) testsStripeType(cond ast.Expr) bool {
	found := false
	ast.Inspect(cond, func(n ast.Node) bool {
		if e, ok := n.(ast.Expr); ok && !found && w.isStripeType(e) {
			found = true
		}
		return !found
	})
	return found
}

func (w *world) isResp(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && w.respVars[w.info.ObjectOf(id)]
}

func (w *world) isStripeErr(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && w.stripeVars[w.info.ObjectOf(id)]
}

func (w *world) constOf(e ast.Expr) constant.Value {
	tv, ok := w.info.Types[e]
	if !ok || tv.Value == nil {
		return nil
	}
	return tv.Value
}

func (w *world) isNil(e ast.Expr) bool {
	tv, ok := w.info.Types[e]
	return ok && tv.IsNil()
}

func callee(info *types.Info, call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return fn
}

func recvExpr(call *ast.CallExpr) ast.Expr {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		return sel.X
	}
	return nil
}

func recvType(info *types.Info, call *ast.CallExpr) types.Type {
	if x := recvExpr(call); x != nil {
		return info.TypeOf(x)
	}
	return nil
}

func isNamed(t types.Type, pkg, name string) bool {
	if t == nil {
		return false
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkg && n.Obj().Name() == name
}
