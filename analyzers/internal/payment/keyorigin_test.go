package payment_test

import (
	"go/ast"
	"go/types"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

var kindNames = map[payment.KeyKind]string{
	payment.KeyNone: "none", payment.KeyPerCall: "percall", payment.KeyPerAttempt: "perattempt",
	payment.KeyFromCounter: "fromcounter", payment.KeyMadeOnce: "madeonce", payment.KeyFromParam: "fromparam",
	payment.KeyConstant: "constant", payment.KeyDerived: "derived", payment.KeyHidden: "hidden",
}

// keyDebug reports, at every write, payment.KeyOf seen from the innermost
// loop around it (its body the region, its init variables the counters),
// and the client-wide keys payment.SharedClientKeys finds.
var keyDebug = &analysis.Analyzer{
	Name:     "keyorigindebug",
	Doc:      "reports payment.KeyOf (test only)",
	Requires: []*analysis.Analyzer{payment.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		info := pass.ResultOf[payment.Analyzer].(*payment.Info)
		insp := inspector.New(pass.Files)
		insp.WithStack([]ast.Node{(*ast.CallExpr)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
			op := info.Of(n.(*ast.CallExpr))
			if !push || op == nil || !op.Kind.Has(payment.Write) {
				return true
			}
			o := payment.KeyOf(pass.TypesInfo, op, attemptsOf(pass.TypesInfo, stack))
			msg := "origin " + kindNames[o.Kind]
			switch o.Kind {
			case payment.KeyPerAttempt:
				msg += " at " + types.ExprString(o.At.(ast.Expr))
			case payment.KeyFromCounter:
				msg += " " + o.Counter.Name()
			}
			pass.Reportf(n.Pos(), "%s", msg)
			return true
		})
		for op, sk := range payment.SharedClientKeys(pass, info) {
			pass.Reportf(op.Call.Pos(), "shared client key set at line %d, loop at line %d",
				pass.Fset.Position(sk.Set.Pos()).Line, pass.Fset.Position(sk.Loop.Pos()).Line)
		}
		return nil, nil
	},
}

// attemptsOf: the innermost loop in stack as the repeated region.
func attemptsOf(info *types.Info, stack []ast.Node) payment.Attempts {
	for i := len(stack) - 1; i >= 0; i-- {
		switch l := stack[i].(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return payment.Attempts{}
		case *ast.RangeStmt:
			return payment.Attempts{Region: l.Body}
		case *ast.ForStmt:
			a := payment.Attempts{Region: l.Body}
			if as, ok := l.Init.(*ast.AssignStmt); ok {
				for _, e := range as.Lhs {
					if id, ok := e.(*ast.Ident); ok && info.Defs[id] != nil {
						a.Counters = append(a.Counters, info.Defs[id])
					}
				}
			}
			return a
		}
	}
	return payment.Attempts{}
}

// KeyOrigin: each origin kind next to its look-alike.
var _ = cases.Add(keyDebug, "KeyOrigin", "model/keyorigin")

// TestWrapperKeyOf: a wrapper handed to a retry as a value, each call an
// attempt.
func TestWrapperKeyOf(t *testing.T) {
	for _, c := range []struct {
		f    payment.WrapperFact
		want payment.KeyKind
	}{
		{payment.WrapperFact{KeyParam: -1}, payment.KeyNone},
		{payment.WrapperFact{KeyParam: 1}, payment.KeyFromParam},
		{payment.WrapperFact{KeyParam: 1, HasKey: true, FreshKey: true}, payment.KeyFromParam},
		{payment.WrapperFact{KeyParam: -1, HasKey: true, FreshKey: true}, payment.KeyPerCall},
		{payment.WrapperFact{KeyParam: -1, HasKey: true}, payment.KeyHidden},
	} {
		if got := payment.WrapperKeyOf(&c.f).Kind; got != c.want {
			t.Errorf("WrapperKeyOf(%+v) = %s, want %s", c.f, kindNames[got], kindNames[c.want])
		}
		if got := payment.WrapperKeyOf(&c.f).Stable(); got != (c.want >= payment.KeyMadeOnce) {
			t.Errorf("WrapperKeyOf(%+v).Stable() = %v", c.f, got)
		}
	}
}

// TestKeyMaker: a package-level key maker, not a clock, a random number
// or a method.
func TestKeyMaker(t *testing.T) {
	str := types.Typ[types.String]
	one := types.NewTuple(types.NewVar(0, nil, "", str))
	sig := types.NewSignatureType(nil, nil, nil, nil, one, false)
	fn := func(path, name string) *types.Func {
		return types.NewFunc(0, types.NewPackage(path, "p"), name, sig)
	}
	recv := types.NewVar(0, nil, "r", types.NewPointer(str))
	method := types.NewFunc(0, types.NewPackage("github.com/google/uuid", "uuid"), "String",
		types.NewSignatureType(recv, nil, nil, nil, one, false))
	two := types.NewFunc(0, types.NewPackage("example.com/keys", "keys"), "Pair",
		types.NewSignatureType(nil, nil, nil, nil, types.NewTuple(types.NewVar(0, nil, "", str), types.NewVar(0, nil, "", str)), false))
	for _, c := range []struct {
		fn   *types.Func
		want bool
	}{
		{fn("github.com/google/uuid", "NewString"), true},
		{fn("example.com/keys", "NewKey"), true},
		{fn("time", "Now"), false},
		{fn("math/rand", "Int63"), false},
		{fn("math/rand/v2", "Int"), false},
		{method, false},
		{two, false},
		{nil, false},
	} {
		if got := payment.KeyMaker(c.fn); got != c.want {
			t.Errorf("KeyMaker(%v) = %v, want %v", c.fn, got, c.want)
		}
	}
}

// TestKeyStableAcrossCalls: a key made from no fresh value is the same on
// every run of the function; none, a fresh one or a wrapper's per-call
// key is not.
func TestKeyStableAcrossCalls(t *testing.T) {
	fresh := &ast.CallExpr{}
	for _, c := range []struct {
		name string
		key  *payment.Key
		want bool
	}{
		{"none", nil, false},
		{"derived", &payment.Key{Name: "Idempotency-Key", Param: 0}, true},
		{"hidden", &payment.Key{Name: "Idempotency-Key", Param: -1}, true},
		{"fresh", &payment.Key{Name: "Idempotency-Key", Param: -1, Fresh: []ast.Node{fresh}}, false},
		{"fresh in callee", &payment.Key{Name: "Idempotency-Key", Param: -1, FreshInCallee: true}, false},
	} {
		if got := payment.KeyStableAcrossCalls(&payment.Op{Key: c.key}); got != c.want {
			t.Errorf("%s: KeyStableAcrossCalls = %v, want %v", c.name, got, c.want)
		}
	}
}
