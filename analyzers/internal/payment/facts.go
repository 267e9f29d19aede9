package payment

import (
	"go/ast"
	"go/constant"
	"go/types"
	"sort"

	"github.com/paylint/paylint/analyzers/internal/directive"
)

// wrapperFact returns the fact of a called function: from this package's
// fixed point, or imported from another package's analysis; for a method
// of an interface, the fact its visible implementations agree on
// (ifaceops.go).
func (b *builder) wrapperFact(fn *types.Func) *WrapperFact {
	f := b.ownFact(fn)
	if f == nil && fn != nil {
		f = b.ifaceOrDepStateFact(fn) // voc_moneyrows_iface.go: and paid states of dependencies
	}
	return f
}

// ownFact is the fact of fn itself.
func (b *builder) ownFact(fn *types.Func) *WrapperFact {
	if fn == nil {
		return nil
	}
	if fn.Pkg() == b.pass.Pkg {
		return b.facts[fn]
	}
	if f, ok := b.imported[fn]; ok {
		return f
	}
	var f *WrapperFact
	if fn.Pkg() != nil {
		fact := new(WrapperFact)
		if b.pass.ImportObjectFact(fn, fact) {
			f = fact
		}
	}
	b.imported[fn] = f
	return f
}

// qualName names a function in messages: billing.Charge, billing.Client.Charge.
func qualName(fn *types.Func) string {
	name := fn.Name()
	if r := recvTypeName(fn); r != "" {
		name = r + "." + name
	}
	if fn.Pkg() != nil {
		name = fn.Pkg().Name() + "." + name
	}
	return name
}

// viaOp builds the op of a call of a wrapper known by its fact.
func (b *builder) viaOp(cs callSite, f *WrapperFact) *Op {
	call := cs.Call
	op := &Op{
		Call:          call,
		Kind:          f.Kind,
		Method:        f.Method,
		Path:          f.Path,
		Desc:          qualName(cs.Callee) + " (" + f.Desc + ")",
		Via:           cs.Callee,
		AutoKey:       f.AutoKey,
		ClientRetries: f.ClientRetries,
		ReadGuarded:   f.ReadGuarded,
		MappedFrom:    viaMapped(call, f), // statusmapfrom.go
	}
	if f.ClientRetries != "" {
		op.ClientRetriesPos = call.Pos()
	}
	if f.Desc == "" || f.Desc == qualName(cs.Callee) {
		op.Desc = qualName(cs.Callee)
	}
	if b.otherConstant(call, f) || b.mapsReadBack(op) { // paidwhen.go: the caller's constant never takes the paid branch; statusmapfrom.go
		op.Kind &^= StateWrite | Fulfillment
		if op.Kind == 0 {
			return nil
		}
	}
	if i := f.IDParam; i >= 0 && i < len(call.Args) {
		op.ID = call.Args[i]
		b.setIDParam(op, b.idParamIn(op.ID, cs.Decl))
	}
	switch {
	case f.KeyOptions && f.KeyParam >= 0:
		op.Key = b.wrapperOptionsKey(call, f, cs.Decl) // optkeys.go
	case f.KeyParam >= 0 && f.KeyParam < len(call.Args):
		arg := call.Args[f.KeyParam]
		var ok bool
		if f.KeyField != "" {
			op.Key, ok = b.fieldKeyAtCall(call, arg, f.KeyField, f.KeyName, f.KeyFallback, cs.Decl) // keyfallback.go
		}
		if !ok {
			op.Key = b.keyAtCall(arg, f.KeyName, f.KeyInArg, cs.Decl)
		}
	case f.HasKey:
		op.Key = &Key{Name: f.KeyName, At: call, Param: -1, FreshInCallee: f.FreshKey}
	}
	return op
}

// keyAtCall builds the key a caller passes into a wrapper's key
// parameter: inside the argument (inArg: a body struct or map, stripe
// params), or derived from the argument's value.
func (b *builder) keyAtCall(arg ast.Expr, name string, inArg bool, decl *ast.FuncDecl) *Key {
	if inArg {
		return b.keyFromArg(arg, name, decl)
	}
	if s, ok := b.ix.stringConst(arg); ok && s == "" {
		return nil // an empty key is no key
	}
	if tv, ok := b.ix.info.Types[arg]; ok && tv.IsNil() {
		return nil // nor is a nil one (idempotencyKey *string)
	}
	return b.newKey(name, arg, arg, decl)
}

