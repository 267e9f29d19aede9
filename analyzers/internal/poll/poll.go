// Package poll is paylint's shared model of poll loops: code that reads the
// status of the same payment again and again, waiting in between, until the
// payment reaches a terminal state.
//
// A poll loop is one of
//
//   - a for loop (plain, with a condition, a for-select on a ticker, a
//     `for range ticker.C`, `for range time.Tick(d)`),
//   - a function that calls itself with the same payment id (recursion),
//   - a backoff.Retry (cenkalti/backoff v4/v5) whose operation is a
//     function literal,
//   - a call of a poll or retry helper of any package (its summary from
//     the retry model) whose callback is a function literal: its wait and
//     bound come from the summary, the callback's returns are its exits,
//
// whose repeated region contains a payment status read (a payment.Op with
// Kind StatusRead, recognised by the payment model, including wrappers
// known by facts) whose id expression — or, when the model gives no id, its
// arguments and receiver — is the same every round: a `range` over orders
// with one read per order is not a poll loop. Loops whose repeated region
// never looks at the status and only retry the read after an error are read
// retries, not poll loops.
//
// For each loop the model exposes (see Loop):
//
//   - Waits: time.Sleep(d), time.NewTicker(d)/time.Tick(d) received from
//     in the loop, <-time.After(d) made in the loop, (*time.Ticker).Reset(d),
//     (*time.Timer).Reset(d), time.NewTimer, and cenkalti/backoff policies
//     (NewConstantBackOff(d) is fixed; an ExponentialBackOff with a
//     multiplier > 1 grows). The duration is folded statically: constants,
//     across packages and through time.Duration arithmetic, come from
//     go/types; a local variable assigned once from a constant is followed.
//     Grows is set when the interval variable is multiplied or added to in
//     the loop; Known is false for values from configuration, parameters,
//     fields and calls.
//   - MayBlock: the repeated region calls something that might wait (an
//     unknown function), so the absence of Waits does not make it busy.
//   - Exits (returns, breaks out of the loop, gotos out, panics, the for
//     condition), each marked OnStatus when it is reached only under a
//     condition on the polled payment's status (a comparison or switch on
//     a value derived from the read's result, or on a payment status
//     constant such as CONFIRMED, FAILED, succeeded, canceled, expired,
//     paid).
//   - Bounds: what stops the loop even if the payment stays PENDING
//     forever: a select on ctx.Done(), ctx.Err() checks, a for condition or
//     an exit on an attempt counter or a deadline, an outer time.After or
//     timer, a finite range, a backoff with a retry cap or elapsed-time
//     limit, an exit taken when a call that was given a cancellable
//     context fails (not the else of an error check).
//   - Swallowed: where the read's error is discarded or checked without
//     leaving the loop.
//   - AfterTerminalFailure(node): whether node is reached only after the
//     loop observed a terminal failed/expired/canceled state;
//     AfterTerminal(node) also accepts a terminal success
//     (CONFIRMED, succeeded, paid; PENDING_CONFIRMATION is not one).
//   - StopsOnlyOnSuccess(): every status exit needs a terminal success
//     and the loop never looks for a failed state.
//   - Interval(): the fixed interval between reads when every wait is
//     known (cases of one select are alternatives: the shortest counts;
//     waits in sequence: the longest), Busy(): no wait at all, Bounded().
//
// Analyzer computes the loops of a package once for every rule (rules
// require it and start with Loops, which also checks the ignore directives
// and loads the configuration); Find takes any op recogniser, for tests and
// for callers with their own model. InTestFile tells _test.go loops apart.
package poll

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"sort"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/config"
	"github.com/paylint/paylint/analyzers/internal/directive"
	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// Analyzer finds the poll loops of a package. It reports nothing.
var Analyzer = &analysis.Analyzer{
	Name:       "pollmodel",
	Doc:        "finds loops that poll a payment's status (internal; reports nothing)",
	Requires:   []*analysis.Analyzer{payment.Analyzer, retry.Analyzer, Predicates, GiveUps, funcs.Analyzer},
	FactTypes:  []analysis.Fact{(*FanOutFact)(nil), (*BatchFact)(nil), (*WaiterFact)(nil), (*CtxBoundFact)(nil)}, // fanout.go, batch.go, waiterfacts.go, ctxbound.go
	ResultType: reflect.TypeOf((*Result)(nil)),
	Run:        run,
}

// Result is the result of Analyzer.
type Result struct {
	// Loops are the poll loops of the package, in source order.
	Loops []*Loop
	// Rewaits are payments made again around a call of a function
	// that waits for them and gives up while they are pending.
	Rewaits []*Recreate
	// CtxCalls are calls of polls bounded only by their context that
	// hand them a context which never ends (ctxbound.go).
	CtxCalls []*CtxCall
}

