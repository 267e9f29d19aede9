package retry

import (
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a backoff operation returning an interface method's error ---------------
//
// cenkalti/backoff retries every error its operation returns except
// backoff.Permanent(err). An operation that is only
//
//	return w.refunder.RefundDeposit(ctx, s)
//
// hands back whatever error the method gives, so what it retries is
// decided by the implementation main binds to the field: when that
// method returns, unclassified, the error of an SDK payment write that
// errs on every answer >= 300 (Adyen's adyen-go-api-library: a 422 or a
// 403 is an error as a 503 is), a refused refund goes round again until
// the policy gives up. In the caller's package no implementation is in
// sight and in the implementation's no retry is: the caller records the
// call on its receiver's type (ErrCallFact), the implementation's
// package marks the method (ErrImplFact), and the binding package
// lists each binding of the two (BindCalls), where retrystatus reports.
// A method that classifies the error (wraps it in Permanent, tests it,
// returns another) or whose write is no SDK call erring on status is
// not marked; an operation doing anything else is not recorded.

// ErrCallFact marks a type whose methods hand a backoff policy an
// operation returning the error of a call through one of its fields.
type ErrCallFact struct{ Calls []PortCall }

// AFact marks ErrCallFact as a fact.
func (*ErrCallFact) AFact() {}

func (f *ErrCallFact) String() string { return "backoff op returns a port's error" }

// ErrImplFact marks a method returning, unclassified, the error of a
// payment write made through an SDK that errs on every status >= 300.
type ErrImplFact struct{ W payment.WrapperFact }

// AFact marks ErrImplFact as a fact.
func (*ErrImplFact) AFact() {}

func (f *ErrImplFact) String() string { return "returns the SDK write's error: " + f.W.Desc }

// ErrPorts records both sides and returns this package's bindings
// ([]PortBound) of such calls to such methods.
var ErrPorts = &analysis.Analyzer{
	Name:       "retryerrport",
	Doc:        "follows backoff operations returning an interface method's error to the implementations main binds (internal; reports nothing)",
	Run:        runErrPorts,
	Requires:   []*analysis.Analyzer{payment.Analyzer, Analyzer, funcs.Analyzer},
	ResultType: reflect.TypeOf([]PortBound(nil)),
	FactTypes:  []analysis.Fact{(*ErrCallFact)(nil), (*ErrImplFact)(nil)},
}

func runErrPorts(pass *analysis.Pass) (any, error) {
	if payment.InGOROOT(pass) || pass.Pkg == nil || payment.Library(pass.Pkg.Path()) {
		return []PortBound(nil), nil
	}
	info, _ := pass.ResultOf[payment.Analyzer].(*payment.Info)
	res, _ := pass.ResultOf[Analyzer].(*Result)
	if info != nil {
		exportImpls(pass, info)
		exportLoopImpls(pass, info) // errloop.go
	}
	if res != nil {
		exportCalls(pass, res)
	}
	any := false
	for _, f := range pass.AllObjectFacts() {
		if _, ok := f.Fact.(*ErrCallFact); ok && f.Object.Pkg() != pass.Pkg {
			any = true
		}
	}
	if !any {
		return []PortBound(nil), nil
	}
	calls := func(tn *types.TypeName) []PortCall {
		f := new(ErrCallFact)
		if tn.Pkg() == pass.Pkg || !pass.ImportObjectFact(tn, f) {
			return nil
		}
		return f.Calls
	}
	impl := func(fn *types.Func) *payment.WrapperFact {
		f := new(ErrImplFact)
		if !pass.ImportObjectFact(fn.Origin(), f) {
			return nil
		}
		return &f.W
	}
	return BindCalls(pass, calls, impl), nil
}

// exportImpls marks the package's exported methods whose last two
// statements are a payment write through an SDK erring on status and
// the return of its error as it is or wrapped with %w.
func exportImpls(pass *analysis.Pass, info *payment.Info) {
	writes := map[*ast.CallExpr]*payment.Op{}
	for _, op := range info.Ops {
		if op != nil && op.Call != nil && op.Kind.Any(payment.Write|payment.Release) && op.Via == nil && ErrsOnStatus(pass.TypesInfo, op.Call) {
			writes[op.Call] = op
		}
	}
	if len(writes) == 0 {
		return
	}
	for _, d := range funcs.Of(pass).Bodies() {
		fd, fn := d.Syntax, d.Func
		if fd.Recv == nil || !fd.Name.IsExported() || len(fd.Body.List) < 2 {
			continue
		}
		sig, _ := fn.Type().(*types.Signature)
		if sig == nil || sig.Results().Len() != 1 || !isErrorType(sig.Results().At(0).Type()) {
			continue
		}
		as, ret := lastWrite(fd.Body)
		if as == nil {
			continue
		}
		call, _ := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
		op := writes[call]
		if op == nil {
			continue
		}
		errID, _ := as.Lhs[len(as.Lhs)-1].(*ast.Ident)
		if errID == nil || !forwardsErr(pass.TypesInfo, ret.Results[0], pass.TypesInfo.ObjectOf(errID)) {
			continue
		}
		pass.ExportObjectFact(fn, &ErrImplFact{W: payment.WrapperFact{Kind: op.Kind, Desc: op.Desc}})
	}
}

// lastWrite reads the end of body: `…, err := call(…); return E`
// with no other return, or `…, err := call(…); if err != nil { return
// E }; return nil` with none before; it returns the assignment and E's
// return.
func lastWrite(body *ast.BlockStmt) (*ast.AssignStmt, *ast.ReturnStmt) {
	list := body.List
	n := len(list)
	if ret, ok := list[n-1].(*ast.ReturnStmt); ok && len(ret.Results) == 1 {
		if as, ok := list[n-2].(*ast.AssignStmt); ok && len(as.Rhs) == 1 && !returnsBefore(body, ret, nil) {
			return as, ret
		}
		id, ok := ast.Unparen(ret.Results[0]).(*ast.Ident)
		if !ok || id.Name != "nil" || n < 3 {
			return nil, nil
		}
		is, ok1 := list[n-2].(*ast.IfStmt)
		as, ok2 := list[n-3].(*ast.AssignStmt)
		if !ok1 || !ok2 || is.Init != nil || is.Else != nil || len(is.Body.List) != 1 || len(as.Rhs) != 1 {
			return nil, nil
		}
		cond, ok := ast.Unparen(is.Cond).(*ast.BinaryExpr)
		if !ok || cond.Op != token.NEQ || !isNilIdent(cond.Y) {
			return nil, nil // only err != nil: another test classifies
		}
		eret, ok := is.Body.List[0].(*ast.ReturnStmt)
		if !ok || len(eret.Results) != 1 || returnsBefore(body, ret, eret) {
			return nil, nil
		}
		return as, eret
	}
	return nil, nil
}

// returnsBefore reports whether body returns anywhere but at last.
func returnsBefore(body *ast.BlockStmt, last, also *ast.ReturnStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			found = found || (n != last && n != also)
		}
		return !found
	})
	return found
}

