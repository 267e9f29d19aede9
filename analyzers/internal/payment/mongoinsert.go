package payment

import (
	"go/ast"
	"go/types"
	"strings"
)

// ---- a new document inserted with the mongo driver --------------------------
//
// coll.InsertOne(ctx, doc) adds a document, as GORM's Create adds a row:
// a subscription's, a ledger's or a paid order's document is a grant
// (dbclass.go judges the type's name, or for a bson map the collection's,
// and the fields set), an audit entry or a notification is not.
//
// Repositories are often generic, one per document type:
//
//	func (r *Repo[D]) Add(ctx context.Context, doc *D) error {
//		_, err := r.coll.InsertOne(ctx, doc)
//
// Inside Add the document is a D: nothing says what it is. The method
// records (MongoInsertParamFact, on the generic method itself, which is
// what an instantiated call's Origin is) that it inserts its parameter as
// is, and each call is judged with the document it hands over
// (repo.Add(ctx, &Subscription{…}) is a subscription inserted). A
// parameter of interface type (doc any) is read the same way.

// MongoInsertParamFact: the function inserts its parameter Param (an
// index among the parameters, the receiver not counted) unchanged as a
// new mongo document.
type MongoInsertParamFact struct{ Param int }

// AFact marks MongoInsertParamFact as a fact.
func (*MongoInsertParamFact) AFact() {}

func (f *MongoInsertParamFact) String() string { return "inserts a document" }

// DocInsertDesc starts the Desc of an op inserting a paid document, so
// the webhook rules can tell an insert (repeated on every delivery) from
// a state set (the same each time).
const DocInsertDesc = "paid document inserted by "

// InsertsDocument: op adds a new document (mongoInsertOp).
func InsertsDocument(op *Op) bool {
	return op != nil && strings.HasPrefix(op.Desc, DocInsertDesc)
}

// mongoInsertOp: cs inserts a document that is a grant, directly or
// through a function with a MongoInsertParamFact; nil otherwise. A
// direct insert of a parameter exports the fact instead.
func (b *builder) mongoInsertOp(cs callSite) *Op {
	call, fn := cs.Call, calleeOf(b.ix.info, cs.Call)
	if fn == nil {
		return nil
	}
	if mongoInsert(fn) {
		if len(call.Args) < 2 {
			return nil
		}
		doc := call.Args[1]
		if opaqueDoc(b.ix.info.TypeOf(doc)) {
			b.exportInsertParam(doc)
			return nil
		}
		var coll ast.Expr
		if sel, ok := unparen(call.Fun).(*ast.SelectorExpr); ok {
			coll = sel.X
		}
		if b.docGrant(call, doc, coll) {
			return &Op{Call: call, Kind: StateWrite, Desc: DocInsertDesc + qualName(fn)}
		}
		return nil
	}
	f := b.insertParamFact(fn)
	if f == nil || f.Param >= len(call.Args) {
		return nil
	}
	arg := call.Args[f.Param]
	if opaqueDoc(b.ix.info.TypeOf(arg)) {
		b.exportInsertParam(arg) // a wrapper of the wrapper
		return nil
	}
	if b.docGrant(call, arg, nil) {
		return &Op{Call: call, Kind: StateWrite, Desc: DocInsertDesc + qualName(fn)}
	}
	return nil
}

// mongoInsert: fn is the mongo driver's Collection.InsertOne.
func mongoInsert(fn *types.Func) bool {
	return mongoPaths[funcPath(fn)] && recvTypeName(fn) == "Collection" && fn.Name() == "InsertOne"
}

// opaqueDoc: a document whose type says nothing of what it is: a type
// parameter (or a pointer to one), or an interface.
func opaqueDoc(t types.Type) bool {
	if t == nil {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if _, ok := types.Unalias(t).(*types.TypeParam); ok {
		return true
	}
	return types.IsInterface(t)
}

// exportInsertParam: arg, handed over as the document, is an unchanged
// parameter of a function of this package, which gets the fact.
func (b *builder) exportInsertParam(arg ast.Expr) {
	if c, ok := unparen(arg).(*ast.CallExpr); ok && len(c.Args) == 1 {
		if tv, ok := b.ix.info.Types[c.Fun]; ok && tv.IsType() {
			arg = c.Args[0] // any(doc)
		}
	}
	fn := b.paramFunc(arg)
	if fn == nil || fn.Pkg() != b.pass.Pkg {
		return
	}
	ref := b.ix.paramOf[b.ix.identVar(arg)]
	b.pass.ExportObjectFact(fn, &MongoInsertParamFact{Param: ref.Index})
}

// insertParamFact: fn's (or, for an instance, its generic origin's) fact.
func (b *builder) insertParamFact(fn *types.Func) *MongoInsertParamFact {
	fn = fn.Origin()
	if fn.Pkg() == nil {
		return nil
	}
	f := new(MongoInsertParamFact)
	if b.pass.ImportObjectFact(fn, f) {
		return f
	}
	return nil
}

// docGrant: inserting doc is a grant: a struct document judged by its
// type's name and the fields set; a map judged by the collection's name.
func (b *builder) docGrant(call *ast.CallExpr, doc, coll ast.Expr) bool {
	t := b.ix.info.TypeOf(doc)
	if t == nil {
		return false
	}
	var table []string
	if _, isMap := t.Underlying().(*types.Map); isMap {
		if coll == nil {
			return false
		}
		table = b.mongoCollection(coll, 0)
	} else {
		table = typeTable(t)
	}
	vals, _ := b.goColumns(doc, call)
	return classifyWrite(table, vals, true) == dbGrant
}
