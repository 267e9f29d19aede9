package handler

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"

	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- webhookack: slow work before the 2xx ------------------------------------

// SlowFact is exported (by webhookack) for a function that does slow or
// external work before it returns: Desc says what ("calls an external
// API (http.Client.Do)"); StatusRead: that work is one payment status
// read from the provider and nothing else.
type SlowFact struct {
	Desc       string
	StatusRead bool
	// PastVerify: a verifier doing Desc's work after its own check
	// (pastverify.go).
	PastVerify bool
}

// AFact marks SlowFact as a fact.
func (*SlowFact) AFact() {}

func (f *SlowFact) String() string { return "slow: " + f.Desc }

// SlowModeledFact is a package fact: webhookack summarised the package, so
// a function of it without a SlowFact does nothing slow.
type SlowModeledFact struct{}

// AFact marks SlowModeledFact as a fact.
func (*SlowModeledFact) AFact() {}

func (*SlowModeledFact) String() string { return "slow work modeled" }

// Slow is one slow call (or channel receive) in a handler.
type Slow struct {
	Node       ast.Node
	Desc       string
	StatusRead bool
}

// Answer is how far a handler has answered when a slow call runs.
type Answer int

// Answers.
const (
	// NotAnswered: nothing written yet.
	NotAnswered Answer = iota
	// Buffered: a status or body is written but not flushed: net/http
	// (and gin, echo, fiber) send it only when the handler returns.
	Buffered
)

// Ack finds slow work done before a webhook handler answers.
type Ack struct {
	m     *Model
	pass  *analysis.Pass
	local map[*types.Func]*SlowFact
	decls *funcs.Set
	ifx   *ifaceFx // interface calls of summaries (slowiface.go)

	// verified: verifies' answers by callee (asked of every call of
	// every round of Summarize).
	verified map[*types.Func]bool
	a17      *work // the payment work of processpath.go; nil: the first slow call
}

// NewAck prepares the ack engine of a package for the rule's pass.
func NewAck(pass *analysis.Pass, m *Model) *Ack {
	return &Ack{m: m, pass: pass, local: map[*types.Func]*SlowFact{}, decls: funcs.Of(pass)}
}

// Summarize computes the SlowFacts of the package's functions and
// exports them.
func (a *Ack) Summarize() {
	a.pass.ExportPackageFact(&SlowModeledFact{})
	fds, objs := declsInOrder(a.decls)
	for round := 0; round < 4; round++ {
		changed := false
		for i, fd := range fds {
			f := a.summary(fd)
			if old := a.local[objs[i]]; (old == nil) != (f == nil) || old != nil && *old != *f {
				changed = true
				if f == nil {
					delete(a.local, objs[i])
				} else {
					a.local[objs[i]] = f
				}
			}
		}
		if !changed {
			break
		}
	}
	for i := range fds {
		if f := a.local[objs[i]]; f != nil {
			a.pass.ExportObjectFact(objs[i], f)
		}
	}
}

func (a *Ack) summary(fd *ast.FuncDecl) *SlowFact {
	slow := a.ifaceSlowIn(fd.Body, a.slowIn(fd.Body))
	if len(slow) == 0 {
		return nil
	}
	f := &SlowFact{Desc: slow[a.summaryPick(fd, slow)].Desc, StatusRead: len(slow) == 1 && slow[0].StatusRead || a.tokenRead(fd, slow)} // tokenread.go
	a.pastVerify(fd.Body, slow, f)
	return f
}

// Before returns the first slow call of webhook handler h made before it
// answers, and how far it had answered then; nil if none. A single
// payment status read (the webhook verified by fetching the payment back)
// is allowed.
func (a *Ack) Before(h *Handler) (*Slow, Answer) {
	if h.Fn == nil {
		return nil, NotAnswered
	}
	return a.firstBefore(h, a.slowIn(h.Body))
}

