package payment

import (
	"go/ast"
	"go/types"
	"reflect"
	"strings"
)

// ---- a PostgREST write is a write of the app's own database ---------------
//
// Supabase apps often reach their only database through PostgREST over
// HTTP, by hand, one method per table:
//
//	func (c *Client) UpdateInvoice(id string, cols map[string]any) error {
//		payload, _ := json.Marshal(cols)
//		req, _ := http.NewRequest("PATCH", c.URL+"rest/v1/invoices?id=eq."+id, bytes.NewReader(payload))
//
// and a webhook calls c.UpdateInvoice(id, map[string]any{"status": "paid"}).
// That PATCH is UPDATE invoices SET status = 'paid' WHERE id = …: the JSON
// object sent is the SET list (an INSERT's row for a POST), the path's
// segment after rest/v1/ the table. It is judged as that SQL would be
// (classifyWrite), so every rule asking "stores a paid state" sees it.
// The request is recognised by what it sends, PostgREST's conventions as
// data, the same conventions PostgRESTRequest (postgrestrequest.go) reads
// for webhookack: the rest/v1/ path and either PostgREST's query syntax
// or Supabase's apikey header.
// The caller's map reaches the send through the callee's SendFact (its
// body parameter), so the columns are read at the call that names them;
// a setter building {"status": state} around its parameter exports a
// StatusParamFact, as an UPDATE … SET status = $1 does.

// postgrestPath is PostgREST's path prefix as Supabase serves it.
const postgrestPath = "rest/v1/"

// postgrestFilters are PostgREST's query syntax in a URL's constant text:
// its filters (=eq., =in.(…), =gt.), the columns and order it returns, an
// upsert's conflict target, and a procedure's path (rpc/, never a table:
// postgrestTable refuses a nested path).
var postgrestFilters = []string{"=eq.", "=neq.", "=in.(", "=is.", "=gt.", "=lt.", "select=", "order=", "on_conflict=", "rest/v1/rpc/"}

// postgrestSyntax: text (a URL's constant text, or its query) uses
// PostgREST's query syntax.
func postgrestSyntax(text string) bool {
	for _, f := range postgrestFilters {
		if strings.Contains(text, f) {
			return true
		}
	}
	return false
}

// postgrestKeyHeader: name is Supabase's apikey header, which every
// request to its PostgREST carries.
func postgrestKeyHeader(name string) bool { return strings.EqualFold(name, "apikey") }

// postgrestWriteOp: the send s, a PostgREST write whose JSON body stores a
// paid state, as a StateWrite op; nil otherwise. A body that sets the
// status column from a parameter of the enclosing function exports the
// StatusParamFact of that function instead.
func (b *builder) postgrestWriteOp(s *httpSend, cs callSite) *Op {
	name, insert := b.postgrestTable(s, cs.Decl)
	table := tableWords(name)
	if name == "" || len(s.Bodies) == 0 {
		return nil
	}
	for _, w := range table {
		if notTables[w] {
			return nil // an audit log or a notification, not the state
		}
	}
	for _, body := range s.Bodies {
		val := b.marshalledValue(body, 0)
		if val == nil {
			continue
		}
		if col, p := b.mapStatusEntry(val); p != nil && !insert {
			ref := b.ix.paramOf[b.ix.identVar(p)]
			b.exportStatusParam(p, &StatusParamFact{Param: ref.Index, Table: table, Col: col})
			continue
		}
		vals, ok := b.jsonColumns(val, cs.Call)
		if !ok || !postgrestGrants(table, vals, insert) {
			continue
		}
		return &Op{Call: cs.Call, Kind: StateWrite,
			Desc: postgrestDesc(s, name)}
	}
	return nil
}

// postgrestDesc names the write: the wrapper a caller called, and the send.
func postgrestDesc(s *httpSend, table string) string {
	send := strings.ToUpper(s.Method) + " " + postgrestPath + table
	if s.Via != nil {
		return "paid state stored by " + qualName(s.Via) + " (" + send + ")"
	}
	return "paid state stored by " + send
}

// postgrestGrants: writing vals to table stores a paid state, as the same SQL
// would: a grant by the tables' vocabulary, or a paid status in a table
// of no known kind.
func postgrestGrants(table []string, vals []colVal, insert bool) bool {
	switch classifyWrite(table, vals, insert) {
	case dbGrant:
		return true
	case dbUnknown:
		for _, v := range vals {
			if statusColumns[v.col] && v.known && storesPaid(&StatusParamFact{Table: table, Col: v.col}, v.val) {
				return true
			}
		}
	}
	return false
}