func run(pass *analysis.Pass) (any, error) {
	info, _ := pass.ResultOf[payment.Analyzer].(*payment.Info)
	if info == nil || !info.Relevant {
		return &Result{}, nil
	}
	reads := false
	for _, op := range info.Ops {
		reads = reads || op.Kind.Has(payment.StatusRead)
	}
	if !reads {
		// A package that reads no status may still work a batch of rows per
		// call (a refund sweep): its callers' loops need its BatchFact.
		newFanOut(pass, info)
		res := &Result{Rewaits: statusCallRewaits(pass, info.Of, newPkgIndex(pass), nil)} // statuscall.go
		res.CtxCalls = ctxCalls(pass, nil)
		return res, nil
	}
	res := Find(pass, newFanOut(pass, info).opOf(info.Of))
	res.CtxCalls = ctxCalls(pass, exportCtxBounds(pass, res.Loops)) // ctxbound.go
	return res, nil
}

// OpOf returns the payment op a call performs, or nil.
type OpOf func(*ast.CallExpr) *payment.Op

// LoopKind says what construct repeats the reads.
type LoopKind int

const (
	// For is a for statement (with or without a condition).
	For LoopKind = iota
	// Range is a range statement (over a ticker channel, or a finite range
	// of attempts).
	Range
	// Recursion is a function that calls itself with the same payment.
	Recursion
	// BackoffRetry is a cenkalti/backoff Retry whose operation reads the
	// status.
	BackoffRetry
	// Helper is a call of a retry or poll helper, of any package, whose
	// callback reads the status (pollx.Until(ctx, d, func() (bool,
	// error) {…})): its wait and bound come from the helper's summary.
	Helper
)

// Loop is one poll loop.
type Loop struct {
	Kind LoopKind
	// Node is the *ast.ForStmt, *ast.RangeStmt, *ast.FuncDecl (recursion)
	// or *ast.CallExpr (backoff.Retry).
	Node ast.Node
	// Pos is where to report the loop: the for keyword, the recursive
	// call, the Retry call.
	Pos token.Pos
	// Body is the repeated block.
	Body *ast.BlockStmt
	// Func is the enclosing *ast.FuncDecl or *ast.FuncLit.
	Func ast.Node
	// Reads are the status reads of the polled payment, in source order.
	Reads []*payment.Op
	// Waits are the waits between reads found in the loop.
	Waits []*Wait
	// MayBlock: the loop calls something that might wait.
	MayBlock bool
	// Exits are the ways out of the loop.
	Exits []*Exit
	// StatusExit: some exit depends on the polled payment's status.
	StatusExit bool
	// Bounds are what stops the loop regardless of the status.
	Bounds []*Bound
	// Swallowed is where the read's error is discarded or checked without
	// leaving the loop; nil if errors leave the loop (or none is returned).
	Swallowed ast.Node

	region ast.Node // what repeats: Body, or the whole for statement minus Init
	init   ast.Node // ForStmt.Init (runs once), if any
	f      *finder
	status map[*types.Var]bool
	// helper and helperName: the summary and name of the helper called
	// (Kind Helper).
	helper     *payment.HelperFact
	helperName string
	// factory is the call of the file's function that returned the
	// callback literal (p.paidOrFailed(id)), nil if it is written in place.
	factory *ast.CallExpr
	// field: a field helper's caller-side values (fieldhelper.go), nil
	// for a helper of a func parameter.
	field *fieldUse
}

// Wait is one wait between status reads.
type Wait struct {
	// Node is the waiting call or receive: time.Sleep(…), the
	// time.NewTicker(…) whose channel the loop receives from, <-ch,
	// t.Reset(…), the backoff policy constructor.
	Node ast.Node
	// What names the wait: "time.Sleep", "time.NewTicker", "time.Tick",
	// "time.After", "Ticker.Reset", "Timer.Reset", "time.NewTimer",
	// "backoff.ConstantBackOff", "backoff.ExponentialBackOff", "channel".
	What string
	// Dur is the duration expression as written, nil if none.
	Dur ast.Expr
	// D is the duration when Known.
	D     time.Duration
	Known bool
	// Grows: the interval increases from round to round.
	Grows bool
	// Literal: Dur is written in the wait call itself from literals and
	// time's unit constants only (a suggested fix may replace it).
	Literal bool
	// Replaced: the ticker or timer is Reset in the loop, so after the
	// first round the Reset's duration is the interval.
	Replaced bool

	sel ast.Node // the select of which the wait is a case, if any
}

