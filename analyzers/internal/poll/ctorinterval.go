package poll

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a poll interval handed to a constructor ---------------------------------
//
//	func NewWaiter(c *Client, every time.Duration) *Waiter {
//		return &Waiter{c: c, every: every}
//	}
//	… pollx.Until(ctx, w.every, func(ctx context.Context) (bool, error) { … w.c.Status(ctx, id) … })
//
// The poll waits on a field the package writes only from a parameter of
// a function (its constructor): the interval is whatever the caller
// passes, often a constant in main (NewWaiter(c, 1500*time.Millisecond)).
// The constructor carries an IntervalParamFact naming that parameter and
// the poll, and the constant is judged where the constructor is called.
// A field also written from anything else (a constant default, a setter,
// a configuration value) keeps the model silent.

// IntervalParamFact marks a function whose parameters become the wait
// between status reads of a poll of its package.
type IntervalParamFact struct {
	Params []IntervalParam
}

// IntervalParam is one parameter stored as a poll's interval.
type IntervalParam struct {
	// Param is the parameter's index (receiver not counted).
	Param int
	// Field names the field it is stored in (MomoWaiter.every).
	Field string
	// Poll names the status read polled and At where the poll is
	// (tracking/momo.go:31).
	Poll, At string
}

// AFact marks IntervalParamFact as an analysis fact.
func (*IntervalParamFact) AFact() {}

func (f *IntervalParamFact) String() string {
	var parts []string
	for _, p := range f.Params {
		parts = append(parts, fmt.Sprintf("param %d is %s, the interval of the poll of %s at %s", p.Param, p.Field, p.Poll, p.At))
	}
	return "poll interval: " + strings.Join(parts, "; ")
}

// CtorInterval is a constant handed to such a parameter.
type CtorInterval struct {
	// Arg is the argument, D its value.
	Arg ast.Expr
	D   time.Duration
	// Ctor is the function called.
	Ctor  *types.Func
	Param IntervalParam
}

// CtorIntervals exports the package's IntervalParamFacts and finds the
// constant durations its calls hand to such parameters (of this package
// or of the packages it imports). Its result is []*CtorInterval.
var CtorIntervals = &analysis.Analyzer{
	Name:       "pollctorintervals",
	Doc:        "summarises constructor parameters that become a poll's interval (internal; reports nothing)",
	Requires:   []*analysis.Analyzer{Analyzer, funcs.Analyzer},
	FactTypes:  []analysis.Fact{(*IntervalParamFact)(nil)},
	ResultType: reflect.TypeOf([]*CtorInterval(nil)),
	Run:        runCtorIntervals,
}

func runCtorIntervals(pass *analysis.Pass) (any, error) {
	if pass.Pkg == nil || payment.InGOROOT(pass) || payment.Library(pass.Pkg.Path()) {
		return []*CtorInterval(nil), nil // not merchant code
	}
	res, _ := pass.ResultOf[Analyzer].(*Result)
	if res != nil {
		exportIntervalParams(pass, res.Loops)
	}
	var out []*CtorInterval
	for _, file := range pass.Files {
		ast.Inspect(file, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fn, _ := typeutil.Callee(pass.TypesInfo, call).(*types.Func)
			var fact IntervalParamFact
			if fn == nil || !pass.ImportObjectFact(fn.Origin(), &fact) {
				return true
			}
			for _, p := range fact.Params {
				if p.Param >= len(call.Args) {
					continue
				}
				arg := call.Args[p.Param]
				tv, ok := pass.TypesInfo.Types[arg]
				if !ok || tv.Value == nil {
					continue // a variable, a configuration value: unknown
				}
				if d, exact := constant.Int64Val(constant.ToInt(tv.Value)); exact && d > 0 {
					out = append(out, &CtorInterval{Arg: arg, D: time.Duration(d), Ctor: fn, Param: p})
				}
			}
			return true
		})
	}
	return out, nil
}

