package retry

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"

	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// Kind says what sort of construct repeats a call.
type Kind int

const (
	// Loop is a hand-written loop that runs the call again after its
	// error or status (the call may sit in an immediately-invoked closure
	// inside the loop, or in a closure variable called in the loop).
	Loop Kind = iota + 1
	// Recursion is a function that calls itself again after the call's
	// error or status.
	Recursion
	// Library is a function handed to a retry library (cenkalti/backoff,
	// avast/retry-go, sethvargo/go-retry).
	Library
	// Helper is a function handed to a function of the same package that
	// itself retries its function argument (a hand-written retry helper,
	// generic or not).
	Helper
	// Client is an HTTP client that retries every request on its own
	// (go-retryablehttp, resty with a retry count). The retry model does
	// not find these: the payment model reports them on the op
	// (payment.Op.ClientRetries); rules build one with NewClient.
	Client
	// Rows is a worker that selects the rows still pending on every pass
	// and performs the call for each: a failure leaves the row pending,
	// so the next pass repeats the call (rows.go). Region is what each
	// pass runs anew.
	Rows
	// Job is a task handler of a job queue (asynq, machinery) that
	// delivers the task again when the handler returns an error, and the
	// call's failure makes it return one (jobs.go). Region is the
	// handler's body.
	Job
	// Resend is a sender, of this package or another, that is handed a
	// description of the request (a method and a URL, a request struct,
	// a prepared request) and sends it again in a loop of its own after
	// a failure (resend.go, ResendFact): the call of it is retried by the
	// callee. Node is that call; Region is nil (the caller's arguments,
	// key included, are evaluated once); Summary is the sender's wait and
	// bound, read at the call as a helper's.
	Resend
)

// Construct is one construct that repeats a call.
type Construct struct {
	Kind Kind
	// Name names the construct: "for loop", "backoff.Retry", "retry.Do",
	// "recursion in chargeWithRetry", "retryablehttp client".
	Name string
	// Pos is where the construct starts (the for keyword, the library
	// call, the function declaration); rules print its line.
	Pos token.Pos
	// Node is the construct itself: *ast.ForStmt or *ast.RangeStmt for
	// Loop, the library or helper *ast.CallExpr for Library and Helper,
	// the *ast.FuncDecl for Recursion; nil for Client.
	Node ast.Node
	// Region is what runs again on every attempt: the loop body, the
	// closure or function handed to the library, the recursive function's
	// body. A value made inside Region is made anew on every attempt.
	// Nil for Client (the client re-sends the same request).
	Region ast.Node
	// Counters are the loop's attempt-counter variables (for Loop), whose
	// value changes on every attempt.
	Counters []types.Object
	// Summary (Helper only): what the helper does between attempts and
	// what stops it, when known (see WaitAt, BoundedAt).
	Summary *payment.HelperFact
	// ErrorLeaves (Loop only): the call's error is checked right after it
	// and that branch always leaves the loop, so the loop goes round again
	// only after the call succeeded (a new attempt after a definitive
	// answer, such as a clean new checkout after a declined payment),
	// never after a failed or lost response.
	ErrorLeaves bool
	// Redelivery (Job only): a message broker's consumer hands the
	// message back to be delivered again on the call's failure
	// (redeliver.go); nil for a job queue.
	Redelivery *Redelivery
	// SenderKeyPerAttempt (Resend only): the sender attaches a key of its
	// own, made anew inside its resend loop.
	SenderKeyPerAttempt bool
}

// Attempts describes, for the payment model's KeyOf, what c runs anew on
// every attempt.
func (c *Construct) Attempts() payment.Attempts {
	return payment.Attempts{Region: c.Region, Counters: c.Counters, Resent: c.Kind == Resend, SenderKeyPerAttempt: c.SenderKeyPerAttempt}
}