// Exit is one way out of the loop.
type Exit struct {
	// Node is the *ast.ReturnStmt, *ast.BranchStmt, the panic/exit call,
	// or the for condition.
	Node ast.Node
	// OnStatus: reached only under a condition on the payment's status.
	OnStatus bool
	// OnSuccess: reached as soon as a read succeeds, whatever the status:
	// unguarded, or guarded only by err == nil.
	OnSuccess bool
}

// Bound is something that stops the loop even if the status never changes.
type Bound struct {
	Node ast.Node
	// What describes it: "ctx.Done()", "ctx.Err()", "attempt cap",
	// "deadline", "timeout channel", "loop condition", "finite range",
	// "backoff limit", "context on a call whose error exits".
	What string
}

// Bounded reports whether the loop has any bound.
func (l *Loop) Bounded() bool { return len(l.Bounds) > 0 }

// HelperName names the helper a Helper loop calls (pollx.Until), "" for
// the other kinds.
func (l *Loop) HelperName() string { return l.helperName }

// Busy reports whether the loop reads the status with no wait at all.
func (l *Loop) Busy() bool { return len(l.Waits) == 0 && !l.MayBlock }

// Interval returns the effective fixed interval between reads, when every
// wait is known and none grows: the cases of one select are alternatives
// (the shortest fires first), waits in sequence follow each other (the
// longest is taken). ok is false otherwise.
func (l *Loop) Interval() (w *Wait, ok bool) {
	shortest := map[ast.Node]*Wait{}
	var seq []*Wait
	for _, x := range l.Waits {
		if x.Replaced {
			continue
		}
		if !x.Known || x.Grows {
			return nil, false
		}
		if x.sel == nil {
			seq = append(seq, x)
		} else if s := shortest[x.sel]; s == nil || x.D < s.D {
			shortest[x.sel] = x
		}
	}
	for _, x := range shortest {
		seq = append(seq, x)
	}
	for _, x := range seq {
		if w == nil || x.D > w.D || x.D == w.D && x.Node.Pos() < w.Node.Pos() {
			w = x
		}
	}
	return w, w != nil
}

// Contains reports whether n lies in the loop's repeated region.
func (l *Loop) Contains(n ast.Node) bool {
	if n == nil || !within(n, l.region) {
		return false
	}
	return l.init == nil || !within(n, l.init)
}

// ID returns the polled payment's id expression, nil if unknown.
func (l *Loop) ID() ast.Expr {
	for _, r := range l.Reads {
		if r.ID != nil {
			return l.callerArg(r.ID)
		}
	}
	return nil
}

// IDText renders the polled payment for messages: its id expression, or
// the read's description.
func (l *Loop) IDText() string {
	if id := l.ID(); id != nil {
		return types.ExprString(wrappedID(id))
	}
	if len(l.Reads) > 0 && l.Reads[0].Desc != "" {
		return "read by " + l.Reads[0].Desc
	}
	return "status"
}

// wrappedID names the payment by the variable a request literal wraps
// (&lnrpc.PaymentHash{RHashStr: rhash} is rhash): the one field of the
// literal that is not a constant. The literal itself otherwise.
func wrappedID(id ast.Expr) ast.Expr {
	e := unparen(id)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = unparen(u.X)
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return id
	}
	var named ast.Expr
	for _, el := range lit.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			el = kv.Value
		}
		switch unparen(el).(type) {
		case *ast.BasicLit:
			continue
		case *ast.Ident, *ast.SelectorExpr:
			if named != nil {
				return id // two candidates: keep the literal
			}
			named = el
		default:
			return id
		}
	}
	if named == nil {
		return id
	}
	return named
}

// AfterTerminalFailure reports whether n, inside the loop, is reached only
// after the loop observed a terminal failed, expired or canceled state of
// the polled payment (a comparison or switch case on the status with such
// a value, or a call such as isFailed(status)).
func (l *Loop) AfterTerminalFailure(n ast.Node) bool {
	return l.Contains(n) && l.afterState(n, failure)
}

// AfterTerminal reports whether n, inside the loop, is reached only after
// the loop observed a terminal state of the polled payment: failed,
// expired or canceled as for AfterTerminalFailure, or confirmed,
// succeeded, paid, completed.
func (l *Loop) AfterTerminal(n ast.Node) bool {
	return l.Contains(n) && (l.afterState(n, failure) || l.afterState(n, success) || l.afterState(n, terminal))
}