// exportIntervalParams marks the functions whose parameter is the only
// value a poll's interval field is given: the poll's only wait is that
// field, and every write of it in the package stores a parameter its
// function never changes.
func exportIntervalParams(pass *analysis.Pass, loops []*Loop) {
	facts := map[*types.Func]*IntervalParamFact{}
	seen := map[*types.Var]bool{}
	for _, l := range loops {
		if l.f == nil || l.f.pkg == nil || len(l.Reads) == 0 || len(l.Waits) != 1 || InTestFile(pass, l.Pos) {
			continue
		}
		w := l.Waits[0]
		if w.Known || w.Grows || w.Replaced || w.Dur == nil {
			continue
		}
		v := fieldOf(pass.TypesInfo, w.Dur)
		if v == nil || seen[v.Origin()] {
			continue
		}
		seen[v.Origin()] = true
		vals := l.f.pkg.fieldWrites()[v.Origin()]
		if vals == nil || vals.other || len(vals.consts) > 0 || len(vals.params) == 0 {
			continue
		}
		pos := pass.Fset.Position(l.Pos)
		at := fmt.Sprintf("%s:%d", filepath.ToSlash(filepath.Join(filepath.Base(filepath.Dir(pos.Filename)), filepath.Base(pos.Filename))), pos.Line)
		for _, p := range vals.params {
			fact := facts[p.fn]
			if fact == nil {
				fact = &IntervalParamFact{}
				facts[p.fn] = fact
			}
			fact.Params = append(fact.Params, IntervalParam{Param: p.index, Field: fieldName(v), Poll: l.Reads[0].Desc, At: at})
		}
	}
	fns := make([]*types.Func, 0, len(facts))
	for fn := range facts {
		fns = append(fns, fn)
	}
	sort.Slice(fns, func(i, j int) bool { return fns[i].Pos() < fns[j].Pos() })
	for _, fn := range fns {
		pass.ExportObjectFact(fn, facts[fn])
	}
}

// fieldName names a field by its struct type: MomoWaiter.every.
func fieldName(v *types.Var) string {
	if v.Pkg() != nil {
		for _, name := range v.Pkg().Scope().Names() {
			tn, ok := v.Pkg().Scope().Lookup(name).(*types.TypeName)
			if !ok {
				continue
			}
			if st, ok := tn.Type().Underlying().(*types.Struct); ok {
				for i := range st.NumFields() {
					if st.Field(i).Origin() == v.Origin() {
						return tn.Name() + "." + v.Name()
					}
				}
			}
		}
	}
	return v.Name()
}

// paramWrite is a field write that stores a parameter of fn.
type paramWrite struct {
	fn    *types.Func
	index int
}

// storedParam returns the write when value is a parameter of fd that fd
// never assigns, ok false otherwise.
func storedParam(info *types.Info, fd *ast.FuncDecl, value ast.Expr) (paramWrite, bool) {
	id, isIdent := unparen(value).(*ast.Ident)
	if fd == nil || !isIdent {
		return paramWrite{}, false
	}
	v, _ := info.Uses[id].(*types.Var)
	fn, _ := info.Defs[fd.Name].(*types.Func)
	if v == nil || fn == nil {
		return paramWrite{}, false
	}
	params := fn.Type().(*types.Signature).Params()
	for i := range params.Len() {
		if params.At(i) == v && !assignedIn(info, fd.Body, v) {
			return paramWrite{fn: fn, index: i}, true
		}
	}
	return paramWrite{}, false
}

// assignedIn: body assigns v, changes it, or takes its address.
func assignedIn(info *types.Info, body *ast.BlockStmt, v *types.Var) bool {
	found := false
	is := func(e ast.Expr) bool {
		id, ok := unparen(e).(*ast.Ident)
		return ok && info.Uses[id] == v
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.AssignStmt:
			for _, l := range x.Lhs {
				found = found || is(l)
			}
		case *ast.IncDecStmt:
			found = found || is(x.X)
		case *ast.UnaryExpr:
			found = found || x.Op.String() == "&" && is(x.X)
		}
		return !found
	})
	return found
}