// forwardsErr: e is errVar, or fmt.Errorf("…%w…", …, errVar).
func forwardsErr(info *types.Info, e ast.Expr, errVar types.Object) bool {
	if errVar == nil {
		return false
	}
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		return info.ObjectOf(id) == errVar
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn == nil || fn.Pkg() == nil || fn.Pkg().Path()+"."+fn.Name() != "fmt.Errorf" || len(call.Args) < 2 || !wraps(info, call.Args[0]) {
		return false
	}
	for _, a := range call.Args[1:] {
		if id, ok := ast.Unparen(a).(*ast.Ident); ok && info.ObjectOf(id) == errVar {
			return true
		}
	}
	return false
}

// exportCalls records, per receiver type, the calls of an interface
// method held in a field of a method's receiver that a cenkalti/backoff
// operation (a function literal) returns as its only statement.
func exportCalls(pass *analysis.Pass, res *Result) {
	info := pass.TypesInfo
	facts := map[*types.TypeName]*ErrCallFact{}
	var order []*types.TypeName
	for _, d := range funcs.Of(pass).Bodies() {
		fd := d.Syntax
		if fd.Recv == nil || len(fd.Recv.List) != 1 || len(fd.Recv.List[0].Names) != 1 {
			continue
		}
		recv, _ := info.Defs[fd.Recv.List[0].Names[0]].(*types.Var)
		holder := holder(recv)
		if holder == nil {
			continue
		}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			opArg, by, ok := res.IsLibrary(call)
			if !ok || !strings.HasPrefix(by, "backoff.") {
				if opArg, by, ok = res.helperOp(info, call); !ok { // errloop.go
					return true
				}
			}
			c, ok := portCallIn(pass, opArg, recv)
			if !ok {
				return true
			}
			c.By, c.Line = by, pass.Fset.Position(call.Pos()).Line
			if facts[holder] == nil {
				facts[holder] = &ErrCallFact{}
				order = append(order, holder)
			}
			facts[holder].Calls = append(facts[holder].Calls, c)
			return true
		})
	}
	for _, tn := range order {
		pass.ExportObjectFact(tn, facts[tn])
	}
}