// Find finds the poll loops of pass's files with the op recogniser opOf.
func Find(pass *analysis.Pass, opOf OpOf) *Result {
	res := &Result{}
	var finders []*finder
	var loops [][]*Loop
	pollers := map[*types.Func]bool{}
	idx := newPkgIndex(pass)
	for _, file := range pass.Files {
		f := newFinder(pass, opOf, file)
		f.pkg = idx
		f.helpers, _ = pass.ResultOf[retry.Analyzer].(*retry.Result)
		if len(f.reads) == 0 {
			continue
		}
		ls := f.loops()
		finders, loops = append(finders, f), append(loops, ls)
		for _, l := range ls {
			if fd, ok := l.Func.(*ast.FuncDecl); ok {
				if fn, _ := pass.TypesInfo.Defs[fd.Name].(*types.Func); fn != nil {
					pollers[fn] = true
				}
			}
		}
	}
	// A call of a function that polls by itself is not one read: find
	// the loops again where such a call was taken for one.
	for i, f := range finders {
		if len(pollers) > 0 && f.readsCall(pollers) {
			f.pollers = pollers
			loops[i] = f.loops()
		}
		res.Loops = append(res.Loops, loops[i]...)
	}
	sort.Slice(res.Loops, func(i, j int) bool { return res.Loops[i].Pos < res.Loops[j].Pos })
	res.Rewaits = findRewaits(pass, opOf, idx, finders, res.Loops)
	return res
}

func within(n, outer ast.Node) bool {
	return n != nil && outer != nil && outer.Pos() <= n.Pos() && n.End() <= outer.End()
}

// Loops starts every poll rule's run: it checks the //paylint:ignore
// directives, loads the configuration (whose error the rule returns), and
// returns the package's poll loops, none when the package cannot reach a
// payment operation.
func Loops(pass *analysis.Pass) ([]*Loop, *config.Config, error) {
	directive.CheckIgnores(pass)
	cfg, err := config.ForPass(pass)
	if err != nil {
		return nil, nil, err
	}
	info, _ := pass.ResultOf[payment.Analyzer].(*payment.Info)
	res, _ := pass.ResultOf[Analyzer].(*Result)
	if info == nil || !info.Relevant || res == nil {
		return nil, cfg, nil
	}
	return res.Loops, cfg, nil
}

// StopsOnlyOnSuccess reports whether every exit that depends on the status
// is taken only after a terminal success (CONFIRMED, succeeded, paid…) and
// the loop never looks for a failed, expired or canceled state: a payment
// that fails keeps it polling. It returns the first such exit.
func (l *Loop) StopsOnlyOnSuccess() (ast.Node, bool) {
	if l.Kind != For && l.Kind != Range && !l.libraryExits() { // libexits.go
		return nil, false
	}
	f := l.f
	var first ast.Node
	for _, e := range l.Exits {
		if !e.OnStatus {
			continue
		}
		if cond, ok := e.Node.(ast.Expr); ok {
			// for p.Status != CONFIRMED { … }
			if !f.asserts(cond, false, l, successOrHeld) { // successorheld.go
				return nil, false
			}
		} else if !l.afterState(e.Node, successOrHeld) && !l.afterSiblingState(e.Node, false) { // siblings.go, successorheld.go
			return nil, false
		}
		if first == nil {
			first = e.Node
		}
	}
	if first == nil || l.leavesOnFailingRead() || l.noFailureState() {
		return nil, false
	}
	mentionsFailure := f.anyInRound(l, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			return failure.match(calleeName(n)) && f.onStatus(n, l) || f.predicateMentions(n, failure)
		case *ast.Ident:
			return failure.match(n.Name) && f.onStatus(n, l)
		case ast.Expr:
			return f.stateValue(n, failure)
		}
		return false
	})
	if fs, ok := l.Node.(*ast.ForStmt); ok && fs.Cond != nil && !mentionsFailure {
		mentionsFailure = containsState(f, fs.Cond, failure)
	}
	if mentionsFailure {
		return nil, false
	}
	return first, true
}

// noFailureState: every read of the loop returns an object whose
// provider defines no failure state (a Razorpay order: created,
// attempted, paid), so success is the only terminal state to leave on.
func (l *Loop) noFailureState() bool {
	for _, r := range l.Reads {
		if has, known := payment.ProviderFailures(r); has || !known {
			return false
		}
	}
	return len(l.Reads) > 0
}

func (l *Loop) afterState(n ast.Node, st states) bool {
	for _, g := range l.f.guards(n, l) {
		if l.stateGuard(g, st) {
			return true
		}
	}
	return false
}

func containsState(f *finder, e ast.Expr, st states) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if x, ok := n.(ast.Expr); ok && f.stateValue(x, st) {
			found = true
		}
		return !found
	})
	return found
}

// InTestFile reports whether pos is in a _test.go file. Tests poll fakes
// (httptest servers) quickly and briefly on purpose; the interval and bound
// rules leave them alone.
func InTestFile(pass *analysis.Pass, pos token.Pos) bool {
	f := pass.Fset.File(pos)
	return f != nil && strings.HasSuffix(f.Name(), "_test.go")
}
