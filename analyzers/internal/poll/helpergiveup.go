package poll

import (
	"fmt"
	"go/ast"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a generic poll helper of another package that gives up -----------------
//
//	func PollUntil[T any](ctx context.Context, every, maxWait time.Duration,
//		read func(context.Context) (T, error), final func(T) bool) (T, bool, error) {
//		ctx, cancel := context.WithTimeout(ctx, maxWait)
//		…
//		for {
//			… v, err := read(ctx); if final(v) { return v, true, nil } …
//			select {
//			case <-ctx.Done():
//				return last, false, nil
//			case <-t.C:
//			}
//		}
//	}
//
// The helper reads no payment itself (its callback does), so the poll
// model of its package sees no poll; what it returns when its own timeout
// ends the wait is a summary of its own (GiveUpFact), exported so that a
// caller in another package can follow its pass with those values: a
// loop that creates a payout, waits for it through the helper and goes
// round when done is false creates a second payout while the first may
// still settle (rewait.go).

// GiveUpFact is what a function returns when a timeout it gives its own
// context ends its `for {}` loop.
type GiveUpFact struct {
	Results []GiveUpVal
}

// GiveUpVal is one result: an absKind with its bool or string, or the
// name of an exported sentinel error of the helper's package.
type GiveUpVal struct {
	Kind     int
	B        bool
	S        string
	Sentinel string
}

// AFact marks GiveUpFact as an analysis fact.
func (*GiveUpFact) AFact() {}

func (f *GiveUpFact) String() string {
	parts := make([]string, len(f.Results))
	for i, v := range f.Results {
		parts[i] = "?" // a held record's status travels in WaiterFact only
		switch {
		case v.Sentinel != "":
			parts[i] = v.Sentinel
		case absKind(v.Kind) != absPending:
			parts[i] = describeGiveUp(v.Kind, v.B, v.S, "")
		}
	}
	return "gives up with (" + strings.Join(parts, ", ") + ")"
}

// describeGiveUp words one give-up result for a fact's String (the facts
// tests compare them): its kind with its bool, string or status field.
func describeGiveUp(kind int, b bool, s, field string) string {
	switch absKind(kind) {
	case absNil:
		return "nil"
	case absErr, absDeadline:
		return "error"
	case absBool:
		return fmt.Sprint(b)
	case absString:
		return fmt.Sprintf("%q", s)
	case absPending:
		return "pending" + field
	}
	return "?"
}

// GiveUps exports the GiveUpFacts of a package; its result answers for
// the package and its imports.
var GiveUps = &analysis.Analyzer{
	Name:       "pollgiveups",
	Doc:        "summarises what helpers return when their own timeout ends their loop (internal; reports nothing)",
	Requires:   []*analysis.Analyzer{funcs.Analyzer},
	FactTypes:  []analysis.Fact{(*GiveUpFact)(nil)},
	ResultType: reflect.TypeOf((*GiveUpIndex)(nil)),
	Run:        runGiveUps,
}

// GiveUpIndex looks up GiveUpFacts.
type GiveUpIndex struct {
	pass *analysis.Pass
}

// of returns fn's give-up values, nil when it has none.
func (g *GiveUpIndex) of(fn *types.Func) []absVal {
	var fact GiveUpFact
	if g == nil || fn == nil || !g.pass.ImportObjectFact(fn.Origin(), &fact) {
		return nil
	}
	out := make([]absVal, len(fact.Results))
	for i, v := range fact.Results {
		out[i] = absVal{kind: absKind(v.Kind), b: v.B, s: v.S}
		if v.Sentinel != "" {
			out[i] = importedSentinel(fn.Origin(), v.Sentinel) // deadlinegiveup.go
		}
	}
	return out
}

func runGiveUps(pass *analysis.Pass) (any, error) {
	g := &GiveUpIndex{pass: pass}
	if pass.Pkg == nil || payment.InGOROOT(pass) || payment.Library(pass.Pkg.Path()) {
		return g, nil // not merchant code
	}
	var f *finder // one per file
	for _, d := range funcs.Of(pass).Bodies() {
		fd, fn := d.Syntax, d.Func
		if fd.Type.Results == nil || !takesFunc(pass.TypesInfo, fd) {
			continue
		}
		if f == nil || f.file != d.File {
			f = newFinder(pass, func(*ast.CallExpr) *payment.Op { return nil }, d.File)
		}
		if vals := f.ownBoundGiveUp(fd); vals != nil { // capgiveup.go
			fact := &GiveUpFact{}
			for _, v := range vals {
				kind, name := giveUpSentinel(fn, v) // deadlinegiveup.go
				fact.Results = append(fact.Results, GiveUpVal{Kind: int(kind), B: v.b, S: v.s, Sentinel: name})
			}
			pass.ExportObjectFact(fn, fact)
		}
	}
	return g, nil
}

// takesFunc: fd has a func-typed parameter (a callback it repeats).
func takesFunc(info *types.Info, fd *ast.FuncDecl) bool {
	for _, field := range fd.Type.Params.List {
		if _, ok := info.TypeOf(field.Type).Underlying().(*types.Signature); ok {
			return true
		}
	}
	return false
}

// ownTimeoutGiveUp returns what fd returns from the select case of its
// one `for {}` statement that receives the Done channel of a context fd
// gives a timeout, nil when unknown (a sentinel error, an unknown path).
func (f *finder) ownTimeoutGiveUp(fd *ast.FuncDecl) []absVal {
	var loop *ast.ForStmt
	for _, s := range fd.Body.List {
		if fs, ok := s.(*ast.ForStmt); ok && fs.Cond == nil {
			if loop != nil {
				return nil
			}
			loop = fs
		}
	}
	if loop == nil {
		return nil
	}
	var out []absVal
	ok := true
	ast.Inspect(loop.Body, func(n ast.Node) bool {
		if _, lit := n.(*ast.FuncLit); lit || !ok {
			return false
		}
		cc, isCase := n.(*ast.CommClause)
		if !isCase || !f.receivesOwnDone(cc, fd) {
			return true
		}
		w := &walker{f: f, vars: env{}}
		if w.stmts(cc.Body) != walkReturn || out != nil {
			ok = false
			return false
		}
		for _, v := range w.ret {
			if v.kind == absPending {
				ok = false // not carried across packages (a sentinel is: deadlinegiveup.go)
			}
		}
		out = w.ret
		return true
	})
	if !ok {
		return nil
	}
	return out
}

// receivesOwnDone: the case receives ctx.Done() of a context fd made
// with a timeout or deadline.
func (f *finder) receivesOwnDone(cc *ast.CommClause, fd *ast.FuncDecl) bool {
	var recv ast.Expr
	switch c := cc.Comm.(type) {
	case *ast.ExprStmt:
		recv = c.X
	case *ast.AssignStmt:
		if len(c.Rhs) == 1 {
			recv = c.Rhs[0]
		}
	}
	u, ok := unparen(recv).(*ast.UnaryExpr)
	if !ok || u.Op.String() != "<-" {
		return false
	}
	if f.ownTimer(u.X, fd) { // owntimer.go: <-deadline.C of its own timer
		return true
	}
	call, ok := unparen(u.X).(*ast.CallExpr)
	if !ok {
		return false
	}
	sel, ok := unparen(call.Fun).(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "Done" && isContext(f.info.TypeOf(sel.X)) && f.timeoutIn(sel.X, fd.Body)
}

// helperRewaits finds the payments made again around calls of helpers
// with a GiveUpFact whose repeated callback reads the payment's status.
func (f *finder) helperRewaits(g *GiveUpIndex) []*Recreate {
	if f.helpers == nil || g == nil {
		return nil
	}
	var out []*Recreate
	ast.Inspect(f.file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		fn, _ := typeutil.Callee(f.info, call).(*types.Func)
		h := f.helpers.Helper(fn)
		if h == nil || h.Param >= len(call.Args) {
			return true
		}
		giveUp := g.of(fn)
		lit := f.handedLit(call.Args[h.Param])
		if giveUp == nil || lit == nil {
			return true
		}
		idVar := f.readIDIn(lit)
		if idVar == nil {
			return true
		}
		w := &waiter{fn: fn, param: -1, giveUp: giveUp}
		if rc := f.rewaitOn(call, idVar, w); rc != nil {
			out = append(out, rc)
		}
		return true
	})
	return out
}

// readIDIn returns the variable at the root of the id every status read
// in lit reads, nil when there is none or they differ.
func (f *finder) readIDIn(lit *ast.FuncLit) *types.Var {
	var v *types.Var
	for c, op := range f.ops {
		if !within(c, lit.Body) || !op.Kind.Has(payment.StatusRead) {
			continue
		}
		if op.ID == nil {
			return nil
		}
		rv := f.varOf(rootOf(f.formatted(wrappedID(op.ID))))
		if rv == nil || v != nil && rv != v {
			return nil
		}
		v = rv
	}
	return v
}
