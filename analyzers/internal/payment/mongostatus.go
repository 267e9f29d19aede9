package payment

import (
	"go/ast"
	"go/types"
)

// ---- a document's status set by the mongo driver to the caller's value -------------
//
// A store method may write whatever status its caller hands it with the
// mongo driver:
//
//	func (r *Repo) SetStatus(ctx context.Context, id string, st Status) error {
//		upd := bson.D{{Key: "$set", Value: bson.D{{Key: "status", Value: st}}}}
//		_, err := r.db.Collection("orders").UpdateOne(ctx, bson.D{{Key: "_id", Value: id}}, upd)
//
// As for SQL and GORM (st_statusparam.go), the write stores no known
// value; StatusParamFact carries "stores parameter i as orders.status" to
// its callers, which are judged with the values they hand it. Only $set
// (and $setOnInsert) of a status field to an unchanged parameter, on a
// collection whose name (or holder's name) says which rows it keeps, and
// never an audit log's or a notification's collection.

// mongoWrites: the mongo Collection methods that update a document.
var mongoWrites = map[string]bool{"UpdateOne": true, "UpdateMany": true, "UpdateByID": true, "FindOneAndUpdate": true}

// mongoStatusWrite: call is a mongo update setting a status field of a
// named collection to a parameter of the enclosing function: the fact for
// that function and the parameter's expression.
func (b *builder) mongoStatusWrite(call *ast.CallExpr, fn *types.Func) (*StatusParamFact, ast.Expr) {
	col, val := b.mongoStatusParam(call, fn)
	if val == nil {
		return nil, nil
	}
	sel, ok := unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil, nil
	}
	table := b.mongoCollection(sel.X, 0) // dbdoc.go
	if len(table) == 0 {
		return nil, nil
	}
	for _, w := range table {
		if notTables[w] {
			return nil, nil // an audit log or a notification, not the state
		}
	}
	ref := b.ix.paramOf[b.ix.identVar(val)]
	return &StatusParamFact{Param: ref.Index, Table: table, Col: col}, val
}

// mongoStatusParam: the status field a mongo update call sets with
// $set to an unchanged parameter (string(st) counts as st), and that
// parameter's expression; nil if none.
func (b *builder) mongoStatusParam(call *ast.CallExpr, fn *types.Func) (string, ast.Expr) {
	if fn == nil || !mongoPaths[funcPath(fn)] || recvTypeName(fn) != "Collection" || !mongoWrites[fn.Name()] ||
		len(call.Args) < 3 {
		return "", nil
	}
	ops, ok := b.docEntries(call.Args[2]) // dbdoc.go
	if !ok {
		return "", nil
	}
	for _, op := range ops {
		if op.key != "$set" && op.key != "$setOnInsert" {
			continue
		}
		fields, ok := b.docEntries(op.val)
		if !ok {
			continue
		}
		for _, f := range fields {
			col := goColumn(f.key)
			if !statusColumns[col] {
				continue
			}
			if v := b.unconvert(f.val); b.paramFunc(v) != nil {
				return col, v
			}
		}
	}
	return "", nil
}

// mongoForwards: call is a mongo update whose status is a parameter
// (statusParamCall's cheap forwarding test).
func (b *builder) mongoForwards(call *ast.CallExpr, fn *types.Func) bool {
	_, v := b.mongoStatusParam(call, fn)
	return v != nil
}
