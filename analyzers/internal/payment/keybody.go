package payment

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strings"
)

// formKey: url.Values{"idempotency_key": {k}} or form.Set(...).
func (b *builder) formKey(e ast.Expr, decl *ast.FuncDecl, depth int) *Key {
	return b.mapKey(e, decl, b.isKeyField, depth)
}

// bodyKey finds a key field in a request body: readers over marshalled
// bytes, json.Marshal(v), structs with a tagged key field, maps.
func (b *builder) bodyKey(e ast.Expr, decl *ast.FuncDecl, depth int) *Key {
	if e == nil || depth > maxEvalDepth {
		return nil
	}
	ix := b.ix
	e = unparen(e)
	switch x := e.(type) {
	case *ast.CallExpr:
		if tv, ok := ix.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return b.bodyKey(x.Args[0], decl, depth+1)
		}
		fn := calleeOf(ix.info, x)
		switch {
		case fn == nil:
			return nil
		case isFunc(fn, "bytes", "NewReader"), isFunc(fn, "bytes", "NewBuffer"), isFunc(fn, "bytes", "NewBufferString"),
			isFunc(fn, "strings", "NewReader"), isFunc(fn, "io", "NopCloser"):
			if len(x.Args) == 1 {
				return b.bodyKey(x.Args[0], decl, depth+1)
			}
		case isFunc(fn, "encoding/json", "Marshal"), isFunc(fn, "encoding/json", "MarshalIndent"):
			if len(x.Args) >= 1 {
				return b.valueKey(x.Args[0], decl, depth+1)
			}
		case isMethod(fn, "net/url", "Values", "Encode"):
			if sel, ok := unparen(x.Fun).(*ast.SelectorExpr); ok {
				return b.formKey(sel.X, decl, depth+1)
			}
		case isNamed(ix.info.TypeOf(x), "net/url", "Values"): // a form built by a helper
			return b.formKey(x, decl, depth+1)
		default:
			if arg := b.marshalledArg(x); arg != nil {
				if k := b.bodyKey(arg, decl, depth+1); k != nil {
					return k
				}
			}
			return b.builtBody(x, decl, depth+1) // bodyhelper.go
		}
		return nil
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			if k := b.valueKey(x, decl, depth+1); k != nil {
				return k
			}
			return b.bodyKey(x.X, decl, depth+1)
		}
	case *ast.Ident:
		v := ix.identVar(x)
		if v == nil {
			return nil
		}
		if k := b.valueKey(x, decl, depth+1); k != nil {
			return k
		}
		for _, enc := range ix.encodes[v] {
			if k := b.valueKey(enc, decl, depth+1); k != nil {
				return k
			}
		}
		for _, a := range ix.assigns[v] {
			if k := b.bodyKey(a.RHS, decl, depth+1); k != nil {
				return k
			}
		}
		return nil
	case *ast.CompositeLit:
		return b.valueKey(x, decl, depth+1)
	}
	return nil
}

// marshalledArg: for a call of a function of this package that returns
// its argument marshalled (func mustJSON(v any) []byte) or rendered by a
// pure encoder of its own (func EncodeXML(p Params) []byte), the
// argument.
func (b *builder) marshalledArg(call *ast.CallExpr) ast.Expr {
	fn := calleeOf(b.ix.info, call)
	cd := b.ix.declOf[fn]
	if cd == nil || cd.Body == nil {
		return nil
	}
	p, ok := b.marshals[fn]
	if !ok {
		p = -1
		b.marshals[fn] = -1 // cut recursion
		firstResults(cd.Body, func(r ast.Expr) bool {
			p = b.bodyParam(r, cd, 0)
			return p >= 0
		})
		if p < 0 {
			p = b.encoderParam(fn, cd) // its own encoder (key_encoder.go)
		}
		b.marshals[fn] = p
	}
	if p < 0 || p >= len(call.Args) {
		return nil
	}
	return call.Args[p]
}

// valueKey: a Go value that is marshalled as the body: a struct with a
// key field (by JSON tag or name) or a map with a key entry. At depth 0
// (a wrapper's argument, keyFromArg) it is a search of its own.
func (b *builder) valueKey(e ast.Expr, decl *ast.FuncDecl, depth int) *Key {
	if depth == 0 {
		if k := b.withReferences(func() *Key { return b.valueKeyOf(e, decl, 0) }); k != nil {
			return k
		}
		if k := b.refNamedKey(func() *Key { return b.valueKeyOf(e, decl, 0) }, decl); k != nil { // refname.go
			return k
		}
		return b.i18BodyKey(func() *Key { return b.valueKeyOf(e, decl, 0) }, decl) // refvalue.go
	}
	return b.valueKeyOf(e, decl, depth)
}