// holder is the named type of a method's receiver.
func holder(recv *types.Var) *types.TypeName {
	if recv == nil {
		return nil
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := t.(*types.Named); ok {
		return n.Origin().Obj()
	}
	return nil
}

// portCallIn reads an operation `func() error { return
// recv.field.Method(…) }`: the field's type an interface.
func portCallIn(pass *analysis.Pass, opArg ast.Expr, recv *types.Var) (PortCall, bool) {
	info := pass.TypesInfo
	lit, ok := ast.Unparen(opArg).(*ast.FuncLit)
	if !ok || len(lit.Body.List) != 1 {
		return PortCall{}, false
	}
	ret, ok := lit.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) == 0 {
		return PortCall{}, false
	}
	call, ok := ast.Unparen(ret.Results[len(ret.Results)-1]).(*ast.CallExpr)
	if !ok || len(ret.Results) != 1 {
		return PortCall{}, false
	}
	msel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return PortCall{}, false
	}
	fsel, ok := ast.Unparen(msel.X).(*ast.SelectorExpr)
	if !ok {
		return PortCall{}, false
	}
	rid, ok := ast.Unparen(fsel.X).(*ast.Ident)
	if !ok || info.ObjectOf(rid) != recv {
		return PortCall{}, false
	}
	field, _ := info.ObjectOf(fsel.Sel).(*types.Var)
	if field == nil || !field.IsField() || !types.IsInterface(field.Type()) {
		return PortCall{}, false
	}
	m, _ := info.ObjectOf(msel.Sel).(*types.Func)
	if m == nil {
		return PortCall{}, false
	}
	desc := m.Name()
	if n, ok := types.Unalias(field.Type()).(*types.Named); ok {
		desc = n.Obj().Pkg().Name() + "." + n.Obj().Name() + "." + m.Name()
	}
	pos := pass.Fset.Position(call.Pos())
	return PortCall{Field: field.Name(), Method: m.Name(), Desc: desc, At: filepath.Base(pos.Filename) + ":" + strconv.Itoa(pos.Line)}, true
}

// Bindings returns the bindings in pass's package (of an analyzer
// requiring ErrPorts) of such calls to such methods, once per node,
// each with the message the rule reports there.
func Bindings(pass *analysis.Pass) (nodes []ast.Node, msgs []string) {
	bound, _ := pass.ResultOf[ErrPorts].([]PortBound)
	done := map[ast.Node]bool{}
	for _, b := range bound {
		if done[b.Node] || b.Fact == nil {
			continue
		}
		done[b.Node] = true
		nodes = append(nodes, b.Node)
		if m := bindingMsg(b); m != "" { // errloop.go
			msgs = append(msgs, m)
			continue
		}
		msgs = append(msgs, b.Holder+" retries "+b.Call.Desc+" ("+b.Call.At+") with "+b.Call.By+" (line "+strconv.Itoa(b.Call.Line)+
			"), its operation returning the method's error as it is; bound here to "+ImplName(b.Impl)+" ("+b.Fact.Desc+
			"), whose SDK errs on every status >= 300: every 4xx is retried, including 400/403/404/422, which will fail the same way again; return backoff.Permanent(err) for them")
	}
	return nodes, msgs
}
