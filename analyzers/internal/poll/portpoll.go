package poll

import (
	"go/ast"
	"go/types"
	"path/filepath"
	"reflect"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/goroot"
	"github.com/paylint/paylint/analyzers/internal/payment"
	"github.com/paylint/paylint/analyzers/internal/retry"
)

// ---- polls through an interface bound only in main -------------------------------
//
//	package workers:   type SettleWatcher struct{ square PaymentStatuser }
//	                   for { st, err := w.square.Status(ctx, id); if st == "COMPLETED" { return }; sleep }
//	package squarepay: func (c *Charger) Status(…) { c.sq.Payments.Get(…) }   // imports nothing of workers
//	package main:      workers.NewSettleWatcher(sessions, squareCharger)
//
// In workers the call is no status read the model knows (no
// implementation in sight), so the loop is no poll; in squarepay nothing
// loops. As retry/port_facts.go does for retried writes, the package of
// the loop judges it as if the interface method read the status of the
// payment it is handed: the loop's verdict (its exits, bound, swallowed
// errors) is the one a status read would get, recorded by the rules on
// the holder type under the call's site; the package binding the field
// finds the concrete type it receives (retry.BindCalls) and the rules
// report there when the bound method is a status read (its WrapperFact),
// nothing else: a cache, a mailer, a write bound to the same shape says
// nothing, and each main is judged by its own binding.
//
// A candidate is a call of an interface method held in a field of the
// method's receiver (or an element of one), that the payment model did
// not make an op, taking an argument other than a context (the payment)
// and returning a value besides an error (the status, or the payment).

// PortPoll is one loop that polls if its port call reads a status.
type PortPoll struct {
	Loop   *Loop
	Holder *types.TypeName
	// Call names the field and method ("settle.go:45" is its At); By and
	// Keys are unused.
	Call retry.PortCall
}

// PortPolls finds the package's port polls (its result, []*PortPoll).
var PortPolls = &analysis.Analyzer{
	Name:       "pollports",
	Doc:        "finds loops that poll a payment through an interface bound in main (internal; reports nothing)",
	Requires:   []*analysis.Analyzer{payment.Analyzer, retry.Analyzer, Predicates, GiveUps, funcs.Analyzer},
	ResultType: reflect.TypeOf([]*PortPoll(nil)),
	Run:        runPortPolls,
}

func runPortPolls(pass *analysis.Pass) (any, error) {
	if pass.Pkg == nil || payment.InGOROOT(pass) || payment.Library(pass.Pkg.Path()) {
		return []*PortPoll(nil), nil
	}
	info, _ := pass.ResultOf[payment.Analyzer].(*payment.Info)
	if info == nil {
		return []*PortPoll(nil), nil
	}
	cands := portReads(pass, info)
	if len(cands) == 0 {
		return []*PortPoll(nil), nil
	}
	opOf := func(c *ast.CallExpr) *payment.Op {
		if op := info.Of(c); op != nil {
			return op
		}
		if pc := cands[c]; pc != nil {
			return pc.op
		}
		return nil
	}
	var out []*PortPoll
	for _, l := range Find(pass, opOf).Loops {
		if InTestFile(pass, l.Pos) || len(l.Reads) == 0 {
			continue
		}
		var pc *portRead
		for _, r := range l.Reads {
			c := cands[r.Call]
			if c == nil || pc != nil && c.holder != pc.holder {
				pc = nil // a read the model knows: the poll model's own loop
				break
			}
			if pc == nil {
				pc = c
			}
		}
		if pc != nil {
			out = append(out, &PortPoll{Loop: l, Holder: pc.holder, Call: pc.call})
		}
	}
	return out, nil
}

// portRead is a candidate call and the status read it stands for.
type portRead struct {
	op     *payment.Op
	holder *types.TypeName
	call   retry.PortCall
}

// portReads finds the candidate calls of the package's methods.
func portReads(pass *analysis.Pass, info *payment.Info) map[*ast.CallExpr]*portRead {
	out := map[*ast.CallExpr]*portRead{}
	retry.HolderMethods(pass, func(file *ast.File, fd *ast.FuncDecl, recv *types.Var, holder *types.Named) {
		var repeats []ast.Node // what may repeat a call: Find's cost is paid only there
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ForStmt, *ast.RangeStmt, *ast.FuncLit:
				repeats = append(repeats, n)
			}
			call, ok := n.(*ast.CallExpr)
			if !ok || info.Of(call) != nil || !insideAny(call, repeats) {
				return true
			}
			field, method := retry.PortCallee(pass.TypesInfo, fd.Body, recv, call)
			if field == nil || goroot.Decl(pass.Fset, method) {
				return true
			}
			id := paymentArg(pass.TypesInfo, call)
			if id == nil || !returnsValue(method) {
				return true
			}
			pos := pass.Fset.Position(call.Pos())
			desc := retry.QualMethod(method)
			out[call] = &portRead{
				op:     &payment.Op{Call: call, Kind: payment.StatusRead, Desc: desc, ID: id},
				holder: holder.Obj(),
				call: retry.PortCall{Field: field.Name(), Method: method.Name(), Desc: desc,
					At: filepath.Base(pos.Filename) + ":" + strconv.Itoa(pos.Line)},
			}
			return true
		})
	})
	return out
}

// paymentArg is the first argument of call that is not a context.
func paymentArg(info *types.Info, call *ast.CallExpr) ast.Expr {
	for _, a := range call.Args {
		if t := info.TypeOf(a); t != nil && !isContext(t) {
			return a
		}
	}
	return nil
}

// returnsValue: fn returns something besides an error.
func returnsValue(fn *types.Func) bool {
	res := fn.Type().(*types.Signature).Results()
	return res.Len() >= 1 && res.Len() <= 2 && !isError(res.At(0).Type()) && (res.Len() == 1 || isError(res.At(1).Type()))
}

// PortReadImpl is the status read fn performs, for a binding of a port
// poll: its WrapperFact when it reads a payment's status and writes
// nothing; nil otherwise.
func PortReadImpl(pass *analysis.Pass, fn *types.Func) *payment.WrapperFact {
	info, _ := pass.ResultOf[payment.Analyzer].(*payment.Info)
	f := info.WrapperOf(fn)
	if f == nil || !f.Kind.Has(payment.StatusRead) || f.Kind.Any(payment.Write|payment.Create|payment.Release) {
		return nil
	}
	return f
}

// insideAny: n lies within one of outers.
func insideAny(n ast.Node, outers []ast.Node) bool {
	for _, o := range outers {
		if within(n, o) {
			return true
		}
	}
	return false
}