// By returns the construct as it reads after "retried by": "a for loop",
// "backoff.Retry", "recursion in chargeWithRetry".
func (c *Construct) By() string {
	switch c.Kind {
	case Loop, Rows:
		return "a " + c.Name
	case Client:
		return "the " + c.Name
	}
	return c.Name
}

// NewClient returns the construct of a client that retries on its own,
// as the payment model names it (payment.Op.ClientRetries).
func NewClient(name string, pos token.Pos) *Construct {
	return &Construct{Kind: Client, Name: name, Pos: pos}
}

// Analyzer finds retry constructs on demand; its result is *Result. It
// exports a payment.HelperFact for every retry or poll helper.
var Analyzer = &analysis.Analyzer{
	Name:       "retrymodel",
	Doc:        "finds the constructs that repeat a call (internal; reports nothing)",
	Run:        run,
	Requires:   []*analysis.Analyzer{payment.Analyzer, funcs.Analyzer},
	ResultType: reflect.TypeOf((*Result)(nil)),
	FactTypes:  []analysis.Fact{(*payment.HelperFact)(nil), (*payment.FieldHelperFact)(nil), (*StatusErrFact)(nil), (*StatusCodeFact)(nil), (*ErrFilterFact)(nil), (*BuildFact)(nil), (*StopMarkFact)(nil), (*ResendFact)(nil), (*PendingSelectFact)(nil), (*StatusParamFact)(nil), (*RunsParamFact)(nil)},
}

// Result answers which constructs repeat a call of one package. It is
// built lazily: packages that never ask pay nothing.
type Result struct {
	pass *analysis.Pass
	once sync.Once
	mu   sync.Mutex

	// decls maps the package's functions to their declarations.
	decls map[*types.Func]*ast.FuncDecl
	// handedTo maps a function of this package to the library and
	// helper calls it is handed to as the operation.
	handedTo map[*types.Func][]*ast.CallExpr
	// helpers caches whether a function of this package retries one of
	// its func parameters: parameter index, or -1.
	helpers map[*types.Func]int
	// local and imported: helper summaries of this package's functions
	// and of other packages' (see Helper).
	local    map[*types.Func]*payment.HelperFact
	imported map[*types.Func]*payment.HelperFact
	// fieldLocal and fieldImported: summaries of helpers repeating a
	// func field of their receiver or of a struct parameter
	// (fieldhelper.go).
	fieldLocal    map[*types.Func]*payment.FieldHelperFact
	fieldImported map[*types.Func]*payment.FieldHelperFact
	// statusErrs: functions that return an error for every 4xx/5xx
	// answer, of this package and imported (nil: looked up, none).
	statusErrs map[*types.Func]*StatusErrFact
	// statusCodes: functions that hand back the status as an int result.
	statusCodes map[*types.Func]*StatusCodeFact
	// respConds: the condition of a helper of this package that leaves
	// on a successful answer of its callback (RespCond).
	respConds map[*types.Func]ast.Expr
	// errFilters and errFiltersImp: the failure tests of retry helpers
	// of this package and imported ones (ErrFilter).
	errFilters    map[*types.Func]*ErrFilterFact
	errFiltersImp map[*types.Func]*ErrFilterFact
	// builds and buildsImp: helpers that rebuild what they send from a
	// callback on every attempt, of this package and imported (build_param.go).
	builds    map[*types.Func]*BuildFact
	buildsImp map[*types.Func]*BuildFact
	// fieldFuncs: the one function a func-typed field holds (fieldretrier.go).
	fieldFuncs map[*types.Var]*types.Func
	// resends and resendsImp: senders that send again the request their
	// callers describe, of this package and imported (resend.go).
	resends    map[*types.Func]*ResendFact
	resendsImp map[*types.Func]*ResendFact
	// quiet: functions of this package that only compute, never wait
	// (sendwork.go).
	quiet map[*types.Func]bool
	// runsLocal: functions of this package that store a func parameter
	// where the package runs it again (storedruns.go).
	runsLocal map[*types.Func]*RunsParamFact
	// rerunRegs: the calls handing a function to a job queue that runs
	// it again after its error (nil: not looked up yet).
	rerunRegs []rerunReg
}

