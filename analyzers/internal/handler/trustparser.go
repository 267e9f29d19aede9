package handler

import (
	"go/ast"
	"go/constant"
	"go/types"
	"reflect"
	"strings"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- l22: a notification parser that drops the signature it parses -------------
//
// Apps with many gateways put each behind one interface, and the notify
// route hands the posted body to the gateway's parser:
//
//	func (g *Kiosk) Notify(body []byte, orderID string) (*Result, error) {
//		form, _ := url.ParseQuery(string(body))
//		n := notice{Data: form.Get("data"), Sign: form.Get("sign")}
//		…decode n.Data…
//		if info.State != "1" { return nil, errNotPaid }
//		return &Result{Status: StatusPaid}, nil
//	}
//
// The other gateways read the payment back from their API; this one takes
// the sign field the provider sent and never looks at it again, then
// answers paid from what was posted. Through the interface the route is
// unverified for this gateway's payments only, which the handler model
// cannot tell (an interface with several implementations stays silent),
// so the mistake is reported where it is made: at the parser.
//
// What the parser does decides, names only find the sign field:
//   - it is handed the body (a []byte or string parameter) and decodes it
//     (url.ParseQuery, json/xml.Unmarshal) into a value whose sign field it
//     reads (form["sign"], form.Get("sign"), a decoded struct's Sign);
//   - that read goes nowhere: discarded, or stored in a local or a local
//     struct's field that nothing reads, and the decoded form is only read
//     by key (never handed whole to a check);
//   - it calls nothing but the standard library's decoding and formatting
//     (no crypto: no digest to compare; no network: no read back; no
//     function of its own that might check);
//   - some return hands back a result whose status field holds a paid
//     constant.
// A parser handing the sign back to its caller (in what it returns),
// comparing it, or calling anything else stays silent.

// Parser is one such parser.
type Parser struct {
	Decl  *ast.FuncDecl
	Name  string // Type.Method
	Field string // the sign field's name as posted
	Paid  string // the paid constant returned
}

// TrustedParsers lists the package's notification parsers that drop
// the signature they parse and answer paid.
func (m *Model) TrustedParsers() []Parser {
	var out []Parser
	for obj, fd := range m.decls {
		if fd.Body == nil || strings.HasSuffix(m.pass.Fset.File(fd.Pos()).Name(), "_test.go") {
			continue
		}
		if p, ok := m.parser(obj, fd); ok {
			out = append(out, p)
		}
	}
	for i := 1; i < len(out); i++ { // source order: deterministic findings
		for j := i; j > 0 && out[j].Decl.Pos() < out[j-1].Decl.Pos(); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func (m *Model) parser(obj *types.Func, fd *ast.FuncDecl) (Parser, bool) {
	info := m.pass.TypesInfo
	sig, _ := obj.Type().(*types.Signature)
	if sig == nil || !takesText(sig) || !m.onlyStdlib(fd) {
		return Parser{}, false
	}
	field := m.droppedSign(fd)
	if field == "" {
		return Parser{}, false
	}
	paid := paidReturn(info, fd)
	if paid == "" {
		return Parser{}, false
	}
	return Parser{Decl: fd, Name: funcName(obj), Field: field, Paid: paid}, true
}

// onlyStdlib: every call of fd's body is a conversion, a builtin, or a
// function of the standard library outside crypto and the network.
func (m *Model) onlyStdlib(fd *ast.FuncDecl) bool {
	info := m.pass.TypesInfo
	ok := true
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		c, isCall := n.(*ast.CallExpr)
		if !ok || !isCall {
			return ok
		}
		if tv, has := info.Types[c.Fun]; has && (tv.IsType() || tv.IsBuiltin()) {
			return true
		}
		fn := m.calleeFunc(c)
		if fn == nil || fn.Pkg() == nil {
			ok = false
			return false
		}
		p := fn.Pkg().Path()
		first, _, _ := strings.Cut(p, "/")
		ok = !strings.Contains(first, ".") && first != "crypto" && first != "net" && first != "os" &&
			p != "hash" && !strings.HasPrefix(p, "hash/") || p == "net/url"
		return ok
	})
	return ok
}

// signName: a posted field named as the signature itself (sign,
// signature, data_sign, paySign), not sign_type or signed_at.
func signName(s string) bool {
	ws := words(s)
	if len(ws) == 0 {
		return false
	}
	switch ws[len(ws)-1] {
	case "sign", "signature", "sig", "hmac":
		return true
	}
	return false
}

// droppedSign: the sign field fd reads from what it decoded and drops;
// "" if none, or if the decoded value reaches anything but reads by key.
func (m *Model) droppedSign(fd *ast.FuncDecl) string {
	info := m.pass.TypesInfo
	parents := parents(fd.Body)
	field := ""
	var forms []*ast.Ident
	ast.Inspect(fd.Body, func(x ast.Node) bool {
		if id, ok := x.(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok && isNamed(v.Type(), "net/url", "Values") {
				forms = append(forms, id)
			}
		}
		return true
	})
	for _, id := range forms {
		// A use of the decoded form: only form[k] or form.Get(k).
		key, read := keyRead(info, id, parents)
		if read == nil {
			return "" // handed whole somewhere: it may be checked there
		}
		if signName(key) {
			if !dropped(info, read, parents, fd) {
				return ""
			}
			field = key
		}
	}
	if field != "" {
		return field
	}
	return m.droppedStructSign(fd, parents)
}

// keyRead: id (a url.Values) is read by a constant key, as form[k]
// (form[k][0] included) or form.Get(k): the key and the outermost
// expression of the read; nil if id is used otherwise.
func keyRead(info *types.Info, id *ast.Ident, parents map[ast.Node]ast.Node) (string, ast.Expr) {
	switch p := parents[id].(type) {
	case *ast.IndexExpr:
		k, ok := constString(info, p.Index)
		if !ok || p.X != id {
			return "", nil
		}
		var e ast.Expr = p
		if q, ok := parents[p].(*ast.IndexExpr); ok && q.X == p {
			e = q // form["sign"][0]
		}
		return k, e
	case *ast.SelectorExpr:
		c, ok := parents[p].(*ast.CallExpr)
		if !ok || c.Fun != p || p.Sel.Name != "Get" || len(c.Args) != 1 {
			return "", nil
		}
		k, ok := constString(info, c.Args[0])
		if !ok {
			return "", nil
		}
		return k, c
	}
	return "", nil
}

func constString(info *types.Info, e ast.Expr) (string, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// dropped: the value read goes nowhere: discarded, or assigned to a
// local nothing reads, or to a field of a local struct that nothing
// reads while the struct is only ever used through its fields.
func dropped(info *types.Info, read ast.Expr, parents map[ast.Node]ast.Node, fd *ast.FuncDecl) bool {
	as, ok := parents[read].(*ast.AssignStmt)
	if !ok || len(as.Lhs) != len(as.Rhs) {
		if kv, ok := parents[read].(*ast.KeyValueExpr); ok {
			return litFieldDropped(info, kv, parents, fd)
		}
		return false
	}
	var lhs ast.Expr
	for i, r := range as.Rhs {
		if r == read {
			lhs = as.Lhs[i]
		}
	}
	switch l := lhs.(type) {
	case *ast.Ident:
		if l.Name == "_" {
			return true
		}
		v, _ := info.ObjectOf(l).(*types.Var)
		return v != nil && local(v, fd) && uses(info, v, fd) == 0
	case *ast.SelectorExpr:
		base, ok := l.X.(*ast.Ident)
		if !ok {
			return false
		}
		v, _ := info.ObjectOf(base).(*types.Var)
		f, _ := info.Uses[l.Sel].(*types.Var)
		return v != nil && f != nil && local(v, fd) && fieldUnread(info, v, f, ast.Node(l), fd)
	}
	return false
}

// litFieldDropped: the read fills field kv of a composite literal
// assigned to a local struct (n := notice{Sign: form.Get("sign")}) whose
// field nothing reads and which is only used through its fields.
func litFieldDropped(info *types.Info, kv *ast.KeyValueExpr, parents map[ast.Node]ast.Node, fd *ast.FuncDecl) bool {
	key, ok := kv.Key.(*ast.Ident)
	if !ok {
		return false
	}
	f, _ := info.Uses[key].(*types.Var)
	lit, ok := parents[kv].(*ast.CompositeLit)
	if !ok || f == nil {
		return false
	}
	as, ok := parents[lit].(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return false
	}
	id, ok := as.Lhs[0].(*ast.Ident)
	if !ok {
		return false
	}
	v, _ := info.ObjectOf(id).(*types.Var)
	return v != nil && local(v, fd) && fieldUnread(info, v, f, nil, fd)
}

// local: v is declared in fd's body (not a parameter or the receiver).
func local(v *types.Var, fd *ast.FuncDecl) bool {
	return v.Pos() >= fd.Body.Pos() && v.Pos() < fd.Body.End()
}

// uses counts the uses of v in fd.
func uses(info *types.Info, v *types.Var, fd *ast.FuncDecl) int {
	n := 0
	ast.Inspect(fd.Body, func(x ast.Node) bool {
		if id, ok := x.(*ast.Ident); ok && info.Uses[id] == v {
			n++
		}
		return true
	})
	return n
}

// fieldUnread: field f of local v is never read in fd (set is the
// selector that stores it, if any), and every use of v selects a field.
func fieldUnread(info *types.Info, v *types.Var, f *types.Var, set ast.Node, fd *ast.FuncDecl) bool {
	ok := true
	ast.Inspect(fd.Body, func(x ast.Node) bool {
		if !ok {
			return false
		}
		if x == set && set != nil {
			return false // the store itself, or the decoding call filling v
		}
		switch x := x.(type) {
		case *ast.SelectorExpr:
			if base, isID := x.X.(*ast.Ident); isID && info.Uses[base] == v {
				ok = info.Uses[x.Sel] != f
				return false // the base is used through a field
			}
		case *ast.Ident:
			ok = info.Uses[x] != v // v used whole: returned, passed, copied
		}
		return ok
	})
	return ok
}

// droppedStructSign: the sign field of a struct fd decodes the body
// into (json.Unmarshal(data, &n)) that nothing reads, while n is only
// used through its fields; "" if none.
func (m *Model) droppedStructSign(fd *ast.FuncDecl, parents map[ast.Node]ast.Node) string {
	info := m.pass.TypesInfo
	field := ""
	ast.Inspect(fd.Body, func(x ast.Node) bool {
		c, ok := x.(*ast.CallExpr)
		if !ok || field != "" || len(c.Args) != 2 {
			return field == ""
		}
		fn := m.calleeFunc(c)
		if fn == nil || fn.Pkg() == nil || fn.Name() != "Unmarshal" ||
			fn.Pkg().Path() != "encoding/json" && fn.Pkg().Path() != "encoding/xml" {
			return true
		}
		u, ok := ast.Unparen(c.Args[1]).(*ast.UnaryExpr)
		if !ok {
			return true
		}
		id, ok := u.X.(*ast.Ident)
		if !ok {
			return true
		}
		v, _ := info.Uses[id].(*types.Var)
		if v == nil || !local(v, fd) {
			return true
		}
		st, ok := v.Type().Underlying().(*types.Struct)
		if !ok {
			return true
		}
		for i := 0; i < st.NumFields(); i++ {
			name := st.Field(i).Name()
			for _, key := range []string{"json", "xml"} {
				if t, _, _ := strings.Cut(reflect.StructTag(st.Tag(i)).Get(key), ","); t != "" && t != "-" {
					name = t
				}
			}
			if signName(name) && fieldUnread(info, v, st.Field(i), c, fd) {
				field = name
			}
		}
		return true
	})
	return field
}

// isNamed: t is (a pointer to) the named type path.name.
func isNamed(t types.Type, path, name string) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == path && n.Obj().Name() == name
}

// parents maps each node of body to its parent.
func parents(body *ast.BlockStmt) map[ast.Node]ast.Node {
	parents := map[ast.Node]ast.Node{}
	var stack []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		if len(stack) > 0 {
			parents[n] = stack[len(stack)-1]
		}
		stack = append(stack, n)
		return true
	})
	return parents
}

