package payment

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"
)

// Document and key-value stores: the mongo driver's update operations
// and redis writes of an order's or a user's state. The collection (or
// the key's prefix) is the table; the fields set are the columns.

var mongoPaths = map[string]bool{
	"go.mongodb.org/mongo-driver/mongo":    true,
	"go.mongodb.org/mongo-driver/v2/mongo": true,
}

// mongoWrite: coll.UpdateOne(ctx, filter, bson.M{"$set": bson.M{"status":
// "paid"}}), UpdateMany, UpdateByID, FindOneAndUpdate.
func (b *builder) mongoWrite(call *ast.CallExpr, fn *types.Func) dbVerdict {
	if !mongoPaths[funcPath(fn)] || recvTypeName(fn) != "Collection" || len(call.Args) < 3 {
		return dbUnknown
	}
	switch fn.Name() {
	case "UpdateOne", "UpdateMany", "UpdateByID", "FindOneAndUpdate":
	default:
		return dbUnknown
	}
	vals, ok := b.mongoUpdate(call.Args[2])
	if !ok {
		return dbUnknown
	}
	sel, ok := unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return dbUnknown
	}
	table := b.mongoCollection(sel.X, 0)
	v := classifyWrite(table, vals, false)
	if v == dbUnknown && paidUpdate(table, vals) {
		return dbGrant // {$set: {status: "paid"}} on a tips collection (dbclass.go)
	}
	return v
}

// mongoUpdate lists the fields an update document sets: $set (the value
// written), $inc (an increment), $currentDate (now), $unset (null).
// False when the document is not a literal of update operators.
func (b *builder) mongoUpdate(e ast.Expr) ([]colVal, bool) {
	entries, ok := b.docEntries(e)
	if !ok || len(entries) == 0 {
		return nil, false
	}
	var out []colVal
	for _, op := range entries {
		if !strings.HasPrefix(op.key, "$") {
			return nil, false // a replacement document or a pipeline stage
		}
		fields, ok := b.docEntries(op.val)
		if !ok {
			continue
		}
		for _, f := range fields {
			cv := b.goValue(f.val)
			switch op.key {
			case "$set", "$setOnInsert":
			case "$inc":
				if cv.known && strings.HasPrefix(cv.val, "-") {
					continue // a decrement
				}
				cv = colVal{expr: "+"}
			case "$currentDate":
				cv = colVal{expr: "now()"}
			case "$unset":
				cv = colVal{val: "null", known: true}
			default:
				continue
			}
			cv.col = goColumn(strings.ReplaceAll(f.key, ".", "_"))
			out = append(out, cv)
		}
	}
	return out, true
}

// docEntry is one key and value of a BSON document literal.
type docEntry struct {
	key string
	val ast.Expr
}

// docEntries reads a document literal: a map with string keys (bson.M,
// map[string]any) or a slice of Key/Value structs (bson.D, keyed or
// not), directly or through a local variable assigned once.
func (b *builder) docEntries(e ast.Expr) ([]docEntry, bool) {
	e = stripAddr(e)
	if v := b.ix.identVar(e); v != nil {
		a, ok := b.ix.single(v)
		if !ok || a.Index >= 0 {
			return nil, false
		}
		e = stripAddr(a.RHS)
	}
	cl, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil, false
	}
	t := b.ix.info.TypeOf(cl)
	if t == nil {
		return nil, false
	}
	switch u := t.Underlying().(type) {
	case *types.Map:
		var out []docEntry
		for _, el := range cl.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if k, ok := b.ix.stringConst(kv.Key); ok {
					out = append(out, docEntry{k, kv.Value})
				}
			}
		}
		return out, true
	case *types.Slice:
		if !keyValueStruct(u.Elem()) {
			return nil, false
		}
		var out []docEntry
		for _, el := range cl.Elts {
			if d, ok := b.elemEntry(el); ok {
				out = append(out, d)
			}
		}
		return out, true
	}
	return nil, false
}

// elemEntry reads {Key: "status", Value: "paid"} or {"status", "paid"}.
func (b *builder) elemEntry(el ast.Expr) (docEntry, bool) {
	cl, ok := stripAddr(el).(*ast.CompositeLit)
	if !ok || len(cl.Elts) != 2 {
		return docEntry{}, false
	}
	var key, val ast.Expr
	for i, x := range cl.Elts {
		if kv, ok := x.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "Key" {
				key = kv.Value
			} else if ok && id.Name == "Value" {
				val = kv.Value
			}
			continue
		}
		if i == 0 {
			key = x
		} else {
			val = x
		}
	}
	k, ok := b.ix.stringConst(key)
	if !ok || val == nil {
		return docEntry{}, false
	}
	return docEntry{k, val}, true
}

// keyValueStruct: a struct of exactly Key string and Value (bson.E).
func keyValueStruct(t types.Type) bool {
	st, ok := t.Underlying().(*types.Struct)
	return ok && st.NumFields() == 2 && st.Field(0).Name() == "Key" && st.Field(1).Name() == "Value"
}

// mongoCollection names the collection written: db.Collection("orders")
// (through locals), else the name of the variable or field holding it
// (a.orders, ordersColl); nil when unknown.
func (b *builder) mongoCollection(x ast.Expr, depth int) []string {
	if depth > 4 {
		return nil
	}
	switch e := unparen(x).(type) {
	case *ast.CallExpr:
		fn := calleeOf(b.ix.info, e)
		if mongoPaths[funcPath(fn)] && fn.Name() == "Collection" && len(e.Args) >= 1 {
			if name, ok := b.ix.stringConst(e.Args[0]); ok {
				return tableWords(name)
			}
		}
		return nil
	case *ast.Ident:
		v := b.ix.identVar(e)
		if v == nil {
			return nil
		}
		if a, ok := b.ix.single(v); ok && a.Index < 0 {
			if t := b.mongoCollection(a.RHS, depth+1); t != nil {
				return t
			}
		}
		return holderWords(v.Name())
	case *ast.SelectorExpr:
		if f, ok := b.ix.info.Uses[e.Sel].(*types.Var); ok && f.IsField() {
			if ws := holderWords(f.Name()); ws != nil {
				return ws
			}
			return b.givenCollection(f, depth)
		}
	}
	return nil
}

// givenCollection: the collection a field named for nothing (Tips.c)
// is given wherever it is set (&Tips{c: db.Collection("tips")}), when
// every assignment names the same one; nil otherwise.
func (b *builder) givenCollection(f *types.Var, depth int) []string {
	var out []string
	for _, x := range b.ix.objAssigns[f] {
		t := b.mongoCollection(x, depth+1)
		if t == nil || out != nil && !slices.Equal(out, t) {
			return nil
		}
		out = t
	}
	return out
}

// holderWords: the table words of a variable or field holding a
// collection ("ordersColl" → order); nil when nothing but "coll" is left.
func holderWords(name string) []string {
	var out []string
	for _, w := range splitWords(name) {
		switch w {
		case "coll", "col", "collection", "c", "db", "mongo", "store", "repo":
			continue
		}
		out = append(out, singular(w))
	}
	return out
}