// keyFromArg builds the key a caller passes into a wrapper's key
// parameter: a stripe-go params value, a body struct or map, or the key
// value itself.
func (b *builder) keyFromArg(arg ast.Expr, name string, decl *ast.FuncDecl) *Key {
	t := b.ix.info.TypeOf(arg)
	if t != nil && isStripeParams(t) {
		return b.stripeKey(arg, decl, 0)
	}
	if t != nil {
		u := t
		if p, ok := u.Underlying().(*types.Pointer); ok {
			u = p.Elem()
		}
		switch u.Underlying().(type) {
		case *types.Struct, *types.Map:
			return b.valueKey(arg, decl, 0)
		}
	}
	if s, ok := b.ix.stringConst(arg); ok && s == "" {
		return nil // an empty key is no key
	}
	return b.newKey(name, arg, arg, decl)
}

// isStripeParams: *stripe.XxxParams (a struct embedding stripe.Params).
func isStripeParams(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if f.Embedded() && f.Name() == "Params" && f.Pkg() != nil && stripeRoot.MatchString(f.Pkg().Path()) {
			return true
		}
	}
	return false
}

// computeWrappers finds, to a fixed point, the functions of the package
// that perform payment ops directly or through other wrappers, builds the
// ops of their call sites, and exports their facts.
func (b *builder) computeWrappers(direct map[*ast.CallExpr]*Op) {
	// Calls per declaration, and callers of each local function.
	callsIn := map[*ast.FuncDecl][]callSite{}
	callers := map[*types.Func][]*ast.FuncDecl{}
	for _, cs := range b.ix.calls {
		if cs.Decl == nil {
			continue
		}
		callsIn[cs.Decl] = append(callsIn[cs.Decl], cs)
		if cs.Callee != nil && cs.Callee.Pkg() == b.pass.Pkg {
			callers[cs.Callee] = append(callers[cs.Callee], cs.Decl)
		}
		// A call of an interface method depends on the facts of the
		// package's implementations.
		for _, impl := range b.localImpls(cs.Callee) {
			callers[impl] = append(callers[impl], cs.Decl)
		}
	}
	var decls []*ast.FuncDecl
	fnOf := map[*ast.FuncDecl]*types.Func{}
	for fn, d := range b.ix.declOf {
		decls = append(decls, d)
		fnOf[d] = fn
	}
	sort.Slice(decls, func(i, j int) bool { return decls[i].Pos() < decls[j].Pos() })

	opsOf := func(d *ast.FuncDecl) []*Op {
		var ops []*Op
		for _, cs := range callsIn[d] {
			op := direct[cs.Call]
			if f := b.wrapperFact(cs.Callee); f != nil && cs.Callee != fnOf[d] {
				op = mergeOps(op, b.viaOp(cs, f))
			}
			if op != nil {
				ops = append(ops, op)
			}
		}
		return ops
	}

	work := append([]*ast.FuncDecl(nil), decls...)
	queued := map[*ast.FuncDecl]bool{}
	for _, d := range decls {
		queued[d] = true
	}
	budget := 20*len(decls) + 100
	for len(work) > 0 && budget > 0 {
		budget--
		d := work[0]
		work = work[1:]
		queued[d] = false
		fn := fnOf[d]
		f := b.factOf(d, fn, opsOf(d))
		if factEqual(f, b.facts[fn]) {
			continue
		}
		if f == nil {
			delete(b.facts, fn)
		} else {
			b.facts[fn] = f
		}
		for _, c := range callers[fn] {
			if !queued[c] {
				queued[c] = true
				work = append(work, c)
			}
		}
	}
	// Final ops of every call site with the settled facts (calls at
	// package level and in function literals of var initialisers too).
	for _, cs := range b.ix.calls {
		op := direct[cs.Call]
		if f := b.wrapperFact(cs.Callee); f != nil && (cs.Decl == nil || cs.Callee != fnOf[cs.Decl]) {
			op = mergeOps(op, b.viaOp(cs, f))
		}
		if op != nil {
			b.info.Ops[cs.Call] = op
		}
	}
	for fn, f := range b.facts {
		b.info.Wrappers[fn] = f
		b.pass.ExportObjectFact(fn, f)
	}
	b.exportIfaceState()     // on interface methods whose hidden implementations agree (ifacestate.go)
	b.exportTerminalStates() // store methods storing a terminal payment state (term_fact.go)
}

// mergeOps combines a direct op and a wrapper op at the same call.
func mergeOps(direct, via *Op) *Op {
	if direct == nil {
		return via
	}
	if via == nil {
		return direct
	}
	m := *direct
	m.Kind |= via.Kind
	m.Via = via.Via
	m.ReadGuarded = m.ReadGuarded || via.ReadGuarded
	if m.Key == nil {
		m.Key = via.Key
	}
	if m.ID == nil {
		m.ID = via.ID
	}
	return &m
}