// New returns the retry model of pass's package.
func New(pass *analysis.Pass) *Result { return &Result{pass: pass} }

func (r *Result) init() {
	r.once.Do(func() {
		r.decls = map[*types.Func]*ast.FuncDecl{}
		r.handedTo = map[*types.Func][]*ast.CallExpr{}
		r.helpers = map[*types.Func]int{}
		for _, d := range funcs.Of(r.pass).Bodies() {
			r.decls[d.Func] = d.Syntax
		}
		// Named functions and methods handed to a retry library.
		for _, f := range r.pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				if spec := r.library(call); spec != nil && spec.arg < len(call.Args) {
					if fn := r.funcRef(call.Args[spec.arg]); fn != nil {
						r.handedTo[fn] = append(r.handedTo[fn], call)
					}
				}
				// Named functions handed to a helper of this package (a
				// worker over pending rows given its write: go w.Run(ctx,
				// chargeOne)).
				if callee := r.helperCallee(call); callee != nil && callee.Pkg() == r.pass.Pkg {
					if idx := r.helperParam(callee); idx >= 0 && idx < len(call.Args) {
						if fn := r.funcRef(call.Args[idx]); fn != nil {
							r.handedTo[fn] = append(r.handedTo[fn], call)
						}
					}
				}
				// Named functions handed to a helper of another package.
				if callee := r.helperCallee(call); callee != nil && callee.Pkg() != r.pass.Pkg {
					r.mu.Lock()
					f := r.helper(callee)
					r.mu.Unlock()
					if f != nil && f.Param < len(call.Args) {
						if fn := r.funcRef(call.Args[f.Param]); fn != nil {
							r.handedTo[fn] = append(r.handedTo[fn], call)
						}
					}
				}
				return true
			})
		}
	})
}

// Around returns the constructs that repeat call, innermost first; nil
// if nothing repeats it. It never chases calls of the enclosing function
// from elsewhere: a call of a function that wraps call is a call of its
// own (the payment model makes wrapper calls ops), and rules ask about
// it separately. It does not know about retrying clients (see Client).
func (r *Result) Around(call *ast.CallExpr) []*Construct {
	if r == nil || call == nil {
		return nil
	}
	r.init()
	r.mu.Lock()
	defer r.mu.Unlock()
	out := r.around(call, call, 0)
	// A helper rebuilding its request from the function handed to it on
	// every attempt retries the send call stands for (build_param.go).
	// Last, so that rules judging the innermost construct keep theirs.
	if c := r.builtConstruct(call); c != nil {
		out = append(out, c)
	}
	// A sender that sends again the request call describes (resend.go).
	if c := r.resendConstruct(call); c != nil {
		out = append(out, c)
	}
	return out
}

// Counter-limits keep the search finite on pathological code.
const maxDepth = 3

