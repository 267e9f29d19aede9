package poll

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a poll bounded only by the context its caller hands it ------------------
//
//	// package ach
//	func (c *Collector) AwaitSettlement(ctx context.Context, url string) error {
//		return retry.Do(ctx, retry.NewExponential(10*time.Second), func(ctx context.Context) error {
//			… GetTransfer(ctx, url) … RetryableError while pending …
//		})
//	}
//
//	// package main
//	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
//	go settleACH(ctx, …)          // settleACH: collector.AwaitSettlement(ctx, ref)
//
// A poll whose only bound is the context parameter of its function (a
// select on ctx.Done(), ctx.Err(), a retry library or helper stopping
// with its context) stops when, and only when, that context ends: it
// is bounded as far as its callers make it so. Unseen callers are
// trusted (silent); a call that hands it a context which provably never
// ends while the process runs — context.Background() or TODO(),
// context.WithoutCancel, signal.NotifyContext of such a context (ended
// only by shutting down), or a parameter of a function of the package
// every call of which hands such a context — makes that poll unbounded:
// a payment stuck pending is polled until the process stops. The poll's
// package exports a CtxBoundFact on the function; the calls are judged
// where they are written, in any package; a function handing its own
// context on to such a poll carries the fact (ctxpropagate.go), and a
// value attached (context.WithValue) ends nothing. A context with a
// deadline or a cancel function made anywhere on the way
// (context.WithTimeout, WithCancel), a request's context and a field
// stay unknown: silent.

// CtxBoundFact marks a function that polls a payment's status and is
// bounded only by its context parameter CtxParam.
type CtxBoundFact struct {
	CtxParam int
	// Payment names the polled payment ("payment url"); At is the poll
	// ("collect.go:81").
	Payment string
	At      string
	// Via names the functions the context goes through to the poll when
	// the function hands its own context on to it ("payouts.Sweeper.follow"),
	// "" for the poll itself (ctxpropagate.go).
	Via string
}

// AFact marks CtxBoundFact as an analysis fact.
func (*CtxBoundFact) AFact() {}

func (f *CtxBoundFact) String() string {
	return fmt.Sprintf("polls %s at %s bounded only by parameter %d", f.Payment, f.Where(), f.CtxParam)
}

// Where renders the poll for a message: "await.go:18", "sweep.go:50,
// through payouts.Sweeper.follow".
func (f *CtxBoundFact) Where() string { return f.At + f.describeVia() }

// CtxCall is a call of a poll bounded only by its context that hands it
// a context which never ends.
type CtxCall struct {
	Call   *ast.CallExpr
	Callee string
	Fact   *CtxBoundFact
	// Origin is the call that made the context (context.Background(),
	// signal.NotifyContext(…)).
	Origin *ast.CallExpr
}

// ctxBoundParam returns the index of the context parameter of l's
// function that is the loop's only bound, -1 if the loop has another
// bound, none, or is not the body of a declared function.
func (l *Loop) ctxBoundParam() int {
	fd, ok := l.Func.(*ast.FuncDecl)
	if !ok || l.f == nil || len(l.Bounds) == 0 || !l.StatusExit {
		return -1
	}
	f := l.f
	fn, _ := f.info.Defs[fd.Name].(*types.Func)
	if fn == nil {
		return -1
	}
	var param *types.Var
	for _, b := range l.Bounds {
		ctx := f.boundCtx(b, l)
		if ctx == nil {
			return -1
		}
		if c, ok := f.helperCtx(ctx, l); ok {
			ctx = c
		}
		v := f.varOf(ctx)
		if v == nil || len(f.assigns[v]) > 0 || param != nil && v != param {
			return -1
		}
		param = v
	}
	sig := fn.Type().(*types.Signature)
	for i := 0; i < sig.Params().Len(); i++ {
		if sig.Params().At(i) == param {
			return i
		}
	}
	return -1
}

