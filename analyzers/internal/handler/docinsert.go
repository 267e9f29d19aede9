package handler

import (
	"go/ast"
	"go/types"
	"reflect"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- webhookdedupe: a paid document inserted with the mongo driver ---------
//
// The payment model marks coll.InsertOne(ctx, &Subscription{…}) and a
// generic repository's repo.Add(ctx, &Subscription{…}) as a paid
// document inserted (payment/mongoinsert.go). Like an SQL INSERT, it adds
// a document on every delivery, unless a repeat cannot add one:
//   - the document names its own _id (a field tagged bson:"_id", or an
//     "_id" key), so a second insert of the same event fails on the
//     primary key, not made anew by a call in the literal (a fresh
//     ObjectID or UUID keys nothing);
//   - the function making the insert tests mongo.IsDuplicateKeyError:
//     the collection has a unique index the code relies on.

// docInsertEffect sub-classifies a paid-document insert: Insert, or 0
// when a repeat cannot add a document.
func (m *Model) docInsertEffect(call *ast.CallExpr) EffectKind {
	if doc := m.insertedDoc(call); doc != nil && m.docKeysItself(doc) {
		return 0
	}
	if m.testsDuplicateKey(call) {
		return 0
	}
	return Insert
}

// insertedDoc: the document call hands over: InsertOne's second argument,
// else the first argument that is a struct, a pointer to one or a map.
func (m *Model) insertedDoc(call *ast.CallExpr) ast.Expr {
	if fn := m.calleeFunc(call); fn != nil && fn.Name() == "InsertOne" && mongoPkg(pkgOf(fn)) {
		if len(call.Args) >= 2 {
			return call.Args[1]
		}
		return nil
	}
	for _, a := range call.Args {
		t := m.pass.TypesInfo.TypeOf(a)
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if t == nil {
			continue
		}
		switch t.Underlying().(type) {
		case *types.Struct, *types.Map:
			return a
		}
	}
	return nil
}

// docKeysItself: the literal doc is (or a local made from it) sets _id
// to a value no call in it makes.
func (m *Model) docKeysItself(doc ast.Expr) bool {
	e := ast.Unparen(doc)
	if u, ok := e.(*ast.UnaryExpr); ok {
		e = ast.Unparen(u.X)
	}
	if id, ok := e.(*ast.Ident); ok {
		e = m.localLiteral(id)
	}
	cl, ok := e.(*ast.CompositeLit)
	if !ok {
		return false
	}
	t := m.pass.TypesInfo.TypeOf(cl)
	if t == nil {
		return false
	}
	st, _ := t.Underlying().(*types.Struct)
	for _, el := range cl.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if _, fresh := ast.Unparen(kv.Value).(*ast.CallExpr); fresh {
			continue
		}
		if st != nil {
			if id, ok := kv.Key.(*ast.Ident); ok && structFieldIsID(st, id.Name) {
				return true
			}
			continue
		}
		if s, ok := m.constString(kv.Key); ok && s == "_id" {
			return true
		}
	}
	return false
}

// structFieldIsID: the field name of st is stored as _id.
func structFieldIsID(st *types.Struct, name string) bool {
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i).Name() != name {
			continue
		}
		tag, _, _ := strings.Cut(reflect.StructTag(st.Tag(i)).Get("bson"), ",")
		return tag == "_id"
	}
	return false
}

// localLiteral: the composite literal a local was made from, when that is
// its only assignment (doc := Sub{…} or doc := &Sub{…}).
func (m *Model) localLiteral(id *ast.Ident) ast.Expr {
	v, ok := m.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	var lit ast.Expr
	n := 0
	for _, f := range m.pass.Files {
		if f.Pos() > v.Pos() || v.Pos() > f.End() {
			continue
		}
		ast.Inspect(f, func(x ast.Node) bool {
			as, ok := x.(*ast.AssignStmt)
			if !ok {
				return true
			}
			for i, l := range as.Lhs {
				if lid, ok := l.(*ast.Ident); ok && m.pass.TypesInfo.ObjectOf(lid) == v {
					n++
					if len(as.Rhs) == len(as.Lhs) {
						lit = ast.Unparen(as.Rhs[i])
						if u, ok := lit.(*ast.UnaryExpr); ok {
							lit = ast.Unparen(u.X)
						}
					}
				}
			}
			return true
		})
	}
	if n != 1 {
		return nil
	}
	return lit
}

// testsDuplicateKey: the function around call tests
// mongo.IsDuplicateKeyError.
func (m *Model) testsDuplicateKey(call *ast.CallExpr) bool {
	found := false
	for _, f := range m.pass.Files {
		if f.Pos() > call.Pos() || call.Pos() > f.End() {
			continue
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil || fd.Pos() > call.Pos() || call.Pos() > fd.End() {
				continue
			}
			ast.Inspect(fd.Body, func(x ast.Node) bool {
				c, ok := x.(*ast.CallExpr)
				if !ok || found {
					return !found
				}
				if fn := m.calleeFunc(c); fn != nil && fn.Name() == "IsDuplicateKeyError" && mongoPkg(pkgOf(fn)) {
					found = true
				}
				return true
			})
		}
	}
	return found
}

// docInsert: op is a paid document inserted (payment/mongoinsert.go).
func docInsert(op *payment.Op) bool { return payment.InsertsDocument(op) }
