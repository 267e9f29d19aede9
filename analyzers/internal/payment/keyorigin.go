package payment

import (
	"go/ast"
	"go/token"
	"go/types"
)

// ---- where a write's idempotency key comes from -----------------------------
//
// A retry is safe when every attempt sends the same key. Whether it does
// depends on where the key is made relative to what repeats: a uuid made
// before the loop is one key, the same uuid call inside the loop is a new
// key per attempt, unless it only runs while the key is still empty. The
// rules ask KeyOf with the repeated region their construct gives; they
// never look at Key.Fresh themselves.

// KeyKind is where a key comes from, seen from the construct that repeats
// the write.
type KeyKind int

const (
	// KeyNone: the write carries no idempotency key (Op.AutoKey tells whether
	// the SDK then adds a random one per call).
	KeyNone KeyKind = iota
	// KeyPerCall: the wrapper called makes a new key on every call
	// (Key.FreshInCallee, WrapperFact.FreshKey).
	KeyPerCall
	// KeyPerAttempt: a new unique value (uuid, ulid, crypto/rand, time.Now,
	// a key helper) is made inside the repeated region on every attempt.
	// KeyOrigin.At is that call.
	KeyPerAttempt
	// KeyFromCounter: the key derives from the loop's attempt counter
	// (fmt.Sprintf("%s-%d", id, attempt)). KeyOrigin.Counter names it.
	KeyFromCounter

	// The kinds below are stable: every attempt sends the same key.

	// KeyMadeOnce: the key's fresh value is made before the repeated region,
	// or inside it only while the key is still empty
	// (if key == "" { key = uuid.NewString() }).
	KeyMadeOnce
	// KeyFromParam: the key comes from a parameter of the enclosing function
	// (or a field of one): the caller's key.
	KeyFromParam
	// KeyConstant: the key is a compile-time constant.
	KeyConstant
	// KeyDerived: the key derives from values that stay the same on every
	// attempt (an order id, the row a worker handles).
	KeyDerived
	// KeyHidden: a key is (or may be) attached but its value is not visible
	// (params built elsewhere, a wrapper that derives it inside).
	KeyHidden
)

// KeyOrigin is the answer of KeyOf.
type KeyOrigin struct {
	Kind KeyKind
	// At is the call that makes the key anew (KeyPerAttempt).
	At ast.Node
	// Counter is the attempt counter the key derives from (KeyFromCounter).
	Counter types.Object
	// Maker is the function that makes a new key on every call
	// (KeyPerCall), when known: the wrapper called, or the helper that
	// builds the request.
	Maker *types.Func
	// Unset is the field of the argument the call leaves empty, when the
	// function called makes a key per call only then (KeyPerCall,
	// keyfallback.go).
	Unset string
}

// Stable reports whether every attempt sends the same key.
func (o KeyOrigin) Stable() bool { return o.Kind >= KeyMadeOnce }

// Attempts is what repeats a write, as the retry model describes it:
// Region runs anew on every attempt (a loop body, a retried closure), and
// Counters are the loop's attempt counters. With a nil Region nothing is
// known to run anew (a callback whose body is not visible): only a key
// the wrapper makes per call (KeyPerCall) changes. A client that re-sends
// the very same request sends the same key whatever its origin: the
// caller knows that case, not KeyOf.
type Attempts struct {
	Region   ast.Node
	Counters []types.Object
	// Resent: the attempts are the function called sending the request
	// its caller describes again (a shared sender with a resend loop of
	// its own): the caller's arguments, key included, are evaluated once,
	// and a key the sender makes itself is new on every attempt only
	// when it makes it inside that loop (SenderKeyPerAttempt).
	Resent              bool
	SenderKeyPerAttempt bool
}

// LoopAttempts describes a for loop whose every pass is an attempt: its
// body runs anew, the variables its init statement declares count the
// passes. Nil Region for any other node.
func LoopAttempts(info *types.Info, loop ast.Node) Attempts {
	l, ok := loop.(*ast.ForStmt)
	if !ok {
		return Attempts{}
	}
	a := Attempts{Region: l.Body}
	if as, ok := l.Init.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
		for _, e := range as.Lhs {
			if id, ok := e.(*ast.Ident); ok && info.Defs[id] != nil {
				a.Counters = append(a.Counters, info.Defs[id])
			}
		}
	}
	return a
}

