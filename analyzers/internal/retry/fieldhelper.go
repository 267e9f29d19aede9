package retry

import (
	"go/ast"
	"go/types"

	"github.com/paylint/paylint/analyzers/internal/funcs"
	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a helper whose callback is a func-typed field of its receiver ------------
//
// A poll or retry helper need not take its callback as a parameter: a
// generic poller keeps it in a field its caller fills,
//
//	type Poller[T any] struct {
//		Every time.Duration
//		Fetch func(ctx context.Context) (T, error)
//		Done  func(T) bool
//	}
//	func (p Poller[T]) Until(ctx context.Context) T {
//		for {
//			v, err := p.Fetch(ctx)
//			if err == nil && p.Done(v) {
//				return v
//			}
//			time.Sleep(p.Every)
//		}
//	}
//
// and so does a retrier (Retrier{Do: func() error {…}, Attempts: 3}.Run()).
// Such a method (or a function given the struct) calls again and again
// whatever its caller stores in the field: it is summarised like a helper
// of a func parameter (the same loop, wait and bound reading, shape.go,
// bounds.go), with the field named instead of a parameter, the bool field
// it tests on the callback's value (Done) as the stop, and the duration
// field it sleeps (Every) as the wait its caller sets. The fact
// (payment.FieldHelperFact) crosses packages; callers resolve the fields
// from the composite literal that builds the value (poll/fieldhelper.go).
// Calls of a field inside a closure, and fields called once, make no
// helper.

// fieldHolders returns fn's receiver (index -1) and parameters (their
// index) whose type is a struct, or a pointer to one, with a func-typed
// field.
func fieldHolders(fn *types.Func) map[*types.Var]int {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil {
		return nil
	}
	var out map[*types.Var]int
	add := func(v *types.Var, i int) {
		if v == nil || !hasFuncField(v.Type()) {
			return
		}
		if out == nil {
			out = map[*types.Var]int{}
		}
		out[v] = i
	}
	add(sig.Recv(), -1)
	for i := 0; i < sig.Params().Len(); i++ {
		add(sig.Params().At(i), i)
	}
	return out
}

// hasFuncField: t is a struct, or a pointer to one, with a func-typed
// field.
func hasFuncField(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return hasFuncField(p.Elem())
	}
	st, _ := t.Underlying().(*types.Struct)
	if st == nil {
		return false
	}
	for f := range st.Fields() {
		if _, isFunc := f.Type().Underlying().(*types.Signature); isFunc {
			return true
		}
	}
	return false
}

// funcFieldCall returns the holder variable and the func-typed field a
// call calls (p.Fetch(ctx)), nils otherwise.
func (r *Result) funcFieldCall(call *ast.CallExpr, holders map[*types.Var]int) (*types.Var, *types.Var) {
	info := r.pass.TypesInfo
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil, nil
	}
	s, ok := info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal || len(s.Index()) != 1 {
		return nil, nil
	}
	field, _ := s.Obj().(*types.Var)
	if field == nil {
		return nil, nil
	}
	if _, ok := field.Type().Underlying().(*types.Signature); !ok {
		return nil, nil
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return nil, nil
	}
	v, _ := info.Uses[id].(*types.Var)
	if _, ok := holders[v]; !ok {
		return nil, nil
	}
	return v, field
}

// summariseFieldHelpers computes and exports the field helper facts of
// the package's functions that repeat no func parameter.
func (r *Result) summariseFieldHelpers() {
	r.fieldLocal = map[*types.Func]*payment.FieldHelperFact{}
	for _, d := range funcs.Of(r.pass).Bodies() {
		fd, fn := d.Syntax, d.Func
		if r.local[fn] != nil {
			continue
		}
		holders := fieldHolders(fn)
		if len(holders) == 0 {
			continue
		}
		r.init()
		if f := r.fieldSummary(fd, fn, holders); f != nil {
			r.fieldLocal[fn] = f
			r.pass.ExportObjectFact(fn, f)
		}
	}
}

