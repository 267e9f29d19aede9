package payment

import (
	"go/ast"
	"go/types"
)

// ---- a request struct built by a function of another package ----------------
//
// A client package often offers a constructor for its request next to the
// send, filling in what the caller need not know, the request's own id
// among it:
//
//	func (c *Client) NewB2C(msisdn string, amount int64, remarks string) B2CRequest {
//		return B2CRequest{OriginatorConversationID: uuid.NewString(), …}
//	}
//
// and the caller writes c.B2C(ctx, c.NewB2C(…)) inside the retried
// closure. The key field of what the constructor returns is made inside
// it, on every call: every attempt that calls it sends a new key, exactly
// as when the builder is of the caller's own package (builtStruct). One
// it copies from a parameter is the caller's argument, judged at the
// call. BuiltFieldsFact carries that summary across packages; a field the
// constructor does not visibly set keeps the key unknown (silent).

// BuiltField is one field of the struct a function returns: made anew on
// every call (Fresh), or the value of parameter Param.
type BuiltField struct {
	Name  string
	Param int
	Fresh bool
}

// BuiltFieldsFact is exported for a function whose first result is a
// struct (or a pointer to one) with fields made anew inside it on every
// call, or copied from a parameter, when at least one is made anew.
type BuiltFieldsFact struct {
	Fields []BuiltField
}

// AFact marks BuiltFieldsFact as an analysis fact.
func (*BuiltFieldsFact) AFact() {}

func (f *BuiltFieldsFact) String() string { return "builds a struct with fields made per call" }

// field returns the summary of the field named name, if any.
func (f *BuiltFieldsFact) field(name string) (BuiltField, bool) {
	for _, bf := range f.Fields {
		if bf.Name == name {
			return bf, true
		}
	}
	return BuiltField{}, false
}

// exportBuiltFields exports a BuiltFieldsFact for every function of the
// package that returns a struct with a field made anew on every call.
func (b *builder) exportBuiltFields() {
	for fn, d := range b.ix.declOf {
		if d.Body == nil || d.Type.Results == nil || len(d.Type.Results.List) == 0 {
			continue
		}
		if f := b.builtFields(fn, d); f != nil {
			b.pass.ExportObjectFact(fn, f)
		}
	}
}

// builtFields summarises the fields of the struct fn returns.
func (b *builder) builtFields(fn *types.Func, d *ast.FuncDecl) *BuiltFieldsFact {
	st := firstResultStruct(fn)
	if st == nil {
		return nil
	}
	var fs []BuiltField
	fresh := false
	for i := 0; i < st.NumFields(); i++ {
		field := st.Field(i)
		if !field.Exported() {
			continue // the caller's package cannot see it either
		}
		var k *Key
		firstResults(d.Body, func(r ast.Expr) bool {
			if _, lit := stripAddr(r).(*ast.CompositeLit); !lit {
				return false
			}
			k = b.structKey(r, field, field.Name(), d, 1)
			return k != nil
		})
		switch {
		case k == nil:
		case len(k.Fresh) > 0 || k.FreshInCallee:
			fs = append(fs, BuiltField{Name: field.Name(), Param: -1, Fresh: true})
			fresh = true
		case k.Param >= 0:
			fs = append(fs, BuiltField{Name: field.Name(), Param: k.Param})
		}
	}
	if !fresh {
		return nil
	}
	return &BuiltFieldsFact{Fields: fs}
}

// firstResultStruct: the struct fn returns first (or a pointer to), nil
// when its first result is no struct.
func firstResultStruct(fn *types.Func) *types.Struct {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Results().Len() == 0 {
		return nil
	}
	t := sig.Results().At(0).Type()
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, _ := t.Underlying().(*types.Struct)
	return st
}

// importedBuilt: the key field of the struct a function of another
// package builds and returns, seen from the call (its BuiltFieldsFact);
// nil when the fact does not show the field.
func (b *builder) importedBuilt(call *ast.CallExpr, field *types.Var, name string, decl *ast.FuncDecl) *Key {
	fn := calleeOf(b.ix.info, call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == b.pass.Pkg {
		return nil
	}
	f := new(BuiltFieldsFact)
	if !b.pass.ImportObjectFact(fn.Origin(), f) {
		return nil
	}
	bf, ok := f.field(field.Name())
	if !ok {
		return nil
	}
	return b.keyFromCallee(call, name, bf.Param, bf.Fresh, decl)
}
