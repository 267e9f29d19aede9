package idempotency

import (
	"fmt"
	"go/ast"
	"go/types"
	"sort"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/config"
	"github.com/paylint/paylint/analyzers/internal/directive"
	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/poll"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// Analyzer is the idempotency rule. See doc.go.
var Analyzer = &analysis.Analyzer{
	Name:     "idempotency",
	Doc:      doc,
	Requires: []*analysis.Analyzer{payment.Analyzer, retry.Analyzer, poll.Analyzer, retry.PortAnalyzer, funcs.Analyzer},
	Run:      directive.CheckUnused(run),
}

func run(pass *analysis.Pass) (any, error) {
	directive.CheckIgnores(pass)
	if _, err := config.ForPass(pass); err != nil {
		return nil, err
	}
	reportPorts(pass) // port.go: main binds what another package retries, a cron job another's pass
	info, _ := pass.ResultOf[payment.Analyzer].(*payment.Info)
	if info == nil || !info.Relevant {
		return nil, nil
	}
	retries, _ := pass.ResultOf[retry.Analyzer].(*retry.Result)

	ops := make([]*payment.Op, 0, len(info.Ops))
	for _, op := range info.Ops {
		if op != nil && op.Call != nil && op.Kind.Has(payment.Write) {
			ops = append(ops, op)
		}
	}
	ops = append(ops, info.Dispatched...) // the sends inside method/path dispatchers (payment/dispatcherops.go)
	sort.Slice(ops, func(i, j int) bool { return ops[i].Call.Pos() < ops[j].Call.Pos() })

	reported := map[*ast.CallExpr]bool{}
	for _, op := range ops {
		var constructs []*retry.Construct
		// A retrying client inside a wrapper is reported where the
		// request is sent, not again at every call of the wrapper.
		if op.ClientRetries != "" && (op.Via == nil || writeNamedByCall(pass, info, op)) {
			constructs = append(constructs, retry.NewClient(op.ClientRetries, op.ClientRetriesPos))
		}
		constructs = append(constructs, retries.Around(op.Call)...)
		for _, c := range constructs {
			if msg := problem(pass, info, op, c); msg != "" {
				directive.Report(pass, analysis.Diagnostic{
					Pos: op.Call.Pos(), End: op.Call.End(), Message: msg,
					SuggestedFixes: hoistFix(pass, op, c), // fix.go
				})
				reported[op.Call] = true
				break
			}
		}
	}
	reportRepays(pass, reported)              // repay.go
	reportChainSends(pass, retries, reported) // chain.go
	reportFuncValues(pass, info, retries)
	reportClientKeys(pass, info, retries) // clientkey.go
	return nil, nil
}

// reportFuncValues reports wrappers of other packages handed to a retry
// library as function values (backoff.Retry(billing.ChargeOnce, b)): no
// call of them appears in this package, so they have no Op.
func reportFuncValues(pass *analysis.Pass, info *payment.Info, retries *retry.Result) {
	if len(info.FuncValues) == 0 {
		return
	}
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			arg, name, ok := retries.IsLibrary(call)
			if !ok {
				return true
			}
			fn := funcOf(pass, arg)
			fact := info.FuncValues[fn]
			if fact == nil || !fact.Kind.Has(payment.Write) {
				return true
			}
			origin := payment.WrapperKeyOf(fact)
			if origin.Kind != payment.KeyNone && origin.Kind != payment.KeyPerCall {
				return true
			}
			desc := fmt.Sprintf("%s.%s", fn.Pkg().Name(), fn.Name())
			if fact.Desc != "" {
				desc += " (" + fact.Desc + ")"
			}
			by := fmt.Sprintf("%s is retried by %s (line %d)", desc, name, pass.Fset.Position(call.Pos()).Line)
			if origin.Kind == payment.KeyPerCall {
				directive.Reportf(pass, arg, "%s but %s makes a new idempotency key on every call: every attempt is a new request to the provider and a retry after a lost response can charge twice; make the key once before retrying and reuse it", by, fn.Name())
			} else {
				directive.Reportf(pass, arg, "%s without an idempotency key: a retry after a lost response can charge twice; pass an idempotency key made once before retrying", by)
			}
			return true
		})
	}
}

// funcOf returns the function a function-value expression names, or nil.
func funcOf(pass *analysis.Pass, e ast.Expr) *types.Func {
	var id *ast.Ident
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	case *ast.IndexExpr: // generic instantiation: retry.Op[T]
		return funcOf(pass, e.X)
	case *ast.CallExpr: // a conversion such as backoff.Operation(f)
		if len(e.Args) == 1 {
			if tv, ok := pass.TypesInfo.Types[e.Fun]; ok && tv.IsType() {
				return funcOf(pass, e.Args[0])
			}
		}
		return nil
	default:
		return nil
	}
	fn, _ := pass.TypesInfo.Uses[id].(*types.Func)
	if fn != nil {
		fn = fn.Origin()
	}
	return fn
}