// KeyOf tells where the key of write op comes from when op is repeated as
// a describes. info is the package's type information (pass.TypesInfo).
func KeyOf(info *types.Info, op *Op, a Attempts) KeyOrigin {
	k := op.Key
	switch {
	case k == nil:
		return KeyOrigin{Kind: KeyNone}
	case k.FreshInCallee && a.Resent:
		if sent, ok := k.At.(*ast.CallExpr); ok && sent == op.Call && a.SenderKeyPerAttempt {
			return KeyOrigin{Kind: KeyPerCall, Maker: calleeOf(info, sent), Unset: k.Field}
		}
		return KeyOrigin{Kind: KeyMadeOnce} // drawn once by the sender, or in the caller's arguments
	case k.FreshInCallee:
		return perCall(info, op, k, a)
	}
	for _, f := range k.Fresh {
		if f != nil && within(f, a.Region) && !madeOnce(info, f, a.Region) {
			return KeyOrigin{Kind: KeyPerAttempt, At: f}
		}
	}
	if ctr := counterIn(info, k, a); ctr != nil {
		return KeyOrigin{Kind: KeyFromCounter, Counter: ctr}
	}
	switch {
	case k.Value == nil:
		return KeyOrigin{Kind: KeyHidden}
	case len(k.Fresh) > 0:
		return KeyOrigin{Kind: KeyMadeOnce}
	case k.Param >= 0:
		return KeyOrigin{Kind: KeyFromParam}
	}
	if tv, ok := info.Types[k.Value]; ok && tv.Value != nil {
		return KeyOrigin{Kind: KeyConstant}
	}
	return KeyOrigin{Kind: KeyDerived}
}

// KeyStableAcrossCalls reports whether op's key is the same every time
// its enclosing function runs: a key is attached and no value it derives
// from is made anew (no fresh call in that function, no wrapper making
// one per call). A webhook redelivered, or a request a client re-sends
// after building it again, then carries the first key.
func KeyStableAcrossCalls(op *Op) bool {
	k := op.Key
	return k != nil && len(k.Fresh) == 0 && !k.FreshInCallee
}

// WrapperKeyOf tells where the key of a wrapper of another package comes
// from when the wrapper itself is the repeated function (handed to a
// retry library as a value): each call is an attempt.
func WrapperKeyOf(f *WrapperFact) KeyOrigin {
	switch {
	case f.KeyParam >= 0:
		return KeyOrigin{Kind: KeyFromParam}
	case f.FreshKey:
		return KeyOrigin{Kind: KeyPerCall}
	case f.HasKey:
		return KeyOrigin{Kind: KeyHidden}
	}
	return KeyOrigin{Kind: KeyNone}
}

// KeyMaker reports whether fn, called with no arguments, returns a new
// key to make once and reuse: a package-level function with one result,
// and not a clock or a plain random number (time, math/rand). Combine
// with KeyOrigin.At, which says the call makes a fresh value.
func KeyMaker(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil || hasRecv(fn) || fn.Type().(*types.Signature).Results().Len() != 1 {
		return false
	}
	switch fn.Pkg().Path() {
	case "time", "math/rand", "math/rand/v2":
		return false // a timestamp or a number, not a key maker
	}
	return true
}

// within: n lies inside region (false for a nil region).
func within(n, region ast.Node) bool {
	if n == nil || region == nil {
		return false
	}
	return region.Pos() <= n.Pos() && n.End() <= region.End()
}

// madeOnce reports whether the fresh value f is made only on the first
// attempt: assigned, inside the repeated region, to a variable declared
// before it, under a test that the variable is still empty
// (if key == "" { key = uuid.NewString() }).
func madeOnce(info *types.Info, f, region ast.Node) bool {
	once := false
	ast.Inspect(region, func(n ast.Node) bool {
		is, ok := n.(*ast.IfStmt)
		if once || !ok || !within(f, is.Body) {
			return !once
		}
		empty := emptyTest(info, is.Cond)
		if empty == nil || region.Pos() <= empty.Pos() && empty.Pos() < region.End() {
			return true
		}
		if assignedOutside(info, empty, region, is) {
			return true // emptied again for the next attempt
		}
		once = assignsFrom(info, is.Body, empty, f)
		return !once
	})
	return once
}