// firstBefore is the first of slow made before h answers (one payment
// status read allowed): Before's test, also for the slow work behind
// interface calls (ifacefx.go).
func (a *Ack) firstBefore(h *Handler, slow []Slow) (*Slow, Answer) {
	reads := 0
	for _, s := range slow {
		if s.StatusRead {
			reads++
		}
	}
	writes, flushes := a.m.answers(h.Fn)
	at := func(i int) (Answer, bool) { // slow[i] is made before the answer is sent
		s := &slow[i]
		if s.StatusRead && reads == 1 {
			return NotAnswered, false
		}
		in := a.m.instrNear(h.Fn, s.Node)
		if in == nil || anyPrecedes(flushes, in) {
			return NotAnswered, false
		}
		if anyPrecedes(writes, in) {
			return Buffered, true
		}
		return NotAnswered, true
	}
	for i := range slow {
		if ans, ok := at(i); ok {
			return a.processing(h, slow, i, ans, at) // processpath.go: the processing path's
		}
	}
	return nil, NotAnswered
}

// slowIn lists the slow calls made synchronously in body: not in a go
// statement or a function literal (work handed to a goroutine, a queue or
// a job); waiting for such work (WaitGroup.Wait, a channel receive) is.
func (a *Ack) slowIn(body *ast.BlockStmt) []Slow {
	async := false
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.GoStmt); ok {
			async = true
		}
		return !async
	})
	var out []Slow
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.GoStmt, *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if s, ok := a.slowCall(x, async); ok {
				out = append(out, s)
			}
		case *ast.UnaryExpr:
			if x.Op == token.ARROW && async {
				out = append(out, Slow{Node: x, Desc: "waits on a channel for work it started in a goroutine"})
			}
		}
		return true
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].Node.Pos() < out[j].Node.Pos() })
	return out
}

// slowCall classifies one call: through the callee's SlowFact, or as an
// outbound HTTP request, a provider SDK call, mail, a sleep, a retry
// library, or a wait for work started in a goroutine.
func (a *Ack) slowCall(call *ast.CallExpr, async bool) (Slow, bool) {
	fn := a.m.calleeFunc(call)
	if fn != nil {
		fn = fn.Origin()
	}
	if fn != nil && httpSend(fn) && payment.PostgRESTRequest(a.pass.TypesInfo, a.pass.Files, call) {
		return Slow{}, false // payment/postgrestrequest.go: the app's own database over HTTP, never a provider's
	}
	if payment.DatabaseOverHTTP(fn) {
		return Slow{}, false // payment/dbhttp.go: a query of the app's own database through PostgREST's client
	}
	if a.verifiesOnly(fn) {
		return Slow{}, false // verification comes before the answer (PayPal's is a remote call)
	}
	if op := a.m.info.Of(call); op != nil && op.Kind.Has(payment.StatusRead) && !op.Kind.Has(payment.Write) &&
		fn != nil && fn.Pkg() == a.pass.Pkg {
		// A status read sent through the package's own sender (c.post(ctx,
		// "/query", …)): what the sender does to send it — fetching an
		// access token first — is part of that one read.
		return Slow{Node: call, Desc: "calls the payment provider (" + op.Desc + ")", StatusRead: true}, true
	}
	if f := a.fact(fn); f != nil {
		return Slow{Node: call, Desc: "calls " + qual(fn) + ", which " + f.Desc, StatusRead: f.StatusRead}, true
	}
	if op := a.m.info.Of(call); op != nil && op.Kind.Any(payment.Write|payment.StatusRead|payment.Create|payment.Release) && !a.modeled(fn) {
		// A create that moves no money (a setup-mode session) is still a
		// remote call that delays the answer, and no status read (r16);
		// so is a release (a void, Paddle's subscription cancel).
		read := !op.Kind.Any(payment.Write | payment.Create | payment.Release)
		return Slow{Node: call, Desc: "calls the payment provider (" + op.Desc + ")", StatusRead: read}, true
	}
	if d, ok := payment.StripeRequest(fn); ok { // payment/stripeapicall.go: an update of a subscription, a customer
		return Slow{Node: call, Desc: "calls the payment provider (" + d + ")"}, true
	}
	if s, ok := a.helperSlow(call, fn); ok { // helperslow.go: a callback retried by a helper of the merchant's
		return s, true
	}
	if s, ok := a.txSlow(call, fn); ok { // txslow.go: a callback run in line by a transaction
		return s, true
	}
	switch {
	case fn == nil:
		return Slow{}, false
	case httpSend(fn):
		return Slow{Node: call, Desc: "calls an external API (" + qual(fn) + ")"}, true
	case mailCall(fn) && !queuePort(fn) && !a.m.queued(fn): // queueport.go, queuedsender.go: a queue's sender is judged by what it does
		return Slow{Node: call, Desc: "sends a message (" + qual(fn) + ")"}, true
	case pkgOf(fn) == "time" && fn.Name() == "Sleep":
		return Slow{Node: call, Desc: "sleeps (time.Sleep)"}, true
	case retryLib(fn):
		return Slow{Node: call, Desc: "retries work (" + qual(fn) + ")"}, true
	case async && waits(fn):
		return Slow{Node: call, Desc: "waits for work it started in a goroutine (" + qual(fn) + ")"}, true
	}
	return Slow{}, false
}