// paidReturn: the paid constant some return of fd hands back in a
// status field of its result (a literal, or a local made from one);
// "" if none.
func paidReturn(info *types.Info, fd *ast.FuncDecl) string {
	paid := ""
	ast.Inspect(fd.Body, func(x ast.Node) bool {
		if _, lit := x.(*ast.FuncLit); lit || paid != "" {
			return false
		}
		r, ok := x.(*ast.ReturnStmt)
		if !ok {
			return true
		}
		for _, e := range r.Results {
			if s := paidValue(info, e, fd, 0); s != "" {
				paid = s
			}
		}
		return true
	})
	return paid
}

// paidValue: e is (a pointer to) a struct literal, or a local made
// from one, whose status field holds a paid constant: that constant.
func paidValue(info *types.Info, e ast.Expr, fd *ast.FuncDecl, depth int) string {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok {
		e = u.X
	}
	switch x := e.(type) {
	case *ast.CompositeLit:
		for _, el := range x.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			k, ok := kv.Key.(*ast.Ident)
			if !ok || !statusField(k.Name) {
				continue
			}
			if s, ok := constString(info, kv.Value); ok && payment.IsSuccessStatus(s) {
				return s
			}
		}
	case *ast.Ident:
		v, _ := info.Uses[x].(*types.Var)
		if v == nil || depth > 0 || !local(v, fd) {
			return ""
		}
		found := ""
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok || found != "" || len(as.Lhs) != len(as.Rhs) {
				return found == ""
			}
			for i, l := range as.Lhs {
				switch l := l.(type) {
				case *ast.Ident:
					if info.ObjectOf(l) == v {
						found = paidValue(info, as.Rhs[i], fd, depth+1)
					}
				case *ast.SelectorExpr: // res.Status = StatusPaid
					if b, ok := l.X.(*ast.Ident); ok && info.Uses[b] == v && statusField(l.Sel.Name) {
						if s, ok := constString(info, as.Rhs[i]); ok && payment.IsSuccessStatus(s) {
							found = s
						}
					}
				}
			}
			return found == ""
		})
		return found
	}
	return ""
}

// statusField: a field naming a payment's state (Status,
// PaymentStatus, TradeState).
func statusField(name string) bool {
	ws := words(name)
	if len(ws) == 0 {
		return false
	}
	switch ws[len(ws)-1] {
	case "status", "state":
		return true
	}
	return false
}
