package payment

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// ---- keys handed to an implementation bound in another package -----------------
//
// A call of an interface method whose implementation only main binds
// (j.charger.Charge(ctx, domain.ChargeRequest{…}) in package tolls,
// stripepay.Client.Charge bound in main) cannot be judged where it is
// made: the implementation decides which argument, or which field of
// it, carries the idempotency key. So the caller's package records, for
// every argument that could carry one (a string, or a string field of a
// struct), where its value comes from when the call is repeated (KeyOf:
// none, made anew per attempt, made once…), and the binding package
// picks the one the implementation's WrapperFact names (KeyParam,
// KeyField). The package of the call need not be a payment one (it sees
// no payment op), so the builder is made here, on demand.

// PortKey is where one candidate key of a port call comes from.
type PortKey struct {
	// Arg is the argument's index; Field the struct field ("" for the
	// argument itself).
	Arg   int
	Field string
	Kind  KeyKind
	// At renders the call making the key anew (KeyPerAttempt) and its line.
	At   string
	Line int
}

// PortKeyer computes the PortKeys of calls of one package.
type PortKeyer struct{ b *builder }

// NewPortKeyer returns a keyer for pass's package.
func NewPortKeyer(pass *analysis.Pass) *PortKeyer {
	b := newBuilder(pass, &Info{Ops: map[*ast.CallExpr]*Op{}, Wrappers: map[*types.Func]*WrapperFact{}, TemplateSends: map[*types.Func]*ast.CallExpr{}}, inspector.New(pass.Files))
	return &PortKeyer{b: b}
}

// Keys lists the candidate keys of call (in decl) repeated as a says.
func (k *PortKeyer) Keys(call *ast.CallExpr, decl *ast.FuncDecl, a Attempts) []PortKey {
	b := k.b
	info := b.pass.TypesInfo
	var out []PortKey
	add := func(i int, field string, key *Key) {
		o := KeyOf(info, &Op{Call: call, Key: key}, a)
		pk := PortKey{Arg: i, Field: field, Kind: o.Kind}
		if o.At != nil {
			pk.At = render(o.At)
			pk.Line = b.pass.Fset.Position(o.At.Pos()).Line
		}
		out = append(out, pk)
	}
	for i, arg := range call.Args {
		t := info.TypeOf(arg)
		if t == nil {
			continue
		}
		if isString(t) {
			if s, ok := b.ix.stringConst(arg); ok && s == "" {
				add(i, "", nil)
			} else {
				add(i, "", b.newKey("", arg, arg, decl))
			}
			continue
		}
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok {
			continue
		}
		for j := 0; j < st.NumFields(); j++ {
			f := st.Field(j)
			if !isString(f.Type()) {
				continue
			}
			if key, ok := b.keyFromField(arg, f.Name(), f.Name(), decl); ok {
				add(i, f.Name(), key)
			}
		}
	}
	return out
}

func isString(t types.Type) bool {
	bt, ok := t.Underlying().(*types.Basic)
	return ok && bt.Kind() == types.String
}

func render(n ast.Node) string {
	e, ok := n.(ast.Expr)
	if !ok {
		return "a new value"
	}
	s := types.ExprString(e)
	if len(s) > 60 {
		s = s[:57] + "..."
	}
	return strings.TrimSpace(s)
}

// PortImpl is what the binding package needs of an implementation's
// method: the payment write it sends and how it keys it (the method's
// WrapperFact), from the package that declares it.
func (info *Info) PortImpl(fn *types.Func) *WrapperFact {
	if info == nil || fn == nil {
		return nil
	}
	return info.Wrappers[fn]
}