// verifies: fn is a signature verifier the model knows, or a function
// named as one (verifyRemote, CheckSignature) that returns an error or a
// bool: verification is work a webhook does before it answers.
func (a *Ack) verifies(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	if v, ok := a.verified[fn]; ok {
		return v
	}
	if a.verified == nil {
		a.verified = map[*types.Func]bool{}
	}
	v := a.verifiesOnce(fn)
	a.verified[fn] = v
	return v
}

// verifiesOnce is verifies' work, done once per callee: the model's
// verifiers are all known when the rules' summaries are made.
func (a *Ack) verifiesOnce(fn *types.Func) bool {
	if _, ok := a.m.verifierObj(fn, func() bool { return false }); ok {
		return true
	}
	sig, _ := fn.Type().(*types.Signature)
	return verifierName(fn.Name()) && kindOfSig(sig) != 0
}

func (a *Ack) fact(fn *types.Func) *SlowFact {
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	if fn.Pkg() == a.pass.Pkg {
		return a.local[fn]
	}
	f := new(SlowFact)
	if a.pass.ImportObjectFact(fn, f) {
		return f
	}
	return nil
}

// modeled: fn is a function whose body the rule summarised (a wrapper op
// without a SlowFact does nothing slow).
func (a *Ack) modeled(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	if fn.Pkg() == a.pass.Pkg {
		return a.decls.Syntax(fn) != nil
	}
	return a.pass.ImportPackageFact(fn.Pkg(), new(SlowModeledFact))
}

// httpSend: a call that sends an HTTP request: (*http.Client).Do / Get /
// Post / PostForm / Head, http.Get / Post / PostForm / Head, resty's
// request verbs and Execute, go-retryablehttp's client.
func httpSend(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	p, n := fn.Pkg().Path(), fn.Name()
	switch {
	case p == "net/http":
		switch n {
		case "Do", "Get", "Post", "PostForm", "Head":
			return recvName(fn) == "Client" || recvName(fn) == ""
		}
	case strings.HasPrefix(p, "github.com/go-resty/resty"):
		switch n {
		case "Get", "Post", "Put", "Patch", "Delete", "Execute", "Send", "Head", "Options":
			return recvName(fn) == "Request"
		}
	case strings.HasPrefix(p, "github.com/hashicorp/go-retryablehttp"):
		switch n {
		case "Do", "Get", "Post", "PostForm", "Head":
			return true
		}
	}
	return requestDoer(fn)
}

// requestDoer: fn is an interface's method taking an *http.Request and
// answering an *http.Response (Do, RoundTrip): the HTTP client a library
// lets its user swap (a bot library's Client HTTPClient field, an SDK's
// Doer). Whatever implements it, the call sends that request; a test's
// fake is out of the build the linter sees.
func requestDoer(fn *types.Func) bool {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil || !types.IsInterface(sig.Recv().Type()) {
		return false
	}
	if sig.Params().Len() != 1 || sig.Results().Len() != 2 {
		return false
	}
	return netHTTPPtr(sig.Params().At(0).Type(), "Request") && netHTTPPtr(sig.Results().At(0).Type(), "Response") &&
		types.Identical(sig.Results().At(1).Type(), types.Universe.Lookup("error").Type())
}