// postgrestTable: the table of a PostgREST write sent by s (PATCH, PUT: an
// update; POST: an insert), and whether it inserts; "" otherwise.
func (b *builder) postgrestTable(s *httpSend, decl *ast.FuncDecl) (string, bool) {
	if !s.MethodOK || !s.URLOK {
		return "", false
	}
	var insert bool
	switch strings.ToUpper(s.Method) {
	case "PATCH", "PUT":
	case "POST":
		insert = true
	default:
		return "", false
	}
	text := s.URL.String()
	i := strings.Index(text, postgrestPath)
	if i < 0 {
		return "", false
	}
	rest := text[i+len(postgrestPath):]
	name, query, _ := strings.Cut(rest, "?")
	if name == "" || strings.ContainsAny(name, "/{}") {
		return "", false // rpc/…, a hole or a nested path: no table
	}
	if !postgrestSyntax(query) && !b.postgrestAPIKey(s, decl) {
		return "", false
	}
	if !insert && !strings.Contains(query, "=") {
		return "", false // an update with no filter is no row's update we can judge
	}
	return strings.ToLower(name), insert
}

// postgrestAPIKey: Supabase's apikey header is set on the request s sends, in
// decl (req.Header.Set("apikey", key)).
func (b *builder) postgrestAPIKey(s *httpSend, decl *ast.FuncDecl) bool {
	for _, v := range s.ReqVars {
		for _, c := range b.ix.recvCalls[v] {
			sel, ok := unparen(c.Fun).(*ast.SelectorExpr)
			if !ok || (sel.Sel.Name != "Set" && sel.Sel.Name != "Add") || len(c.Args) != 2 {
				continue
			}
			if h, ok := b.ix.stringConst(c.Args[0]); ok && postgrestKeyHeader(h) {
				return true
			}
		}
	}
	for _, c := range s.HeaderCalls {
		if len(c.Args) == 2 {
			if h, ok := b.ix.stringConst(c.Args[0]); ok && postgrestKeyHeader(h) {
				return true
			}
		}
	}
	return false
}

// marshalledValue: the Go value a request body marshals (json.Marshal's
// argument), through readers, conversions and local variables; a map or
// struct value as it is sent by resty's SetBody; nil if unseen.
func (b *builder) marshalledValue(e ast.Expr, depth int) ast.Expr {
	if e == nil || depth > maxEvalDepth {
		return nil
	}
	e = stripAddr(e)
	switch x := e.(type) {
	case *ast.CallExpr:
		if tv, ok := b.ix.info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return b.marshalledValue(x.Args[0], depth+1)
		}
		fn := calleeOf(b.ix.info, x)
		switch {
		case isFunc(fn, "encoding/json", "Marshal"), isFunc(fn, "encoding/json", "MarshalIndent"):
			if len(x.Args) >= 1 {
				return stripAddr(x.Args[0])
			}
		case isFunc(fn, "bytes", "NewReader"), isFunc(fn, "bytes", "NewBuffer"), isFunc(fn, "strings", "NewReader"),
			isFunc(fn, "io", "NopCloser"):
			if len(x.Args) == 1 {
				return b.marshalledValue(x.Args[0], depth+1)
			}
		}
		return nil
	case *ast.CompositeLit:
		return x
	case *ast.Ident:
		v := b.ix.identVar(x)
		if v == nil {
			return nil
		}
		if jsonObjectType(v.Type()) {
			return x // the map or struct itself (a caller's argument, SetBody(v))
		}
		for _, enc := range b.ix.encodes[v] {
			return stripAddr(enc)
		}
		as := b.ix.assigns[v]
		if len(as) != 1 {
			return nil
		}
		return b.marshalledValue(as[0].RHS, depth+1)
	}
	return nil
}

// jsonObjectType: t is a map with string keys or a struct (through a pointer).
func jsonObjectType(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	switch u := t.Underlying().(type) {
	case *types.Map:
		k, ok := u.Key().Underlying().(*types.Basic)
		return ok && k.Info()&types.IsString != 0
	case *types.Struct:
		return true
	}
	return false
}

// jsonColumns: the columns a JSON body value sets: a map literal's
// entries, a struct literal's fields by their JSON names, a local
// variable's literal and the fields assigned to it before the call.
func (b *builder) jsonColumns(val ast.Expr, call *ast.CallExpr) ([]colVal, bool) {
	if cl, ok := stripAddr(val).(*ast.CompositeLit); ok {
		return b.jsonLitColumns(cl), true
	}
	if id, ok := stripAddr(val).(*ast.Ident); ok {
		return b.goColumns(id, call) // its literal, and o.Status = "paid" before the send
	}
	return nil, false
}

// jsonLitColumns: a literal's columns; a struct's by its JSON field names
// (PostgREST's columns are the object's keys).
func (b *builder) jsonLitColumns(cl *ast.CompositeLit) []colVal {
	t := b.ix.info.TypeOf(cl)
	if t == nil {
		return nil
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return b.litColumns(cl)
	}
	var out []colVal
	for _, el := range cl.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		id, ok := kv.Key.(*ast.Ident)
		if !ok {
			continue
		}
		for i := 0; i < st.NumFields(); i++ {
			if st.Field(i).Name() != id.Name {
				continue
			}
			col := goColumn(id.Name)
			if j, _, _ := strings.Cut(reflect.StructTag(st.Tag(i)).Get("json"), ","); j != "" && j != "-" {
				col = strings.ToLower(j)
			}
			cv := b.goValue(kv.Value)
			cv.col = col
			out = append(out, cv)
		}
	}
	return out
}
