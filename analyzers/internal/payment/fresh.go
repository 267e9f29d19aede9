package payment

import (
	"go/ast"
	"go/types"
	"strings"
)

// newKey builds a Key and traces where its value comes from.
func (b *builder) newKey(name string, at ast.Node, value ast.Expr, decl *ast.FuncDecl) *Key {
	k := &Key{Name: name, At: at, Value: value, Param: -1}
	if value != nil {
		t := b.trace(value, decl)
		k.Fresh, k.Param = t.fresh, t.param
		if k.Param >= 0 && b.freshEveryCall(t.sure, decl) {
			// o.No + "-" + time.Now(): new on every call whatever the
			// caller passes; not the caller's key (key_percall.go).
			k.Param = -1
		}
		if field, p := b.fieldFallback(value, decl); field != "" && p == k.Param {
			k.Field, k.Fallback = field, true // keyfallback.go
		}
	}
	return k
}

// traceFresh follows a key value through local variables, conversions,
// fmt.Sprint*, concatenation and method calls to the calls that make a
// new unique value each time they run, and to the parameter of decl it
// derives from (-1 if none).
func (b *builder) traceFresh(e ast.Expr, decl *ast.FuncDecl) ([]ast.Node, int) {
	t := b.trace(e, decl)
	return t.fresh, t.param
}

func (b *builder) trace(e ast.Expr, decl *ast.FuncDecl) *freshTracer {
	t := &freshTracer{b: b, decl: decl, param: -1, seen: map[*types.Var]bool{}}
	t.walk(e, 0)
	return t
}

type freshTracer struct {
	b     *builder
	decl  *ast.FuncDecl
	fresh []ast.Node
	// sure are the fresh values reached only through operations that
	// keep them in the result (concatenation, fmt.Sprintf, a method of
	// the value): not through a call that may pick another argument
	// (cmp.Or(key, uuid.NewString())).
	sure  []ast.Node
	blind int // > 0 while walking the arguments of such a call
	param int
	seen  map[*types.Var]bool
	steps int
}

// found records a fresh value.
func (t *freshTracer) found(n ast.Node) {
	t.fresh = append(t.fresh, n)
	if t.blind == 0 {
		t.sure = append(t.sure, n)
	}
}

func (t *freshTracer) walk(e ast.Expr, depth int) {
	t.steps++
	if e == nil || depth > 16 || t.steps > 400 {
		return
	}
	ix := t.b.ix
	switch x := unparen(e).(type) {
	case *ast.BasicLit, *ast.FuncLit:
	case *ast.Ident:
		v := ix.identVar(x)
		if v == nil || t.seen[v] {
			return
		}
		t.seen[v] = true
		if ref, ok := ix.paramOf[v]; ok {
			if ref.Decl != nil && ref.Decl == t.decl && t.param < 0 {
				t.param = ref.Index
			}
			return
		}
		if v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
			return // package-level: made once
		}
		// A variable given several values (a default, then the caller's
		// when set) may not hold the fresh one: not surely fresh.
		multi := len(ix.assigns[v]) > 1
		if multi {
			t.blind++
		}
		for _, a := range ix.assigns[v] {
			t.walk(a.RHS, depth+1)
		}
		if multi {
			t.blind--
		}
		for _, c := range ix.argCalls[v] {
			if t.b.isFreshFill(c) {
				t.found(c)
			}
		}
	case *ast.CallExpr:
		if tv, ok := ix.info.Types[x.Fun]; ok && tv.IsType() {
			for _, a := range x.Args {
				t.walk(a, depth+1)
			}
			return
		}
		fn := calleeOf(ix.info, x)
		if t.b.isFreshCall(fn) || t.b.freshFunc(fn) || t.b.isCounterStep(x, fn) || fn == nil && t.b.freshFuncField(x) { // makerfield.go
			t.found(x)
			return
		}
		if sel, ok := unparen(x.Fun).(*ast.SelectorExpr); ok {
			if s, ok := ix.info.Selections[sel]; ok && s.Kind() == types.MethodVal {
				t.walk(sel.X, depth+1)
			}
		}
		keeps := keepsArgs(fn)
		if !keeps {
			t.blind++
		}
		for _, a := range x.Args {
			t.walk(a, depth+1)
		}
		if !keeps {
			t.blind--
		}
	case *ast.SelectorExpr:
		if _, ok := ix.info.Uses[x.Sel].(*types.Var); ok {
			t.walk(x.X, depth+1)
		}
	case *ast.BinaryExpr:
		t.walk(x.X, depth+1)
		t.walk(x.Y, depth+1)
	case *ast.UnaryExpr:
		t.walk(x.X, depth+1)
	case *ast.StarExpr:
		t.walk(x.X, depth+1)
	case *ast.IndexExpr:
		t.walk(x.X, depth+1)
	case *ast.SliceExpr:
		t.walk(x.X, depth+1)
	case *ast.CompositeLit:
		for _, el := range x.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				el = kv.Value
			}
			t.walk(el, depth+1)
		}
	case *ast.TypeAssertExpr:
		t.walk(x.X, depth+1)
	}
}