// assignsFrom: a statement of body assigns v a value containing f.
func assignsFrom(info *types.Info, body *ast.BlockStmt, v *types.Var, f ast.Node) bool {
	for _, st := range body.List {
		as, ok := st.(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) && len(as.Rhs) != 1 {
			continue
		}
		for k, lhs := range as.Lhs {
			rhs := as.Rhs[0] // v, err = f(): every variable from the one call
			if len(as.Rhs) == len(as.Lhs) {
				rhs = as.Rhs[k]
			}
			if id, ok := ast.Unparen(lhs).(*ast.Ident); ok && info.ObjectOf(id) == v && within(f, rhs) {
				return true
			}
		}
	}
	return false
}

// assignedOutside reports whether v is assigned in region outside skip.
func assignedOutside(info *types.Info, v *types.Var, region, skip ast.Node) bool {
	found := false
	ast.Inspect(region, func(n ast.Node) bool {
		if n == skip || found {
			return false
		}
		if as, ok := n.(*ast.AssignStmt); ok {
			for _, lhs := range as.Lhs {
				if id, ok := ast.Unparen(lhs).(*ast.Ident); ok && info.ObjectOf(id) == v {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// emptyTest returns the variable cond tests for emptiness (v == "",
// v == nil, len(v) == 0), nil if it is not such a test.
func emptyTest(info *types.Info, cond ast.Expr) *types.Var {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || b.Op != token.EQL {
		return nil
	}
	switch {
	case zeroValue(info, b.Y):
		return testedVar(info, b.X)
	case zeroValue(info, b.X):
		return testedVar(info, b.Y)
	}
	return nil
}

// testedVar: the variable v of v or len(v).
func testedVar(info *types.Info, e ast.Expr) *types.Var {
	e = ast.Unparen(e)
	if c, ok := e.(*ast.CallExpr); ok && len(c.Args) == 1 {
		if id, ok := ast.Unparen(c.Fun).(*ast.Ident); ok && id.Name == "len" {
			if _, builtin := info.Uses[id].(*types.Builtin); builtin {
				e = ast.Unparen(c.Args[0])
			}
		}
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := info.ObjectOf(id).(*types.Var)
	return v
}

// zeroValue: e is nil, "" or 0.
func zeroValue(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	if !ok {
		return false
	}
	if tv.IsNil() {
		return true
	}
	if tv.Value == nil {
		return false
	}
	switch tv.Value.ExactString() {
	case `""`, "0":
		return true
	}
	return false
}

// counterIn returns the loop's attempt counter when the key's value
// derives from it (fmt.Sprintf("%s-%d", id, attempt)), directly or
// through one local variable assigned inside the loop.
func counterIn(info *types.Info, key *Key, a Attempts) types.Object {
	if key.Value == nil || len(a.Counters) == 0 {
		return nil
	}
	counters := map[types.Object]bool{}
	for _, o := range a.Counters {
		counters[o] = true
	}
	var found types.Object
	locals := map[types.Object]bool{}
	ast.Inspect(key.Value, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			obj := info.ObjectOf(id)
			if counters[obj] {
				found = obj
			} else if v, ok := obj.(*types.Var); ok && !v.IsField() {
				locals[v] = true
			}
		}
		return found == nil
	})
	if found != nil || len(locals) == 0 || a.Region == nil {
		return found
	}
	// key := fmt.Sprintf(…, attempt) inside the loop.
	ast.Inspect(a.Region, func(n ast.Node) bool {
		if found != nil {
			return false
		}
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != len(as.Rhs) {
			return true
		}
		for k, lhs := range as.Lhs {
			if id, ok := lhs.(*ast.Ident); ok && locals[info.ObjectOf(id)] {
				found = counterUse(info, as.Rhs[k], counters)
			}
			if found != nil {
				break
			}
		}
		return true
	})
	return found
}

// counterUse: the first counter e mentions, nil if none.
func counterUse(info *types.Info, e ast.Expr, counters map[types.Object]bool) types.Object {
	var found types.Object
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && counters[info.ObjectOf(id)] {
			found = info.ObjectOf(id)
		}
		return found == nil
	})
	return found
}