func (b *builder) valueKeyOf(e ast.Expr, decl *ast.FuncDecl, depth int) *Key {
	if e == nil || depth > maxEvalDepth {
		return nil
	}
	ix := b.ix
	t := ix.info.TypeOf(e)
	if t == nil {
		return nil
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	switch u := t.Underlying().(type) {
	case *types.Map:
		if k := b.mapKey(e, decl, b.isKeyField, depth); k != nil {
			return k
		}
		return b.nestedKey(e, t, decl, depth)
	case *types.Struct:
		field, name := b.keyField(u)
		if field == nil {
			return b.nestedKey(e, t, decl, depth)
		}
		return b.structKey(e, field, name, decl, depth)
	}
	return nil
}

// keyField returns the struct field that carries an idempotency key.
func (b *builder) keyField(st *types.Struct) (*types.Var, string) {
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		name := jsonName(f.Name(), st.Tag(i))
		if name == "-" {
			continue
		}
		if b.isKeyField(name) {
			return f, name
		}
	}
	return nil, ""
}

func jsonName(field, tag string) string {
	for _, key := range []string{"json", "form", "url"} {
		if v, ok := reflect.StructTag(tag).Lookup(key); ok {
			if n := strings.Split(v, ",")[0]; n != "" {
				return n
			}
		}
	}
	return field
}

// structKey finds the value given to field in the struct expression e.
// A keyed literal without the field carries no key; a value whose
// construction is not visible carries an unknown key (Value nil).
func (b *builder) structKey(e ast.Expr, field *types.Var, name string, decl *ast.FuncDecl, depth int) *Key {
	ix := b.ix
	e = stripAddr(e)
	switch x := e.(type) {
	case *ast.CompositeLit:
		for i, el := range x.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && ix.info.Uses[id] == field {
					return b.newKey(name, kv, kv.Value, decl)
				}
				continue
			}
			if t := ix.info.TypeOf(x); t == nil {
				continue
			} else if st, ok := t.Underlying().(*types.Struct); ok && i < st.NumFields() && st.Field(i) == field {
				return b.newKey(name, el, el, decl)
			}
		}
		return nil
	case *ast.CallExpr:
		if k := b.builtStruct(x, field, name, decl, depth); k != nil {
			return k
		}
		if k := b.importedBuilt(x, field, name, decl); k != nil { // builtfields.go
			return k
		}
	case *ast.Ident:
		v := ix.identVar(x)
		if v == nil {
			return nil
		}
		for _, as := range ix.fieldAssigns[v] {
			for i, lhs := range as.Lhs {
				sel, ok := unparen(lhs).(*ast.SelectorExpr)
				if ok && ix.info.Uses[sel.Sel] == field && i < len(as.Rhs) {
					return b.newKey(name, as, as.Rhs[i], decl)
				}
			}
		}
		if ref, ok := ix.paramOf[v]; ok {
			k := &Key{Name: name, At: x, Param: -1}
			if ref.Decl == decl && decl != nil {
				k.Param = ref.Index
			}
			return k
		}
		as := ix.assigns[v]
		for _, a := range as {
			if a.Index < 0 {
				if k := b.structKey(a.RHS, field, name, decl, depth+1); k != nil {
					return k
				}
			}
		}
		if len(as) == 0 {
			return nil // var v T: zero value
		}
		for _, a := range as {
			if _, lit := unparen(a.RHS).(*ast.CompositeLit); !lit {
				return &Key{Name: name, At: x, Param: -1}
			}
		}
		return nil
	}
	return &Key{Name: name, At: e, Param: -1}
}

// builtStruct: the key field of a struct that a function of this package
// builds and returns (payoutFor(v)), seen from the call: from the
// argument it derives from, or made inside on every call.
func (b *builder) builtStruct(call *ast.CallExpr, field *types.Var, name string, decl *ast.FuncDecl, depth int) *Key {
	return b.fromLocalReturn(call, decl, depth, func(ret ast.Expr, cd *ast.FuncDecl, depth int) *Key {
		k := b.structKey(ret, field, name, cd, depth)
		if k == nil || k.Value == nil {
			return nil // not visible inside: unknown at the call too
		}
		return k
	})
}