var (
	ulidPath   = moduleRoots{"github.com/oklog/ulid"}
	uuidOther  = moduleRoots{"github.com/gofrs/uuid", "github.com/satori/uuid"}
	stripeRoot = moduleRoots{"github.com/stripe/stripe-go"}
)

// isFreshCall: fn makes a new unique value each time it runs.
func (b *builder) isFreshCall(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	path, name := funcPath(fn), fn.Name()
	switch {
	case path == "github.com/google/uuid":
		switch name {
		case "New", "NewString", "NewRandom", "NewUUID", "NewV6", "NewV7", "NewRandomFromReader", "NewV7FromReader":
			return true
		}
	case uuidOther.MatchString(path):
		return strings.HasPrefix(name, "NewV") || name == "New"
	case ulidPath.MatchString(path):
		return name == "Make" || name == "New" || name == "MustNew"
	case path == "github.com/segmentio/ksuid":
		return name == "New" || name == "NewRandom" || name == "NewRandomWithTime"
	case path == "github.com/rs/xid":
		return name == "New" || name == "NewWithTime"
	case path == "crypto/rand":
		return name == "Read" || name == "Text" || name == "Int" || name == "Prime"
	case path == "math/rand" || path == "math/rand/v2":
		return !strings.HasPrefix(name, "New") && name != "Seed"
	case path == "time":
		return name == "Now" && !hasRecv(fn)
	case stripeRoot.MatchString(path), gocardlessSDK.Pkgs.MatchString(path):
		return name == "NewIdempotencyKey" // both SDKs' own random key makers
	}
	return false
}

// isFreshFill: a call that fills its argument with random bytes:
// crypto/rand.Read(buf), io.ReadFull(rand.Reader, buf).
func (b *builder) isFreshFill(c *ast.CallExpr) bool {
	fn := calleeOf(b.ix.info, c)
	switch {
	case fn == nil:
		return false
	case isFunc(fn, "crypto/rand", "Read"), isFunc(fn, "math/rand", "Read"):
		return true
	case isFunc(fn, "io", "ReadFull") && len(c.Args) == 2:
		if sel, ok := unparen(c.Args[0]).(*ast.SelectorExpr); ok {
			if v, ok := b.ix.info.Uses[sel.Sel].(*types.Var); ok && v.Pkg() != nil && v.Pkg().Path() == "crypto/rand" {
				return true
			}
		}
	case isMethod(fn, "math/rand", "Rand", "Read"):
		return true
	}
	return false
}

// FreshFact is exported for a function whose result is a new unique value
// on every call (func NewKey() string { return uuid.NewString() }), so
// that a key made by calling it in another package is known to be fresh.
type FreshFact struct{}

// AFact marks FreshFact as an analysis fact.
func (*FreshFact) AFact() {}

func (*FreshFact) String() string { return "returns a fresh unique value" }

// freshFunc: a function of this package returning a fresh value, or one
// of another package with a FreshFact.
func (b *builder) freshFunc(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	if fn.Pkg() == b.pass.Pkg {
		return b.returnsFresh(fn)
	}
	if r, ok := b.freshImported[fn]; ok {
		return r
	}
	r := b.pass.ImportObjectFact(fn, new(FreshFact))
	b.freshImported[fn] = r
	return r
}

// exportFresh exports a FreshFact for every function of the package that
// returns a fresh value.
func (b *builder) exportFresh() {
	for fn, d := range b.ix.declOf {
		if d.Type.Results == nil || len(d.Type.Results.List) == 0 {
			continue
		}
		if b.returnsFresh(fn) {
			b.pass.ExportObjectFact(fn, new(FreshFact))
		}
	}
}

// returnsFresh: a function of this package whose results derive from a
// fresh value made inside it (func newKey() string { return uuid.NewString() }).
func (b *builder) returnsFresh(fn *types.Func) bool {
	if r, ok := b.freshFuncs[fn]; ok {
		return r
	}
	b.freshFuncs[fn] = false // cut recursion
	decl := b.ix.declOf[fn]
	if decl == nil || decl.Body == nil {
		return false
	}
	res := false
	firstResults(decl.Body, func(r ast.Expr) bool {
		f, _ := b.traceFresh(r, decl)
		res = len(f) > 0
		return res
	})
	b.freshFuncs[fn] = res
	return res
}
