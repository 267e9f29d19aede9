package payment

import (
	"go/ast"
	"go/types"
	"strings"
)

// ---- a payment object read back by its id ------------------------------------------
//
// A bank or a local gateway names its resources in its own language:
// "GET /v2/transferencias/{id}", "/api/cobrancas/{id}", which no resource
// word of urlclass.go reads. What the code does with the answer says what
// it read: it decodes it into its own payment object, a struct named for
// a payment (Transfer, Payment, Charge, Payout…) that carries a Status or
// State, directly or inside an envelope ({"data": {...}}). A GET of one
// thing by its id (a literal path naming something, then the id, nothing
// after it) whose answer the function decodes so is a status read of that
// payment. Only the read: a POST to the same words may be anything, and
// is left to its body (op_shape.go). A GET decoded into a struct of
// another name (a Driver, a Stop), into a payment object with no status,
// or a list or search path reads no payment.

// objectNouns: the last word of a payment object's type name.
var objectNouns = map[string]bool{
	"payment": true, "charge": true, "transfer": true, "payout": true, "refund": true,
	"transaction": true, "settlement": true, "remittance": true, "disbursement": true,
	"withdrawal": true, "debit": true, "invoice": true,
}

// objectRead returns the id a GET of p reads when the function decl
// decodes its answer into a payment object; nil otherwise.
func (b *builder) objectRead(s *httpSend, p urlPath, decl *ast.FuncDecl) ast.Expr {
	if decl == nil || decl.Body == nil || s.Via != nil || !strings.EqualFold(s.Method, "GET") || len(p.Segs) < 2 || len(p.Query) > 0 {
		return nil
	}
	last := p.Segs[len(p.Segs)-1]
	if last.Hole == nil || last.Hole.Expr == nil {
		return nil
	}
	for _, sg := range p.Segs[:len(p.Segs)-1] {
		if sg.Hole != nil || offPaymentSegs[sg.Lit] || sg.Lit == "search" || sg.Lit == "list" {
			return nil
		}
	}
	if !namesSomething(urlPath{Segs: p.Segs[:len(p.Segs)-1]}) {
		return nil
	}
	resp := b.respVar(s.Call, decl)
	if resp == nil || !b.decodesObject(resp, decl) {
		return nil
	}
	return last.Hole.Expr
}

// respVar: the variable the send's result is assigned to in decl.
func (b *builder) respVar(call *ast.CallExpr, decl *ast.FuncDecl) *types.Var {
	var v *types.Var
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || v != nil || len(as.Rhs) != 1 || unparen(as.Rhs[0]) != ast.Expr(call) || len(as.Lhs) == 0 {
			return v == nil
		}
		if id, ok := as.Lhs[0].(*ast.Ident); ok {
			v, _ = b.ix.info.ObjectOf(id).(*types.Var)
		}
		return false
	})
	return v
}

// decodesObject: decl decodes the body of the response resp into a
// payment object: json.NewDecoder(resp.Body).Decode(&t), or
// json.Unmarshal(raw, &t) of bytes read from it.
func (b *builder) decodesObject(resp *types.Var, decl *ast.FuncDecl) bool {
	info := b.ix.info
	from := map[*types.Var]bool{resp: true}
	mentions := func(e ast.Node) bool {
		found := false
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				if v, _ := info.Uses[id].(*types.Var); v != nil && from[v] {
					found = true
				}
			}
			return !found
		})
		return found
	}
	found := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			// raw, err := io.ReadAll(resp.Body)
			if len(n.Rhs) == 1 && mentions(n.Rhs[0]) {
				if id, ok := n.Lhs[0].(*ast.Ident); ok {
					if v, _ := info.ObjectOf(id).(*types.Var); v != nil {
						from[v] = true
					}
				}
			}
		case *ast.CallExpr:
			fn := calleeOf(info, n)
			var src, dst ast.Expr
			switch {
			case isMethod(fn, "encoding/json", "Decoder", "Decode") && len(n.Args) == 1:
				if sel, ok := unparen(n.Fun).(*ast.SelectorExpr); ok {
					src, dst = sel.X, n.Args[0]
				}
			case isFunc(fn, "encoding/json", "Unmarshal") && len(n.Args) == 2:
				src, dst = n.Args[0], n.Args[1]
			}
			if src != nil && mentions(src) && paymentObject(info.TypeOf(dst), 1) {
				found = true
			}
		}
		return !found
	})
	return found
}

// paymentObject: t (or what it points to) is a struct named for a
// payment with a string Status or State field, or, within depth, a
// struct with a field of such a type (an envelope).
func paymentObject(t types.Type, depth int) bool {
	if t == nil {
		return false
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		words := strings.Fields(splitCamel(n.Obj().Name()))
		if len(words) > 0 && objectNouns[strings.ToLower(words[len(words)-1])] && hasStatus(st) {
			return true
		}
	}
	if depth == 0 {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		if paymentObject(st.Field(i).Type(), depth-1) {
			return true
		}
	}
	return false
}

// hasStatus: st has a field Status or State holding a string.
func hasStatus(st *types.Struct) bool {
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if n := strings.ToLower(f.Name()); n != "status" && n != "state" {
			continue
		}
		if b, ok := f.Type().Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
			return true
		}
	}
	return false
}