// problem returns the message for op repeated by c when the attempts do
// not share one idempotency key, or "".
func problem(pass *analysis.Pass, info *payment.Info, op *payment.Op, c *retry.Construct) string {
	desc := op.Desc
	if desc == "" {
		desc = "payment write"
	}
	by := fmt.Sprintf("%s is retried by %s (line %d)", desc, c.By(), line(pass, c))
	// A loop that goes round only after the write succeeded never repeats
	// it after a lost response. Only for SDK calls (and wrappers of them)
	// and our own wrappers that err on every 4xx/5xx answer: their error
	// covers every failed write; after an HTTP send, or a wrapper
	// returning the response, the loop can go round on a 5xx. For our
	// own wrappers, not when the pass goes round after a wait that gave
	// up while the payment may be pending (leaves.go).
	if c.ErrorLeaves && (op.Method == "" || errsOnEveryFailure(pass, op) && !madeAgainWhilePending(pass, op)) {
		return ""
	}
	origin := payment.KeyOf(pass.TypesInfo, op, c.Attempts())
	if origin.Kind == payment.KeyNone {
		return noKeyProblem(pass, info, op, c, by)
	}
	if c.Kind == retry.Client {
		// The client re-sends the same request, key included.
		return ""
	}
	tail := ": every attempt is a new request to the provider and a retry after a lost response can charge twice; make the key once before retrying and reuse it"
	switch c.Kind {
	case retry.Rows:
		tail = ": every pass is a new request to the provider and a write repeated after a lost response can charge twice; take the key from the row (its id or reference), not one made per pass"
	case retry.Job:
		tail = ": every delivery is a new request to the provider and a write repeated after a lost response can charge twice; take the key from the " + jobPayload(c) + " (the order or payment id), not one made per delivery"
	case retry.Resend:
		tail = ": every send is a new request to the provider and a re-send after a lost response can charge twice; draw the key once before the sender's loop, or set one in the request it is handed, made once for this payment"
	}
	switch origin.Kind {
	case payment.KeyPerCall:
		callee := "the function called"
		switch {
		case origin.Maker != nil:
			callee = origin.Maker.Name()
		case op.Via != nil:
			callee = op.Via.Name()
		}
		every := "call"
		if c.Kind == retry.Resend {
			every = "send" // the sender draws it inside its resend loop
		}
		if origin.Unset != "" {
			return by + " but " + callee + " makes a new idempotency key on every " + every + " when its " + origin.Unset + " is left empty, as here" + tail
		}
		return by + " but " + callee + " makes a new idempotency key on every " + every + tail
	case payment.KeyPerAttempt:
		return fmt.Sprintf("%s with an idempotency key made anew on every attempt (%s, line %d)%s",
			by, render(origin.At), pass.Fset.Position(origin.At.Pos()).Line, tail)
	case payment.KeyFromCounter:
		return fmt.Sprintf("%s with an idempotency key made from the attempt counter %s%s", by, origin.Counter.Name(), tail)
	}
	return ""
}

// noKeyProblem is the message for op retried by c with no key at all.
func noKeyProblem(pass *analysis.Pass, info *payment.Info, op *payment.Op, c *retry.Construct, by string) string {
	// Other SDKs than stripe-go: their name and way to attach a key,
	// or no key at all (providers.go).
	if adv := payment.AdviceFor(op); adv != nil {
		return providerProblem(pass, info, op, c, by, adv)
	}
	if op.AutoKey {
		return by + " without an idempotency key: stripe-go adds a new random key to each call, so each attempt gets a different key and a retry after a lost response can charge twice; set params.IdempotencyKey (SetIdempotencyKey) to a key made once before retrying"
	}
	fix := "pass an idempotency key made once before retrying"
	if op.Method != "" {
		fix = "set an Idempotency-Key made once before retrying"
	}
	switch c.Kind {
	case retry.Rows:
		fix = "take the key from the row (its id or reference), the same on every pass"
	case retry.Job:
		fix = "take the key from the " + jobPayload(c) + " (the order or payment id), the same on every delivery"
	case retry.Resend:
		fix = "set an Idempotency-Key in the request it is handed, made once for this payment (from its id, or drawn once before the call)"
	}
	return by + " without an idempotency key: a retry after a lost response can charge twice; " + fix
}

// errsOnEveryFailure: op's call is of a function that returns an error
// for every 4xx and 5xx answer it gets (retry.StatusErrFact), as an SDK
// call does.
func errsOnEveryFailure(pass *analysis.Pass, op *payment.Op) bool {
	res, _ := pass.ResultOf[retry.Analyzer].(*retry.Result)
	f := res.StatusErr(typeutil.StaticCallee(pass.TypesInfo, op.Call))
	return f != nil && f.Arg == 0
}

// jobPayload names what a job's deliveries carry: a queue's task, or a
// broker's message (retry.Redelivery).
func jobPayload(c *retry.Construct) string {
	if c.Redelivery != nil {
		return "message's payload or id"
	}
	return "task's payload"
}

func line(pass *analysis.Pass, c *retry.Construct) int {
	if !c.Pos.IsValid() {
		return 0
	}
	return pass.Fset.Position(c.Pos).Line
}

func render(n ast.Node) string {
	if e, ok := n.(ast.Expr); ok {
		s := types.ExprString(e)
		if len(s) > 60 {
			s = s[:57] + "..."
		}
		return s
	}
	return "a new value"
}