// boundCtx is the context whose end is bound b: ctx of ctx.Done() or
// ctx.Err(), of a select case on ctx.Done(), the context handed to a
// helper bounded only by it; nil for any other bound.
func (f *finder) boundCtx(b *Bound, l *Loop) ast.Expr {
	doneOrErr := func(e ast.Expr) ast.Expr {
		c, ok := unparen(e).(*ast.CallExpr)
		if !ok || len(c.Args) != 0 {
			return nil
		}
		sel, ok := unparen(c.Fun).(*ast.SelectorExpr)
		fn := f.calleeFunc(c)
		if !ok || fn == nil || fn.Name() != "Done" && fn.Name() != "Err" || !isContext(f.recvType(c)) {
			return nil
		}
		return sel.X
	}
	switch n := b.Node.(type) {
	case *ast.CommClause:
		if strings.HasPrefix(b.What, "select case ") {
			if ch := commChan(n); ch != nil {
				if u, ok := unparen(ch).(*ast.UnaryExpr); ok && u.Op == token.ARROW {
					ch = u.X
				}
				return doneOrErr(ch)
			}
		}
	case *ast.CallExpr:
		if b.What == "ctx.Done()" || b.What == "ctx.Err()" {
			return doneOrErr(n)
		}
		if l.Kind == Helper && ast.Node(n) == l.Node && b.What == "context of "+l.helperName && l.helper.CtxParam >= 0 && l.helper.CtxParam < len(n.Args) {
			return n.Args[l.helper.CtxParam]
		}
	}
	return nil
}

// exportCtxBounds exports the CtxBoundFacts of the package's polls and
// returns them by function, for the package's own calls.
func exportCtxBounds(pass *analysis.Pass, loops []*Loop) map[*types.Func]*CtxBoundFact {
	out := map[*types.Func]*CtxBoundFact{}
	for _, l := range loops {
		if InTestFile(pass, l.Pos) {
			continue
		}
		i := l.ctxBoundParam()
		if i < 0 {
			continue
		}
		fn, _ := pass.TypesInfo.Defs[l.Func.(*ast.FuncDecl).Name].(*types.Func)
		if _, dup := out[fn]; dup {
			continue
		}
		pos := pass.Fset.Position(l.Pos)
		fact := &CtxBoundFact{CtxParam: i, Payment: "payment " + l.IDText(), At: fmt.Sprintf("%s:%d", filepath.Base(pos.Filename), pos.Line)}
		out[fn] = fact
		pass.ExportObjectFact(fn, fact)
	}
	return out
}

// ctxCalls finds the package's calls of polls bounded only by their
// context that hand them a context which never ends.
func ctxCalls(pass *analysis.Pass, local map[*types.Func]*CtxBoundFact) []*CtxCall {
	idx := newCtxIndex(pass)
	if local == nil {
		local = map[*types.Func]*CtxBoundFact{}
	}
	propagateCtxBounds(idx, local) // ctxpropagate.go
	var out []*CtxCall
	for _, s := range idx.sites {
		fn, fact := idx.ctxBoundOf(s.call, local)
		if fact == nil || fact.CtxParam >= len(s.call.Args) || InTestFile(pass, s.call.Pos()) {
			continue
		}
		if idx.judgedInside(fn, fact) {
			continue
		}
		if origin := idx.neverEnds(s.call.Args[fact.CtxParam], s.decl, 0); origin != nil {
			out = append(out, &CtxCall{Call: s.call, Callee: payment.HelperName(fn), Fact: fact, Origin: origin})
		}
	}
	return out
}

// judgedInside: fn, of this package, hands its context on to the poll
// (fact.Via), and the context every call hands it never ends, so the
// call inside fn that hands it on is judged itself (neverEnds follows
// the parameter to these calls): the calls of fn are not judged again.
func (x *ctxIndex) judgedInside(fn *types.Func, fact *CtxBoundFact) bool {
	if fact.Via == "" || fn.Pkg() != x.pass.Pkg {
		return false
	}
	decl := funcs.Of(x.pass).Syntax(fn)
	sig, _ := fn.Type().(*types.Signature)
	if decl == nil || sig == nil || fact.CtxParam >= sig.Params().Len() {
		return false
	}
	return x.paramNeverEnds(sig.Params().At(fact.CtxParam), decl, 0) != nil
}

// Describe renders the context's origin for a message:
// "context.Background() at main.go:12", "signal.NotifyContext at
// main.go:17".
func (c *CtxCall) Describe(pass *analysis.Pass) string {
	fn, _ := typeutil.Callee(pass.TypesInfo, c.Origin).(*types.Func)
	name := types.ExprString(c.Origin.Fun)
	if fn != nil && fn.Pkg() != nil {
		name = fn.Pkg().Name() + "." + fn.Name()
		if fn.Name() == "Background" || fn.Name() == "TODO" {
			name += "()"
		}
	}
	pos := pass.Fset.Position(c.Origin.Pos())
	return fmt.Sprintf("%s at %s:%d", name, filepath.Base(pos.Filename), pos.Line)
}