// factOf summarises the ops in a function's body into its fact.
func (b *builder) factOf(d *ast.FuncDecl, fn *types.Func, ops []*Op) *WrapperFact {
	marked := directive.OnFunc(d, directive.Fulfillment)
	if len(ops) == 0 && !marked {
		return nil
	}
	f := &WrapperFact{KeyParam: -1, IDParam: -1}
	if marked {
		f.Kind |= Fulfillment
		f.Desc = qualName(fn)
	}
	for _, op := range ops {
		f.Kind |= op.Kind
	}
	if !marked {
		if p, c, ok := b.paidWhen(d, ops); ok {
			f.PaidParam, f.PaidWhen = p, c // paidwhen.go
		}
		f.MappedParams = b.mappedParams(d, ops) // statusmapfrom.go
	}
	primary := pickPrimary(ops)
	if primary == nil {
		return f
	}
	if f.Desc == "" || primary.Kind.Any(Write|StatusRead) {
		f.Desc = primary.Desc
		if primary.Via != nil {
			if inner := b.wrapperFact(primary.Via); inner != nil && inner.Desc != "" {
				f.Desc = inner.Desc
			}
		}
	}
	f.Method, f.Path = primary.Method, primary.Path
	f.AutoKey = primary.AutoKey
	f.ClientRetries = primary.ClientRetries
	f.ReadGuarded = b.readGuarded(d, primary, ops) // readguard.go
	if p, ok := b.idParam[primary]; ok {
		f.IDParam = p
	} else if primary.ID != nil {
		f.IDParam = b.idParamIn(primary.ID, d)
	}
	if k := primary.Key; k != nil {
		f.KeyName = k.Name
		if k.Param >= 0 {
			f.KeyParam = k.Param
			f.KeyInArg = k.Value == nil
			f.KeyField = b.paramKeyField(k, d)
			f.KeyOptions = k.Options // optkeys.go
			if k.Fallback && k.Field != "" {
				f.KeyField, f.KeyFallback = k.Field, true // keyfallback.go
			}
		} else {
			f.HasKey = true
			f.FreshKey = len(k.Fresh) > 0 || k.FreshInCallee
		}
	}
	return f
}

// pickPrimary chooses the op a wrapper is described by: the first write,
// else the first status read, else a fulfilment or state write, else a
// release (a hold cancelled), else a payable object created (a payment
// link, a Pix charge: Create alone).
func pickPrimary(ops []*Op) *Op {
	sorted := append([]*Op(nil), ops...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Call.Pos() < sorted[j].Call.Pos() })
	for _, want := range []Kind{Write, StatusRead, Fulfillment | StateWrite, Release, Create} {
		for _, op := range sorted {
			if op.Kind.Any(want) {
				return op
			}
		}
	}
	return nil
}

// idParamIn returns the parameter of decl an id expression denotes: the
// parameter itself, or a number formatted as it is — the path of
// GET /payments/{id} built with strconv.FormatInt(n, 10), strconv.Itoa(n)
// or fmt.Sprint(n) names the payment n names. -1 if none.
func (b *builder) idParamIn(e ast.Expr, decl *ast.FuncDecl) int {
	if p := b.ix.paramIndexIn(e, decl); p >= 0 {
		return p
	}
	if x := formattedArg(b.ix.info, e); x != nil {
		return b.ix.paramIndexIn(x, decl)
	}
	return -1
}

// formattedArg returns x of strconv.FormatInt(x, base),
// strconv.FormatUint(x, base), strconv.Itoa(x), fmt.Sprint(x) and
// fmt.Sprintf("%d", x) (or %v, %s): conversions that keep one value's
// identity.
func formattedArg(info *types.Info, e ast.Expr) ast.Expr {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil
	}
	fn := calleeOf(info, call)
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	switch fn.Pkg().Path() + "." + fn.Name() {
	case "strconv.FormatInt", "strconv.FormatUint":
		if len(call.Args) == 2 {
			if tv, ok := info.Types[call.Args[1]]; ok && tv.Value != nil {
				return call.Args[0]
			}
		}
	case "strconv.Itoa", "fmt.Sprint":
		if len(call.Args) == 1 {
			return call.Args[0]
		}
	case "fmt.Sprintf":
		if len(call.Args) == 2 {
			if tv, ok := info.Types[call.Args[0]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
				switch constant.StringVal(tv.Value) {
				case "%d", "%v", "%s":
					return call.Args[1]
				}
			}
		}
	}
	return nil
}

func factEqual(a, b *WrapperFact) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}