// around walks outwards from cur (op is the original call, whose
// arguments decide whether a loop works on a different item per
// iteration).
func (r *Result) around(op, start *ast.CallExpr, depth int) []*Construct {
	if depth > maxDepth {
		return nil
	}
	file := r.fileOf(start.Pos())
	if file == nil {
		return nil
	}
	path, _ := astutil.PathEnclosingInterval(file, start.Pos(), start.End())
	var out []*Construct
	var cur ast.Node = start // the call whose outcome the code tests
	for i := 0; i < len(path); i++ {
		switch n := path[i].(type) {
		case *ast.ForStmt:
			if within(cur, n.Body) {
				if c := r.loop(n, n.Body, cur, op, path[i:]); c != nil {
					out = append(out, c)
				} else if c := r.rows(n, n.Body, cur, path[i:]); c != nil {
					out = append(out, c) // rows.go
				}
			}
		case *ast.RangeStmt:
			if within(cur, n.Body) {
				if c := r.loop(n, n.Body, cur, op, path[i:]); c != nil {
					out = append(out, c)
				} else if c := r.rows(n, n.Body, cur, path[i:]); c != nil {
					out = append(out, c) // rows.go
				} else if c := r.consumer(n, cur); c != nil {
					return append(out, c) // a broker's requeue (redeliver.go)
				}
			}
		case *ast.FuncLit:
			if c := r.consumer(n, cur); c != nil { // a broker's requeue (redeliver.go)
				return append(out, c)
			}
			if c := r.job(n, cur); c != nil { // a queue's task handler (jobs.go)
				return append(out, c)
			}
			// Look through parentheses and conversions to a func type
			// (backoff.Operation(func() error {…})).
			up := i + 1
			for up < len(path) && r.isWrapping(path[up]) {
				up++
			}
			var parent, grand ast.Node
			if up < len(path) {
				parent = path[up]
			}
			if up+1 < len(path) {
				grand = path[up+1]
			}
			if call, ok := parent.(*ast.CallExpr); ok && ast.Unparen(call.Fun) == n {
				// An immediately-invoked closure: its call stands for
				// the op; go and defer run it elsewhere.
				switch grand.(type) {
				case *ast.GoStmt, *ast.DeferStmt:
					return out
				}
				cur = call
				i = up
				continue
			}
			if call, ok := parent.(*ast.CallExpr); ok {
				if c := r.handedConstruct(call, n, n); c != nil {
					c.ErrorLeaves = r.failureStops(c, n, cur) // permanentfail.go
					out = append(out, c)
					cur = call
					i = up
					continue
				}
				// A helper that calls the closure once per row of a
				// pending-like store read (rowcallback.go).
				if c := r.rowCallback(call, n, cur, path[up:]); c != nil {
					out = append(out, c)
				}
				return out
			}
			// A closure stored in a func field of a literal that a
			// field helper repeats (fieldcaller.go).
			if kv, ok := parent.(*ast.KeyValueExpr); ok && up+1 < len(path) {
				if c := r.fieldConstruct(n, kv, path[up+1:]); c != nil {
					out = append(out, c)
					return append(out, r.around(op, c.Node.(*ast.CallExpr), depth+1)...)
				}
				return out
			}
			// A closure bound to a local variable: follow the
			// variable's calls and hand-overs in the enclosing function.
			if v := r.boundVar(n, parent); v != nil {
				out = append(out, r.varUses(op, v, n, path[up:], depth)...)
			}
			return out
		case *ast.FuncDecl:
			fn, _ := r.pass.TypesInfo.Defs[n.Name].(*types.Func)
			if fn == nil {
				return out
			}
			if c := r.recursion(n, fn, cur, op); c != nil {
				out = append(out, c)
			}
			if c := r.job(n, cur); c != nil { // a queue's task handler (jobs.go)
				out = append(out, c)
			} else if c := r.consumer(n, cur); c != nil { // a broker's requeue (redeliver.go)
				out = append(out, c)
			}
			for _, call := range r.handedTo[fn] {
				if c := r.handedConstruct(call, n, n.Body); c != nil {
					out = append(out, c)
				}
			}
			return out
		}
	}
	return out
}

// isWrapping reports whether n is a parenthesis or a conversion around
// its only operand.
func (r *Result) isWrapping(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.ParenExpr:
		return true
	case *ast.CallExpr:
		if len(n.Args) != 1 {
			return false
		}
		tv, ok := r.pass.TypesInfo.Types[n.Fun]
		return ok && tv.IsType()
	}
	return false
}

// within reports whether n lies inside region.
func within(n, region ast.Node) bool {
	if n == nil || region == nil || reflect.ValueOf(region).IsNil() {
		return false
	}
	return region.Pos() <= n.Pos() && n.End() <= region.End()
}

func (r *Result) fileOf(pos token.Pos) *ast.File {
	for _, f := range r.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}