// fieldSummary summarises fd around the first call of a func field of a
// holder that it repeats.
func (r *Result) fieldSummary(fd *ast.FuncDecl, fn *types.Func, holders map[*types.Var]int) *payment.FieldHelperFact {
	var calls []*ast.CallExpr
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if v, _ := r.funcFieldCall(n, holders); v != nil {
				calls = append(calls, n)
			}
		}
		return true
	})
	c := candidate{decl: fd, fn: fn, params: funcParams(fn)}
	for _, call := range calls {
		holder, field := r.funcFieldCall(call, holders)
		done := r.doneFieldCall(fd, calls, call, holder, field)
		s := &shape{r: r, c: c, call: call, holder: holder}
		if done != nil {
			_, s.doneField = r.funcFieldCall(done, holders)
		}
		f := r.shapeSummary(c, call, -1, s)
		if f == nil {
			continue
		}
		f.Param = -1
		out := &payment.FieldHelperFact{HelperFact: *f, Holder: holders[holder], Field: field.Name(), WaitField: s.waitField}
		if done != nil && within(done, s.region) {
			out.DoneField = s.doneField.Name()
		}
		return out
	}
	return nil
}

// doneFieldCall returns the call of another func field of holder, with
// one bool result, that an if condition tests (if p.Done(v) {…}): the
// caller's done predicate; nil if none.
func (r *Result) doneFieldCall(fd *ast.FuncDecl, calls []*ast.CallExpr, call *ast.CallExpr, holder, field *types.Var) *ast.CallExpr {
	info := r.pass.TypesInfo
	var conds []ast.Expr
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IfStmt:
			conds = append(conds, n.Cond)
		}
		return true
	})
	for _, k := range calls {
		if k == call {
			continue
		}
		sel := ast.Unparen(k.Fun).(*ast.SelectorExpr)
		v, _ := info.Uses[ast.Unparen(sel.X).(*ast.Ident)].(*types.Var)
		f, _ := info.Selections[sel].Obj().(*types.Var)
		if v != holder || f == field {
			continue
		}
		sig := f.Type().Underlying().(*types.Signature)
		if sig.Results().Len() != 1 || !isBool(sig.Results().At(0).Type()) {
			continue
		}
		for _, cond := range conds {
			if within(k, cond) {
				return k
			}
		}
	}
	return nil
}

// doneTest: cond calls the holder's done predicate field (a field
// helper's stop on what its callback returned).
func (s *shape) doneTest(cond ast.Expr) bool {
	if s.doneField == nil {
		return false
	}
	return AnyCall(cond, func(c *ast.CallExpr) bool {
		sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
		return ok && s.r.pass.TypesInfo.Uses[sel.Sel] == s.doneField && s.holderField(sel) != ""
	})
}

// holderField returns the name of the field of the holder that sel
// selects (p.Every), "" otherwise or when the shape has no holder.
func (s *shape) holderField(sel *ast.SelectorExpr) string {
	if s.holder == nil {
		return ""
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok || s.r.pass.TypesInfo.Uses[id] != s.holder {
		return ""
	}
	if v, ok := s.r.pass.TypesInfo.Uses[sel.Sel].(*types.Var); ok && v.IsField() {
		return v.Name()
	}
	return ""
}

// FieldHelper returns the field helper summary of fn (of this package or
// imported), nil when fn repeats no func field.
func (r *Result) FieldHelper(fn *types.Func) *payment.FieldHelperFact {
	if r == nil || fn == nil {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.fieldHelper(fn)
}

// fieldHelper is FieldHelper with r.mu held (or during Run).
func (r *Result) fieldHelper(fn *types.Func) *payment.FieldHelperFact {
	return cachedFact(r, fn, r.fieldLocal, &r.fieldImported, nil)
}

// importFieldHelper looks up, while Run is active, the fact of a called
// function of another package whose receiver or a parameter holds func
// fields.
func (r *Result) importFieldHelper(fn *types.Func) {
	if fn != nil && fn.Pkg() != r.pass.Pkg && len(fieldHolders(fn.Origin())) > 0 {
		r.fieldHelper(fn)
	}
}