// netHTTPPtr: t is *net/http.<name>.
func netHTTPPtr(t types.Type, name string) bool {
	ptr, ok := t.(*types.Pointer)
	if !ok {
		return false
	}
	named, ok := ptr.Elem().(*types.Named)
	return ok && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "net/http" && named.Obj().Name() == name
}

func recvName(fn *types.Func) string {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return ""
	}
	t := sig.Recv().Type()
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// retryLib: a retry library's entry point (it sleeps between attempts).
func retryLib(fn *types.Func) bool {
	p := pkgOf(fn)
	switch {
	case strings.HasPrefix(p, "github.com/cenkalti/backoff"):
		return strings.HasPrefix(fn.Name(), "Retry")
	case strings.HasPrefix(p, "github.com/avast/retry-go"), strings.HasPrefix(p, "github.com/sethvargo/go-retry"):
		return fn.Name() == "Do" || fn.Name() == "DoWithData"
	}
	return false
}

// waits: WaitGroup.Wait, errgroup's Wait.
func waits(fn *types.Func) bool {
	p := pkgOf(fn)
	return fn.Name() == "Wait" && (p == "sync" && recvName(fn) == "WaitGroup" || p == "golang.org/x/sync/errgroup")
}

// answers returns the calls of fn that write the answer (WriteHeader,
// Write, a framework's c.JSON / c.Status / c.NoContent / SendStatus…) and
// those that flush it to the client (http.Flusher.Flush,
// http.ResponseController.Flush).
func (m *Model) answers(fn *ssa.Function) (writes, flushes []ssa.Instruction) {
	for _, b := range fn.Blocks {
		for _, in := range b.Instrs {
			_, o := instrCallee(in)
			switch {
			case o == nil || !webPkg(pkgOf(o)):
			case o.Name() == "Flush":
				flushes = append(flushes, flusherGuard(in))
			case answerMethod(o.Name()):
				writes = append(writes, in)
			}
		}
	}
	return writes, flushes
}

// flusherGuard: for a flush inside `if f, ok := w.(http.Flusher); ok {…}`,
// the if that tests ok, so the flush counts on both of its branches: every
// ResponseWriter net/http hands a handler is a Flusher, so the other branch
// is never taken. Any other flush is itself.
func flusherGuard(flush ssa.Instruction) ssa.Instruction {
	b := flush.Block()
	if len(b.Preds) != 1 || len(b.Preds[0].Succs) != 2 || b.Preds[0].Succs[0] != b {
		return flush
	}
	guard := b.Preds[0]
	ifs, ok := guard.Instrs[len(guard.Instrs)-1].(*ssa.If)
	if !ok {
		return flush
	}
	ext, ok := ifs.Cond.(*ssa.Extract)
	if !ok || ext.Index != 1 {
		return flush
	}
	ta, ok := ext.Tuple.(*ssa.TypeAssert)
	if !ok || !ta.CommaOk {
		return flush
	}
	if named, ok := ta.AssertedType.(*types.Named); !ok || named.Obj().Pkg() == nil ||
		named.Obj().Pkg().Path() != "net/http" || named.Obj().Name() != "Flusher" {
		return flush
	}
	return ifs
}

func answerMethod(n string) bool {
	switch n {
	case "WriteHeader", "Write", "WriteString", "Status", "JSON", "String", "NoContent", "Data", "XML",
		"SendStatus", "SendString", "Send", "Blob", "AbortWithStatus", "AbortWithStatusJSON":
		return true
	}
	return false
}

// anyPrecedes: one of xs runs before in on every path to it.
func anyPrecedes(xs []ssa.Instruction, in ssa.Instruction) bool {
	for _, x := range xs {
		if x.Block() == in.Block() {
			for _, y := range x.Block().Instrs {
				if y == x {
					return true
				}
				if y == in {
					break
				}
			}
			continue
		}
		if x.Block().Dominates(in.Block()) {
			return true
		}
	}
	return false
}
