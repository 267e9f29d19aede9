package payment

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// ---- the top-level fields of a request body -----------------------------------
//
// What a request does shows in what it carries: an amount next to a payer,
// a recipient or a reference moves money whatever the path is called
// (op_shape.go). bodyFields lists the fields of the JSON object or form a
// request sends, through the same readers as the key search (keybody.go):
// bytes/strings readers, json.Marshal, a json.Encoder into a buffer,
// url.Values, local variables, map and struct literals, struct types.

// bodyFieldSet maps a normalised field name (normField) to the value sent
// in it, nil when the value is not visible (a struct type's field).
type bodyFieldSet map[string]ast.Expr

// normField lower-cases a field name and drops "_" and "-", so that
// PhoneNumber, phone_number and phone-number are one name.
func normField(s string) string {
	s = strings.ToLower(s)
	return strings.NewReplacer("_", "", "-", "").Replace(s)
}

func (fs bodyFieldSet) add(name string, v ast.Expr) {
	n := normField(name)
	if old, ok := fs[n]; !ok || old == nil {
		fs[n] = v
	}
}

// sendFields collects the fields of every body and form of a send.
func (b *builder) sendFields(s *httpSend) bodyFieldSet {
	fs := bodyFieldSet{}
	for _, e := range s.Bodies {
		b.bodyFields(e, fs, 0)
	}
	for _, e := range s.Forms {
		b.valueFields(e, fs, 0)
	}
	return fs
}

// bodyFields adds the fields of a request body expression.
func (b *builder) bodyFields(e ast.Expr, fs bodyFieldSet, depth int) {
	if e == nil || depth > maxEvalDepth {
		return
	}
	ix := b.ix
	switch x := unparen(e).(type) {
	case *ast.CallExpr:
		if tv, ok := ix.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			b.bodyFields(x.Args[0], fs, depth+1)
			return
		}
		fn := calleeOf(ix.info, x)
		switch {
		case fn == nil:
		case isFunc(fn, "bytes", "NewReader"), isFunc(fn, "bytes", "NewBuffer"), isFunc(fn, "bytes", "NewBufferString"),
			isFunc(fn, "strings", "NewReader"), isFunc(fn, "io", "NopCloser"):
			if len(x.Args) == 1 {
				b.bodyFields(x.Args[0], fs, depth+1)
			}
		case isFunc(fn, "encoding/json", "Marshal"), isFunc(fn, "encoding/json", "MarshalIndent"):
			if len(x.Args) >= 1 {
				b.valueFields(x.Args[0], fs, depth+1)
			}
		case isMethod(fn, "net/url", "Values", "Encode"):
			if sel, ok := unparen(x.Fun).(*ast.SelectorExpr); ok {
				b.valueFields(sel.X, fs, depth+1)
			}
		default:
			if arg := b.marshalledArg(x); arg != nil {
				b.bodyFields(arg, fs, depth+1)
			} else {
				b.builtBodyFields(x, fs, depth+1) // bodyhelper.go
			}
		}
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			b.bodyFields(x.X, fs, depth+1)
		}
	case *ast.Ident:
		v := ix.identVar(x)
		if v == nil {
			return
		}
		if objectType(v.Type()) {
			b.valueFields(x, fs, depth+1)
			return
		}
		for _, enc := range ix.encodes[v] {
			b.valueFields(enc, fs, depth+1)
		}
		for _, a := range ix.assigns[v] {
			b.bodyFields(a.RHS, fs, depth+1)
		}
	case *ast.CompositeLit:
		b.valueFields(x, fs, depth+1)
	}
}

// valueFields adds the fields of a Go value marshalled as the body (or
// sent as a form): a struct's fields by JSON/form name, with the values
// given in a literal or assigned; a map's constant keys.
func (b *builder) valueFields(e ast.Expr, fs bodyFieldSet, depth int) {
	if e == nil || depth > maxEvalDepth {
		return
	}
	t := b.ix.info.TypeOf(e)
	if t == nil {
		return
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		b.structFields(e, u, fs, depth)
	case *types.Map:
		b.mapFields(e, fs, depth)
	}
}

// structFields: every field of the struct type, valued where e shows it.
func (b *builder) structFields(e ast.Expr, st *types.Struct, fs bodyFieldSet, depth int) {
	vals := map[*types.Var]ast.Expr{}
	b.structValues(e, vals, depth)
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		name := jsonName(f.Name(), st.Tag(i))
		if name == "-" || !f.Exported() {
			continue
		}
		fs.add(name, vals[f])
		b.moneyObject(fs, name, vals[f], f.Type(), depth) // moneyobject.go
	}
}

// structValues records the values given to fields in the literal e, or
// in the literals and field assignments of the variable e.
func (b *builder) structValues(e ast.Expr, vals map[*types.Var]ast.Expr, depth int) {
	if depth > maxEvalDepth {
		return
	}
	ix := b.ix
	switch x := stripAddr(e).(type) {
	case *ast.CompositeLit:
		for _, el := range x.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					if f, ok := ix.info.Uses[id].(*types.Var); ok && vals[f] == nil {
						vals[f] = kv.Value
					}
				}
			}
		}
	case *ast.Ident:
		v := ix.identVar(x)
		if v == nil {
			return
		}
		for _, as := range ix.fieldAssigns[v] {
			for i, lhs := range as.Lhs {
				if sel, ok := unparen(lhs).(*ast.SelectorExpr); ok && i < len(as.Rhs) && ix.identVar(sel.X) == v {
					if f, ok := ix.info.Uses[sel.Sel].(*types.Var); ok && vals[f] == nil {
						vals[f] = as.Rhs[i]
					}
				}
			}
		}
		for _, a := range ix.assigns[v] {
			if a.Index < 0 {
				b.structValues(a.RHS, vals, depth+1)
			}
		}
	}
}

// mapFields: the constant keys of a map (or url.Values) literal, of
// m["k"] = v and m.Set("k", v), through local variables.
func (b *builder) mapFields(e ast.Expr, fs bodyFieldSet, depth int) {
	if depth > maxEvalDepth {
		return
	}
	ix := b.ix
	switch x := stripAddr(e).(type) {
	case *ast.CompositeLit:
		for _, el := range x.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if name, ok := ix.stringConst(kv.Key); ok {
					fs.add(name, firstElem(kv.Value))
					b.moneyObject(fs, name, kv.Value, nil, depth) // moneyobject.go
				}
			}
		}
	case *ast.Ident:
		v := ix.identVar(x)
		if v == nil {
			return
		}
		for _, as := range ix.fieldAssigns[v] {
			for i, lhs := range as.Lhs {
				if ie, ok := unparen(lhs).(*ast.IndexExpr); ok && ix.identVar(ie.X) == v && i < len(as.Rhs) {
					if name, ok := ix.stringConst(ie.Index); ok {
						fs.add(name, firstElem(as.Rhs[i]))
					}
				}
			}
		}
		for _, c := range ix.recvCalls[v] {
			fn := calleeOf(ix.info, c)
			if (isMethod(fn, "net/url", "Values", "Set") || isMethod(fn, "net/url", "Values", "Add")) && len(c.Args) == 2 {
				if name, ok := ix.stringConst(c.Args[0]); ok {
					fs.add(name, c.Args[1])
				}
			}
		}
		for _, a := range ix.assigns[v] {
			if a.Index < 0 {
				b.mapFields(a.RHS, fs, depth+1)
			}
		}
	}
}
